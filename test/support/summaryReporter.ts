/**
 * Ends a vitest run with one plain line, `tests: N passed, M failed`, that a person and CI
 * both read (`npm test` and `npm run test:slow` each end with it; `.ci/run` totals them).
 */
import type { Reporter, TestModule } from "vitest/node"

export default class SummaryReporter implements Reporter {
  private line = "tests: 0 passed, 1 failed"

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === "passed") passed++
        else if (state === "failed") failed++
      }
      // A file that failed to load counts as a failure, even with no test to show for it.
      if (module.state() === "failed" && module.children.allTests().next().done === true) failed++
    }
    this.line = `tests: ${passed} passed, ${failed} failed`
  }

  // Printed once every other reporter (the default one's summary included) has had its say.
  onFinished(): void {
    process.stdout.write(`${this.line}\n`)
  }
}
