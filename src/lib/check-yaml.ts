import { parseDocument, type Document, type LineCounter } from 'yaml';
import { DossierError } from './dossier-error.ts';

/**
 * The data of a YAML file of the content; throws a DossierError naming the
 * file, the line and the fix when it cannot be read. (Astro's file loader
 * only logs « Error reading data » and goes on with an empty collection, so
 * the build would fail later on what is missing, far from the cause.)
 */
export function checkYaml(file: string, text: string): unknown {
  return yamlDocument(file, text).toJS();
}

/** The same, as a YAML document (its nodes' positions counted by `lineCounter`, if given). */
export function yamlDocument(file: string, text: string, lineCounter?: LineCounter): Document {
  const document = parseDocument(text, { prettyErrors: true, ...(lineCounter ? { lineCounter } : {}) });
  const { errors } = document;
  if (errors.length === 0) return document;
  throw new DossierError(
    file,
    errors.map((error) => {
      const line = error.linePos?.[0].line;
      const where = line === undefined ? '' : `line ${line}, column ${error.linePos![0].col}: `;
      const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
      const written = line === undefined ? '' : lineOf(text, line);
      const hint =
        error.code === 'DUPLICATE_KEY'
          ? 'an entry names the same field twice: keep one'
          : error.code === 'UNEXPECTED_TOKEN' && /"[^"]*"[^"]*"/u.test(written)
            ? `a " inside a "…" value ends it there: write \\" for the character, or « » for a quotation`
            : error.code === 'BLOCK_AS_IMPLICIT_KEY'
              ? 'a value that holds « : » must be in quotes: write field: "…"'
              : `check the indentation and that quotes and brackets are closed${line === undefined ? '' : ` on line ${line} or the lines before`}`;
      return `${where}not valid YAML (${what}). Hint: ${hint}.`;
    }),
  );
}

/** Line `n` (1-based) of a text. */
function lineOf(text: string, n: number): string {
  return text.split('\n')[n - 1] ?? '';
}
