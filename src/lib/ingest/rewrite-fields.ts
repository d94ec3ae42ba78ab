import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { yamlComments } from './yaml-comments.ts';

interface Span {
  start: number;
  end: number;
}

export interface RewrittenFields {
  text: string;
  /** The comments that stood inside a field rewritten or deleted, now on lines of their own above it (or where it stood). */
  moved: { field: string; comments: string[] }[];
}

/** Where each top-level field of a YAML mapping stands: from its key to the end of its value, trailing line breaks left out. */
function fieldSpans(text: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  const contents = parseDocument(text).contents;
  if (!isMap(contents)) return spans;
  for (const pair of contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const start = pair.key.range[0];
    let end = (pair.value as Node | null)?.range?.[1] ?? pair.key.range[1];
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    spans.set(String(pair.key.value), { start, end });
  }
  return spans;
}

/**
 * `text` (a YAML mapping written one field a line, as a companion's front
 * matter) with each of `fields` written as `from` writes it, and every other
 * byte as it was: the fields not named, the comments between fields and
 * after values, blank lines. A field `text` lacks is inserted after the one
 * `from` puts before it; a field `from` lacks is deleted. A comment inside a
 * field rewritten or deleted (between the items of a list) moves, as it is,
 * to a line of its own above the field.
 *
 * `rewriteFields('# Vérifié\ntitle: "A" # sûr\nauthor: B', ['author'], 'title: "A"\nauthor: "C"')`
 * → `'# Vérifié\ntitle: "A" # sûr\nauthor: "C"'`
 */
export function rewriteFields(text: string, fields: readonly string[], from: string): RewrittenFields {
  const spans = fieldSpans(text);
  const wanted = fieldSpans(from);
  const order = [...wanted.keys()];
  const comments = yamlComments(text);
  const edits: (Span & { insert: string })[] = [];
  const moved: RewrittenFields['moved'] = [];
  const commentsIn = (field: string, span: Span) => {
    const inside = comments.filter((comment) => span.start <= comment.offset && comment.offset < span.end).map((comment) => comment.source);
    if (inside.length > 0) moved.push({ field, comments: inside });
    return inside.map((comment) => `${comment}\n`).join('');
  };
  const written = (field: string) => from.slice(wanted.get(field)!.start, wanted.get(field)!.end);

  const deleted = new Set(fields.filter((field) => spans.has(field) && !wanted.has(field)));
  for (const field of fields) {
    const span = spans.get(field);
    if (span && wanted.has(field)) edits.push({ ...span, insert: `${commentsIn(field, span)}${written(field)}` });
    if (span && deleted.has(field)) edits.push({ start: span.start, end: span.end + (text[span.end] === '\n' ? 1 : 0), insert: commentsIn(field, span) });
  }
  // Each field to insert goes after the closest field before it (in `from`'s order) that stays; those with the same one go together.
  const inserts = new Map<number, string[]>();
  let before: number | undefined;
  for (const field of order) {
    const span = spans.get(field);
    if (span && !deleted.has(field)) before = span.end;
    if (span || !fields.includes(field)) continue;
    const at = before ?? -1;
    inserts.set(at, [...(inserts.get(at) ?? []), written(field)]);
  }
  for (const [at, segments] of inserts) {
    const block = segments.join('\n');
    if (at >= 0) edits.push({ start: at, end: at, insert: `\n${block}` });
    else {
      // Nothing stays before them: at the start, before the first field.
      const first = Math.min(...[...spans.entries()].filter(([field]) => !deleted.has(field)).map(([, span]) => span.start));
      if (Number.isFinite(first)) edits.push({ start: first, end: first, insert: `${block}\n` });
      else edits.push({ start: text.length, end: text.length, insert: text === '' ? block : `\n${block}` });
    }
  }
  // From the end, so that each edit's offsets still hold; at one offset, the replacement before the insertion.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of edits) result = `${result.slice(0, edit.start)}${edit.insert}${result.slice(edit.end)}`;
  return { text: result, moved };
}
