/**
 * What effect4-stytch's README tells a user to run, read from the README itself, so that a test
 * of it breaks when the README does.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"

const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8")

/** The fenced blocks of a section (from its `## ` heading to the next one). */
const blocksOf = (section: string, language: string): ReadonlyArray<string> => {
  const start = readme.indexOf(`\n## ${section}\n`)
  if (start < 0) throw new Error(`README.md has no "## ${section}" section`)
  const end = readme.indexOf("\n## ", start + 1)
  const text = readme.slice(start, end < 0 ? undefined : end)
  return [...text.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((match) => match[1] ?? "")
}

/** The install commands of the "Install" section, comments removed. */
export const installCommands = (): ReadonlyArray<string> =>
  blocksOf("Install", "sh")
    .flatMap((block) => block.split("\n"))
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line.startsWith("npm install"))

/** The files the README shows (`// file: name.ts` as a block's first line), in every section. */
export const readmeFiles = (): ReadonlyArray<{ readonly name: string; readonly text: string }> =>
  [...readme.matchAll(/```ts\n\/\/ file: (\S+)\n([\s\S]*?)```/g)].map((match) => ({ name: match[1] ?? "", text: match[2] ?? "" }))
