import type { EntityData } from './schemas.ts';

/** How each kind of entity is named to a reader, singular and plural. */
export const ENTITY_KIND_LABELS: Record<EntityData['kind'], { one: string; many: string }> = {
  person: { one: 'Personne', many: 'Personnes' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  media: { one: 'Média', many: 'Médias' },
  product: { one: 'Produit ou projet', many: 'Produits et projets' },
  event: { one: 'Événement', many: 'Événements' },
  place: { one: 'Lieu', many: 'Lieux' },
};
