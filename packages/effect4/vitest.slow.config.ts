import { addGroupBy } from "./vitest.node20.js"
import { defineConfig } from "vitest/config"

/**
 * The Effect 4 line's long suites (`npm run test:slow` in this folder): the packed package
 * installed into a fresh project with the README's commands, its quickstart and its tests run.
 */
addGroupBy()

export default defineConfig({
  test: {
    include: ["test/**/*.slow.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000
  }
})
