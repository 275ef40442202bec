// ESLint flat config: typescript-eslint strict + stylistic (type-checked), Office.js rules on the
// gateway, React hooks rules on the pane, and the architecture's import boundaries.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "lib/",
      "coverage/",
      "test-results/",
      "assembly/",
      "src/core/linalg/wasm/*.generated.ts",
    ],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "no-template-curly-in-string": "error",
      // Numbers in messages are formatted with String(); allow them in templates too.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Typed-array reads are `number | undefined` under noUncheckedIndexedAccess; kernels assert with `as number`.
      "@typescript-eslint/non-nullable-type-assertion-style": "off",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*"], message: "src/core is pure: no UI." },
            {
              group: ["**/excel/**", "**/taskpane/**", "**/functions/**", "**/cli/**"],
              message: "src/core depends on nothing else.",
            },
            { group: ["fs", "path", "node:*"], message: "src/core is pure: no Node I/O." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/excel/**"], message: "Components get the gateway as a prop." }] },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: {
      // Tests unwrap results they have just checked; non-null assertions keep them readable.
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
