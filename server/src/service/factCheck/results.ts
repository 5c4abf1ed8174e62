/**
 * Election results: a party's share of the vote or its seats written far from what the election's `figures`
 * record ("July 1932: Nazis largest party, 230 seats with 43.9% of the vote": it was 37.3%; 43.9% was March 1933).
 *
 * Precision first. The party is the claim; the election is the one the clause names, or else the one held in the
 * span of the date that goes with the party ("July 1932"; "1932" means both elections of that year, and a figure
 * that fits either is right). The figure is the one number of its kind (a percentage, or "N seats") written after
 * the party and before anything else named; "from 12 to 107 seats" gives 107. A number within a point of the
 * record (two seats) is a rounding, and within three points (ten per cent of the seats) after "about", "nearly" or
 * the like, an estimate; "over" and "under" bound it on one side only.
 */
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { endKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import type { Entity, Figure } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase } from './kbIndex';
import { withoutDates } from './clauses';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';

type Result = { election: Entity; figure: Figure };

/** For each party, the results the elections record for it. */
const resultsOf = perKnowledgeBase((kb: KnowledgeBase) => {
  const map = new Map<string, Result[]>();
  for (const election of kb.entities)
    for (const figure of election.figures ?? []) {
      if (!figure.of || figure.what === 'deaths') continue;
      const list = map.get(figure.of) ?? [];
      list.push({ election, figure });
      map.set(figure.of, list);
    }
  return map;
});

/** A share of the vote, its decimals after a point or, as most of Europe writes them, a comma ("43,9%"). */
const PERCENT = /(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s?(?:%|per\s?cent\b)/giu;
const SEATS = /(?<![\d.,/])(\d{1,3})\s+(?:\p{L}+\s+)?seats\b/giu;
const FROM_TO = /\bfrom\s+\d[\d.]*\s?%?\s+to\s+$/iu;
const ROUGHLY = /\b(?:about|around|roughly|nearly|almost|approximately|approx|some|c|ca|circa|just)\.?\s*~?$|~\s*$/iu;
const AT_LEAST = /\b(?:over|more\s+than|above|at\s+least)\s+$/iu;
const AT_MOST = /\b(?:under|less\s+than|below|fewer\s+than|at\s+most)\s+$/iu;

/** Between two parties' names: joiners, and names the recogniser does not know ("+ Centre +"). */
const JOINED_PARTIES = /^(?:\s*(?:\+|&|,|and)\s*(?:\p{Lu}[\p{L}.'’-]*)?)+\s*$/u;

export const results: FactRule = {
  // "biggest party but no majority": a "no" elsewhere in the clause does not deny the figure.
  tolerates: new Set(['no']),
  dated: (claim) => check(claim, claim),
  undated: (claim) => check(claim, undefined),
};

function check(claim: Claim, dated: DatedClaim | undefined): Verdict {
  const { ctx, entity: party, text, clause, mention: m, severities } = claim;
  const all = resultsOf(ctx.kb).get(party.id);

  if (!all || severities.dates === undefined) return undefined;
  // The election the clause names, or else those held when the date says.
  const named = clause.mentions.filter((x) => x.kind === 'event' && all.some((r) => r.election.id === x.id));
  if (clause.mentions.some((x) => x.kind === 'event' && !named.includes(x))) return undefined;
  let held: Result[];
  // "July 1932 election – Nazis win …": a date that names an election is the election.
  // Or a date opening a line of results, which the name after another party's share does not reach: "Nov 1917
  // results: SRs c.40%, Bolsheviks just 9%".
  const electionDate = clause.mentions.find(
    (x) =>
      x.kind === 'date' &&
      x.date &&
      /^\s*\]?\s+(?:(?:reichstag|federal)\s+)?(?:elections?|results|(?:election|poll)\s+results)\b/i.test(
        text.slice(x.end),
      ),
  );
  const when = electionDate?.date
    ? { from: parseIsoDate(electionDate.date.from), to: parseIsoDate(electionDate.date.to) }
    : undefined;
  if (named.length) held = all.filter((r) => named.some((x) => x.id === r.election.id));
  else if (dated) held = all.filter((r) => within(r.election, dated.from, dated.to));
  else if (when?.from && when.to) held = all.filter((r) => within(r.election, when.from!, when.to!));
  else return undefined;
  if (!held.length) return undefined;
  // A people's party of the same name is another party: "Ukrainian SRs 7.7%", "Georgian Mensheviks".
  if (/\b\p{Lu}\p{Ll}+(?:ian|ish|ese)\s+$/u.test(text.slice(Math.max(clause.from, m.start - 16), m.start)))
    return undefined;
  // The one beaten, with the winner's share after it: "Hindenburg beat Hitler with 53 per cent".
  if (BEATEN.test(text.slice(clause.from, m.start)) && /^\s+(?:with|by|on)\s/i.test(text.slice(m.end)))
    return undefined;
  // The last of parties joined is their sum's: "SPD + Centre + DDP had c. 75% of the vote" (a name the recogniser
  // leaves alone, "Centre", may stand between).
  const prev = clause.mentions.filter((x) => x.end <= m.start && x.kind !== 'date').pop();
  if (prev?.kind === 'organisation' && JOINED_PARTIES.test(text.slice(prev.end, m.start))) return undefined;
  // What the party won: after its name, up to the next thing named.
  const next = clause.mentions.find((x) => x.start >= m.end && x.kind !== 'date' && x.kind !== 'event');
  const end = next ? next.start : clause.to;
  const span = text.slice(m.end, end);
  for (const [re, what] of [
    [PERCENT, 'vote share'],
    [SEATS, 'seats'],
  ] as const) {
    const found = [...span.matchAll(re)];
    if (!found.length) continue;
    const figures = held.filter((r) => r.figure.what === what);
    if (!figures.length) continue;
    // A bare percentage may be a share of the seats, which runs higher for the largest parties and which tallies
    // that differ give differently: "SRs 58%" of the Constituent Assembly (not "Bolsheviks won ~60%"). Where the
    // tallies differ, only a share said to be of the vote is held to them; a bare one may be half as much again.
    const bare =
      what === 'vote share' &&
      figures.every((r) => r.figure.contested) &&
      !OF_THE_VOTE.test(text.slice(clause.from, clause.to));
    const last = found[found.length - 1];
    if (found.length > 1 && !FROM_TO.test(span.slice(0, last.index))) continue;
    let at = last.index!,
      said = last[1];
    // A part of a total: "230 of the 608 seats" gives 230.
    const part = /(?<![\d.,])(\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+)?$/u.exec(span.slice(Math.max(0, at - 20), at));
    if (what === 'seats' && part) {
      at -= part[0].length;
      said = part[1];
    }
    // A name the recogniser does not know may own it, after a comma: "SRs largest, Bolsh. only ~24% of the vote".
    const between = withoutDates(text, clause.mentions, m.end, m.end + at);
    if (ANOTHER_NAME.test(between) || ANOTHER_SUBJECT.test(between)) return undefined;
    const before = span.slice(Math.max(0, at - 20), at);
    // "from 12 seats to 107": the result is the number after "to", written without its unit.
    const to = /\bfrom\s+$/i.test(before)
      ? // A full stop may end the sentence after it: "leapt from 12 seats to 107.".
        /^\d{1,3}\s+(?:\p{L}+\s+)?seats\s+to\s+(\d{1,3})\b(?![\d,%]|\.\d)/u.exec(span.slice(at))
      : null;
    if (to) {
      at += to[0].length - to[1].length;
      said = to[1];
    }
    const n = Number(said.replace(',', '.'));
    // A change, not the result: "Nazis lose 34 seats (down to 196)", "gained 95 seats", "12 more seats", "LOST
    // about 2 million votes and 34 seats".
    if (
      CHANGE_BEFORE.test(before) ||
      CHANGED_EARLIER.test(span.slice(0, at)) ||
      /^\s+(?:more|fewer|less|extra)\b/i.test(span.slice(at + said.length))
    )
      return undefined;
    // A range fits where it meets the record: "Bolsheviks (c. 25–29%)" takes in 25.
    const range = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?[–-]\s?$/u.exec(before);
    const lowest = range ? Number(range[1].replace(',', '.')) : n;
    if (lowest < n && figures.some((r) => fits(lowest, r.figure, what, before.slice(0, range!.index), n))) continue;
    if (figures.some((r) => fits(n, r.figure, what, before))) continue;
    if (bare && figures.some((r) => n >= r.figure.low / 2 && n <= r.figure.high * 1.5)) continue;
    const start = m.end + at;
    const told = figures.map((r) => `${show(r.figure.low, what)} in the ${r.election.label}`).join(' and ');
    // The number the note gives may be the party's result at another election: say which.
    const other = all.find((r) => r.figure.what === what && !held.includes(r) && fits(n, r.figure, what, ''));
    // And the clause may say so: "2.6 per cent in 1928 but 107 seats in September 1930".
    if (other && clause.mentions.some((x) => x.kind === 'date' && x.date && heldIn(other.election, x.date))) continue;
    const was = other ? ` (${show(other.figure.low, what)} was its result in the ${other.election.label})` : '';
    const fix = figures.length === 1 ? String(figures[0].figure.low) : undefined;
    return [
      factFinding(
        { line: clause.line, start, end: start + said.length },
        severities.dates,
        Code.WrongFigure,
        `${party.label} won ${told}, not ${said}${what === 'seats' ? '' : '%'}${was}.`,
        figures[0].figure.source,
        fix,
      ),
    ];
  }
  return undefined;
}

/** A verb of losing or gaining before the number, the number joined to its object by "and". */
const CHANGED_EARLIER = /\b(?:lose|loses|losing|lost|gain|gains|gained|gaining|dropped|shed)\b[^.;:]*\band\s+$/i;

/** A verb of winning right before the name, whose object it is. */
const BEATEN = /\b(?:beat|beats|defeated|defeats|outpolled|outvoted|trounced)\s+(?:the\s+)?$/i;

/** Words that say a share is of the votes cast. */
const OF_THE_VOTE = /\b(?:vot(?:e|es|ed|ing|ers)|poll(?:s|ed)?|ballots?|electorate)\b/i;

/** A comma or a semicolon, then a capitalised word: another name, perhaps one not recognised. */
const ANOTHER_NAME = /[,;]\s*\p{Lu}/u;
/**
 * A comma or a semicolon, then a word of a group and a verb of winning: the group won it, not the party ("SDs + SRs
 * stopped boycotting, left got ~200 seats"). A pronoun still points back at the party ("they won 37 seats").
 */
const ANOTHER_SUBJECT = new RegExp(
  String.raw`[,;]\s*(?!(?:they|it|which|who|and|but|then|so|while|yet|also)\b)(?:the\s+)?\p{Ll}[\p{L}-]*\s+` +
    String.raw`(?:got|gets|won|wins|gained|gains|took|takes|held|holds|secured|secures|had|has)\b`,
  'u',
);

/** Before a number, words that make it a change: "lose", "gained", "fell by", "up", "+". */
const CHANGE_BEFORE = new RegExp(
  String.raw`(?:\b(?:lose|loses|losing|lost|gain|gains|gained|gaining|drop|drops|dropped|dropping|shed|sheds|` +
    String.raw`won\s+an\s+extra|by|up|down(?:\s+by)?|minus|plus)|[+−±])\s*$`,
  'i',
);

function within(e: Entity, from: PartialDate, to: PartialDate): boolean {
  const d = e.start && parseIsoDate(e.start.date);
  if (!d) return false;
  return startKey(d) >= startKey(from) && endKey(d) <= endKey(to);
}

/** Was the election held in the written date's span? */
function heldIn(e: Entity, date: { from: string; to: string }): boolean {
  const from = parseIsoDate(date.from),
    to = parseIsoDate(date.to);
  return !!from && !!to && within(e, from, to);
}

/** Does the number `n` (or the range from `n` to `upTo`) fit the record, within the slack the words before allow? */
function fits(n: number, f: Figure, what: 'vote share' | 'seats', before: string, upTo = n): boolean {
  const rough = ROUGHLY.test(before);
  // Tallies that differ differ by more than a rounding: "Bolsheviks 175 out of 715 seats" (183 of 767 in another).
  const slack = what === 'vote share' ? (rough ? 3 : 1) : rough || f.contested ? Math.max(2, f.high * 0.1) : 2;
  if (upTo > n) return n <= f.high + slack && upTo >= f.low - slack;
  if (AT_LEAST.test(before)) return f.high + slack >= n;
  if (AT_MOST.test(before)) return f.low - slack <= n;
  return n >= f.low - slack && n <= f.high + slack;
}

function show(n: number, what: 'vote share' | 'seats'): string {
  return what === 'vote share' ? `${n}% of the vote` : `${n} seats`;
}
