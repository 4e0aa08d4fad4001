/**
 * The consumer session a request was authenticated with, as `SessionAuth` provides it.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type { JsonObject } from "../models/Json.js"
import type { Session } from "../models/Session.js"

/**
 * Which credential authenticated a request, without its value: a `session_jwt` or a
 * `session_token`, from a `cookie` or a `bearer` header.
 *
 * @example
 * ```ts
 * import type { CredentialUsed } from "effect4-stytch"
 *
 * const fromBrowser = (used: CredentialUsed) => used.source === "cookie"
 * ```
 * @since 0.1.0
 */
export interface CredentialUsed {
  readonly kind: "session_jwt" | "session_token"
  readonly source: "cookie" | "bearer"
}

/**
 * What `CurrentSession` holds: the user, their live session as Stytch returned it, the
 * session's custom claims (`{}` when it has none) and which credential was used.
 *
 * @example
 * ```ts
 * import type { CurrentSessionData } from "effect4-stytch"
 *
 * const describe = (current: CurrentSessionData) => `${current.user_id} until ${current.session.expires_at}`
 * ```
 * @since 0.1.0
 */
export interface CurrentSessionData {
  readonly user_id: string
  readonly session: Session
  readonly custom_claims: JsonObject
  readonly credential: CredentialUsed
}

/**
 * The authenticated consumer session of the request, provided to the handlers of every
 * endpoint `SessionAuth` protects.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CurrentSession } from "effect4-stytch"
 *
 * const whoAmI = Effect.map(CurrentSession, (current) => ({ user_id: current.user_id }))
 * ```
 * @since 0.1.0
 */
export class CurrentSession extends Context.Service<CurrentSession, CurrentSessionData>()("effect4-stytch/CurrentSession") {}
