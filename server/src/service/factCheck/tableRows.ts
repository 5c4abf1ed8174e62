/**
 * A table row read as notes mean it: its first cell is what the row is about, each later cell says something of
 * it. "| Kirov | murdered in Leningrad, 1 Dec 1936 |" is checked as "Sergei Kirov murdered in Leningrad, 1 Dec
 * 1936", "| Aug 1915 | Tannenberg |" as "Aug 1915: Tannenberg", by the same rules as a sentence, each finding put
 * back in its cell.
 *
 * Precision first: only a first cell that names exactly one thing (a person, an event, a document, a policy, a
 * body or a congress; a bracket after it is a gloss) and nothing else, or one date and nothing else; with a thing,
 * only a cell that opens with a verb in the past ("murdered", "fled", "shot"); with a date, only the second cell's
 * first sentence, when it writes no date of its own.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { ServiceContext } from '../context';
import { checkClause, severitiesOf } from './checkFacts';
import { clausesOf, inBracket, lineOf, type Clause } from './clauses';
import { checkWithSubject, verbAt } from './subjects';

/** A table's row: a pipe first; not the rule under its head ("|---|:---:|"). */
const ROW = /^\s*\|/;
const RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/** What the first cell may name its subject as. */
const SUBJECTS = new Set(['person', 'event', 'document', 'policy', 'organisation', 'congress']);

export function checkTableRowOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  if (!ROW.test(text) || RULE.test(text)) return [];
  const cells = cellsOf(text);
  if (cells.length < 2) return [];
  const ms = n.mentionsOnLine(line);
  const [a, b] = cells[0];
  const first = ms.filter((m) => m.start >= a && m.end <= b && !inBracket(text, m.start, a));
  if (first.length !== 1) return [];
  const only = first[0];
  // The first cell holds nothing but the name, a gloss in a bracket, and bold: "| **Kolchak** (Siberia) |".
  const rest = (text.slice(a, only.start) + text.slice(only.end, b)).replace(/\([^()]*\)|\*\*|__/g, '');
  if (/[\p{L}\p{N}]/u.test(rest) || only.candidates || only.misspelling) return [];
  const severities = severitiesOf(ctx);
  if (Object.values(severities).every((s) => s === undefined)) return [];
  const out: Diagnostic[] = [];
  // The line's clauses, cut at the cells' edges: a cell may hold several sentences.
  const clauses = clausesOf(n, line);
  // A row's date is the second cell's: later cells may tell what came of it ("| Mar 1935 | conscription | Stresa
  // Front |"), and only the cell's first sentence.
  for (const [from, to] of only.kind === 'date' ? cells.slice(1, 2) : cells.slice(1)) {
    const c = clauses.find((x) => x.to > from && x.from < to);
    if (!c) continue;
    const end = Math.min(c.to, to);
    const inCell = ms.filter((m) => m.start >= from && m.end <= end);
    const clause: Clause = { line, from, to: end, mentions: inCell };
    if (only.kind === 'date') {
      // The row's date leads the cell, as a line's leading date does.
      if (!only.date || inCell.some((m) => m.kind === 'date')) continue;
      out.push(...checkClause(ctx, text, { ...clause, mentions: [only, ...inCell], lineDate: only }, severities));
    } else if (SUBJECTS.has(only.kind)) {
      const at = from + /^\s*(?:\*\*)?/.exec(text.slice(from))![0].length;
      const verb = verbAt(text, at, inCell);
      if (verb) out.push(...checkWithSubject(ctx, line, text, at, verb, clause, only));
    }
  }
  return out;
}

/** The cells of a row, as [from, to) columns inside the pipes. */
function cellsOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = text.indexOf('|') + 1;
  for (let i = from; i <= text.length; i++) {
    if (i < text.length && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    if (i < text.length || /\S/.test(text.slice(from))) out.push([from, i]);
    from = i + 1;
  }
  return out;
}
