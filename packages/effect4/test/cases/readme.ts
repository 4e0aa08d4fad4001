/**
 * What a README tells a user to run, read from the README itself, so that a test of it breaks
 * when the README does. Both lines' test/install/readme.ts read their own README with it.
 * No Effect import here.
 */
import { readFileSync } from "node:fs"

export interface Readme {
  /** The install commands of the "Install" section, comments removed. */
  readonly installCommands: () => ReadonlyArray<string>
  /** The files the README shows (`// file: name.ts` as a block's first line), in every section. */
  readonly readmeFiles: () => ReadonlyArray<{ readonly name: string; readonly text: string }>
}

/** The README at `file`, read now. */
export const readmeOf = (file: string): Readme => {
  const readme = readFileSync(file, "utf8")

  /** The fenced blocks of a section (from its `## ` heading to the next one). */
  const blocksOf = (section: string, language: string): ReadonlyArray<string> => {
    const start = readme.indexOf(`\n## ${section}\n`)
    if (start < 0) throw new Error(`README.md has no "## ${section}" section`)
    const end = readme.indexOf("\n## ", start + 1)
    const text = readme.slice(start, end < 0 ? undefined : end)
    return [...text.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((match) => match[1] ?? "")
  }

  return {
    installCommands: () =>
      blocksOf("Install", "sh")
        .flatMap((block) => block.split("\n"))
        .map((line) => line.replace(/#.*$/, "").trim())
        .filter((line) => line.startsWith("npm install")),
    readmeFiles: () =>
      [...readme.matchAll(/```ts\n\/\/ file: (\S+)\n([\s\S]*?)```/g)].map((match) => ({ name: match[1] ?? "", text: match[2] ?? "" }))
  }
}
