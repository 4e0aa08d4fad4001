import { defineConfig } from "vitest/config"

/** The quick loop (`npm test`): everything but the long suites, which `npm run test:slow` runs. */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.slow.test.ts", "**/node_modules/**"],
    reporters: ["default", "./test/support/summaryReporter.ts"],
    testTimeout: 30_000
  }
})
