import { isMap, parse as parseYaml, parseDocument } from 'yaml';
import { buildArticle, type Article } from '../build-article.ts';
import { checkFrontMatter } from '../check-summary.ts';
import { entryProblems } from '../check-content-files.ts';
import { DossierError } from '../dossier-error.ts';
import { INFERABLE_FIELDS, sourceSchema, type SourceData } from '../schemas.ts';
import { splitCompanion } from '../split-companion.ts';
import { INGEST_COMMENT, renderSourceMdx, SUMMARY_PLACEHOLDER, type SourceFrontmatter } from './render-source-mdx.ts';
import { rewriteFields } from './rewrite-fields.ts';
import { yamlComments } from './yaml-comments.ts';

type InferableField = (typeof INFERABLE_FIELDS)[number];

export interface CarriedCompanion {
  /** The new companion. */
  mdx: string;
  /** What its front matter says of the fields ingest writes. */
  data: SourceFrontmatter;
  /** The article the build makes from the capture with `data`. */
  article: Article;
  /** The fields kept as the editors checked them, in the order of INFERABLE_FIELDS. */
  checked: InferableField[];
  /** What was kept, for the report: `summary`, `the checked fields (title)`, `2 notes`, `1 comment`. */
  kept: string[];
}

export interface CarryOptions {
  /** The companion's path, for messages. */
  file: string;
  /** Keep the fields the editors checked; `false` when the new capture is another article (--replace-unrelated). */
  keepChecked: boolean;
}

/** The fields ingest writes, in the order it writes them. */
const WRITTEN_FIELDS = ['capture', 'title', 'titleBasis', 'outlet', 'author', 'url', 'published', 'language', 'removed', 'structure', 'unchecked'] as const;

/** A value as JSON, its keys sorted: two values that read the same compare equal. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
const same = (field: string, a: unknown, b: unknown) =>
  field === 'unchecked' ? canonical([...(a as string[])].sort()) === canonical([...(b as string[])].sort()) : canonical(a) === canonical(b);

const count = (n: number, what: string) => `${n} ${what}${n > 1 ? 's' : ''}`;

/**
 * The companion of a capture ingested with --force in place of `previous`:
 * `previous` edited, not written anew, so that what the editors wrote stays
 * byte for byte — the summary, `notes`, `speakers`, any other field, their
 * YAML comments, and every field ingest infers that is no longer listed as
 * `unchecked` (an editor checked it, and may have corrected it), structure
 * hints included. Only the fields still unchecked take what ingest inferred
 * from the new capture (`inferred`). Checked removed parts or structure hints
 * that no longer fit the new capture are inferred again and listed as
 * unchecked, and `kept` says so. Throws a DossierError naming `previous`'s
 * file, the line and the fix when it cannot be read.
 */
export function carryEditorsWork(previous: string, inferred: SourceFrontmatter, text: string, options: CarryOptions): CarriedCompanion {
  const { file } = options;
  const parts = splitCompanion(previous);
  if (!parts) {
    throw new DossierError(file, [
      'its front matter is not between two lines holding only ---, so what the editors wrote in it cannot be carried over. Hint: put back the --- lines (a file saved with Windows line ends needs Unix ones), or move the file aside to ingest the capture afresh.',
    ]);
  }
  const raw = checkFrontMatter(file, previous) ?? {};
  const contents = parseDocument(parts.frontMatter).contents;
  if (typeof raw !== 'object' || Array.isArray(raw) || (contents !== null && (!isMap(contents) || contents.flow))) {
    throw new DossierError(file, ['its front matter is not one « field: value » a line. Hint: write each field on a line of its own, as ingest does.']);
  }
  const parsed = sourceSchema.safeParse(raw);
  if (!parsed.success) throw new DossierError(file, entryProblems(sourceSchema, raw, 'companion'));
  const old: SourceData = parsed.data;

  const checked = options.keepChecked
    ? INFERABLE_FIELDS.filter(
        (field) => !old.unchecked.includes(field) && field in raw && (inferred.unchecked.includes(field) || !same(field, old[field], inferred[field])),
      )
    : [];
  const data: SourceFrontmatter = { ...inferred, unchecked: inferred.unchecked.filter((field) => !checked.includes(field)) };
  for (const field of checked) Object.assign(data, { [field]: old[field] }, field === 'title' ? { titleBasis: old.titleBasis } : {});

  // The checked removed parts and structure hints, as many of them as still fit the new capture.
  const fitting = (['removed', 'structure'] as const).filter((field) => checked.includes(field));
  const attempts = fitting.length === 2 ? [fitting, ['removed'], ['structure'], []] : [fitting, []];
  let article: Article | undefined;
  let refitted: InferableField[] = [];
  for (const keep of attempts) {
    const editing = {
      removed: keep.includes('removed') ? old.removed : inferred.removed,
      structure: keep.includes('structure') ? old.structure : inferred.structure,
    };
    try {
      article = buildArticle(text, editing, { file, captureFile: data.capture });
    } catch {
      continue;
    }
    refitted = fitting.filter((field) => !keep.includes(field));
    Object.assign(data, editing);
    break;
  }
  // The inferred removed parts and hints always fit: inferSource built the article from them.
  if (!article) article = buildArticle(text, inferred, { file, captureFile: data.capture });
  const keptFields = checked.filter((field) => !refitted.includes(field));
  data.unchecked = INFERABLE_FIELDS.filter((field) => data.unchecked.includes(field) || refitted.includes(field));

  const rendered = splitCompanion(renderSourceMdx(data))!.frontMatter;
  const changed = WRITTEN_FIELDS.filter((field) => !same(field, old[field], data[field]));
  const { text: frontMatter, moved } = rewriteFields(parts.frontMatter, changed, rendered);
  const body = parts.body.trim() === '' ? `${SUMMARY_PLACEHOLDER}\n` : parts.body;
  const mdx = `---\n${frontMatter}\n---\n${body}`;
  const problems = entryProblems(sourceSchema, parseYaml(frontMatter), 'companion');
  if (problems.length > 0) throw new DossierError(file, problems);

  const kept: string[] = [];
  if (parts.body.trim() !== '' && parts.body.trim() !== SUMMARY_PLACEHOLDER) kept.push('summary');
  if (keptFields.length > 0) kept.push(`the checked fields (${keptFields.join(', ')})`);
  if (refitted.length > 0) {
    const what = refitted.map((field) => (field === 'removed' ? 'the removed parts' : 'the structure hints')).join(' and ');
    kept.push(`not ${what}, which no longer fit the new capture (inferred again: check them)`);
  }
  if (old.notes.length > 0) kept.push(count(old.notes.length, 'note'));
  if (old.speakers.length > 0) kept.push(count(old.speakers.length, 'speaker'));
  const comments = yamlComments(parts.frontMatter).filter((comment) => comment.source !== INGEST_COMMENT).length;
  if (comments > 0) {
    const movedCount = moved.reduce((sum, field) => sum + field.comments.length, 0);
    const above = moved.map((field) => field.field).join(', ');
    const where = movedCount === 0 ? '' : ` (${movedCount === comments ? '' : `${movedCount} `}moved above ${above}, inferred again)`;
    kept.push(`${count(comments, 'comment')}${where}`);
  }
  return { mdx, data, article, checked: keptFields, kept };
}
