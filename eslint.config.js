import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What no UI file imports, tests included: Dexie (use the hooks of src/data) and server code. */
const UI_NEVER = [
  { group: ['dexie', 'dexie/*'], message: 'Use the hooks of src/data.' },
  { group: ['**/server/**', '**/server'], message: 'The UI must not import server code.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The UI reads data only through hooks from src/data (docs/architecture.md): no Dexie, no server code.
    files: ['src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: UI_NEVER }] },
  },
  {
    // Screens use the data layer's public faces only: its index, and the faces that load on demand
    // (a staff device's vault, the consulent's API, notifications, what changed) or hold constants
    // (storage keys). Tests may reach further in to set up a device.
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UI_NEVER,
            {
              group: ['**/data/*', '!**/data/staff', '!**/data/consulentApi', '!**/data/webPush', '!**/data/changesHooks', '!**/data/feedback', '!**/data/activities', '!**/data/questionAsk', '!**/data/storageKeys', '!**/data/shell'],
              message: 'Import from src/data (its index) or one of its public faces (staff, consulentApi, webPush, changesHooks, feedback, activities, questionAsk, storageKeys, shell).',
            },
          ],
        },
      ],
    },
  },
  {
    // Logical CSS in inline styles too (stylelint checks the .css files): a physical side or size
    // does not mirror for the right-to-left languages.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXAttribute[name.name='style'] Property[key.name=/^((margin|padding|border|scrollMargin|scrollPadding)(Left|Right|Top|Bottom).*|border(Top|Bottom)(Left|Right)Radius|left|right|top|bottom|width|height|(min|max)(Width|Height)|overflow[XY])$/]",
          message: 'Use the logical property (marginInlineStart, insetInlineEnd, inlineSize, ...).',
        },
        {
          selector: "JSXAttribute[name.name='style'] Property[key.name=/^(textAlign|float|clear)$/][value.value=/^(left|right)$/]",
          message: 'Use start or end (textAlign) or inline-start / inline-end (float, clear).',
        },
      ],
    },
  },
  {
    // The data layer and the domain hold no React components and no server code.
    files: ['src/domain/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/server', '**/app/**'], message: 'Layering: see docs/architecture.md.' }] },
      ],
    },
  },
  {
    // The hooks read a staff caseload through its store (staffStore.ts), never the vault's row layout.
    files: ['src/data/hooks.ts', 'src/data/staffHooks.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='vault'][property.name='db'], MemberExpression[object.property.name='vault'][property.name='db']", message: 'Read the caseload through staffStore.' },
      ],
    },
  },
);
