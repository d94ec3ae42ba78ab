/** An editor's note anchored to `[start, end)` of a block's text. */
export interface AnchoredNote {
  block: string;
  start: number;
  end: number;
  /** The note's number, in reading order. */
  n: number;
  body: string;
}
