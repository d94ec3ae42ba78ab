/** A run of consecutive timeline events under one heading. */
export interface TimelinePeriod<T> {
  /** For the heading's id: « 2025 », or « 2015-2025 » for events that may fall in any of those years. */
  id: string;
  /** The heading: « 2025 », or « Entre 2015 et 2025 ». */
  label: string;
  events: T[];
}

/**
 * The timeline's events under year headings, in their order. An event whose
 * bounds span several years is not filed under its first year (« 2015 » would
 * say more than the sources): it goes under « Entre 2015 et 2025 », with the
 * next events that span the same years.
 */
export function timelinePeriods<T extends { date: string; notBefore?: string | undefined; notAfter?: string | undefined }>(
  events: readonly T[],
): TimelinePeriod<T>[] {
  const periods: TimelinePeriod<T>[] = [];
  for (const event of events) {
    const first = (event.notBefore ?? event.date).slice(0, 4);
    const last = (event.notAfter ?? event.date).slice(0, 4);
    const id = first === last ? first : `${first}-${last}`;
    const current = periods.at(-1);
    if (current?.id === id) current.events.push(event);
    else periods.push({ id, label: first === last ? first : `Entre ${first} et ${last}`, events: [event] });
  }
  return periods;
}
