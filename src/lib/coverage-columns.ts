/**
 * The coverage table (/couverture/) has one page per this many events
 * (/couverture/, /couverture/2/…) and a column per source up to this many
 * sources: a table of every event by every source grows as their product (at
 * 5,000 sources its HTML no longer fit in a string); each page of it stays bounded.
 */
export const COVERAGE_EVENTS_PER_PAGE = 25;
export const COVERAGE_SOURCE_COLUMNS = 30;

/**
 * The sources that get a column in one page of the coverage table: all of
 * them while there are few enough to read side by side; beyond that, only
 * those that report at least one of the page's events (in publication order),
 * so that a page's size follows its events, not the whole dossier.
 */
export function coverageColumns<S extends { id: string }>(
  events: readonly { citations: readonly { source: string }[] }[],
  sources: readonly S[],
  limit: number,
): readonly S[] {
  if (sources.length <= limit) return sources;
  const reporting = new Set(events.flatMap((event) => event.citations.map((citation) => citation.source)));
  return sources.filter((source) => reporting.has(source.id));
}
