/**
 * Where a meeting of known people was held, told without naming it: "In February 1945 the Big Three met at Potsdam"
 * (at Yalta: Potsdam was July 1945), against the meetings the knowledge base records with their places (`at`).
 *
 * Precision first. Only a place right after "met at/in" with the clause's date; only one meeting at that date whose
 * people (two of its `related`, or "the Big Three") the clause names; only where the knowledge base can tell the place
 * is none of that meeting's (places.ts); and only when another meeting of its kind ("… Conference") tied to it was
 * held at the place written, the confusion a note makes.
 */
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import { perKnowledgeBase, tied } from './kbIndex';
import { datedSpan, overlaps } from './pairing';
import { placeFinding } from './places';
import { spanWords, theName } from './phrases';
import type { DatedClaim, FactRule, Verdict } from './rule';

/** Before the place: a verb of meeting. */
const MET_AT = /\b(?:met|meet|meets|gathered|conferred)\s+(?:again\s+)?(?:at|in)\s+(?:the\s+)?$/i;
/** The Allied leaders named together. */
const BIG_THREE = /\bBig\s+Three\b/i;

export const meetingPlace: FactRule = {
  dated(claim: DatedClaim): Verdict {
    const { ctx, entity: p, text, clause, mention: m } = claim;
    if (p.kind !== 'place' || !MET_AT.test(text.slice(Math.max(clause.from, m.start - 24), m.start))) return undefined;
    const people = new Set(clause.mentions.filter((x) => x.kind === 'person').map((x) => x.id));
    const big = BIG_THREE.test(text.slice(clause.from, clause.to));
    const meetings = meetingsOf(ctx.kb);
    const held = meetings.filter(({ entity: x, span }) => {
      if (!overlaps(claim.from, claim.to, span.from, span.to)) return false;
      const named = (x.related ?? []).filter((r) => people.has(r.id)).length;
      return named >= 2 || (big && x.related?.some((r) => r.id === 'grand-alliance'));
    });
    if (held.length !== 1) return undefined;
    const meeting = held[0].entity;
    // The place written hosted a meeting of its kind tied to this one: the two are confused.
    const kind = headWord(meeting);
    const other = meetings.find(
      ({ entity: x }) => x !== meeting && tied(x, meeting) && headWord(x) === kind && x.at!.ids.includes(p.id),
    );
    if (!other) return undefined;
    const { from, to } = other.span;
    return placeFinding(
      claim,
      m,
      meeting.at!,
      (where, said) =>
        `${meeting.label}: held at ${where}, not ${said}; the ${other.entity.label} at ${theName(p)} was ` +
        `${spanWords(from, to)}.`,
    );
  },
};

/** The last word of a meeting's name: "Conference". */
function headWord(e: Entity): string {
  return e.label
    .replace(/\s*\([^()]*\)\s*$/, '')
    .split(/\s+/)
    .pop()!;
}

/** Per knowledge base: the events held at recorded places, each with its span (none is approximate). */
const meetingsOf = perKnowledgeBase((kb: KnowledgeBase) =>
  kb.entities.flatMap((entity) => {
    const span = entity.kind === 'event' && entity.at?.ids.length ? datedSpan(entity) : undefined;
    return span ? [{ entity, span }] : [];
  }),
);
