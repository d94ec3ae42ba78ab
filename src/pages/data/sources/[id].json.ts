import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier } from '../../../data/load-dossier.ts';
import type { Source } from '../../../lib/assemble-dossier.ts';
import { jsonResponse, sourceDocument } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const dossier = await loadDossier();
  return dossier.sources.map((source) => ({ params: { id: source.id }, props: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source }> = ({ props }) => jsonResponse(sourceDocument(props.source));
