import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/count-words.ts';
import { closestIds } from '../../src/lib/closest-ids.ts';
import { countOf, ofName, titleOf } from '../../src/lib/french.ts';
import { slugify } from '../../src/lib/slugify.ts';

describe('countWords', () => {
  it('counts words, not punctuation or numbers’ separators', () => {
    expect(countWords('Elon Musk offre 97,4 milliards de dollars !')).toBe(7);
    expect(countWords('« Non merci »… — Escroc.')).toBe(3);
  });

  it('counts nothing in an empty text or in punctuation alone', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' « … » ')).toBe(0);
  });

  it('counts across lines and no-break spaces', () => {
    expect(countWords('Sam\u00A0Altman\na répondu\u202F: «\u202FNon\u202F»')).toBe(5);
  });

  it('counts an elided article with its word, as word processors do', () => {
    expect(countWords('l’IA')).toBe(1);
    expect(countWords('l’avocat d’OpenAI')).toBe(2);
  });

  it('splits hyphenated words, keeps numbers and abbreviations whole, and skips lone marks', () => {
    expect(countWords('peut-être')).toBe(2);
    expect(countWords('U.S. 1.000.000 9,74 1\u202F000')).toBe(4);
    expect(countWords('97,4\u202Fmilliards')).toBe(2);
    expect(countWords('capture-00001.txt')).toBe(3);
    expect(countWords('🚀\uFE0F ok')).toBe(1);
  });

  it('counts as Intl.Segmenter does, line by line, on every capture and summary of the dossier and of the test fixtures', () => {
    const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });
    // Unicode joins a number to the next word across a narrow no-break space (« 97,4 milliards »
    // would be one word): outside a number, that space separates words here, as any space does.
    const reference = (text: string) =>
      [...segmenter.segment(text.replace(/\u202F(?!\p{N})|(?<!\p{N})\u202F/gu, ' '))].filter((segment) => segment.isWordLike).length;
    let lines = 0;
    for (const dir of ['content/sources', 'tests/fixtures']) {
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(txt|mdx)$/u.test(file))) {
        for (const line of readFileSync(`${dir}/${name}`, 'utf8').split('\n')) {
          expect(countWords(line), `${dir}/${name}: ${line}`).toBe(reference(line));
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(100);
  });
});

describe('slugify', () => {
  it('makes an ASCII slug of the first words, without accents', () => {
    expect(slugify('L’univers de l’intelligence artificielle', 4)).toBe('l-univers-de-l');
    expect(slugify('Une rivalité croissante dans l’IA')).toBe('une-rivalite-croissante-dans-l-ia');
    expect(slugify('Réactions et perspectives')).toBe('reactions-et-perspectives');
  });

  it('keeps eight words by default', () => {
    expect(slugify('un deux trois quatre cinq six sept huit neuf dix')).toBe('un-deux-trois-quatre-cinq-six-sept-huit');
  });

  it('drops emoji, punctuation and leading or trailing separators', () => {
    expect(slugify('🚀 Un rachat à 97,4 milliards : stratégie ou provocation ?')).toBe('un-rachat-a-97-4-milliards-strategie-ou');
    expect(slugify('« … »')).toBe('');
  });

  it('stays within 64 characters and never ends with a hyphen', () => {
    const slug = slugify('anticonstitutionnellement intergouvernementalisation extraordinairement internationalisation');
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).not.toMatch(/-$/u);
    expect(slug).toBe('anticonstitutionnellement-intergouvernementalisation-extraordina');
  });

  it('spells the ligatures œ and æ out as oe and ae', () => {
    expect(slugify('Le cœur de l’œuvre')).toBe('le-coeur-de-l-oeuvre');
    expect(slugify('Lætitia')).toBe('laetitia');
  });
});

describe('ofName', () => {
  it('contracts « de » with the article of a name, and elides it before a vowel', () => {
    expect(ofName('Le Courrier des Stratèges')).toBe('du Courrier des Stratèges');
    expect(ofName('Le Tech Observateur')).toBe('du Tech Observateur');
    expect(ofName('Les Échos')).toBe('des Échos');
    expect(ofName('Euronews')).toBe('d’Euronews');
    expect(ofName('Sciencepost')).toBe('de Sciencepost');
    expect(ofName('La Tribune')).toBe('de La Tribune');
    expect(ofName('Lemonde.fr')).toBe('de Lemonde.fr');
  });
});

describe('countOf', () => {
  it('keeps the singular up to one and writes thousands apart', () => {
    expect(countOf(1, 'source')).toBe('1 source');
    expect(countOf(0, 'mention')).toBe('0 mention');
    expect(countOf(2, 'version')).toBe('2 versions');
    expect(countOf(5000, 'source')).toBe('5\u202F000 sources');
    expect(countOf(3, 'journal', 'journaux')).toBe('3 journaux');
  });
});

describe('closestIds', () => {
  it('puts the ids that start alike or differ by a typo first, and keeps the list short', () => {
    const known = Array.from({ length: 50 }, (_, i) => `capture-${String(i).padStart(3, '0')}`).concat(['sciencepost-consortium-musk-openai', 'digimedia-openai-rejette-offre']);
    expect(closestIds('sciencepost', known)[0]).toBe('sciencepost-consortium-musk-openai');
    expect(closestIds('digimedia-openai-rejete-offre', known)[0]).toBe('digimedia-openai-rejette-offre');
    expect(closestIds('capture-01', known)).toHaveLength(5);
  });
});

describe('titleOf', () => {
  it('says when the editors gave the title', () => {
    expect(titleOf({ title: 'Elon Musk propose 97,4 milliards', titleBasis: 'inferred' })).toBe('Elon Musk propose 97,4 milliards (titre de la rédaction)');
    expect(titleOf({ title: 'OpenAI rejette l’offre', titleBasis: 'stated' })).toBe('OpenAI rejette l’offre');
  });
});
