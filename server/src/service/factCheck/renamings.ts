/**
 * Renamings: a place or a body said to be renamed at a date other than the one its `names` record ("1916 → St
 * Petersburg renamed Petrograd": 1914; "the OGPU renamed the NKVD in 1940").
 *
 * Precision first. Only the new name right after "renamed" (or "renamed as", "renamed to"), with a date the claim
 * pairs with; a renaming recorded to the day or month may be written a year loose only when the year is right.
 */
import { dayNumber, endKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import { Code, factFinding } from '../findings';
import { correctedDate, isoPhrase } from './phrases';
import type { DatedClaim, FactRule, Verdict } from './rule';

const RENAMED = /\brenamed\s+(?:as\s+|to\s+|into\s+)?(?:the\s+)?$/i;

export const renamings: FactRule = {
  // The claim is the renaming itself.
  tolerates: new Set(['renamed', 'became', 'called']),
  dated(claim: DatedClaim): Verdict {
    const { entity: e, text, mention: m, severities } = claim;
    if ((e.kind !== 'place' && e.kind !== 'organisation') || !e.names?.length || severities.dates === undefined)
      return undefined;
    if (!RENAMED.test(text.slice(Math.max(claim.clause.from, m.start - 24), m.start))) return undefined;
    const written = foldName(text.slice(m.start, m.end)).replace(/^the /, '');
    const name = e.names.find((x) => foldName(x.name).replace(/^the /, '') === written);
    const from = name?.from ? parseIsoDate(name.from) : undefined;
    // The first name has no renaming to date.
    if (!name || !from || name === e.names[0]) return undefined;
    if (startKey(claim.from) <= endKey(from) && startKey(from) <= endKey(claim.to)) return [];
    // The day in Russia's Old Style, before 1918: "18 Aug 1914: St Petersburg renamed Petrograd" (31 August).
    if (oldStyleDay(claim.from, from)) return [];
    const message = `${e.label} was renamed ${name.name} ${isoPhrase(name.from!)}, not ${claim.value.words}.`;
    return [
      factFinding(
        claim.dateAt,
        severities.dates,
        Code.WrongDate,
        message,
        name.source,
        correctedDate(claim.date, from),
      ),
    ];
  },
};

/** Is the written day the recorded one in the Julian calendar, 12 days behind in the 1800s and 13 until 1918? */
function oldStyleDay(written: PartialDate, recorded: PartialDate): boolean {
  if (written.day === undefined || recorded.day === undefined) return false;
  if (startKey(recorded) >= startKey({ year: 1918, month: 2, day: 14 }) || recorded.year < 1800) return false;
  const apart = recorded.year >= 1900 && startKey(recorded) >= startKey({ year: 1900, month: 3, day: 1 }) ? 13 : 12;
  return dayNumber(recorded) - dayNumber(written) === apart;
}
