/**
 * When someone was tried: "Bukharin tried alongside Zinoviev and Kamenev in 1936" (he was a defendant at the Trial
 * of the Twenty-One, March 1938), against the trials whose defendants (`participants`) the knowledge base lists.
 *
 * Precision first. Only the person as the subject of "was tried", "stood trial", "put on trial" right after the
 * name; the date paired with the person, or else the clause's one date after the verb; and a finding only when the
 * person was a defendant at one or more trials the knowledge base knows, none of them at the date written.
 */
import { parseIsoDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase } from './kbIndex';
import { datedSpan, overlaps } from './pairing';
import { spanWords } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';

/**
 * A trial said of the person; not an attempt: "Hitler and Ludendorff tried to seize power", "Hitler tried the Munich
 * Putsch".
 */
const TRIED = new RegExp(
  String.raw`^\s+(?:all\s+|both\s+)?(?:(?:was|were)\s+)?` +
    String.raw`(?:tried(?!\s+(?:to|the|a|an|his|her|their)\b)|put\s+on\s+trial|stood\s+trial|on\s+trial)\b`,
  'i',
);

/** A conjunction that opens another deed between the trial's verb and a date. */
const LATER_DEED = /\b(?:but|then|yet|before|after|until|later)\b/i;

/** A trial's entity: an event named as one, whose `participants` are its defendants. */
export function isTrial(e: Entity): boolean {
  return e.kind === 'event' && /\b(?:trial|case)\b/i.test(e.label);
}

/** For each person, the trials that list them among the defendants. */
const trialsOf = perKnowledgeBase((kb: KnowledgeBase) => {
  const map = new Map<string, Entity[]>();
  for (const e of kb.entities) {
    if (!isTrial(e) || !e.participants) continue;
    for (const id of e.participants.ids) map.set(id, [...(map.get(id) ?? []), e]);
  }
  return map;
});

export const trials: FactRule = {
  dated: (claim) => check(claim, claim),
  undated: (claim) => check(claim, undefined),
};

function check(claim: Claim, dated: DatedClaim | undefined): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  if (p.kind !== 'person' || severities.dates === undefined) return undefined;
  const verb = TRIED.exec(text.slice(m.end, clause.to));
  const list = verb ? trialsOf(ctx.kb).get(p.id) : undefined;
  if (!verb || !list) return undefined;
  let date = dated?.date;
  if (!date) {
    const dates = clause.mentions.filter((x) => x.kind === 'date' && x.start >= m.end + verb[0].length);
    date = dates.length === 1 ? dates[0] : undefined;
    // Not the date of another thing named on the way, after a clause of its own: "Hitler was tried for high treason,
    // and the first volume of Mein Kampf appeared in 1925".
    if (
      date &&
      clause.mentions.some((x) => x.start > m.end && x.end <= date!.start && x.kind !== 'person' && x.kind !== 'place')
    )
      date = undefined;
  }
  // Nor the date of a later deed of the person's, after a conjunction: "Hitler tried for treason but left Landsberg
  // Dec 1924".
  const verbEnd = m.end + verb[0].length;
  if (date && date.start > verbEnd && LATER_DEED.test(text.slice(verbEnd, date.start))) return undefined;
  const from = date?.date && !date.date.approximate ? parseIsoDate(date.date.from) : undefined;
  const to = date?.date && !date.date.approximate ? parseIsoDate(date.date.to) : undefined;
  if (!date || !from || !to) return undefined;
  const spans = list.map((t) => ({ t, s: datedSpan(t) }));
  if (spans.some(({ s }) => !s) || spans.some(({ s }) => overlaps(s!.from, s!.to, from, to))) return [];
  const at = spans.map(({ t, s }) => `the ${t.label} (${spanWords(s!.from, s!.to)})`).join(' and ');
  return [
    factFinding(
      { line: clause.line, start: date.start, end: date.end },
      severities.dates,
      Code.WrongDate,
      `${p.label} was tried at ${at}, not in ${date.date!.words}.`,
      list[0].participants!.source,
    ),
  ];
}
