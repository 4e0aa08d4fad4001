/**
 * The identifiers a call names in its path or query string: a user, a password, a member,
 * a project. Each is a non-empty string, checked before anything is sent; the client
 * percent-encodes it into the URL, and `.` and `..` (which would change the path) are refused.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ErrorTypeId } from "./fields.js"

/**
 * The user a call is about: its id (`user-test-...`), or its external id when it has one, as
 * Stytch accepts both. Never empty.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserIdInput } from "effect4-stytch"
 * Schema.is(UserIdInput)("user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6") // true
 * Schema.is(UserIdInput)("") // false
 * ```
 * @since 0.1.0
 */
export const UserIdInput = Schema.NonEmptyString.annotate({
  description: "a user id or external id",
  expected: "a user id or external id",
  [ErrorTypeId]: "invalid_user_id"
})

/**
 * A password's id (`password-test-...`), as `user.password.password_id` gives it. Never empty.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PasswordIdInput } from "effect4-stytch"
 * Schema.is(PasswordIdInput)("password-test-b8c1e3f1-5c36-4d88-a3b3-5a9a1ec8ed8c") // true
 * ```
 * @since 0.1.0
 */
export const PasswordIdInput = Schema.NonEmptyString.annotate({
  description: "a password id",
  expected: "a password id",
  [ErrorTypeId]: "invalid_password_id"
})

/**
 * The B2B member a call is about: its id (`member-test-...`), or its external id when it has
 * one. Never empty.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberIdInput } from "effect4-stytch"
 * Schema.is(MemberIdInput)("member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f") // true
 * ```
 * @since 0.1.0
 */
export const MemberIdInput = Schema.NonEmptyString.annotate({
  description: "a member id or external id",
  expected: "a member id or external id"
})

/**
 * A project's id (`project-test-...`), as the JWKS calls name it. Never empty.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ProjectIdInput } from "effect4-stytch"
 * Schema.is(ProjectIdInput)("project-test-00000000-0000-4000-8000-000000000000") // true
 * ```
 * @since 0.1.0
 */
export const ProjectIdInput = Schema.NonEmptyString.annotate({ description: "a project id", expected: "a project id" })
