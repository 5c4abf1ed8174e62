/**
 * Where a document was written, told by where its writer was held: "Hitler jailed in Spandau → dictates Mein Kampf
 * to Hess", "imprisoned at Spandau, where he writes Mein Kampf", "wrote Mein Kampf while in Dachau prison", "in
 * Spandau prison Hitler dictates Mein Kampf" (it was written at Landsberg), against the places the knowledge base
 * records for the document (`at`).
 *
 * Precision first. Only a document written (wrote, dictated, writes…) right after the words that hold the place, or
 * followed by "while" and the place: the place must be where the writer was held ("jailed in", "imprisoned at",
 * "served his sentence in") and the writing must go on from it with an arrow, a dash, "and" or ", where he"; and
 * only where the knowledge base can tell the place is none of those recorded (places.ts).
 */
import type { Mention } from '../../recogniser/types';
import { withoutDates, type Clause } from './clauses';
import { placeFinding } from './places';
import type { Claim, FactRule, Verdict } from './rule';

/** A verb of writing, right before the document: "dictates Mein Kampf", "began writing *Mein Kampf*". */
const WRITING = String.raw`(?:wrote|writes|written|writing|dictated|dictates|dictating|(?:began|started)\s+writing)`;
/** Its first part, written where the whole was begun: "dictated the first volume of Mein Kampf". */
const FIRST_PART = String.raw`(?:(?:the\s+)?(?:first|1st)\s+(?:volume|part)\s+of\s+)?`;
/** Before the place: the writer held there. */
const HELD = new RegExp(
  String.raw`(?:jailed|imprisoned|locked\s+up|detained|held|confined|in\s+prison|sent\s+to|` +
    String.raw`(?:served|serves|serving)\s+(?:(?:his|her|the|a)\s+)?(?:(?:\p{L}+\s+)?(?:sentence|term|time)|it)|` +
    // A time served: "served only nine months in Spandau prison".
    String.raw`(?:served|spent)\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|under\s+|less\s+than\s+)?` +
    String.raw`(?:\p{L}+|\d+)\s+(?:months|years))\s*,?\s+(?:(?:in|at)\s+)?(?:the\s+)?$`,
  'iu',
);
/** From the place to the document: the writing goes on from the holding. */
const THEN_WROTE = new RegExp(
  String.raw`^\s*(?:(?:prison|fortress|jail|gaol|castle)\s*)?` +
    String.raw`(?:\s*(?:→|->|–|—|-)\s*|\s+and\s+|,\s*where\s+(?:he|she)\s+)` +
    String.raw`(?:(?:then|later|also)\s+)?${WRITING}\s+${FIRST_PART}[*_]?$`,
  'iu',
);
/** Before the document, its writing; after it, "while" and the place it was written in. */
const WROTE_BEFORE = new RegExp(String.raw`\b${WRITING}\s+${FIRST_PART}["“*_]?$`, 'iu');
const WHILE_IN = new RegExp(
  String.raw`^["”’*_]?\s+(?:while|when)\s+(?:(?:he|she|locked\s+up|imprisoned|held|jailed|in\s+prison)\s+)*` +
    String.raw`(?:in|at)\s+(?:the\s+)?$`,
  'iu',
);

export const writtenWhere: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { entity: e, text, clause, mention: m } = claim;
  if (e.kind !== 'document' || !e.at) return undefined;
  const i = clause.mentions.indexOf(m);
  const place =
    heldBefore(text, clause.mentions.slice(0, i), clause.from, m) ??
    whileIn(text, clause.mentions, i) ??
    openingPlace(text, clause, i);
  if (!place) return undefined;
  return placeFinding(claim, place, e.at, (where, said) => `${e.label}: written at ${where}, not ${said}.`);
}

/** "jailed in Spandau → dictates Mein Kampf": the place just before, where the writer was held. */
function heldBefore(text: string, before: readonly Mention[], from: number, m: Mention): Mention | undefined {
  const p = before[before.length - 1];
  if (!p || p.kind !== 'place' || p.candidates) return undefined;
  if (!THEN_WROTE.test(text.slice(p.end, m.start))) return undefined;
  return HELD.test(text.slice(Math.max(from, p.start - 40), p.start)) ? p : undefined;
}

/** "wrote Mein Kampf while in Dachau prison": the place just after, past "while". */
function whileIn(text: string, ms: readonly Mention[], i: number): Mention | undefined {
  const m = ms[i],
    p = ms[i + 1];
  if (!p || p.kind !== 'place' || p.candidates) return undefined;
  if (!WROTE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return undefined;
  const between = text.slice(m.end, p.start);
  if (WHILE_IN.test(between)) return p;
  // Or right after it, a prison: "wrote "Mein Kampf" in Spandau prison".
  return IN.test(between) && PRISON.test(text.slice(p.start, p.end + 8)) ? p : undefined;
}
const IN = /^["”’*_]?\s+(?:in|at)\s+(?:the\s+)?$/i;
const PRISON = /\b(?:prison|jail|gaol|fortress)\b/i;

/** Before the place that opens the clause: a list marker, a field's label ("Evidence:"), a date and a colon or dash. */
const OPENING_IN = /^[\s\-*+•>\d.)]*(?:\p{L}[\p{L} ]{0,20}:\s*)?(?:[:–—]\s*)?(?:while\s+)?(?:in|at)\s+(?:the\s+)?$/iu;
/** From that place to its writer: the kind of building, a comma. */
const BUILDING = String.raw`^\s*(?:prison|fortress|jail|gaol|castle)?\s*,?\s*`;
/** After the writer, the writing up to the document. */
const WROTE = String.raw`\s+(?:then\s+|later\s+)?${WRITING}\s+${FIRST_PART}[*_]?$`;
/** From the place to the writer's name. */
const TO_WRITER = new RegExp(`${BUILDING}$`, 'iu');
/** From the writer's name to the document. */
const WRITER_WROTE = new RegExp(`^${WROTE}`, 'iu');
/** From the place to the document, the writer "he" or "she", named before: "…; in Spandau prison he dictates". */
const HE_WROTE = new RegExp(`${BUILDING}(?:he|she)${WROTE}`, 'iu');

/**
 * "In Spandau prison Hitler dictates Mein Kampf to Hess": the clause opens with the place where the writer was held,
 * then names the writer (or says "he") and the writing.
 */
function openingPlace(text: string, clause: Clause, i: number): Mention | undefined {
  const m = clause.mentions[i];
  const writer = clause.mentions[i - 1]?.kind === 'person' ? clause.mentions[i - 1] : undefined;
  const k = writer ? i - 2 : i - 1;
  const p = clause.mentions[k];
  const lead = clause.mentions.slice(0, Math.max(0, k));
  if (!p || p.kind !== 'place' || p.candidates || lead.some((x) => x.kind !== 'date')) return undefined;
  if (!OPENING_IN.test(withoutDates(text, lead, clause.from, p.start))) return undefined;
  const wrote = writer
    ? TO_WRITER.test(text.slice(p.end, writer.start)) && WRITER_WROTE.test(text.slice(writer.end, m.start))
    : HE_WROTE.test(text.slice(p.end, m.start));
  return wrote ? p : undefined;
}
