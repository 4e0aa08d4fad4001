/**
 * Options of the Stytch client and the `Config` that reads them from the environment.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import type { RetryPolicy } from "./RetryPolicy.js"

/**
 * What the client needs to reach a Stytch project.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import type { StytchConfig } from "effect4-stytch"
 *
 * const options: StytchConfig.Options = {
 *   projectId: "project-test-00000000-0000-4000-8000-000000000000",
 *   secret: Redacted.make("secret-test-..."),
 *   timeout: "10 seconds"
 * }
 * ```
 * @since 0.1.0
 */
export interface Options {
  /** The project id, `project-test-...` or `project-live-...`; it also picks the default host. */
  readonly projectId: string
  /** The project secret. Kept `Redacted` so it never shows in logs, spans or errors. */
  readonly secret: Redacted.Redacted<string>
  /**
   * Where the API lives. Defaults to `https://api.stytch.com` for `project-live-*` ids and
   * `https://test.stytch.com` otherwise. `http://` is allowed for local servers such as the
   * emulator; a path prefix (`https://proxy.example.com/stytch/`) is kept.
   */
  readonly baseUrl?: string | undefined
  /** Time allowed for one attempt (request sent and body read). Default 30 seconds; `Duration.infinity` for none. */
  readonly timeout?: Duration.Input | undefined
  /** How failed attempts are retried; `false` switches retries off. See {@link RetryPolicy}. */
  readonly retry?: RetryPolicy | undefined
}

/**
 * The default per-attempt timeout: 30 seconds.
 *
 * @example
 * ```ts
 * import { StytchConfig } from "effect4-stytch"
 * StytchConfig.defaultTimeout // Duration of 30 seconds
 * ```
 * @since 0.1.0
 */
export const defaultTimeout: Duration.Duration = Duration.seconds(30)

/**
 * The host for a project id: live projects use `https://api.stytch.com`, every other id
 * (test projects, the emulator's) `https://test.stytch.com`.
 *
 * @example
 * ```ts
 * import { StytchConfig } from "effect4-stytch"
 * StytchConfig.defaultBaseUrl("project-live-123") // "https://api.stytch.com"
 * StytchConfig.defaultBaseUrl("project-test-123") // "https://test.stytch.com"
 * ```
 * @since 0.1.0
 */
export const defaultBaseUrl = (projectId: string): string =>
  projectId.startsWith("project-live-") ? "https://api.stytch.com" : "https://test.stytch.com"

/**
 * Whether a string is an absolute `http:` or `https:` URL that a base URL may be.
 *
 * @example
 * ```ts
 * import { StytchConfig } from "effect4-stytch"
 * StytchConfig.isBaseUrl("http://127.0.0.1:4010") // true
 * StytchConfig.isBaseUrl("ftp://example.com") // false
 * ```
 * @since 0.1.0
 */
export const isBaseUrl = (input: string): boolean => {
  if (!URL.canParse(input)) return false
  const url = new URL(input)
  return (url.protocol === "http:" || url.protocol === "https:") && url.search === "" && url.hash === ""
}

/**
 * Reads the client options from configuration: `STYTCH_PROJECT_ID`, `STYTCH_SECRET`
 * (redacted) and the optional `STYTCH_BASE_URL`. A missing or malformed value fails with a
 * `ConfigError` that names the variable.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchConfig } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const options = yield* StytchConfig.fromEnv
 *   return options.projectId
 * })
 * ```
 * @since 0.1.0
 */
export const fromEnv: Config.Config<Options> = Config.all({
  projectId: Config.NonEmptyString("STYTCH_PROJECT_ID"),
  secret: Config.schema(Schema.Redacted(Schema.NonEmptyString), "STYTCH_SECRET"),
  baseUrl: Config.option(
    Config.schema(
      Schema.String.check(Schema.makeFilter(isBaseUrl, { expected: "an http(s) URL without query or fragment" })),
      "STYTCH_BASE_URL"
    )
  ).pipe(Config.map(Option.getOrUndefined))
})
