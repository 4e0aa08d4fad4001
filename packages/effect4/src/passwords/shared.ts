/**
 * Response fields the consumer Passwords endpoints share.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { DeviceInfo } from "../models/Device.js"
import { OptionalToken } from "../models/fields.js"
import { Session } from "../models/Session.js"
import { User } from "../models/User.js"

/**
 * Every response has a request id and repeats its HTTP status.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ResponseEnvelope } from "effect4-stytch"
 * const Pong = Schema.Struct({ ...ResponseEnvelope })
 * ```
 * @since 0.1.0
 */
export const ResponseEnvelope = {
  request_id: Schema.String,
  status_code: Schema.Number
}

/**
 * The answer of a call that authenticates a user: the user, and the session when one was
 * made or extended. `session_token` and `session_jwt` are `Option.none()` when no session
 * was made (Stytch sends empty strings), and `session` is absent.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthenticatedUserFields } from "effect4-stytch"
 * const MyResponse = Schema.Struct(AuthenticatedUserFields)
 * ```
 * @since 0.1.0
 */
export const AuthenticatedUserFields = {
  ...ResponseEnvelope,
  user_id: Schema.String,
  user: User,
  session_token: OptionalToken,
  session_jwt: OptionalToken,
  session: Schema.optional(Session),
  user_device: Schema.optional(DeviceInfo)
}

/**
 * The verdict of a strength check, shared by consumer and B2B (each adds its own feedback
 * field: `feedback`, or `luds_feedback` and `zxcvbn_feedback`).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { StrengthVerdictFields } from "effect4-stytch"
 * const MyCheck = Schema.Struct(StrengthVerdictFields)
 * ```
 * @since 0.1.0
 */
export const StrengthVerdictFields = {
  ...ResponseEnvelope,
  valid_password: Schema.Boolean,
  score: Schema.Number,
  breached_password: Schema.Boolean,
  /** `"zxcvbn"` or `"luds"` (other values decode as they are). */
  strength_policy: Schema.String,
  breach_detection_on_create: Schema.Boolean
}
