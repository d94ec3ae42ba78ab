import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/lib/build-article.ts';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { sourceSchema } from '../../src/lib/schemas.ts';
import { frontmatter, ROOT, SOURCES } from './helpers.ts';

/**
 * `node scripts/ingest.ts`, run in a temporary folder whose content/ holds a
 * copy of the real sources (DOSSIER_CONTENT points at it): the real
 * content/ is never written to.
 */
const SCRIPT = join(ROOT, 'scripts/ingest.ts');
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
let dir: string;

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, env: { ...process.env, DOSSIER_CONTENT: 'content' }, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}
const sources = () => readdirSync(join(dir, 'content/sources')).sort();
const put = (name: string, bytes: string | Uint8Array) => writeFileSync(join(dir, name), bytes);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  mkdirSync(join(dir, 'content'));
  cpSync(SOURCES, join(dir, 'content/sources'), { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Each case starts Node on the script: give them time on a busy machine.
describe('npm run ingest, on bad input', { timeout: 60_000 }, () => {
  it('says, in one line naming the file, that a capture is empty, blank or binary, and writes nothing', () => {
    const before = sources();
    put('empty.txt', '');
    put('blank.txt', ' \r\n\t\n');
    put('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    put('noise.bin', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 7919) % 32 || 1)));
    const run = ingest('empty.txt', 'blank.txt', 'image.png', 'noise.bin');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "[1/4] error: empty.txt: the capture is empty. Hint: paste the article's text into the file.
      [2/4] error: blank.txt: the capture holds only white space. Hint: paste the article's text into the file.
      [3/4] error: image.png: the capture is not text (it contains NUL bytes). Hint: save the page's text as a .txt file, not the page itself.
      [4/4] error: noise.bin: the capture is not text (it holds 174 control characters). Hint: save the page's text as a .txt file, not the page itself."
    `);
    expect(sources()).toEqual(before);
  });

  it('says when a path is a folder or does not exist', () => {
    mkdirSync(join(dir, 'captures'));
    const run = ingest('captures', 'missing.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "[1/2] error: captures: is a folder, not a capture. Hint: pass the capture files inside it, e.g. captures/*.txt.
      [2/2] error: missing.txt: no such file or folder. Hint: check the path (a relative path starts from the folder the command runs in)."
    `);
  });

  it('says how to call it when given no capture or an unknown option', () => {
    expect(ingest()).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "error: no capture given. Hint: usage: npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--replace-unrelated] [--id <id>] [--allow-short] [--max-size 5MB] [--follow-symlinks]",
        "stdout": "",
      }
    `);
    expect(ingest('--forse', 'x.txt').stderr).toMatchInlineSnapshot(
      `"error: unknown option --forse (did you mean --force?). Hint: usage: npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--replace-unrelated] [--id <id>] [--allow-short] [--max-size 5MB] [--follow-symlinks]"`,
    );
  });

  it('reads an option it does not know, or one without its value, as an option, not as a capture', () => {
    put('x.txt', readFileSync(join(FIXTURES, 'fr-press-release/capture.txt')));
    const before = sources();
    const runs = [ingest('-f', 'x.txt'), ingest('x.txt', '--id'), ingest('x.txt', '--force=yes')];
    expect(runs.map((run) => run.status)).toEqual([1, 1, 1]);
    expect(runs.map((run) => run.stderr)).toMatchInlineSnapshot(`
      [
        "error: unknown option -f (did you mean --force?). Hint: usage: npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--replace-unrelated] [--id <id>] [--allow-short] [--max-size 5MB] [--follow-symlinks]",
        "error: --id needs the id to give the capture. Hint: --id <id>, e.g. --id 2025-02-11-numerique-quotidien-offre-musk.",
        "error: --force takes no value. Hint: write --force alone.",
      ]
    `);
    expect(sources()).toEqual(before);
  });

  it('refuses a symbolic link unless told to follow it, so that ln -s /etc/passwd x.txt publishes nothing', () => {
    const before = sources();
    symlinkSync('/etc/passwd', join(dir, 'x.txt'));
    const run = ingest('x.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'error: x.txt: is a symbolic link (to /etc/passwd); ingest reads only files, lest it publish one it was not meant to. Hint: pass the file itself, or --follow-symlinks to ingest what the link points to.',
    );
    expect(sources()).toEqual(before);
    symlinkSync(join(FIXTURES, 'fr-press-release/capture.txt'), join(dir, 'release.txt'));
    const followed = ingest('release.txt', '--follow-symlinks');
    expect(followed.status).toBe(0);
    expect(readFileSync(join(dir, 'content/sources/2025-02-12-novacorp-novacorp-inaugure-a-grenoble.txt'))).toEqual(readFileSync(join(FIXTURES, 'fr-press-release/capture.txt')));
  });

  it('does not read what is not a file in content/sources/, such as a named pipe, which would block it', () => {
    spawnSync('mkfifo', [join(dir, 'content/sources/pipe.txt')]);
    put('release.txt', readFileSync(join(FIXTURES, 'fr-press-release/capture.txt')));
    const run = spawnSync(process.execPath, [SCRIPT, 'release.txt'], { cwd: dir, env: { ...process.env, DOSSIER_CONTENT: 'content' }, encoding: 'utf8', timeout: 45_000 });
    expect(run.status).toBe(0);
  });

  it('refuses a capture above 1 MB unless --max-size raises the limit', () => {
    const before = sources();
    // An article followed by 1.2 MB of one repeated sentence.
    put('huge.txt', readFileSync(join(FIXTURES, 'fr-press-release/capture.txt'), 'utf8') + 'La suite du texte se répète encore. '.repeat(34_000));
    const run = ingest('huge.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: huge\.txt: the capture is 1\.2 MB \(1,2\d\d,\d{3} bytes\), more than the limit of 1 MB \(a long article is about 50 KB\)\. Hint: keep only the article's page in the file, or raise the limit: --max-size 2MB\.$/u);
    expect(sources()).toEqual(before);
    expect(ingest('huge.txt', '--max-size', 'lots').stderr).toBe(
      'error: --max-size "lots" is not a size. Hint: a number of bytes or of KB, MB, e.g. --max-size 5MB (the default is 1 MB).',
    );
    // One sentence repeated is no article (the short-article check): only the size is tested here.
    const raised = ingest('huge.txt', '--max-size=2MB', '--allow-short');
    expect(raised.stderr).toBe('');
    expect(raised.status).toBe(0);
   }, 180_000);

  it('says when the content folder is missing', () => {
    put('capture.txt', readFileSync(join(FIXTURES, 'fr-news-site/capture.txt')));
    const run = spawnSync(process.execPath, [SCRIPT, 'capture.txt'], { cwd: dir, env: { ...process.env, DOSSIER_CONTENT: 'nowhere' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatchInlineSnapshot(
      `"error: capture.txt: the content folder nowhere/sources/ does not exist. Hint: run from the project's root, or set DOSSIER_CONTENT to the folder that holds sources/."`,
    );
  });
});

describe('npm run ingest, on captures', { timeout: 60_000 }, () => {
  it('copies the capture byte for byte and writes a companion the build accepts', () => {
    const bytes = readFileSync(join(FIXTURES, 'fr-blog-crlf-bom/capture.txt'));
    put('capture.txt', bytes);
    const run = ingest('capture.txt');
    expect(run.status).toBe(0);
    const id = '2025-01-05-atelier-numerique-l-ia-dans-les';
    expect(run.stdout.split('\n')[0]).toBe(`added: ${id} ← capture.txt`);
    expect(readFileSync(join(dir, `content/sources/${id}.txt`))).toEqual(bytes);
    const data = sourceSchema.parse(frontmatter(readFileSync(join(dir, `content/sources/${id}.mdx`), 'utf8')));
    expect(data.capture).toBe(`${id}.txt`);
    const article = buildArticle(decodeCapture(bytes, 'capture.txt').text, data, { file: `${id}.mdx`, captureFile: data.capture });
    expect(article.blocks.at(-1)!.text).toBe('En résumé : un problème précis, une mesure honnête, des équipes impliquées. Le reste n’est qu’une question de réglages.');
    expect(sources().filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('infers the title and quotes without the control character and U+FFFF of a capture, which it keeps as received', () => {
    const bytes = readFileSync(join(ROOT, 'tests/fixtures/hostile-dossier/sources/capture-caracteres.txt'));
    put('invisibles.txt', bytes);
    const before = new Set(sources());
    // A hostile fixture of 22 words: short, which is not what is tested here.
    expect(ingest('invisibles.txt', '--allow-short').status).toBe(0);
    const [mdx] = sources().filter((name) => !before.has(name) && name.endsWith('.mdx'));
    const data = sourceSchema.parse(frontmatter(readFileSync(join(dir, 'content/sources', mdx!), 'utf8')));
    expect(data.title).toBe('Titre piégé\u202E à l’envers pour les tests');
    expect(JSON.stringify(data)).not.toMatch(/\\u0001|\uFFFF/u);
    expect(readFileSync(join(dir, 'content/sources', data.capture))).toEqual(bytes);
  });

  it('says when it read a capture as Windows-1252, and keeps its bytes', () => {
    const bytes = readFileSync(join(FIXTURES, 'fr-windows-1252/capture.txt'));
    put('latin.txt', bytes);
    const run = ingest('latin.txt');
    expect(run.stdout).toContain('decoded as Windows-1252 (not UTF-8); the bytes are kept as received');
    expect(readFileSync(join(dir, 'content/sources/2025-03-03-l-echo-des-vallees-quillan-l-usine-de.txt'))).toEqual(bytes);
  });

  it('reads a UTF-16 capture with its byte-order mark, says so, and keeps its bytes', () => {
    const text = readFileSync(join(FIXTURES, 'fr-news-site/capture.txt'), 'utf8');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll('\n', '\r\n'), 'utf16le')]);
    put('notepad.txt', bytes);
    const run = ingest('notepad.txt');
    expect(run.stderr).toBe('');
    const id = '2025-02-14-le-quotidien-numerique-la-sncf-commande-30';
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      `added: ${id} ← notepad.txt`,
      '  decoded as UTF-16 LE (it starts with its byte-order mark); the bytes are kept as received',
      '  title       "La SNCF commande 30 nouvelles rames à hydrogène pour les lignes régionales" (stated)',
    ]);
    expect(readFileSync(join(dir, `content/sources/${id}.txt`))).toEqual(bytes);
    const data = sourceSchema.parse(frontmatter(readFileSync(join(dir, `content/sources/${id}.mdx`), 'utf8')));
    const article = buildArticle(decodeCapture(bytes, 'notepad.txt').text, data, { file: `${id}.mdx`, captureFile: data.capture });
    expect(article.blocks.at(-1)!.text).toContain('résume leur porte-parole.');
  });

  it('reads UTF-8 with one stray byte as UTF-8, not as Windows-1252, and says where the byte is', () => {
    const text = readFileSync(join(FIXTURES, 'fr-news-site/capture.txt'), 'utf8');
    // An apostrophe typed in Windows-1252 (0x92) in an otherwise UTF-8 capture.
    const [before, after] = text.split('Reste la question de l') as [string, string];
    const head = Buffer.from(`${before}Reste la question de l`);
    put('stray.txt', Buffer.concat([head, Buffer.from([0x92]), Buffer.from(after)]));
    const run = ingest('stray.txt');
    expect(run.stderr).toBe('');
    const line = before.split('\n').length;
    expect(run.stdout).toContain(
      `  decoded as UTF-8 but for 1 byte that is not UTF-8 (byte ${head.length}, line ${line}), shown as « \uFFFD »; the bytes are kept as received: fix them in the capture if they hid a letter`,
    );
    expect(run.stdout).toContain('  title       "La SNCF commande 30 nouvelles rames à hydrogène pour les lignes régionales" (stated)');
    expect(run.stdout).toContain('  published   2025-02-14 (day, stated) — "Publié le 14 février 2025 à 18h32"');
    expect(run.stdout).not.toContain('Ã');
  });

  it('reports a capture already in the dossier instead of copying it again', () => {
    const before = sources();
    const run = ingest(join(SOURCES, 'digimedia-openai-rejette-offre.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`skipped: ${join(SOURCES, 'digimedia-openai-rejette-offre.txt')}: already in the dossier as content/sources/digimedia-openai-rejette-offre.txt (same bytes, SHA-256); nothing written.`);
    expect(sources()).toEqual(before);
  });

  it('writes the companion of a capture put in content/sources/ by hand, under the capture’s name', () => {
    const bytes = readFileSync(join(FIXTURES, 'fr-press-release/capture.txt'));
    writeFileSync(join(dir, 'content/sources/communique-novacorp.txt'), bytes);
    const run = ingest('content/sources/communique-novacorp.txt');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('added: communique-novacorp ← content/sources/communique-novacorp.txt');
    const data = sourceSchema.parse(frontmatter(readFileSync(join(dir, 'content/sources/communique-novacorp.mdx'), 'utf8')));
    expect(data.capture).toBe('communique-novacorp.txt');
    expect(readFileSync(join(dir, 'content/sources/communique-novacorp.txt'))).toEqual(bytes);
    // Once it has its companion, the same capture is in the dossier.
    expect(ingest('content/sources/communique-novacorp.txt').stdout).toMatch(/^skipped: /u);
  });

  it('never replaces a source without --force', () => {
    const bytes = readFileSync(join(FIXTURES, 'fr-press-release/capture.txt'));
    put('release.txt', bytes);
    expect(ingest('release.txt').status).toBe(0);
    const id = '2025-02-12-novacorp-novacorp-inaugure-a-grenoble';
    // The editors' work: a summary and a note.
    writeFileSync(
      join(dir, `content/sources/${id}.mdx`),
      readFileSync(join(dir, `content/sources/${id}.mdx`), 'utf8')
        .replace('Résumé à rédiger par la rédaction.', 'Résumé écrit.')
        .replace(/^unchecked: /mu, 'notes:\n  - quote: "Grenoble"\n    body: "Une note de la rédaction."\nunchecked: '),
    );
    // The same article, captured again with one more line: same id, other bytes.
    put('release-again.txt', Buffer.concat([bytes, Buffer.from('\n')]));
    const refused = ingest('release-again.txt');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatchInlineSnapshot(
      `"error: release-again.txt: content/sources/2025-02-12-novacorp-novacorp-inaugure-a-grenoble.mdx already exists (a source with the same date, outlet and title). Hint: pass --force to replace it, or rename the existing source first."`,
    );
    expect(readFileSync(join(dir, `content/sources/${id}.mdx`), 'utf8')).toContain('Résumé écrit.');
    const forced = ingest('release-again.txt', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout.split('\n')[0]).toBe(`replaced: ${id} ← release-again.txt`);
    expect(forced.stdout.split('\n')[1]).toBe('  kept        from the companion it replaces: summary, 1 note (check that their quotes still stand in the new capture)');
    expect(readFileSync(join(dir, `content/sources/${id}.txt`)).length).toBe(bytes.length + 1);
    // --force replaces what ingest infers, not what the editors wrote.
    const companion = readFileSync(join(dir, `content/sources/${id}.mdx`), 'utf8');
    expect(companion).toContain('Résumé écrit.');
    expect(companion).not.toContain('Résumé à rédiger par la rédaction.');
    expect(companion).toContain('notes:\n  - quote: "Grenoble"\n    body: "Une note de la rédaction."\n');
  });

  it('with --force, keeps the fields the editors checked or corrected, and infers the rest again', () => {
    const bytes = readFileSync(join(FIXTURES, 'fr-press-release/capture.txt'));
    put('release.txt', bytes);
    expect(ingest('release.txt').status).toBe(0);
    const id = '2025-02-12-novacorp-novacorp-inaugure-a-grenoble';
    const path = join(dir, `content/sources/${id}.mdx`);
    const first = readFileSync(path, 'utf8');
    const uncheckedOf = (mdx: string) => /^unchecked: \[(.*)\]$/mu.exec(mdx)![1]!.split(', ').filter(Boolean);
    // The editors checked the title, the author (corrected) and the removed parts.
    const corrected = first.replace(/^author: .*$/mu, 'author: "Julie Martin"').replace(/^unchecked: \[.*\]$/mu, `unchecked: [${uncheckedOf(first).filter((field) => !['title', 'author', 'removed'].includes(field)).join(', ')}]`);
    writeFileSync(path, corrected);
    put('release-again.txt', Buffer.concat([bytes, Buffer.from('\n')]));
    const forced = ingest('release-again.txt', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('kept        from the companion it replaces: the checked fields (title, author, removed)');
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('author: "Julie Martin"');
    expect(uncheckedOf(after)).toEqual(uncheckedOf(corrected));
    // A capture the checked removed parts no longer fit: they are inferred again, and to check again.
    expect(after).toContain('quote: "COMMUNIQUÉ DE PRESSE"');
    const shorter = readFileSync(join(dir, 'release-again.txt'), 'utf8').replace('COMMUNIQUÉ DE PRESSE\n', '');
    put('release-shorter.txt', Buffer.from(shorter));
    const refit = ingest('release-shorter.txt', '--force');
    expect(refit.status).toBe(0);
    expect(refit.stdout).toContain('the checked fields (title, author), not the removed parts, which no longer fit the new capture (inferred again: check them)');
    expect(uncheckedOf(readFileSync(path, 'utf8'))).toContain('removed');
  });

  it('gives a capture the id an editor chooses with --id, its page’s address', () => {
    put('release.txt', readFileSync(join(FIXTURES, 'fr-press-release/capture.txt')));
    const run = ingest('release.txt', '--id', 'novacorp-recyclage-grenoble');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('added: novacorp-recyclage-grenoble ← release.txt');
    expect(sources()).toEqual(expect.arrayContaining(['novacorp-recyclage-grenoble.mdx', 'novacorp-recyclage-grenoble.txt']));
    expect(readFileSync(join(dir, 'content/sources/novacorp-recyclage-grenoble.mdx'), 'utf8')).toContain('capture: "novacorp-recyclage-grenoble.txt"');
    const bad = ingest('release.txt', '--id=Novacorp Grenoble');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('error: --id "Novacorp Grenoble" is not an id. Hint: lowercase letters, digits and hyphens, e.g. --id 2025-02-11-numerique-quotidien-offre-musk.');
    const two = ingest('release.txt', 'other.txt', '--id', 'x');
    expect(two.stderr.trim()).toBe('error: --id names the source of one capture, and 2 are given. Hint: ingest that capture on its own with --id.');
  });

  it('refuses a capture whose article comes out short, unless --allow-short', () => {
    const before = sources();
    put('brief.txt', 'Le Courrier Numérique\nGrève à la SNCF jeudi\nPublié le 6 mars 2025 à 8h00\nUn préavis de grève a été déposé pour jeudi par trois syndicats de cheminots. La direction prévoit un trafic perturbé sur les lignes régionales.\n');
    const refused = ingest('brief.txt');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^error: brief\.txt: the article came out short: 24 words \("Un préavis de grève a été déposé pour…"\), 100 % of the 24 words of prose in the capture\. .* Nothing was written\. Hint: .*--allow-short/u);
    expect(sources()).toEqual(before);
    const allowed = ingest('brief.txt', '--allow-short');
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('  article     1 blocks, 24 words');
  });

  it('ingests several captures each on its own, and exits with 1 if any failed', () => {
    put('a.txt', readFileSync(join(FIXTURES, 'en-wire-story/capture.txt')));
    put('b.txt', readFileSync(join(FIXTURES, 'fr-glued/capture.txt')));
    const run = ingest('a.txt', 'missing.txt', 'b.txt');
    expect(run.status).toBe(1);
    // Each report as its capture is done, with its rank; the failures on stderr.
    expect(run.stdout.split('\n').filter((line) => /^\[\d\/\d\] /u.test(line))).toEqual([
      '[1/3] added: 2025-02-14-reuters-eu-fines-chipmaker-110 ← a.txt',
      '[3/3] added: 2025-02-12-tech-matin-le-telescope-vera-rubin ← b.txt',
    ]);
    expect(run.stderr).toBe('[2/3] error: missing.txt: no such file or folder. Hint: check the path (a relative path starts from the folder the command runs in).');
    expect(run.stdout.split('\n').at(-1)).toBe('2 of 3 captures ingested or already there; 1 failed.');
    expect(sources()).toContain('2025-02-12-tech-matin-le-telescope-vera-rubin.mdx');
  });
});
