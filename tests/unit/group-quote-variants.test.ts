import { describe, expect, it } from 'vitest';
import { groupQuoteVariants, holdsWording, overlap, wording, type QuoteVariant } from '../../src/lib/group-quote-variants.ts';

const variant = (source: string, speaker: string, quote: string, block = `p-${source}`): QuoteVariant => ({ source, speaker, quote, block });
/** Each group as its variants' `source/speaker: quote`. */
const grouped = (variants: QuoteVariant[]) =>
  groupQuoteVariants(variants).map((group) => group.variants.map((v) => `${v.source}/${v.speaker}: ${v.quote}`));

describe('overlap', () => {
  it('counts the shared words over the words of the shorter quotation, the two apostrophes alike', () => {
    expect(overlap("OpenAI n'est pas à vendre", 'OpenAI n’est pas à vendre… Je pense qu’il tente de nous ralentir')).toBe(1);
    expect(overlap('Escroc', 'Non merci')).toBe(0);
    expect(overlap('', 'Non merci')).toBe(0);
  });
});

describe('groupQuoteVariants', () => {
  it('groups the versions of one statement that different sources report, in their order', () => {
    expect(
      grouped([
        variant('courrier', 'sam-altman', 'Non merci, mais nous pouvons racheter Twitter pour 9,74 milliards de dollars si vous le souhaitez.'),
        variant('techobs', 'sam-altman', 'Non merci. Mais nous pouvons racheter X pour 9,74 milliards.'),
        variant('techobs', 'elon-musk', 'Escroc'),
        variant('frenchbot', 'sam-altman', 'Non merci, mais nous rachèterons Twitter pour 9,74 milliards si tu veux'),
        variant('frenchbot', 'elon-musk', 'Escroc.'),
      ]),
    ).toEqual([
      [
        'courrier/sam-altman: Non merci, mais nous pouvons racheter Twitter pour 9,74 milliards de dollars si vous le souhaitez.',
        'techobs/sam-altman: Non merci. Mais nous pouvons racheter X pour 9,74 milliards.',
        'frenchbot/sam-altman: Non merci, mais nous rachèterons Twitter pour 9,74 milliards si tu veux',
      ],
      ['techobs/elon-musk: Escroc', 'frenchbot/elon-musk: Escroc.'],
    ]);
  });

  it('keeps a source’s repeat of the same words as one version, with the paragraphs of the repeats', () => {
    const groups = groupQuoteVariants([
      variant('courrier', 'sam-altman', 'pas une personne heureuse', 'p-chapo'),
      variant('courrier', 'sam-altman', 'pas une\u00A0personne heureuse', 'p-article'),
      variant('courrier', 'sam-altman', 'Je ne pense pas qu’il soit une personne heureuse.', 'p-interview'),
      variant('autre', 'sam-altman', 'pas une personne heureuse', 'p-autre'),
    ]);
    expect(groups).toEqual([
      {
        variants: [
          { source: 'courrier', speaker: 'sam-altman', quote: 'pas une personne heureuse', block: 'p-chapo', repeatedIn: ['p-article'] },
          { source: 'courrier', speaker: 'sam-altman', quote: 'Je ne pense pas qu’il soit une personne heureuse.', block: 'p-interview' },
          // Another source's identical words are its own version: the page says it is the same text.
          { source: 'autre', speaker: 'sam-altman', quote: 'pas une personne heureuse', block: 'p-autre' },
        ],
      },
    ]);
  });

  it('counts a repeat in the same paragraph, treats the two apostrophes and the closing punctuation alike, but not a change of case or of punctuation within', () => {
    const [group] = groupQuoteVariants([
      variant('a', 'sam-altman', "n'est pas à vendre", 'p-1'),
      variant('a', 'sam-altman', 'n’est pas à vendre', 'p-1'),
      variant('a', 'sam-altman', 'n’est pas à vendre !', 'p-2'),
      variant('a', 'sam-altman', 'N’est pas à vendre', 'p-3'),
      variant('a', 'sam-altman', 'n’est pas, à vendre', 'p-4'),
    ]);
    expect(group!.variants.map((v) => [v.quote, v.repeatedIn])).toEqual([
      ["n'est pas à vendre", ['p-1', 'p-2']],
      ['N’est pas à vendre', undefined],
      ['n’est pas, à vendre', undefined],
    ]);
  });

  it('reads « Escroc » and « Escroc. » as one wording', () => {
    expect(wording('Escroc')).toBe(wording(' Escroc. '));
    expect(wording('« Non merci »')).toBe(wording('Non merci !'));
    expect(wording('Non merci, mais')).not.toBe(wording('Non merci. Mais'));
  });

  it('does not change the variants it is given', () => {
    const input = [variant('a', 'x', 'Escroc', 'p-1'), variant('a', 'x', 'Escroc', 'p-2')];
    groupQuoteVariants(input);
    expect(input).toEqual([variant('a', 'x', 'Escroc', 'p-1'), variant('a', 'x', 'Escroc', 'p-2')]);
  });

  it('groups a wording that another source gives to a different speaker, word for word, as one statement (Altman or Bret Taylor)', () => {
    expect(
      grouped([
        variant('courrier', 'sam-altman', 'n’est pas à vendre'),
        variant('courrier', 'sam-altman', 'OpenAI n’est pas à vendre… Je pense qu’il tente de nous ralentir'),
        variant('digimedia', 'bret-taylor', "OpenAI n'est pas à vendre"),
      ]),
    ).toEqual([
      [
        'courrier/sam-altman: n’est pas à vendre',
        'courrier/sam-altman: OpenAI n’est pas à vendre… Je pense qu’il tente de nous ralentir',
        "digimedia/bret-taylor: OpenAI n'est pas à vendre",
      ],
    ]);
  });

  it('reads a wording held by another, case, apostrophes, spacing and punctuation aside', () => {
    expect(grouped([variant('a', 'x', 'N’EST PAS, à  vendre !'), variant('b', 'y', "« OpenAI n'est pas à vendre », a-t-il dit")])).toHaveLength(1);
    expect(holdsWording('affirmant que sa société « n’est pas à vendre »', "N'est pas à vendre")).toBe(true);
    // Whole words only: « tyran » is not in « tyrannique ».
    expect(holdsWording('un patron tyrannique', 'tyran')).toBe(false);
    expect(holdsWording('Non merci', '')).toBe(false);
  });

  it('does not bring two speakers together on a word or a set phrase of up to three words that a longer quotation holds', () => {
    expect(
      grouped([
        variant('techobs', 'elon-musk', 'Escroc'),
        variant('courrier', 'sam-altman', 'tyran'),
        variant('courrier', 'xavier-niel', 'pas une personne'),
        variant('autre', 'marc-toberoff', 'Je ne le traiterai pas de tyran ni d’escroc, ce n’est pas une personne heureuse'),
      ]),
    ).toHaveLength(4);
  });

  it('brings them together from four words on', () => {
    expect(grouped([variant('courrier', 'xavier-niel', 'pas une personne heureuse'), variant('autre', 'sam-altman', 'ce n’est pas une personne heureuse')])).toHaveLength(1);
  });

  it('keeps, within one source, the editors’ attribution of words that another speaker repeats', () => {
    expect(grouped([variant('courrier', 'elon-musk', 'OpenAI n’est pas à vendre'), variant('courrier', 'sam-altman', 'Il dit que « OpenAI n’est pas à vendre », soit')])).toHaveLength(2);
  });

  it('groups a sentence that sources give to different speakers, nearly word for word, as one statement (Musk or his lawyer)', () => {
    expect(
      grouped([
        variant('sciencepost', 'elon-musk', 'Il est temps qu’OpenAI redevienne la force open source et sécurisée qu’elle était autrefois. Nous ferons en sorte que cela se produise.'),
        variant('techobs', 'elon-musk', 'Il est temps pour OpenAI de redevenir la force positive, open source, axée sur la sécurité, qu’elle a été'),
        variant('courrier', 'marc-toberoff', 'Il est temps pour OpenAI de redevenir la force ouverte et axée sur la sécurité qu’elle était autrefois.'),
      ]),
    ).toHaveLength(1);
  });

  it('does not group short quotations that share a word or two by chance', () => {
    expect(grouped([variant('a', 'x', 'tyran'), variant('a', 'x', 'connard'), variant('b', 'x', 'pas une personne'), variant('b', 'x', 'une personne heureuse')])).toHaveLength(4);
  });
});
