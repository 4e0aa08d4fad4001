import { defineConfig } from "vitest/config"

/**
 * The long suites (`npm run test:slow`): fuzzing, the strength agreement with zxcvbn 4.4.2, the
 * CLI as a process, the official Node SDK over loopback, races with production hashing.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.slow.test.ts"],
    // The package is built once for the suites that run the shipped CLI.
    globalSetup: ["./test/support/builtPackage.ts"],
    reporters: ["default", "./test/support/summaryReporter.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000
  }
})
