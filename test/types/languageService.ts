/**
 * A TypeScript language service over the repository's tsconfig.json, with extra in-memory
 * files: what an editor asks when it shows a hover, and the diagnostics it underlines.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import ts from "typescript"

const root = join(import.meta.dirname, "../..")

export interface Probe {
  /** The hover text at the first occurrence of `needle` in `file`, `offset` characters in. */
  readonly quickInfo: (file: string, needle: string, offset?: number) => string
  /** The compiler's errors for a file (syntax and types), as `line: message` strings. */
  readonly errors: (file: string) => ReadonlyArray<string>
}

/** A language service whose program is `files` (paths from the repository root) and `virtual` (in memory). */
export const probe = (files: ReadonlyArray<string>, virtual: Readonly<Record<string, string>>): Probe => {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const memory = new Map(Object.entries(virtual).map(([name, text]) => [join(root, name), text]))
  const read = (name: string): string | undefined => memory.get(name) ?? (existsSync(name) ? readFileSync(name, "utf8") : undefined)
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...files.map((name) => join(root, name)), ...memory.keys()],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = read(name)
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text)
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (name) => memory.has(name) || ts.sys.fileExists(name),
    readFile: read,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories
  }
  const service = ts.createLanguageService(host, ts.createDocumentRegistry())
  return {
    quickInfo: (file, needle, offset = 0) => {
      const path = join(root, file)
      const at = (read(path) ?? "").indexOf(needle)
      if (at < 0) throw new Error(`${needle} is not in ${file}`)
      const info = service.getQuickInfoAtPosition(path, at + offset)
      return ts.displayPartsToString(info?.displayParts ?? [])
    },
    errors: (file) => {
      const path = join(root, file)
      return [...service.getSyntacticDiagnostics(path), ...service.getSemanticDiagnostics(path)].map((diagnostic) => {
        const line = diagnostic.file === undefined || diagnostic.start === undefined
          ? 0
          : diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        return `${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`
      })
    }
  }
}
