/**
 * The knowledge base at run time (pure: no disk; kb/bundled.ts loads it on Node): the checked entities, indexed
 * by id, and where each entity is written (for go to definition). The recogniser builds its lexicon from the
 * entities; the knowledge base knows nothing of it.
 */
import { parseMarkdownEntity } from './packs';
import type { Entity, KbProblem, PackInfo, Work } from './types';
import { endKey, formatIso, parseIsoDate, startKey } from './dates';
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
  private works?: Map<string, Work>;
  private topics?: { periods: Map<string, [number, number]>; shared: Set<string> };

  constructor(
    readonly entities: readonly Entity[],
    readonly files: readonly string[] = [],
    readonly problems: readonly KbProblem[] = [],
    readonly packs: readonly PackInfo[] = [],
    /** Publisher ids (data/publishers.json) and their names, for citing a work as "Britannica — Leon Trotsky". */
    readonly publishers: ReadonlyMap<string, string> = new Map(),
    /** Reads a knowledge base file for go to definition; where there is no disk (the web), nothing is read. */
    private readonly readText: (file: string) => string | undefined = () => undefined,
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
        const text = this.readText(file);
        if (text === undefined) continue;
        const found = /\.(md|markdown)$/i.test(file) ? markdownEntityOrigin(file, text) : entityIdOrigins(file, text);
        for (const [key, o] of found) if (!this.origins.has(key)) this.origins.set(key, o);
      }
    }
    return this.origins.get(id);
  }

  /**
   * What the packs' manifests say of topics: each pack's period ("1918–1945") as day keys, and the packs that
   * others depend on (what every topic shares).
   */
  packTopics(): { periods: Map<string, [number, number]>; shared: Set<string> } {
    return (this.topics ??= this.readPackTopics());
  }

  private readPackTopics(): { periods: Map<string, [number, number]>; shared: Set<string> } {
    const periods = new Map<string, [number, number]>();
    const shared = new Set<string>();
    for (const p of this.packs) {
      if (!p.enabled) continue;
      for (const dep of p.manifest.dependsOn ?? []) shared.add(dep);
      const years = /(-?\d{3,4})\s*[–—-]\s*(-?\d{3,4})/.exec(p.manifest.period ?? '');
      const a = years && parseIsoDate(years[1].padStart(4, '0'));
      const b = years && parseIsoDate(years[2].padStart(4, '0'));
      if (a && b) periods.set(p.manifest.id, [startKey(a), endKey(b)]);
    }
    return { periods, shared };
  }

  /** A knowledge base file's text, where the reader can read it (for problems shown on their lines). */
  fileText(file: string): string | undefined {
    return this.readText(file);
  }

  /** The work any entity cites by this URL (the first that gives it a title), for naming a citation. */
  workAt(url: string): Work | undefined {
    if (!this.works) {
      this.works = new Map();
      for (const e of this.entities)
        for (const w of e.sources) if (!this.works.get(w.url)?.title) this.works.set(w.url, w);
    }
    return this.works.get(url);
  }

  /** A work as a reader sees it cited: "Encyclopaedia Britannica — Leon Trotsky"; the host name when untitled. */
  citation(w: Work): string {
    const publisher = w.publisher ? (this.publishers.get(w.publisher) ?? w.publisher) : hostName(w.url);
    if (!w.title) return publisher;
    const author = w.author ? `${w.author}, ` : '';
    const year = w.year ? ` (${w.year})` : '';
    const page = w.page ? `, p. ${w.page}` : '';
    return `${publisher} — ${author}${w.title}${year}${page}`;
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

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Where the entity of a Markdown pack note is written: its `label:` line in the front matter (or the first line).
 */
export function markdownEntityOrigin(file: string, text: string): Map<string, Origin> {
  const [entity] = parseMarkdownEntity({ path: file, text }, () => [], []);
  if (!entity) return new Map();
  const lines = text.split(/\r?\n/);
  const line = Math.max(
    0,
    lines.findIndex((l) => /^label\s*:/.test(l)),
  );
  const key = /^label\s*:\s*/.exec(lines[line]);
  const character = key ? key[0].length : 0;
  return new Map([[entity.id, { file, line, character, endCharacter: key ? lines[line].trimEnd().length : 0 }]]);
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
