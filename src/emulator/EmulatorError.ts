/**
 * The error a route answers with: a Stytch error body and its HTTP status.
 *
 * @since 0.1.0
 */
import { Data } from "effect"

export class EmulatorError extends Data.TaggedError("EmulatorError")<{
  readonly status: number
  readonly error_type: string
  /** A sentence a developer can act on, naming the field; never a password or token. */
  readonly error_message: string
  readonly error_details?: Readonly<Record<string, unknown>> | undefined
  readonly retry_after_seconds?: number | undefined
}> {}

/** Fails with a Stytch error. */
export const stytchError = (status: number, error_type: string, error_message: string) =>
  new EmulatorError({ status, error_type, error_message })

/** The `error_url` Stytch would give for an error. */
export const errorUrl = (status: number, errorType: string): string =>
  `https://stytch.com/docs/api/errors/${status}#${errorType}`
