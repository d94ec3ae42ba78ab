import { LineCounter, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { yamlDocument } from './check-yaml.ts';
import { closestIds } from './closest-ids.ts';
import { DossierError } from './dossier-error.ts';
import { citationSchema, divergenceSchema, dossierSchema, entitySchema, eventSchema } from './schemas.ts';

type Schema = z.ZodType;

interface ContentFile {
  name: string;
  schema: Schema;
  /** How an entry is named in a message. */
  entry: string;
  /** A list of entries, or one object. */
  list: boolean;
}

/** The YAML files of content/, each with the schema of one of its entries (or of the whole file) and how to name an entry. */
export const CONTENT_FILES: readonly ContentFile[] = [
  { name: 'timeline.yaml', schema: eventSchema, entry: 'event', list: true },
  { name: 'entities.yaml', schema: entitySchema, entry: 'entity', list: true },
  { name: 'divergences.yaml', schema: divergenceSchema, entry: 'divergence', list: true },
  { name: 'dossier.yaml', schema: dossierSchema, entry: 'dossier', list: false },
];

/** The fields of a citation, which an editor may indent one level too little (`quote:` under `- id:`). */
const CITATION_FIELDS = Object.keys(citationSchema.shape);

/** `citations.0.quote` as an editor reads it: `citations[0].quote`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** The fields a schema's object (at `path` in the entry) accepts, to name the closest to a key it does not. */
function fieldsAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'optional' || def.type === 'default') current = def.innerType;
    if (typeof key === 'number') current = (current as { def?: { element?: unknown } }).def?.element;
    else current = (current as { def?: { shape?: Record<string, unknown> } }).def?.shape?.[String(key)];
  }
  const unwrapped = (current as { def?: { type?: string; innerType?: unknown } })?.def?.innerType ?? current;
  return Object.keys((unwrapped as { def?: { shape?: Record<string, unknown> } })?.def?.shape ?? {});
}

/** The value at `path` in `data`, undefined where there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * What the schema finds wrong with one entry, in an editor's words: the field
 * as written in the file (`citations[0].quote`), « is missing » for a field
 * not there, and for a key the schema does not know, the field meant or the
 * indentation to fix.
 */
export function entryProblems(schema: Schema, data: unknown, entry: string): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): string[] => {
    const path = pathOf(issue.path);
    const owner = path || `the ${entry}`;
    if (issue.code === 'unrecognized_keys') {
      const fields = fieldsAt(schema, issue.path);
      return issue.keys.map((key) => {
        const closest = closestIds(key, fields, 1)[0];
        const hint =
          CITATION_FIELDS.includes(key) && fields.includes('citations')
            ? `${key} belongs to a citation: indent it as far as the « source: » of its « - source: » line`
            : `the fields of ${owner} are ${fields.join(', ')}${closest ? `; did you mean ${closest}?` : ''}`;
        return `${key} is not a field of ${owner}. Hint: ${hint}${hint.endsWith('?') ? '' : '.'}`;
      });
    }
    const field = String(issue.path.at(-1) ?? '');
    // The schemas' own messages start with the field and say the fix: give them the whole path.
    if (field && issue.message.startsWith(`${field} `)) return [`${path}${issue.message.slice(field.length)}`];
    if (field && valueAt(data, issue.path) === undefined) {
      const parent = pathOf(issue.path.slice(0, -1)) || `the ${entry}`;
      return [`${path} is missing. Hint: add « ${field}: » to ${parent}.`];
    }
    return [`${owner}: ${issue.message}.`];
  });
}

/** The line of each entry of a YAML list, 1-based. */
function entryLines(document: Document, lineCounter: LineCounter): number[] {
  if (!isSeq(document.contents)) return [];
  return document.contents.items.map((item) => lineCounter.linePos((item as Node).range?.[0] ?? 0).line);
}

/**
 * Every problem of a content YAML file the schema would reject, every entry at
 * once, each with its entry (its line and id) and the fix; throws a
 * DossierError. Run before Astro reads the content: its own messages for a
 * schema error are garbled (`**citations.0.quote**: …`, a location at line 0)
 * and it stops at the first entry.
 */
export function checkContentFile(file: string, text: string, schema: Schema, entry: string, list: boolean): void {
  const lineCounter = new LineCounter();
  const document = yamlDocument(file, text, lineCounter);
  const data: unknown = document.toJS();
  if (!list) {
    const problems = entryProblems(schema, data, entry);
    if (problems.length > 0) throw new DossierError(file, problems);
    return;
  }
  if (data === null || data === undefined) return;
  if (!Array.isArray(data)) throw new DossierError(file, [`the file is not a list of ${entry === 'entity' ? 'entities' : `${entry}s`}. Hint: start each ${entry} with « - id: ».`]);
  const lines = entryLines(document, lineCounter);
  const problems = data.flatMap((item, i) => {
    const id = typeof item === 'object' && item && 'id' in item ? ` "${String((item as { id: unknown }).id)}"` : '';
    return entryProblems(schema, item, entry).map((problem) => `line ${lines[i] ?? '?'}, ${entry}${id}: ${problem}`);
  });
  if (problems.length > 0) throw new DossierError(file, problems);
}
