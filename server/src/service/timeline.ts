/**
 * The timeline of a note (or of several): every date it writes and every dated entity it mentions, in
 * chronological order with the knowledge base's dates. BCE sorts before CE; ranges are spans; Old Style dates
 * travel beside New Style ones. Each entity appears once per note, at its first mention.
 */
import { formatIso, parseIsoDate, startKey, endKey } from '../kb/dates';
import type { MentionKind } from '../kb/types';
import type { TimelineEntry } from '../protocol';
import type { ServiceContext } from './context';

export function getTimeline(ctx: ServiceContext, uris: string[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const uri of uris) {
    const n = ctx.open.get(uri)?.analysis;
    // A note that is not open: its dated entities from the index (the dates it writes are not indexed).
    const mentions = n ? n.all() : ctx.index.mentionsOf(uri);
    const seen = new Set<string>();
    for (const m of mentions as Iterable<{
      line: number;
      start: number;
      end: number;
      id: string;
      kind?: MentionKind;
      date?: { iso: string; from: string; to: string; words: string };
    }>) {
      const kind: MentionKind = m.kind ?? ctx.kb.get(m.id)?.kind ?? 'concept';
      const id = m.date ? m.date.iso : m.id;
      const base = { uri, line: m.line, character: m.start, endCharacter: m.end, kind, id };
      if (kind === 'date' && m.date && n) {
        out.push({
          ...base,
          label: n.lineText(m.line).slice(m.start, m.end),
          from: m.date.from,
          to: m.date.to,
          when: m.date.words,
          origin: 'note',
        });
        continue;
      }
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const e = ctx.kb.get(m.id);
      if (!e) continue;
      const a = e.kind === 'person' ? e.born : e.start;
      const b = e.kind === 'person' ? e.died : e.end;
      if (!a && !b) continue;
      const from = (a ?? b)!.date,
        to = (b ?? a)!.date;
      // An approximate date says so: "c. 1928".
      const fa = (a?.approximate ? 'c. ' : '') + formatIso(from),
        fb = ((b ?? a)?.approximate ? 'c. ' : '') + formatIso(to);
      const os = a?.oldStyle ? { oldStyle: a.oldStyle, oldStyleWhen: formatIso(a.oldStyle) } : {};
      out.push({
        ...base,
        label: e.label,
        from,
        to,
        when: fa === fb ? fa : `${fa} – ${fb}`,
        ...os,
        origin: 'knowledge base',
      });
    }
  }
  const key = (s: string, end = false) => {
    const d = parseIsoDate(s);
    return d ? (end ? endKey(d) : startKey(d)) : 0;
  };
  out.sort(
    (x, y) =>
      key(x.from) - key(y.from) ||
      key(x.to, true) - key(y.to, true) ||
      x.uri.localeCompare(y.uri) ||
      x.line - y.line ||
      x.character - y.character,
  );
  return out;
}
