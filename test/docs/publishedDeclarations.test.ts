/**
 * The published declarations keep each doc comment's text and leave its example out (the
 * examples stay in the source, where `npm run typecheck` checks them): the build's filter.
 */
import { describe, expect, it } from "@effect/vitest"
import { withoutExamples } from "../../scripts/build.mjs"

const declaration = `/**
 * Creates a user.
 *
 * @example
 * \`\`\`ts
 * import { Passwords } from "effect-stytch"
 * /** not the end of the comment: inside the fence *\\/
 * \`\`\`
 * @since 0.1.0
 */
export declare const create: () => void;
export interface Service {
    /**
     * Logs in.
     *
     * @example
     * \`\`\`ts
     * yield* service.authenticate({})
     * \`\`\`
     */
    readonly authenticate: () => void;
}
`

describe("published declarations", () => {
  it("keep each description and tag but the example, at any indentation", () => {
    const kept = withoutExamples(declaration)
    expect(kept).not.toContain("@example")
    expect(kept).not.toContain("```")
    expect(kept).not.toContain("import { Passwords }")
    expect(kept).toContain(" * Creates a user.")
    expect(kept).toContain(" * @since 0.1.0")
    expect(kept).toContain("     * Logs in.")
    expect(kept).toContain("export declare const create: () => void;")
    expect(kept).toContain("    readonly authenticate: () => void;")
  })

  it("leave a declaration without examples as it is", () => {
    const plain = "/**\n * Just text.\n */\nexport declare const x: number;\n"
    expect(withoutExamples(plain)).toBe(plain)
  })
})
