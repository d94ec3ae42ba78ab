import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/load-dossier.ts';
import { entitiesDocument, jsonResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => jsonResponse(entitiesDocument((await loadDossier()).entities));
