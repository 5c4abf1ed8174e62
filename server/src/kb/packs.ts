/**
 * Knowledge packs: a topic is a folder with a `pack.json` manifest and its entity files, either JSON files
 * (`{ "entities": [...] }`) or Markdown notes, one per entity, with the facts in YAML front matter and the summary
 * as the body. This module is pure: it turns file texts into entities and problems, and never reads the disk, so
 * the Node server, the CLI and a web worker load packs the same way.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { Entity, KbProblem, PackInfo, PackManifest } from './types';

/** One file of a pack, as read by whoever can read it. */
export interface PackFile {
  path: string;
  text: string;
}

/** A pack folder as read: its manifest (when it has one) and its entity files (JSON and Markdown). */
export interface PackInput {
  folder: string;
  bundled: boolean;
  manifest?: PackFile;
  files: PackFile[];
}

/** Validates one entity against the knowledge base schema; returns the schema's messages, empty when valid. */
export type EntityValidator = (entity: unknown) => { path: string; message: string }[];

/** A pack id: lower-case kebab case, as entity ids are. */
const PACK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The manifest of a pack, checked; a folder without one is a pack named after the folder. */
export function readManifest(input: PackInput, problems: KbProblem[]): PackManifest {
  const fallbackId =
    baseName(input.folder)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'pack';
  const fallback: PackManifest = { id: fallbackId, title: baseName(input.folder) || fallbackId };
  if (!input.manifest) return fallback;
  const file = input.manifest.path;
  let data: unknown;
  try {
    data = JSON.parse(input.manifest.text.replace(/^\ufeff/, ''));
  } catch (err) {
    problems.push({ file, message: `pack.json is not valid JSON: ${(err as Error).message}` });
    return fallback;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, message: 'pack.json must be an object with at least "id" and "title"' });
    return fallback;
  }
  const m = data as Record<string, unknown>;
  const out: PackManifest = { ...fallback };
  const str = (key: string): string | undefined => {
    const v = m[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.trim()) return v;
    problems.push({ file, message: `pack.json: "${key}" must be a non-empty string` });
    return undefined;
  };
  const list = (key: string): string[] | undefined => {
    const v = m[key];
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    problems.push({ file, message: `pack.json: "${key}" must be a list of strings` });
    return undefined;
  };
  const id = str('id');
  if (id && PACK_ID.test(id)) out.id = id;
  else if (id) problems.push({ file, message: `pack.json: id "${id}" must be lower-case kebab case (e.g. "tudors")` });
  else problems.push({ file, message: `pack.json has no "id"; the pack is called "${fallback.id}"` });
  out.title = str('title') ?? out.title;
  out.period = str('period');
  out.region = str('region');
  out.version = str('version');
  out.description = str('description');
  out.specifications = list('specifications');
  out.dependsOn = list('dependsOn');
  const known = new Set([
    '$schema',
    'id',
    'title',
    'period',
    'region',
    'version',
    'description',
    'specifications',
    'dependsOn',
  ]);
  for (const key of Object.keys(m))
    if (!known.has(key)) problems.push({ file, message: `pack.json: unknown property "${key}"` });
  return out;
}

/**
 * Which packs load: every pack that is not turned off, and every pack one of those depends on (a pack turned off
 * that another needs stays on, and says so). A dependency that is not there at all is a problem of the pack that
 * names it; the pack still loads, without the entities it would have linked to.
 */
export function selectPacks(packs: PackInfo[], disabled: ReadonlySet<string>): void {
  const byId = new Map(packs.map((p) => [p.manifest.id, p]));
  const on = new Set(packs.filter((p) => !disabled.has(p.manifest.id)).map((p) => p.manifest.id));
  const visit = (p: PackInfo, from: string[]) => {
    for (const dep of p.manifest.dependsOn ?? []) {
      const d = byId.get(dep);
      if (!d) {
        p.problems.push({ file: p.manifestFile ?? p.folder, message: `depends on pack "${dep}", which is not loaded` });
        continue;
      }
      if (from.includes(dep)) continue;
      if (!on.has(dep)) {
        on.add(dep);
        d.requiredBy = p.manifest.id;
      }
      visit(d, [...from, dep]);
    }
  };
  for (const p of packs) if (on.has(p.manifest.id)) visit(p, [p.manifest.id]);
  for (const p of packs) p.enabled = on.has(p.manifest.id);
}

/** The entities of one JSON entity file (`{ "entities": [...] }`), validated one by one. */
export function parseJsonEntities(file: PackFile, validate: EntityValidator, problems: KbProblem[]): Entity[] {
  let data: unknown;
  try {
    // Editors on Windows may save UTF-8 with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(file.text.replace(/^\ufeff/, ''));
  } catch (err) {
    problems.push({ file: file.path, message: `not valid JSON: ${(err as Error).message}` });
    return [];
  }
  const list = (data as { entities?: unknown })?.entities;
  if (!Array.isArray(list)) {
    problems.push({ file: file.path, message: 'has no "entities" array' });
    return [];
  }
  const out: Entity[] = [];
  for (const item of list) {
    const errors = validate(item);
    if (errors.length) {
      const id = typeof (item as Entity)?.id === 'string' ? (item as Entity).id : undefined;
      for (const e of errors) problems.push({ file: file.path, entity: id, message: `${e.path} ${e.message}` });
      continue;
    }
    out.push(item as Entity);
  }
  return out;
}

/** Keys whose values are dates: YAML reads `1547` as a number, which the schema's ISO string must be. */
const DATE_KEYS = new Set(['date', 'oldStyle', 'from', 'to', 'end']);

/**
 * The entity a Markdown note describes: its front matter holds the entity's fields (kind, label, aliases, born,
 * roles, facts, sources, …), its body's first paragraph is the summary, and its id is the file's name in kebab
 * case unless the front matter gives one. Problems carry the line they are on.
 */
export function parseMarkdownEntity(file: PackFile, validate: EntityValidator, problems: KbProblem[]): Entity[] {
  const text = file.text.replace(/^\ufeff/, '');
  const fence = /^---[ \t]*\r?\n/.exec(text);
  const close = fence ? /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(fence[0].length - 1)) : null;
  if (!fence || !close) {
    problems.push({ file: file.path, line: 0, message: 'has no YAML front matter (a block between two "---" lines)' });
    return [];
  }
  const yamlStart = fence[0].length;
  const yamlText = text.slice(yamlStart, fence[0].length - 1 + close.index + 1);
  const body = text.slice(fence[0].length - 1 + close.index + close[0].length);
  const bodyLine = lineOf(text, fence[0].length - 1 + close.index + close[0].length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // linePos is 1-based within the YAML, which starts on the file's line 1 (0-based): the two agree.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length) {
    for (const e of doc.errors.slice(0, 5))
      problems.push({ file: file.path, line: lineAt(e.pos[0]), message: `front matter: ${e.message.split('\n')[0]}` });
    return [];
  }
  const data = doc.toJS({ maxAliasCount: 10 }) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: file.path, line: 1, message: 'the front matter must be a mapping of the entity’s fields' });
    return [];
  }
  const entity = normaliseDates(data) as Record<string, unknown>;
  if (entity.id === undefined)
    entity.id = baseName(file.path)
      .replace(/\.(md|markdown)$/i, '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  if (entity.summary === undefined) {
    const summary = firstParagraph(body);
    if (summary) entity.summary = summary;
  }
  if (entity.aliases === undefined) entity.aliases = [];
  const errors = validate(entity);
  if (errors.length) {
    for (const e of errors) {
      const node = nodeAt(doc.contents, e.path);
      const line = node?.range ? lineAt(node.range[0]) : e.path === '/summary' ? bodyLine : 1;
      problems.push({
        file: file.path,
        entity: typeof entity.id === 'string' ? entity.id : undefined,
        line,
        message: `${e.path || '/'} ${e.message}`,
      });
    }
    return [];
  }
  return [entity as unknown as Entity];
}

function normaliseDates(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => normaliseDates(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normaliseDates(v, k);
    return out;
  }
  if (key && DATE_KEYS.has(key) && typeof value === 'number' && Number.isInteger(value))
    return value < 0 ? `-${String(-value).padStart(4, '0')}` : String(value).padStart(4, '0');
  return value;
}

/** The YAML node at a JSON pointer such as `/roles/0/from`, for the line of a schema error. */
function nodeAt(root: unknown, pointer: string): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === part);
      node = (pair?.value ?? pair?.key) as YamlNode | undefined;
    } else if (isSeq(node)) node = node.items[Number(part)] as YamlNode | undefined;
    else break;
  }
  return node;
}

/** The first paragraph of a Markdown body as plain text: headings skipped, lines joined, emphasis unwrapped. */
function firstParagraph(body: string): string {
  const lines = body.split(/\r?\n/);
  const para: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      if (para.length) break;
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      if (para.length) break;
      continue;
    }
    para.push(line);
  }
  return para
    .join(' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .trim();
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/**
 * Pack inputs from file texts, one per folder (the part of the name before its last '/'): the folder's
 * pack.json is its manifest, the rest its entity files.
 */
export function packInputsFromTexts(texts: readonly PackFile[], bundled: boolean): PackInput[] {
  const byFolder = new Map<string, PackInput>();
  for (const t of texts) {
    const folder = t.path.slice(0, Math.max(t.path.lastIndexOf('/'), 0));
    let input = byFolder.get(folder);
    if (!input) byFolder.set(folder, (input = { folder, bundled, files: [] }));
    if (/(^|\/)pack\.json$/.test(t.path)) input.manifest = t;
    else input.files.push(t);
  }
  return [...byFolder.values()];
}
