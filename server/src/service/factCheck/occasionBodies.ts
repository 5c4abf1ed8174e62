/**
 * The body a speech or a decree went to: "the Secret Speech was delivered to the Supreme Soviet" (it was given at
 * the 20th Party Congress), "Decree on Land … passed by the Constituent Assembly" (the Second Congress of Soviets
 * adopted it), against the congress the knowledge base ties it to (`related`, "part of").
 *
 * Precision first. Only a document or event that is part of exactly one congress; only a body written right after
 * a verb of giving or passing and "to", "by" or "at", with nothing else named between it and the thing; never a
 * body the thing, or its congress, is tied to (the party whose congress it was).
 */
import { Code, factFinding } from '../findings';
import { withoutDates } from './clauses';
import { perKnowledgeBase, tied } from './kbIndex';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import { wordsOf } from './officeTerms';
import { datedSpan } from './pairing';
import { spanWords } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';

/** A session of a body: "a closed session of the". */
const SESSION =
  String.raw`(?:(?:closed|secret|special|joint|plenary)\s+)?` +
  String.raw`(?:session|meeting|sitting)\s+of\s+(?:the\s+)?`;
/** The preposition before the body, and a session of it: "to a closed session of the Supreme Soviet". */
const TO_BODY = String.raw`(?:to|by|at|before)\s+(?:the\s+|a\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:${SESSION})?$`;
/** Between the thing and what follows: a bracket, a quoted title, commas ("Secret Speech (Feb 1956), "On …", to"). */
const LEAD_IN = String.raw`^["”’']?\s*(?:\([^()]*\)\s*)?,?\s*(?:["“][^"”]{0,80}["”]\s*)?,?\s*`;

/** After the thing (a bracket and a few words on the way): the verb and its preposition. */
const GIVEN = new RegExp(
  String.raw`^(?:\s*\([^()]*\))?[^;.()]{0,40}?\b(?:delivered|given|made|read(?:\s+out)?|presented|addressed|` +
    String.raw`passed|adopted|approved|announced|introduced|launched|proclaimed|agreed|voted\s+through)\s+` +
    TO_BODY,
  'i',
);
/** Before the thing: a verb of giving, so that only the body follows it ("delivered his Secret Speech to …"). */
const GIVEN_BEFORE = /\b(?:delivered|gave|made|read(?:\s+out)?|presented)\s+(?:the\s+|his\s+|her\s+|a\s+)?$/i;
const TO_BODY_ONLY = new RegExp(LEAD_IN + TO_BODY, 'i');
/**
 * Notes drop the verb after a speech or a document, a quoted title aside: "Secret Speech "On the Cult…" to the …";
 * or put a dash for it before a session: "Secret Speech – closed session of the Supreme Soviet".
 */
const VERBLESS = new RegExp(String.raw`${LEAD_IN}(?:${TO_BODY}|(?:[–—:]|-)\s*(?:the\s+|a\s+)?${SESSION}$)`, 'i');
const WHAT = new Set(['document', 'event', 'policy']);
const BODIES = new Set(['organisation', 'congress', 'event']);

export const occasionBodies: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (!WHAT.has(e.kind) || severities.confusions === undefined) return undefined;
  // The congress it is part of, or that decided it (the ban on factions, by the 10th Party Congress).
  const congresses = [
    ...new Set([
      ...(e.related ?? [])
        .filter((r) => r.relation === 'part of')
        .map((r) => ctx.kb.get(r.id))
        .filter((x) => x?.kind === 'congress'),
      ...(decidedBy(ctx.kb).get(e.id) ?? []),
    ]),
  ];
  if (congresses.length !== 1) return undefined;
  // Another name of the thing on the way is no body: "ban on factions ("On Party Unity") passed by …".
  // Nor is an idea or a policy the thing is about: "Secret Speech on the cult of personality, delivered to …".
  const x = clause.mentions.find(
    (o) => o.start >= m.end && o.kind !== 'date' && o.id !== m.id && o.kind !== 'concept' && o.kind !== 'policy',
  );
  if (!x || x.candidates || !BODIES.has(x.kind)) return undefined;
  // A date on the way is no part of the wording: "Secret Speech, 25 Feb 1956 → delivered to the Supreme Soviet".
  const wording = withoutDates(text, clause.mentions, m.end, x.start)
    .replace(/[→>-]+/g, ' ')
    .replace(/^\s*\([^()]*\)/, (b) => (clause.mentions.some((o) => o.id === m.id && o.start > m.end) ? ' ' : b));
  const before = text.slice(Math.max(clause.from, m.start - 30), m.start);
  const verbless = e.kind === 'document' && VERBLESS.test(wording);
  if (!GIVEN.test(wording) && !(GIVEN_BEFORE.test(before) && TO_BODY_ONLY.test(wording)) && !verbless) return undefined;
  const congress = congresses[0]!;
  const written = ctx.kb.get(x.id);
  if (!written || written.id === congress.id || tied(e, written) || tied(congress, written)) return undefined;
  // The body's own meeting, written without its number, may be the one: "approved by the Party Conference" (the
  // 16th Conference of the party); not another body's ("at the Comintern congress").
  const meeting = /^\s+(conference|congress|plenum|session)\b/i.exec(text.slice(x.end, clause.to));
  const label = meeting ? wordsOf(congress.label) : [];
  const own = wordsOf(text.slice(x.start, x.end));
  if (meeting && label.includes(meeting[1].toLowerCase()) && own.every((w) => label.includes(w))) return undefined;
  // Another congress of a numbered series is a date's question: occasionDates.ts says which met when.
  if (written.series) return undefined;
  const s = datedSpan(congress);
  const source = e.start?.source ?? s?.citation;
  if (!source) return undefined;
  const when = s ? ` (${spanWords(s.from, s.to)})` : '';
  const wrote = text.slice(x.start, x.end).replace(/^the\s+/i, '');
  const message = `${e.label}: at the ${congress.label}${when}, not the ${wrote}.`;
  const at = { line: clause.line, start: x.start, end: x.end };
  return [factFinding(at, severities.confusions, Code.Confusion, message, source)];
}

/** For each thing a congress decided (its `related`, "decided"), the congresses that did. */
const decidedBy = perKnowledgeBase((kb: KnowledgeBase) => {
  const out = new Map<string, Entity[]>();
  for (const c of kb.entities) {
    if (c.kind !== 'congress') continue;
    for (const r of c.related ?? []) if (r.relation === 'decided') out.set(r.id, [...(out.get(r.id) ?? []), c]);
  }
  return out;
});
