/**
 * The B2B member session a request was authenticated with, as `B2BSessionAuth` provides it.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type { JsonObject } from "../models/Json.js"
import type { MemberSession } from "../models/MemberSession.js"
import type { CredentialUsed } from "./CurrentSession.js"

/**
 * What `CurrentMemberSession` holds: the member and their organization, the live member
 * session as Stytch returned it, its custom claims (`{}` when it has none) and which credential
 * was used.
 *
 * @example
 * ```ts
 * import type { CurrentMemberSessionData } from "effect4-stytch"
 *
 * const tenant = (current: CurrentMemberSessionData) => `${current.organization_id}/${current.member_id}`
 * ```
 * @since 0.1.0
 */
export interface CurrentMemberSessionData {
  readonly member_id: string
  readonly organization_id: string
  readonly member_session: MemberSession
  readonly custom_claims: JsonObject
  readonly credential: CredentialUsed
}

/**
 * The authenticated member session of the request, provided to the handlers of every endpoint
 * `B2BSessionAuth` protects.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CurrentMemberSession } from "effect4-stytch"
 *
 * const tenantOf = Effect.map(CurrentMemberSession, (current) => current.organization_id)
 * ```
 * @since 0.1.0
 */
export class CurrentMemberSession extends Context.Service<CurrentMemberSession, CurrentMemberSessionData>()(
  "effect4-stytch/CurrentMemberSession"
) {}
