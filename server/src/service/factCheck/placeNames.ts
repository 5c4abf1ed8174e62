/**
 * Place names: a place called by a name it did not bear yet at the date written ("In 1920 Leningrad …"), or had
 * already given up, when that name was neither its first nor its present one ("In 1934 the Petrograd party …").
 */
import { endKey, formatIso, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { isoPhrase, writtenPhrase } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';
import { clauseDates, inBracket, words } from './clauses';
import { anothersBracket, datedSpan, overlaps } from './pairing';
import { perKnowledgeBase } from './kbIndex';
import { REFUSALS, RELATING } from './words';

/** For each name a place bore (folded), the places that bore it. */
const placesNamed = perKnowledgeBase((kb) => {
  const map = new Map<string, Entity[]>();
  for (const e of kb.entities)
    if (e.kind === 'place')
      for (const n of e.names ?? []) {
        const key = foldName(n.name);
        if (!map.get(key)?.includes(e)) map.set(key, [...(map.get(key) ?? []), e]);
      }
  return map;
});

/**
 * An event named after the one place that bore its name, at a date far from the event: the name is the place's.
 * "Stalin's defence of Stalingrad in 1918" is of the town (then Tsaritsyn), not the battle of 1942–43.
 */
function placeCalled(claim: Claim, from: PartialDate, to: PartialDate): Entity | undefined {
  const { ctx, entity: e, text, mention: m } = claim;
  if (e.kind !== 'event') return undefined;
  const span = datedSpan(e);
  if (!span || overlaps(span.from, span.to, from, to)) return undefined;
  const places = placesNamed(ctx.kb).get(foldName(text.slice(m.start, m.end)));
  return places?.length === 1 ? places[0] : undefined;
}

/** The place an event's name names (see placeCalled), against the clause's one exact date. */
function placeAtOneDate(claim: Claim, dates: readonly Mention[]): Entity | undefined {
  const d = dates.length === 1 && !dates[0].date?.approximate ? dates[0].date : undefined;
  const from = d && parseIsoDate(d.from),
    to = d && parseIsoDate(d.to);
  return from && to ? placeCalled(claim, from, to) : undefined;
}

/** Before a name: it is the place's name of another time, not the date's. */
const NOW =
  /\b(?:now|today|modern|modern-day|present-day|today['’]s|later|renamed|formerly)\s+(?:called\s+|named\s+)?$/i;

export const placeNames: FactRule = {
  tolerates: new Set(REFUSALS),
  dated(claim: DatedClaim): Verdict {
    const { severities } = claim;
    const e = claim.entity.kind === 'place' ? claim.entity : placeCalled(claim, claim.from, claim.to);
    if (!e || e.kind !== 'place' || !e.names?.length || severities.anachronisms === undefined) return undefined;
    const written = claim.text.slice(claim.mention.start, claim.mention.end);
    // A name given as today's or a later one: "born in Simbirsk (now Ulyanovsk)".
    if (NOW.test(claim.text.slice(Math.max(0, claim.mention.start - 24), claim.mention.start))) return [];
    const used = e.names.find((x) => foldName(x.name) === foldName(written));
    // A town named after a person, before it bore the name, may be the person: "Trotsky loses War Commissar job (to
    // Frunze)" in January 1925 (the town was Pishpek until 1926).
    if (used && peopleNames(claim.ctx.kb).has(foldName(used.name))) return [];
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
    const then = nameBorne(e, claim.from, claim.to);
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
  undated(told: Claim): Verdict {
    const { entity: said, severities } = told;
    // Most claims are of neither a place with names nor an event: asked nothing more.
    if (severities.anachronisms === undefined) return undefined;
    if (said.kind !== 'event' && (said.kind !== 'place' || !said.names?.length)) return undefined;
    // Not a date in a bracket after another's name: "Sergei Kirov (b. Kostrikov, 1886), Leningrad party boss".
    // Nor a birth's date ("Kornilov, born in 1870 …, sent the cavalry towards Petrograd"), nor one past a "but"
    // after the place ("produced the Petrograd crisis – but 1905 & the Duma period show …").
    const dates = clauseDates(told.clause).filter(
      (x) =>
        !anothersBracket(told.text, told.clause, told.mention, x) &&
        !/\b(?:born|b\.)\s+(?:in\s+|on\s+)?$/i.test(told.text.slice(Math.max(0, x.start - 12), x.start)) &&
        !(
          x.start > told.mention.end &&
          /\b(?:but|whereas|while|yet)\b/i.test(told.text.slice(told.mention.end, x.start))
        ),
    );
    const place = said.kind === 'place' ? said : placeAtOneDate(told, dates);
    if (!place?.names?.length) return undefined;
    const claim = place === said ? told : { ...told, entity: place };
    const { text, clause, mention: m } = claim;
    if (inBracket(text, m.start, clause.from)) return undefined;
    const used = laterName(claim);
    if (!used) return undefined;
    if (!dates.length) return byItsTime(claim, used);
    const named = parseIsoDate(used.from!);
    // Every date years before the name, the nearest of them the one it is judged at: "In November 1942 Operation
    // Uranus encircled Paulus's Sixth Army at Volgograd, and it surrendered in February 1943".
    const years = dates.map((x) => (x.date ? parseIsoDate(x.date.to)?.year : undefined));
    if (!named || years.some((y) => y === undefined || named.year - y <= YEARS_APART)) return undefined;
    const exact = dates.filter((x) => !x.date!.approximate);
    if (!exact.length) return undefined;
    const d = exact.reduce((a, b) => (Math.abs(b.start - m.start) < Math.abs(a.start - m.start) ? b : a));
    if (RELATING.has(words(text.slice(clause.from, d.start)).pop() ?? '')) return undefined;
    const from = parseIsoDate(d.date!.from),
      to = parseIsoDate(d.date!.to);
    if (!from || !to) return undefined;
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

type PlaceName = NonNullable<Entity['names']>[number];

/** The name the place bore at some time between `from` and `to`: the quick fix. */
function nameBorne(e: Entity, from: PartialDate, to: PartialDate): PlaceName | undefined {
  return e.names?.find((x) => {
    const f = x.from ? parseIsoDate(x.from) : undefined;
    const t = x.to ? parseIsoDate(x.to) : undefined;
    return (!f || startKey(f) <= endKey(to)) && (!t || endKey(t) >= startKey(from));
  });
}

/**
 * The name written, when it is one the place got at some date and the clause may be checked against it: not a
 * state's (its names are used of its lands at any time), nor a name that is also a person's ("reports from Molotov
 * and Kuibyshev"), nor in a clause that tells of a renaming ("renamed Yuzovka 'Stalin'"), nor the place's present
 * name, which may be used of any time ("the Red Army took Tbilisi in February 1921").
 */
function laterName(claim: Claim): PlaceName | undefined {
  const { ctx, entity: e, text, clause, mention: m } = claim;
  if (e.scale === 'country') return undefined;
  const written = foldName(text.slice(m.start, m.end));
  const used = foldedNames(ctx.kb).get(e.id)?.get(written);
  if (!used?.from || written === foldName(e.label)) return undefined;
  if (peopleNames(ctx.kb).has(written) || RENAMING.test(text.slice(clause.from, clause.to))) return undefined;
  return used;
}

/** Before the thing or person a clause opens with: a list marker, bold, a phrase and its comma, "the". */
const OPENING = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?(?:\p{L}[^,;:]{0,50},\s+)?(?:the\s+)?$/iu;
/** Before the place: a word that puts something there. */
const THERE = /\b(?:in|at|to|from|near)\s+(?:the\s+)?$/i;

/**
 * A clause with no date that opens with an event or a person, and puts something in a place by a name it got years
 * after the event ended or the person died: "Bloody Sunday – troops fired on the procession to the Winter Palace
 * in Petrograd" (1905; so named in 1914), "Alexander III spent much of his reign away from Petrograd" (died 1894).
 */
function byItsTime(claim: Claim, used: PlaceName): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  const first = clause.mentions.find((x) => x.kind !== 'date');
  if (!first || first === m || first.candidates || first.misspelling) return undefined;
  if (!OPENING.test(text.slice(clause.from, first.start)) || !THERE.test(text.slice(first.end, m.start)))
    return undefined;
  if (NOW.test(text.slice(Math.max(0, m.start - 24), m.start))) return undefined;
  const a = ctx.kb.get(first.id);
  const end =
    a?.kind === 'event' ? datedSpan(a)?.to : a?.kind === 'person' && a.died ? parseIsoDate(a.died.date) : undefined;
  const named = parseIsoDate(used.from!);
  if (!a || !end || !named || named.year - end.year <= YEARS_APART) return undefined;
  const then = nameBorne(e, end, end);
  if (!then) return undefined;
  const when =
    a.kind === 'person'
      ? `${a.label} died ${isoPhrase(a.died!.date)}, when it was ${then.name}`
      : `at the time of ${a.label} it was ${then.name}`;
  const message = `${used.name} got that name ${isoPhrase(used.from!)}; ${when}.`;
  return [factFinding(claim.at, severities.anachronisms!, Code.Anachronism, message, used.source, then.name)];
}

/** Words that tell of a renaming in the clause. */
const RENAMING = /\b(?:renam\w*|named|became|becomes|called|known\s+as)\b/i;

/** Each place's names by their folded form. */
const foldedNames = perKnowledgeBase((kb) => {
  const out = new Map<string, Map<string, PlaceName>>();
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
