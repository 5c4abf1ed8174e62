/**
 * The bundled packs on Node: where the extension's data folder is, and loading it with the user's packs. The
 * web worker bundles the same packs instead (it has no disk).
 */
import * as fs from 'fs';
import * as path from 'path';
import { KnowledgeBase } from './knowledgeBase';
import { publisherNames } from './publishers';
import { loadKnowledgeBase, type LoadedKb } from './load';

/** The data folder shipped with the extension: found by walking up from this file (bundled or not). */
export function bundledDataDir(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'data', 'schema', 'kb.schema.json'))) return path.join(dir, 'data');
    dir = path.dirname(dir);
  }
  return path.join(from, '..', '..', 'data');
}

/** The folders of the bundled packs (data/packs/<id>), in name order. */
export function bundledPackFolders(dataDir = bundledDataDir()): string[] {
  const packs = path.join(dataDir, 'packs');
  return fs
    .readdirSync(packs, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(packs, d.name))
    .sort();
}

/** Loads the bundled packs plus any user folders; problems are kept for reporting, never thrown. */
export function loadBundledKnowledgeBase(
  extraFolders: string[] = [],
  dataDir = bundledDataDir(),
  packs: { disabled?: readonly string[]; only?: readonly string[] } = {},
): KnowledgeBase {
  const bundled = bundledPackFolders(dataDir);
  const loaded = loadKnowledgeBase([...bundled, ...extraFolders], path.join(dataDir, 'schema', 'kb.schema.json'), {
    bundled: bundled.length,
    disabledPacks: packs.disabled,
    onlyPacks: packs.only,
  });
  return nodeKnowledgeBase(loaded, readPublishers(dataDir));
}

/** A knowledge base over loaded packs that reads its files from the disk (for go to definition). */
export function nodeKnowledgeBase(
  loaded: LoadedKb,
  publishers: ReadonlyMap<string, string> = new Map(),
): KnowledgeBase {
  return new KnowledgeBase(loaded.entities, loaded.files, loaded.problems, loaded.packs, publishers, readTextFile);
}

function readTextFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The publisher list's ids and names; an unreadable list only costs the names (works then show the id). */
function readPublishers(dataDir: string): Map<string, string> {
  try {
    return publisherNames(JSON.parse(fs.readFileSync(path.join(dataDir, 'publishers.json'), 'utf8')));
  } catch {
    return new Map();
  }
}
