import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier } from '../../../data/load-dossier.ts';
import { jsonResponse, sourceDocument } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const dossier = await loadDossier();
  return dossier.sources.map((source) => ({ params: { id: source.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const dossier = await loadDossier();
  const source = dossier.sources.find((candidate) => candidate.id === params.id)!;
  return jsonResponse(sourceDocument(source, dossier.finder));
};
