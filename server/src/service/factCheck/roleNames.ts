/**
 * A name that a role of a person in the clause bears: "Hitler was Führer and Reich Chancellor in 1939" names his
 * office, not the event of 1934 one of whose names it is; "Yezhov was Chairman of the Party Control Commission in
 * 1937" shows that body at work in 1937. Rules about the thing the name also means stay silent when such a role
 * bears the name at the date written.
 */
import { endKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import type { Claim } from './rule';

export function roleBearsName(claim: Claim, from: PartialDate, to: PartialDate): boolean {
  const { ctx, text, clause, mention: m } = claim;
  const name = wordsOf(text.slice(m.start, m.end));
  if (!name.length) return false;
  return clause.mentions.some((x) => {
    const p = x.kind === 'person' ? ctx.kb.get(x.id) : undefined;
    return (p?.roles ?? []).some((r) => {
      const a = r.from ? parseIsoDate(r.from) : undefined;
      const b = r.to ? parseIsoDate(r.to) : undefined;
      if (!a || startKey(a) > endKey(to) || (b && endKey(b) < startKey(from))) return false;
      const title = wordsOf(r.title.replace(/\s*\([^()]*\)/g, ''));
      for (let i = 0; i + name.length <= title.length; i++) if (name.every((w, j) => title[i + j] === w)) return true;
      return false;
    });
  });
}

function wordsOf(s: string): string[] {
  return (foldName(s).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'the');
}
