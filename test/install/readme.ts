/**
 * What the README tells a user to run, read from the README itself, so that a test of it
 * breaks when the README does (the reading is shared with the Effect 4 line:
 * packages/effect4/test/cases/readme.ts).
 */
import { join } from "node:path"
import { readmeOf } from "../../packages/effect4/test/cases/readme.js"

export const { installCommands, readmeFiles } = readmeOf(join(import.meta.dirname, "../../README.md"))
