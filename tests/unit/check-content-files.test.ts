import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, checkContentFile } from '../../src/lib/check-content-files.ts';
import { DossierError } from '../../src/lib/dossier-error.ts';

const timeline = CONTENT_FILES[0]!;
const problemsOf = (text: string, file = timeline): readonly string[] => {
  try {
    checkContentFile(`content/${file.name}`, text, file.schema, file.entry, file.list);
    return [];
  } catch (error) {
    if (error instanceof DossierError) return error.problems;
    throw error;
  }
};

const event = (lines: string[]) =>
  ['- id: premier', '  date: "2025-02-10"', '  title: "Premier"', '  summary: "Un résumé."', '  citations:', '    - source: digimedia', '      quote: "un passage"', ...lines].join('\n');

describe('checkContentFile', () => {
  it('accepts the dossier’s own files', () => {
    for (const file of CONTENT_FILES) expect(problemsOf(readFileSync(`content/${file.name}`, 'utf8'), file), file.name).toEqual([]);
  });

  it('says a quote indented one level too little belongs to its citation, with the line and id of the event', () => {
    const text = event(['- id: second', '  date: "2025-02-11"', '  title: "Second"', '  summary: "Un autre."', '  citations:', '  - source: digimedia', '  quote: "Les investisseurs"']);
    expect(problemsOf(text)).toEqual([
      'line 8, event "second": citations[0].quote is missing. Hint: add « quote: » to citations[0].',
      'line 8, event "second": quote is not a field of the event. Hint: quote belongs to a citation: indent it as far as the « source: » of its « - source: » line.',
    ]);
  });

  it('names the field meant by a misspelled key, and keeps the schemas’ own messages with the whole path', () => {
    const text = event(['  titre: "En trop"']).replace('date: "2025-02-10"', 'date: "17/02/2025"').replace('quote: "un passage"', 'quote: ""');
    const problems = problemsOf(text);
    expect(problems).toContain(
      'line 1, event "premier": titre is not a field of the event. Hint: the fields of the event are id, date, notBefore, notAfter, title, summary, citations; did you mean title?',
    );
    expect(problems.some((problem) => problem.startsWith('line 1, event "premier": date "17/02/2025" is not a date.'))).toBe(true);
    expect(problems).toContain('line 1, event "premier": citations[0].quote is empty. Hint: copy a passage of the capture.');
    for (const problem of problems) expect(problem).not.toMatch(/\*\*|:0:0/u);
  });

  it('says what a file that is not a list should be', () => {
    expect(problemsOf('id: seul\ndate: "2025"')).toEqual(['the file is not a list of events. Hint: start each event with « - id: ».']);
  });
});
