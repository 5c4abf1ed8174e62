/**
 * When a body or a policy began: "Zemstva set up 1874" (1864), "Land Captains created 1881" (1889), and a list
 * item that opens with a policy and its date ("- Young Plan 1927 → …": 1929), against the entity's `start`.
 *
 * Precision first. Only a verb of beginning right after the name ("was set up", "created", "introduced"…), or a
 * policy at the head of a list item with its date right after it. A beginning is often dated loosely
 * (a law of December, a body at work from the next spring): a date within a year of the recorded start is right.
 */
import { parseIsoDate } from '../../kb/dates';
import { Code, factFinding } from '../findings';
import { correctedDate, isoPhrase } from './phrases';
import type { DatedClaim, FactRule, Verdict } from './rule';

/** After the name: the verb that says it began. */
const BEGAN = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:(?:was|were|is|are|had\s+been|got)\s+)?(?:first\s+)?` +
    String.raw`(?:set\s+up|created|founded|established|introduced|formed|brought\s+in|launched|adopted|instituted)\b`,
  'iu',
);
/** A list item's head: its marker, then the name. */
const ITEM_HEAD = /^\s*(?:[-*+•]|\d+[.)])\s+(?:\*\*)?$/;

export const founding: FactRule = {
  dated(claim: DatedClaim): Verdict {
    const { entity: e, text, clause, mention: m, date, severities } = claim;
    if ((e.kind !== 'organisation' && e.kind !== 'policy') || severities.dates === undefined) return undefined;
    const start = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
    if (!start || date.date?.approximate) return undefined;
    const verb = BEGAN.exec(text.slice(m.end, clause.to));
    const headed =
      e.kind === 'policy' &&
      ITEM_HEAD.test(text.slice(0, m.start)) &&
      date.start >= m.end &&
      /^[\s,(]*$/.test(text.slice(m.end, date.start));
    if (!verb && !headed) return undefined;
    // The verb's date: after the verb, with nothing named between; or before the name, opening the clause.
    if (verb && date.start >= m.end && date.start < m.end + verb[0].length) return undefined;
    if (Math.abs(claim.from.year - start.year) <= 1 || Math.abs(claim.to.year - start.year) <= 1) return [];
    if (claim.from.year <= start.year && claim.to.year >= start.year) return [];
    const did = e.kind === 'organisation' ? 'set up' : 'introduced';
    const message = `${e.label}: ${did} ${isoPhrase(e.start!.date)}, not ${claim.value.words}.`;
    return [
      factFinding(claim.dateAt, severities.dates, Code.WrongDate, message, e.start!.source, correctedDate(date, start)),
    ];
  },
};
