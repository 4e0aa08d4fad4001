import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * The long suites (`npm run test:slow`): fuzzing, the strength agreement with zxcvbn 4.4.2, the
 * CLI as a process, the official Node SDK over loopback, races with production hashing.
 */
export default defineConfig({
  // The examples import "effect-stytch" as users do; tsx maps it to src/ (tsconfig paths), and so
  // does this, so the web example's browser test runs the source, not a possibly stale dist/.
  resolve: {
    alias: [
      { find: /^effect-stytch$/, replacement: source("./src/index.ts") },
      { find: /^effect-stytch\/emulator$/, replacement: source("./src/emulator/index.ts") }
    ]
  },
  test: {
    include: ["test/**/*.slow.test.ts"],
    // The package is built once for the suites that run the shipped CLI.
    globalSetup: ["./test/support/builtPackage.ts"],
    reporters: ["default", "./test/support/summaryReporter.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000
  }
})
