/**
 * Node only: the knowledge base that ships with the extension (data/packs/<id>/*.json), found on disk beside the
 * bundles, plus the user's folders. The web server bundles the same pack texts instead (browserServer.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { KnowledgeBase } from './knowledgeBase';
import { loadKnowledgeBase } from './load';

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

/** Loads the bundled knowledge base plus any user folders; problems are kept for reporting, never thrown. */
export function loadBundledKnowledgeBase(extraFolders: string[] = [], dataDir = bundledDataDir()): KnowledgeBase {
  const loaded = loadKnowledgeBase(
    [...bundledPackFolders(dataDir), ...extraFolders],
    path.join(dataDir, 'schema', 'kb.schema.json'),
  );
  return new KnowledgeBase(loaded.entities, loaded.files, loaded.problems);
}
