/** The fact card: one entity as Markdown, shared by hover and completion. */
import { formatIso, parseIsoDate, startKey, endKey } from '../kb/dates';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { DatedFact, Entity, Work } from '../kb/types';
import { escapeMd, sourceLink, sourceTitle } from './markdownText';
import { seriesBody } from './seriesNames';

const KIND_NAMES: Record<string, string> = {
  person: 'Person',
  organisation: 'Organisation',
  congress: 'Congress',
  event: 'Event',
  policy: 'Policy',
  document: 'Document',
  place: 'Place',
  concept: 'Concept',
  date: 'Date',
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** The kind of one entity in words; an assembly says whose it is ("Party congress"). */
export function entityKindName(e: Entity): string {
  const body = e.kind === 'congress' ? seriesBody(e) : undefined;
  return body ? `${body} congress` : kindName(e.kind);
}

function dated(d: DatedFact | undefined): string {
  if (!d) return '';
  let s = formatIso(d.date);
  if (d.oldStyle) s += ` (O.S. ${formatIso(d.oldStyle)})`;
  if (d.approximate) s = `c. ${s}`;
  return s;
}

function years(from?: string, to?: string): string {
  const a = from ? formatIso(from) : '',
    b = to ? formatIso(to) : '';
  if (a && b) return a === b ? a : `${a} – ${b}`;
  if (a) return `from ${a}`;
  if (b) return `until ${b}`;
  return '';
}

export function entityDates(e: Entity): string {
  if (e.kind === 'person') {
    const b = dated(e.born),
      d = dated(e.died);
    if (b && d) return `${b} – ${d}`;
    if (b) return `born ${b}`;
    if (d) return `died ${d}`;
    return '';
  }
  const s = dated(e.start),
    en = dated(e.end);
  if (s && en) return s === en ? s : `${s} – ${en}`;
  return s ? (e.kind === 'organisation' ? `from ${s}` : s) : en ? `until ${en}` : '';
}

export function factCard(
  kb: KnowledgeBase,
  e: Entity,
  opts: { misspelt?: string; mentionsInNotes?: number } = {},
): string {
  const out: string[] = [];
  if (opts.misspelt !== undefined)
    out.push(`*“${escapeMd(opts.misspelt)}” — did you mean **${escapeMd(e.label)}**?*`, '');
  out.push(`### ${escapeMd(e.label)}`);
  const dates = entityDates(e);
  out.push(`*${entityKindName(e)}${dates ? ` · ${escapeMd(dates)}` : ''}*`, '');
  out.push(escapeMd(e.summary));
  const aka = e.aliases.filter((a) => a !== e.label && !e.label.endsWith(` ${a}`)).slice(0, 6);
  if (aka.length) out.push('', `Also: ${aka.map(escapeMd).join(', ')}`);
  if (e.names?.length) {
    out.push(
      '',
      '**Names**',
      ...e.names.map((n) => `- ${escapeMd(n.name)}${years(n.from, n.to) ? ` (${escapeMd(years(n.from, n.to))})` : ''}`),
    );
  }
  if (e.roles?.length) {
    out.push('', '**Roles**');
    for (const r of e.roles.slice(0, 8)) {
      const when = years(r.from, r.to);
      const body = r.body ? kb.get(r.body)?.label : undefined;
      const of = body && !r.title.includes(body) ? `, ${escapeMd(body)}` : '';
      out.push(`- ${escapeMd(r.title)}${of}${when ? ` (${escapeMd(when)})` : ''}`);
    }
  }
  if (e.facts?.length) {
    out.push('', '**Key facts**');
    const facts = [...e.facts].sort((a, b) => dateSort(a.date) - dateSort(b.date));
    for (const f of facts.slice(0, 8)) {
      const when = f.date ? `${escapeMd(f.end ? years(f.date, f.end) : formatIso(f.date))}: ` : '';
      out.push(`- ${when}${escapeMd(f.text)}${f.contested ? ' *(contested)*' : ''} ${sourceLink(f.source, '↗')}`);
    }
  }
  if (e.figures?.length) {
    out.push('', '**Figures**');
    for (const f of e.figures)
      out.push(`- ${escapeMd(f.text)}${f.contested ? ' *(contested)*' : ''} ${sourceLink(f.source, '↗')}`);
  }
  if (e.fate) out.push('', `**What became of ${e.kind === 'person' ? 'them' : 'it'}:** ${escapeMd(e.fate)}`);
  if (e.related?.length) {
    const rel = e.related
      .map((r) => {
        const other = kb.get(r.id);
        return other ? `${escapeMd(other.label)} (${escapeMd(r.relation)})` : '';
      })
      .filter(Boolean);
    if (rel.length) out.push('', `**Related:** ${rel.slice(0, 10).join(', ')}`);
  }
  if (opts.mentionsInNotes)
    out.push('', `*Mentioned in ${opts.mentionsInNotes} note${opts.mentionsInNotes === 1 ? '' : 's'}.*`);
  out.push(
    '',
    `Sources: ${rankSources(e.sources)
      .slice(0, 4)
      .map((s) => sourceLink(s.url, s.title ? kb.citation(s) : sourceTitle(s.url)))
      .join(' · ')}`,
  );
  return out.join('\n');
}

/** Encyclopedias first, then the rest in their order. */
function rankSources(sources: Work[]): Work[] {
  const rank = (w: Work) => (/wikipedia\.org|britannica\.com/.test(w.url) ? 0 : 1);
  return [...sources].sort((a, b) => rank(a) - rank(b));
}

function dateSort(d?: string): number {
  const p = d ? parseIsoDate(d) : undefined;
  return p ? startKey(p) : Number.MAX_SAFE_INTEGER;
}

export interface DatedItem {
  entity: Entity;
  what: string;
  from: string;
  to: string;
}

/** What the knowledge base has happening within a date or date range (starts, ends, births, deaths, facts). */
export function happeningWithin(kb: KnowledgeBase, from: string, to: string, limit = 12): DatedItem[] {
  const a = parseIsoDate(from),
    b = parseIsoDate(to);
  if (!a || !b) return [];
  const lo = startKey(a),
    hi = endKey(b);
  // What begins or happens within the date comes first; what merely goes on through it, after.
  const hits: (DatedItem & { rank: number })[] = [];
  const startsWithin = (d?: string) => {
    const p = d ? parseIsoDate(d) : undefined;
    return !!p && startKey(p) >= lo && startKey(p) <= hi;
  };
  const spans = (d?: string, e?: string) => {
    const p = d ? parseIsoDate(d) : undefined;
    const q = e ? parseIsoDate(e) : undefined;
    return !!p && !!q && startKey(p) < lo && endKey(q) >= lo;
  };
  for (const e of kb.entities) {
    if (e.kind === 'person') {
      if (startsWithin(e.born?.date))
        hits.push({ entity: e, what: `${e.label} born`, from: e.born!.date, to: e.born!.date, rank: 0 });
      if (startsWithin(e.died?.date))
        hits.push({ entity: e, what: `${e.label} died`, from: e.died!.date, to: e.died!.date, rank: 0 });
      continue;
    }
    if (e.kind === 'concept' || !e.start) continue;
    if (startsWithin(e.start.date))
      hits.push({
        entity: e,
        what: e.label,
        from: e.start.date,
        to: e.end?.date ?? e.start.date,
        rank: e.kind === 'place' ? 2 : 0,
      });
    else if ((e.kind === 'event' || e.kind === 'policy') && spans(e.start.date, e.end?.date))
      hits.push({ entity: e, what: `${e.label} (under way)`, from: e.start.date, to: e.end!.date, rank: 1 });
  }
  hits.sort((x, y) => x.rank - y.rank || dateSort(x.from) - dateSort(y.from));
  return hits.slice(0, limit).map(({ rank: _rank, ...item }) => item);
}
