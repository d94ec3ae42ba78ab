/**
 * A letter of a right-to-left script: the blocks Unicode gives that direction
 * by default (Hebrew, Arabic, Syriac, Thaana, N’Ko…, their presentation forms,
 * and the right-to-left ranges of plane 1), and the right-to-left mark.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Plain text set apart from what follows it, as `<bdi>` does in HTML, for
 * where there is no markup (a `<title>`): a title in a right-to-left script
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that it does
 * not turn the site's name after it around. Text without such letters is left
 * as it is (no invisible characters in every tab's title).
 *
 * `عنوان` → `\u2068عنوان\u2069`; `Titre` → `Titre`.
 */
export function isolateBidi(text: string): string {
  return RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text;
}
