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
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { listing, perKnowledgeBase, tied } from './kbIndex';
import { contains } from './officeTerms';
import { datedSpan, oldStyleSpan, overlaps } from './pairing';
import { correctedDate, oldStyleNote, spanWords } from './phrases';
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
  if (/^['’]/.test(text.slice(m.end)) || m.bareS) return undefined;
  // The date after the person; or the line's date before it, the words then running to the part's end: "Sept 1916
  // Nikolai II takes supreme command (Stavka)".
  const led =
    w.start < m.end &&
    !!w.date &&
    (w.date === claim.clause.lineDate ||
      (/^\s*(?:[-*+•]\s+)?(?:\*\*)?$/.test(text.slice(claim.clause.from, w.start)) &&
        /^(?:\*\*)?\s*(?:[:–—-]\s*)?$/.test(text.slice(w.end, m.start))));
  if (w.start < m.end && !led) return undefined;
  const upTo = led ? m.end + /^[^,;:()–—→.]*/.exec(text.slice(m.end, claim.clause.to))![0].length : w.start;
  const { from, to } = w;
  const read = (words: string) => {
    const said = tokens(words);
    while (said.length && AUXILIARIES.has(said[0])) said.shift();
    const lead = w.occasion ? BEFORE_OCCASION : BEFORE_DATE;
    if (said.length && lead.has(said[said.length - 1])) said.pop();
    // Who did it, told last, is no part of the event's name: "removed by his colleagues in October 1962".
    const by = said.indexOf('by');
    if (by > 0 && said.length - by <= 9) said.splice(by);
    return said;
  };
  // Two people it befell together: "Trotsky & Zinoviev expelled from the party" tells of the event if it tells of both.
  const next = claim.clause.mentions.find((x) => x.start >= m.end);
  const joined = next?.kind === 'person' && !next.candidates && JOINT.test(text.slice(m.end, next.start));
  const partner = joined ? ctx.kb.get(next.id) : undefined;
  const wordsFrom = partner ? next!.end : m.end;
  let said = read(ownParty(claim, wordsFrom, upTo));
  if (!said.length || said.length > 8) return undefined;
  let x = eventTold(ctx.kb, p, said, w.occasion);
  // Where it went from or to may be said too, of places the event itself tells of: "Trotsky was deported from the
  // Soviet Union to Turkey in February 1927" (the deportation's name, its facts: "… he spent his first two months
  // in Turkey").
  if (!x) {
    const places: Entity[] = [];
    said = read(ownParty(claim, wordsFrom, upTo, places));
    const y = places.length && said.length ? eventTold(ctx.kb, p, said, w.occasion) : undefined;
    if (y && places.every((pl) => tellsOf(y, pl))) x = y;
  }
  if (!x || (partner && !tellsOf(x, partner))) return undefined;
  // An occasion tied to the event (linked, or telling of the person in the same words: at the 15th Congress
  // Trotsky "had already been expelled") may be how a textbook puts it: silent.
  if (w.occasion && linked(w.occasion, x, p, said[0])) return [];
  const s = datedSpan(x);
  if (!s || overlaps(s.from, s.to, from, to)) return [];
  // It befell them more than once ("expelled from the party three times, in 1927, 1932 and 1934"): silent.
  if (befellAgain(p, said, s.from, s.to)) return [];
  const os = oldStyleSpan(x);
  if (os && overlaps(os.from, os.to, from, to)) return [];
  const at = { line: claim.clause.line, start: w.start, end: w.end };
  if (w.occasion) {
    const message =
      `${x.label}: ${spanWords(s.from, s.to)}, not at the ${w.occasion.label}` + ` (${spanWords(from, to)}).`;
    return [factFinding(at, severities.dates, Code.WrongDate, message, s.citation)];
  }
  const was = spanWords(s.from, s.to) + oldStyleNote(w.date!, os?.from);
  const message = `${x.label}: ${was}, not ${w.date!.date!.words}.`;
  return [
    factFinding(at, severities.dates, Code.WrongDate, message, s.citation, correctedDate(w.date!, s.from, os?.from)),
  ];
}

/**
 * The words from `from` (the name's end) to `to`, the person's own party written "the party": "Trotsky was expelled
 * from the Communist Party in 1929" tells of his expulsion from the party. With `places`, the places gone from or to
 * are left out of the words and gathered there: "deported from the Soviet Union to Turkey".
 */
function ownParty(claim: Claim, from: number, to: number, places?: Entity[]): string {
  const { ctx, entity: p, text, clause } = claim;
  let out = '';
  let at = from;
  for (const x of clause.mentions) {
    if (x.start < from || x.end > to || x.candidates) continue;
    // With `places`, a place after "from", "to" or "into" is left out, and kept in `places`.
    const into = places && x.kind === 'place' ? PLACE_LEAD.exec(text.slice(at, x.start)) : null;
    const place = into && ctx.kb.get(x.id);
    if (into && place) {
      out += text.slice(at, x.start - into[0].length);
      places!.push(place);
      at = x.end;
      continue;
    }
    if (x.kind !== 'organisation') continue;
    const party = ctx.kb.get(x.id);
    if (!party || !/\bParty\b/.test(party.label) || !/\bparty$/i.test(text.slice(x.start, x.end))) continue;
    // Their party: tied to them, or to a body of the party they held a post in (the Politburo).
    const own = (p.roles ?? []).some((r) => {
      const body = r.body ? ctx.kb.get(r.body) : undefined;
      return !!body && (body === party || tied(body, party));
    });
    if (!own && !tied(p, party)) continue;
    out += text.slice(at, x.start) + 'party';
    at = x.end;
  }
  return out + text.slice(at, to);
}

/** Between two people an event befell together: "and", "&", "+". */
const JOINT = /^\s*(?:and|&|\+)\s*$/i;

/** Before a place left out of an event's words: "from the", "to", "into". */
const PLACE_LEAD = /\s(?:from|to|into)\s+(?:the\s+)?$/i;

/** Does the event tell of the place: where it was, or the place's name in its names, summary or facts? */
function tellsOf(x: Entity, place: Entity): boolean {
  if (x.at?.ids.includes(place.id)) return true;
  const names = [place.label, ...place.aliases].map((n) => kbTokens(n)).filter((n) => n.length);
  return [x.label, ...x.aliases, x.summary, ...(x.facts ?? []).map((f) => f.text)].some((t) => {
    const ws = kbTokens(t);
    return names.some((n) => contains(ws, n));
  });
}

/**
 * The one event of the person that the words after their name tell of ("abdicated" → the Abdication of Nicholas
 * II), the auxiliaries before the verb aside; undefined when none or several do.
 */
export function eventTold(kb: KnowledgeBase, p: Entity, said: string[], except?: Entity): Entity | undefined {
  const events = new Set<Entity>();
  for (const x of eventsOf(kb).get(p.id) ?? []) if (x !== except && namedBy(x, p, said)) events.add(x);
  return events.size === 1 ? [...events][0] : undefined;
}

/** The words of a text as the events' names are read: folded, a possessive "'s" a word of its own, no "the". */
export function saidWords(s: string): string[] {
  const said = tokens(s);
  while (said.length && AUXILIARIES.has(said[0])) said.shift();
  return said;
}

/** Does one of the event's names say what was written of the person: the verb and the words after it? */
function namedBy(x: Entity, p: Entity, said: string[]): boolean {
  const [verb, ...rest] = said;
  const persons = [p.label, ...p.aliases].map((n) => kbTokens(n)).filter((n) => n.length);
  return [x.label, ...x.aliases].some((name) => {
    const ws = kbTokens(name, true);
    for (const n of persons) {
      // "Trotsky deported …", "Nicholas II's abdication …"
      if (startsWith(ws, n)) {
        const after = ws.slice(n.length);
        if (after[0] === "'s") after.shift();
        if (after.length && sameStem(after[0], verb) && same(after.slice(1), rest)) return true;
      }
      // "deportation of Trotsky …", "expulsion of Trotsky and Zinoviev from the party"
      if (ws.length > n.length + 1 && ws[1] === 'of' && sameStem(ws[0], verb) && ofList(ws, n, rest)) return true;
    }
    return false;
  });
}

/** Is the occasion linked to the event, or does one of its facts tell of the person and the same verb? */
function linked(o: Entity, x: Entity, p: Entity, verb: string): boolean {
  if (tied(o, x)) return true;
  const names = [p.label, ...p.aliases].map((n) => kbTokens(n)).filter((n) => n.length);
  return [o.summary, ...(o.facts ?? []).map((f) => f.text)].some((t) => {
    const ws = kbTokens(t);
    return ws.some((w) => sameStem(w, verb)) && names.some((n) => contains(ws, n));
  });
}

/**
 * After "<what> of": the person, alone or in a list joined by "and" ("Trotsky and Zinoviev"), then exactly the
 * words written after the verb.
 */
function ofList(ws: string[], n: string[], rest: string[]): boolean {
  const tail = ws.length - rest.length;
  if (tail < 2 + n.length || !same(ws.slice(tail), rest)) return false;
  if (same(ws.slice(2, tail), n)) return true;
  // In a list only when the note says from what: a bare "expelled" may be from the party or from the country.
  if (!rest.length) return false;
  for (let i = 2; i + n.length <= tail; i++) {
    if (!startsWith(ws.slice(i), n)) continue;
    const before = ws.slice(2, i),
      after = ws.slice(i + n.length, tail);
    if ((!before.length || before[before.length - 1] === 'and') && (!after.length || after[0] === 'and')) return true;
  }
  return false;
}

/** Does a fact of the person tell of the same thing (the verb and the words after it) in a year outside the event's? */
function befellAgain(p: Entity, said: string[], from: PartialDate, to: PartialDate): boolean {
  const [verb, ...rest] = said;
  const objects = rest.filter((w) => w.length > 3);
  return (p.facts ?? []).some((f) => {
    const ws = kbTokens(f.text);
    if (!ws.some((w) => sameStem(w, verb)) || !objects.every((o) => ws.includes(o))) return false;
    // The years told after the verb: "removed … on 23 October 1926" is not a second time for a fact that began
    // with 1925's loss of another post.
    const at = [...f.text.matchAll(/[\p{L}]+/gu)].find((w) => sameStem(foldName(w[0]), verb))?.index ?? 0;
    const years = [...f.text.slice(at).matchAll(/\b(1[0-9]{3}|20[0-9]{2})\b/g)].map((y) => Number(y[1]));
    return years.some((y) => y < from.year || y > to.year);
  });
}

/** Nouns whose stem is not their verb's: "expulsion" is of "expel". */
const IRREGULAR: [RegExp, string][] = [
  [/^expul/, 'expel'],
  // "Lenin shot 30 Aug 1918" and "shooting of Lenin".
  [/^shot$/, 'shoot'],
];

/** "deported" and "deportation", "abdicated" and "abdication": one stem, short endings. */
function sameStem(a: string, b: string): boolean {
  for (const [re, stem] of IRREGULAR) {
    a = a.replace(re, stem);
    b = b.replace(re, stem);
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= STEM && a.length - i <= ENDING && b.length - i <= ENDING;
}

/** For each person, the events that list them in `related`. */
const eventsOf = perKnowledgeBase((kb) => listing(kb, (x) => x.kind === 'event'));

/**
 * The tokens of a name or text of the knowledge base, computed once: every claim about a person reads the names of
 * every event that lists them. The cache holds the knowledge base's strings only, and is cleared when it grows past
 * any knowledge base's size (user packs come and go).
 */
const tokenCache = new Map<string, readonly string[]>();
function kbTokens(s: string, bare = false): string[] {
  const key = bare ? `(${s}` : s;
  let t = tokenCache.get(key);
  if (!t) {
    if (tokenCache.size > 100_000) tokenCache.clear();
    // A name without its brackets: "Abdication of Nicholas II (1917)".
    tokenCache.set(key, (t = tokens(bare ? s.replace(/\s*\([^()]*\)/g, '') : s)));
  }
  return t as string[];
}

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
