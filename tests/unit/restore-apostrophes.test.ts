import { describe, expect, it } from 'vitest';
import { restoreApostrophes } from '../../src/scripts/restore-apostrophes.ts';

describe('restoreApostrophes', () => {
  it('puts the French apostrophe back between letters, before a guillemet and before a highlighted word', () => {
    expect(restoreApostrophes("l'avocat d'Elon")).toBe('l’avocat d’Elon');
    expect(restoreApostrophes("Altman ajoute qu'« Elon essaie »")).toBe('Altman ajoute qu’« Elon essaie »');
    expect(restoreApostrophes("l'<mark>avocat</mark>")).toBe('l’<mark>avocat</mark>');
  });

  it('leaves other straight quotes as they are', () => {
    for (const text of ["'OpenAI'", "rock 'n' roll", "les années 90'", '<a title=\'x\'>']) expect(restoreApostrophes(text)).toBe(text);
  });
});
