import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCompanion, checkFrontMatter, checkSummary, companionWarnings, summaryProblems } from '../../src/lib/check-summary.ts';

const companion = (body: string) => `---\ncapture: x.txt\ntitle: "Titre {entre accolades}"\n---\n${body}\n`;

describe('summaryProblems', () => {
  it('accepts French prose, escaped braces and code', () => {
    expect(summaryProblems(companion('L’offre : « 97,4 milliards », soit \\{ rien \\} de plus.\n\n`{x}` et `<b>` en code.\n\n```\n{code}\n```'))).toEqual([]);
  });

  it('says the line and the fix for what MDX would run or refuse', () => {
    const text = companion('Première ligne.\nUn {x} ici.\nEt <script>alert(1)</script>.\nMoins de <10 %.\nimport Truc from "./truc"');
    expect(summaryProblems(text)).toEqual([
      'line 6: "Un {x} ici." — in MDX, { and } mark code. Hint: write "Un \\{x\\} ici.": a backslash before a brace shows it as it is.',
      'line 7: "<script>" — MDX reads it as a tag, and would publish it as such. Hint: the summary is text: remove the tag, or write &lt; for the character <.',
      'line 8: "<10 %." — MDX cannot read a < before anything but a tag. Hint: write &lt; for the character <.',
      'line 9: "import Truc from "./truc"" starts with « import », which MDX runs as code. Hint: reword the line so that it starts otherwise.',
    ]);
  });

  it('quotes whole words around the braces, and escapes only those not escaped yet', () => {
    const line = 'Le montant {x} reste à confirmer selon les sources, qui ne disent pas \\{y} davantage';
    expect(summaryProblems(companion(line))).toEqual([
      'line 5: "Le montant {x} reste à confirmer selon les sources, qui ne disent pas \\{y} davantage" — in MDX, { and } mark code. Hint: write "Le montant \\{x\\} reste à confirmer selon les sources, qui ne disent pas \\{y\\} davantage": a backslash before a brace shows it as it is.',
    ]);
    expect(summaryProblems(companion('Une seule accolade } ici, au milieu d’une phrase assez longue pour être coupée.'))).toEqual([
      'line 5: "seule accolade } ici, au milieu" — in MDX, } marks code. Hint: write "seule accolade \\} ici, au milieu": a backslash before a brace shows it as it is.',
    ]);
  });

  it('leaves the front matter to its schema', () => {
    expect(summaryProblems(companion('Rien à redire.'))).toEqual([]);
  });

  it('finds nothing to say of the dossier’s own companions', () => {
    for (const name of readdirSync('content/sources').filter((file) => file.endsWith('.mdx'))) {
      expect(() => checkSummary(name, readFileSync(`content/sources/${name}`, 'utf8'))).not.toThrow();
    }
  });

  it('throws one error naming the file for all the problems', () => {
    expect(() => checkSummary('content/sources/x.mdx', companion('{a}\n{b}'))).toThrow(/^content\/sources\/x\.mdx: line 5: .*\ncontent\/sources\/x\.mdx: line 6: /u);
  });
});

describe('summaryProblems, on links', () => {
  const HINT = "A summary links only to http:, https: and mailto: addresses: a javascript:, data: or vbscript: one runs code in the reader's browser. Hint: link to the page's https:// address, or keep the words without the link.";

  it('refuses a link, an image or a link definition to a javascript:, data: or vbscript: address, with its line and the fix', () => {
    const text = companion('Un résumé avec [un lien](javascript:alert(1)).\n\n![une image](data:text/html,<b>x</b>)\n\nEt [un autre][ref].\n\n[ref]: vbscript:msgbox(1)');
    expect(summaryProblems(text).filter((problem) => problem.includes('address'))).toEqual([
      `line 5: the link "[un lien](javascript:alert(1))" goes to a javascript: address. ${HINT}`,
      `line 7: the image "![une image](data:text/html,<b>x</b>)" goes to a data: address. ${HINT}`,
      `line 11: the link definition "[ref]: vbscript:msgbox(1)" goes to a vbscript: address. ${HINT}`,
    ]);
  });

  it('reads the address as MDX publishes it and a browser follows it: case, tabs, line breaks, character references and escapes', () => {
    for (const link of [
      '[x](JaVaScRiPt:alert(1))',
      '[x](<java\tscript:alert(1)>)',
      '[x](&#106;avascript:alert(1))',
      '[x](javascript&colon;alert(1))',
      '[x](javascript\\:alert(1))',
      '[x](\n  javascript:alert(1))',
      '[x]( javascript:alert(1) "titre")',
    ]) {
      expect(summaryProblems(companion(`Voir ${link}.`)), link).toContainEqual(expect.stringMatching(/^line 5: the link ".*" goes to a javascript: address\. /u));
    }
  });

  it('finds a link MDX would publish where Markdown sees code: an indented line', () => {
    expect(summaryProblems(companion('    [x](javascript:alert(1))'))).toEqual([`line 5: the link "[x](javascript:alert(1))" goes to a javascript: address. ${HINT}`]);
  });

  it('refuses an autolink or an <a href> as a tag, which MDX would read it as', () => {
    for (const tag of ['<javascript:alert(1)>', '<a href="javascript:alert(1)">x</a>', '<a href="&#106;avascript:alert(1)">x</a>']) {
      expect(summaryProblems(companion(tag)), tag).toContainEqual(expect.stringMatching(/^line 5: ".*" — MDX reads it as a tag\. /u));
    }
  });

  it('accepts links to web pages, e-mail, the site’s own pages and anchors, and a javascript: address in code', () => {
    const text = companion('[a](https://www.lesechos.fr/x) [b](http://example.org) [c](mailto:redaction@example.org) [d](/sources/x/) [e](#resume) [f](../entites/)\n\n`[x](javascript:alert(1))`\n\n```\n[x](javascript:alert(1))\n```');
    expect(summaryProblems(text)).toEqual([]);
  });

  it('fails the build on the file and line of such a link', () => {
    const fields = 'capture: x.txt\ntitle: "Titre"\noutlet: "Média"\npublished:\n  date: "2025-02-12"\n  precision: day\n  basis: stated\nlanguage: fr\n';
    expect(() => checkCompanion('content/sources/x.mdx', `---\n${fields}---\nUn résumé.\n\n[clic](javascript:alert(1))\n`)).toThrow(
      `content/sources/x.mdx: line 13: the link "[clic](javascript:alert(1))" goes to a javascript: address. ${HINT}`,
    );
  });
});

describe('companionWarnings', () => {
  it('reminds of the placeholder summary and of the fields ingest left unchecked', () => {
    const text = '---\ncapture: x.txt\nunchecked: [title, published]\n---\nRésumé à rédiger par la rédaction.\n';
    expect(companionWarnings('content/sources/x.mdx', text)).toEqual([
      'content/sources/x.mdx: the summary is still « Résumé à rédiger par la rédaction. ». Hint: write the editors\' summary below the front matter.',
      'content/sources/x.mdx: unchecked: title, published. Hint: check each field against the capture, then remove it from the list.',
    ]);
  });

  it('has nothing to say of a finished companion', () => {
    expect(companionWarnings('x.mdx', '---\ncapture: x.txt\nunchecked: []\n---\nUn résumé.\n')).toEqual([]);
    for (const name of readdirSync('content/sources').filter((file) => file.endsWith('.mdx'))) {
      expect(companionWarnings(name, readFileSync(`content/sources/${name}`, 'utf8'))).toEqual([]);
    }
  });
});

describe('checkFrontMatter', () => {
  it('names the line of the file where the front matter stops being YAML, with the fix', () => {
    const text = '---\ncapture: x.txt\ntitle: "Un titre sans fin\noutlet: Sciencepost\n---\nRésumé.\n';
    expect(() => checkFrontMatter('content/sources/x.mdx', text)).toThrow(/^content\/sources\/x\.mdx: line \d+, column \d+: not valid YAML \(.*\)\. Hint: check the indentation and that quotes and brackets are closed on line \d+ or the lines before\.$/u);
  });

  it('says a front matter without its closing --- has none', () => {
    expect(() => checkFrontMatter('x.mdx', '---\ncapture: x.txt\nRésumé.\n')).toThrow('x.mdx: the front matter has no closing ---. Hint: end it with a line that holds only ---.');
  });

  it('accepts the dossier’s companions', () => {
    for (const name of readdirSync('content/sources').filter((file) => file.endsWith('.mdx'))) {
      expect(() => checkFrontMatter(name, readFileSync(`content/sources/${name}`, 'utf8'))).not.toThrow();
    }
  });
});

describe('checkCompanion', () => {
  it('throws for what would break the build and returns the warnings otherwise', () => {
    expect(() => checkCompanion('x.mdx', '---\ntitle: "sans fin\n---\nUn résumé.\n')).toThrow(/^x\.mdx: line \d+, column \d+: not valid YAML \(Missing closing "quote\)/u);
    const fields = 'capture: x.txt\ntitle: "Titre"\noutlet: "Média"\nauthor: null\nurl: null\npublished:\n  date: "2025-02-12"\n  precision: day\n  basis: stated\nlanguage: fr\n';
    expect(() => checkCompanion('x.mdx', `---\n${fields}---\nUn {x}.\n`)).toThrow('x.mdx: line 13: "Un {x}." — in MDX, { and } mark code.');
    // The schema's problems and the summary's in one message, in an editor's words.
    expect(() => checkCompanion('x.mdx', `---\n${fields.replace('title:', 'titre:')}---\nUn {x}.\n`)).toThrow(
      'x.mdx: title is missing. Hint: write title: "Elon Musk offre 97,4 milliards $ pour OpenAI".\nx.mdx: titre is not a field of the companion. Hint: the fields of the companion are capture, title, titleBasis, outlet, author, url, published, language, removed, structure, notes, speakers, unchecked; did you mean title?\nx.mdx: line 13: "Un {x}." — in MDX, { and } mark code.',
    );
    const ingested = `---\n${fields}unchecked: [title]\n---\nRésumé à rédiger par la rédaction.\n`;
    expect(checkCompanion('x.mdx', ingested)).toEqual(companionWarnings('x.mdx', ingested));
    expect(checkCompanion('x.mdx', ingested)).toHaveLength(2);
  });
});
