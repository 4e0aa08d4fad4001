/**
 * Our local session JWT check beside the official Node SDK's (`authenticateJwtLocal`, jose),
 * both against the emulator served over HTTP on loopback: the JWTs the emulator issues are
 * accepted by both with the same session, and JWTs we refuse (tampered, misaddressed, another
 * key, expired, not yet valid, too old) are refused by the SDK too.
 */
import { FetchHttpClient } from "@effect/platform"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect, Layer, ManagedRuntime, Option, Redacted } from "effect"
import * as Jose from "jose"
import { B2BClient, Client, ClientError } from "stytch"
import { B2BPasswords, B2BSessions, isMemberAuthenticated, Passwords, Sessions, StytchClient } from "../../src/index.js"
import type { EmulatorControl } from "../../src/emulator/StytchEmulator.js"
import { type LoopbackEmulator, serveOnLoopback, strongPassword, withoutWarnings } from "./support.js"

let server: LoopbackEmulator | undefined
let emulator: EmulatorControl
let baseUrl: string
let sdk: Client
let b2bSdk: B2BClient
let ours: ManagedRuntime.ManagedRuntime<Passwords | Sessions | B2BPasswords | B2BSessions, never>

beforeAll(async () => {
  server = await serveOnLoopback()
  emulator = server.emulator
  baseUrl = server.baseUrl
  const secret = Redacted.value(emulator.secret)
  sdk = withoutWarnings(() => new Client({ project_id: emulator.projectId, secret, env: baseUrl })).value
  b2bSdk = withoutWarnings(() => new B2BClient({ project_id: emulator.projectId, secret, env: baseUrl })).value
  ours = ManagedRuntime.make(
    Layer.mergeAll(Passwords.layer, Sessions.layer, B2BPasswords.layer, B2BSessions.layer).pipe(
      Layer.provide(StytchClient.layer({ projectId: emulator.projectId, secret: emulator.secret, baseUrl })),
      Layer.provide(FetchHttpClient.layer),
      Layer.orDie
    )
  )
})

afterAll(async () => {
  await ours.dispose()
  await server?.close()
})

const consumerJwt = () =>
  ours.runPromise(
    Effect.flatMap(Passwords, (passwords) =>
      passwords.create({
        email: `jwt-${crypto.randomUUID()}@example.com`,
        password: strongPassword(),
        session_duration_minutes: 60,
        session_custom_claims: { plan: "pro", nested: { seats: 3 } }
      })
    ).pipe(Effect.map((created) => Option.getOrThrow(created.session_jwt)))
  )

/** Claims signed with the emulator's own newest key (from an export), under its key id. */
const signAsEmulator = async (claims: Record<string, unknown>, header: Record<string, unknown> = {}) => {
  const state = await Effect.runPromise(emulator.exportState)
  const key = state.signing_keys[state.signing_keys.length - 1]
  if (key === undefined) throw new Error("no signing key")
  const privateKey = await Jose.importJWK({ ...key.private_jwk }, "RS256")
  return new Jose.SignJWT(claims as Jose.JWTPayload)
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT", ...header } as Jose.JWTHeaderParameters)
    .sign(privateKey)
}

const oursLocal = (session_jwt: string, max_token_age_seconds?: number) =>
  ours.runPromise(
    Effect.flatMap(Sessions, (sessions) =>
      Effect.either(sessions.authenticateJwtLocal({ session_jwt, ...(max_token_age_seconds === undefined ? {} : { max_token_age_seconds }) }))
    )
  )

/** What the SDK threw, as `ClientError` code, or "accepted". */
const sdkLocal = (session_jwt: string, max_token_age_seconds?: number) =>
  sdk.sessions
    .authenticateJwtLocal({ session_jwt, ...(max_token_age_seconds === undefined ? {} : { max_token_age_seconds }) })
    .then(
      () => "accepted",
      (error: unknown) => (error instanceof ClientError ? error.code : `not a ClientError: ${String(error)}`)
    )

describe("our local JWT check agrees with the Node SDK's", () => {
  it("a consumer JWT the emulator issued: both accept it, with the same session", async () => {
    const jwt = await consumerJwt()
    const mine = await oursLocal(jwt)
    if (mine._tag === "Left") throw new Error(`refused: ${mine.left._tag}`)
    const theirs = await sdk.sessions.authenticateJwtLocal({ session_jwt: jwt })
    const { session } = mine.right
    expect({
      session_id: session.session_id,
      user_id: session.user_id,
      started_at: session.started_at,
      last_accessed_at: session.last_accessed_at,
      authentication_factors: session.authentication_factors,
      roles: session.roles,
      custom_claims: session.custom_claims,
      attributes: session.attributes
    }).toEqual({
      session_id: theirs.session_id,
      user_id: theirs.user_id,
      started_at: theirs.started_at,
      last_accessed_at: theirs.last_accessed_at,
      authentication_factors: theirs.authentication_factors,
      roles: theirs.roles,
      custom_claims: theirs.custom_claims,
      attributes: theirs.attributes
    })
    // The SDK re-renders `expires_at` through Date; the instant is the same.
    expect(Date.parse(session.expires_at ?? "")).toBe(Date.parse(theirs.expires_at ?? "-"))
  })

  it("a member JWT the emulator issued: both accept it, with the same member session and organization", async () => {
    const password = strongPassword()
    const organization = await Effect.runPromise(
      emulator.seedOrganization({ organization_name: "Acme", organization_slug: `acme-${crypto.randomUUID().slice(0, 8)}` })
    )
    await Effect.runPromise(emulator.seedMember({ organization_id: organization.organization_id, email_address: "ada@acme.com", password }))
    const login = await ours.runPromise(
      Effect.flatMap(B2BPasswords, (passwords) =>
        passwords.authenticate({ organization_id: organization.organization_id, email_address: "ada@acme.com", password, session_duration_minutes: 60 })
      )
    )
    if (!isMemberAuthenticated(login)) throw new Error("expected a session")
    const mine = await ours.runPromise(Effect.flatMap(B2BSessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt: login.session_jwt })))
    const theirs = await b2bSdk.sessions.authenticateJwtLocal({ session_jwt: login.session_jwt })
    expect({
      member_session_id: mine.member_session.member_session_id,
      member_id: mine.member_session.member_id,
      organization_id: mine.member_session.organization_id,
      organization_slug: mine.member_session.organization_slug,
      roles: mine.member_session.roles,
      custom_claims: mine.member_session.custom_claims
    }).toEqual({
      member_session_id: theirs.member_session_id,
      member_id: theirs.member_id,
      organization_id: theirs.organization_id,
      organization_slug: theirs.organization_slug,
      roles: theirs.roles,
      custom_claims: theirs.custom_claims
    })
  })

  it("the base URL as issuer: both accept it", async () => {
    const claims = Jose.decodeJwt(await consumerJwt())
    const jwt = await signAsEmulator({ ...claims, iss: baseUrl.replace(/\/$/, "") })
    expect((await oursLocal(jwt))._tag).toBe("Right")
    expect(await sdkLocal(jwt)).toBe("accepted")
  })

  it("JWTs we refuse, the SDK refuses too", async () => {
    const jwt = await consumerJwt()
    const claims = Jose.decodeJwt(jwt)
    const now = Math.floor(Date.now() / 1000)
    const [header, , signature] = jwt.split(".")
    const tamperedPayload = Jose.base64url.encode(new TextEncoder().encode(JSON.stringify({ ...claims, sub: "user-test-other" })))
    const { privateKey } = await Jose.generateKeyPair("RS256")
    const cases: ReadonlyArray<readonly [string, string, number | undefined, string]> = [
      ["tampered payload", `${header}.${tamperedPayload}.${signature}`, undefined, "JwtBadSignature"],
      ["another issuer", await signAsEmulator({ ...claims, iss: "stytch.com/project-test-other" }), undefined, "JwtWrongIssuer"],
      ["another audience", await signAsEmulator({ ...claims, aud: ["project-test-other"] }), undefined, "JwtWrongAudience"],
      ["typ other than JWT", await signAsEmulator(claims, { typ: "at+jwt" }), undefined, "JwtMalformed"],
      [
        "a key not in the JWKS",
        await new Jose.SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "jwk-test-other", typ: "JWT" }).sign(privateKey),
        undefined,
        "JwtUnknownKey"
      ],
      ["expired", await signAsEmulator({ ...claims, iat: now - 400, nbf: now - 400, exp: now - 100 }), undefined, "JwtExpired"],
      ["not yet valid", await signAsEmulator({ ...claims, iat: now, nbf: now + 120, exp: now + 300 }), undefined, "JwtExpired"],
      ["max_token_age_seconds 0", jwt, 0, "JwtTooOld"],
      ["issued before max_token_age_seconds", await signAsEmulator({ ...claims, iat: now - 120 }), 60, "JwtTooOld"]
    ]
    for (const [name, candidate, maxAge, tag] of cases) {
      const mine = await oursLocal(candidate, maxAge)
      expect({ name, ours: mine._tag === "Left" ? mine.left._tag : "accepted" }).toEqual({ name, ours: tag })
      expect({ name, sdk: await sdkLocal(candidate, maxAge) }).toEqual({ name, sdk: tag === "JwtTooOld" ? "jwt_too_old" : "jwt_invalid" })
    }
    // And both still accept the JWT as issued, under a generous maximum age.
    expect((await oursLocal(jwt, 300))._tag).toBe("Right")
    expect(await sdkLocal(jwt, 300)).toBe("accepted")
  })
})
