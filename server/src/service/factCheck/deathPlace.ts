/**
 * Where a person died: "Stolypin was shot at the opera in St Petersburg" (Kiev), "Kirov … shot … at the Smolny,
 * Moscow" (Leningrad), against the town the knowledge base records (`died.place`).
 *
 * Precision first. Only the person as the subject of the words that tell of the death, right after the name (a
 * bracket between them aside); only a place written after them with "in", "at" or "near" on the way; only when
 * the recorded place is a town (a site near one, such as Lenin's Gorki, is left alone), no place written in the
 * clause fits it, and the knowledge base can tell the place written is another (places.ts): a town, or a country
 * the recorded town does not lie in ("Trotsky murdered in Norway").
 */
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { plainApposition } from './pairing';
import { fits, wrongPlace } from './places';
import type { Claim, FactRule, Verdict } from './rule';

/** After the name (and a bracket): the words that tell of a death. */
const DEATH = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:,[^,]{0,30},\s*)?` +
    // Those who died with the person: "Nicholas II, Alexandra & their five children shot at …".
    String.raw`(?<company>(?:,\s*[^,.;:→()]{1,30}?\s*)?(?:,|\s(?:and|&|\+|with|along\s+with))\s+` +
    String.raw`[^,.;:→()]{0,30}?\b(?:family|wife|children|daughters|sons|household|relatives)\s*)?` +
    // "Hitler's suicide at the Berghof": the person's death told as a noun.
    String.raw`(?:['’]s\s+(?:suicide|death|murder|assassination|execution)\b(?=\s+(?:in|at|near)\s)|` +
    String.raw`(?:(?:was|were|had\s+been|got|is|are)\s+)?` +
    // What was done to them first: "handed over by the Czechs and shot in Omsk", "arrested and executed at …".
    String.raw`(?:(?:handed\s+over|captured|arrested|seized|betrayed|tried|sentenced|court[\s-]martiall?ed)\b` +
    String.raw`[^,.;:→()]{0,40}?\s+and\s+(?:then\s+)?(?:was\s+)?)?` +
    // An adverb before the verb: "fatally shot", "finally killed".
    String.raw`(?:\p{L}+ly\s+)?` +
    String.raw`(?:shot|killed|assassinated|murdered|executed|died|dies|hanged|stabbed|poisoned|blown\s+up|` +
    // Notes' present tense, and a suicide: "Hitler kills himself 30 April 1945 at the Berghof".
    String.raw`(?:kills?|shoots?)\s+(?:him|her)self|(?:kill|shoot|killed|shot)\s+themselves|` +
    String.raw`(?:committed|commits)\s+suicide|` +
    String.raw`(?:took|takes)\s+(?:his|her)\s+own\s+life)\b)` +
    // Not a death the person dealt: "Himmler killed millions in Poland".
    String.raw`(?!\s+(?!(?:in|at|near|by|on|of|after|during|while|outside|inside|when|along|with|for|following|` +
    String.raw`from|dead|himself|herself|themselves|together|there|and|as|aged|soon|later|then|` +
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*)\b|w\/)\p{L})`,
  'iu',
);
/** On the way from the death to the town: a word that places it. */
const PLACED = /\b(?:in|at|near)\b/i;

/** Words of time or naming do not move a death: "shot in Kiev, died a few days later". */
export const DEATH_TOLERATES: ReadonlySet<string> = new Set([
  'later',
  'then',
  'now',
  'became',
  'renamed',
  'called',
  'known',
  'formerly',
]);

export const deathPlace: FactRule = {
  tolerates: DEATH_TOLERATES,
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  return lifePlace(claim, 'died', DEATH, 'died');
}

/**
 * A place written after the words that tell of the person's birth or death, right after the name, against the
 * town the knowledge base records for it (`born.place`, `died.place`). Between the name and the words only dates,
 * brackets and, for a death, those who died with the person ("company" in the words' pattern).
 */
export function lifePlace(claim: Claim, which: 'born' | 'died', words: RegExp, verb: 'died' | 'was born'): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  const life = p.kind === 'person' ? p[which] : undefined;
  const recorded = life?.place ? ctx.kb.get(life.place) : undefined;
  if (!life || recorded?.scale !== 'town' || severities.confusions === undefined) return undefined;
  const told = words.exec(text.slice(m.end, clause.to));
  if (!told) return undefined;
  const said = m.end + told[0].length;
  const company = told.groups?.company;
  // A plain apposition is no thing of its own: "Sergei Kirov, the popular Politburo member, was shot …".
  const apposition = m.end + plainApposition(text, clause, m.end);
  const between = (x: Mention) =>
    x.start > m.end && x.start < said && x.kind !== 'date' && !inBrackets(text, m, x) && x.start >= apposition;
  if (clause.mentions.some((x) => between(x) && !(company && x.kind === 'person'))) return undefined;
  return placeJudged(claim, recorded, said, verb, life.date, life.source);
}

/**
 * The finding on a place written after the words that tell of a birth or a death (ending at `said`), where the
 * recorded town is another: only the first place the knowledge base can judge, with "in", "at" or "near" on the way
 * and no comma that starts something else.
 */
function placeJudged(
  claim: Claim,
  recorded: Entity,
  said: number,
  verb: 'died' | 'was born',
  date: string,
  source: string,
): Verdict {
  const { ctx, entity: p, text, clause, severities } = claim;
  const places = clause.mentions
    .filter((x) => x.start >= said && x.kind === 'place' && !x.candidates)
    .map((x) => ({ x, e: ctx.kb.get(x.id) }))
    .filter((y): y is { x: Mention; e: Entity } => !!y.e);
  // The right town written: silent. A site or a country that fits says nothing of the town ("at the Smolny,
  // Moscow").
  if (places.some((y) => y.e.scale === 'town' && fits(ctx.kb, y.e, recorded))) return undefined;
  // The first place the knowledge base can judge: "at the Smolny, Moscow" is judged by Moscow.
  const judged = places.find((y) => wrongPlace(ctx.kb, y.e, [recorded]));
  if (!judged || !PLACED.test(text.slice(said, judged.x.start))) return undefined;
  // A comma on the way starts something else, unless the place follows it at once ("at the Smolny, Moscow"): "shot
  // in 1937 …, a loss that showed in the Winter War against Finland".
  const way = text.slice(said, judged.x.start);
  // Nor may another cell of a table row stand between, unless the cell goes on with the place: "Sergei killed by SR
  // Kalyaev – Feb 1905 | defeat at Mukden" (not "Stolypin shot – 1 Sept 1911 | at the Odessa Opera House").
  const cell = way.lastIndexOf('|');
  if (cell >= 0 && !/^\|\s*(?:in|at|near)\s/i.test(way.slice(cell))) return undefined;
  const comma = way.lastIndexOf(',');
  if (comma >= 0 && !/^,\s*$/.test(way.slice(comma))) return undefined;
  const { x: place, e: written } = judged;
  const name = nameAt(recorded, date);
  const placeSaid = text.slice(place.start, place.end);
  const country = written.scale === 'town' || written.scale === 'site' ? undefined : countryOf(ctx.kb, recorded);
  return [
    factFinding(
      { line: clause.line, start: place.start, end: place.end },
      severities.confusions!,
      Code.Confusion,
      `${p.label} ${verb} in ${name}${country ? ` (${country.label})` : ''}, not ${placeSaid}.`,
      source,
      written.scale === 'town' ? name : undefined,
    ),
  ];
}

/** The country a place lies in, when its `within` names exactly one. */
function countryOf(kb: KnowledgeBase, place: Entity): Entity | undefined {
  const countries = (place.within ?? []).map((id) => kb.get(id)).filter((x) => x?.scale === 'country');
  return countries.length === 1 ? countries[0] : undefined;
}

/** Where the words that tell of the person's death end, if they follow the name. */
export function deathAfter(text: string, m: Mention, end: number): number | undefined {
  const found = DEATH.exec(text.slice(m.end, end));
  return found ? m.end + found[0].length : undefined;
}

function inBrackets(text: string, m: Mention, x: Mention): boolean {
  const open = text.lastIndexOf('(', x.start);
  return open > m.end && text.indexOf(')', x.end) > 0 && !text.slice(open, x.start).includes(')');
}

/** The name the place bore on the date: Leningrad in 1934, Petrograd in 1918. */
function nameAt(place: Entity, date: string): string {
  const year = date.slice(0, 4);
  for (const n of place.names ?? [])
    if ((!n.from || n.from.slice(0, 4) <= year) && (!n.to || n.to.slice(0, 4) >= year)) return n.name;
  return place.label;
}
