import { type Matcher, MatcherBaseClass, type MatchOptions, type MatchExtended, type Options } from "@zxcvbn-ts/core"
import { estimateDictionaryMatch, type EstimatedDictionaryMatch } from "./dictionaryGuesses.js"
import { dictionaryIndexes, userDictionaryIndex } from "./dictionaryIndex.js"
import { scanDictionaries, type ScanTarget, scanTarget } from "./dictionaryScan.js"
import { dropDominated, fewestGuessesBySpan } from "./dominated.js"
import { dictionaryFeedback, repeatFeedback, wordSequenceFeedback } from "./feedback.js"
import { scanL33t } from "./l33tScan.js"
import { type L33tVariant, l33tVariants } from "./l33tVariants.js"
import { repeatMatches } from "./repeatMatching.js"
import { scanReversed } from "./reverseScan.js"
import { wordSequences } from "./wordSequences.js"

const targetFor = (options: Options, { userInputsOptions }: MatchOptions): ScanTarget =>
  scanTarget(dictionaryIndexes(options).all, userDictionaryIndex(userInputsOptions))

// The forward matches, estimated. The l33t and reversed matchers need them
// too (zxcvbn-ts considers forward matches first, so they set the bar), and
// all three run one after another on the same text: keep the last result.
const forwardMatchesMemo = () => {
  let last: { options: MatchOptions; password: string; matches: Array<EstimatedDictionaryMatch> } | undefined
  return (zxcvbnOptions: Options, options: MatchOptions): Array<EstimatedDictionaryMatch> => {
    if (last !== undefined && last.password === options.password && last.options.userInputsOptions === options.userInputsOptions) {
      return last.matches
    }
    const { password } = options
    const matches = scanDictionaries(password, targetFor(zxcvbnOptions, options)).map((match) =>
      estimateDictionaryMatch(match, password)
    )
    last = { options, password, matches }
    return matches
  }
}

/**
 * What zxcvbn-ts hands its matchers: its options and its "omni" matcher,
 * which runs every matcher (built-in and ours) and sorts the matches. Its
 * repeat matcher uses it for the repeated part; we use it to run the
 * matching stage alone (see {@link makeFastMatchers}).
 *
 * @example
 * ```ts
 * const seen: MatchingHandle = { options: undefined, omniMatch: undefined }
 * ```
 * @since 0.1.0
 */
export interface MatchingHandle {
  options: Options | undefined
  omniMatch: MatchOptions["omniMatch"] | undefined
}

// The un-l33ted candidates, needed by the l33t and word-sequence matchers
// for the same text: keep the last list.
const variantsMemo = () => {
  let last: { password: string; variants: ReadonlyArray<L33tVariant> } | undefined
  return (password: string, options: Options): ReadonlyArray<L33tVariant> => {
    if (last?.password !== password) {
      last = { password, variants: l33tVariants(password, options.l33tMaxSubstitutions, options.trieNodeRoot) }
    }
    return last.variants
  }
}

const matchingClasses = (handle: MatchingHandle) => {
  const forwardMatches = forwardMatchesMemo()
  const variants = variantsMemo()

  class DictionaryMatching extends MatcherBaseClass {
    match(options: MatchOptions): Array<MatchExtended> {
      handle.options = this.options
      handle.omniMatch = options.omniMatch
      return dropDominated(forwardMatches(this.options, options))
    }
  }

  class L33tMatching extends MatcherBaseClass {
    match(options: MatchOptions): Array<MatchExtended> {
      const { password } = options
      const l33t = scanL33t(password, targetFor(this.options, options), variants(password, this.options))
      const floor = fewestGuessesBySpan(forwardMatches(this.options, options))
      return dropDominated(l33t.map((match) => estimateDictionaryMatch(match, password)), floor)
    }
  }

  class ReverseMatching extends MatcherBaseClass {
    match(options: MatchOptions): Array<MatchExtended> {
      const { password } = options
      const reversed = scanReversed(password, targetFor(this.options, options))
      const floor = fewestGuessesBySpan(forwardMatches(this.options, options))
      return dropDominated(reversed.map((match) => estimateDictionaryMatch(match, password)), floor)
    }
  }

  // zxcvbn-ts's word sequences ignore user inputs: only the word-sequence lists.
  class WordSequenceMatching extends MatcherBaseClass {
    match({ password }: MatchOptions): Array<MatchExtended> {
      const target = scanTarget(dictionaryIndexes(this.options).wordSequence, undefined)
      return wordSequences(password, [
        ...scanDictionaries(password, target),
        ...scanL33t(password, target, variants(password, this.options)),
        ...scanReversed(password, target)
      ])
    }
  }

  class RepeatMatching extends MatcherBaseClass {
    match(options: MatchOptions): Array<MatchExtended> {
      return repeatMatches(options, this.options)
    }
  }

  return { DictionaryMatching, L33tMatching, RepeatMatching, ReverseMatching, WordSequenceMatching }
}

// Never consulted: zxcvbn-ts scores built-in pattern names ("dictionary",
// "repeat", "wordSequence") itself; the library merely requires a function.
const builtInScoring = (): number => 0
const noFeedback = () => null

/**
 * Drop-in replacements for zxcvbn-ts's dictionary-based matchers and its
 * repeat matcher, registered under the built-in names so they take their
 * place. They find exactly the same matches, much faster:
 * - a window is only extended while a dictionary word can still start with
 *   it, instead of 23 windows × 20 dictionaries per position;
 * - l33t candidates (up to 100) share the work their common text allows;
 * - dictionary matches arrive with zxcvbn-ts's own guess estimate, and
 *   matches its search is sure to skip (dominated on the same span) are
 *   left out;
 * - a repeated part is scored with our search instead of zxcvbn-ts's.
 * Use one set per factory: the matchers share one-entry caches. Once the
 * factory has checked any password, `handle` holds its options and its
 * matching stage.
 *
 * @example
 * ```ts
 * import { ZxcvbnFactory } from "@zxcvbn-ts/core"
 * const fast = new ZxcvbnFactory(defaultZxcvbnOptions(), makeFastMatchers())
 * ```
 * @since 0.1.0
 */
export const makeFastMatchers = (
  handle: MatchingHandle = { options: undefined, omniMatch: undefined }
): Record<string, Matcher> => {
  const { DictionaryMatching, L33tMatching, RepeatMatching, ReverseMatching, WordSequenceMatching } = matchingClasses(handle)
  return {
    dictionary: { Matching: DictionaryMatching, feedback: dictionaryFeedback, scoring: builtInScoring },
    dictionaryL33t: { Matching: L33tMatching, feedback: noFeedback, scoring: builtInScoring },
    dictionaryReverse: { Matching: ReverseMatching, feedback: noFeedback, scoring: builtInScoring },
    repeat: { Matching: RepeatMatching, feedback: repeatFeedback, scoring: builtInScoring },
    wordSequence: { Matching: WordSequenceMatching, feedback: wordSequenceFeedback, scoring: builtInScoring }
  }
}
