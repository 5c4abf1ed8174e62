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
import { parseIsoDate, type PartialDate } from '../../kb/dates';
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
  dated: (claim) => check(claim, asWhen(claim.date)),
  // A body named on the way ("removed from the Politburo in 1928") keeps the date from pairing with the person.
  // With no date, an occasion may say when: "removed from the Politburo at the 14th Congress".
  undated: (claim) => {
    const after = claim.clause.mentions.filter((x) => x.start >= claim.mention.end && !x.candidates);
    const d = after.find((x) => x.kind === 'date');
    if (d) return check(claim, asWhen(d));
    const o = after.find((x) => x.kind === 'congress' || x.kind === 'event');
    const e = o && claim.ctx.kb.get(o.id);
    const s = e && datedSpan(e);
    if (!o || !e || !s || !OCCASION_LEAD.test(claim.text.slice(claim.mention.end, o.start))) return undefined;
    return check(claim, { start: o.start, end: o.end, from: s.from, to: s.to, occasion: e });
  },
};

/** What the claim says of when: a date written, or an occasion whose dates are the knowledge base's. */
interface When {
  start: number;
  end: number;
  from: PartialDate;
  to: PartialDate;
  date?: Mention;
  occasion?: Entity;
}

/** "… at the 14th Congress", "… during the Civil War": the words before an occasion that say when. */
const OCCASION_LEAD = /\s(?:at|during)\s+(?:the\s+)?$/i;
const BEFORE_OCCASION = new Set(['at', 'during']);

function asWhen(d: Mention | undefined): When | undefined {
  if (!d?.date || d.date.approximate) return undefined;
  const from = parseIsoDate(d.date.from),
    to = parseIsoDate(d.date.to);
  return from && to ? { start: d.start, end: d.end, from, to, date: d } : undefined;
}

function check(claim: Claim, w: When | undefined): Verdict {
  const { ctx, entity: p, text, mention: m, severities } = claim;
  if (p.kind !== 'person' || severities.dates === undefined || !w) return undefined;
  if (w.start < m.end || /^['’]/.test(text.slice(m.end)) || m.bareS) return undefined;
  const { from, to } = w;
  const said = tokens(text.slice(m.end, w.start));
  while (said.length && AUXILIARIES.has(said[0])) said.shift();
  const lead = w.occasion ? BEFORE_OCCASION : BEFORE_DATE;
  if (said.length && lead.has(said[said.length - 1])) said.pop();
  if (!said.length || said.length > 8) return undefined;
  const events = new Set<Entity>();
  for (const x of eventsOf(ctx.kb).get(p.id) ?? []) if (x !== w.occasion && namedBy(x, p, said)) events.add(x);
  if (events.size !== 1) return undefined;
  const [x] = events;
  // An occasion tied to the event (linked, or telling of the person in the same words: at the 15th Congress
  // Trotsky "had already been expelled") may be how a textbook puts it: silent.
  if (w.occasion && linked(w.occasion, x, p, said[0])) return [];
  const s = datedSpan(x);
  if (!s || overlaps(s.from, s.to, from, to)) return [];
  const os = oldStyleSpan(x);
  if (os && overlaps(os.from, os.to, from, to)) return [];
  const at = { line: claim.clause.line, start: w.start, end: w.end };
  if (w.occasion) {
    const message =
      `${x.label}: ${spanWords(s.from, s.to)}, not at the ${w.occasion.label}` + ` (${spanWords(from, to)}).`;
    return [factFinding(at, severities.dates, Code.WrongDate, message, s.citation)];
  }
  const message = `${x.label}: ${spanWords(s.from, s.to)}, not ${w.date!.date!.words}.`;
  return [factFinding(at, severities.dates, Code.WrongDate, message, s.citation, correctedDate(w.date!, s.from))];
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

/** Is the occasion linked to the event, or does one of its facts tell of the person and the same verb? */
function linked(o: Entity, x: Entity, p: Entity, verb: string): boolean {
  if (o.related?.some((r) => r.id === x.id) || x.related?.some((r) => r.id === o.id)) return true;
  const names = [p.label, ...p.aliases].map(tokens).filter((n) => n.length);
  return [o.summary, ...(o.facts ?? []).map((f) => f.text)].some((t) => {
    const ws = tokens(t);
    return ws.some((w) => sameStem(w, verb)) && names.some((n) => ws.some((_, i) => startsWith(ws.slice(i), n)));
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
