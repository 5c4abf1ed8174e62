/**
 * Famous words put in the wrong mouth, or said of the wrong person: "'Better to abolish serfdom from above …' –
 * Alexander III" (Alexander II said it), "Lenin's Testament said Trotsky was 'too rude'" (it was Stalin), against
 * the `quotes` the knowledge base gives each person, with the people they are about.
 *
 * Precision first. Only words in quotation marks, two words or more, that lie inside one known quote (or hold it
 * whole); and only when the clause names exactly one person besides the speaker and those the words are about: the
 * speaker absent, that person is the one the note gives the words to; the speaker named, the one they are said of.
 */
import type { Entity, Quote } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { words } from './clauses';
import { perKnowledgeBase } from './kbIndex';
import type { Claim, FactRule, Verdict } from './rule';

/** Words in double quotes (straight or curly), or in single quotes that are no apostrophes. */
const QUOTED = /"([^"]{4,160})"|“([^”]{4,160})”|‘([^’]{4,160})’|(?<![\p{L}\p{N}])'([^']{4,160})'(?![\p{L}\p{N}])/gu;

interface Said {
  speaker: Entity;
  quote: Quote;
  /** The quote's folded words, joined by single spaces and padded with one on each side. */
  padded: string;
}

/** Every person's quotes, folded. */
const allQuotes = perKnowledgeBase((kb) => {
  const out: Said[] = [];
  for (const e of kb.entities)
    for (const quote of e.quotes ?? []) out.push({ speaker: e, quote, padded: ` ${words(quote.text).join(' ')} ` });
  return out;
});

export const quotes: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, severities } = claim;
  if (p.kind !== 'person' || severities.confusions === undefined) return undefined;
  const body = text.slice(clause.from, clause.to);
  if (!/["“‘']/.test(body)) return undefined;
  // One the words are loyal or addressed to is no one they are given to: "'Wager on the strong' … peasant farmers
  // loyal to the tsar".
  const m0 = claim.mention;
  if (/\b(?:to|towards|for|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.from, m0.start - 16), m0.start)))
    return undefined;
  const all = allQuotes(ctx.kb);
  if (!all.length) return undefined;
  for (const q of body.matchAll(QUOTED)) {
    const said = words(q[1] ?? q[2] ?? q[3] ?? q[4]);
    if (said.length < 2) continue;
    // A table's cells are apart: the person in one cell says nothing of the words in another.
    const at = clause.from + q.index;
    const m = claim.mention;
    if (text.slice(Math.min(m.end, at), Math.max(m.start, at)).includes('|')) continue;
    const padded = ` ${said.join(' ')} `;
    // A few words of a long quote are anyone's ("in Europe"): the words must be four or more, or most of the quote.
    const found = all.filter(
      (x) =>
        (x.padded.includes(padded) && (said.length >= 4 || said.length * 5 >= (x.padded.split(' ').length - 2) * 2)) ||
        padded.includes(x.padded),
    );
    // Words two people are known for: no telling whose.
    if (new Set(found.map((x) => x.speaker.id)).size !== 1) continue;
    const { speaker, quote } = found[0];
    const about = new Set(quote.about ?? []);
    const people = clause.mentions.filter((x) => x.kind === 'person' && !x.candidates).map((x) => x.id);
    // The speaker named by a work of theirs: "Lenin's Testament … said Trotsky was 'too rude'".
    const byWork = clause.mentions.some((x) => {
      const w = x.kind === 'document' ? ctx.kb.get(x.id) : undefined;
      return (
        !!w &&
        (w.authors?.ids.includes(speaker.id) ||
          w.related?.some((r) => r.id === speaker.id && /author|written/.test(r.relation)))
      );
    });
    if (byWork) people.push(speaker.id);
    const others = [...new Set(people)].filter((id) => id !== speaker.id && !about.has(id));
    if (others.length !== 1 || others[0] !== p.id) continue;
    const shown = q[0].length > 50 ? 'These words' : `“${q[0].slice(1, -1)}”`;
    const of = [...about].map((id) => ctx.kb.get(id)?.label ?? id).join(' and ');
    if (people.includes(speaker.id) && !about.size) continue;
    const message = people.includes(speaker.id)
      ? `${shown}: ${speaker.label} said this of ${of}, not of ${p.label}.`
      : `${shown}: these are ${speaker.label}'s words, not ${p.label}'s.`;
    return [factFinding(claim.at, severities.confusions, Code.Confusion, message, quote.source)];
  }
  return undefined;
}
