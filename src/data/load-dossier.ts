import { existsSync, readFileSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { assembleDossier, type Dossier } from '../lib/assemble-dossier.ts';
import { checkYaml } from '../lib/check-yaml.ts';
import { inFileOrder } from '../lib/in-file-order.ts';
import { contentDir } from '../settings.ts';

let loading: Promise<Dossier> | undefined;

/**
 * The whole dossier, assembled once per build from the content collections
 * (every page asks for it; the checks and the cleaning run once).
 */
export function loadDossier(): Promise<Dossier> {
  loading ??= (async () => {
    const dir = contentDir();
    // A YAML file Astro could not read is an empty collection to it: say why first.
    for (const name of ['timeline.yaml', 'entities.yaml', 'divergences.yaml', 'dossier.yaml']) {
      const path = `${dir}/${name}`;
      if (existsSync(path)) checkYaml(path, readFileSync(path, 'utf8'));
    }
    const [sources, captures, events, dossier, entities, divergences] = await Promise.all([
      getCollection('sources'),
      getCollection('captures'),
      getCollection('timeline'),
      getEntry('dossier', 'dossier'),
      getCollection('entities'),
      getCollection('divergences'),
    ]);
    if (!dossier) throw new Error('content/dossier.yaml: the file is missing. Hint: create it with title, description and lede (see README).');
    return assembleDossier({
      sources: sources.map((entry) => ({ id: entry.id, data: entry.data })),
      captures: captures.map((entry) => ({ id: entry.id, ...entry.data })),
      events: inFileOrder(events),
      dossier: dossier.data,
      entities: inFileOrder(entities),
      divergences: inFileOrder(divergences),
      contentDir: dir,
    });
  })();
  return loading;
}
