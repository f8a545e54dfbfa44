/** Jest: unit, wrapper, adapter (emulator) and React tests. E2E tests live in tests/e2e and run under jest too. */
const aliases = {
  "^@core/(.*)$": "<rootDir>/src/core/$1",
  "^@functions/(.*)$": "<rootDir>/src/functions/$1",
  "^@excel/(.*)$": "<rootDir>/src/excel/$1",
  "^@taskpane/(.*)$": "<rootDir>/src/taskpane/$1",
  "^@i18n/(.*)$": "<rootDir>/src/i18n/$1",
  "^@workbench/(.*)$": "<rootDir>/workbench/$1",
};

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  moduleNameMapper: aliases,
  setupFilesAfterEnv: ["<rootDir>/tests/setup.ts"],
};
