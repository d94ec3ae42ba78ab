import { describe, expect, it } from 'vitest';
import { checkYaml } from '../../src/lib/check-yaml.ts';

describe('checkYaml', () => {
  it('accepts valid YAML', () => {
    expect(() => checkYaml('content/timeline.yaml', '- id: a\n  title: "Un titre"\n')).not.toThrow();
  });

  it('names the file, the line and the fix for an unclosed quote', () => {
    expect(() => checkYaml('content/timeline.yaml', '- id: a\n  date: "2025\n  title: Un titre\n')).toThrow(
      /^content\/timeline\.yaml: line 4, column 1: not valid YAML \(Missing closing "quote\)\. Hint: check the indentation and that quotes and brackets are closed on line \d+ or the lines before\./u,
    );
  });

  it('names the line of a bad indentation', () => {
    expect(() => checkYaml('content/entities.yaml', '- id: a\n  name: A\n   kind: person\n')).toThrow(/^content\/entities\.yaml: line \d+, column \d+: not valid YAML \(.+\)/u);
  });

  it('says which field is written twice', () => {
    expect(() => checkYaml('content/entities.yaml', '- id: a\n  name: A\n  name: B\n')).toThrow(
      'content/entities.yaml: line 3, column 3: not valid YAML (Map keys must be unique). Hint: an entry names the same field twice: keep one.',
    );
  });

  it('says how to write a " inside a quoted value, and to quote a value that holds a colon', () => {
    expect(() => checkYaml('content/timeline.yaml', '- id: a\n  title: "Il dit "non" ici"\n')).toThrow(
      'content/timeline.yaml: line 2, column 19: not valid YAML (Unexpected scalar at node end). Hint: a " inside a "…" value ends it there: write \\" for the character, or « » for a quotation.',
    );
    expect(() => checkYaml('content/timeline.yaml', '- id: a\n  title: Altman: non\n')).toThrow(/Hint: a value that holds « : » must be in quotes: write field: "…"\.$/u);
  });
});
