/**
 * Session JWTs: RS256, signed with the emulator's key, published as a JWKS, in the shape
 * the official SDKs verify locally (`iss` = `stytch.com/<project_id>`, `aud` = [project id],
 * header `typ: JWT`, a 5-minute lifetime whatever the session's).
 *
 * Made with `node:crypto` alone: key generation on the libuv pool, signing and verifying
 * synchronously with a `KeyObject` made once per key.
 *
 * @since 0.1.0
 */
import { createPrivateKey, createPublicKey, generateKeyPair, type KeyObject, randomUUID, sign, verify } from "node:crypto"
import { Effect, Option } from "effect"
import type { JsonObject } from "../../models/Json.js"
import type { SigningKey } from "../state/State.js"

/** Lifetime of every session JWT, as Stytch fixes it. */
export const jwtLifetimeSeconds = 300

/** The claims Stytch reserves; custom claims may not override them. */
export const reservedClaims: ReadonlySet<string> = new Set(["iss", "sub", "aud", "exp", "nbf", "iat", "jti"])

/** The claims of a verified session JWT. */
export type SessionJwtPayload = { readonly [claim: string]: unknown }

/** The key objects of the JWKs, made once per key (a key read from an import on its first use). */
const privateKeyObjects = new WeakMap<SigningKey, KeyObject>()
const publicKeyObjects = new WeakMap<SigningKey, KeyObject>()

const privateKeyOf = (key: SigningKey): KeyObject => {
  let made = privateKeyObjects.get(key)
  if (made === undefined) {
    made = createPrivateKey({ key: { ...key.private_jwk }, format: "jwk" })
    privateKeyObjects.set(key, made)
  }
  return made
}

const publicKeyOf = (key: SigningKey): KeyObject => {
  let made = publicKeyObjects.get(key)
  if (made === undefined) {
    made = createPublicKey({ key: { ...key.public_jwk }, format: "jwk" })
    publicKeyObjects.set(key, made)
  }
  return made
}

/** Makes a fresh RS256 key pair (RSA-2048, e = 65537) with a random key id, off the main thread. */
export const generateSigningKey: Effect.Effect<SigningKey> = Effect.async<SigningKey>((resume) => {
  generateKeyPair("rsa", { modulusLength: 2048, publicExponent: 0x10001 }, (error, publicKey, privateKey) => {
    if (error !== null) return resume(Effect.die(error))
    const kid = `jwk-test-${randomUUID()}`
    const key: SigningKey = {
      kid,
      private_jwk: { ...privateKey.export({ format: "jwk" }), kid, alg: "RS256" },
      // key_ops, x5c and x5tS256 are in Stytch's JWK schema; the emulator has no certificate chain.
      public_jwk: { ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig", key_ops: ["verify"], x5c: [], x5tS256: "" }
    }
    privateKeyObjects.set(key, privateKey)
    publicKeyObjects.set(key, publicKey)
    resume(Effect.succeed(key))
  })
})

/** The JWKS document of the public keys. */
export const jwks = (keys: ReadonlyArray<SigningKey>): { readonly keys: ReadonlyArray<JsonObject> } => ({
  keys: keys.map((key) => key.public_jwk)
})

const encodeSegment = (value: object): string => Buffer.from(JSON.stringify(value), "utf8").toString("base64url")

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
  return Effect.sync(() => {
    const custom = Object.fromEntries(Object.entries(claims.customClaims).filter(([name]) => !reservedClaims.has(name)))
    const header = encodeSegment({ alg: "RS256", kid: key.kid, typ: "JWT" })
    const payload = encodeSegment({
      ...custom,
      ...claims.stytchClaims,
      iss: `stytch.com/${claims.projectId}`,
      aud: [claims.projectId],
      sub: claims.subject,
      iat: claims.now,
      nbf: claims.now,
      exp: claims.now + jwtLifetimeSeconds,
      jti: `jwt-test-${randomUUID()}`
    })
    const signature = sign("sha256", Buffer.from(`${header}.${payload}`, "utf8"), privateKeyOf(key))
    return `${header}.${payload}.${signature.toString("base64url")}`
  })
}

const isRecord = (value: unknown): value is { readonly [name: string]: unknown } =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** base64url, unpadded, of a length some bytes can have. */
const base64url = /^[A-Za-z0-9_-]*$/
const segmentBytes = (segment: string): Buffer | undefined =>
  base64url.test(segment) && segment.length % 4 !== 1 ? Buffer.from(segment, "base64url") : undefined

const parseSegment = (segment: string): unknown => {
  const bytes = segmentBytes(segment)
  return bytes === undefined ? undefined : JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes))
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
): Effect.Effect<Option.Option<SessionJwtPayload>> =>
  Effect.sync(() => {
    try {
      const parts = jwt.split(".")
      const [head, body, signature] = parts
      if (parts.length !== 3 || head === undefined || body === undefined || signature === undefined) return Option.none()
      const header = parseSegment(head)
      // No JWS extensions (`crit`, unencoded payloads): the emulator issues none.
      if (!isRecord(header) || header["alg"] !== "RS256" || "crit" in header || "b64" in header) return Option.none()
      const key = keys.find((candidate) => candidate.kid === header["kid"])
      const signatureBytes = segmentBytes(signature)
      if (key === undefined || signatureBytes === undefined || segmentBytes(body) === undefined) return Option.none()
      if (!verify("sha256", Buffer.from(`${head}.${body}`, "utf8"), publicKeyOf(key), signatureBytes)) return Option.none()
      const claims = parseSegment(body)
      if (!isRecord(claims)) return Option.none()
      const audience = Array.isArray(claims["aud"]) ? claims["aud"] : [claims["aud"]]
      return claims["iss"] === `stytch.com/${projectId}` && audience.includes(projectId) ? Option.some(claims) : Option.none()
    } catch {
      return Option.none()
    }
  })
