/**
 * Building the knowledge base from packs as read: the manifests, which packs are on, the entities of those packs,
 * then what a schema cannot say (unique ids, references that resolve, dates in order, aliases that two entities
 * share without saying so). Pure: no disk, no Node module, so every adapter builds the knowledge base the same way.
 * Loading never throws: a broken file or entity is reported as a problem and left out, and the rest still works.
 */
import type { ValidateFunction } from 'ajv';
import { endKey, parseIsoDate, startKey } from './dates';
import { foldName } from './normalise';
import {
  parseJsonEntities,
  parseMarkdownEntity,
  readManifest,
  selectPacks,
  type EntityValidator,
  type PackFile,
  type PackInput,
} from './packs';
import type { Entity, KbProblem, PackInfo, Work } from './types';

export interface LoadedKb {
  packs: PackInfo[];
  entities: Entity[];
  problems: KbProblem[];
  files: string[];
}

export interface PackOptions {
  /** Ids of packs turned off (`historyNotes.packs`); a pack another needs stays on. */
  disabledPacks?: readonly string[];
  /** When given, only these packs (and the packs they depend on) are on. */
  onlyPacks?: readonly string[];
  /** Validate the bundled packs too (kb:report); the server trusts them, as the build validated them. */
  validateBundled?: boolean;
}

/**
 * The checked entities of the packs that are on, from the packs as read (by whoever can read them: the disk, a
 * bundle, the editor). `problems` may already hold what reading found. Never throws.
 */
export function buildKnowledgeBase(
  inputs: PackInput[],
  validate: EntityValidator,
  options: PackOptions = {},
  problems: KbProblem[] = [],
): LoadedKb {
  const packs: PackInfo[] = [];
  const seen = new Map<string, PackInfo>();
  const inputOf = new Map<PackInfo, PackInput>();
  for (const input of inputs) {
    const own: KbProblem[] = [];
    const manifest = readManifest(input, own);
    const info: PackInfo = {
      manifest,
      folder: input.folder,
      manifestFile: input.manifest?.path,
      bundled: input.bundled,
      enabled: true,
      files: input.files.map((f) => f.path),
      entities: 0,
      problems: own,
    };
    const twin = seen.get(manifest.id);
    if (twin) {
      own.push({
        file: input.manifest?.path ?? input.folder,
        message: `a pack called "${manifest.id}" is already loaded from ${twin.folder}; this one is left out`,
      });
      problems.push(...own);
      continue;
    }
    seen.set(manifest.id, info);
    packs.push(info);
    inputOf.set(info, input);
  }
  const only = options.onlyPacks ? new Set(options.onlyPacks) : undefined;
  const off = new Set(options.disabledPacks ?? []);
  if (only) for (const p of packs) if (!only.has(p.manifest.id)) off.add(p.manifest.id);
  selectPacks(packs, off);
  const raw: { file: string; entity: Entity; pack: PackInfo }[] = [];
  const files: string[] = [];
  // Links into a pack that is turned off are dropped quietly: the link is right, its target is just not loaded.
  const offIds = new Set<string>();
  for (const pack of packs) {
    if (pack.enabled) continue;
    for (const file of inputOf.get(pack)!.files) for (const id of entityIds(file)) offIds.add(id);
  }
  for (const pack of packs) {
    if (!pack.enabled) continue;
    for (const file of inputOf.get(pack)!.files) {
      files.push(file.path);
      // The bundled packs were validated when the extension was built (scripts/build.mjs): trusted here.
      const check = pack.bundled && !options.validateBundled ? TRUSTED : validate;
      const parsed = /\.(md|markdown)$/i.test(file.path)
        ? parseMarkdownEntity(file, check, pack.problems)
        : parseJsonEntities(file, check, pack.problems);
      for (const entity of parsed) raw.push({ file: file.path, entity: { ...entity, pack: pack.manifest.id }, pack });
    }
  }
  const integrity: KbProblem[] = [];
  const entities = checkIntegrity(raw, integrity, offIds);
  const packOfFile = new Map(raw.map((r) => [r.file, r.pack]));
  for (const p of integrity) (packOfFile.get(p.file)?.problems ?? problems).push(p);
  for (const e of entities) {
    const pack = seen.get(e.pack!);
    if (pack) pack.entities++;
  }
  for (const pack of packs) problems.push(...pack.problems);
  return { entities, problems, files, packs };
}

/** The ids a pack file defines, read without validating (for the packs that are turned off). */
function entityIds(file: PackFile): string[] {
  if (/\.(md|markdown)$/i.test(file.path)) return parseMarkdownEntity(file, () => [], []).map((e) => e.id);
  try {
    const list = (JSON.parse(file.text.replace(/^\ufeff/, '')) as { entities?: unknown }).entities;
    return Array.isArray(list) ? list.map((e) => (e as Entity)?.id).filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function checkIntegrity(
  raw: { file: string; entity: Entity }[],
  problems: KbProblem[],
  offIds: ReadonlySet<string> = new Set(),
): Entity[] {
  const byId = new Map<string, { file: string; entity: Entity }>();
  for (const r of raw) {
    if (byId.has(r.entity.id)) {
      problems.push({
        file: r.file,
        entity: r.entity.id,
        message: `duplicate id (also in ${byId.get(r.entity.id)!.file})`,
      });
      continue;
    }
    byId.set(r.entity.id, r);
  }
  const kept: Entity[] = [];
  const aliasOwners = new Map<string, { id: string; ambiguous: boolean; file: string }[]>();
  /** Each name as written, with whether each entity bearing it holds it strictly (as written, case and all). */
  const strictness = new Map<string, { id: string; strict: boolean; file: string }[]>();
  for (const { file, entity: original } of byId.values()) {
    // A broken part of an entity (a link that does not resolve, dates out of order) is reported and dropped;
    // the rest of the entity is kept, so that one slip does not hide a whole person from the notes.
    const e: Entity = { ...original };
    const bad = (message: string) => problems.push({ file, entity: e.id, message });
    e.sources = normaliseSources(e);
    e.related = e.related?.filter(
      (r) => byId.has(r.id) || offIds.has(r.id) || (bad(`related id "${r.id}" is not in the knowledge base`), false),
    );
    e.related = e.related?.filter((r) => byId.has(r.id));
    // A role whose body is in a pack that is turned off keeps its title and dates, without the link.
    e.roles = e.roles
      ?.filter(
        (r) =>
          !r.body ||
          byId.has(r.body) ||
          offIds.has(r.body) ||
          (bad(`role body "${r.body}" is not in the knowledge base`), false),
      )
      .map((r) => (r.body && !byId.has(r.body) ? { ...r, body: undefined } : r));
    if (!checkOrder(e.born?.date, e.died?.date, 'born', 'died', bad)) {
      delete e.born;
      delete e.died;
    }
    if (!checkOrder(e.start?.date, e.end?.date, 'start', 'end', bad)) {
      delete e.start;
      delete e.end;
    }
    e.roles = e.roles?.filter((r) => checkOrder(r.from, r.to, `role "${r.title}" from`, 'to', bad));
    e.facts = e.facts?.filter((f) => checkOrder(f.date, f.end, `fact "${f.text.slice(0, 30)}" date`, 'end', bad));
    e.names = e.names?.filter((n) => checkOrder(n.from, n.to, `name "${n.name}" from`, 'to', bad));
    for (const key of WHO_KEYS)
      if (e[key]?.ids.some((id) => !byId.has(id))) {
        bad(`${key} names an id that is not in the knowledge base`);
        delete e[key];
      }
    for (const q of e.quotes ?? [])
      if (q.about?.some((id) => byId.get(id)?.entity.kind !== 'person')) {
        bad('a quote is about an id that is not a person in the knowledge base');
        delete q.about;
      }
    if (e.within?.some((id) => byId.get(id)?.entity.kind !== 'place')) {
      bad('within names an id that is not a place in the knowledge base');
      delete e.within;
    }
    for (const key of ['place', 'by'] as const) {
      const ids = [e.died?.[key] ?? []].flat();
      if (ids.some((id) => !byId.has(id))) {
        bad(`died.${key} names an id that is not in the knowledge base`);
        e.died = { ...e.died!, [key]: undefined };
        delete e.died[key];
      }
    }
    e.figures = e.figures?.filter(
      (f) =>
        (f.low <= f.high || (bad(`figure "${f.text.slice(0, 30)}": low is above high`), false)) &&
        ((f.what === 'deaths' || f.what === 'amount') === (f.of === undefined) ||
          (bad(`figure "${f.text.slice(0, 30)}": "of" goes with a vote share or seats, and only there`), false)) &&
        ((f.what === 'amount') === !!f.unit?.length ||
          (bad(`figure "${f.text.slice(0, 30)}": "unit" goes with an amount, and an amount needs one`), false)) &&
        (f.of === undefined || byId.has(f.of) || (bad(`figure "${f.text.slice(0, 30)}": "of" is not an id`), false)),
    );
    for (const key of ['born', 'died', 'start', 'end'] as const) {
      const d = e[key];
      if (d?.oldStyle && !parseIsoDate(d.oldStyle)) {
        bad(`old-style date "${d.oldStyle}" is not a calendar date`);
        e[key] = { ...d, oldStyle: undefined };
        delete e[key]!.oldStyle;
      }
    }
    const names = new Set([e.label, ...e.aliases]);
    e.strictAliases = e.strictAliases?.filter(
      (s) => names.has(s) || (bad(`strict alias "${s}" is neither the label nor an alias`), false),
    );
    // A name another entity bears too may be the label, an alias, an era name or a misspelling of both.
    const shareable = new Set([...names, ...(e.names ?? []).map((x) => x.name), ...(e.misspellings ?? [])]);
    e.ambiguousAliases = e.ambiguousAliases?.filter(
      (s) => shareable.has(s) || (bad(`ambiguous alias "${s}" is none of the entity's names or misspellings`), false),
    );
    kept.push(e);
    const ambiguous = new Set((e.ambiguousAliases ?? []).map(foldName));
    const strict = new Set(e.strictAliases ?? []);
    for (const n of names) {
      const owner = { id: e.id, strict: strict.has(n), file };
      const list = strictness.get(n);
      if (list) list.push(owner);
      else strictness.set(n, [owner]);
    }
    const seen = new Set<string>();
    for (const n of [...names, ...(e.names ?? []).map((x) => x.name), ...(e.misspellings ?? [])]) {
      const key = foldName(n);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = aliasOwners.get(key) ?? [];
      list.push({ id: e.id, ambiguous: ambiguous.has(key), file });
      aliasOwners.set(key, list);
    }
  }
  for (const [alias, owners] of aliasOwners) {
    if (owners.length > 1 && owners.some((o) => !o.ambiguous)) {
      for (const o of owners.filter((x) => !x.ambiguous)) {
        problems.push({
          file: o.file,
          entity: o.id,
          message: `alias "${alias}" is shared with ${owners
            .filter((x) => x !== o)
            .map((x) => x.id)
            .join(', ')} but not marked in ambiguousAliases`,
        });
      }
    }
  }
  // A name strict in one entity and loose in another makes two names that never meet: the mention is never
  // ambiguous, and whichever the scanner tries first wins ("Beck" was always Józef, even in the July plot).
  for (const [name, owners] of strictness) {
    if (owners.every((o) => o.strict) || owners.every((o) => !o.strict)) continue;
    for (const o of owners.filter((x) => !x.strict))
      problems.push({
        file: o.file,
        entity: o.id,
        message: `alias "${name}" is strict in ${owners
          .filter((x) => x.strict)
          .map((x) => x.id)
          .join(', ')} but not here: mark it in strictAliases too, or the two names never meet`,
      });
  }
  return kept;
}

function checkOrder(
  from: string | undefined,
  to: string | undefined,
  a: string,
  b: string,
  bad: (m: string) => void,
): boolean {
  const fa = from === undefined ? undefined : parseIsoDate(from);
  const tb = to === undefined ? undefined : parseIsoDate(to);
  if (from !== undefined && !fa) {
    bad(`${a} "${from}" is not a calendar date`);
    return false;
  }
  if (to !== undefined && !tb) {
    bad(`${b} "${to}" is not a calendar date`);
    return false;
  }
  if (fa && tb && endKey(tb) < startKey(fa)) {
    bad(`${b} ${to} comes before ${a} ${from}`);
    return false;
  }
  return true;
}

/**
 * The entity's works, each URL once: a bare URL in the file becomes a work with only its URL, and a URL a fact
 * cites without listing it among the works is added, so that every fact's source can be shown as a work.
 */
function normaliseSources(e: Entity): Work[] {
  const works = new Map<string, Work>();
  for (const s of e.sources as (Work | string)[]) {
    const w = typeof s === 'string' ? { url: s } : s;
    if (!works.has(w.url)) works.set(w.url, w);
  }
  for (const url of citedUrls(e)) if (!works.has(url)) works.set(url, { url });
  return [...works.values()];
}

/** The complete lists of who (or where) an entity has, each with its source. */
const WHO_KEYS = [
  'signedBy',
  'authors',
  'participants',
  'ledBy',
  'suppressedBy',
  'founders',
  'votedAgainst',
  'acquitted',
  'at',
  'exiledTo',
  'imprisonedAt',
  'near',
  'holders',
] as const;

/** Every source URL the entity's dates, roles, facts and names cite. */
export function citedUrls(e: Entity): string[] {
  const out: string[] = [];
  for (const d of [e.born, e.died, e.start, e.end, ...WHO_KEYS.map((k) => e[k])]) if (d) out.push(d.source);
  for (const list of [e.roles, e.facts, e.names, e.figures, e.inversions, e.quotes])
    for (const x of list ?? []) out.push(x.source);
  return out;
}

/** The validator of a bundled pack, which the build has validated already. */
const TRUSTED: EntityValidator = () => [];

/** The schema's validator as the pack parser wants it: one entity in, its errors (paths within the entity) out. */
export function entityValidator(validate: ValidateFunction): EntityValidator {
  return (entity) =>
    validate({ entities: [entity] })
      ? []
      : (validate.errors ?? []).map((e) => ({
          path: e.instancePath.replace(/^\/entities\/0/, ''),
          message: e.message ?? 'is invalid',
        }));
}
