/**
 * Who signed: a document said to be signed by someone its `signedBy` does not list ("the Nazi–Soviet Pact, signed
 * by Litvinov and Ribbentrop": Molotov signed it), where the knowledge base lists everyone who signed.
 *
 * Precision first. Only "<document> was signed (in Moscow) by <people>" and "<person> signed the <document>", the
 * people named right after "by" or the person right before "signed", and only documents whose signers are all
 * recorded.
 */
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import type { Claim, FactRule, Verdict } from './rule';

/** After the document: "was signed by", "signed in Moscow on 23 August by". */
const SIGNED_BY = /^[\s,]*(?:(?:was|were)\s+)?signed\s+(?:[^,;.]{0,40}?\s)?by\s+(?:the\s+)?$/i;
/** Between signers: "and", "&", "+", a comma. */
const JOINED = /^\s*(?:,|and|&|\+|,\s*and)\s*$/i;
/** After the person: "signed the". */
const SIGNED = /^\s+signed\s+(?:the\s+)?$/i;

export const signatories: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (severities.confusions === undefined) return undefined;
  const after = clause.mentions.filter((x) => x.start >= m.end && x.kind !== 'date');
  if (e.signedBy) {
    // "<document> … signed … by A and B"
    const first = after[0];
    if (!first || first.kind !== 'person') return undefined;
    // A date on the way is no part of the wording: "Nazi-Soviet Pact 23 Aug 1939, signed by …".
    let between = text.slice(m.end, first.start);
    for (const x of clause.mentions)
      if (x.kind === 'date' && x.start >= m.end && x.end <= first.start)
        between = between.replace(text.slice(x.start, x.end), '');
    if (!SIGNED_BY.test(between)) return undefined;
    const signers: Mention[] = [first];
    for (let i = 1; i < after.length && after[i].kind === 'person'; i++) {
      if (!JOINED.test(text.slice(after[i - 1].end, after[i].start))) break;
      signers.push(after[i]);
    }
    return wrongSigners(claim, e, signers);
  }
  if (e.kind === 'person') {
    // "<person> signed the <document>"
    const doc = after[0];
    const d = doc && !doc.candidates ? ctx.kb.get(doc.id) : undefined;
    if (!d?.signedBy || !SIGNED.test(text.slice(m.end, doc.start))) return undefined;
    return wrongSigners(claim, d, [m]);
  }
  return undefined;
}

function wrongSigners(claim: Claim, doc: Entity, signers: Mention[]): Verdict {
  const { ctx, clause, severities } = claim;
  const who = doc.signedBy!.ids.map((id) => ctx.kb.get(id)?.label ?? id);
  const list = who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}` : who[0];
  const wrong = signers.filter((s) => !s.candidates && !doc.signedBy!.ids.includes(s.id));
  if (!wrong.length) return undefined;
  return wrong.map((s) =>
    factFinding(
      { line: clause.line, start: s.start, end: s.end },
      severities.confusions!,
      Code.Confusion,
      `${doc.label} was signed by ${list}, not ${ctx.kb.get(s.id)?.label ?? s.id}.`,
      doc.signedBy!.source,
    ),
  );
}
