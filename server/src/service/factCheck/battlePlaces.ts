/**
 * A battle named by its town: "At Stalingrad the Sixth Army surrendered in February 1942" (February 1943), where
 * the town is the place the recogniser finds, against the dates of the one battle named after the town as
 * written ("Battle of Stalingrad").
 *
 * Precision first. Only a clause that tells of a battle's course (surrendered, encircled, siege, turning point…),
 * that names no other place and no other event, and writes exactly one date, not an approximate one; only the name
 * the battle bears ("Tsaritsyn" is not Stalingrad). A date that fits the battle says it is right.
 */
import { parseIsoDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase } from './kbIndex';
import { datedSpan, overlaps } from './pairing';
import { spanWords } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';

export const battlePlaces: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (e.kind !== 'place' || severities.dates === undefined) return undefined;
  const name = foldName(text.slice(m.start, m.end));
  const battle = battlesByName(ctx.kb).get(name);
  const s = battle && datedSpan(battle);
  const said = text.slice(clause.from, clause.to);
  // A surrender signed in the town is a document's signing, after the fighting there or far from it: "8 May 1945
  // The Wehrmacht signs the unconditional surrender in Berlin".
  if (!battle || !s || !BATTLE.test(said) || RISING.test(said) || SIGNED.test(said)) return undefined;
  const others = clause.mentions.filter(
    (x) => x !== m && x.id !== e.id && (x.kind === 'place' || x.kind === 'event' || x.kind === 'congress'),
  );
  const dates = clause.mentions.filter((x) => x.kind === 'date');
  const d = dates.length === 1 && !dates[0].date?.approximate ? dates[0] : undefined;
  if (others.length || !d) return undefined;
  const from = parseIsoDate(d.date!.from),
    to = parseIsoDate(d.date!.to);
  if (!from || !to) return undefined;
  if (overlaps(s.from, s.to, from, to)) return [];
  // The town by a name it did not bear at the date written is the town ("In 1942 Tsaritsyn was besieged"), not the
  // battle that name recalls.
  const borne = (e.names ?? []).filter((n) => foldName(n.name) === name);
  if (
    borne.length &&
    !borne.some((n) => overlaps(parseIsoDate(n.from ?? '0001')!, parseIsoDate(n.to ?? '9999')!, from, to))
  )
    return undefined;
  const message = `${battle.label}: ${spanWords(s.from, s.to)}, not ${d.date!.words}.`;
  const where = { line: clause.line, start: d.start, end: d.end };
  return [factFinding(where, severities.dates, Code.WrongDate, message, s.citation)];
}

/**
 * Words of a battle's own course: not "crushed" or "defeated", which a town's rising also meets ("Spartacists rose
 * in Berlin and were crushed").
 */
const BATTLE =
  /\b(?:surrender(?:ed|s)?|encircle(?:d|ment)|besieged|siege|turning\s+point|counter-?offensive|pincer|battle)\b/i;
/** A signing. */
const SIGNED = /\bsign(?:s|ed|ing)?\b/i;
/** A town's rising, strike or mutiny: the clause is about it, not the battle. */
const RISING = /\b(?:ris(?:e|ing|es)|rose|uprising|revolt|rebellion|strike|mutiny|putsch|insurrection|riots?)\b/i;

/** Each battle by the folded name of the town in its label: "stalingrad" → the Battle of Stalingrad. */
const battlesByName = perKnowledgeBase((kb: KnowledgeBase) => {
  const byName = new Map<string, Entity | null>();
  for (const x of kb.entities) {
    const town = x.kind === 'event' ? /^Battle of ([^(]+?)\s*(?:\([^()]*\))?$/.exec(x.label)?.[1] : undefined;
    if (!town) continue;
    const key = foldName(town);
    byName.set(key, byName.has(key) ? null : x);
  }
  const out = new Map<string, Entity>();
  for (const [k, v] of byName) if (v) out.set(k, v);
  return out;
});
