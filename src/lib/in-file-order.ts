/**
 * A collection's entries in the order of its file, without the `fileOrder`
 * the loader gave each (see src/content.config.ts: Astro's data store hands
 * entries back sorted by id).
 */
export function inFileOrder<T extends { fileOrder: number }>(entries: readonly { data: T }[]): Omit<T, 'fileOrder'>[] {
  return [...entries]
    .sort((a, b) => a.data.fileOrder - b.data.fileOrder)
    .map(({ data: { fileOrder: _fileOrder, ...data } }) => data);
}
