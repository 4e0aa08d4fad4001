import type { StrengthPolicy } from "./types.js"

/**
 * Stytch's LUDS defaults: at least 8 characters from at least 3 classes.
 *
 * @example
 * ```ts
 * import { DEFAULT_LUDS_MIN_LENGTH, ludsPolicy } from "./policy.js"
 *
 * DEFAULT_LUDS_MIN_LENGTH // 8
 * ludsPolicy() // { kind: "luds", min_length: 8, min_complexity: 3 }
 * ```
 * @since 0.1.0
 */
export const DEFAULT_LUDS_MIN_LENGTH = 8

/**
 * See {@link DEFAULT_LUDS_MIN_LENGTH}.
 *
 * @example
 * ```ts
 * import { DEFAULT_LUDS_MIN_COMPLEXITY, ludsPolicy } from "./policy.js"
 *
 * DEFAULT_LUDS_MIN_COMPLEXITY // 3
 * ludsPolicy() // { kind: "luds", min_length: 8, min_complexity: 3 }
 * ```
 * @since 0.1.0
 */
export const DEFAULT_LUDS_MIN_COMPLEXITY = 3

/**
 * The default policy: zxcvbn, valid from a score of 3.
 *
 * @example
 * ```ts
 * import { checkStrength } from "./checkStrength.js"
 * import { zxcvbnPolicy } from "./policy.js"
 *
 * checkStrength("hunter2", { policy: zxcvbnPolicy }).valid_password // false
 * ```
 * @since 0.1.0
 */
export const zxcvbnPolicy: StrengthPolicy = { kind: "zxcvbn" }

/**
 * A LUDS policy, Stytch's defaults filling what is not given.
 *
 * @example
 * ```ts
 * import { ludsPolicy } from "./policy.js"
 *
 * ludsPolicy({ min_length: 12 }) // { kind: "luds", min_length: 12, min_complexity: 3 }
 * ```
 * @since 0.1.0
 */
export const ludsPolicy = (
  settings: { readonly min_length?: number; readonly min_complexity?: number } = {}
): StrengthPolicy => ({
  kind: "luds",
  min_length: settings.min_length ?? DEFAULT_LUDS_MIN_LENGTH,
  min_complexity: settings.min_complexity ?? DEFAULT_LUDS_MIN_COMPLEXITY
})
