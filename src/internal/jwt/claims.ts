/**
 * Reading the session out of a verified session JWT's claims: the `https://stytch.com/session`
 * claim (and, for B2B, `https://stytch.com/organization`), `sub`, and the custom claims.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { JwtMalformed } from "../../errors/JwtErrors.js"
import type { JsonObject } from "../../models/Json.js"
import type { MemberSession } from "../../models/MemberSession.js"
import { Attributes, AuthenticationFactor, type Session } from "../../models/Session.js"
import { safeIssue } from "../issue.js"
import type { Claims } from "./parse.js"

/** The claim holding the session. */
export const sessionClaimName = "https://stytch.com/session"
/** The claim holding a member session's organization (B2B). */
export const organizationClaimName = "https://stytch.com/organization"

/** Registered claims: never custom claims. */
const registeredClaims: ReadonlySet<string> = new Set(["iss", "sub", "aud", "exp", "nbf", "iat", "jti"])
/** Stytch's own namespaced claims: never custom claims either. */
const stytchNamespace = "https://stytch.com/"

const SessionClaim = Schema.Struct({
  id: Schema.String,
  started_at: Schema.optional(Schema.String),
  last_accessed_at: Schema.optional(Schema.String),
  expires_at: Schema.optional(Schema.String),
  attributes: Schema.optional(Attributes),
  authentication_factors: Schema.Array(AuthenticationFactor),
  roles: Schema.Array(Schema.String)
})

const MemberSessionClaim = Schema.Struct({
  ...SessionClaim.fields,
  started_at: Schema.String,
  last_accessed_at: Schema.String
})

const OrganizationClaim = Schema.Struct({
  organization_id: Schema.String,
  slug: Schema.String
})

// Made once: building a decoder per JWT would cost more than the decoding.
const decodeSessionClaim = Schema.decodeUnknownEither(SessionClaim)
const decodeMemberSessionClaim = Schema.decodeUnknownEither(MemberSessionClaim)
const decodeOrganizationClaim = Schema.decodeUnknownEither(OrganizationClaim)

const claimOf = <A>(
  claims: Claims,
  name: string,
  decode: (input: unknown) => Either.Either<A, { readonly issue: Parameters<typeof safeIssue>[0] }>
): Either.Either<A, JwtMalformed> =>
  Either.mapLeft(decode(claims[name]), (error) => {
    const { field, issue } = safeIssue(error.issue)
    return new JwtMalformed({ reason: `the "${name}" claim${field === "" ? "" : ` at ${field}`}: ${issue}` })
  })

/**
 * Every claim that is neither registered (`iss sub aud exp nbf iat jti`) nor Stytch's own
 * (`https://stytch.com/...`): the session's custom claims.
 *
 * @example
 * ```ts
 * import { customClaimsOf } from "./claims.js"
 * customClaimsOf({ sub: "user-test-1", plan: "pro" }) // { plan: "pro" }
 * ```
 */
export const customClaimsOf = (claims: Claims): JsonObject =>
  // `fromEntries` defines each key as data: a `__proto__` claim stays a claim.
  Object.fromEntries(
    Object.entries(claims).filter(([name]) => !registeredClaims.has(name) && !name.startsWith(stytchNamespace))
  )

/** `expires_at` as the SDK reads it: the session claim's, else `exp`. */
const expiresAt = (inner: string | undefined, claims: Claims): string => {
  if (inner !== undefined && inner !== "") return inner
  const exp = claims["exp"]
  return new Date((typeof exp === "number" ? exp : 0) * 1000).toISOString()
}

const subjectOf = (claims: Claims): Either.Either<string, JwtMalformed> => {
  const sub = claims["sub"]
  return typeof sub === "string" ? Either.right(sub) : Either.left(new JwtMalformed({ reason: 'the "sub" claim is not a string' }))
}

/**
 * The consumer session a verified JWT describes.
 *
 * @example
 * ```ts
 * import { sessionOfClaims } from "./claims.js"
 * const session = sessionOfClaims({ sub: "user-test-1", "https://stytch.com/session": { id: "session-test-1", authentication_factors: [], roles: [] } })
 * ```
 */
export const sessionOfClaims = (claims: Claims): Either.Either<Session, JwtMalformed> =>
  Either.flatMap(subjectOf(claims), (user_id) =>
    Either.map(claimOf(claims, sessionClaimName, decodeSessionClaim), (claim) => ({
      session_id: claim.id,
      user_id,
      authentication_factors: claim.authentication_factors,
      roles: claim.roles,
      ...(claim.started_at === undefined ? {} : { started_at: claim.started_at }),
      ...(claim.last_accessed_at === undefined ? {} : { last_accessed_at: claim.last_accessed_at }),
      expires_at: expiresAt(claim.expires_at, claims),
      ...(claim.attributes === undefined ? {} : { attributes: claim.attributes }),
      custom_claims: customClaimsOf(claims)
    }))
  )

/**
 * The member session a verified B2B JWT describes, its organization from
 * `https://stytch.com/organization`.
 *
 * @example
 * ```ts
 * import { memberSessionOfClaims } from "./claims.js"
 * const session = memberSessionOfClaims({
 *   sub: "member-test-1",
 *   "https://stytch.com/session": { id: "member-session-test-1", started_at: "2025-01-01T00:00:00Z", last_accessed_at: "2025-01-01T00:00:00Z", authentication_factors: [], roles: [] },
 *   "https://stytch.com/organization": { organization_id: "organization-test-1", slug: "acme" }
 * })
 * ```
 */
export const memberSessionOfClaims = (claims: Claims): Either.Either<MemberSession, JwtMalformed> =>
  Either.all([
    subjectOf(claims),
    claimOf(claims, sessionClaimName, decodeMemberSessionClaim),
    claimOf(claims, organizationClaimName, decodeOrganizationClaim)
  ]).pipe(
    Either.map(([member_id, claim, organization]) => ({
      member_session_id: claim.id,
      member_id,
      started_at: claim.started_at,
      last_accessed_at: claim.last_accessed_at,
      expires_at: expiresAt(claim.expires_at, claims),
      authentication_factors: claim.authentication_factors,
      organization_id: organization.organization_id,
      roles: claim.roles,
      organization_slug: organization.slug,
      custom_claims: customClaimsOf(claims)
    }))
  )
