/**
 * Place names: a place called by a name it did not bear yet at the date written ("In 1920 Leningrad …"), or had
 * already given up, when that name was neither its first nor its present one ("In 1934 the Petrograd party …").
 */
import { endKey, formatIso, parseIsoDate, startKey } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { isoPhrase, writtenPhrase } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';
import { clauseDates, inBracket, words } from './clauses';
import { perKnowledgeBase } from './kbIndex';
import { REFUSALS, RELATING } from './words';

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

  /**
   * A name the place got years after the clause's one date, though the date is not paired with it: "On 1 March
   * 1881 Alexander II was killed … in Petrograd" (so named in 1914). Only a clause with one exact date, ending more
   * than YEARS_APART years before the name was given, and the name outside a bracket.
   */
  undated(claim: Claim): Verdict {
    const { ctx, entity: e, text, clause, mention: m, severities } = claim;
    if (e.kind !== 'place' || !e.names?.length || severities.anachronisms === undefined) return undefined;
    const dates = clauseDates(clause);
    if (dates.length !== 1 || !dates[0].date || dates[0].date.approximate || inBracket(text, m.start, clause.from))
      return undefined;
    // Not a state (its names are used of its lands at any time).
    if (e.scale === 'country') return undefined;
    const written = foldName(text.slice(m.start, m.end));
    const used = foldedNames(ctx.kb).get(e.id)?.get(written);
    if (!used?.from) return undefined;
    // Nor a name that is also a person's ("reports from Molotov and Kuibyshev"), nor a clause that tells of a
    // renaming ("renamed Yuzovka 'Stalin'"), nor a date of a span or a relation ("Stalino from 1924").
    if (peopleNames(ctx.kb).has(written) || RENAMING.test(text.slice(clause.from, clause.to))) return undefined;
    if (RELATING.has(words(text.slice(clause.from, dates[0].start)).pop() ?? '')) return undefined;
    // The place's present name may be used of any time: "the Red Army took Tbilisi in February 1921".
    if (written === foldName(e.label)) return undefined;
    const named = parseIsoDate(used.from);
    const from = parseIsoDate(dates[0].date.from),
      to = parseIsoDate(dates[0].date.to);
    if (!named || !from || !to || named.year - to.year <= YEARS_APART) return undefined;
    const d = dates[0];
    return this.dated!({
      ...claim,
      date: d,
      value: d.date!,
      from,
      to,
      dateAt: { line: clause.line, start: d.start, end: d.end },
    });
  },
};

/** Words that tell of a renaming in the clause. */
const RENAMING = /\b(?:renam\w*|named|became|becomes|called|known\s+as)\b/i;

/** Each place's names by their folded form. */
const foldedNames = perKnowledgeBase((kb) => {
  const out = new Map<string, Map<string, NonNullable<Entity['names']>[number]>>();
  for (const e of kb.entities)
    if (e.kind === 'place' && e.names?.length) out.set(e.id, new Map(e.names.map((x) => [foldName(x.name), x])));
  return out;
});

/** Every name of every person, folded: a place's name that is also a person's is not checked unpaired. */
const peopleNames = perKnowledgeBase((kb) => {
  const out = new Set<string>();
  for (const p of kb.entities) if (p.kind === 'person') for (const n of [p.label, ...p.aliases]) out.add(foldName(n));
  return out;
});

/** How many years before a name was given the clause's date must end, for a name the date is not paired with. */
const YEARS_APART = 2;
