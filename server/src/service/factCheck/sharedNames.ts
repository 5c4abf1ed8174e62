/**
 * One name, two things: "the Great Famine of 1891" is not a misdated famine of 1932–33, "the Civil War in 1936"
 * not a misdated Russian Civil War. A date that does not fit the entity stays silent when the name written may
 * mean something else, in the knowledge base or not:
 * - the label shortened by a qualifier before its head word ("Civil War" for the Russian Civil War, "Five-Year
 *   Plan" for the First five-year plan, "Depression" for the Great Depression in Germany);
 * - a name of common words only, whose head word heads another occasion's name ("Great Famine": "great" stands in
 *   many names and is no name of a person, place or body);
 * - a name another occasion bears too, whose date fits ("Great Famine in 1921": the famine of 1921–22);
 * - a name the recogniser found for several entities (its `candidates`) when another of them is not an occasion
 *   or fits the date; a one-word name that is part of the label but not its head ("Kursk", "Katyn": the place
 *   too); a name followed by a birth ("Kaplan was born in 1890": a person); the title of an office a person in
 *   the clause held at the date (roleNames.ts).
 * A name with a word of its own (`Kronstadt rebellion`, `Beer Hall Putsch`, `Hitler's appointment as Chancellor`)
 * is checked as before (occasionDates.ts).
 */
import { monthNumber } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import { ORDINAL_WORDS } from '../../recogniser/scan';
import { perKnowledgeBase } from './kbIndex';
import { datedSpan, oldStyleSpan, overlaps } from './pairing';
import type { DatedClaim, FactRule, Verdict } from './rule';
import { placeNames } from './placeNames';
import { roleBearsName } from './roleNames';
import { BIRTH_WORDS, FIGHTING } from './words';

/** Words after a label's head word: "Battle of Kursk", "Assassination attempt on Lenin". */
const PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'against', 'to', 'from', 'for', 'as', 'by']);

/** In how many other occasions' names a word must stand to qualify nothing in particular. */
const COMMON = 3;

export const sharedNames: FactRule = {
  dated(claim: DatedClaim): Verdict {
    const { ctx, entity: e, text, mention: m } = claim;
    if (!isOccasion(e) || e.series) return undefined;
    const s = datedSpan(e);
    if (!s || overlaps(s.from, s.to, claim.from, claim.to)) return undefined;
    const os = oldStyleSpan(e);
    if (os && overlaps(os.from, os.to, claim.from, claim.to)) return undefined;
    const written = wordsOf(text.slice(m.start, m.end));
    const other = (m.candidates ?? []).some((id) => id !== e.id && fitsOrNotOccasion(ctx.kb.get(id), claim));
    const person = BIRTH_WORDS.test(text.slice(m.end, claim.date.start));
    const office = roleBearsName(claim, claim.from, claim.to);
    // "The Baltic Fleet was destroyed at Tsushima in 1904": the clause tells of the battle, not of the place.
    const battle = metonym(e, written) && fought(e, text.slice(claim.clause.from, claim.clause.to));
    // "Brest-Litovsk signed March 1919", "Versailles signed 28 June 1920": the place where a treaty was signed names
    // the treaty when the clause tells of its signing.
    const signed = e.kind === 'document' && metonym(e, written) && SIGNED.test(text.slice(m.end, claim.clause.to));
    const generic =
      (metonym(e, written) && !battle && !signed) ||
      shortened(e, written) ||
      commonWords(ctx.kb, e, written, claim) ||
      another(ctx.kb, e, written, claim);
    if (!(other || person || office || generic)) return undefined;
    // "Stalingrad (1918)": neither the battle nor the city, which was Tsaritsyn until 1925.
    return metonym(e, written) && !person && !office ? placeNotYetNamed(ctx.kb, claim) : [];
  },
};

/** For each folded era name, the places that bore it. */
const placesByName = perKnowledgeBase((kb: KnowledgeBase) => {
  const map = new Map<string, Entity[]>();
  for (const x of kb.entities)
    if (x.kind === 'place')
      for (const n of new Set((x.names ?? []).map((y) => foldName(y.name)))) map.set(n, [...(map.get(n) ?? []), x]);
  return map;
});

/** A place that bears the name written, but only from after the date: the place names rule's finding on it. */
function placeNotYetNamed(kb: KnowledgeBase, claim: DatedClaim): Verdict {
  const places = placesByName(kb).get(foldName(claim.text.slice(claim.mention.start, claim.mention.end)));
  if (places?.length !== 1) return [];
  const found = placeNames.dated!({ ...claim, entity: places[0] });
  return found?.length ? found : [];
}

/** Another thing the name may mean: not an occasion (the city of Stalingrad), or one the date fits. */
function fitsOrNotOccasion(x: Entity | undefined, claim: DatedClaim): boolean {
  if (!x) return false;
  if (!isOccasion(x)) return true;
  const s = datedSpan(x);
  return !!s && overlaps(s.from, s.to, claim.from, claim.to);
}

/** A label's words, its head word and where the head stands: "Battle of Kursk" → battle, "Russian Civil War" → war. */
function labelOf(e: Entity): { words: string[]; head: number } {
  const words = wordsOf(e.label.replace(/\s*\([^()]*\)/g, ''));
  const at = words.findIndex((w) => PREPOSITIONS.has(w));
  // A number after the head word is no head: "Sputnik 1", "Vostok 1".
  let last = words.length - 1;
  while (last > 0 && /^(?:\d+|[ivx]+)$/.test(words[last])) last--;
  return { words, head: at > 0 ? at - 1 : last };
}

/**
 * A one-word name that is only part of the label, not its head word: "Kursk" for the Battle of Kursk, "Katyn" for
 * the Katyn massacre. Such a name also means the place, ship or person the event is named after.
 */
function metonym(e: Entity, written: string[]): boolean {
  const { words, head } = labelOf(e);
  return written.length === 1 && words.includes(written[0]) && written[0] !== words[head];
}

/** Is the event a battle, and does the clause tell of fighting? */
function fought(e: Entity, clause: string): boolean {
  const { words, head } = labelOf(e);
  return words[head] === 'battle' && FIGHTING.test(clause);
}

/** Right after a treaty's place name: the verb of its signing. */
const SIGNED = /^\s+(?:(?:was|is)\s+)?(?:signed|ratified|concluded)\b/i;

/** The label without a qualifier before its head word: "Civil War" for the Russian Civil War. */
function shortened(e: Entity, written: string[]): boolean {
  const { words, head } = labelOf(e);
  if (head < 1 || !written.includes(words[head])) return false;
  const qualifiers = words.slice(0, head).filter((w) => !/^\d+$/.test(w));
  return written.every((w) => words.includes(w)) && qualifiers.some((w) => !written.includes(w));
}

function isOccasion(e: Entity): boolean {
  return e.kind === 'event' || e.kind === 'document' || e.kind === 'policy';
}

/** Ordinals single out one of a numbered line ("First Duma", "Second five-year plan"): never common words. */
const ORDINALS = new Set(ORDINAL_WORDS);

/** Words that stand in many occasions' names and name no person, place or body: they single nothing out. */
function commonWord(kb: KnowledgeBase, e: Entity, w: string): boolean {
  // A month singles a name out as an ordinal does: "October Manifesto", "July Days".
  return (
    !ORDINALS.has(w) &&
    // An ordinal in figures singles out as one in words does: "1st Duma", "Lenin's 1st stroke".
    !/^\d+(?:st|nd|rd|th)$/.test(w) &&
    !monthNumber(w) &&
    !properWords(kb).has(w) &&
    // Names made from its own ("Signing of the Treaty of Versailles") make no word of it common.
    (wordIndex(kb).get(w) ?? []).filter((y) => y !== e && !namedAfter(y, e)).length >= COMMON
  );
}

/**
 * Does a name of `y` hold the label of `e`: "Article 231 of the Treaty of Versailles"? Not the same name told apart
 * by a bracket or a word before it, a namesake's: "Treaty of Brest-Litovsk (Ukraine)", "Ukrainian Treaty of
 * Brest-Litovsk".
 */
function namedAfter(y: Entity, e: Entity): boolean {
  const label = foldName(e.label);
  return [y.label, ...y.aliases].some((n) => {
    const name = foldName(n).replace(/\s*\([^()]*\)$/, '');
    const at = name.indexOf(label);
    return at >= 0 && !(at + label.length === name.length && /^(?:[\p{L}-]+\s)?$/u.test(name.slice(0, at)));
  });
}

/** Occasions other than `e`, and not named after it, whose names have the head word as theirs. */
function sameHead(kb: KnowledgeBase, e: Entity, head: string): Entity[] {
  return (wordIndex(kb).get(head) ?? []).filter((x) => x !== e && !namedAfter(x, e) && headsOf(x).has(head));
}

/**
 * Common words and a head word another occasion's name has too: "Great Famine". A head that is a name of its own
 * ("Battle of Tannenberg", "Treaty of Paris") names other things only at a time far from this one's: a date a few
 * years off is this one misdated, one generations off ("Treaty of Paris, 1783") another thing.
 */
function commonWords(kb: KnowledgeBase, e: Entity, name: string[], claim: DatedClaim): boolean {
  const head = name[name.length - 1];
  if (name.length < 2 || !sameHead(kb, e, head).length) return false;
  if (!name.slice(0, -1).every((w) => commonWord(kb, e, w))) return false;
  const s = datedSpan(e);
  return (
    commonWord(kb, e, head) || !s || claim.to.year < s.from.year - FAR_YEARS || claim.from.year > s.to.year + FAR_YEARS
  );
}

/** How many years off a date must be to name another thing of the same name, not this one misdated. */
const FAR_YEARS = 25;

/** Another occasion the name may mean, whose date fits: "Great Famine in 1921". */
function another(kb: KnowledgeBase, e: Entity, name: string[], claim: DatedClaim): boolean {
  if (!name.length) return false;
  return sameHead(kb, e, name[name.length - 1]).some((x) => {
    const theirs = new Set(namesOf(x));
    const s = datedSpan(x);
    // In the Old Style too: "2nd Congress Oct 1917" is the Congress of Soviets (25–27 October, 7–9 November).
    const os = oldStyleSpan(x);
    const fits =
      (!!s && overlaps(s.from, s.to, claim.from, claim.to)) || (!!os && overlaps(os.from, os.to, claim.from, claim.to));
    return fits && name.every((w) => theirs.has(w) || commonWord(kb, e, w));
  });
}

/** The head words of an occasion's names: the last word, and the word before "of" or "in" ("famine of 1921"). */
function headsOf(x: Entity): Set<string> {
  const heads = new Set<string>();
  for (const n of [x.label, ...x.aliases]) {
    const ws = wordsOf(n);
    if (ws.length) heads.add(ws[ws.length - 1]);
    const at = ws.findIndex((w) => w === 'of' || w === 'in');
    if (at > 0) heads.add(ws[at - 1]);
  }
  return heads;
}

/** The one-word names of people, places and bodies ("Hitler", "Kronstadt"): they single out what they qualify. */
const properWords = perKnowledgeBase((kb) => {
  const words = new Set<string>();
  for (const x of kb.entities) {
    if (x.kind !== 'person' && x.kind !== 'place' && x.kind !== 'organisation') continue;
    for (const n of [x.label, ...x.aliases]) {
      const ws = wordsOf(n);
      if (ws.length === 1) words.add(ws[0]);
      if (x.kind === 'person' && ws.length) words.add(ws[ws.length - 1]);
    }
  }
  return words;
});

/** Every word of an occasion's names, with the occasions that bear it. */
const wordIndex = perKnowledgeBase((kb) => {
  const index = new Map<string, Entity[]>();
  for (const x of kb.entities) {
    if (!isOccasion(x) && x.kind !== 'concept') continue;
    for (const w of new Set(namesOf(x))) {
      const list = index.get(w) ?? [];
      list.push(x);
      index.set(w, list);
    }
  }
  return index;
});

function namesOf(x: Entity): string[] {
  return [x.label, ...x.aliases].flatMap(wordsOf);
}

function wordsOf(s: string): string[] {
  return (foldName(s).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).filter((w) => w !== 'the' && w !== 's');
}
