/**
 * The least `k` from `from` to `to` for which `holds(k)` is true, given that
 * it stays true for every larger `k` (a quote made longer stands in as few
 * places or fewer); `undefined` when it holds for none. Found by halving:
 * a capture pasted twice makes every quote of a passage non-unique up to
 * its whole length, and trying each length in turn would take the square
 * of the passage's length.
 */
export function fewestWords(from: number, to: number, holds: (k: number) => boolean): number | undefined {
  if (from > to || !holds(to)) return undefined;
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
