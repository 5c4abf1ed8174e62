/**
 * The knowledge base at run time: the checked entities, indexed by id, and where each entity is written (for go
 * to definition). The recogniser builds its lexicon from the entities; the knowledge base knows nothing of it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadKnowledgeBase } from './load';
import type { Entity, KbProblem } from './types';
import { formatIso } from './dates';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** Where an entity is written: its file, and the zero-based line and columns of its id's value. */
export interface Origin {
  file: string;
  line: number;
  character: number;
  endCharacter: number;
}

export class KnowledgeBase {
  readonly byId = new Map<string, Entity>();
  private origins?: Map<string, Origin>;

  constructor(
    readonly entities: readonly Entity[],
    readonly files: readonly string[] = [],
    readonly problems: readonly KbProblem[] = [],
  ) {
    for (const e of entities) this.byId.set(e.id, e);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /**
   * Where the entity is written: its file and the position of its own `"id"` (never an `"id"` inside its
   * `related` list or another entity's). Read lazily, once, with a JSON parser that reports offsets.
   */
  origin(id: string): Origin | undefined {
    if (!this.origins) {
      this.origins = new Map();
      for (const file of this.files) {
        let text: string;
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        for (const [key, o] of entityIdOrigins(file, text)) if (!this.origins.has(key)) this.origins.set(key, o);
      }
    }
    return this.origins.get(id);
  }

  /** "1879–1940", "March 1921 – 1928", or '' when the entity has no dates. */
  lifespan(e: Entity): string {
    const a = e.kind === 'person' ? e.born : e.start;
    const b = e.kind === 'person' ? e.died : e.end;
    if (!a && !b) return '';
    const fa = formatIso(a?.date),
      fb = formatIso(b?.date);
    if (fa && fb && fa === fb) return fa;
    const sep = fa.includes(' ') || fb.includes(' ') ? ' – ' : '–';
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

/** The position of each entity's top-level `"id"` value in one knowledge base file (`{ "entities": [ {...} ] }`). */
export function entityIdOrigins(file: string, text: string): Map<string, Origin> {
  const out = new Map<string, Origin>();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = body.length === text.length ? 0 : 1;
  const root = parseTree(body);
  const list = root && findNodeAtLocation(root, ['entities']);
  if (list?.type !== 'array' || !list.children) return out;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const at = (offset: number): [number, number] => {
    let lo = 0,
      hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - lineStarts[lo]];
  };
  for (const entity of list.children) {
    const value = entity.type === 'object' ? findNodeAtLocation(entity, ['id']) : undefined;
    if (value?.type !== 'string' || typeof value.value !== 'string' || out.has(value.value)) continue;
    // The range covers the id itself, inside its quotes.
    const [line, character] = at(value.offset + shift + 1);
    out.set(value.value, { file, line, character, endCharacter: character + value.length - 2 });
  }
  return out;
}
