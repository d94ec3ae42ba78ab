import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/load-dossier.ts';
import { jsonResponse, sourceRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const dossier = await loadDossier();
  return jsonResponse(dossier.sources.map((source) => sourceRecord(source)));
};
