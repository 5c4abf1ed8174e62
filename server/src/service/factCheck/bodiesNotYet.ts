/**
 * Bodies that did not exist: an organisation at a date before it was set up or after it ended, unless it bore the
 * name written at that date (its `names`).
 */
import { endKey, parseIsoDate, startKey } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import { Code, factFinding } from '../findings';
import { isoPhrase } from './phrases';
import type { DatedClaim, FactRule, Verdict } from './rule';
import { roleBearsName } from './roleNames';

export const bodiesNotYet: FactRule = {
  dated(claim: DatedClaim): Verdict {
    const { entity: e, severities } = claim;
    if (e.kind !== 'organisation' || severities.anachronisms === undefined) return undefined;
    const set = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
    const ended = e.end && !e.end.approximate ? parseIsoDate(e.end.date) : undefined;
    const when = claim.value.words;
    if (borneThen(claim) || roleBearsName(claim, claim.from, claim.to)) return [];
    if (set && endKey(claim.to) < startKey(set)) {
      const message = `The ${e.label} did not exist yet in ${when}: it was set up ${isoPhrase(e.start!.date)}.`;
      return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.start!.source)];
    }
    if (ended && startKey(claim.from) > endKey(ended)) {
      const message = `The ${e.label} no longer existed in ${when}: it ended ${isoPhrase(e.end!.date)}.`;
      return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.end!.source)];
    }
    return [];
  },
};

/**
 * Was the body called by the name written at the date written? "Hitler joined the DAP in 1919": the Nazi Party
 * was the German Workers' Party (DAP) from 1919, whatever date its entity starts at.
 */
function borneThen(claim: DatedClaim): boolean {
  const written = foldName(claim.text.slice(claim.mention.start, claim.mention.end)).replace(/^the /, '');
  return (claim.entity.names ?? []).some((x) => {
    const forms = [
      x.name,
      x.name.replace(/\s*\([^()]*\)/g, ''),
      ...[...x.name.matchAll(/\(([^()]+)\)/g)].map((b) => b[1]),
    ];
    if (!forms.some((f) => foldName(f).replace(/^the /, '') === written)) return false;
    const from = x.from ? parseIsoDate(x.from) : undefined;
    const to = x.to ? parseIsoDate(x.to) : undefined;
    return (!from || startKey(from) <= endKey(claim.to)) && (!to || endKey(to) >= startKey(claim.from));
  });
}
