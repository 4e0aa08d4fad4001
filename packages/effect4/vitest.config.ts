import { fileURLToPath } from "node:url"
import { addGroupBy } from "./vitest.node20.js"
import { defineConfig } from "vitest/config"

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** The Effect 4 line's quick tests (`npm test` in this folder), on vitest 5 and @effect/vitest 4. */
addGroupBy()

export default defineConfig({
  resolve: {
    alias: [
      { find: /^effect4-stytch$/, replacement: source("./src/index.ts") },
      { find: /^effect4-stytch\/emulator$/, replacement: source("./src/emulator/index.ts") }
    ]
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.slow.test.ts", "**/node_modules/**"],
    testTimeout: 30_000,
    // Files share their worker's module cache: loading effect, the package and the emulator once
    // per worker instead of once per file is most of the suite's time.
    pool: "threads",
    isolate: false
  }
})
