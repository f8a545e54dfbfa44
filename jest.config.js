/** Jest: unit, wrapper, adapter (emulator) and React tests; the end-to-end tests in tests/e2e (headless Chromium). */
const aliases = {
  "^@core/(.*)$": "<rootDir>/src/core/$1",
  "^@functions/(.*)$": "<rootDir>/src/functions/$1",
  "^@excel/(.*)$": "<rootDir>/src/excel/$1",
  "^@taskpane/(.*)$": "<rootDir>/src/taskpane/$1",
  "^@i18n/(.*)$": "<rootDir>/src/i18n/$1",
  "^@workbench/(.*)$": "<rootDir>/workbench/$1",
};

const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  moduleNameMapper: aliases,
  setupFilesAfterEnv: ["<rootDir>/tests/setup.ts"],
};

// Two projects, one `npm test`: the e2e project's globalSetup (find or install Chromium, build the
// workbench once) runs only when an e2e test is selected, so unit runs stay fast.
module.exports = {
  // Two workers on the 2-core CI machine: Jest's default (cores - 1) is one, which leaves a core
  // idle for the whole run.
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: "unit", testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"] },
    {
      ...shared,
      displayName: "e2e",
      roots: ["<rootDir>/tests/e2e"],
      globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
      globalTeardown: "<rootDir>/tests/e2e/globalTeardown.ts",
    },
  ],
};
