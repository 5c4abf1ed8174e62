/**
 * Successors: a person said to have replaced or succeeded another in an office whose next holder, as the
 * knowledge base's terms give them, was someone else ("Papen … replaced in Dec 1932 by Brüning": Schleicher
 * followed him as Chancellor; "Brüning succeeded Papen").
 *
 * Precision first. Only "<A> … replaced / succeeded [in <date>] [as <office>] by <B>", "<B> replaced / succeeded
 * <A> [as <office>]" and "… <A> and replaced him with <B>", with A and B both people, in one clause. The office is
 * the one named after "as" (when the recogniser knows it), or else one both held at some time (a note may say
 * "replaced" of a post the knowledge base does not have: "Zinoviev replaced by Kirov in Leningrad"); a date
 * written must fall at the end of A's term. A's term must be followed, within a month, by a term naming its holder,
 * and exactly one such successor must remain; B must not be the next holder of any office A left, nor take it up
 * right after a holder of a few months between them.
 */
import { monthKey, startKey, type PartialDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { withoutDates } from './clauses';
import { termsOf, type Term } from './officeTerms';
import { isoPhrase } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';

/** Between A and B, passive: "was replaced in Dec 1932 as Chancellor by". */
const PASSIVE = new RegExp(
  String.raw`^[^;]*?\b(?:was\s+|is\s+|got\s+)?(?:replaced|succeeded)\b(?:\s+(?:in|on))?` +
    String.raw`(?<as>\s+as\s+[^;]*?)?\s+by\s+(?:the\s+)?$`,
  'i',
);
/** Between A and B, a third person's act: "Hindenburg dismissed Brüning and replaced him with". */
const REPLACED_WITH = /^\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?replaced\s+(?:him|her)\s+(?:as\s+[^;]*?\s+)?with\s+$/i;
/** Between B and A, active: "replaced", "succeeded", "then succeeded". */
const ACTIVE = /^\s*(?:(?:then|later|soon)\s+)?(?:replaced|replaces|succeeded|succeeds)\s+$/i;
/** After A, in the active form: "as Chancellor". */
const AS_AFTER = /^\s+as\s+(?:the\s+)?$/i;

interface Successor {
  office: Entity;
  term: Term;
  next: Term;
}

export const successors: FactRule = {
  dated: (claim) => check(claim, claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim, dated?: DatedClaim): Verdict {
  const { ctx, entity: b, text, clause, mention: m, severities } = claim;
  if (b.kind !== 'person' || severities.confusions === undefined) return undefined;
  const people = clause.mentions.filter((x) => x.kind === 'person' && !x.candidates);
  const i = people.indexOf(m);
  if (i < 0) return undefined;
  let a: Mention | undefined;
  let office: Mention | undefined;
  const before = people[i - 1];
  const between = before && withoutDates(text, clause.mentions, before.end, m.start);
  const passive = between !== undefined ? PASSIVE.exec(between) : null;
  if (passive || (between !== undefined && REPLACED_WITH.test(between))) {
    a = before;
    // An office after "as" the recogniser does not know ("as chancellor") leaves it to the offices both held.
    office = passive?.groups?.as ? officeIn(clause.mentions, before.end, m.start) : undefined;
  } else {
    const after = people[i + 1];
    if (!after || !ACTIVE.test(withoutDates(text, clause.mentions, m.end, after.start))) return undefined;
    a = after;
    const next = clause.mentions[clause.mentions.indexOf(after) + 1];
    if (next && next.kind === 'organisation' && AS_AFTER.test(text.slice(after.end, next.start))) office = next;
  }
  const prior = ctx.kb.get(a.id);
  if (!prior || prior.kind !== 'person' || prior === b) return undefined;
  const found = successorsOf(ctx.kb, prior, office?.id, dated && { from: dated.from, to: dated.to });
  const all = found.map((s) => s.next.holder);
  // An acting holder between them is often passed over: "Funk replaced Schacht" (Göring held the post ad interim).
  if (!found.length || all.includes(b) || found.some((s) => soonAfter(ctx.kb, s, b))) return undefined;
  // Without an office named, only one both held.
  const fitting = office ? found : found.filter((s) => heldBy(ctx.kb, s.office, b));
  const heirs = new Set(fitting.map((s) => s.next.holder));
  if (heirs.size !== 1) return undefined;
  const s = fitting[0];
  const when = isoPhrase(s.next.fromIso);
  const message =
    `${prior.label}'s successor as ${s.office.label} was ${s.next.holder!.label} (${when}), ` + `not ${b.label}.`;
  return [factFinding(claim.at, severities.confusions, Code.Confusion, message, s.next.source)];
}

/** An office named between two columns of the clause. */
function officeIn(ms: Mention[], from: number, to: number): Mention | undefined {
  const inside = ms.filter((x) => x.start >= from && x.end <= to && x.kind === 'organisation');
  return inside.length === 1 ? inside[0] : undefined;
}

/** Did the person hold a term of the office? */
function heldBy(kb: KnowledgeBase, office: Entity, p: Entity): boolean {
  return (termsOf(kb).get(office.id) ?? []).some((t) => t.holder === p);
}

/**
 * The offices whose term held by `p` was followed, within a month, by a named holder's: in the office given, and
 * ending at the date written (to the month) when there is one.
 */
function successorsOf(
  kb: KnowledgeBase,
  p: Entity,
  officeId: string | undefined,
  written: { from: PartialDate; to: PartialDate } | undefined,
): Successor[] {
  const out: Successor[] = [];
  for (const [id, terms] of termsOf(kb)) {
    if (officeId && id !== officeId) continue;
    const office = kb.get(id);
    if (!office) continue;
    const sorted = [...terms].sort((x, y) => startKey(x.from) - startKey(y.from));
    sorted.forEach((t, k) => {
      if (t.holder !== p || t.to.month === undefined) return;
      const end = monthKey(t.to);
      if (written && (monthKey(written.from) > end + 1 || monthKey(written.to, true) < end - 1)) return;
      const next = sorted.slice(k + 1).find((x) => x.holder !== p && monthKey(x.from) >= end - 1);
      if (!next?.holder || next.from.month === undefined || Math.abs(monthKey(next.from) - end) > 1) return;
      out.push({ office, term: t, next });
    });
  }
  return out;
}

/**
 * Did the person take up the office as soon as the successor's short stay in it ended: a holder of a few months
 * between them, acting or ad interim, is often passed over ("Funk replaced Schacht")? Not one who held it half a
 * year: "Brüning was replaced by Schleicher" (Papen, June–November 1932).
 */
function soonAfter(kb: KnowledgeBase, s: Successor, p: Entity): boolean {
  if (s.next.to.month === undefined || monthKey(s.next.to) - monthKey(s.next.from) > PASSED_OVER) return false;
  const end = monthKey(s.next.to);
  return (termsOf(kb).get(s.office.id) ?? []).some(
    (t) => t.holder === p && monthKey(t.from) >= end - 1 && monthKey(t.from) - end <= 1,
  );
}
/** The most months a holder between two may have held the office and be passed over. */
const PASSED_OVER = 3;
