/**
 * A sub-item's place names at its parent's date: under "- A2 killed 13 March 1881 …", the sub-item "  - bomb on the
 * Catherine Canal, Petrograd" names Petrograd in 1881. The item is checked as the clause "1881: bomb on the …" (the
 * parent's years) by the same rules, and only a place called by a name it did not bear yet is kept, on the item's
 * own words.
 *
 * Precision first: only a list item indented under a parent item, or a list item or a paragraph at the margin under
 * a heading that dates one event ("### 9 Jan 1905 – Bloody Sunday", a diary's "### Berlin, 20 March 1920"), with no
 * date of its own, under a parent that names exactly one date (not an approximate one); a body only when it was set
 * up ten years or more later, never a person (a sub-item may tell of what came of its parent soon after: "1905
 * revolution" over "led to the Duma"), never a finding about the date, which the item did not write.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { Code } from '../findings';
import { lineRange } from '../ranges';
import { checkClause, severitiesOf } from './checkFacts';
import { headingAbove, lineOf, mentionsRead } from './clauses';
import { ITEM } from './subjects';
import { keptFindings, type KeptCache } from './keptFindings';
import { datedSpan } from './pairing';
import { toIso } from '../../kb/dates';

/** A paragraph's line: at the margin, no heading, table row, quote or fence. */
const PARAGRAPH = /^[^\s#|>`~]/;

/** How far above the item its parent may lie. */
const MAX_REACH = 30;

/** The findings of a line, under its mentions, while its parent's date stays the same mention. */
const cache: KeptCache<Mention> = new WeakMap();

export function checkParentDateOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  const item = ITEM.exec(text);
  // A paragraph at the margin is dated by its heading alone: a diary's "### Berlin, 20 March 1920" over "The
  // Wehrmacht would not fire on the putschists".
  if (!item && !PARAGRAPH.test(text)) return [];
  const ms = mentionsRead(n, line);
  if (ms.some((m) => m.kind === 'date')) return [];
  // Only a place that changed its name, or a body, can be found: most items name none, and are not checked again.
  const named = (m: Mention) =>
    (m.kind === 'place' && !!ctx.kb.get(m.id)?.names?.length) ||
    (m.kind === 'organisation' && !!ctx.kb.get(m.id)?.start);
  if (!ms.some(named)) return [];
  const parent = !item
    ? headingDate(ctx, n, line)
    : ((item[1].length ? parentDate(n, line, item[1].length) : headingDate(ctx, n, line)) ??
      siblingDate(n, line, text, item));
  if (!parent) return [];
  return keptFindings(cache, ctx, ms, parent.date, line, () =>
    check(ctx, line, text, item?.[0].length ?? 0, ms, parent),
  );
}

function check(
  ctx: ServiceContext,
  line: number,
  text: string,
  open: number,
  ms: readonly Mention[],
  parent: Parent,
): Diagnostic[] {
  const severities = severitiesOf(ctx);
  if (severities.anachronisms === undefined) return [];
  // "1881: bomb on the Catherine Canal, Petrograd": the parent's years lead the made-up line. Only its years: a
  // sub-item tells of the time around its parent's day ("October Manifesto 17 Oct 1905" over "Kadets wanted
  // more", a party founded eight days later).
  const a = parent.date.date!.from.slice(0, 4),
    b = parent.date.date!.to.slice(0, 4);
  const written = a === b ? a : `${a}–${b}`;
  const prefix = `${written}: `;
  const shift = prefix.length - open;
  // After the item above, only the item's first part: "→ mass arrests by the Okhrana, then the show trials".
  const body = ms.find((m) => m.kind === 'organisation');
  const cut = parent.sibling && body ? text.slice(body.end).search(/[,;]/) : -1;
  const end = cut < 0 ? text.length : body!.end + cut;
  const joined = prefix + text.slice(open, end);
  const value = { iso: a === b ? a : `${a}/${b}`, from: a, to: b, words: written };
  const date = { ...parent.date, start: 0, end: written.length, date: value };
  const moved = ms.filter((m) => m.end <= end).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
  const clause = { line, from: 0, to: joined.length, mentions: [date, ...moved], lineDate: date };
  // Only a place's name, and a body set up ten years or more after the parent's date: a body or a person named
  // under a date may be what came of it soon after ("1905 revolution" over "led to the October Manifesto and the
  // Duma"), but not a generation later ("March 1920 – Kapp Putsch" over "Wehrmacht won't fire": 1935).
  // The body must be what the item is about, opening it and followed by what it did: "Wehrmacht won't fire",
  // not one of a list of what came ("the Red Army, the Cheka and the Gulag").
  // Or the one who did what the item tells, after "by": "→ mass arrests by the Okhrana" under "1874".
  const late = (m: Mention) => {
    const s = m.kind === 'organisation' ? ctx.kb.get(m.id)?.start : undefined;
    if (!s || s.approximate) return false;
    const years = Number(s.date.slice(0, 4)) - Number(b);
    const opens = /^(?:the\s+)?$/i.test(joined.slice(prefix.length, m.start));
    const acts = /^\s+(?!and\b|or\b)\p{Ll}/u.test(joined.slice(m.end));
    const agent = /\bby\s+(?:the\s+)?$/i.test(joined.slice(prefix.length, m.start));
    // Under the item above, one set up a generation later that opens the item and acts in it is out of its time too:
    // "The terror peaked in 1937–38 …" over "The KGB carried out the mass operations" (1954).
    if (parent.sibling)
      return (
        (agent || (opens && acts && parent.sibling === 'item')) &&
        years >= (parent.sibling === 'arrow' ? AGENT_YEARS_AFTER_ARROW : AGENT_YEARS)
      );
    return (opens && acts && years >= BODY_YEARS) || (agent && years >= AGENT_YEARS);
  };
  // Under the item above, a place only where the item goes on from it with an arrow: items in a list are not all
  // of one year ("Stalin – General Secretary from 1922" over "Zinoviev ran the party in Leningrad").
  const placeThen = parent.sibling !== 'item';
  const kept = new Set(moved.filter((m) => (m.kind === 'place' && placeThen) || late(m)).map((m) => m.start));
  return checkClause(ctx, joined, clause, severities)
    .filter((d) => d.code === Code.Anachronism && kept.has(d.range.start.character))
    .map((d) => ({ ...d, range: lineRange(line, d.range.start.character - shift, d.range.end.character - shift) }));
}

/** How many years after the parent's date a body must have been set up to be out of its time. */
const BODY_YEARS = 10;
/**
 * The same for a body that did what an item tells ("deported … by the KGB"), under an item above it at the same
 * depth (or a parent); and under one it goes on from with an arrow ("- → mass arrests by the Okhrana").
 */
const AGENT_YEARS = 15;
const AGENT_YEARS_AFTER_ARROW = 5;

/** Where an item's date comes from; `sibling` when from the item just above at its depth. */
interface Parent {
  text: string;
  date: Mention;
  sibling?: 'arrow' | 'item';
}

/**
 * For an item with no parent date: the item just above it at the same depth, with one date, and nothing but list
 * items between (no heading, no blank line). An item that opens with an arrow goes on from it.
 */
function siblingDate(n: NoteAnalysis, line: number, text: string, lead: RegExpExecArray): Parent | undefined {
  const arrow = /^(?:→|->)\s/.test(text.slice(lead[0].length));
  for (let l = line - 1; l >= 0 && l >= line - SIBLING_REACH; l--) {
    const t = lineOf(n, l);
    const item = ITEM.exec(t);
    if (!item || item[1].length < lead[1].length) return undefined;
    if (item[1].length > lead[1].length) continue;
    const ms = n.mentionsOnLine(l);
    const d = oneDate(ms);
    // A person's birth or life is no date of the item's deeds: "- Kornilov (b.1870, Siberian Cossack family) = C-in-C".
    if (d && lifeDate(t, ms, d)) return undefined;
    return d ? { text: t, date: d, sibling: arrow ? 'arrow' : 'item' } : undefined;
  }
  return undefined;
}
/** Is the date a person's birth ("b.1870", "born 1870") or life, in a bracket right after their name? */
function lifeDate(text: string, ms: readonly Mention[], d: Mention): boolean {
  if (/\b(?:b|d|born|died)\.?\s*$/i.test(text.slice(Math.max(0, d.start - 8), d.start))) return true;
  const open = text.lastIndexOf('(', d.start);
  return (
    open >= 0 &&
    /^[^()]*$/.test(text.slice(open + 1, d.start)) &&
    ms.some((x) => x.kind === 'person' && /^\s*$/.test(text.slice(x.end, open)))
  );
}

/** How far above an item the item it follows may lie (sub-items between). */
const SIBLING_REACH = 4;
/** The widest span a heading's date may cover to date the items under it: an event's, not a period's. */
const HEADING_YEARS = 2;

/**
 * For an item at the margin: the heading above it and its one date, when the heading dates one event ("### 9 Jan
 * 1905 – Bloody Sunday"), not a period ("## Russia 1855–1917").
 */
function headingDate(ctx: ServiceContext, n: NoteAnalysis, line: number): Parent | undefined {
  const l = headingAbove(n, line, MAX_REACH);
  if (l === undefined) return undefined;
  const ms = n.mentionsOnLine(l);
  // Or the one event it names, and nothing else, with the event's years: "## 1905 revolution".
  const only = ms.length === 1 ? ms[0] : undefined;
  const d = oneDate(ms) ?? (only?.kind === 'event' && !only.candidates ? eventDate(ctx, only) : undefined);
  const years = d ? Number(d.date!.to.slice(0, 4)) - Number(d.date!.from.slice(0, 4)) : Infinity;
  return d && years <= HEADING_YEARS ? { text: lineOf(n, l), date: d } : undefined;
}

/** A line's one date, if it writes exactly one and not an approximate one. */
function oneDate(ms: readonly Mention[]): Mention | undefined {
  const dates = ms.filter((m) => m.kind === 'date');
  return dates.length === 1 && dates[0].date && !dates[0].date.approximate ? dates[0] : undefined;
}

/** An event's mention as a date mention of its years. */
function eventDate(ctx: ServiceContext, m: Mention): Mention | undefined {
  const e = ctx.kb.get(m.id);
  const s = e && datedSpan(e);
  if (!s) return undefined;
  const from = toIso({ year: s.from.year }),
    to = toIso({ year: s.to.year });
  return { ...m, kind: 'date', date: { iso: from === to ? from : `${from}/${to}`, from, to, words: '' } };
}

/** The item's parent (the nearest item above that is less indented) and its one date, if it has exactly one. */
function parentDate(n: NoteAnalysis, line: number, indent: number): Parent | undefined {
  for (let l = line - 1; l >= 0 && l >= line - MAX_REACH; l--) {
    const t = lineOf(n, l);
    if (!t.trim()) continue;
    const item = ITEM.exec(t);
    if (!item) return undefined;
    if (item[1].length >= indent) continue;
    const d = oneDate(n.mentionsOnLine(l));
    return d ? { text: t, date: d } : undefined;
  }
  return undefined;
}
