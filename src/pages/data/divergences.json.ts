import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/load-dossier.ts';
import { divergencesDocument, jsonResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => jsonResponse(divergencesDocument(await loadDossier()));
