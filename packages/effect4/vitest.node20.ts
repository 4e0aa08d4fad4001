/**
 * vitest 5 prints failures with `Map.groupBy` (Node 21+). This machine and CI run Node 20, where a
 * failing test would crash the reporter and hide its own error: add the two grouping functions
 * (ES2024) to the process that loads the config, where the reporters run.
 */
const groupInto = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, Array<V>> => {
  const groups = new Map<K, Array<V>>()
  let index = 0
  for (const item of items) {
    const group = key(item, index++)
    const members = groups.get(group)
    if (members === undefined) groups.set(group, [item])
    else members.push(item)
  }
  return groups
}

/** Adds `Map.groupBy` and `Object.groupBy` where they are missing (called by the configs: a bare import would be tree-shaken). */
export const addGroupBy = (): void => {
  if (!("groupBy" in Map)) Object.defineProperty(Map, "groupBy", { value: groupInto, writable: true, configurable: true })
  if (!("groupBy" in Object)) {
    const groupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) =>
      Object.assign(Object.create(null), Object.fromEntries(groupInto(items, (item, index) => String(key(item, index)))))
    Object.defineProperty(Object, "groupBy", { value: groupBy, writable: true, configurable: true })
  }
}
