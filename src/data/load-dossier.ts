import { existsSync, readFileSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { assembleDossier, type Dossier } from '../lib/assemble-dossier.ts';
import { balanceBidi } from '../lib/balance-bidi.ts';
import { checkYaml } from '../lib/check-yaml.ts';
import { inFileOrder } from '../lib/in-file-order.ts';
import { contentDir } from '../settings.ts';
import type { SourceData } from '../lib/schemas.ts';
import { withoutForbiddenCharacters } from '../lib/without-forbidden-characters.ts';

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
      sources: sources.map((entry) => ({ id: entry.id, data: labelsBalanced(cleaned(entry.data)) })),
      captures: captures.map((entry) => ({ id: entry.id, ...cleaned(entry.data) })),
      events: cleaned(inFileOrder(events)),
      dossier: cleaned(dossier.data),
      entities: cleaned(inFileOrder(entities)),
      divergences: cleaned(inFileOrder(divergences)),
      contentDir: dir,
    });
  })();
  return loading;
}

/**
 * Every string of the content without the characters no published file may
 * hold (see withoutForbiddenCharacters): done here, once, as the content
 * comes in, so that every page, feed and data file is made of clean text.
 * Captures and quotes are cleaned alike, so a quote is still found in its capture.
 */
function cleaned<T>(value: T): T {
  if (typeof value === 'string') return withoutForbiddenCharacters(value) as T;
  if (Array.isArray(value)) return value.map(cleaned) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleaned(item)])) as T;
  return value;
}

/**
 * A source's title, outlet and author, taken from its capture, without the bidi
 * controls they leave open: a U+202E would reverse the rest of the heading,
 * and every list and <title> they are put in. (A capture's paragraphs keep
 * theirs: each is a paragraph of its own, where the browser closes them.)
 */
function labelsBalanced(data: SourceData): SourceData {
  return { ...data, title: balanceBidi(data.title), outlet: balanceBidi(data.outlet), author: data.author === null ? null : balanceBidi(data.author) };
}
