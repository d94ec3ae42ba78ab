import { formatDate, undatedWithin, type EventDates } from './format-date.ts';

/** A run of consecutive timeline events under one heading. */
export interface TimelinePeriod<T> {
  /** For the heading's id: « 2025 », or « avant-2025 » for the events dated only within years, up to 2025. */
  id: string;
  /** The heading: « 2025 », or « Dates incertaines, au plus tard le 10 février 2025 ». */
  label: string;
  events: T[];
}

/**
 * The timeline's events under year headings, in their order. The events the
 * sources date only within years (« entre 2015 et le 10 février 2025 ») come
 * first in the year of their last possible day (see eventKey in
 * assemble-dossier.ts), under a heading of their own that says so: filed
 * under 2015, or under 2025, they would say more than the sources.
 */
export function timelinePeriods<T extends EventDates>(events: readonly T[]): TimelinePeriod<T>[] {
  const periods: TimelinePeriod<T>[] = [];
  for (const event of events) {
    const until = undatedWithin(event);
    const id = until ? `avant-${until}` : (event.notBefore ?? event.date).slice(0, 4);
    const current = periods.at(-1);
    if (current?.id === id) current.events.push(event);
    else periods.push({ id, label: id, events: [event] });
  }
  for (const period of periods) {
    if (!period.id.startsWith('avant-')) continue;
    const last = new Set(period.events.map((event) => event.notAfter!));
    const dates = period.events.length > 1 ? 'Dates incertaines' : 'Date incertaine';
    period.label =
      last.size === 1
        ? `${dates}, au plus tard le ${formatDate([...last][0]!, { weekday: false })}`
        : `${dates}, au plus tard en ${period.id.slice('avant-'.length)}`;
  }
  return periods;
}
