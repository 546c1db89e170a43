/** @type {import('jest').Config} */
export default {
  // .js is ESM by "type": "module"; .jsx files must be named.
  extensionsToTreatAsEsm: [".jsx"],
  testEnvironment: "<rootDir>/jest.environment.cjs",
  // A stylesheet import (convai-tag-kit/styles.css) is an empty module in tests.
  moduleNameMapper: { "\\.css$": "<rootDir>/styleMock.js" },
};
