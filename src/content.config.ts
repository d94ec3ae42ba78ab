import { readFile, readdir } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { decodeCapture } from './lib/decode-capture.ts';
import { divergenceSchema, dossierSchema, entitySchema, eventSchema, sourceSchema } from './lib/schemas.ts';

/** Where editors' content lives; tests build fixture dossiers from elsewhere. */
const CONTENT = process.env.DOSSIER_CONTENT ?? 'content';
const SOURCES = `${CONTENT}/sources`;

/** The companion MDX of each capture: metadata, removed parts, editor's summary. */
const sources = defineCollection({
  // An absolute DOSSIER_CONTENT is taken as it is; a relative one from the project's root.
  loader: glob({ pattern: '*.mdx', base: isAbsolute(SOURCES) ? pathToFileURL(`${SOURCES}/`) : `./${SOURCES}` }),
  schema: sourceSchema,
});

/** The raw captures, read as bytes: the text is decoded, the bytes are hashed, never changed. */
const captures = defineCollection({
  loader: async () => {
    const names = (await readdir(SOURCES)).filter((name) => name.endsWith('.txt')).sort();
    return Promise.all(
      names.map(async (name) => {
        const path = `${SOURCES}/${name}`;
        const decoded = decodeCapture(await readFile(path), path);
        return { id: name, ...decoded };
      }),
    );
  },
  schema: z.object({ text: z.string(), encoding: z.enum(['utf-8', 'windows-1252']), sha256: z.string() }),
});

/**
 * The timeline: one list of events in content/timeline.yaml. Astro's data store
 * hands entries back sorted by id, not in the file's order, so each event
 * carries its `position` in the file: events of the same date keep the order
 * the editor wrote them in (the story's order: a reply after what it answers).
 */
const timeline = defineCollection({
  loader: file(`${CONTENT}/timeline.yaml`, {
    parser: (text) => {
      const events = parseYaml(text);
      // Anything but a list of objects is left as it is, for the loader and the schema to report.
      return Array.isArray(events) ? events.map((event, position) => (typeof event === 'object' && event ? { ...event, position } : event)) : events;
    },
  }),
  schema: eventSchema.extend({ position: z.number().int().nonnegative() }),
});

/** The registry of the people, organisations, places… the captures name. */
const entities = defineCollection({
  loader: file(`${CONTENT}/entities.yaml`),
  schema: entitySchema,
});

/** The points on which the sources disagree, in content/divergences.yaml. */
const divergences = defineCollection({
  loader: file(`${CONTENT}/divergences.yaml`),
  schema: divergenceSchema,
});

/** The dossier's title, description and lede, in content/dossier.yaml. */
const dossier = defineCollection({
  loader: async () => [{ id: 'dossier', ...parseYaml(await readFile(`${CONTENT}/dossier.yaml`, 'utf8')) }],
  schema: dossierSchema.extend({ id: z.literal('dossier') }),
});

export const collections = { sources, captures, timeline, dossier, entities, divergences };
