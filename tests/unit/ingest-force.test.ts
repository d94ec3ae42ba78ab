import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { sourceSchema } from '../../src/lib/schemas.ts';
import { splitCompanion } from '../../src/lib/split-companion.ts';
import { formatIngestReport } from '../../src/lib/ingest/format-ingest-report.ts';
import { ingestCaptures, type IngestOptions, type IngestResult } from '../../src/lib/ingest/ingest-captures.ts';
import { frontmatter, ROOT, SOURCES } from './helpers.ts';

/**
 * `ingest --force` replaces what ingest inferred and carries what the editors
 * wrote, byte for byte: the summary, notes, speakers, the fields they checked
 * (structure hints included) and their YAML comments. Run in process, in a
 * temporary copy of the dossier.
 */
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
const TODAY = new Date('2025-06-01T00:00:00Z');
let dir: string;

const at = (name: string) => join(dir, name);
const put = (name: string, text: string | Uint8Array) => writeFileSync(at(name), text);
const fixture = (name: string) => readFileSync(join(FIXTURES, name, 'capture.txt'), 'utf8');
const ingest = (files: string[], options: Partial<IngestOptions> = {}) =>
  ingestCaptures(
    files.map((file) => at(file)),
    { contentDir: at('content'), force: false, today: TODAY, ...options },
  );
const written = (result: IngestResult | undefined) => {
  if (result?.status !== 'written') throw new Error(`expected the capture to be written, got ${JSON.stringify(result)}`);
  return result;
};
const bodyOf = (mdx: string) => splitCompanion(mdx)!.body;
const companion = (id: string) => readFileSync(at(`content/sources/${id}.mdx`), 'utf8');
const edit = (id: string, change: (mdx: string) => string) => writeFileSync(at(`content/sources/${id}.mdx`), change(companion(id)));
/** The companion with `fields` no longer listed as unchecked: the editors checked them. */
const check = (mdx: string, ...fields: string[]) =>
  mdx.replace(/^unchecked: \[(.*)\]$/mu, (_, list: string) => `unchecked: [${list.split(', ').filter((field) => field && !fields.includes(field)).join(', ')}]`);

const RELEASE = '2025-02-12-novacorp-novacorp-inaugure-a-grenoble';
const GLUED = '2025-02-12-tech-matin-le-telescope-vera-rubin';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-force-'));
  mkdirSync(at('content'));
  cpSync(SOURCES, at('content/sources'), { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest --force', () => {
  it('keeps a summary and notes that hold $ patterns byte for byte', async () => {
    put('release.txt', fixture('fr-press-release'));
    written((await ingest(['release.txt']))[0]);
    const summary = 'Prix : 97 $$ (US$) ; $\' et $& fin.\n\nUn second paragraphe, $` compris.';
    const note = '  - quote: "Grenoble"\n    body: "Ni $\' ni $` ni $& ni $$ ne sont des motifs."';
    edit(RELEASE, (mdx) => mdx.replace('Résumé à rédiger par la rédaction.', () => summary).replace(/^unchecked: /mu, () => `notes:\n${note}\nunchecked: `));
    const before = companion(RELEASE);
    put('release-again.txt', `${fixture('fr-press-release')}\nMis à jour le 13 février.`);
    const result = written((await ingest(['release-again.txt'], { force: true }))[0]);
    expect(result.kept).toEqual(['summary', '1 note']);
    const after = companion(RELEASE);
    expect(bodyOf(after)).toBe(bodyOf(before));
    expect(after).toContain(`notes:\n${note}\n`);
  });

  it('keeps the structure hints and the comments the editors checked or wrote, and says so', async () => {
    put('glued.txt', fixture('fr-glued'));
    written((await ingest(['glued.txt']))[0]);
    const first = companion(GLUED);
    expect(first).toMatch(/^structure:$/mu);
    // The editors checked the structure and dropped one hint, checked the title, and said so in comments.
    const structure = /^structure:\n(?: .*\n)+/mu.exec(first)![0];
    const dropped = '    - "Des milliers d\'astéroïdes découverts"\n';
    expect(structure).toContain(dropped);
    const checkedStructure = structure.replace(dropped, '');
    edit(GLUED, (mdx) =>
      check(mdx, 'structure', 'title')
        .replace(structure, () => `# Vérifié par Léa, le 3 mars : un intertitre de moins.\n${checkedStructure}`)
        .replace(/^(title: .*)$/mu, '$1 # Vérifié par Marc'),
    );
    const before = companion(GLUED);
    put('glued-again.txt', `${fixture('fr-glued')} Mis à jour le 13 février.`);
    const result = written((await ingest(['glued-again.txt'], { force: true }))[0]);
    expect(result.kept).toEqual(['the checked fields (title, structure)', '2 comments']);
    const after = companion(GLUED);
    expect(after).toContain(`# Vérifié par Léa, le 3 mars : un intertitre de moins.\n${checkedStructure}`);
    expect(after).not.toContain(dropped);
    expect(after).toContain(/^title: .*$/mu.exec(before)![0]);
    expect(after).not.toMatch(/^unchecked: .*structure/mu);
  });

  it('moves the comments inside a field it infers again above that field', async () => {
    put('release.txt', fixture('fr-press-release'));
    written((await ingest(['release.txt']))[0]);
    edit(RELEASE, (mdx) => mdx.replace(/^removed:\n/mu, (field) => `${field}  # La première partie retirée.\n`));
    put('release-again.txt', `Accueil > Presse\n${fixture('fr-press-release')}`);
    const result = written((await ingest(['release-again.txt'], { force: true }))[0]);
    expect(result.kept).toEqual(['1 comment (moved above removed, inferred again)']);
    expect(companion(RELEASE)).toMatch(/^# La première partie retirée.\nremoved:\n  - kind: /mu);
  });

  it('reports a companion whose YAML is broken, with its line and the fix, and ingests the other captures', async () => {
    put('release.txt', fixture('fr-press-release'));
    written((await ingest(['release.txt']))[0]);
    edit(RELEASE, (mdx) => mdx.replace(/^title: (.*)$/mu, 'title: "Un titre "entre" guillemets"'));
    put('release-again.txt', `${fixture('fr-press-release')}\n`);
    put('glued.txt', fixture('fr-glued'));
    const results = await ingest(['release-again.txt', 'glued.txt'], { force: true });
    expect(results.map((result) => result.status)).toEqual(['failed', 'written']);
    expect(formatIngestReport(results[0]!).replaceAll(dir, '<tmp>')).toMatchInlineSnapshot(
      `"error: <tmp>/release-again.txt: <tmp>/content/sources/2025-02-12-novacorp-novacorp-inaugure-a-grenoble.mdx: line 4, column 19: not valid YAML (Unexpected scalar at node end). Hint: a " inside a "…" value ends it there: write \\" for the character, or « » for a quotation. Nothing was written for this capture."`,
    );
    expect(existsSync(at(`content/sources/${GLUED}.mdx`))).toBe(true);
  });

  it('reports the values the companion holds: the checked fields it kept, and only the fields still unchecked', async () => {
    put('release.txt', fixture('fr-press-release'));
    written((await ingest(['release.txt']))[0]);
    edit(RELEASE, (mdx) => check(mdx.replace(/^title: .*$/mu, 'title: "NovaCorp ouvre un centre de recyclage à Grenoble"'), 'title', 'outlet'));
    put('release-again.txt', `${fixture('fr-press-release')}\n`);
    const result = written((await ingest(['release-again.txt'], { force: true }))[0]);
    const report = formatIngestReport(result);
    expect(report).toContain('  title       "NovaCorp ouvre un centre de recyclage à Grenoble" (stated) — kept: checked by the editors');
    expect(report).toContain('  outlet      "NovaCorp" — kept: checked by the editors');
    expect(report).toMatch(/^ {2}check {7}author, published, removed — /mu);
    expect(frontmatter(companion(RELEASE))).toMatchObject({ title: 'NovaCorp ouvre un centre de recyclage à Grenoble', unchecked: ['author', 'published', 'removed'] });
  });

  it('refuses to put an unrelated capture in the place of a source, unless told to', async () => {
    const id = 'digimedia-openai-rejette-offre';
    const before = companion(id);
    put('release.txt', fixture('fr-press-release'));
    const refused = (await ingest(['release.txt'], { force: true, id }))[0]!;
    expect(refused.status).toBe('failed');
    expect(formatIngestReport(refused).replaceAll(dir, '<tmp>')).toMatchInlineSnapshot(
      `"error: <tmp>/release.txt: shares only 2% of its words with <tmp>/content/sources/digimedia-openai-rejette-offre.txt, the capture it would replace: another article? Nothing was written. Hint: give it its own id (drop --id, or choose another), or pass --replace-unrelated to replace that source anyway (every field is then inferred again; the summary, notes, speakers and comments are kept)."`,
    );
    expect(companion(id)).toBe(before);
    const replaced = written((await ingest(['release.txt'], { force: true, id, replaceUnrelated: true }))[0]);
    expect(replaced.checked).toEqual([]);
    const data = sourceSchema.parse(frontmatter(companion(id)));
    expect(data).toMatchObject({ title: 'NovaCorp inaugure à Grenoble son premier centre de recyclage de batteries', outlet: 'NovaCorp' });
    expect(data.unchecked).toEqual(expect.arrayContaining(['title', 'outlet', 'published']));
    expect(bodyOf(companion(id))).toBe(bodyOf(before));
  });
});

describe('ingestCaptures, on several captures', () => {
  it('gives each capture’s result as soon as it is done, with its rank', async () => {
    put('a.txt', fixture('en-wire-story'));
    put('b.txt', fixture('fr-glued'));
    const seen: string[] = [];
    await ingest(['a.txt', 'missing.txt', 'b.txt'], {
      onResult: (result, rank, total) => seen.push(`${rank}/${total} ${result.status}, b ${existsSync(at(`content/sources/${GLUED}.mdx`)) ? 'written' : 'not yet'}`),
    });
    expect(seen).toEqual(['1/3 written, b not yet', '2/3 failed, b not yet', '3/3 written, b written']);
  });
});

describe('ingest --force, on any editors’ text', () => {
  /** What YAML allows in a comment or a scalar (no line break, no control character). */
  const PRINTABLE = /^[\t\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
  /** Text an editor may type: any character but line breaks, with YAML's and String.replace's special ones often. */
  const line = fc.string({
    unit: fc.oneof(fc.constantFrom('$', '$$', "$'", '$`', '$&', '#', ':', '"', "'", '\\', '---', '{', '}', '« ', ' »', ' ', '\t', 'é', '’', '\u00a0', '😀'), fc.string({ minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    minLength: 1,
    maxLength: 30,
  }).filter((text) => PRINTABLE.test(text));
  const style = fc.constantFrom('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'>;
  const capture = fixture('fr-glued');
  // Break hints an editor may write: the opening words of a sentence, unique in the capture.
  const openings = [...capture.matchAll(/(?<=[.!?] )\p{Lu}[^ ]* [^ ]+ [^ ]+/gu)].map((match) => match[0]).filter((quote) => capture.split(quote).length === 2);

  it('leaves every summary, note, speaker, structure hint and comment identical', { timeout: 60_000 }, async () => {
    put('glued.txt', capture);
    written((await ingest(['glued.txt']))[0]);
    const original = companion(GLUED);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          summary: fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')).filter((text) => text.trim() !== ''),
          notes: fc.array(fc.record({ quote: fc.constantFrom('Vera Rubin', 'astéroïdes'), body: line.filter((text) => text.trim() !== '') }), { minLength: 1, maxLength: 2 }),
          speaker: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)?$/u),
          breaks: fc.subarray(openings, { minLength: 1 }),
          style,
          comments: fc.array(line, { minLength: 3, maxLength: 3 }),
          update: fc.nat(99),
        }),
        async ({ summary, notes, speaker, breaks, style: defaultStringType, comments, update }) => {
          const editors = stringifyYaml(
            { structure: { breaks }, notes, speakers: [{ quote: 'Vera Rubin', speaker }] },
            { defaultStringType, lineWidth: 0 },
          ).replace(/^notes:$/mu, () => `notes: #${comments[1]}`);
          const mdx = check(original, 'structure', 'outlet')
            .replace(/^structure:\n(?: .*\n)+/mu, '')
            .replace(/^outlet: .*$/mu, (field) => `#${comments[0]}\n${field} #${comments[2]}`)
            .replace(/^unchecked: /mu, () => `${editors}unchecked: `)
            .replace(/\n---\n[^]*$/u, () => `\n---\n${summary}`);
          writeFileSync(at(`content/sources/${GLUED}.mdx`), mdx);
          put('glued-again.txt', `${capture} Mis à jour ${update} fois.`);
          const result = written((await ingest(['glued-again.txt'], { force: true }))[0]);
          const after = companion(GLUED);
          expect(bodyOf(after)).toBe(summary);
          expect(after).toContain(editors);
          expect(after).toContain(/^#.*\noutlet: .*$/mu.exec(mdx)![0]);
          expect(result.checked).toEqual(['outlet', 'structure']);
        },
      ),
      { numRuns: 40 },
    );
  });
});
