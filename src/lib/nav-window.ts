/**
 * The sources the navigation lists: all of them in a small dossier; in a large
 * one, a fixed number around the current source (or the latest ones), so that
 * every page stays the same size however many sources the dossier has.
 *
 * `sources` are in order of publication. Returns the slice to list and how
 * many are left out before and after it.
 */
export function navWindow<T extends { id: string }>(
  sources: readonly T[],
  current: string | undefined,
  limit: number,
): { shown: readonly T[]; before: number; after: number } {
  if (sources.length <= limit) return { shown: sources, before: 0, after: 0 };
  const index = current === undefined ? -1 : sources.findIndex((source) => source.id === current);
  const start =
    index === -1
      ? sources.length - limit
      : Math.min(Math.max(index - Math.floor(limit / 2), 0), sources.length - limit);
  return { shown: sources.slice(start, start + limit), before: start, after: sources.length - start - limit };
}
