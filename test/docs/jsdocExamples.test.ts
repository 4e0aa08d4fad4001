/**
 * The JSDoc example checker (`scripts/check-jsdoc-examples.mjs`, run by `npm run typecheck`) on
 * small fixtures: what it takes for an example, and that a wrong one is reported where it is.
 * The full check of src/ is not run here: it is the type-check's job.
 */
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { checkExamples, extractExamples, formatFailure } from "../../scripts/jsdoc-examples.mjs"

const root = join(import.meta.dirname, "../..")

const fence = "```"

const source = [
  /*  1 */ "/**",
  /*  2 */ " * Adds two numbers.",
  /*  3 */ " *",
  /*  4 */ " * @example",
  /*  5 */ ` * ${fence}ts`,
  /*  6 */ ' * import { add } from "./math.js"',
  /*  7 */ " *",
  /*  8 */ " * add(2, 2) // 4",
  /*  9 */ ` * ${fence}`,
  /* 10 */ " */",
  /* 11 */ "export const add = (a: number, b: number): number => a + b",
  /* 12 */ "",
  /* 13 */ "// Not a JSDoc comment:",
  /* 14 */ `// ${fence}ts`,
  /* 15 */ "// const ignored = 1",
  /* 16 */ `// ${fence}`,
  /* 17 */ "/*",
  /* 18 */ ` * ${fence}ts`,
  /* 19 */ " * const ignoredToo = 1",
  /* 20 */ ` * ${fence}`,
  /* 21 */ " */",
  /* 22 */ "export class Counter {",
  /* 23 */ "  /**",
  /* 24 */ "   * A method's example, indented; a JSON block is not an example.",
  /* 25 */ "   *",
  /* 26 */ `   * ${fence}json`,
  /* 27 */ '   * { "count": 1 }',
  /* 28 */ `   * ${fence}`,
  /* 29 */ `   * ${fence}ts`,
  /* 30 */ "   * const counter = new Counter()",
  /* 31 */ "   *   counter.increment()",
  /* 32 */ `   * ${fence}`,
  /* 33 */ "   */",
  /* 34 */ "  increment(): void {}",
  /* 35 */ "}"
].join("\n")

describe("extractExamples", () => {
  it("finds the ts blocks of JSDoc comments, with the line of their first line of code", () => {
    expect(extractExamples(source)).toEqual([
      { line: 6, code: 'import { add } from "./math.js"\n\nadd(2, 2) // 4\n' },
      { line: 30, code: "const counter = new Counter()\n  counter.increment()\n" }
    ])
  })

  it("finds none in a file without JSDoc examples", () => {
    expect(extractExamples("/** Just prose. */\nexport const one = 1\n")).toEqual([])
  })
})

describe("checkExamples", () => {
  it("reports a wrong example at its line in the source, and passes a right one with unused locals", () => {
    const fixture = [
      /* 1 */ "/**",
      /* 2 */ " * @example",
      /* 3 */ ` * ${fence}ts`,
      /* 4 */ " * const unused = 1",
      /* 5 */ " * const four: number = 2 + 2",
      /* 6 */ ` * ${fence}`,
      /* 7 */ " *",
      /* 8 */ " * @example",
      /* 9 */ ` * ${fence}ts`,
      /* 10 */ " * const four: number = 4",
      /* 11 */ ' * const five: number = "five"',
      /* 12 */ ` * ${fence}`,
      /* 13 */ " */",
      /* 14 */ "export const four = 4"
    ].join("\n")
    const { checked, failures } = checkExamples([{ fileName: join(root, "test/docs/fixture.ts"), text: fixture }], { root })
    expect(checked).toBe(2)
    expect(failures.map(formatFailure)).toEqual([
      "test/docs/fixture.ts:11 (example 2): TS2322: Type 'string' is not assignable to type 'number'."
    ])
  })
})
