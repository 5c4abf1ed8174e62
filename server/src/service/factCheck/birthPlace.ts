/**
 * Where a person was born: "Stalin was born in Tbilisi" (Gori), "Hitler (born in Munich, 1889)" (Braunau am Inn),
 * against the town the knowledge base records (`born.place`).
 *
 * Precision first, as for deaths (deathPlace.ts): only the person as the subject of "born", right after the name
 * (a bracket between them aside) or opening a bracket after it; only a place written after "in", "at" or "near";
 * only a recorded town, and a place written that the knowledge base can tell is another.
 */
import { DEATH_TOLERATES, lifePlace } from './deathPlace';
import type { Claim, FactRule, Verdict } from './rule';

/** After the name: the words that tell of a birth, in the clause or opening a bracket. */
const BIRTH = /^\s*(?:\([^()]*\)\s*)?(?:,[^,]{0,30},\s*)?(?:(?:was|is)\s+)?born\b|^\s*\(\s*born\b/iu;

export const birthPlace: FactRule = {
  tolerates: DEATH_TOLERATES,
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  return lifePlace(claim, 'born', BIRTH, 'was born');
}
