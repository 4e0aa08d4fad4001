/**
 * Device fingerprinting results returned as `user_device` when the request carried a
 * `telemetry_id`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const DeviceAttributeDetailsFields = {
  is_new: Schema.Boolean,
  /** RFC 3339. */
  first_seen_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  last_seen_at: Schema.optional(Schema.String)
}

/**
 * Whether one device attribute (visitor id, IP address, country) is new for the user, and
 * when it was first and last seen (RFC 3339).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { DeviceAttributeDetails } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(DeviceAttributeDetails)({
 *   is_new: false, first_seen_at: "2024-01-01T00:00:00Z", last_seen_at: "2024-05-01T12:00:00Z"
 * })
 * ```
 * @since 0.1.0
 */
export const DeviceAttributeDetails: Schema.Codec<DeviceAttributeDetails, DeviceAttributeDetailsEncoded> = Schema.Struct(DeviceAttributeDetailsFields).annotate({ identifier: "DeviceAttributeDetails" })

/**
 * @example
 * ```ts
 * import type { DeviceAttributeDetails } from "effect4-stytch"
 * const isNew = (d: DeviceAttributeDetails | undefined) => d?.is_new === true
 * ```
 * @since 0.1.0
 */
export interface DeviceAttributeDetails extends Schema.Struct.Type<typeof DeviceAttributeDetailsFields> {}

/**
 * `DeviceAttributeDetails` as JSON, before decoding: what `Schema.encodeSync(DeviceAttributeDetails)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { DeviceAttributeDetails, type DeviceAttributeDetailsEncoded } from "effect4-stytch"
 * const toJson = (value: DeviceAttributeDetails): DeviceAttributeDetailsEncoded => Schema.encodeSync(DeviceAttributeDetails)(value)
 * ```
 * @since 0.1.0
 */
export type DeviceAttributeDetailsEncoded = Schema.Struct.Encoded<typeof DeviceAttributeDetailsFields>

const DeviceInfoFields = {
  visitor_id: Schema.String,
  visitor_id_details: Schema.optional(DeviceAttributeDetails),
  ip_address: Schema.optional(Schema.String),
  ip_address_details: Schema.optional(DeviceAttributeDetails),
  ip_geo_city: Schema.optional(Schema.String),
  ip_geo_region: Schema.optional(Schema.String),
  /** ISO 3166-1 alpha-2 country code. */
  ip_geo_country: Schema.optional(Schema.String),
  ip_geo_country_details: Schema.optional(DeviceAttributeDetails)
}

/**
 * The device a request came from: its visitor id and IP geolocation, each with details.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { DeviceInfo } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(DeviceInfo)({
 *   visitor_id: "visitor-test-1", visitor_id_details: { is_new: true },
 *   ip_address: "203.0.113.7", ip_geo_country: "US"
 * })
 * ```
 * @since 0.1.0
 */
export const DeviceInfo: Schema.Codec<DeviceInfo, DeviceInfoEncoded> = Schema.Struct(DeviceInfoFields).annotate({ identifier: "DeviceInfo" })

/**
 * @example
 * ```ts
 * import type { DeviceInfo } from "effect4-stytch"
 * const newDevice = (d: DeviceInfo) => d.visitor_id_details?.is_new === true
 * ```
 * @since 0.1.0
 */
export interface DeviceInfo extends Schema.Struct.Type<typeof DeviceInfoFields> {}

/**
 * `DeviceInfo` as JSON, before decoding: what `Schema.encodeSync(DeviceInfo)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { DeviceInfo, type DeviceInfoEncoded } from "effect4-stytch"
 * const toJson = (value: DeviceInfo): DeviceInfoEncoded => Schema.encodeSync(DeviceInfo)(value)
 * ```
 * @since 0.1.0
 */
export type DeviceInfoEncoded = Schema.Struct.Encoded<typeof DeviceInfoFields>
