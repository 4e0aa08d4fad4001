// Interim strength check until src/emulator/strength/ lands: default zxcvbn-ts on the first 64 characters.
import { ZxcvbnFactory } from "@zxcvbn-ts/core"
import * as common from "@zxcvbn-ts/language-common"
import * as en from "@zxcvbn-ts/language-en"

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations
})

const breached = new Set<string>(common.dictionary['passwords-common'])

export const checkStrength = (
  password: string,
  options: { readonly policy: { readonly kind: "zxcvbn" } | { readonly kind: "luds"; readonly min_length: number; readonly min_complexity: number }; readonly userInputs?: ReadonlyArray<string> }
) => {
  if (options.policy.kind === "luds") {
    const has_lower_case = /[a-z]/.test(password)
    const has_upper_case = /[A-Z]/.test(password)
    const has_digit = /[0-9]/.test(password)
    const has_symbol = /[^a-zA-Z0-9]/.test(password)
    const classes = [has_lower_case, has_upper_case, has_digit, has_symbol].filter(Boolean).length
    const missing_complexity = Math.max(0, options.policy.min_complexity - classes)
    const missing_characters = Math.max(0, options.policy.min_length - password.length)
    const valid = missing_complexity === 0 && missing_characters === 0
    return { score: valid ? 4 : 0, valid_password: valid, warning: "", suggestions: [] as ReadonlyArray<string>, luds_requirements: { has_lower_case, has_upper_case, has_digit, has_symbol, missing_complexity, missing_characters } }
  }
  const result = zxcvbn.check(password.slice(0, 64), [...(options.userInputs ?? [])])
  return { score: result.score, valid_password: result.score >= 3, warning: result.feedback.warning ?? "", suggestions: result.feedback.suggestions, luds_requirements: undefined }
}

export const isCommonBreachedPassword = (password: string): boolean => breached.has(password)
