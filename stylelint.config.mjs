import stylelint from 'stylelint';

// Logical CSS only (docs/conventions.md): four of the twelve languages read right to left, and a
// layout that overrides physical CSS for them later is what breaks (excalidraw #1529, #2525).
// stylelint-plugin-logical-css catches physical properties (margin-left, padding-top, inset `left`,
// border-top, width/height), physical keywords (float, clear, text-align: left/right) and physical
// viewport units (vh, vw). It does not look inside shorthands, so the rule below catches the
// shorthands that still name a side: `margin: 0 1rem 0 2rem` sets the left and the right apart.

const { createPlugin, utils } = stylelint;

const MIRRORED = 'thuis/mirrored-shorthands';
const messages = utils.ruleMessages(MIRRORED, {
  sides: (prop) => `"${prop}" gives left and right different values; use ${prop.replace(/-(width|style|color)$/, '')}-inline-start/-end (or -block and -inline)`,
  corners: () => 'border-radius gives left and right corners different values; use border-start-start-radius and friends',
});

/** Splits a value at top-level white space, so `calc(1rem + 2px)` stays one part. */
function parts(value) {
  const out = [];
  let depth = 0;
  let current = '';
  for (const ch of value.replace(/!important\s*$/i, '').trim()) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Shorthands of four sides in the order top, right, bottom, left. */
const BOX = /^(margin|padding|inset|scroll-margin|scroll-padding|border-width|border-style|border-color)$/i;

const mirroredShorthands = (primary) => (root, result) => {
  if (!utils.validateOptions(result, MIRRORED, { actual: primary, possible: [true] })) return;
  root.walkDecls((decl) => {
    const prop = decl.prop.toLowerCase();
    if (BOX.test(prop)) {
      const p = parts(decl.value);
      // With four values the second is the right side and the fourth the left.
      if (p.length === 4 && p[1] !== p[3]) utils.report({ result, ruleName: MIRRORED, node: decl, message: messages.sides(prop), word: prop });
    } else if (prop === 'border-radius') {
      for (const half of decl.value.split('/')) {
        // top-left, top-right, bottom-right, bottom-left, as CSS fills in missing values.
        const [tl, tr = tl, br = tl, bl = tr] = parts(half);
        if (tl !== tr || br !== bl) {
          utils.report({ result, ruleName: MIRRORED, node: decl, message: messages.corners(), word: prop });
          break;
        }
      }
    }
  });
};
mirroredShorthands.ruleName = MIRRORED;
mirroredShorthands.messages = messages;
mirroredShorthands.meta = { url: 'https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_logical_properties_and_values' };

/** @type {import('stylelint').Config} */
export default {
  plugins: ['stylelint-plugin-logical-css', createPlugin(MIRRORED, mirroredShorthands)],
  rules: {
    'logical-css/require-logical-keywords': true,
    'logical-css/require-logical-properties': true,
    'logical-css/require-logical-units': true,
    [MIRRORED]: true,
    // Positions and gradients that name a side do not mirror either.
    'declaration-property-value-disallowed-list': {
      '/^(background|background-image|background-position|background-position-x|object-position|transform-origin|perspective-origin|mask|mask-image|mask-position|border-image|border-image-source)$/i':
        ['/\\b(left|right)\\b/i'],
    },
  },
};
