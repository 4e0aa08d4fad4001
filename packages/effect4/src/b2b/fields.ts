/**
 * Request fields of the B2B API, with the checks Stytch applies to them, so a bad value
 * fails before anything is sent.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ErrorTypeId } from "../models/fields.js"

/**
 * The organization a call is about: its id (`organization-test-...`), its slug or its
 * external id, as Stytch accepts all three. Never empty.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OrganizationIdInput } from "effect4-stytch"
 * Schema.is(OrganizationIdInput)("acme") // true
 * Schema.is(OrganizationIdInput)("") // false
 * ```
 * @since 0.1.0
 */
export const OrganizationIdInput = Schema.String.check(
  Schema.isMinLength(1, {
    description: "an organization id, slug or external id",
    [ErrorTypeId]: "invalid_organization_id"
  })
)

/**
 * An intermediate session token, as returned by a B2B call that stopped before a session
 * (MFA or another primary factor pending). Never empty.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { IntermediateSessionTokenInput } from "effect4-stytch"
 * Schema.is(IntermediateSessionTokenInput)("") // false
 * ```
 * @since 0.1.0
 */
export const IntermediateSessionTokenInput = Schema.String.check(
  Schema.isMinLength(1, {
    description: "an intermediate session token",
    [ErrorTypeId]: "intermediate_session_not_found"
  })
)

/**
 * The language of an email or SMS Stytch sends: `"en"`, `"es"`, `"pt-br"`, `"fr"`. Kept an
 * open string, like the consumer `locale`, so a language Stytch adds can be used at once;
 * Stytch answers an unsupported one with `invalid_locale`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Locale } from "effect4-stytch"
 * Schema.is(Locale)("pt-br") // true
 * ```
 * @since 0.1.0
 */
export const Locale = Schema.String.annotate({ description: 'a language tag: "en", "es", "pt-br", "fr"' })
