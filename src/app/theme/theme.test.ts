import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEMEENTEN } from '../../gemeenten';

// Each municipality has a design-token theme (gemeenten.css) whose primary colour is the one in its
// configuration, and every pair of colours the app draws on each other meets WCAG 2.2 AA: 4.5:1
// for text, 3:1 for a component's edge against what is around it (1.4.11).

const DIR = import.meta.dirname;
const css = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** A token's value; a missing token fails the test that reads it. */
function token(tokens: Record<string, string | undefined>, name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`token ${name} is not set`);
  return value;
}

/** The custom properties set in the block of `selector` (one level of braces). */
function tokensOf(source: string, selector: string): Record<string, string | undefined> {
  const start = source.indexOf(`${selector} {`);
  if (start < 0) return {};
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value?.trim()]));
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const hi = Math.max(luminance(a), luminance(b));
  const lo = Math.min(luminance(a), luminance(b));
  return (hi + 0.05) / (lo + 0.05);
}

const shared = tokensOf(css('tokens.css'), ':root');
const themes = css('gemeenten.css');

describe('design-token themes', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(Object.values(GEMEENTEN).map((g) => [g.id, g] as const))('%s has a theme with its configured colour and AA contrast', (_id, gemeente) => {
    const theme = tokensOf(themes, `.${gemeente.id}-theme`);
    const primary = token(theme, '--tir-color-primary');
    const dark = token(theme, '--tir-color-primary-dark');
    const subtle = token(theme, '--tir-color-primary-subtle');
    expect(primary.toLowerCase()).toBe(gemeente.colors.primary.toLowerCase());
    expect(dark.toLowerCase()).toBe(gemeente.colors.primaryDark.toLowerCase());
    const white = '#ffffff';
    const text = token(shared, '--color-text');
    const page = token(shared, '--color-bg');
    const card = token(shared, '--color-card');
    const pairs: [string, string, string, number][] = [
      ['primary button, top bar: white on primary', white, primary, 4.5],
      ['primary button hovered: white on dark', white, dark, 4.5],
      ['secondary button, link on a card', primary, card, 4.5],
      ['link on the page', primary, page, 4.5],
      ['secondary button hovered: dark on subtle', dark, subtle, 4.5],
      ['badge, info alert, sync bar: text on subtle', text, subtle, 4.5],
      ['a button’s edge against the page', primary, page, 3],
      ['focus ring against a card', primary, card, 3],
    ];
    for (const [what, fg, bg, min] of pairs) expect(contrast(fg, bg), `${gemeente.id}: ${what}`).toBeGreaterThanOrEqual(min);
  });

  it('turns the brand tokens into the NL Design System component tokens', () => {
    expect(shared['--utrecht-button-primary-action-background-color']).toBe('var(--color-primary)');
    expect(shared['--color-primary']).toBe('var(--tir-color-primary)');
    expect(shared['--utrecht-link-color']).toBe('var(--color-primary)');
  });
});
