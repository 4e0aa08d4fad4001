/**
 * The published declarations keep each doc comment's text and leave its example out (the
 * examples stay in the source, where `npm run typecheck` checks them): the build's filter.
 */
import { describe, expect, it } from "@effect/vitest"
import { withoutExamples } from "../../scripts/build.mjs"
import { declarationWithExamples, droppedFromDeclaration, keptInDeclaration, plainDeclaration } from "../../packages/effect4/test/cases/declarations.js"

const declaration = declarationWithExamples("effect-stytch")

describe("published declarations", () => {
  it("keep each description and tag but the example, at any indentation", () => {
    const kept = withoutExamples(declaration)
    for (const text of droppedFromDeclaration) expect(kept).not.toContain(text)
    for (const text of keptInDeclaration) expect(kept).toContain(text)
  })

  it("leave a declaration without examples as it is", () => {
    expect(withoutExamples(plainDeclaration)).toBe(plainDeclaration)
  })
})
