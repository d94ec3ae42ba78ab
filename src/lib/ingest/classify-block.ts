import type { RemovedKind } from '../schemas.ts';
import { isProse } from './block-shape.ts';
import { findDates } from './find-dates.ts';
import { wordTokens } from './word-tokens.ts';

/**
 * What a block of boilerplate does to the article around it:
 * - `inline`: removed alone, the article goes on (a share button, a credit);
 * - `section`: starts what usually follows an article (newsletter form,
 *   related links), but the article goes on if related prose follows;
 * - `closes`: only comes after an article (comment form, legal footer).
 */
export type Reach = 'inline' | 'section' | 'closes';

export interface BlockClass {
  kind: RemovedKind;
  reach: Reach;
  /** Which rule matched, for the report and for tests. */
  rule: string;
  /**
   * Only a phrase in what reads as article text (a paragraph, reported
   * speech) says so: the block is boilerplate where its neighbours are
   * (beside boilerplate of its kind, at the top or the end of the capture),
   * else the article's (a news story quoting a cookie banner).
   */
  tentative?: true;
}

/** Whether a rule takes a block: `'sure'`, `'tentative'` (see `BlockClass`), or `false`. */
export type RuleMatch = 'sure' | 'tentative' | false;

/**
 * One rule of the classifier, named so that the report can say which rule
 * matched and a test can call it alone.
 */
export interface BlockRule {
  name: string;
  kind: RemovedKind;
  reach: Reach;
  /** Whether the block is this boilerplate; `text` as `normalizeForRules` gives it. */
  test: (text: string, language: string) => RuleMatch;
}

/**
 * A rule made of patterns. A word is never enough: articles talk about
 * cookies, newsletters, comments and copyright. A pattern either is the
 * block's shape (the whole block, or how it starts: a button, a label,
 * « Lire aussi : ») or a phrase only boilerplate says (the reader
 * addressed, « abonnez-vous », « your email address »; a legal formula,
 * « tous droits réservés »), and the block must be short.
 */
interface PatternRule {
  name: string;
  kind: RemovedKind;
  reach: Reach;
  /** The longest block (in characters) the rule applies to: boilerplate is short. */
  max: number;
  /** The block's own shape, anchored at its start. */
  shape?: RegExp;
  /** A phrase anywhere in the block; in a block that reads as article text (a paragraph, reported speech), the match is tentative. */
  phrase?: RegExp;
}

const sure = (matches: boolean): RuleMatch => (matches ? 'sure' : false);

/** Above this length, a block that reads as prose may be an article's paragraph quoting a phrase of boilerplate. */
const PARAGRAPH = 150;

/**
 * Reported speech, which boilerplate never is: quotation marks, or an
 * incise after a comma (« …, explique le préfet. », « …, the paper said. »).
 */
const SPEECH = new RegExp(
  [
    '[«»“”"]',
    ",\\s+(?:nous |m'|lui |leur )?(?:a |ont |avait )?(?:dit|disent|déclare|déclaré|explique|expliquent|expliqué|précise|précisé|ajoute|ajouté|souligne|souligné|reconnaît|reconnu|prévient|préviennent|prévenu|lance|lancent|lancé|affirme|affirmé|assure|assuré|indique|indiqué|estime|estimé|répond|répondu|confie|confié|résume|résumé|rappelle|rappelé|annonce|annoncé|insiste|martèle|conclut|regrette)(?:-t-(?:il|elle|ils|elles))?(?!\\p{L})",
    ",\\s+(?:[\\p{L}'-]+\\s+){0,4}(?:said|says|told|added|wrote|warned|explained)\\b",
  ].join('|'),
  'iu',
);

function patternRule({ name, kind, reach, max, shape, phrase }: PatternRule): BlockRule {
  const test = (text: string, language: string): RuleMatch => {
    if (text.length > max) return false;
    if (shape?.test(text)) return 'sure';
    if (!phrase?.test(text)) return false;
    return (text.length > PARAGRAPH && isProse(text, language)) || SPEECH.test(text) ? 'tentative' : 'sure';
  };
  return { name, kind, reach, test };
}

/** The label of a link to another article, up to the link's title: « Lire aussi : », « Related: ». */
export const RELATED_LINK_LABEL = /^(?:à lire aussi|a lire aussi|lire aussi|lire également|à lire également|read more|read also|also read|see also|related|à voir aussi|voir aussi)\s*[:»>–—-]\s*(?=\S)/iu;

/** The buttons of share bars. */
const NETWORK =
  "(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|imprimer|print|pinterest|reddit|telegram|messenger|bluesky|threads|flipboard|copier le lien|copy link|tweet|j'aime|like this:?|like|loading\\.\\.\\.|chargement\\.\\.\\.)";

/** The links of a site's footer. */
const LEGAL_LINK =
  "(?:mentions légales|legal notice|conditions générales(?: d'utilisation| de vente)?|cgu|cgv|terms of (?:use|service)|terms and conditions|politique de confidentialité|privacy policy|plan du site|sitemap|nous contacter|contact(?:ez-nous)?|contact us|qui sommes-nous|about us)";

// Widget phrases in French and English, as pages print them. Matched against
// the block with ’ read as ', runs of spaces as one, and leading emoji dropped.
const PATTERN_RULES: PatternRule[] = [
  { kind: 'url', reach: 'inline', name: 'address', max: 500, shape: /^(?:https?:\/\/|www\.)\S+$/iu },
  { kind: 'byline', reach: 'inline', name: 'wire desk initials', max: 30, shape: /^[a-z]{2,5}(?:\/[a-z]{2,5}){1,5}$/u },
  {
    kind: 'byline',
    reach: 'section',
    name: 'reporting credit',
    max: 250,
    shape: /^\(?(?:additional )?(?:reporting|writing|editing) by\b/iu,
    phrase: /contributed to this (?:report|story|article)|(?:a|ont) contribué à (?:cet article|ce reportage|cette dépêche)/iu,
  },
  {
    kind: 'breadcrumb',
    reach: 'inline',
    name: 'breadcrumb',
    max: 300,
    shape: /^(?:(?:accueil|home|actualités?|news|à la une)\s*[/>›»|]|\p{L}[\p{L}\d-]*\/\p{L}[\p{L}\d-]*\/\S|(?:[^/>›|.!?«»]{1,40}\s[>›]\s){2,})/iu,
  },
  {
    kind: 'footer',
    reach: 'closes',
    name: 'copyright or legal line',
    max: 250,
    shape: new RegExp(`^(?:${LEGAL_LINK}|copyright|#{3}|-30-)[^\\p{L}\\p{N}]*$|^our standards\\s*:`, 'iu'),
    phrase: /©\s*(?:19|20)\d{2}|copyright\s*(?:©|\(c\)|(?:19|20)\d{2})|tous droits réservés|all rights reserved|trust principles/iu,
  },
  {
    kind: 'footer',
    reach: 'closes',
    name: 'press contact',
    max: 250,
    shape: /^(?:contacts?|contacts? presse|contacts? médias?|relations (?:presse|médias)|media contacts?|press contacts?|media inquiries)(?:\s*:.*)?$/iu,
  },
  {
    kind: 'footer',
    reach: 'closes',
    name: 'legal notice',
    max: 60,
    shape: /^(?:forward-looking statements|cautionary statement|safe harbor statement|disclaimer|déclarations prospectives|avertissement|avis de non-responsabilité|clause de non-responsabilité)\s*:?$/iu,
  },
  {
    kind: 'other',
    reach: 'closes',
    name: 'opinion disclaimer',
    max: 200,
    phrase: /engagent (?:leurs? )?(?:seuls? )?auteurs?|n'engagent que (?:leurs?|son|sa) auteur|the views expressed (?:in|here)|opinions expressed (?:in|here)|views are (?:the author's|their own)/iu,
  },
  {
    kind: 'other',
    reach: 'closes',
    name: 'feedback widget',
    max: 80,
    shape: /^(?:cet article vous a[- ]t[- ]il (?:été )?(?:utile|plu)|avez-vous trouvé cet article utile|was this (?:article|story|page) (?:helpful|useful)|did you find this (?:article )?(?:helpful|useful)|signaler une erreur|signaler un abus|report an error|report a typo)\s*\??$/iu,
  },
  { kind: 'other', reach: 'closes', name: 'about the publisher', max: 80, shape: /^(?:[ÀàAa] propos de|[Aa]bout)\s+\p{Lu}[^.!?]*$/u },
  {
    kind: 'image-credit',
    reach: 'inline',
    name: 'image credit',
    max: 200,
    shape:
      /^(?:crédits?(?: photo)?|credits?|photo|photos|image|illustration|photograph|picture|source image|légende)\s*[:©]|^©|^.*\((?:photos?|crédits?|credits?|images?)\s*:[^)]*\)$|^(?:getty images|afp photo|ap photo|shutterstock|istock|unsplash)\s*(?:[/|:]|$)/iu,
    // An agency's name after a slash or in brackets, where a credit puts it: « Jane Doe / Getty Images ».
    phrase: /(?:[/(©|]\s*|\s[-–—]\s)(?:getty images|afp photo|ap photo|shutterstock|istock|unsplash)\b|\b(?:photo|photograph|crédit photo|image)\s*:\s*\S[^.]*\/\s*\S/iu,
  },
  {
    kind: 'other',
    reach: 'inline',
    name: 'cookie banner',
    max: 400,
    shape:
      /^(?:accepter|refuser|tout accepter|tout refuser|accept|accept all|reject|reject all|continuer sans accepter|paramétrer|personnaliser|j'accepte|i agree|ok|(?:(?:gérer|paramétrer|personnaliser|accepter|refuser|tout accepter|tout refuser|manage|customi[sz]e|accept|reject|allow|accept all|reject all|allow all)\s+(?:les |mes |vos |tous les |all |the )?)?(?:cookies?|traceurs)(?: settings| preferences| policy| notice)?|(?:politique|gestion|paramètres|préférences|réglages) (?:de |des |en matière de |relative aux )?(?:cookies|traceurs)|(?:paramètres|préférences) de confidentialité|privacy (?:settings|preferences))[^\p{L}\p{N}]*$/iu,
    phrase:
      /we value your privacy|respecte votre vie privée|(?:nous|we)(?: et nos partenaires| and our partners)? (?:utilisons|use|déposons|place|store)\s+(?:des |de |les |our )?(?:cookies?|traceurs)|(?:ce|notre) site(?: web| internet)? (?:utilise|dépose)\s+(?:des )?(?:cookies?|traceurs)|(?:this|our) (?:web)?site uses cookies|en poursuivant (?:votre )?navigation|by continuing to (?:browse|use)|vous acceptez (?:leur|l'utilisation|l'usage|le dépôt)|vous consentez (?:au|à l'|à leur)|you (?:agree|consent) to (?:the|our) (?:use|storing)|(?:en cliquant sur|by clicking) «?\s*["“]?(?:accepter|tout accepter|j'accepte|accept|ok)\b|votre consentement|your consent/iu,
  },
  {
    kind: 'comments',
    reach: 'closes',
    name: 'comment form',
    max: 200,
    shape:
      /^(?:laisser un commentaire|leave a (?:comment|reply)|post a comment|ajouter un commentaire|écrire un commentaire|add a comment|notification pour|notify of|commentaires en ligne|inline feedbacks|(?:afficher|voir) (?:tous )?les (?:\d+ )?commentaires|(?:view|show|load) (?:all |more )?(?:\d+ )?comments|évaluation de l'article|article rating)\b|^(?:\d+\s+\d*\s*votes?|guest|(?:\d+\s+)?réactions?)$/iu,
    phrase:
      /laissez(?:-nous)? un commentaire|veuillez laisser un commentaire|n'hésitez pas à (?:laisser un commentaire|commenter|réagir)|soyez le premier à (?:commenter|réagir)|be the first to comment|connectez-vous pour (?:commenter|réagir)|log in to comment|logged in to post a comment|connecté pour publier un commentaire|dites[- ]le[- ]nous|tell us what you think|en commentaires?\s*!|(?:let us know|tell us)\b[^.]{0,40}\bin the comments/iu,
  },
  {
    kind: 'comments',
    reach: 'inline',
    name: 'comment count',
    max: 40,
    shape: /^(?:(?:\d+\s+)?(?:commentaires?|comments?|replies|réponses?)(?:\s*\(\d+\))?|réagir|react)$/iu,
  },
  {
    kind: 'newsletter',
    reach: 'section',
    name: 'newsletter or subscription form',
    max: 300,
    shape: /^(?:s'abonner\b|subscribe\b|sign up (?:for|to)\b|abonnement en cours|s'inscrire$|je m'inscris$)/iu,
    phrase:
      /abonnez-vous|inscrivez-vous|[.!?] (?:subscribe|sign up (?:for|to))\b|votre (?:adresse )?e-?mail|enter your e-?mail|your e-?mail address|you've been subscribed|recevez (?:nos|notre|chaque|gratuitement|l'essentiel|toute)|dans votre boîte (?:mail|e-?mail|de réception)|in your inbox/iu,
  },
  {
    kind: 'newsletter',
    reach: 'section',
    name: 'newsletter label',
    max: 120,
    // « Newsletter », « Nos newsletters », « Get our newsletter », « La newsletter du Courrier »: a label, a few words.
    shape: /^(?:(?:get|join|découvrez|recevez) )?(?:(?:la|les|nos|notre|votre|our|the|your) )?(?:newsletters?|lettres? d'information)(?:[\s:–—-]+[\p{L}\p{N}'&]+){0,4}[^\p{L}\p{N}]*$/iu,
  },
  {
    kind: 'share',
    reach: 'inline',
    name: 'share buttons',
    max: 120,
    shape: new RegExp(
      `^(?:(?:partager|partagez|share)(?: (?:cet|cette|l'|this|the)?\\s*(?:article|publication|story|post|page)| this)?(?:\\s*:)?(?:\\s+(?:sur|on|via)(?=\\s))?(?:[\\s|·•,]+(?:(?:et|and|ou|or)\\s+)?(?:${NETWORK}|les réseaux sociaux|social media))*|${NETWORK}(?:[\\s|·•,]+${NETWORK})*)\\s*:?$`,
      'iu',
    ),
  },
  {
    kind: 'teasers',
    reach: 'section',
    name: 'related articles heading',
    max: 60,
    shape:
      /^(?:à lire aussi|a lire aussi|lire aussi|lire également|à lire également|voir aussi|à voir aussi|sur le même sujet|dans la même rubrique|articles? similaires|articles? liés|nos derniers articles|derniers articles|les plus lus|les plus partagés|read more|read next|related(?: articles| stories| posts| coverage| content)?|more from [\p{L}' ]+|recommended(?: for you| reading)?|you may also like|you might also like|vous aimerez aussi|vous pourriez aussi aimer|most read|most popular|more stories|also read|see also|latest news|dernières actualités|trending|most viewed|les plus vus|explore more(?: on these topics)?|more on this story|sur le même thème|sujets liés|mots-clés|tags|topics)\s*:?$/iu,
  },
  {
    kind: 'teasers',
    reach: 'inline',
    name: 'related article link',
    max: 250,
    shape: RELATED_LINK_LABEL,
  },
  {
    kind: 'promotion',
    reach: 'inline',
    name: 'advertisement label',
    max: 40,
    shape: /^(?:publicité|advertisement|annonce|pub|sponsorisé|sponsored|contenu sponsorisé|sponsored content|partenaire|ad)$/iu,
  },
  {
    kind: 'promotion',
    reach: 'section',
    name: 'promotional call to action',
    max: 250,
    shape: /^(?:prendre rendez-vous|offre spéciale|special offer|essai gratuit|free trial|download the app|code promo|promo code)\b/iu,
    phrase:
      /appelez[- ]nous|contactez[- ]nous|prenez rendez-vous|réservez (?:votre|une) (?:place|démo|démonstration|séance|consultation|formation|visite)|demandez (?:une|votre) démo|book a (?:demo|call)|request a demo|essayez gratuitement|try it (?:for )?free|(?:votre|your|start (?:a|your)|commencez (?:votre|un)|profitez (?:de votre|d'un)) (?:essai gratuit|free trial)|(?:code promo|promo code)\s*:|téléchargez (?:notre|l'application)|download our app|découvrez nos|discover our|get started today|retrouvez (?:tous )?nos (?:articles|offres|formations)/iu,
  },
  {
    kind: 'other',
    reach: 'inline',
    name: 'navigation',
    max: 80,
    shape:
      /^(?:skip to (?:main )?content|aller au contenu(?: principal)?|passer au contenu|aller à la navigation|menu|rechercher|recherche|search|se connecter|connexion|log ?in|sign in|s'identifier|mon compte|my account|fermer|close|retour(?: en haut)?|back to top|haut de page|accueil|home|communiqué de presse|press release|for immediate release|pour diffusion immédiate|écouter cet article|listen to this article|listen|écouter|sign up|s'inscrire|créer un compte|create account|register|\d+\s*min(?:utes?)?\s*(?:de lecture|read|reading)|(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?|reading time:?\s*\d+\s*min(?:utes?)?)$/iu,
  },
  {
    kind: 'dateline',
    reach: 'inline',
    name: 'relative time',
    max: 60,
    shape: /^(?:updated|published|posted|mis à jour|publié|modifié)?\s*(?:il y a\s+)?\d+\s*(?:min|minutes?|hours?|heures?|h|days?|jours?|j)(?:\s+ago)?$/iu,
  },
];

/** A caption whose credit follows a bar, in capitals: « Le pont, ici en 2023. | OUEST LITTORAL / ARCHIVES ». */
const CAPTION_CREDIT = /\|\s*\p{Lu}[\p{Lu}\d\s/.&'’-]{2,60}$/u;

/** Bylines: « Par … », « By … », « Rédigé par … », reporting credits. */
const BYLINE =
  /^(?:(?:article |billet )?(?:rédigé|écrit|publié|posté|proposé|signé)e? par\s+\S|propos recueillis par\s+\S|(?:interview|interviewed) by\s+\S|(?:written|posted|reported) by\s+\S|auteure?\s*:|author\s*:|\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b|\(?(?:avec|with) (?:afp|reuters|ap|bloomberg)\)?\.?$)/iu;
/** « Par Marie Dupont », « By Jane Smith »: a capital after « par » (case matters, so « Par les… » is prose). */
const SHORT_BYLINE = /^(?:[Pp]ar|PAR|[Bb]y|BY)\s+\p{Lu}/u;
/** « Posted on 2025-03-02 by Alex Martin »: a date and a name in one line. */
const DATED_BYLINE = /(?:^|\s)(?:[Pp]ar|[Bb]y)\s+\p{Lu}\p{L}/u;
const LONG_BYLINE = /^(?:(?:article |billet )?(?:rédigé|écrit|publié|posté|proposé|signé)e? par|propos recueillis par|(?:written|posted|reported) by|\(?(?:additional )?(?:reporting|writing|editing) by)\b/iu;
/** What a dateline holds besides the date. */
const DATELINE_WORDS =
  /^(?:publiée?|mise?|à|a|jour|le|la|modifiée?|updated|published|posted|last|on|at|am|pm|utc|gmt|cet|cest|edt|est|pst|pdt|bst|h|min|il|y|lecture|read|heure|heures|et|and|the|par|by|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|eastern|pacific|central|mountain|standard|daylight|time|et|pt|ct|heure|de|paris)$/iu;

/** The block as the rules read it: ’ as ', spaces folded, leading emoji and bullets dropped. */
export function normalizeForRules(text: string): string {
  return text
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    // Leading emoji and bullets go; © and ® stay, they mark credits and footers.
    .replace(/^(?:(?![©®])[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s•·|])+/u, '')
    .trim();
}

/**
 * The rules, in the order they are tried: the first that matches names the
 * block. Widget phrases first, then captions with their credit, bylines and
 * datelines, which need more than a pattern.
 */
export const BLOCK_RULES: readonly BlockRule[] = [
  { name: 'symbols only', kind: 'other', reach: 'inline', test: (text) => sure(!/[\p{L}\p{N}]/u.test(text)) },
  ...PATTERN_RULES.map(patternRule),
  { name: 'footer links', kind: 'footer', reach: 'closes', test: (text) => sure(text.length <= 250 && isFooterLinks(text)) },
  { name: 'caption and credit', kind: 'image-credit', reach: 'inline', test: (text) => sure(text.length <= 250 && CAPTION_CREDIT.test(text)) },
  {
    name: 'byline',
    kind: 'byline',
    reach: 'section',
    test: (text) =>
      sure((BYLINE.test(text) || SHORT_BYLINE.test(text)) && (text.length <= 100 || (LONG_BYLINE.test(text) && text.length <= 220)) && wordTokens(text).length <= 30),
  },
  {
    name: 'dated byline',
    kind: 'byline',
    reach: 'section',
    test: (text, language) => sure(text.length <= 120 && DATED_BYLINE.test(text) && findDates(text, language).some((date) => date.precision === 'day')),
  },
  { name: 'dateline', kind: 'dateline', reach: 'inline', test: (text, language) => sure(isDateline(text, language)) },
];

/** A line of short links, one of them a footer's: « Mentions légales | CGU | Cookies ». */
function isFooterLinks(text: string): boolean {
  const links = text.split(/\s*[|·•]\s*|\s[–—-]\s/u);
  return links.length >= 2 && links.every((link) => link.length <= 40 && !/[.!?]$/u.test(link)) && links.some((link) => FOOTER_LINK.test(link));
}

const FOOTER_LINK = new RegExp(`^${LEGAL_LINK}$`, 'iu');

/**
 * The kind of boilerplate a block of a capture is, judged on the block
 * alone, or `undefined` for text that may be the article's. Neighbours are
 * judged later (captions before a credit, runs after the article's end).
 *
 * `classifyBlock('Partager cet article', 'fr')` → `{ kind: 'share', reach: 'inline', … }`
 */
export function classifyBlock(text: string, language: string): BlockClass | undefined {
  const normalized = normalizeForRules(text);
  for (const rule of BLOCK_RULES) {
    const match = rule.test(normalized, language);
    if (match) return { kind: rule.kind, reach: rule.reach, rule: rule.name, ...(match === 'tentative' ? { tentative: true as const } : {}) };
  }
  return undefined;
}

/** A short line that is a date and little else: « Publié le 14 février 2025 à 18h32 », « 2025-02-17 ». */
export function isDateline(text: string, language: string): boolean {
  const normalized = normalizeForRules(text);
  if (wordTokens(normalized).length > 16) return false;
  const dates = findDates(normalized, language).filter((date) => date.precision !== 'year');
  if (dates.length === 0) return false;
  let rest = normalized;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.start) + ' ' + rest.slice(date.end);
  rest = rest.replace(/\d{1,2}\s*(?:h|:|\.)\s*\d{0,2}/giu, ' ');
  return wordTokens(rest).every((word) => DATELINE_WORDS.test(word) || /^\d+$/u.test(word));
}
