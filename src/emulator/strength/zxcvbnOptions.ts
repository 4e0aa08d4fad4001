import type { OptionsType } from "@zxcvbn-ts/core"
import * as zxcvbnCommon from "@zxcvbn-ts/language-common"
import * as zxcvbnEn from "@zxcvbn-ts/language-en"

/**
 * The zxcvbn-ts configuration Stytch's `zxcvbn` policy is modelled on: the
 * common + English dictionaries, the common keyboard graphs and the English
 * feedback strings, every other option left at its default. Both our fast
 * checker and the reference checker used in tests/benchmarks start from it.
 *
 * @example
 * ```ts
 * import { ZxcvbnFactory } from "@zxcvbn-ts/core"
 * const reference = new ZxcvbnFactory(defaultZxcvbnOptions())
 * reference.check("correcthorse").score // 1
 * ```
 * @since 0.1.0
 */
export const defaultZxcvbnOptions = (): OptionsType => ({
  dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
  graphs: zxcvbnCommon.adjacencyGraphs,
  translations: zxcvbnEn.translations
})
