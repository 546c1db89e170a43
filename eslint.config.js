import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // examples/ install the packed kit themselves; their `next build` type-checks them strictly (test/examples).
  // registry/ items are type-checked strictly where users put them: in a shadcn app, the host below
  // (npm run test:registry), which has its own packages.
  { ignores: ["dist", "demo/dist", "storybook-static", "coverage", "test-results", "playwright-report", "bench/results", "bench/.scratch", "temp", "node_modules", "examples", "registry", "test/hosts/shadcn-tailwind",
    // Test-runner hosts: their own packages and configs, run by their own Jest or Vitest (npm run test:hosts).
    "test/hosts/vitest", "test/hosts/jest-babel", "test/hosts/ts-jest", "test/hosts/jest-esm"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
);
