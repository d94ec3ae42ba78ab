import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/load-dossier.ts';
import { jsonResponse, quotesDocument } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => jsonResponse(quotesDocument(await loadDossier()));
