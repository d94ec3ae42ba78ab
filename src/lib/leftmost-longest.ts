/**
 * Keeps, of overlapping spans, the one that starts first and, among those,
 * the longest: how finders settle « OpenAI LP » over « OpenAI », or a date
 * « Lundi 10 février 2025 » over « 10 février ». Returns them in text order.
 */
export function leftmostLongest<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let taken = 0;
  for (const span of sorted) {
    if (span.start < taken) continue;
    kept.push(span);
    taken = span.end;
  }
  return kept;
}
