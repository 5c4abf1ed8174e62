/**
 * Occasion dates: a congress, event or document paired with a date it did not happen at ("The 12th Party
 * Congress in 1924"), or a party conference taken for the congress of the same number (a confusion).
 */
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { congressAfter, datedSpan, oldStyleSpan, overlaps } from './pairing';
import { correctedDate, spanWords, whenPhrase } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';

/** Before a speech or report: the verb that delivers it ("Khrushchev gave the Secret Speech"). */
const DELIVERED = /\b(?:gave|delivered|made|presented)\s+(?:the\s+|his\s+|her\s+|a\s+)?$/i;
/** Between it and the congress it was delivered at. */
const AT = /^\s*,?\s*(?:at|to|before)\s+(?:the\s+)?$/i;

export const occasionDates: FactRule = {
  /**
   * A speech delivered at a congress that met at another time: "Khrushchev gave the Secret Speech at the 22nd
   * Party Congress" (the 20th, February 1956).
   */
  undated(claim: Claim): Verdict {
    const { ctx, entity: e, text, clause, mention: m, severities } = claim;
    if ((e.kind !== 'document' && e.kind !== 'event') || severities.dates === undefined) return undefined;
    if (!DELIVERED.test(text.slice(Math.max(clause.from, m.start - 30), m.start))) return undefined;
    const c = congressAfter(ctx, text, clause, m.end, AT);
    const s = datedSpan(e);
    if (!c || !s || overlaps(s.from, s.to, c.span.from, c.span.to)) return undefined;
    const when = spanWords(c.span.from, c.span.to);
    const message = `${e.label}: ${spanWords(s.from, s.to)}, not at the ${c.entity.label} (${when}).`;
    const where = { line: clause.line, start: c.mention.start, end: c.mention.end };
    return [factFinding(where, severities.dates, Code.WrongDate, message, s.citation)];
  },

  dated(claim: DatedClaim): Verdict {
    const { ctx, entity: e, severities } = claim;
    const occasion = e.kind === 'congress' || e.kind === 'event' || (e.kind === 'document' && !e.end);
    if (!occasion || severities.dates === undefined) return undefined;
    const s = datedSpan(e);
    if (!s || overlaps(s.from, s.to, claim.from, claim.to)) return [];
    const os = oldStyleSpan(e);
    if (os && overlaps(os.from, os.to, claim.from, claim.to)) return [];
    const twin = severities.confusions !== undefined ? twinAt(ctx.kb.entities, e, claim) : undefined;
    if (twin) {
      const written = claim.text.slice(claim.mention.start, claim.mention.end);
      const kw = e.series!.keyword,
        other = twin.entity.series!.keyword;
      const fixed = written.replace(new RegExp(kw, 'i'), (w) =>
        w[0] === w[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other,
      );
      const message =
        `The ${written} met ${whenPhrase(s.from, s.to)}; in ${claim.value.words} it was the ${fixed}` +
        ` (${spanWords(twin.from, twin.to)}).`;
      return [factFinding(claim.at, severities.confusions!, Code.Confusion, message, twin.citation, fixed)];
    }
    const message = `${e.label}: ${spanWords(s.from, s.to)}, not ${claim.value.words}.`;
    const fix = correctedDate(claim.date, s.from);
    return [factFinding(claim.dateAt, severities.dates, Code.WrongDate, message, s.citation, fix)];
  },
};

/** The other series of the same number (the conference for a congress) that did meet at the date written. */
function twinAt(entities: readonly Entity[], e: Entity, claim: DatedClaim) {
  if (!e.series) return undefined;
  const twin = entities.find(
    (x) => x.series && x.series.number === e.series!.number && x.series.keyword !== e.series!.keyword,
  );
  const ts = twin ? datedSpan(twin) : undefined;
  return twin && ts && overlaps(ts.from, ts.to, claim.from, claim.to) ? { entity: twin, ...ts } : undefined;
}
