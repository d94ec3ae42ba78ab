/**
 * What a search filter's value may not hold: Pagefind 1.5.2 looks a chosen
 * value up as its script writes it in JSON, escapes included (`Le \"Quotidien\"`
 * for `Le "Quotidien"`), so a value with " or \ (or a control character, which
 * JSON escapes too) is never found: its pill counts its pages and chooses none.
 * % is the escape character.
 */
const UNFINDABLE = /[%"\\\u0000-\u001F]/gu;

/**
 * A name (an outlet's) as the search index keeps it as a filter value, these
 * characters written %XX: `Le "Quotidien"` → `Le %22Quotidien%22`. The page
 * shows the name; fromFilterValue() gives it back for the filter's pill.
 */
export function toFilterValue(name: string): string {
  return name.replace(UNFINDABLE, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The name a filter value stands for (see toFilterValue): `Le %22Quotidien%22` → `Le "Quotidien"`. */
export function fromFilterValue(value: string): string {
  return value.replace(/%([0-9A-F]{2})/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
