import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchWork } from '../../src/lib/find-quote.ts';
import { inferSource } from '../../src/lib/ingest/infer-source.ts';
import { ROOT } from './helpers.ts';

/**
 * Ingest's work grows with the capture, not faster: a capture twice as long
 * costs about twice as much. Work is counted, not timed (timings belong in
 * the bench): the regular-expression executions, the characters string
 * searches scan, the array elements iteration methods visit, and the
 * characters the suffix index compares. Doubling a capture doubles a linear
 * count and quadruples a quadratic one; the bound, 2.6, leaves room for the
 * index's n log n and for how a capture's start and end are read once.
 */
const today = new Date('2025-06-01');
const SENTENCE = 'Le conseil d’administration a rejeté l’offre de rachat de Musk. ';
const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/ingest/fr-news-site/capture.txt'), 'utf8');

/** Captures of about `size` characters, of the shapes that made ingest superlinear. */
const SHAPES: Record<string, (size: number) => string> = {
  'one sentence repeated on one line': (size) => SENTENCE.repeat(Math.ceil(size / SENTENCE.length)).slice(0, size),
  'one sentence repeated on many lines': (size) => `${SENTENCE.repeat(5)}\n`.repeat(Math.ceil(size / (SENTENCE.length * 5 + 1))).slice(0, size),
  'an article pasted again and again': (size) => ARTICLE.repeat(Math.ceil(size / ARTICLE.length)).slice(0, size),
  'articles glued on one line, each sentence numbered': (size) => numbered(size, ' '),
  'articles one after the other, each sentence numbered': (size) => numbered(size, '\n'),
  'page furniture between short paragraphs': (size) => WIDGETS.repeat(Math.ceil(size / WIDGETS.length)).slice(0, size),
};
const WIDGETS = 'Partager\nLire aussi : Un autre article sur le sujet du jour\nAbonnez-vous à la newsletter\nLe conseil a rejeté l’offre de rachat vendredi.\nPhoto : AFP\n';

function numbered(size: number, join: string): string {
  let text = '';
  for (let copy = 0; text.length < size; copy++) text += ARTICLE.replace(/\n+/gu, join).replace(/\. /gu, `. Numéro ${copy} `) + join;
  return text.slice(0, size);
}

describe('ingest on long captures', { timeout: 300_000 }, () => {
  it.each(Object.keys(SHAPES))('does work linear in the length of %s', (shape) => {
    const make = SHAPES[shape]!;
    const small = work(() => inferSource(make(30_000), { today }));
    const large = work(() => inferSource(make(60_000), { today }));
    expect(large / small, `work for 30,000 characters: ${small}; for 60,000: ${large}`).toBeLessThan(2.6);
  });
});

/** The work `run` does, counted as the comment above says. */
function work(run: () => void): number {
  let count = 0;
  const restore: (() => void)[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, wrap: (original: T[K]) => T[K]) => {
    const original = target[key];
    target[key] = wrap(original);
    restore.push(() => {
      target[key] = original;
    });
  };
  patch(RegExp.prototype, 'exec', (exec) =>
    function (this: RegExp, text: string) {
      count++;
      return exec.call(this, text);
    },
  );
  const indexOf = String.prototype.indexOf;
  for (const key of ['indexOf', 'includes'] as const) {
    patch(String.prototype, key, (search) =>
      function (this: string, needle: string, from = 0) {
        const found = indexOf.call(this, needle, from);
        count += found === -1 ? this.length - from : found - from + 1;
        return (search as (needle: string, from?: number) => unknown).call(this, needle, from);
      } as never,
    );
  }
  patch(String.prototype, 'lastIndexOf', (search) =>
    function (this: string, needle: string, from = Infinity) {
      const found = search.call(this, needle, from);
      count += found === -1 ? Math.min(from, this.length) : Math.min(from, this.length) - found + 1;
      return found;
    },
  );
  patch(Array.prototype, 'slice', (slice) =>
    function (this: unknown[], ...args: [number?, number?]) {
      const copy = slice.apply(this, args);
      count += copy.length;
      return copy;
    },
  );
  for (const key of ['find', 'findIndex', 'some', 'every', 'filter', 'map', 'forEach', 'flatMap'] as const) {
    patch(Array.prototype, key, (iterate) =>
      function (this: unknown[], callback: (...args: unknown[]) => unknown, ...rest: unknown[]) {
        return (iterate as (...args: unknown[]) => unknown).call(
          this,
          function (this: unknown, ...args: unknown[]) {
            count++;
            return callback.apply(this, args);
          },
          ...rest,
        );
      } as never,
    );
  }
  const compared = searchWork.compared;
  try {
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return count + searchWork.compared - compared;
}
