/**
 * Where a person fled or was exiled to: "Kaiser Wilhelm II abdicates → flees to Sweden" (the Netherlands), against
 * every place the knowledge base records (`exiledTo`, a complete list); and where a person was jailed: "Hitler
 * jailed in Spandau" (Landsberg), against `imprisonedAt`.
 *
 * Precision first. Only the person as the subject of the verb, with nothing named between them but a date; only the
 * place written right after the verb and "to", "in" or "into"; and only where the knowledge base can tell it is
 * none of the places recorded (places.ts): a place in one of them, or holding one, fits.
 */
import { placeFinding } from './places';
import type { Claim, FactRule, Verdict } from './rule';

import type { Entity, Who } from '../../kb/types';

interface Relation {
  list: (p: Entity) => Who | undefined;
  /** The verb and the word before the place, ending where the place begins. */
  verb: RegExp;
  message: (p: Entity, where: string, said: string) => string;
}

const RELATIONS: Relation[] = [
  {
    list: (p) => p.exiledTo,
    verb: new RegExp(
      String.raw`\b(?:fled|flees|flee|escaped|escapes|emigrated|emigrates|went\s+into\s+exile|goes\s+into\s+exile|` +
        String.raw`(?:(?:was|were|is|got)\s+)?(?:exiled|deported|banished|sent\s+into\s+exile))` +
        String.raw`(?:\s+(?:abroad|again|first))?\s+(?:to|in|into)\s+(?:the\s+)?$`,
      'iu',
    ),
    message: (p, where, said) => `${p.label} went into exile in ${where}, not ${said}.`,
  },
  {
    list: (p) => p.imprisonedAt,
    verb: new RegExp(
      String.raw`\b(?:(?:(?:was|were|is|got)\s+)?(?:jailed|imprisoned|incarcerated|locked\s+up)|` +
        String.raw`(?:served|serves|serving)\s+(?:his|her)\s+(?:sentence|term|time)|` +
        // A time served: "served only about nine months, in Spandau prison", "served under nine months in".
        String.raw`(?:served|serves|spent|spends)\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|under\s+|` +
        String.raw`less\s+than\s+|c\.\s*)?(?:\p{L}+|\d+)\s+(?:months|years))\s*,?\s+(?:in|at)\s+(?:the\s+)?$`,
      'iu',
    ),
    message: (p, where, said) => `${p.label} was held in ${where}, not ${said}.`,
  },
];
/** Between the name and the verb: a short run with no end of sentence. */
const BETWEEN = /^[^.;!?]{0,60}$/;

export const exile: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { entity: p, text, clause, mention: m, severities } = claim;
  if (p.kind !== 'person' || severities.confusions === undefined) return undefined;
  if (/^['’]/.test(text.slice(m.end)) || m.bareS) return undefined;
  const i = clause.mentions.indexOf(m);
  const next = clause.mentions.slice(i + 1).find((x) => x.kind !== 'date');
  if (!next || next.kind !== 'place' || next.candidates) return undefined;
  const words = text.slice(m.end, next.start);
  for (const r of RELATIONS) {
    const list = r.list(p);
    const verb = list && r.verb.exec(words);
    if (!list || !verb || !BETWEEN.test(words.slice(0, verb.index))) continue;
    return placeFinding(claim, next, list, (where, said) => r.message(p, where, said));
  }
  return undefined;
}
