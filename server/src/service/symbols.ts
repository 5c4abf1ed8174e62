/**
 * Document symbols (the note's entities grouped by kind, as an outline) and workspace symbols (any entity of
 * the knowledge base by name, going to its definition).
 */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { foldName } from '../kb/normalise';
import { ENTITY_KINDS, type EntityKind, type MentionKind } from '../kb/types';
import { KIND_GROUP_NAMES } from '../protocol';
import { mentionKey } from '../recogniser/types';
import { note, type ServiceContext } from './context';
import { entityLocation } from './definition';
import { entityDates, entityKindName } from './factCard';
import { topicRanker } from './topicRank';
import { lineRange } from './ranges';

const SYMBOL_KIND: Record<MentionKind, SymbolKind> = {
  person: SymbolKind.Object,
  organisation: SymbolKind.Module,
  congress: SymbolKind.Event,
  event: SymbolKind.Event,
  policy: SymbolKind.Function,
  document: SymbolKind.File,
  place: SymbolKind.Namespace,
  concept: SymbolKind.Constant,
  date: SymbolKind.Number,
};

/** The outline's groups, in order. */
const ORDER: readonly MentionKind[] = [...ENTITY_KINDS, 'date'];

export function getDocumentSymbols(ctx: ServiceContext, uri: string): DocumentSymbol[] {
  const n = note(ctx, uri);
  if (!n) return [];
  const groups = new Map<MentionKind, Map<string, DocumentSymbol>>();
  const groupRange = new Map<MentionKind, { first: DocumentSymbol['range']; last: DocumentSymbol['range'] }>();
  for (const m of n.all()) {
    const range = lineRange(m.line, m.start, m.end);
    const byId = groups.get(m.kind) ?? new Map<string, DocumentSymbol>();
    groups.set(m.kind, byId);
    const gr = groupRange.get(m.kind);
    if (gr) gr.last = range;
    else groupRange.set(m.kind, { first: range, last: range });
    const key = mentionKey(m);
    const existing = byId.get(key);
    if (existing) {
      existing.range = { start: existing.range.start, end: range.end };
      const count = Number(existing.detail?.match(/(\d+) mentions?$/)?.[1] ?? 1) + 1;
      existing.detail = existing.detail!.replace(/\d+ mentions?$/, `${count} mentions`);
      continue;
    }
    const e = m.kind === 'date' ? undefined : ctx.kb.get(m.id);
    const name = e ? e.label : (m.date?.words ?? key);
    const dates = e ? entityDates(e) : '';
    byId.set(key, {
      name,
      kind: SYMBOL_KIND[m.kind],
      range,
      selectionRange: range,
      detail: `${dates ? dates + ' · ' : ''}1 mention`,
    });
  }
  const out: DocumentSymbol[] = [];
  for (const kind of ORDER) {
    const byId = groups.get(kind);
    if (!byId) continue;
    const r = groupRange.get(kind)!;
    const range = { start: r.first.start, end: r.last.end };
    out.push({
      name: KIND_GROUP_NAMES[kind],
      kind: SymbolKind.Namespace,
      range,
      selectionRange: r.first,
      children: [...byId.values()],
      detail: `${byId.size}`,
    });
  }
  return out;
}

export function getWorkspaceSymbols(ctx: ServiceContext, query: string, limit = 200): WorkspaceSymbol[] {
  const q = foldName(query);
  const out: WorkspaceSymbol[] = [];
  // The workspace's topics first, so that the limit cuts what the notes are not about.
  const rank = topicRanker(ctx);
  const byTopic = [...ctx.kb.entities].sort((a, b) => rank(a) - rank(b));
  for (const e of byTopic) {
    const names = [e.label, ...e.aliases];
    if (q && !names.some((n) => matchesQuery(foldName(n), q))) continue;
    const location = entityLocation(ctx, e.id);
    if (!location) continue;
    out.push({ name: e.label, kind: SYMBOL_KIND[e.kind as EntityKind], location, containerName: entityKindName(e) });
    if (out.length >= limit) break;
  }
  return out;
}

/** Query characters appear in order (the editor ranks the rest). */
function matchesQuery(name: string, q: string): boolean {
  if (name.includes(q)) return true;
  let i = 0;
  for (const c of name) if (c === q[i] && ++i === q.length) return true;
  return false;
}
