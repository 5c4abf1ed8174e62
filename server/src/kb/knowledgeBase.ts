/**
 * The knowledge base at run time: the checked entities, indexed by id, with the lexicon the recogniser reads and
 * where each entity is written (for go to definition).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Lexicon } from '../recogniser/lexicon';
import { loadKnowledgeBase } from './load';
import type { Entity, KbProblem } from './types';
import { formatIso } from './dates';

export interface Origin { file: string; line: number }

export class KnowledgeBase {
  readonly byId = new Map<string, Entity>();
  readonly lexicon: Lexicon;
  private origins?: Map<string, Origin>;

  constructor(readonly entities: readonly Entity[], readonly files: readonly string[] = [], readonly problems: readonly KbProblem[] = []) {
    for (const e of entities) this.byId.set(e.id, e);
    this.lexicon = new Lexicon(entities);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Where the entity is written: its file and the line of its id. Read lazily, once. */
  origin(id: string): Origin | undefined {
    if (!this.origins) {
      this.origins = new Map();
      for (const file of this.files) {
        let text: string;
        try { text = fs.readFileSync(file, 'utf8'); } catch { continue; }
        const lines = text.split(/\r\n|\r|\n/);
        lines.forEach((l, i) => {
          const m = /^\s*"id"\s*:\s*"([^"]+)"/.exec(l);
          if (m && !this.origins!.has(m[1])) this.origins!.set(m[1], { file, line: i });
        });
      }
    }
    return this.origins.get(id);
  }

  /** "1879–1940", "March 1921 – 1928", or '' when the entity has no dates. */
  lifespan(e: Entity): string {
    const a = e.kind === 'person' ? e.born : e.start;
    const b = e.kind === 'person' ? e.died : e.end;
    if (!a && !b) return '';
    const fa = formatIso(a?.date), fb = formatIso(b?.date);
    if (fa && fb && fa === fb) return fa;
    const sep = (fa.includes(' ') || fb.includes(' ')) ? ' – ' : '–';
    return `${fa || '?'}${sep}${fb || (e.kind === 'person' ? '?' : '')}`;
  }
}

/** The data folder shipped with the extension: found by walking up from this file (bundled or not). */
export function bundledDataDir(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'data', 'schema', 'kb.schema.json'))) return path.join(dir, 'data');
    dir = path.dirname(dir);
  }
  return path.join(from, '..', '..', 'data');
}

/** Loads the bundled knowledge base plus any user folders; problems are kept for reporting, never thrown. */
export function loadBundledKnowledgeBase(extraFolders: string[] = [], dataDir = bundledDataDir()): KnowledgeBase {
  const loaded = loadKnowledgeBase([path.join(dataDir, 'kb'), ...extraFolders], path.join(dataDir, 'schema', 'kb.schema.json'));
  return new KnowledgeBase(loaded.entities, loaded.files, loaded.problems);
}
