// @vitest-environment node
import path from 'node:path';
import { ESLint } from 'eslint';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

// The lint rules that keep the CSS logical (stylelint.config.mjs, eslint.config.js) must bite:
// physical CSS fails `npm run lint`, its logical twin passes.

const ROOT = path.resolve(import.meta.dirname, '../..');

async function cssRules(code: string): Promise<string[]> {
  const { results } = await stylelint.lint({ code, configFile: path.join(ROOT, 'stylelint.config.mjs'), codeFilename: path.join(ROOT, 'src/app/example.css') });
  return (results[0]?.warnings ?? []).map((w) => w.rule);
}

describe('stylelint keeps CSS logical', () => {
  it.each([
    ['.a { margin-left: 1rem; }', 'logical-css/require-logical-properties'],
    ['.a { padding-bottom: 1rem; }', 'logical-css/require-logical-properties'],
    ['.a { position: absolute; right: 0; }', 'logical-css/require-logical-properties'],
    ['.a { border-top: 1px solid; }', 'logical-css/require-logical-properties'],
    ['.a { width: 10rem; }', 'logical-css/require-logical-properties'],
    ['.a { float: left; }', 'logical-css/require-logical-keywords'],
    ['.a { text-align: right; }', 'logical-css/require-logical-keywords'],
    ['.a { min-height: 100vh; }', 'logical-css/require-logical-properties'],
    ['.a { min-block-size: 100vh; }', 'logical-css/require-logical-units'],
    ['.a { margin: 0 1rem 0 2rem; }', 'thuis/mirrored-shorthands'],
    ['.a { inset: 0 auto 0 calc(1rem + 2px); }', 'thuis/mirrored-shorthands'],
    ['.a { border-radius: 8px 0 0 8px; }', 'thuis/mirrored-shorthands'],
    ['.a { border-radius: 8px 0; }', 'thuis/mirrored-shorthands'],
    ['.a { background: linear-gradient(to right, red, blue); }', 'declaration-property-value-disallowed-list'],
    ['.a { background-position: left top; }', 'declaration-property-value-disallowed-list'],
  ])('rejects %s', async (code, rule) => {
    expect(await cssRules(code)).toContain(rule);
  });

  it('accepts the logical way to say the same', async () => {
    const code = `.a {
      margin-inline-start: 1rem; padding-block-end: 1rem; position: absolute; inset-inline-end: 0;
      border-block-start: 1px solid; inline-size: 10rem; float: inline-start; text-align: end;
      min-block-size: 100vb; margin: 0 1rem 0 1rem; padding: 0 1rem 2rem; inset: 0;
      border-radius: 8px 8px 0 0; border-start-start-radius: 8px; background: linear-gradient(to bottom, red, blue);
    }`;
    expect(await cssRules(code)).toEqual([]);
  });
});

describe('eslint keeps inline styles logical', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const tsx = (style: string) => `export const A = () => <span style={{ ${style} }} />;\n`;
  const rules = async (style: string) =>
    (await eslint.lintText(tsx(style), { filePath: path.join(ROOT, 'src/app/Example.tsx') }))[0]?.messages.map((m) => m.ruleId) ?? [];

  it.each(['marginLeft: 4', 'paddingTop: 4', 'left: 0', 'width: "50%"', 'borderRightWidth: 1', "textAlign: 'right'", "float: 'left'"])(
    'rejects style={{ %s }}',
    async (style) => {
      expect(await rules(style)).toContain('no-restricted-syntax');
    },
  );

  it('accepts logical inline styles', async () => {
    expect(await rules("marginInlineStart: 4, inlineSize: '50%', insetInlineEnd: 0, textAlign: 'start'")).toEqual([]);
  });
});
