import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findAmounts } from '../../src/lib/find-amounts.ts';
import { findDates, type DateContext } from '../../src/lib/find-dates.ts';
import { createEntityFinder, type EntityNames } from '../../src/lib/find-entity-mentions.ts';
import { findQuotations } from '../../src/lib/find-quotations.ts';
import { formatAmount } from '../../src/lib/format-amount.ts';
import { keywordInContext } from '../../src/lib/keyword-in-context.ts';
import { createMatcher, type PatternMatch } from '../../src/lib/multi-pattern-matcher.ts';
import { entitySchema } from '../../src/lib/schemas.ts';
import { ROOT } from './helpers.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** A small deterministic generator, so a failing random case can be replayed. */
function random(seed: number) {
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
}

/** Every occurrence of every pattern, the slow obvious way. */
function naiveSearch(patterns: readonly string[], text: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern === '') return;
    for (let start = text.indexOf(pattern); start !== -1; start = text.indexOf(pattern, start + 1)) {
      matches.push({ start, end: start + pattern.length, pattern: index });
    }
  });
  return matches;
}

const sorted = (matches: readonly PatternMatch[]) =>
  [...matches].sort((a, b) => a.start - b.start || a.end - b.end || a.pattern - b.pattern);

describe('createMatcher', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    expect(sorted(createMatcher(['Musk', 'Elon Musk']).search('Elon Musk'))).toEqual([
      { start: 0, end: 9, pattern: 1 },
      { start: 5, end: 9, pattern: 0 },
    ]);
    // The textbook case: every pattern ends inside another one.
    expect(sorted(createMatcher(['he', 'she', 'his', 'hers']).search('ushers'))).toEqual([
      { start: 1, end: 4, pattern: 1 },
      { start: 2, end: 4, pattern: 0 },
      { start: 2, end: 6, pattern: 3 },
    ]);
  });

  it('finds what a naive search finds, on random patterns and texts', () => {
    const next = random(7);
    const alphabet = ['a', 'b', 'c', 'é', '😀'];
    const word = (length: number) => Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
    const failures: unknown[] = [];
    for (let trial = 0; trial < 300; trial++) {
      const patterns = Array.from({ length: 1 + next(6) }, () => word(1 + next(4)));
      const text = word(next(40));
      const [actual, expected] = [sorted(createMatcher(patterns).search(text)), sorted(naiveSearch(patterns, text))];
      if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push({ patterns, text, actual, expected });
    }
    expect(failures).toEqual([]);
  });

  it('gives offsets in UTF-16 code units, as String.prototype.slice takes them', () => {
    const text = '😀 Musk et 😀😀 Musk';
    const matches = createMatcher(['Musk', '😀 M']).search(text);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(['Musk', '😀 M'][match.pattern]);
    expect(matches).toHaveLength(4);
  });

  it('ignores empty patterns and is case-sensitive', () => {
    expect(createMatcher(['', 'Free']).search('free Free FREE')).toEqual([{ start: 5, end: 9, pattern: 1 }]);
  });

  it('returns the right count for 1,000 patterns over a 200 KB text', () => {
    const patterns = Array.from({ length: 1000 }, (_, i) => `w${i}x`);
    const words = Array.from({ length: 36_000 }, (_, k) => `w${(k * 7) % 1000}x`);
    const text = words.join(' ');
    expect(text.length).toBeGreaterThan(200_000);
    const matches = createMatcher(patterns).search(text);
    expect(matches).toHaveLength(words.length);
    expect(matches.every((match) => text.slice(match.start, match.end) === patterns[match.pattern])).toBe(true);
  });

  it('follows failure links without rescanning: ab, aab, … a×1000 b over 50,000 a then b', () => {
    // A naive search would compare about 5·10⁷ characters here; the automaton reads each once.
    const patterns = Array.from({ length: 1000 }, (_, i) => `${'a'.repeat(i + 1)}b`);
    const text = `${'a'.repeat(50_000)}b`;
    const matches = createMatcher(patterns).search(text);
    expect(matches).toHaveLength(1000);
    expect(new Set(matches.map((match) => match.end))).toEqual(new Set([text.length]));
  });
});

const REGISTRY = (parseYaml(readFileSync(`${ROOT}content/entities.yaml`, 'utf8')) as unknown[]).map((entity) => entitySchema.parse(entity));

describe('createEntityFinder', () => {
  const finder = createEntityFinder(REGISTRY);
  const found = (text: string) => finder.find(text).map((mention) => [mention.entity, mention.exact]);

  it('matches whole words only, whatever the script: no X in Xavier, no Open in OpenAI, no Musk in Muskrat', () => {
    const small = createEntityFinder([
      { id: 'x', name: 'X', aliases: [] },
      { id: 'open', name: 'Open', aliases: [] },
      { id: 'musk', name: 'Musk', aliases: [] },
    ]);
    for (const text of ['Xavier', 'OpenAI', 'Muskrat', 'Muské', 'éMusk', 'X2', '2X', 'Xénia', 'ÆX']) expect(small.find(text), text).toEqual([]);
    expect(small.find('X, Open et Musk.').map((mention) => mention.exact)).toEqual(['X', 'Open', 'Musk']);
  });

  it('treats apostrophes, hyphens, brackets and guillemets as boundaries', () => {
    expect(found('d’OpenAI, d\'OpenAI, l’OpenAI LP, Altman-Musk, (Grok), «X»')).toEqual([
      ['openai', 'OpenAI'],
      ['openai', 'OpenAI'],
      ['openai-lp', 'OpenAI LP'],
      ['sam-altman', 'Altman'],
      ['elon-musk', 'Musk'],
      ['grok', 'Grok'],
      ['x-twitter', 'X'],
    ]);
  });

  it('prefers the longest name where names overlap', () => {
    expect(found('X (anciennement Twitter)')).toEqual([['x-twitter', 'X (anciennement Twitter)']]);
    expect(found('OpenAI LP')).toEqual([['openai-lp', 'OpenAI LP']]);
    expect(found('Elon Musk')).toEqual([['elon-musk', 'Elon Musk']]);
    expect(found('The Wall Street Journal')).toEqual([['wall-street-journal', 'The Wall Street Journal']]);
    expect(found('le Paris AI Action Summit')).toEqual([['sommet-action-ia', 'Paris AI Action Summit']]);
  });

  it('tells X (anciennement Twitter) from Xavier Niel and OpenAI LP from OpenAI and Open AI', () => {
    expect(found('Sur X (anciennement Twitter), Xavier Niel répond ; OpenAI LP, OpenAI et Open AI.')).toEqual([
      ['x-twitter', 'X (anciennement Twitter)'],
      ['xavier-niel', 'Xavier Niel'],
      ['openai-lp', 'OpenAI LP'],
      ['openai', 'OpenAI'],
      ['openai', 'Open AI'],
    ]);
  });

  it('is case-sensitive: free is not Free, openai is not OpenAI', () => {
    expect(found('free, FREE, openai, x, elon musk')).toEqual([]);
    expect(found('Free')).toEqual([['free', 'Free']]);
  });

  it('gives offsets that slice back to the mention', () => {
    const text = '🚀 L’avocat d’Elon Musk, Marc Toberoff, écrit à OpenAI.';
    for (const mention of finder.find(text)) expect(text.slice(mention.start, mention.end)).toBe(mention.exact);
    expect(finder.find(text).map((mention) => mention.entity)).toEqual(['elon-musk', 'marc-toberoff', 'openai']);
  });

  it('finds nothing with an empty registry', () => {
    expect(createEntityFinder([]).find('Elon Musk')).toEqual([]);
  });

  it('finds a name written with a no-break space as one mention', () => {
    const entities: EntityNames[] = [{ id: 'elon-musk', name: 'Elon Musk', aliases: ['Elon', 'Musk'] }];
    expect(createEntityFinder(entities).find(`Elon${NBSP}Musk`)).toEqual([{ start: 0, end: 9, entity: 'elon-musk', exact: `Elon${NBSP}Musk` }]);
  });
});

describe('findAmounts', () => {
  const values = (text: string) => findAmounts(text).map(({ exact, value, currency }) => [exact, value, currency]);

  it('reads French decimals and scale words into exact integers', () => {
    const amounts = findAmounts('97,4 milliards de dollars, 9,74 milliards, 500 milliards de dollars, 0,5 milliard, 3 millions d’euros');
    expect(amounts.map((amount) => amount.value)).toEqual([97_400_000_000, 9_740_000_000, 500_000_000_000, 500_000_000, 3_000_000]);
    for (const amount of amounts) expect(Number.isInteger(amount.value), amount.exact).toBe(true);
  });

  it('reads spaces, no-break spaces and narrow no-break spaces as thousands separators', () => {
    for (const space of [' ', NBSP, NNBSP]) {
      const text = `1${space}200${space}000 euros`;
      expect(values(text), JSON.stringify(text)).toEqual([[text, 1_200_000, 'EUR']]);
    }
    expect(values('500 000 000 000 $')).toEqual([['500 000 000 000 $', 500_000_000_000, 'USD']]);
  });

  it('gives the currency the text gives, USD or EUR, and null when it gives none', () => {
    expect(values('97,4 milliards de dollars ; 97,4 milliards $ ; $97.4 billion ; 97,4 milliards USD')).toEqual([
      ['97,4 milliards de dollars', 97_400_000_000, 'USD'],
      ['97,4 milliards $', 97_400_000_000, 'USD'],
      ['$97.4 billion', 97_400_000_000, 'USD'],
      ['97,4 milliards USD', 97_400_000_000, 'USD'],
    ]);
    expect(values('3 millions d’euros ; 100 millions d\'euros ; 10 € ; 5 EUR')).toEqual([
      ['3 millions d’euros', 3_000_000, 'EUR'],
      ["100 millions d'euros", 100_000_000, 'EUR'],
      ['10 €', 10, 'EUR'],
      ['5 EUR', 5, 'EUR'],
    ]);
    expect(values('nous rachèterons Twitter pour 9,74 milliards si tu veux')).toEqual([['9,74 milliards', 9_740_000_000, null]]);
  });

  it('reads English thousands separators as such', () => {
    expect(values('$1,000 and 1,000 dollars')).toEqual([
      ['$1,000', 1000, 'USD'],
      ['1,000 dollars', 1000, 'USD'],
    ]);
  });

  it('takes a number without a scale word or a currency for no amount', () => {
    expect(findAmounts('En 2015, 12 salariés, le 10 février 2025, GPT-4, 97,4 % et 2 000 votes ; des centaines de milliards de dollars.')).toEqual([]);
  });

  it('gives offsets that slice back to the amount, without trailing spaces', () => {
    const text = `Une offre de 97,4${NBSP}milliards${NBSP}$ , puis 9,74 milliards .`;
    for (const amount of findAmounts(text)) {
      expect(text.slice(amount.start, amount.end)).toBe(amount.exact);
      expect(amount.exact).toBe(amount.exact.trim());
    }
  });

  it('keeps the currency of « 97,4 milliards de dollars » written with no-break spaces', () => {
    const text = `97,4${NBSP}milliards${NBSP}de${NBSP}dollars`;
    expect(values(text)).toEqual([[text, 97_400_000_000, 'USD']]);
  });

  it('reads « 1,125 milliard d’euros » as a French decimal', () => {
    expect(values('1,125 milliard d’euros')).toEqual([['1,125 milliard d’euros', 1_125_000_000, 'EUR']]);
  });
});

describe('formatAmount', () => {
  it('writes the value in full, French style, with its currency or the lack of one', () => {
    expect(formatAmount(97_400_000_000, 'USD')).toBe(`97${NNBSP}400${NNBSP}000${NNBSP}000 dollars`);
    expect(formatAmount(1_500, 'EUR')).toBe(`1${NNBSP}500 euros`);
    expect(formatAmount(9_740_000_000, null)).toBe(`9${NNBSP}740${NNBSP}000${NNBSP}000 (devise non précisée)`);
  });
});

describe('findDates', () => {
  const day: DateContext = { published: { date: '2025-02-11', precision: 'day' } };
  const month: DateContext = { published: { date: '2025-02', precision: 'month' } };
  const year: DateContext = { published: { date: '2025', precision: 'year' } };
  const dates = (text: string, context?: DateContext) => findDates(text, context).map(({ exact, date }) => [exact, date]);

  it('gives the ISO date of full dates, whatever their form', () => {
    expect(dates('Lundi 10 février 2025, le 1er mars 2025, 2025-02-17, February 14, 2025, le 12/02/2025 et le 10 Février 2025')).toEqual([
      ['Lundi 10 février 2025', '2025-02-10'],
      ['1er mars 2025', '2025-03-01'],
      ['2025-02-17', '2025-02-17'],
      ['February 14, 2025', '2025-02-14'],
      ['12/02/2025', '2025-02-12'],
      ['10 Février 2025', '2025-02-10'],
    ]);
  });

  it('gives years and months at the precision the text settles', () => {
    expect(dates('fondée en 2015, partie depuis 2018, En 2023, en mai 2024, fin décembre 2024')).toEqual([
      ['en 2015', '2015'],
      ['depuis 2018', '2018'],
      ['En 2023', '2023'],
      ['en mai 2024', '2024-05'],
      ['fin décembre 2024', '2024-12'],
    ]);
  });

  it('reads « ce lundi » as the last Monday on or before a day-precise publication', () => {
    expect(dates('adressée ce lundi au conseil', day)).toEqual([['ce lundi', '2025-02-10']]);
    expect(dates('ce mardi', day)).toEqual([['ce mardi', '2025-02-11']]);
    expect(dates('ce mercredi', day)).toEqual([['ce mercredi', '2025-02-05']]);
  });

  it('leaves « ce lundi » unsettled without a day-precise publication', () => {
    expect(dates('ce lundi', month)).toEqual([['ce lundi', null]]);
    expect(dates('ce lundi', year)).toEqual([['ce lundi', null]]);
    expect(dates('ce lundi')).toEqual([['ce lundi', null]]);
  });

  it('reads « en décembre » in a text of February 2025 as December 2024', () => {
    expect(dates('Pour mémoire, en décembre, le milliardaire a lancé une offensive.', month)).toEqual([['en décembre', '2024-12']]);
    expect(dates('en décembre', day)).toEqual([['en décembre', '2024-12']]);
    expect(dates('en février', month)).toEqual([['en février', '2025-02']]);
    expect(dates('en décembre', year)).toEqual([['en décembre', null]]);
    expect(dates('en décembre')).toEqual([['en décembre', null]]);
  });

  it('gives a day without a year the year of the last such day on or before publication', () => {
    expect(dates('le 10 février et le 20 décembre', day)).toEqual([
      ['10 février', '2025-02-10'],
      ['20 décembre', '2024-12-20'],
    ]);
    expect(dates('le 10 février', month)).toEqual([['10 février', '2025-02-10']]);
    expect(dates('le 10 février')).toEqual([['10 février', null]]);
  });

  it('marks a date that does not exist, without an ISO date', () => {
    expect(dates('le 29 février 2025, le 2025-02-30, le 31/04/2025')).toEqual([
      ['29 février 2025', null],
      ['2025-02-30', null],
      ['31/04/2025', null],
    ]);
  });

  it('reads no-break spaces as spaces', () => {
    expect(dates(`le 10${NBSP}février${NNBSP}2025 et ce${NBSP}lundi`, day)).toEqual([
      [`10${NBSP}février${NNBSP}2025`, '2025-02-10'],
      [`ce${NBSP}lundi`, '2025-02-10'],
    ]);
  });

  it('keeps the longest of overlapping dates', () => {
    expect(dates('Lundi 10 février 2025')).toEqual([['Lundi 10 février 2025', '2025-02-10']]);
    expect(dates('les 10 et 11 février 2025')).toEqual([['11 février 2025', '2025-02-11']]);
  });

  it('finds no date in numbers that are not dates', () => {
    expect(dates('97,4 milliards, 2 000 votes, GPT-4, 12/2025, en 20150')).toEqual([]);
  });

  it('finds « mi-février »', () => {
    expect(dates('mi-février', day)).toEqual([['mi-février', '2025-02']]);
  });

  it('settles « ce lundi 10 février 2025 » from the date the text spells out', () => {
    const found = findDates('adressée ce lundi 10 février 2025 au conseil', month);
    expect(found.some((mention) => mention.exact.endsWith('10 février 2025') && mention.date === '2025-02-10')).toBe(true);
  });
});

describe('findQuotations', () => {
  const exact = (text: string) => findQuotations(text).map((quotation) => quotation.exact);

  it('finds « … », “…” and "…" quotations, marks included, with or without spaces', () => {
    expect(exact(`« Non merci », «Escroc», «${NBSP}oui${NBSP}», “yes” et "OpenAI n'est pas à vendre"`)).toEqual([
      '« Non merci »',
      '«Escroc»',
      `«${NBSP}oui${NBSP}»`,
      '“yes”',
      '"OpenAI n\'est pas à vendre"',
    ]);
  });

  it('reads a « glued to the last word and followed by a space or punctuation as a slip for » (« Stargate« )', () => {
    const text = 'l’entreprise appelée « Stargate« , dotée de 500 milliards ; il n’est « pas une personne heureuse ».';
    expect(exact(text)).toEqual(['« Stargate«', '« pas une personne heureuse »']);
    expect(exact('a évoqué le « syndrome du fondateur« , où les fondateurs')).toEqual(['« syndrome du fondateur«']);
    expect(exact('a évoqué le « syndrome du fondateur«.')).toEqual(['« syndrome du fondateur«']);
    expect(exact(`le «${NBSP}syndrome du fondateur«`)).toEqual([`«${NBSP}syndrome du fondateur«`]);
  });

  it('keeps a second « that stands after a space, or is followed by a word, for an opening mark', () => {
    // A quotation inside another, French style: the inner one only, as before.
    expect(exact('« il a dit « non » hier')).toEqual(['« non »']);
    expect(exact('« il a dit « non » hier »')).toEqual(['« non »']);
    expect(exact('« Stargate«suite et rien')).toEqual([]);
    expect(exact('Il a dit « oui, et puis « rien.')).toEqual([]);
  });

  it('keeps a glued « that a later » closes for an opening mark (Puis« oui »)', () => {
    expect(exact('Il a dit « non, et rien d’autre. Puis« oui ».')).toEqual(['« oui »']);
  });

  it('reads a » after a colon or at the start of a sentence, followed by a word, as a slip for « (» Escroc. »)', () => {
    expect(exact('Musk a répondu brièvement : » Escroc. »')).toEqual(['» Escroc. »']);
    expect(exact(`Musk a répondu${NBSP}:${NBSP}»${NBSP}Escroc.${NBSP}» Puis rien.`)).toEqual([`»${NBSP}Escroc.${NBSP}»`]);
    expect(exact('Musk a répondu :» Escroc », sans plus.')).toEqual(['» Escroc »']);
    expect(exact('» Nous ferons en sorte que cela se produise. »')).toEqual(['» Nous ferons en sorte que cela se produise. »']);
    expect(exact('Il a tranché. » Escroc ! » Et rien d’autre.')).toEqual(['» Escroc ! »']);
  });

  it('takes no other » for an opening mark', () => {
    // A breadcrumb or a link arrow: no colon nor sentence end before it.
    expect(exact('Accueil » International » OpenAI rejette l’offre')).toEqual([]);
    expect(exact('Lire la suite » Voir plus »')).toEqual([]);
    // Not followed by a word.
    expect(exact('Il a répondu : » … »')).toEqual([]);
    expect(exact('Il a répondu : »')).toEqual([]);
    // Never closed in the paragraph.
    expect(exact('Musk a répondu brièvement : » Escroc.')).toEqual([]);
    // The next » is glued to a word that follows: not a closing mark.
    expect(exact('Il a dit : » non »oui')).toEqual([]);
    // » used as bullets before links: a label with a colon is no quotation.
    expect(exact('» Lire aussi : Musk veut racheter OpenAI » Lire aussi : Altman répond')).toEqual([]);
  });

  it('leaves the » that closes a « » pair alone, and closes a reversed opening only with a » that opens nothing', () => {
    expect(exact('« Non merci. » Mais il a répondu : « Escroc ».')).toEqual(['« Non merci. »', '« Escroc »']);
    // The end of a quotation opened in an earlier paragraph, then a reversed opening.
    expect(exact('se produise. » Puis il a conclu : » Escroc. »')).toEqual(['» Escroc. »']);
    // The second » closes a « » pair: the first one has no closing mark left.
    expect(exact('Il a dit : » non « et » rien')).toEqual(['« et »']);
  });

  it('skips an opening mark that is never closed', () => {
    expect(exact('Il a dit « non, et rien d’autre. “Oui')).toEqual([]);
  });

  it('keeps a quotation inside another as part of the outer one', () => {
    expect(exact('« il a dit “non” hier » puis “elle a dit « oui »”')).toEqual(['« il a dit “non” hier »', '“elle a dit « oui »”']);
  });

  it('pairs straight quotes in order and leaves an odd last one alone', () => {
    expect(exact('"un" puis "deux" et "')).toEqual(['"un"', '"deux"']);
  });

  it('gives offsets that slice back to the quotation', () => {
    const text = 'Altman : « Non merci. Mais nous pouvons racheter X pour 9,74 milliards. » Musk : « Escroc ».';
    for (const quotation of findQuotations(text)) expect(text.slice(quotation.start, quotation.end)).toBe(quotation.exact);
  });
});

describe('keywordInContext', () => {
  const line = (context: { before: string; keyword: string; after: string }) => `${context.before}[${context.keyword}]${context.after}`;

  it('cuts at word boundaries, with an ellipsis where the text goes on', () => {
    expect(keywordInContext('Selon Altman, Musk chercherait à ralentir OpenAI', 14, 18, 12)).toEqual({ before: '…Altman, ', keyword: 'Musk', after: ' chercherait…' });
  });

  it('keeps the whole text, without ellipses, when it fits', () => {
    expect(line(keywordInContext('Selon Altman, Musk chercherait à ralentir OpenAI', 14, 18))).toBe('Selon Altman, [Musk] chercherait à ralentir OpenAI');
  });

  it('never cuts a word on either side, whatever the width', () => {
    const text = 'Cette tentative de rachat, orchestrée par l’avocat du milliardaire, Marc Toberoff, a été officiellement adressée ce lundi au conseil.';
    const start = text.indexOf('Marc Toberoff');
    const end = start + 'Marc Toberoff'.length;
    for (let width = 12; width <= 80; width++) {
      const { before, after } = keywordInContext(text, start, end, width);
      const from = start - before.replace(/^…/u, '').length;
      const to = end + after.replace(/…$/u, '').length;
      expect(from === 0 || text[from - 1] === ' ', `width ${width}: ${before}`).toBe(true);
      expect(to === text.length || text[to] === ' ', `width ${width}: ${after}`).toBe(true);
      expect(before.startsWith('…')).toBe(from > 0);
      expect(after.endsWith('…')).toBe(to < text.length);
    }
  });

  it('keeps the keyword at the start or the end of the text', () => {
    expect(keywordInContext('Musk a répondu.', 0, 4, 60)).toEqual({ before: '', keyword: 'Musk', after: ' a répondu.' });
    expect(keywordInContext('a répondu Musk', 10, 14, 60)).toEqual({ before: 'a répondu ', keyword: 'Musk', after: '' });
  });

  it('does not cut the word after the keyword when it does not fit', () => {
    expect(keywordInContext('Musk chercherait à ralentir OpenAI', 0, 4, 6)).toEqual({ before: '', keyword: 'Musk', after: '…' });
  });

  it('keeps a word that starts exactly where the window starts', () => {
    // "Altman, " is the 8 characters before "Musk".
    expect(keywordInContext('Selon Altman, Musk chercherait', 14, 18, 8).before).toBe('…Altman, ');
  });
});
