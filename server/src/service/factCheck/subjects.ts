/**
 * The subject a list item leaves out: under "## Stolypin (PM 1906–11)", the item "- shot in St Petersburg, Sept
 * 1911" is about Stolypin, and under "- Trotsky" the sub-item "- expelled from the party 1927" is about Trotsky.
 * The item is checked as the clause "Stolypin shot in St Petersburg, Sept 1911", by the same rules as a sentence,
 * and each finding is put back on the item: on its first word when it is about the subject's name.
 *
 * Precision first: only an item whose first word is a verb in the past (`became`, `was`, `shot`, `expelled`…), with
 * no name before it, under a parent (the list item it is indented under, or else the heading above) that names
 * exactly one person and nothing else of its kind.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { atLine } from '../findings';
import { lineRange } from '../ranges';
import { checkClause, severitiesOf } from './checkFacts';
import { clausesOf, type Clause } from './clauses';

/** A list item's marker, and bold: what stands before its first word. */
const ITEM = /^(\s*)(?:[-*+•]|\d+[.)])\s+(?:\*\*|__)?/;
/** A verb in the past, as a list item opens with one: "became General Secretary", "shot by Bogrov". */
const PAST = new RegExp(
  '^(?:was|were|became|had|took|made|led|fled|wrote|shot|won|lost|gave|ran|sent|held|rose|fell|left|met|spent|' +
    'got|went|came|drew|stood|broke|\\p{Ll}{2,}(?:ed|ied))$',
  'u',
);
/** Words that end like a verb in the past but are not one. */
const NOT_VERBS = new Set([
  'red',
  'bed',
  'need',
  'seed',
  'speed',
  'hundred',
  'feed',
  'greed',
  'shed',
  'breed',
  'creed',
]);
const HEADING = /^\s{0,3}(#{1,6})\s/;
/** How far above the item its parent may lie. */
const MAX_REACH = 80;

/** The findings on a list item whose subject is its parent's person, each on the item's line. */
export function checkSubjectOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = n.lineText(line);
  const lead = ITEM.exec(text);
  if (!lead) return [];
  const verbAt = lead[0].length;
  const verb = /^\p{L}+/u.exec(text.slice(verbAt))?.[0];
  if (!verb || NOT_VERBS.has(verb.toLowerCase()) || !PAST.test(verb.toLowerCase())) return [];
  const ms = n.mentionsOnLine(line);
  if (ms.some((m) => m.start < verbAt + verb.length)) return [];
  const subject = subjectAbove(n, line, lead[1].length);
  if (!subject) return [];
  // The findings depend on the item's mentions and the subject's: kept while neither line is scanned afresh, at
  // line 0, as diagnostics.ts keeps a line's findings: lines above may come and go.
  const kept = cache.get(ms);
  if (kept && kept.subject === subject && kept.kb === ctx.kb && kept.settings === ctx.settings)
    return kept.found.map((d) => atLine(d, line));
  const found = check(ctx, n, line, text, verbAt, verb, subject);
  cache.set(ms, { subject, kb: ctx.kb, settings: ctx.settings, found: found.map((d) => atLine(d, 0)) });
  return found;
}

const cache = new WeakMap<
  readonly Mention[],
  { subject: Mention; kb: object; settings: object; found: Diagnostic[] }
>();

function check(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  text: string,
  verbAt: number,
  verb: string,
  subject: Mention,
): Diagnostic[] {
  const severities = severitiesOf(ctx);
  if (Object.values(severities).every((s) => s === undefined)) return [];
  const first = clausesOf(n, line)[0];
  if (!first || first.from > verbAt) return [];
  // The subject in the item's place: "Pyotr Stolypin shot … in St Petersburg".
  const name = ctx.kb.get(subject.id)?.label ?? subject.id;
  const at = name.length + 1;
  const shift = verbAt - at;
  const joined = name + ' ' + text.slice(verbAt, first.to);
  const moved = first.mentions.map((x) => ({ ...x, start: x.start - shift, end: x.end - shift }));
  const clause: Clause = {
    line,
    from: 0,
    to: joined.length,
    mentions: [{ ...subject, start: 0, end: name.length }, ...moved],
  };
  return checkClause(ctx, joined, clause, severities).map((d) => {
    const r = d.range;
    if (r.start.character >= at) {
      return { ...d, range: lineRange(line, r.start.character + shift, r.end.character + shift) };
    }
    // About the subject, whose name is not on this line: on the item's first word, with no fix to apply here.
    const data = { citation: (d.data as { citation?: string } | undefined)?.citation };
    return { ...d, range: lineRange(line, verbAt, verbAt + verb.length), data };
  });
}

/**
 * The person an item is about: its parent's one person, the parent being the nearest list item above that is
 * less indented, or, for an item at the margin, the nearest heading above.
 */
function subjectAbove(n: NoteAnalysis, line: number, indent: number): Mention | undefined {
  // A heading that names no one leaves the subject to the heading it comes under: "# Stalin 1924–41" over
  // "## Background".
  let level = 7;
  for (let l = line - 1; l >= 0 && l >= line - MAX_REACH; l--) {
    const t = n.lineText(l);
    if (!t.trim()) continue;
    const heading = HEADING.exec(t);
    const item = ITEM.exec(t);
    if (heading ? heading[1].length >= level : level < 7 || !(item && item[1].length < indent)) continue;
    const people = n.mentionsOnLine(l).filter((m) => m.kind === 'person');
    if (heading && !people.length) {
      level = heading[1].length;
      continue;
    }
    return people.length === 1 && !people[0].candidates && !people[0].misspelling ? people[0] : undefined;
  }
  return undefined;
}
