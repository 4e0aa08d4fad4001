/**
 * `POST /v1/passwords`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import { BreachedPassword, DuplicateEmail, InvalidEmail, WeakPassword } from "../errors/PasswordErrors.js"
import { MetadataInvalidFormat } from "../errors/MigrateErrors.js"
import { CustomClaimsTooLarge, InvalidSessionDurationMinutes } from "../errors/SessionErrors.js"
import { EmailInput, Metadata, SessionCustomClaims, SessionDurationMinutes } from "../models/fields.js"
import { PasswordInput } from "../models/Secret.js"
import { Name } from "../models/User.js"
import { AuthenticatedUserFields } from "./shared.js"

/**
 * Creates a user with an email and a password that passes the project's strength policy,
 * and a session when `session_duration_minutes` is given.
 *
 * @example
 * ```ts
 * const { user_id, session_token } = yield* passwords.create({
 *   email: "ada@example.com",
 *   password: Redacted.make("correct horse battery staple"),
 *   session_duration_minutes: 60
 * })
 * ```
 * @since 0.1.0
 */
export const Create = Endpoint.make({
  name: "passwords.create",
  path: "/v1/passwords",
  request: Schema.Struct({
    email: EmailInput,
    password: PasswordInput,
    session_duration_minutes: Schema.optional(SessionDurationMinutes),
    session_custom_claims: Schema.optional(SessionCustomClaims),
    trusted_metadata: Schema.optional(Metadata),
    untrusted_metadata: Schema.optional(Metadata),
    name: Schema.optional(Name),
    telemetry_id: Schema.optional(Schema.String)
  }),
  response: Schema.Struct({ ...AuthenticatedUserFields, email_id: Schema.String }),
  errors: [DuplicateEmail, WeakPassword, BreachedPassword, InvalidEmail, InvalidSessionDurationMinutes, CustomClaimsTooLarge, MetadataInvalidFormat],
  retrySafe: false
})
