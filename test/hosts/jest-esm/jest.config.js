/** @type {import('jest').Config} */
export default {
  // .js is ESM by "type": "module"; .jsx files must be named.
  extensionsToTreatAsEsm: [".jsx"],
  // jsdom (jest-environment-jsdom) plus the Node globals it lacks.
  testEnvironment: "<rootDir>/jest.environment.cjs",
  // A stylesheet import (convai-tag-kit/styles.css) is an empty module in tests.
  moduleNameMapper: { "\\.css$": "<rootDir>/styleMock.js" },
};
