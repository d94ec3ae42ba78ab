import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/load-dossier.ts';
import { jsonResponse, timelineDocument } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => jsonResponse(timelineDocument(await loadDossier()));
