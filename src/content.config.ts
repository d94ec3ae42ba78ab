import { readFile, readdir } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { parseByteSize } from './lib/byte-size.ts';
import { decodeCapture } from './lib/decode-capture.ts';
import { contentDir } from './settings.ts';
import { MAX_CAPTURE_BYTES, readCapture } from './lib/read-capture.ts';
import { divergenceSchema, dossierSchema, entitySchema, eventSchema, sourceSchema } from './lib/schemas.ts';

/** Where editors' content lives; tests build fixture dossiers from elsewhere. */
const CONTENT = contentDir();
const SOURCES = `${CONTENT}/sources`;

/** The companion MDX of each capture: metadata, removed parts, editor's summary. */
const sources = defineCollection({
  // An absolute DOSSIER_CONTENT is taken as it is; a relative one from the project's root.
  loader: glob({ pattern: '*.mdx', base: isAbsolute(SOURCES) ? pathToFileURL(`${SOURCES}/`) : `./${SOURCES}` }),
  schema: sourceSchema,
});

/** The largest capture the build reads: CAPTURE_MAX_SIZE (`5MB`), else 1 MB. */
function captureMaxBytes(): number {
  const setting = process.env.CAPTURE_MAX_SIZE;
  if (!setting) return MAX_CAPTURE_BYTES;
  const bytes = parseByteSize(setting);
  if (bytes === undefined) throw new Error(`CAPTURE_MAX_SIZE=${JSON.stringify(setting)} is not a size. Hint: a number of bytes or of KB, MB, e.g. CAPTURE_MAX_SIZE=5MB npm run build.`);
  return bytes;
}

/**
 * The raw captures, read as bytes: the text is decoded, the bytes are hashed,
 * never changed. A symbolic link, or a capture above the size limit, fails
 * the build with an error naming the file and the fix.
 */
const captures = defineCollection({
  loader: async () => {
    const names = (await readdir(SOURCES)).filter((name) => name.endsWith('.txt')).sort();
    const maxBytes = captureMaxBytes();
    return Promise.all(
      names.map(async (name) => {
        const path = `${SOURCES}/${name}`;
        const decoded = decodeCapture(await readCapture(path, { reader: 'build', maxBytes }), path);
        return { id: name, ...decoded };
      }),
    );
  },
  schema: z.object({
    text: z.string(),
    encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']),
    invalid: z.array(z.object({ byte: z.number(), line: z.number() })),
    sha256: z.string(),
  }),
});

/**
 * A YAML list in content/, each entry with its `fileOrder` (its index in the file): Astro's
 * data store hands entries back sorted by id, not in the file's order, and the
 * editor's order matters (events of the same date in the story's order — a
 * reply after what it answers —, divergences and entities as the editor ranks them).
 */
const inFileOrder = (path: string) =>
  file(path, {
    parser: (text) => {
      const items = parseYaml(text);
      // Anything but a list of objects is left as it is, for the loader and the schema to report.
      if (!Array.isArray(items)) return items;
      return items.map((item, fileOrder) => (typeof item === 'object' && item ? { ...item, fileOrder } : item));
    },
  });
const fileOrder = z.number().int().nonnegative();

/** The timeline: one list of events in content/timeline.yaml. */
const timeline = defineCollection({
  loader: inFileOrder(`${CONTENT}/timeline.yaml`),
  schema: eventSchema.extend({ fileOrder }),
});

/** The registry of the people, organisations, places… the captures name. */
const entities = defineCollection({
  loader: inFileOrder(`${CONTENT}/entities.yaml`),
  schema: entitySchema.extend({ fileOrder }),
});

/** The points on which the sources disagree, in content/divergences.yaml. */
const divergences = defineCollection({
  loader: inFileOrder(`${CONTENT}/divergences.yaml`),
  schema: divergenceSchema.extend({ fileOrder }),
});

/** The dossier's title, description and lede, in content/dossier.yaml. */
const dossier = defineCollection({
  loader: async () => [{ id: 'dossier', ...parseYaml(await readFile(`${CONTENT}/dossier.yaml`, 'utf8')) }],
  schema: dossierSchema.extend({ id: z.literal('dossier') }),
});

export const collections = { sources, captures, timeline, dossier, entities, divergences };
