/**
 * A published declaration file with doc examples, for both lines' tests of the build's filter
 * (`withoutExamples`, scripts/build.mjs): what it must keep and what it must drop.
 * No Effect import here.
 */

/** Declarations whose doc comments hold examples (one with `/**` inside its fence), at two indentations. */
export const declarationWithExamples = (packageName: string): string => `/**
 * Creates a user.
 *
 * @example
 * \`\`\`ts
 * import { Passwords } from "${packageName}"
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

/** What the filter must take out of `declarationWithExamples`. */
export const droppedFromDeclaration: ReadonlyArray<string> = ["@example", "```", "import { Passwords }"]

/** What the filter must leave in `declarationWithExamples`, indentation included. */
export const keptInDeclaration: ReadonlyArray<string> = [
  " * Creates a user.",
  " * @since 0.1.0",
  "     * Logs in.",
  "export declare const create: () => void;",
  "    readonly authenticate: () => void;"
]

/** A declaration without examples: the filter leaves it as it is. */
export const plainDeclaration = "/**\n * Just text.\n */\nexport declare const x: number;\n"
