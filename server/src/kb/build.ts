/**
 * Building the knowledge base from the texts of its files, with no disk: each text is parsed as JSON, each entity
 * validated against data/schema/kb.schema.json (by a validator the caller hands in: ajv's standalone code compiled
 * at build time, or ajv itself), then checked for what a schema cannot say (unique ids, references that resolve,
 * dates in order, aliases that two entities share without saying so). Building never throws: a broken file or
 * entity is reported as a problem and left out, and the rest of the knowledge base still works. The Node loaders
 * (load.ts, bundled.ts) read the files and call this; the web server (browserServer.ts) hands it the texts bundled
 * into the worker and those the client read from the workspace.
 */
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { endKey, parseIsoDate, startKey } from './dates';
import { foldName } from './normalise';
import type { Entity, KbProblem, Work } from './types';

export interface LoadedKb {
  entities: Entity[];
  problems: KbProblem[];
  files: string[];
}

/** One knowledge base file: its name (a path on Node, a URI or a bundled name on the web) and its text. */
export type KbText = { file: string; text: string } | { file: string; unreadable: string };

/** The validator's options; scripts/build.mjs compiles the schema ahead of time with these same options. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictRequired: false };

export function describe(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`;
}

/**
 * The checked entities of these files, in order. `problems` may already hold problems found while reading (a
 * folder that cannot be read); more are added.
 */
export function buildKnowledgeBase(
  texts: readonly KbText[],
  validate: ValidateFunction,
  problems: KbProblem[] = [],
): LoadedKb {
  const files: string[] = [];
  const raw: { file: string; entity: Entity }[] = [];
  for (const t of texts) {
    const file = t.file;
    files.push(file);
    let data: unknown;
    try {
      if ('unreadable' in t) throw new Error(t.unreadable);
      // Editors on Windows may save UTF-8 with a byte order mark, which JSON.parse refuses.
      data = JSON.parse(t.text.replace(/^\ufeff/, ''));
    } catch (err) {
      problems.push({ file, message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    // Validate entity by entity so that one bad entity does not cost the whole file.
    const list = (data as { entities?: unknown })?.entities;
    if (!Array.isArray(list)) {
      problems.push({ file, message: 'has no "entities" array' });
      continue;
    }
    for (const item of list) {
      if (!validate({ entities: [item] })) {
        const id = typeof (item as Entity)?.id === 'string' ? (item as Entity).id : undefined;
        for (const e of validate.errors ?? [])
          problems.push({ file, entity: id, message: describe(e).replace('/entities/0', '') });
        continue;
      }
      raw.push({ file, entity: item as Entity });
    }
  }
  const entities = checkIntegrity(raw, problems);
  return { entities, problems, files };
}

function checkIntegrity(raw: { file: string; entity: Entity }[], problems: KbProblem[]): Entity[] {
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
  for (const { file, entity: original } of byId.values()) {
    // A broken part of an entity (a link that does not resolve, dates out of order) is reported and dropped;
    // the rest of the entity is kept, so that one slip does not hide a whole person from the notes.
    const e: Entity = { ...original };
    const bad = (message: string) => problems.push({ file, entity: e.id, message });
    e.sources = normaliseSources(e);
    e.related = e.related?.filter(
      (r) => byId.has(r.id) || (bad(`related id "${r.id}" is not in the knowledge base`), false),
    );
    e.roles = e.roles?.filter(
      (r) => !r.body || byId.has(r.body) || (bad(`role body "${r.body}" is not in the knowledge base`), false),
    );
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
    e.ambiguousAliases = e.ambiguousAliases?.filter(
      (s) => names.has(s) || (bad(`ambiguous alias "${s}" is neither the label nor an alias`), false),
    );
    kept.push(e);
    const ambiguous = new Set((e.ambiguousAliases ?? []).map(foldName));
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

/** Every source URL the entity's dates, roles, facts and names cite. */
export function citedUrls(e: Entity): string[] {
  const out: string[] = [];
  for (const d of [e.born, e.died, e.start, e.end]) if (d) out.push(d.source);
  for (const list of [e.roles, e.facts, e.names]) for (const x of list ?? []) out.push(x.source);
  return out;
}
