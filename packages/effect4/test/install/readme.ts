/**
 * What effect4-stytch's README tells a user to run, read from the README itself, so that a test
 * of it breaks when the README does (the reading is shared with the root: ../cases/readme.ts).
 */
import { join } from "node:path"
import { readmeOf } from "../cases/readme.js"

export const { installCommands, readmeFiles } = readmeOf(join(import.meta.dirname, "../../README.md"))
