import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from './fixtures.ts';
import { DIST, FIXTURES, htmlFiles } from './helpers-dist.ts';

/**
 * Every built page is valid HTML by html-validate's recommended rules
 * (.htmlvalidate.json says which are relaxed and why). The hostile fixture is
 * included: its captures are full of markup that must stay text.
 */
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

for (const dir of [DIST, `${FIXTURES}/hostile`, `${FIXTURES}/subpath`, `${FIXTURES}/large`]) {
  test(`every page of ${dir} is valid HTML`, async () => {
    const problems: string[] = [];
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
