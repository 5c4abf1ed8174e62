/**
 * What befell a person, told with a verb: "Trotsky was deported in 1928", "Nicholas II abdicated in 1918",
 * "Trotsky was expelled from the party in 1926". The event is found in the data: an event that lists the person
 * in `related` and goes by a name made of the same words, with the verb as a noun or a participle ("Trotsky
 * deported", "deportation of Trotsky", "Nicholas II's abdication"); its date is the event's.
 *
 * Precision first: the words between the person and the date must be the event's name, word for word, past the
 * person and the verb (an auxiliary and the "in" before the date aside); exactly one event must answer; and the
 * date must stand after the person.
 */
import { parseIsoDate } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { listing, perKnowledgeBase } from './kbIndex';
import { datedSpan, oldStyleSpan, overlaps } from './pairing';
import { correctedDate, spanWords } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';

/** Words that may stand before the verb ("was deported") and before the date ("in 1928"). */
const AUXILIARIES = new Set(['was', 'were', 'is', 'had', 'has', 'been', 'be']);
const BEFORE_DATE = new Set(['in', 'on']);
/** How long a stem a verb and a noun must share ("deport-ed", "deport-ation"), and how long their endings may be. */
const STEM = 5;
const ENDING = 5;

export const personEvents: FactRule = {
  dated: (claim) => check(claim, claim.date),
  // A body named on the way ("removed from the Politburo in 1928") keeps the date from pairing with the person.
  undated: (claim) =>
    check(
      claim,
      claim.clause.mentions.find((x) => x.kind === 'date' && x.start >= claim.mention.end),
    ),
};

function check(claim: Claim, d: Mention | undefined): Verdict {
  const { ctx, entity: p, text, mention: m, severities } = claim;
  if (p.kind !== 'person' || severities.dates === undefined || !d?.date || d.date.approximate) return undefined;
  if (d.start < m.end || /^['’]/.test(text.slice(m.end)) || m.bareS) return undefined;
  const from = parseIsoDate(d.date.from),
    to = parseIsoDate(d.date.to);
  if (!from || !to) return undefined;
  const said = tokens(text.slice(m.end, d.start));
  while (said.length && AUXILIARIES.has(said[0])) said.shift();
  if (said.length && BEFORE_DATE.has(said[said.length - 1])) said.pop();
  if (!said.length || said.length > 8) return undefined;
  const events = new Set<Entity>();
  for (const x of eventsOf(ctx.kb).get(p.id) ?? []) if (namedBy(x, p, said)) events.add(x);
  if (events.size !== 1) return undefined;
  const [x] = events;
  const s = datedSpan(x);
  if (!s || overlaps(s.from, s.to, from, to)) return [];
  const os = oldStyleSpan(x);
  if (os && overlaps(os.from, os.to, from, to)) return [];
  const message = `${x.label}: ${spanWords(s.from, s.to)}, not ${d.date.words}.`;
  const at = { line: claim.clause.line, start: d.start, end: d.end };
  return [factFinding(at, severities.dates, Code.WrongDate, message, s.citation, correctedDate(d, s.from))];
}

/** Does one of the event's names say what was written of the person: the verb and the words after it? */
function namedBy(x: Entity, p: Entity, said: string[]): boolean {
  const [verb, ...rest] = said;
  const persons = [p.label, ...p.aliases].map(tokens).filter((n) => n.length);
  return [x.label, ...x.aliases].some((name) => {
    const ws = tokens(name.replace(/\s*\([^()]*\)/g, ''));
    for (const n of persons) {
      // "Trotsky deported …", "Nicholas II's abdication …"
      if (startsWith(ws, n)) {
        const after = ws.slice(n.length);
        if (after[0] === "'s") after.shift();
        if (after.length && sameStem(after[0], verb) && same(after.slice(1), rest)) return true;
      }
      // "deportation of Trotsky …"
      if (ws.length > n.length + 1 && ws[1] === 'of' && sameStem(ws[0], verb)) {
        if (startsWith(ws.slice(2), n) && same(ws.slice(2 + n.length), rest)) return true;
      }
    }
    return false;
  });
}

/** "deported" and "deportation", "abdicated" and "abdication": one stem, short endings. */
function sameStem(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= STEM && a.length - i <= ENDING && b.length - i <= ENDING;
}

/** For each person, the events that list them in `related`. */
const eventsOf = perKnowledgeBase((kb) => listing(kb, (x) => x.kind === 'event'));

/** Folded words, a possessive "'s" a word of its own, without "the". */
function tokens(s: string): string[] {
  const out: string[] = [];
  for (const w of foldName(s).match(/[\p{L}\p{N}]+(?:'s)?/gu) ?? []) {
    if (w === 'the') continue;
    if (w.endsWith("'s")) out.push(w.slice(0, -2), "'s");
    else out.push(w);
  }
  return out;
}

function startsWith(ws: string[], prefix: string[]): boolean {
  return prefix.length <= ws.length && prefix.every((w, i) => ws[i] === w);
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && startsWith(a, b);
}
