import type { RemovedKind } from './schemas.ts';

/** How each kind of removed part is named to a reader. */
export const REMOVED_LABELS: Record<RemovedKind, string> = {
  url: 'Adresse du site',
  title: 'Titre (repris en tête de page)',
  breadcrumb: 'Fil d’Ariane',
  dateline: 'Date (reprise dans les métadonnées)',
  byline: 'Signature (reprise dans les métadonnées)',
  'image-credit': 'Légende et crédit d’image',
  share: 'Boutons de partage',
  comments: 'Commentaires et votes',
  newsletter: 'Formulaire d’abonnement',
  promotion: 'Bloc promotionnel',
  teasers: 'Articles sans rapport',
  footer: 'Pied de page du site',
  other: 'Autre',
};
