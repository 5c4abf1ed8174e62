/**
 * Offices and their terms, as the knowledge base gives them: an office is an organisation whose dated facts each
 * name one of the people it lists in `related` (Sovnarkom's chairmen, the Tsars, the Chancellors). Read by
 * offices.ts and officeHolders.ts.
 */
import { formatIso, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import { perKnowledgeBase } from './kbIndex';

export interface Term {
  /** The holder, when the fact names exactly one of the office's people. */
  holder?: Entity;
  from: PartialDate;
  to: PartialDate;
  fromIso: string;
  source: string;
}

/** A name's folded words, without "the". */
export function wordsOf(s: string): string[] {
  return (foldName(s).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).filter((w) => w !== 'the');
}

/** Do the words hold the name's words, one after another? */
export function contains(ws: string[], name: string[]): boolean {
  return indexOf(ws, name) < Infinity;
}

/** Where the name's words first stand in the words; Infinity where they do not. */
export function indexOf(ws: string[], name: string[]): number {
  for (let i = 0; i + name.length <= ws.length; i++) if (name.every((w, j) => ws[i + j] === w)) return i;
  return Infinity;
}

/** The names a person is written by, as folded words. */
export function namesOf(p: Entity): string[][] {
  return [p.label, ...p.aliases].map(wordsOf).filter((n) => n.length);
}

/** For each office (an organisation with dated facts naming the people it relates to), its terms in order. */
export const termsOf = perKnowledgeBase((kb: KnowledgeBase) => {
  const out = new Map<string, Term[]>();
  for (const o of kb.entities) {
    if (o.kind !== 'organisation' || !o.related?.length || !o.facts?.length) continue;
    const people = o.related.map((r) => kb.get(r.id)).filter((x): x is Entity => x?.kind === 'person');
    if (!people.length) continue;
    const terms: Term[] = [];
    for (const f of o.facts) {
      const a = f.date ? parseIsoDate(f.date) : undefined;
      if (!a) continue;
      const b = f.end ? parseIsoDate(f.end) : undefined;
      const ws = wordsOf(f.text);
      const all = people.filter((x) => namesOf(x).some((n) => contains(ws, n)));
      // A term that names its predecessor is its opening name's: "Mikhail Frunze succeeded Trotsky on 25 January 1925".
      const opener = all.length === 2 && SUCCEEDED.test(f.text) ? all.filter((x) => opens(ws, x)) : [];
      const named = opener.length === 1 ? opener : all;
      // A fact with no end is an event of the office (its creation, a renaming), not a term, unless it names one.
      if (!b && named.length !== 1) continue;
      terms.push({
        holder: named.length === 1 ? named[0] : undefined,
        from: a,
        to: b ?? a,
        fromIso: f.date!,
        source: f.source,
      });
    }
    if (terms.some((t) => t.holder)) out.set(o.id, terms);
  }
  return out;
});

/** A term's fact that names the holder it followed. */
const SUCCEEDED = /\b(?:succeeded|replaced|took\s+over\s+from)\b/i;

/** Does the fact's text open with one of the person's names? */
function opens(ws: string[], p: Entity): boolean {
  return namesOf(p).some((n) => n.every((w, i) => ws[i] === w));
}

/** The office's first term with a named holder, when the office lists every holder it had and this is one. */
function firstHeld(o: Entity, terms: Term[]): Term | undefined {
  const first = terms.filter((t) => t.holder).sort((a, b) => startKey(a.from) - startKey(b.from))[0];
  return first && !(o.holders && !o.holders.ids.includes(first.holder!.id)) ? first : undefined;
}

/**
 * When another than `p` was the office's first holder: the message, its source and the fix (the first holder's
 * name) of a finding on "p was the first …".
 */
export function notFirst(o: Entity, terms: Term[], p: Entity): [string, string, string] | undefined {
  const first = firstHeld(o, terms);
  if (!first || first.holder === p) return undefined;
  const message = `The first ${o.label} was ${first.holder!.label} (from ${formatIso(first.fromIso)}), not ${p.label}.`;
  return [message, first.source, first.holder!.label];
}
