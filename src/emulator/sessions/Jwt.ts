/**
 * Session JWTs: RS256, signed with the emulator's key, published as a JWKS, in the shape
 * the official SDKs verify locally (`iss` = `stytch.com/<project_id>`, `aud` = [project id],
 * header `typ: JWT`, a 5-minute lifetime whatever the session's).
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import * as Jose from "jose"
import type { JsonObject } from "../../models/Json.js"
import type { SigningKey } from "../state/State.js"

/** Lifetime of every session JWT, as Stytch fixes it. */
export const jwtLifetimeSeconds = 300

/** The claims Stytch reserves; custom claims may not override them. */
export const reservedClaims: ReadonlySet<string> = new Set(["iss", "sub", "aud", "exp", "nbf", "iat", "jti"])

/** Makes a fresh RS256 key pair with a random key id. */
export const generateSigningKey: Effect.Effect<SigningKey> = Effect.promise(async () => {
  const { privateKey, publicKey } = await Jose.generateKeyPair("RS256", { extractable: true })
  const kid = `jwk-test-${crypto.randomUUID()}`
  return {
    kid,
    private_jwk: { ...(await Jose.exportJWK(privateKey)), kid, alg: "RS256" },
    // key_ops, x5c and x5tS256 are in Stytch's JWK schema; the emulator has no certificate chain.
    public_jwk: { ...(await Jose.exportJWK(publicKey)), kid, alg: "RS256", use: "sig", key_ops: ["verify"], x5c: [], x5tS256: "" }
  }
})

/** The JWKS document of the public keys. */
export const jwks = (keys: ReadonlyArray<SigningKey>): { readonly keys: ReadonlyArray<JsonObject> } => ({
  keys: keys.map((key) => key.public_jwk)
})

const importedKeys = new WeakMap<SigningKey, Promise<Jose.CryptoKey | Uint8Array>>()

const privateKeyOf = (key: SigningKey) => {
  let imported = importedKeys.get(key)
  if (imported === undefined) {
    imported = Jose.importJWK(key.private_jwk, "RS256")
    importedKeys.set(key, imported)
  }
  return imported
}

/** What goes into a session JWT. */
export interface SessionJwtClaims {
  readonly projectId: string
  readonly subject: string
  /** Seconds since the epoch, from the emulator's clock. */
  readonly now: number
  /** Namespaced Stytch claims (`https://stytch.com/session`, `https://stytch.com/organization`). */
  readonly stytchClaims: JsonObject
  readonly customClaims: JsonObject
}

/** Signs a session JWT with the newest key. */
export const signSessionJwt = (keys: ReadonlyArray<SigningKey>, claims: SessionJwtClaims): Effect.Effect<string> => {
  const key = keys[keys.length - 1]
  if (key === undefined) return Effect.dieMessage("The emulator has no signing key")
  const custom = Object.fromEntries(Object.entries(claims.customClaims).filter(([name]) => !reservedClaims.has(name)))
  return Effect.promise(async () =>
    new Jose.SignJWT({ ...custom, ...claims.stytchClaims })
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .setIssuer(`stytch.com/${claims.projectId}`)
      .setAudience([claims.projectId])
      .setSubject(claims.subject)
      .setIssuedAt(claims.now)
      .setNotBefore(claims.now)
      .setExpirationTime(claims.now + jwtLifetimeSeconds)
      .setJti(`jwt-test-${crypto.randomUUID()}`)
      .sign(await privateKeyOf(key))
  )
}

/**
 * Reads a session JWT signed by one of the keys, for the project. The expiry is not checked:
 * like Stytch, a request may carry an expired JWT of a session that is still alive, and the
 * session's own expiry decides.
 */
export const readSessionJwt = (
  keys: ReadonlyArray<SigningKey>,
  projectId: string,
  jwt: string
): Effect.Effect<Option.Option<Jose.JWTPayload>> =>
  Effect.promise(async () => {
    try {
      const { kid } = Jose.decodeProtectedHeader(jwt)
      const key = keys.find((candidate) => candidate.kid === kid)
      if (key === undefined) return Option.none()
      const publicKey = await Jose.importJWK(key.public_jwk, "RS256")
      const { payload } = await Jose.compactVerify(jwt, publicKey)
      const claims: Jose.JWTPayload = JSON.parse(new TextDecoder().decode(payload))
      const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
      return claims.iss === `stytch.com/${projectId}` && audience.includes(projectId) ? Option.some(claims) : Option.none()
    } catch {
      return Option.none()
    }
  })
