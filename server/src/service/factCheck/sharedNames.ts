/**
 * One name, two things: "the Great Famine of 1891" is not a misdated famine of 1932–33, "the Civil War in 1936"
 * not a misdated Russian Civil War. When the name written is a common one (its head word is the head of another
 * occasion's name too, its last word or the one before "of", and each of its other words is in that occasion's
 * names or in the names of many occasions, like "Great"), a date that does not fit the entity may be the date of
 * another thing the name means, in the knowledge base or not: the claim stays silent. A name with a word of its
 * own (`Kronstadt rebellion`, `Beer Hall Putsch`, `Lenin Enrolment`) is checked as before (occasionDates.ts).
 *
 * So too a name the recogniser found for several entities (its `candidates`) when another of them is not an
 * occasion or fits the date; a name that is part of the label without its head word ("Kursk", "Katyn": the place
 * too); a name followed by a birth ("Kaplan was born in 1890": a person); and the title of an office a person
 * in the clause held at the date (roleNames.ts).
 */
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import { perKnowledgeBase } from './kbIndex';
import { datedSpan, oldStyleSpan, overlaps } from './pairing';
import type { DatedClaim, FactRule, Verdict } from './rule';
import { roleBearsName } from './roleNames';
import { BIRTH_WORDS } from './words';

/** Words after a label's head word: "Battle of Kursk", "Assassination attempt on Lenin". */
const PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'against', 'to', 'from', 'for']);

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
    return other || person || office || metonym(e, written) || common(ctx.kb, e, written) ? [] : undefined;
  },
};

/** Another thing the name may mean: not an occasion (the city of Stalingrad), or one the date fits. */
function fitsOrNotOccasion(x: Entity | undefined, claim: DatedClaim): boolean {
  if (!x) return false;
  if (!isOccasion(x)) return true;
  const s = datedSpan(x);
  return !!s && overlaps(s.from, s.to, claim.from, claim.to);
}

/**
 * A name that is only part of the label, without its head word: "Kursk" for the Battle of Kursk, "Katyn" for the
 * Katyn massacre. Such a name also means the place, ship or person the event is named after.
 */
function metonym(e: Entity, written: string[]): boolean {
  const label = wordsOf(e.label.replace(/\s*\([^()]*\)/g, ''));
  const at = label.findIndex((w) => PREPOSITIONS.has(w));
  const head = at > 0 ? label[at - 1] : label[label.length - 1];
  return written.every((w) => label.includes(w)) && !written.includes(head);
}

function isOccasion(e: Entity): boolean {
  return e.kind === 'event' || e.kind === 'document' || e.kind === 'policy';
}

/** Is the name written (its words) one that other occasions bear too? */
function common(kb: KnowledgeBase, e: Entity, name: string[]): boolean {
  if (!name.length) return false;
  const head = name[name.length - 1];
  const index = wordIndex(kb);
  const many = (w: string) => (index.get(w) ?? []).filter((y) => y !== e).length >= COMMON;
  return (index.get(head) ?? []).some((x) => {
    if (x === e || !headsOf(x).has(head)) return false;
    const theirs = new Set(namesOf(x));
    return name.every((w) => theirs.has(w) || many(w));
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
