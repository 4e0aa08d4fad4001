/**
 * The project's password policy: strength (zxcvbn or LUDS) and breaches, as the routes ask it.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { WeakPassword } from "../errors/PasswordErrors.js"
import { raise, type RouteError } from "./http/RouteError.js"
import type { EmulatorConfig } from "./EmulatorConfig.js"
import { now, sha256Hex } from "./runtime.js"
import { EmulatorStore } from "./state/Store.js"
import { userInputsFromEmail } from "./strength/email.js"
import type * as StrengthModule from "./strength/index.js"
import type { LudsRequirements } from "./strength/types.js"

/**
 * The strength estimator and breach list, loaded on first use: their dictionaries take
 * about 100 ms to load, which a server should not spend before it listens.
 */
let strengthModule: typeof StrengthModule | undefined
let strengthLoading: Promise<typeof StrengthModule> | undefined
const strength: Effect.Effect<typeof StrengthModule> = Effect.suspend(() =>
  strengthModule !== undefined
    ? Effect.succeed(strengthModule)
    : Effect.promise(() =>
        (strengthLoading ??= import("./strength/index.js").then((loaded) => (strengthModule = loaded)))
      )
)

/** What the policy says of a password. */
export interface Verdict {
  readonly score: number
  /** Meets the strength policy (breaches aside). */
  readonly strong: boolean
  readonly breached: boolean
  readonly warning: string
  readonly suggestions: ReadonlyArray<string>
  readonly luds_requirements?: LudsRequirements
}

/** Judges a password; the email, when known, counts against it as a user input. */
export const judge = (password: string, email?: string): Effect.Effect<Verdict, never, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const { checkStrength, isBreachedPassword } = yield* strength
    // zxcvbn scores recent years against the year it runs in: the emulator's, which tests move.
    const referenceYear = new Date(yield* now).getUTCFullYear()
    const settings = store.read.settings()
    const userInputs = email === undefined ? [] : userInputsFromEmail(email)
    const result = checkStrength(password, {
      policy:
        settings.strength_policy === "luds"
          ? { kind: "luds", min_length: settings.luds_min_length, min_complexity: settings.luds_min_complexity }
          : { kind: "zxcvbn" },
      userInputs,
      referenceYear
    })
    return {
      score: result.score,
      strong: result.valid_password,
      breached: isBreachedPassword(password, (candidate) => store.read.isMarkedBreached(sha256Hex(candidate))),
      warning: result.warning,
      suggestions: result.suggestions,
      ...(result.luds_requirements === undefined ? {} : { luds_requirements: result.luds_requirements })
    }
  })

/** Whether breach detection applies on create and login. */
export const breachDetectionOn = Effect.map(EmulatorStore, (store) => store.read.settings().breach_detection_on_create)

/** Whether a new password may be set: strong, and not breached when detection is on. */
export const acceptable = (verdict: Verdict, detectBreaches: boolean): boolean =>
  verdict.strong && !(detectBreaches && verdict.breached)

/** The error for a new password the policy refuses (a breached one included, as Stytch answers). */
export const weak = (verdict: Verdict, field = "password"): Effect.Effect<never, RouteError<typeof WeakPassword>> =>
  raise(
    WeakPassword,
    400,
    verdict.breached
      ? `${field}: this password appears in a known data breach; choose another.`
      : `${field}: the password does not meet the project's strength policy.${verdict.warning === "" ? "" : ` ${verdict.warning}`}`
  )

/** Fails with `weak_password` unless a new password passes the policy, the email counting against it. */
export const requireAcceptable = (
  password: string,
  email: string,
  field = "password"
): Effect.Effect<void, RouteError<typeof WeakPassword>, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const verdict = yield* judge(password, email)
    if (!acceptable(verdict, yield* breachDetectionOn)) return yield* weak(verdict, field)
  })

/**
 * The answer to a strength check, but for its feedback field (consumer `feedback`, B2B
 * `luds_feedback`/`zxcvbn_feedback`). Breaches are only looked up when an email is given,
 * and only when detection is on.
 */
export const strengthCheckAnswer = (password: string, email: string | undefined) =>
  Effect.gen(function* () {
    const settings = (yield* EmulatorStore).read.settings()
    const verdict = yield* judge(password, email)
    const breached = email !== undefined && settings.breach_detection_on_create && verdict.breached
    return {
      verdict,
      fields: {
        valid_password: verdict.strong && !breached,
        score: verdict.score,
        breached_password: breached,
        strength_policy: settings.strength_policy,
        breach_detection_on_create: settings.breach_detection_on_create
      }
    }
  })

/** Whether a password is breached (built-in list or marked), without scoring its strength. */
export const isBreached = (password: string): Effect.Effect<boolean, never, EmulatorStore> =>
  Effect.zipWith(EmulatorStore, strength, (store, { isBreachedPassword }) =>
    isBreachedPassword(password, (candidate) => store.read.isMarkedBreached(sha256Hex(candidate)))
  )
