/**
 * A chronicle's items under a year's heading: under "## 1878", the item "- 24 June: Vera Zasulich shoots + wounds
 * Gen Trepov" writes its day without the year the heading gives. The item is checked as if it led with "24 June
 * 1878", by the same rules as any line that opens with its date, and only the findings that the date makes are
 * kept (the line's others are the line's own, found without it).
 *
 * Precision first: only a heading that opens with one year ("## 1921", "### 1921 – Kronstadt and NEP"), and only
 * an item or paragraph that opens with a month, or a day and a month, and no year, then a colon, a dash or a comma.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { daysInMonth, formatDate, monthNumber, toIso, type PartialDate } from '../../kb/dates';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { checkClause, severitiesOf } from './checkFacts';
import { clausesOf, headingAbove, lineOf, mentionsRead } from './clauses';
import { keptFindings, type KeptCache } from './keptFindings';

/** A heading that opens with a year alone: "## 1921", "### 1921 – Kronstadt and NEP", "## **1878**". */
const YEAR_HEADING = /^\s{0,3}#{1,6}\s+(?:\*\*|__)?(1[0-9]{3}|20[0-9]{2})(?:\*\*|__)?\s*(?:$|[:–—]|-\s|\()/;

/** An item's opening day and month, or month (and day), with no year: "- 24 June:", "- Mar –", "- 16–18 Mar:". */
const YEARLESS = new RegExp(
  String.raw`^(\s*(?:[-*+•]\s+|\d+[.)]\s+)?(?:\*\*|__)?)` +
    String.raw`(?:(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\s+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}))?)` +
    String.raw`(?:\*\*|__)?\s*(?:[:,–—]|-\s|→)`,
);

/** How far above the item its year's heading may lie. */
const REACH = 120;

/** The findings of a line, under its mentions, while its heading stays the same text. */
const cache: KeptCache<string> = new WeakMap();

export function checkHeadingYearOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  const lead = YEARLESS.exec(text);
  if (!lead) return [];
  const ms = mentionsRead(n, line);
  // A date the line writes itself, at its start, is its own.
  if (!ms.length || ms.some((m) => m.kind === 'date' && m.start <= lead[0].length)) return [];
  const l = headingAbove(n, line, REACH);
  const heading = l === undefined ? undefined : n.lineText(l);
  const year = heading ? YEAR_HEADING.exec(heading)?.[1] : undefined;
  if (!year) return [];
  return keptFindings(cache, ctx, ms, heading!, line, () => check(ctx, n, line, text, lead, Number(year)));
}

function check(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  text: string,
  lead: RegExpExecArray,
  year: number,
): Diagnostic[] {
  const date = yearlessDate(lead, year);
  const severities = severitiesOf(ctx);
  if (!date || severities.dates === undefined) return [];
  const clauses = clausesOf(n, line);
  // The date leads the line's first sentence, as a written one would.
  const end = text.search(/[.!?](?:\s|$)/);
  // Its words are the date's now, not a day of its own the clause writes: blanked, every column kept.
  const read = text.slice(0, date.start) + ' '.repeat(date.end - date.start) + text.slice(date.end);
  const own = new Set<string>();
  const out: Diagnostic[] = [];
  for (const clause of clauses) {
    if (clause.lineDate || (end >= 0 && clause.from > end)) continue;
    for (const d of checkClause(ctx, text, clause, severities)) own.add(key(d));
    for (const d of checkClause(ctx, read, { ...clause, lineDate: date }, severities))
      if (!own.has(key(d))) out.push(d);
  }
  return out;
}

function key(d: Diagnostic): string {
  return `${d.code}:${d.range.start.character}:${d.message}`;
}

/** The item's date as a date mention over its written words, in the heading's year. */
function yearlessDate(lead: RegExpExecArray, year: number): Mention | undefined {
  const [, before, day, lastDay, dayMonth, month, monthDay] = lead;
  const m = monthNumber(dayMonth ?? month ?? '');
  if (!m) return undefined;
  const first = Number(day ?? monthDay ?? 0),
    last = Number(lastDay ?? first);
  if (first > daysInMonth(year, m) || last > daysInMonth(year, m) || last < first) return undefined;
  const a: PartialDate = first ? { year, month: m, day: first } : { year, month: m };
  const b: PartialDate = last ? { year, month: m, day: last } : a;
  const written = lead[0].slice(before.length).replace(/(?:\*\*|__)?\s*(?:[:,–—]|-\s|→)$/, '');
  const from = toIso(a),
    to = toIso(b);
  const words = from === to ? formatDate(a) : `${first}–${last} ${formatDate({ year, month: m })}`;
  return {
    start: before.length,
    end: before.length + written.length,
    kind: 'date',
    id: '',
    misspelling: false,
    date: { iso: from === to ? from : `${from}/${to}`, from, to, words },
  };
}
