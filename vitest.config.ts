import { defineConfig } from "vitest/config"

/**
 * The quick loop (`npm test`): everything but the long suites, which `npm run test:slow` runs.
 *
 * Test files share their worker's module cache (threads, not isolated): loading effect and the
 * package once per worker instead of once per file is most of the loop's time. A suite built on
 * @effect/vitest's `layer(...)` leaves the TestClock broken for the files after it in a shared
 * worker, so it runs in a process of its own.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.slow.test.ts", "**/node_modules/**", "packages/**"],
    reporters: ["default", "./test/support/summaryReporter.ts"],
    testTimeout: 30_000,
    pool: "threads",
    poolOptions: { threads: { isolate: false }, forks: { isolate: true } },
    poolMatchGlobs: [["**/test/reliability/hostile.test.ts", "forks"]]
  }
})
