const OPENER = /[\u202A\u202B\u202D\u202E\u2066-\u2068]/u;
const ISOLATE = /[\u2066-\u2068]/u;

/**
 * How many bidi controls of a text nothing pairs: an override, embedding or
 * isolate left open at the end, a PDF or PDI that closes nothing, and an
 * embedding a PDI closes for it. Line ends are not taken as paragraph ends: stricter.
 */
export function unpairedBidiControls(text: string): number {
  let unpaired = 0;
  const open: string[] = [];
  for (const char of text) {
    if (OPENER.test(char)) open.push(char);
    else if (char === '\u202C') {
      if (open.length > 0 && !ISOLATE.test(open.at(-1)!)) open.pop();
      else unpaired++;
    } else if (char === '\u2069') {
      if (!open.some((opener) => ISOLATE.test(opener))) unpaired++;
      else while (!ISOLATE.test(open.pop()!)) unpaired++;
    }
  }
  return unpaired + open.length;
}
