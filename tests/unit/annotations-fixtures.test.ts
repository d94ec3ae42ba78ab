import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { AnchoredNote } from '../../src/lib/anchored-note.ts';
import type { Article, BlockKind } from '../../src/lib/build-article.ts';
import type { DateContext } from '../../src/lib/find-dates.ts';
import { createEntityFinder, type EntityNames } from '../../src/lib/find-entity-mentions.ts';
import { renderArticle } from '../../src/lib/render-article.ts';
import { typesetHtml } from '../../src/lib/typeset-html.ts';
import { entitySchema } from '../../src/lib/schemas.ts';
import { rehypeAmountMarks } from '../../src/plugins/rehype-amount-marks.ts';
import { rehypeDateMarks } from '../../src/plugins/rehype-date-marks.ts';
import { rehypeEditorNotes } from '../../src/plugins/rehype-editor-notes.ts';
import { rehypeEntityMarks } from '../../src/plugins/rehype-entity-marks.ts';
import { rehypeQuoteMarks } from '../../src/plugins/rehype-quote-marks.ts';
import { ROOT } from './helpers.ts';

/**
 * tests/fixtures/<plugin>/<case>/
 *   input.txt     one block's text, as a capture has it (one final newline, if any, is not part of it)
 *   options.json  what the plugin is given, in a form a reviewer can check (optional, see FixtureOptions)
 *   output.html   the HTML, with no-break spaces spelled out (&#xA0;, &#x202F;) so a reviewer sees them
 *
 * The plugins run alone on `<p id="p-bloc">text</p>`; render-article runs the
 * whole composition on a one-block article.
 *
 * `UPDATE=1 npx vitest run tests/unit/annotations-fixtures` rewrites output.html; review the diff like code.
 */
const FIXTURES = `${ROOT}tests/fixtures`;
const UPDATE = Boolean(process.env.UPDATE);
const BLOCK_ID = 'p-bloc';

interface FixtureOptions {
  /** The source's publication date (date-marks, render-article). Default: none. */
  published?: DateContext['published'];
  /** Editors' notes, numbered in the order given; each quote stands once in input.txt. */
  notes?: { quote: string; body: string }[];
  /** Attributed quotations: `quotation` is the exact quotation, marks included. */
  speakers?: { quotation: string; speaker: string }[];
  /** The registry (entity-marks, render-article). Default: content/entities.yaml. */
  entities?: EntityNames[];
  /** The block's kind (render-article). Default: paragraph. */
  kind?: BlockKind;
}

const REGISTRY = (parseYaml(readFileSync(`${ROOT}content/entities.yaml`, 'utf8')) as unknown[]).map((entity) => entitySchema.parse(entity));
const entityHref = (id: string) => `/entites/${id}/`;

/** The one place of `quote` in `text`: a fixture that is ambiguous is a broken fixture. */
function spanOf(text: string, quote: string, what: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start === -1 || text.indexOf(quote, start + 1) !== -1) throw new Error(`options.json: ${what} ${JSON.stringify(quote)} must stand exactly once in input.txt.`);
  return { start, end: start + quote.length };
}

function anchoredNotes(text: string, options: FixtureOptions): AnchoredNote[] {
  return (options.notes ?? []).map((note, i) => ({
    block: BLOCK_ID,
    ...spanOf(text, note.quote, 'note quote'),
    n: i + 1,
    body: note.body,
  }));
}

function speakers(text: string, options: FixtureOptions) {
  return (options.speakers ?? []).map((entry) => ({
    block: BLOCK_ID,
    ...spanOf(text, entry.quotation, 'quotation'),
    speaker: entry.speaker,
  }));
}

/** Runs one plugin's transformer on a one-paragraph tree. */
function runPlugin(transform: (tree: Root) => void, text: string): string {
  const paragraph: Element = {
    type: 'element',
    tagName: 'p',
    properties: { id: BLOCK_ID },
    children: [{ type: 'text', value: text }],
  };
  const tree: Root = { type: 'root', children: [paragraph] };
  transform(tree);
  return toHtml(tree);
}

const PLUGINS: Record<string, (text: string, options: FixtureOptions) => string> = {
  'entity-marks': (text, options) =>
    runPlugin(
      rehypeEntityMarks({
        finder: createEntityFinder(options.entities ?? REGISTRY),
        href: entityHref,
      }),
      text,
    ),
  'amount-marks': (text) => runPlugin(rehypeAmountMarks(), text),
  'date-marks': (text, options) => runPlugin(rehypeDateMarks({ published: options.published }), text),
  'quote-marks': (text, options) => {
    const attributed = speakers(text, options);
    const speakerOf = (block: string, start: number, end: number) => attributed.find((entry) => entry.block === block && entry.start === start && entry.end === end)?.speaker;
    return runPlugin(rehypeQuoteMarks({ speakerOf }), text);
  },
  'editor-notes': (text, options) => runPlugin(rehypeEditorNotes({ notes: anchoredNotes(text, options) }), text),
  'render-article': (text, options) => {
    const article: Article = {
      blocks: [
        {
          kind: options.kind ?? 'paragraph',
          id: BLOCK_ID,
          text,
          start: 0,
          end: text.length,
        },
      ],
      removed: [],
    };
    const registry = options.entities ?? REGISTRY;
    // As the page shows it: French spacing is the page's (src/middleware.ts).
    return typesetHtml(
      renderArticle(article, {
        finder: createEntityFinder(registry),
        entityHref,
        entityName: (id) => registry.find((entity) => entity.id === id)?.name,
        notes: anchoredNotes(text, options),
        speakers: speakers(text, options),
        published: options.published,
      }),
    );
  },
};

/** The same HTML, the invisible spaces written as character references. */
function reviewable(html: string): string {
  return `${html.replaceAll('\u00A0', '&#xA0;').replaceAll('\u202F', '&#x202F;')}\n`;
}

const folders = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry: { isDirectory(): boolean }) => entry.isDirectory())
        .map((entry: { name: string }) => entry.name)
        .sort()
    : [];

describe.each(Object.keys(PLUGINS))('%s fixtures', (plugin) => {
  const cases = folders(`${FIXTURES}/${plugin}`);

  it('has at least four cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('renders %s as output.html says', (name: string) => {
    const dir = `${FIXTURES}/${plugin}/${name}`;
    const text = readFileSync(`${dir}/input.txt`, 'utf8').replace(/\n$/u, '');
    const options: FixtureOptions = existsSync(`${dir}/options.json`) ? JSON.parse(readFileSync(`${dir}/options.json`, 'utf8')) : {};
    const actual = reviewable(PLUGINS[plugin]!(text, options));

    const outputPath = `${dir}/output.html`;
    if (UPDATE) {
      writeFileSync(outputPath, actual);
      return;
    }
    if (!existsSync(outputPath)) throw new Error(`${outputPath} is missing. Hint: run UPDATE=1 npx vitest run tests/unit/annotations-fixtures, then review it.`);
    expect(actual).toBe(readFileSync(outputPath, 'utf8'));
  });
});
