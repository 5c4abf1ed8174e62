/**
 * What the workspace as a whole mentions: entities with their note and mention counts (the Explorer view), code
 * lenses that say how many notes mention an entity, and the revision coverage report (key entities no note
 * mentions yet).
 */
import type { CodeLens } from 'vscode-languageserver-types';
import { SHOW_REFERENCES_COMMAND, type CoverageGap, type EntitySummary } from '../protocol';
import type { ServiceContext } from './context';
import { mentionsOfEntity } from './references';

export function workspaceEntities(ctx: ServiceContext): EntitySummary[] {
  const notes = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const add = (id: string, uri: string) => {
    let s = notes.get(id);
    if (!s) {
      s = new Set();
      notes.set(id, s);
    }
    s.add(uri);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const [uri, open] of ctx.open) for (const m of open.analysis.all()) if (m.kind !== 'date') add(m.id, uri);
  for (const uri of ctx.index.uris()) {
    if (ctx.open.has(uri)) continue;
    for (const m of ctx.index.mentionsOf(uri)) add(m.id, uri);
  }
  const out: EntitySummary[] = [];
  for (const [id, s] of notes) {
    const e = ctx.kb.get(id);
    if (e) out.push({ id, label: e.label, kind: e.kind, notes: s.size, mentions: counts.get(id) ?? 0 });
  }
  out.sort((a, b) => a.kind.localeCompare(b.kind) || b.mentions - a.mentions || a.label.localeCompare(b.label));
  return out;
}

/** A lens above the first mention of each person, event and congress: "Leon Trotsky — mentioned in 7 notes". */
export function getCodeLenses(ctx: ServiceContext, uri: string): CodeLens[] {
  const open = ctx.open.get(uri);
  if (!open) return [];
  const seen = new Set<string>();
  const out: CodeLens[] = [];
  for (const m of open.analysis.all()) {
    if (m.kind === 'date' || seen.has(m.id)) continue;
    seen.add(m.id);
    const e = ctx.kb.get(m.id);
    if (!e || (e.kind !== 'person' && e.kind !== 'event' && e.kind !== 'congress')) continue;
    const others = new Set(mentionsOfEntity(ctx, m.id).map((x) => x.uri));
    const n = others.size;
    const position = { line: m.line, character: m.start };
    out.push({
      range: { start: position, end: { line: m.line, character: m.end } },
      command: {
        title: `${e.label} — mentioned in ${n} note${n === 1 ? '' : 's'}`,
        command: SHOW_REFERENCES_COMMAND,
        arguments: [uri, position],
      },
    });
  }
  return out;
}

/** Key entities of each topic that no note mentions yet. */
export function coverage(ctx: ServiceContext): CoverageGap[] {
  const mentioned = new Set(workspaceEntities(ctx).map((e) => e.id));
  const byTopic = new Map<string, CoverageGap>();
  for (const e of ctx.kb.entities) {
    if (!e.key || mentioned.has(e.id)) continue;
    for (const topic of e.topics?.length ? e.topics : ['general']) {
      const gap = byTopic.get(topic) ?? { topic, entities: [] };
      gap.entities.push({ id: e.id, label: e.label, kind: e.kind });
      byTopic.set(topic, gap);
    }
  }
  return [...byTopic.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}
