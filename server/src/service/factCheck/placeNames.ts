/**
 * Place names: a place called by a name it did not bear yet at the date written ("In 1920 Leningrad …"), or had
 * already given up, when that name was neither its first nor its present one ("In 1934 the Petrograd party …").
 */
import { endKey, formatIso, parseIsoDate, startKey } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import { Code, factFinding } from '../findings';
import { isoPhrase, writtenPhrase } from './phrases';
import type { DatedClaim, FactRule, Verdict } from './rule';
import { REFUSALS } from './words';

/** Before a name: it is the place's name of another time, not the date's. */
const NOW =
  /\b(?:now|today|modern|modern-day|present-day|today['’]s|later|renamed|formerly)\s+(?:called\s+|named\s+)?$/i;

export const placeNames: FactRule = {
  tolerates: new Set(REFUSALS),
  dated(claim: DatedClaim): Verdict {
    const { entity: e, severities } = claim;
    if (e.kind !== 'place' || !e.names?.length || severities.anachronisms === undefined) return undefined;
    const written = claim.text.slice(claim.mention.start, claim.mention.end);
    // A name given as today's or a later one: "born in Simbirsk (now Ulyanovsk)".
    if (NOW.test(claim.text.slice(Math.max(0, claim.mention.start - 24), claim.mention.start))) return [];
    const used = e.names.find((x) => foldName(x.name) === foldName(written));
    const from = used?.from ? parseIsoDate(used.from) : undefined;
    const to = used?.to ? parseIsoDate(used.to) : undefined;
    // A name given up before the date written: only a name between the first and today's, as a note may call a
    // city by its present name or its oldest at any date ("Petrograd" in 1934: it was Leningrad).
    const middle = !!used && used !== e.names[0] && foldName(used.name) !== foldName(e.label);
    // A state's name is used of it after it changed ("the leaders of Nazi Germany were hanged in 1946"); a town's
    // is not.
    const gone = !!to && middle && e.scale !== 'country' && startKey(claim.from) > endKey(to);
    if (!used || !from || (endKey(claim.to) >= startKey(from) && !gone)) return [];
    // The name it bore at the date written: the quick fix.
    const then = e.names.find((x) => {
      const f = x.from ? parseIsoDate(x.from) : undefined;
      const t = x.to ? parseIsoDate(x.to) : undefined;
      return (!f || startKey(f) <= endKey(claim.to)) && (!t || endKey(t) >= startKey(claim.from));
    });
    const message =
      (gone
        ? `${used.name} bore that name until ${formatIso(used.to!)}`
        : `${used.name} got that name ${isoPhrase(used.from!)}`) +
      (then ? `; ${writtenPhrase(claim.date)} it was ${then.name}` : '') +
      '.';
    return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, used.source, then?.name)];
  },
};
