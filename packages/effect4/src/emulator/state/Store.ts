/**
 * The state file's refusal, as the control API reports it.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * An import refused: the file is not a state export this emulator reads. `field` is the dotted
 * path of the first bad field ("" for the whole file); nothing changed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const load = (json: unknown) =>
 *   StytchEmulator.use((emulator) => emulator.importState(json)).pipe(
 *     Effect.catchTag("InvalidStateFile", (e) => Effect.logError(e.message))
 *   )
 * ```
 * @since 0.1.0
 */
export class InvalidStateFile extends Schema.TaggedError<InvalidStateFile>()("InvalidStateFile", {
  field: Schema.String,
  issue: Schema.String
}) {
  override get message(): string {
    return `Invalid emulator state file: ${this.field === "" ? "" : `${this.field} `}${this.issue}`
  }
}
