import { describe, expect, it } from 'vitest';
import { difference, locateQuote } from '../../src/lib/locate-quote.ts';

const TEXT =
  'Elon Musk, qui a cofondé OpenAI avant de quitter son conseil d’administration en 2018, n’a jamais caché ses critiques sur l’orientation prise par l’entreprise. Il le redit.';

describe('locateQuote', () => {
  it('names the word that differs, which a long quote shortened in the middle would hide', () => {
    const quote = 'Elon Musk, qui a cofondé OpenAI avant de quitter son conseil d’administration en 2018, n’a toujours caché ses critiques sur l’orientation prise par l’entreprise';
    const message = locateQuote(TEXT, { exact: quote }, { field: 'citations[0].quote', captureFile: 'a.txt' });
    expect(message).toContain('…');
    expect(message).toContain('the quote has "toujours" where the capture has "jamais".');
  });
});

describe('difference', () => {
  it('shows whole words with the words before them', () => {
    expect(difference('il ne l’a jamais dit', 'il ne l’a toujours dit')).toBe(' After "il ne l’a", the quote has "jamais" where the capture has "toujours".');
    expect(difference("l'avocat de Musk", 'l’avocat de Musk')).toBe(' The quote has "l\'avocat" where the capture has "l’avocat".');
  });

  it('says nothing for texts that are the same, spacing aside, or that part for good', () => {
    expect(difference('Non  merci', 'Non merci')).toBe('');
    expect(difference('Une phrase tout autre, sans rien de commun avec la suivante', 'Rien à voir : une autre histoire, racontée par un autre journal')).toBe('');
  });
});
