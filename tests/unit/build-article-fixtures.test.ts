import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildArticle } from '../../src/lib/build-article.ts';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { sourceSchema } from '../../src/lib/schemas.ts';
import { ROOT, unaccounted } from './helpers.ts';

/**
 * tests/fixtures/build-article/<case>/
 *   input.txt     the capture, as bytes (decoded like a real one)
 *   editing.yaml  `removed` and `structure`, as in a source's frontmatter
 *   output.json   what the article is: blocks and removed parts
 *
 * `UPDATE=1 npx vitest run` rewrites output.json; review the diff like code.
 */
const FIXTURES = `${ROOT}tests/fixtures/build-article`;
const UPDATE = Boolean(process.env.UPDATE);
const editingSchema = sourceSchema.pick({ removed: true, structure: true });

/** JSON with the invisible spaces spelled out, so a reviewer sees them. */
function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u00A0\u202F\uFEFF\u200B]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}\n`;
}

const cases: string[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry: { isDirectory(): boolean }) => entry.isDirectory())
  .map((entry: { name: string }) => entry.name)
  .sort();

describe('buildArticle fixtures', () => {
  it('has at least six cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('builds the article of %s as output.json says', (name: string) => {
    const dir = `${FIXTURES}/${name}`;
    const decoded = decodeCapture(readFileSync(`${dir}/input.txt`), `${name}/input.txt`);
    const editing = editingSchema.parse(parseYaml(readFileSync(`${dir}/editing.yaml`, 'utf8')) ?? {});
    const article = buildArticle(decoded.text, editing, { file: `${name}/editing.yaml`, captureFile: `${name}/input.txt` });
    const actual = {
      encoding: decoded.encoding,
      blocks: article.blocks.map(({ kind, id, text }) => ({ kind, id, text })),
      removed: article.removed.map(({ kind, text }) => ({ kind, text })),
    };

    expect(unaccounted(decoded.text, article)).toEqual([]);

    const outputPath = `${dir}/output.json`;
    if (UPDATE) {
      writeFileSync(outputPath, toJson(actual));
      return;
    }
    if (!existsSync(outputPath)) throw new Error(`${outputPath} is missing. Hint: run UPDATE=1 npx vitest run, then review it.`);
    expect(actual).toEqual(JSON.parse(readFileSync(outputPath, 'utf8')));
  });
});
