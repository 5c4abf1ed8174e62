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
import { tied } from './kbIndex';
import { datedSpan } from './pairing';
import { spanWords } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';

/** After the thing (a bracket and a few words on the way): the verb and its preposition. */
const GIVEN = new RegExp(
  String.raw`^(?:\s*\([^()]*\))?[^;.()]{0,40}?\b(?:delivered|given|made|read(?:\s+out)?|presented|addressed|` +
    String.raw`passed|adopted|approved)\s+(?:to|by|at|before)\s+(?:the\s+)?$`,
  'i',
);
const WHAT = new Set(['document', 'event', 'policy']);
const BODIES = new Set(['organisation', 'congress', 'event']);

export const occasionBodies: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (!WHAT.has(e.kind) || severities.confusions === undefined) return undefined;
  const congresses = (e.related ?? [])
    .filter((r) => r.relation === 'part of')
    .map((r) => ctx.kb.get(r.id))
    .filter((x) => x?.kind === 'congress');
  if (congresses.length !== 1) return undefined;
  const x = clause.mentions.find((o) => o.start >= m.end && o.kind !== 'date');
  if (!x || x.candidates || !BODIES.has(x.kind)) return undefined;
  // A date on the way is no part of the wording: "Secret Speech, 25 Feb 1956 → delivered to the Supreme Soviet".
  const wording = withoutDates(text, clause.mentions, m.end, x.start).replace(/[→>-]+/g, ' ');
  if (!GIVEN.test(wording)) return undefined;
  const congress = congresses[0]!;
  const written = ctx.kb.get(x.id);
  if (!written || written.id === congress.id || tied(e, written) || tied(congress, written)) return undefined;
  const s = datedSpan(congress);
  const source = e.start?.source ?? s?.citation;
  if (!source) return undefined;
  const when = s ? ` (${spanWords(s.from, s.to)})` : '';
  const wrote = text.slice(x.start, x.end).replace(/^the\s+/i, '');
  const message = `${e.label}: at the ${congress.label}${when}, not the ${wrote}.`;
  const at = { line: clause.line, start: x.start, end: x.end };
  return [factFinding(at, severities.confusions, Code.Confusion, message, source)];
}
