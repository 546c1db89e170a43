/** @type {import('jest').Config} */
module.exports = {
  // jsdom (jest-environment-jsdom) plus the Node globals it lacks.
  testEnvironment: "<rootDir>/jest.environment.cjs",
  // Node's builds, not the "browser" ones jsdom asks for: msw/node has none.
  testEnvironmentOptions: { customExportConditions: [""] },
  // babel-jest also for .mjs files: msw 2.13+ loads ESM-only packages.
  transform: { "\\.m?jsx?$": "babel-jest" },
  // Compile the kit and msw's ESM-only dependencies to CommonJS; the rest of node_modules stays as is.
  transformIgnorePatterns: ["/node_modules/(?!(\\.pnpm/)?(convai-tag-kit|rettime|until-async|@open-draft[+/]deferred-promise)[@/])"],
  // A stylesheet import (convai-tag-kit/styles.css) is an empty module in tests.
  moduleNameMapper: { "\\.css$": "<rootDir>/styleMock.js" },
};
