/** `Map.groupBy` (ES2024; the shared TypeScript lib is ES2023): items by key, in their order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const itemKey = key(item);
    const group = groups.get(itemKey);
    if (group) {
      group.push(item);
    } else {
      groups.set(itemKey, [item]);
    }
  }
  return groups;
}
