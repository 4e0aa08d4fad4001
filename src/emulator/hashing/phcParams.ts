/**
 * Reads a PHC parameter segment such as `m=65536,t=2,p=4`: every key in
 * `keys` exactly once, in any order, each a decimal integer, and nothing
 * else. Returns `undefined` for anything looser, so the caller picks the
 * error type.
 *
 * @example
 * readPhcParams("ln=17,r=8,p=1", ["ln", "r", "p"]) // { ln: 17, r: 8, p: 1 }
 * readPhcParams("ln=17,r=8", ["ln", "r", "p"]) // undefined
 */
export const readPhcParams = <K extends string>(
  segment: string,
  keys: ReadonlyArray<K>
): { readonly [Key in K]: number } | undefined => {
  const values = new Map<string, number>()
  for (const pair of segment.split(",")) {
    const [key = "", value = "", ...extra] = pair.split("=")
    if (extra.length > 0 || !keys.some((known) => known === key) || values.has(key) || !/^\d{1,10}$/.test(value)) {
      return undefined
    }
    values.set(key, Number(value))
  }
  if (values.size !== keys.length) return undefined
  const result: Partial<Record<K, number>> = {}
  for (const key of keys) result[key] = values.get(key)
  return isComplete(result, keys) ? result : undefined
}

const isComplete = <K extends string>(
  partial: Partial<Record<K, number>>,
  keys: ReadonlyArray<K>
): partial is Record<K, number> => keys.every((key) => typeof partial[key] === "number")
