/**
 * The commonest function words of the languages the ingest tool recognises.
 * Their share of a block's words is what tells prose (30–50 %) from menus,
 * credits and buttons (near 0 %), as in jusText; their share per language
 * tells the language.
 */
const LISTS = {
  fr: `a afin ai ait alors après au aucun aussi autre aux avait avant avec avoir c ça car ce ceci cela celle celles celui
    ces cet cette ceux chez comme comment d dans de des deux donc dont du elle elles en encore entre est et été être eu eux
    fait faire il ils j je jusqu l la le les leur leurs lui m ma mais me même mes moi mon n ne ni nos notre nous on ont ou
    où par parce pas peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se selon ses si son
    sont sous sur ta te tes toi ton tous tout toute toutes très tu un une unes uns vers via vos votre vous y à déjà était
    étaient sera seront sans puis ainsi dont cependant toutefois lors depuis après avant chaque plusieurs pendant durant dès
    malgré`,
  en: `a about after all also am an and any are as at be been before being between both but by can could did do does
    during each for from had has have he her here hers him his how i if in into is it its just may me more most my no nor
    not of on once only or other our ours out over own same she should so some such than that the their theirs them then
    there these they this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours said says since however because against`,
  es: `el la los las de del que y en un una por con para es se no su al lo como más pero sus le ya o este sí porque esta
    entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante uno ni contra ese eso ante ellos e
    esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar`,
  de: `der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass
    sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man
    sein wurde sei ihr ich wir dieser diese dieses`,
  it: `il lo la i gli le di a da in con su per tra fra che e è un una uno non si del della dei delle al alla ai alle dal
    dalla nel nella sul sulla come ma anche più sono ha hanno essere questo questa quello quella suo sua loro ci ne se`,
} as const;

export type StopWordLanguage = keyof typeof LISTS;

export const STOP_WORD_LANGUAGES = Object.keys(LISTS) as StopWordLanguage[];

export const STOP_WORDS: Readonly<Record<StopWordLanguage, ReadonlySet<string>>> = {
  fr: toSet(LISTS.fr),
  en: toSet(LISTS.en),
  es: toSet(LISTS.es),
  de: toSet(LISTS.de),
  it: toSet(LISTS.it),
};

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter(Boolean));
}

/** The stop words of `language`, or the French and English ones together when it has no list. */
export function stopWordsOf(language: string): ReadonlySet<string> {
  if (language in STOP_WORDS) return STOP_WORDS[language as StopWordLanguage];
  return new Set([...STOP_WORDS.fr, ...STOP_WORDS.en]);
}
