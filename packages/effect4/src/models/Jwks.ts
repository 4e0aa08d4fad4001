/**
 * The JSON Web Key Set that verifies session JWTs, as the JWKS calls return it.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const JwkFields = {
  /** `"RSA"`. */
  kty: Schema.String,
  /** `"sig"`. */
  use: Schema.String,
  key_ops: Schema.Array(Schema.String),
  /** `"RS256"`. */
  alg: Schema.String,
  /** The key id a JWT's header names. */
  kid: Schema.String,
  x5c: Schema.Array(Schema.String),
  x5tS256: Schema.String,
  /** The RSA modulus, base64url. */
  n: Schema.String,
  /** The RSA exponent, base64url. */
  e: Schema.String
}

/**
 * One public key of the project's JWKS: every field Stytch sends, so it can be handed to a
 * JWT library as it is (`jose.createLocalJWKSet({ keys })`).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Jwk } from "effect4-stytch"
 *
 * const key = Schema.decodeUnknownSync(Jwk)({
 *   kty: "RSA", use: "sig", key_ops: ["verify"], alg: "RS256", kid: "jwk-test-1",
 *   x5c: [], x5tS256: "", n: "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw", e: "AQAB"
 * })
 * ```
 * @since 0.1.0
 */
export const Jwk: Schema.Codec<Jwk, JwkEncoded> = Schema.Struct(JwkFields).annotate({ identifier: "Jwk" })

/**
 * @example
 * ```ts
 * import type { Jwk } from "effect4-stytch"
 * const keyFor = (keys: ReadonlyArray<Jwk>, kid: string) => keys.find((key) => key.kid === kid)
 * ```
 * @since 0.1.0
 */
export interface Jwk extends Schema.Struct.Type<typeof JwkFields> {}

/**
 * `Jwk` as JSON, before decoding: what `Schema.encodeSync(Jwk)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Jwk, type JwkEncoded } from "effect4-stytch"
 * const toJson = (value: Jwk): JwkEncoded => Schema.encodeSync(Jwk)(value)
 * ```
 * @since 0.1.0
 */
export type JwkEncoded = Schema.Struct.Encoded<typeof JwkFields>
