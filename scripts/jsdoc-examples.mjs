// The JSDoc examples of a source file, and their type-check: what scripts/check-jsdoc-examples.mjs
// runs over src/, and what test/docs/jsdocExamples.test.ts tests on fixtures.
//
// An example is a ```ts fence inside a /** ... */ comment. Each one is checked as a module of
// its own, with the project's compiler options (tsconfig.json), as a virtual file next to its
// source (`src/models/User.example-2.ts` for the second example of `src/models/User.ts`): an
// example of an internal module imports it relatively (`./memory.js`), an example of a public
// export imports `effect-stytch` like a user would. Unused locals and parameters are allowed.
import { readFileSync } from "node:fs"
import { basename, dirname, join, relative } from "node:path"
import ts from "typescript"

const commentStart = /^\s*\/\*\*/
const commentEnd = /\*\//
const commentLinePrefix = /^\s*\* ?/
const openingFence = /^```ts\s*$/
const closingFence = /^```\s*$/

/**
 * The ```ts blocks inside the JSDoc comments of `text`, in order: `line` is the 1-based line of
 * the block's first line of code, `code` the block without its comment prefixes (` * `).
 */
export const extractExamples = (text) => {
  const lines = text.split(/\r?\n/)
  const examples = []
  let inComment = false
  let block
  lines.forEach((line, index) => {
    if (!inComment) {
      if (!commentStart.test(line)) return
      inComment = true
      line = line.replace(commentStart, "")
    }
    const ends = commentEnd.test(line)
    const content = line.replace(/\*\/.*$/, "").replace(commentLinePrefix, "")
    if (block === undefined) {
      if (openingFence.test(content.trim())) block = { line: index + 2, code: [] }
    } else if (closingFence.test(content.trim())) {
      examples.push({ line: block.line, code: block.code.join("\n") + "\n" })
      block = undefined
    } else {
      block.code.push(content)
    }
    if (ends) {
      inComment = false
      block = undefined
    }
  })
  return examples
}

/** The project's compiler options (from `tsconfig` under `root`), as examples are checked with them. */
export const exampleCompilerOptions = (root, tsconfig = "tsconfig.json") => {
  const config = ts.readConfigFile(join(root, tsconfig), ts.sys.readFile)
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"))
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  return {
    ...options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    // An example without imports is still a module of its own, not a script sharing globals.
    moduleDetection: ts.ModuleDetectionKind.Force
  }
}

/** The virtual file of a source file's `number`th example (1-based), next to it. */
const exampleFileName = (source, number) =>
  join(dirname(source), `${basename(source).replace(/\.ts$/, "")}.example-${number}.ts`)

const message = (diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`

/**
 * Type-checks the examples of `sources` (`{ fileName, text }`, absolute file names) in one
 * program. Returns how many were checked and the failures: `{ file, line, example, message }`,
 * `file` relative to `root`, `line` in the source file, `example` the 1-based number of the
 * example in its file.
 */
export const checkExamples = (sources, { root, options = exampleCompilerOptions(root) }) => {
  const examples = new Map()
  for (const source of sources) {
    extractExamples(source.text).forEach((example, index) => {
      examples.set(exampleFileName(source.fileName, index + 1), {
        ...example,
        source: source.fileName,
        number: index + 1
      })
    })
  }
  const host = ts.createCompilerHost(options, true)
  const defaultGetSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const example = examples.get(fileName)
    return example === undefined
      ? defaultGetSourceFile(fileName, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(fileName, example.code, languageVersion, true)
  }
  const defaultFileExists = host.fileExists.bind(host)
  host.fileExists = (fileName) => examples.has(fileName) || defaultFileExists(fileName)
  const defaultReadFile = host.readFile.bind(host)
  host.readFile = (fileName) => examples.get(fileName)?.code ?? defaultReadFile(fileName)

  const program = ts.createProgram({ rootNames: [...examples.keys()], options, host })
  const failures = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((diagnostic) => ({
    file: "tsconfig.json",
    line: 0,
    example: 0,
    message: message(diagnostic)
  }))
  for (const [fileName, example] of examples) {
    const sourceFile = program.getSourceFile(fileName)
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]
    for (const diagnostic of diagnostics) {
      const line = diagnostic.file === sourceFile && diagnostic.start !== undefined
        ? sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line
        : 0
      failures.push({
        file: relative(root, example.source),
        line: example.line + line,
        example: example.number,
        message: message(diagnostic)
      })
    }
  }
  return { checked: examples.size, failures }
}

/** A failure as the checker prints it: `src/file.ts:LINE (example N): TS message`. */
export const formatFailure = (failure) => `${failure.file}:${failure.line} (example ${failure.example}): ${failure.message}`

/** `{ fileName, text }` for each of `fileNames` (absolute). */
export const readSources = (fileNames) => fileNames.map((fileName) => ({ fileName, text: readFileSync(fileName, "utf8") }))
