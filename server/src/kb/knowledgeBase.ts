/**
 * The knowledge base at run time: the checked entities, indexed by id, and where each entity is written (for go
 * to definition). The recogniser builds its lexicon from the entities; the knowledge base knows nothing of it.
 * No Node module: the Node loaders are load.ts and bundled.ts, the texts-only builder is build.ts.
 */
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

/** Reads a knowledge base file's text again (for go to definition), or undefined when it cannot. */
export type ReadKbFile = (file: string) => string | undefined;

export class KnowledgeBase {
  /**
   * How a knowledge base built without a reader reads its files: nothing, unless the Node loader (load.ts) has
   * set it to read from disk.
   */
  static defaultRead: ReadKbFile = () => undefined;

  readonly byId = new Map<string, Entity>();
  private origins?: Map<string, Origin>;

  constructor(
    readonly entities: readonly Entity[],
    readonly files: readonly string[] = [],
    readonly problems: readonly KbProblem[] = [],
    private readonly read: ReadKbFile = KnowledgeBase.defaultRead,
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
        const text = this.read(file);
        if (text === undefined) continue;
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
