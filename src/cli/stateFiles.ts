/**
 * The files of `--import` and `--export-on-exit`: read, checked and written, each problem told
 * in one line that names the file and the reason.
 */
import { accessSync, constants, readFileSync, statSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { Effect } from "effect"
import type { InvalidStateFile } from "../emulator/state/Store.js"
import { CliFailure, errnoCode, oneLine } from "./failures.js"

/** Why a file could not be read or written, in words. */
const fileProblem = (cause: unknown): string => {
  switch (errnoCode(cause)) {
    case "ENOENT":
      return "no such file"
    case "EISDIR":
      return "it is a folder, not a file"
    case "EACCES":
    case "EPERM":
      return "permission denied"
    case "ENOTDIR":
      return "a part of its path is not a folder"
    default:
      return oneLine(cause)
  }
}

/**
 * The JSON of the `--import` file, before the emulator checks it is a state.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { readImportFile } from "./stateFiles.js"
 *
 * // with a state.json that is not JSON, fails with "--import file state.json is not JSON: ..."
 * const state = readImportFile("state.json").pipe(Effect.catchTag("CliFailure", (failure) => Effect.logError(failure.message)))
 * ```
 */
export const readImportFile = (file: string): Effect.Effect<unknown, CliFailure> =>
  Effect.try({
    try: () => readFileSync(file, "utf8"),
    catch: (cause) => new CliFailure({ message: `cannot read --import file ${file}: ${fileProblem(cause)}` })
  }).pipe(
    Effect.flatMap((text) =>
      Effect.try({
        try: (): unknown => JSON.parse(text),
        catch: (cause) => new CliFailure({ message: `--import file ${file} is not JSON: ${oneLine(cause)}` })
      })
    )
  )

/**
 * The failure when the emulator refuses the `--import` file; the message names the field.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "../emulator/StytchEmulator.js"
 * import { importRefused } from "./stateFiles.js"
 *
 * const load = (state: unknown) =>
 *   Effect.flatMap(StytchEmulator, (emulator) => emulator.importState(state)).pipe(
 *     Effect.mapError((error) => importRefused("state.json", error))
 *   )
 * ```
 */
export const importRefused = (file: string, error: InvalidStateFile): CliFailure =>
  new CliFailure({ message: `--import file ${file} was refused: ${error.message}` })

/** Why `file` cannot be written, or undefined when it can. */
const whyNotWritable = (file: string): string | undefined => {
  const folder = dirname(file)
  const folderStats = statSync(folder, { throwIfNoEntry: false })
  if (folderStats === undefined) return `folder ${folder} does not exist`
  if (!folderStats.isDirectory()) return `${folder} is not a folder`
  const fileStats = statSync(file, { throwIfNoEntry: false })
  if (fileStats?.isDirectory() === true) return "it is a folder, not a file"
  try {
    accessSync(fileStats === undefined ? folder : file, constants.W_OK)
  } catch {
    return fileStats === undefined ? `folder ${folder} is not writable` : "it is not writable"
  }
  return undefined
}

/**
 * Checks, before listening, that the `--export-on-exit` file can be written, so that a typo in
 * its folder is found at start-up rather than when the state is lost at exit.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { checkExportFile } from "./stateFiles.js"
 *
 * Effect.runPromise(Effect.flip(checkExportFile("/nowhere/state.json"))).then((failure) => failure.message)
 * // "cannot write --export-on-exit file /nowhere/state.json: folder /nowhere does not exist"
 * ```
 */
export const checkExportFile = (file: string): Effect.Effect<void, CliFailure> =>
  Effect.try({ try: () => whyNotWritable(file), catch: fileProblem }).pipe(
    Effect.merge,
    Effect.flatMap((problem) =>
      problem === undefined ? Effect.void : Effect.fail(new CliFailure({ message: `cannot write --export-on-exit file ${file}: ${problem}` }))
    )
  )

/**
 * Writes the state to the `--export-on-exit` file.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "../emulator/StytchEmulator.js"
 * import { writeExportFile } from "./stateFiles.js"
 *
 * const saveOnExit = Effect.gen(function* () {
 *   const emulator = yield* StytchEmulator
 *   yield* writeExportFile("state.json", yield* emulator.exportState)
 * })
 * ```
 */
export const writeExportFile = (file: string, state: unknown): Effect.Effect<void, CliFailure> =>
  Effect.try({
    try: () => writeFileSync(file, JSON.stringify(state, null, 2)),
    catch: (cause) => {
      const problem = errnoCode(cause) === "ENOENT" ? `folder ${dirname(file)} does not exist` : fileProblem(cause)
      return new CliFailure({ message: `cannot write --export-on-exit file ${file}: ${problem}` })
    }
  })
