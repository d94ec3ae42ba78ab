import type { Definition, Image, Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { entryProblems } from './check-content-files.ts';
import { checkYaml } from './check-yaml.ts';
import { sourceSchema } from './schemas.ts';
import { DossierError, excerpt } from './dossier-error.ts';
import { isSummaryPlaceholder, SUMMARY_PLACEHOLDER } from './ingest/render-source-mdx.ts';
import { splitCompanion } from './split-companion.ts';

/**
 * The problems of a companion's summary (the text after its front matter),
 * each with its line in the file and the fix. The summary is the editors'
 * text, written in Markdown; MDX would read some of it as code: `{…}` as an
 * expression (a ReferenceError at render, far from the cause), a `<` before a
 * letter as a tag (a `<script>` would be published as a script), a line
 * starting with `import` or `export` as a module statement, and `<10 %` fails
 * to compile with a message that names no fix. A link may go only to an
 * http(s) or mailto: address (see linkProblems).
 */
export function summaryProblems(text: string): string[] {
  const lines = text.split('\n');
  const problems: string[] = [];
  let fenced = false;
  for (let at = splitCompanion(text)?.bodyLine ?? 0; at < lines.length; at++) {
    const line = lines[at]!;
    const where = `line ${at + 1}`;
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced;
    if (fenced) continue;
    // Code spans are text in MDX: leave them out.
    const prose = line.replace(/`[^`]*`/gu, '');
    if (/^(import|export)\s/u.test(prose)) {
      problems.push(`${where}: "${line.trim().slice(0, 40)}" starts with « ${prose.split(/\s/u)[0]} », which MDX runs as code. Hint: reword the line so that it starts otherwise.`);
    }
    const braces = [...prose.matchAll(/(?<!\\)[{}]/gu)];
    if (braces.length > 0) {
      // Every brace of the line in one message, and the passage as it should be written: one build, not one per brace.
      const passage = context(prose, braces[0]!.index, braces.at(-1)!.index + 1);
      const escaped = passage.replace(/(?<!\\)[{}]/gu, '\\$&');
      const kinds = ['{', '}'].filter((brace) => braces.some((found) => found[0] === brace));
      problems.push(`${where}: "${passage}" — in MDX, ${kinds.join(' and ')} mark${kinds.length === 1 ? 's' : ''} code. Hint: write "${escaped}": a backslash before a brace shows it as it is.`);
    }
    const tag = /<(?=[\p{L}/!])[^>]*>?/u.exec(prose);
    if (tag) problems.push(`${where}: "${tag[0].slice(0, 40)}" — MDX reads it as a tag${/^<\/?(script|style|iframe)/iu.test(tag[0]) ? ', and would publish it as such' : ''}. Hint: the summary is text: remove the tag, or write &lt; for the character <.`);
    const sign = /<(?![\p{L}/!])/u.exec(prose);
    if (sign) problems.push(`${where}: "${prose.slice(sign.index, sign.index + 20).trim()}" — MDX cannot read a < before anything but a tag. Hint: write &lt; for the character <.`);
  }
  return [...problems, ...linkProblems(text)];
}

/** What a link of a summary may open: web pages and e-mail. The site's own pages (`/sources/…/`) resolve to https:. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * MDX's Markdown: no autolinks, indented code or HTML (MDX reads `<` as a tag
 * and an indented line as a paragraph), as micromark-extension-mdx-md turns
 * them off. Without MDX's JavaScript, which the checks above keep out of a
 * summary, so that a summary MDX cannot read still has its links checked.
 */
const MDX_MARKDOWN = { disable: { null: ['autolink', 'codeIndented', 'htmlFlow', 'htmlText'] } };

/**
 * The links and images of a summary that would go to anything but an http(s)
 * or mailto: address: `[x](javascript:…)` is published as a link that runs
 * code on a click (only the Content-Security-Policy stops it), as are data:
 * and vbscript:. The address is the one MDX publishes, read as a browser reads it:
 * character references and backslash escapes decoded (`&#106;avascript:`),
 * case folded, tabs and line breaks dropped (`java\tscript:`).
 */
function linkProblems(text: string): string[] {
  const bodyLine = splitCompanion(text)?.bodyLine ?? 0;
  const body = text.split('\n').slice(bodyLine).join('\n');
  const problems: string[] = [];
  visit(fromMarkdown(body, { extensions: [MDX_MARKDOWN] }), ['link', 'image', 'definition'], (node) => {
    const { url, position } = node as Link | Image | Definition;
    let scheme: string;
    try {
      scheme = new URL(url, 'https://dossier.invalid/').protocol;
    } catch {
      scheme = '';
    }
    if (SAFE_SCHEMES.has(scheme)) return;
    const written = position ? body.slice(position.start.offset, position.end.offset) : url;
    const what = node.type === 'image' ? 'the image' : node.type === 'definition' ? 'the link definition' : 'the link';
    problems.push(
      `line ${bodyLine + (position?.start.line ?? 1)}: ${what} ${excerpt(written, 60)} goes to ${scheme ? `a ${scheme} address` : `"${url}", which is not an address`}. A summary links only to http:, https: and mailto: addresses: a javascript:, data: or vbscript: one runs code in the reader's browser. Hint: link to the page's https:// address, or keep the words without the link.`,
    );
  });
  return problems;
}

/** The words around a span of a line (about 15 characters on each side, never a word cut), for a message. */
function context(line: string, start: number, end = start + 1): string {
  const from = line.lastIndexOf(' ', Math.max(0, start - 15)) + 1;
  const next = line.indexOf(' ', Math.min(line.length, end + 15));
  return line.slice(from, next === -1 ? line.length : next).trim();
}

/** Throws a DossierError naming the file, the line and the fix for each problem of its summary. */
export function checkSummary(file: string, text: string): void {
  const problems = summaryProblems(text);
  if (problems.length > 0) throw new DossierError(file, problems);
}

/** What ingest left to do, from the parsed front matter and the body. */
function warningsOf(file: string, frontMatter: unknown, body: string): string[] {
  const warnings: string[] = [];
  const unchecked = (frontMatter as { unchecked?: unknown } | null)?.unchecked;
  if (isSummaryPlaceholder(body)) warnings.push(`${file}: the summary is still « ${SUMMARY_PLACEHOLDER} ». Hint: write the editors' summary below the front matter.`);
  if (Array.isArray(unchecked) && unchecked.length > 0) {
    warnings.push(`${file}: unchecked: ${unchecked.join(', ')}. Hint: check each field against the capture, then remove it from the list.`);
  }
  return warnings;
}

/**
 * What an editor has left to do in a companion that still builds: the summary
 * ingest left as a placeholder, the fields it lists as unchecked. Published as
 * they are, so the build warns rather than fails.
 */
export function companionWarnings(file: string, text: string): string[] {
  const parts = splitCompanion(text);
  if (!parts) return [];
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(parts.frontMatter);
  } catch {
    return []; // The schema reports a front matter that does not parse.
  }
  return warningsOf(file, frontMatter, parts.body);
}

/**
 * The data of a companion's front matter; throws a DossierError with the line,
 * column and fix when it is not valid YAML (Astro's message names neither the
 * line of the mistake nor a fix).
 */
export function checkFrontMatter(file: string, text: string): unknown {
  if (text.split('\n', 1)[0] !== '---') return undefined;
  const parts = splitCompanion(text);
  if (!parts) throw new DossierError(file, ['the front matter has no closing ---. Hint: end it with a line that holds only ---.']);
  // The rest of the file blanked, lines kept: the YAML's line numbers are the file's.
  return checkYaml(file, `\n${parts.frontMatter}${'\n'.repeat(text.split('\n').length - parts.bodyLine + 1)}`);
}

/**
 * Every check of a companion before MDX compiles it, its front matter parsed
 * once: throws a DossierError for what would break the build (front matter,
 * summary), returns the warnings of what ingest left to do.
 */
export function checkCompanion(file: string, text: string): string[] {
  const frontMatter = checkFrontMatter(file, text);
  // The schema's problems in an editor's words, before Astro garbles them (see check-content-files.ts), with the summary's.
  const problems = [...(frontMatter === undefined ? [] : entryProblems(sourceSchema, frontMatter, 'companion')), ...summaryProblems(text)];
  if (problems.length > 0) throw new DossierError(file, problems);
  const parts = splitCompanion(text);
  return parts ? warningsOf(file, frontMatter, parts.body) : [];
}
