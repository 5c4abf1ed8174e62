/** Bodies that did not exist: an organisation at a date before it was set up or after it ended. */
import { endKey, parseIsoDate, startKey } from '../../kb/dates';
import { Code, factFinding } from '../findings';
import { isoPhrase } from './phrases';
import type { DatedClaim, FactRule, Verdict } from './rule';

export const bodiesNotYet: FactRule = {
  dated(claim: DatedClaim): Verdict {
    const { entity: e, severities } = claim;
    if (e.kind !== 'organisation' || severities.anachronisms === undefined) return undefined;
    const set = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
    const ended = e.end && !e.end.approximate ? parseIsoDate(e.end.date) : undefined;
    const when = claim.value.words;
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
