import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../src/lib/closest-passage.ts';
import { difference } from '../../src/lib/locate-quote.ts';

const capture = 'Il propose de racheter l’organisation à but non lucratif qui contrôle OpenAI. Les investisseurs se disent prêts à dépasser toute offre concurrente. Fin.';

describe('closestPassage', () => {
  it('lands on the whole passage when the quote misses a word, so the difference names that word', () => {
    const quote = 'l’organisation à but lucratif qui contrôle OpenAI';
    const passage = closestPassage(capture, quote)!;
    expect(passage).toBe('l’organisation à but non lucratif qui contrôle OpenAI');
    expect(difference(quote, passage)).toBe(' After "l’organisation à but", the quote has nothing where the capture has "non".');
  });

  it('keeps the final punctuation the quote ends with, where the text has it', () => {
    expect(closestPassage(capture, 'prêts à dépasser toute offre concurente.')).toBe('prêts à dépasser toute offre concurrente.');
    expect(closestPassage(capture, 'prêts à dépasser toute offre concurente')).toBe('prêts à dépasser toute offre concurrente');
  });

  it('finds nothing when no word is shared', () => {
    expect(closestPassage(capture, 'zèbre xylophone')).toBeUndefined();
  });
});
