/**
 * Occasion dates: a congress, event or document paired with a date it did not happen at ("The 12th Party
 * Congress in 1924"), or a party conference taken for the congress of the same number (a confusion).
 */
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { datedSpan, oldStyleSpan, overlaps } from './pairing';
import { correctedDate, spanWords, whenPhrase } from './phrases';
import type { DatedClaim, FactRule, Verdict } from './rule';

export const occasionDates: FactRule = {
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
