/**
 * Who is asking: a stand-in for the package's HttpApi session middleware, with the same names
 * (`SessionAuth`, `CurrentSession`, `Unauthorized`), so moving to the package's middleware is
 * replacing this one file with a re-export.
 *
 * It reads the session from the `stytch_session` cookie (the session token), else the
 * `stytch_session_jwt` cookie, else an `Authorization: Bearer` header (a JWT or a token), and
 * checks it with `sessions.authenticate`. No session, or one Stytch no longer knows, is a 401.
 */
import { HttpApiMiddleware, HttpApiSchema, HttpServerRequest } from "@effect/platform"
import { Context, Effect, Layer, Option, Schema } from "effect"
import { type JsonObject, type Session, Sessions } from "effect-stytch"
import { sessionJwtCookie, sessionTokenCookie } from "./cookies.js"

/** The signed-in session of the request. */
export class CurrentSession extends Context.Tag("examples/web/CurrentSession")<
  CurrentSession,
  { readonly user_id: string; readonly session: Session; readonly custom_claims: JsonObject }
>() {}

/** No session, or not a live one. */
export class Unauthorized extends Schema.TaggedError<Unauthorized>()(
  "Unauthorized",
  { message: Schema.String },
  HttpApiSchema.annotations({ status: 401 })
) {}

/** Put on an endpoint (or a group) to require a session and provide {@link CurrentSession}. */
export class SessionAuth extends HttpApiMiddleware.Tag<SessionAuth>()("examples/web/SessionAuth", {
  failure: Unauthorized,
  provides: CurrentSession
}) {}

type Credential = { readonly session_token: string } | { readonly session_jwt: string }

/** A JWT has three dot-separated parts; a session token has none. */
const fromBearer = (value: string): Credential => (value.split(".").length === 3 ? { session_jwt: value } : { session_token: value })

const credentialOf = (request: HttpServerRequest.HttpServerRequest): Option.Option<Credential> => {
  const token = request.cookies[sessionTokenCookie]
  if (token) return Option.some({ session_token: token })
  const jwt = request.cookies[sessionJwtCookie]
  if (jwt) return Option.some({ session_jwt: jwt })
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers["authorization"] ?? "")?.[1]
  return bearer === undefined ? Option.none() : Option.some(fromBearer(bearer))
}

const refused = () => Effect.fail(new Unauthorized({ message: "not signed in, or the session has ended" }))

/** The middleware, on the Sessions service. */
export const SessionAuthLive = Layer.effect(
  SessionAuth,
  Effect.map(Sessions, (sessions) =>
    Effect.gen(function* () {
      const credential = credentialOf(yield* HttpServerRequest.HttpServerRequest)
      if (Option.isNone(credential)) return yield* refused()
      const { session } = yield* sessions.authenticate(credential.value).pipe(
        Effect.catchTags({
          SessionNotFound: refused,
          InvalidSessionToken: refused,
          UnableToParseSessionJwt: refused,
          NoSessionArguments: refused,
          StytchInvalidRequest: refused
        }),
        // Stytch unreachable or failing is not the visitor's fault: a 500, not a 401.
        Effect.catchAll((error) => (error instanceof Unauthorized ? Effect.fail(error) : Effect.die(error)))
      )
      return { user_id: session.user_id, session, custom_claims: session.custom_claims ?? {} }
    })
  )
)
