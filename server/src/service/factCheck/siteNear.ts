/**
 * Where a site lies: "Dachau opened in March 1933 near Nuremberg" (near Munich), against the towns the knowledge
 * base records it next to (`near`).
 *
 * Precision first. Only the site as the subject, with nothing named between it and the town but a date; only a
 * town written right after "near", "outside", "close to" or "on the edge of", with at most a verb of opening and an
 * apposition that calls it a camp or a prison on the way; and only where the knowledge base can tell the town is
 * none of those recorded (places.ts).
 */
import { withoutDates } from './clauses';
import { placeFinding } from './places';
import type { Claim, FactRule, Verdict } from './rule';

/**
 * Right after the site's name (a wiki link's brackets are blanked already; the bold that opens a line is kept): an
 * apposition that calls it a camp or a prison ("Dachau, the first SS camp,", "**Dachau** – the first camp").
 */
const APPOSITION =
  /^(?:\*\*)?\s*(?:,|[–—]|\s-)\s*(?:the\s+|a\s+|one\s+of\s+the\s+)?[^,.;:()]{0,50}?\b(?:camps?|prison)\b\s*,?/iu;
/** After the site's name and an apposition, up to the town: ", just outside ", " opened in … near ". */
const NEAR = new RegExp(
  String.raw`^\s*(?:\*\*)?(?:(?:was|is)\s+)?` +
    String.raw`(?:(?:first\s+)?(?:opened|set\s+up|built|established|located|situated|founded)\s*)?` +
    String.raw`(?:(?:in|on)\s*)?,?\s*(?:just\s+|right\s+)?` +
    String.raw`(?:near|outside|close\s+to|on\s+the\s+(?:edge|outskirts)\s+of|not\s+far\s+from)\s+$`,
  'iu',
);

export const siteNear: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { entity: e, text, clause, mention: m } = claim;
  if (e.kind !== 'place' || !e.near) return undefined;
  const aside = APPOSITION.exec(text.slice(m.end, clause.to));
  const from = m.end + (aside ? aside[0].length : 0);
  const next = clause.mentions.find((x) => x.start >= from && x.kind !== 'date');
  if (!next || next.kind !== 'place' || next.candidates) return undefined;
  if (!NEAR.test(withoutDates(text, clause.mentions, from, next.start).replace(/\s+/g, ' '))) return undefined;
  return placeFinding(claim, next, e.near, (where, said) => `${e.label} lies near ${where}, not ${said}.`);
}
