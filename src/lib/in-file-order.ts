/**
 * A collection's entries in the order of its file, without the `position`
 * the loader gave each (see src/content.config.ts: Astro's data store hands
 * entries back sorted by id).
 */
export function inFileOrder<T extends { position: number }>(entries: readonly { data: T }[]): Omit<T, 'position'>[] {
  return [...entries]
    .sort((a, b) => a.data.position - b.data.position)
    .map(({ data: { position: _position, ...data } }) => data);
}
