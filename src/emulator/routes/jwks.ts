/**
 * The JWKS routes, consumer and B2B, derived from their endpoint descriptions: served without
 * Basic auth, as Stytch serves them, and only for the project the emulator serves.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type { Jwk } from "../../models/Jwks.js"
import type { SessionsGetJWKS } from "../../sessions/getJWKS.js"
import type { B2BSessionsGetJWKS } from "../../b2b/sessions/getJWKS.js"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { stytchError } from "../EmulatorError.js"
import { type Route, endpointRoute } from "../http/route.js"
import type { SigningKey } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"

const text = (value: unknown, fallback: string): string => (typeof value === "string" ? value : fallback)
const texts = (value: unknown, fallback: ReadonlyArray<string>): ReadonlyArray<string> =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? value : fallback

/** A signing key's public half as the JWKS shows it (a key imported without Stytch's extra fields gets their defaults). */
const jwkView = (key: SigningKey): Jwk => {
  const jwk = key.public_jwk
  return {
    kty: text(jwk["kty"], "RSA"),
    use: text(jwk["use"], "sig"),
    key_ops: texts(jwk["key_ops"], ["verify"]),
    alg: text(jwk["alg"], "RS256"),
    kid: text(jwk["kid"], key.kid),
    x5c: texts(jwk["x5c"], []),
    x5tS256: text(jwk["x5tS256"], ""),
    n: text(jwk["n"], ""),
    e: text(jwk["e"], "")
  }
}

/**
 * The route of a JWKS endpoint. Another project's id is answered 404 `project_not_found`
 * before the request is read, as an unknown project is no route of this emulator (the
 * endpoint declares no errors of its own).
 *
 * @example
 * ```ts
 * import { Sessions } from "../../sessions/Sessions.js"
 * import { jwksRoute } from "./jwks.js"
 *
 * const route = jwksRoute(Sessions.endpoints.getJWKS) // GET /v1/sessions/jwks/{project_id}, no Basic auth
 * ```
 */
export const jwksRoute = (endpoint: typeof SessionsGetJWKS | typeof B2BSessionsGetJWKS): Route => {
  const route = endpointRoute(
    endpoint,
    () => Effect.flatMap(EmulatorStore, (store) => Effect.map(store.signingKeys, (keys) => ({ keys: keys.map(jwkView) }))),
    { authenticated: false }
  )
  return {
    ...route,
    handle: (body, context) =>
      Effect.flatMap(EmulatorConfig, (config) => {
        const projectId = context.params["project_id"] ?? ""
        return projectId === config.projectId
          ? route.handle(body, context)
          : stytchError(404, "project_not_found", `project_id: ${projectId === "" ? "no project was named" : "no project has this id"}.`)
      })
  }
}
