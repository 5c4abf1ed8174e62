/**
 * Acts after death: a person as the subject of an acting verb at a date after they died ("Lenin wrote to the
 * party in 1925"), or at a congress or event that began after they died ("Lenin spoke at the 14th Party Congress").
 */
import { endKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { words } from './clauses';
import { datedSpan } from './pairing';
import { isoPhrase, spanWords } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';
import { ACTING } from './words';

export const actsAfterDeath: FactRule = {
  dated(claim: DatedClaim): Verdict {
    const { entity: e, text, mention: m, severities } = claim;
    if (e.kind !== 'person') return undefined;
    const died = e.died ? parseIsoDate(e.died.date) : undefined;
    if (!died || severities.anachronisms === undefined) return [];
    // The one who acted, after "by": "1933: Hitler appointed Chancellor by Pres. Ebert" (Ebert died in 1925). Only a
    // year after the year of the death.
    if (BY_AGENT.test(text.slice(Math.max(claim.clause.from, m.start - 50), m.start))) {
      if (claim.from.year <= died.year + 1) return [];
      const message = `${e.label} died ${isoPhrase(e.died!.date)}, before ${claim.value.words}.`;
      return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.died!.source)];
    }
    const verb = words(text.slice(m.end, m.end + 30)).find((w) => w !== 's');
    const possessive = /['’]s?$/.test(text.slice(m.end, m.end + 2));
    if (!verb || !ACTING.has(verb) || startKey(claim.from) <= endKey(died) || possessive) return [];
    const message = `${e.label} died ${isoPhrase(e.died!.date)}, before ${claim.value.words}.`;
    return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.died!.source)];
  },

  undated(claim: Claim): Verdict {
    const { entity: e, severities } = claim;
    if (e.kind !== 'person' || severities.anachronisms === undefined) return undefined;
    const died = actingDead(claim, e);
    const late = died && (actingAtLaterOccasion(claim, died) ?? actingAtLaterDate(claim, died));
    if (!late) return [];
    const message =
      `${e.label} died ${isoPhrase(e.died!.date)},` +
      ('words' in late ? ` before ${late.words}.` : ` before the ${late.label} (${spanWords(late.from, late.to)}).`);
    return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.died!.source)];
  },
};

/** A verb of a thing done at the time, its object, then "by" and a title: "appointed Chancellor by Pres.". */
const BY_AGENT = new RegExp(
  String.raw`\b(?:appointed|ruled|governed|dismissed|sacked|named|made|led|headed|received|welcomed)\b` +
    String.raw`[^,;.()→]{0,25}?` +
    String.raw`\bby\s+(?:(?:Pres\.?|President|Chancellor|Kaiser|Tsar|Gen\.?|General|Field\s+Marshal|Marshal)\s+)?$`,
  'i',
);

/** The person's death, when the name (not a possessive) is followed by an acting verb: "Lenin spoke at …". */
function actingDead(claim: Claim, e: Entity): PartialDate | undefined {
  const { text, mention: m } = claim;
  const died = e.died ? parseIsoDate(e.died.date) : undefined;
  if (!died || /^['’]/.test(text.slice(m.end, m.end + 1))) return undefined;
  const verb = words(text.slice(m.end, m.end + 30))[0];
  return verb && ACTING.has(verb) ? died : undefined;
}

/** A congress, event, policy or document later in the clause, acted on by the person, begun after their death. */
function actingAtLaterOccasion(
  claim: Claim,
  died: PartialDate,
): { label: string; from: PartialDate; to: PartialDate } | undefined {
  const { ctx, text, clause, mention: m } = claim;
  for (const x of clause.mentions) {
    if (x.start < m.end || x.kind === 'date') continue;
    // Inside a bracket that opens after the person, it is something said of what the person did: "led the march
    // with the petition (8 hr day, constituent assembly, end the war)".
    const on = text.slice(m.end, x.start);
    if ((on.match(/\(/g)?.length ?? 0) > (on.match(/\)/g)?.length ?? 0)) continue;
    const o = ctx.kb.get(x.id);
    // A congress, an event, or a policy or document that did not exist yet ("welcomed the Hoover Moratorium").
    if (!o || !['congress', 'event', 'policy', 'document'].includes(o.kind)) continue;
    const s = datedSpan(o);
    // The label without a closing bracket ("Hoover Moratorium (1931)"): the message gives the dates itself.
    const label = o.label.replace(/\s*\([^()]*\)$/, '');
    if (s && startKey(s.from) > endKey(died)) return { label, from: s.from, to: s.to };
  }
  return undefined;
}

/**
 * The one date of the clause, after the person's acting verb and later than their death, with something named
 * between them ("Stresemann attacked the Nazis' gains in Sept 1930"): the act's date, unless a relative clause or
 * a word of time comes first ("…, who ruled until 1953").
 */
function actingAtLaterDate(claim: Claim, died: PartialDate): { words: string } | undefined {
  const { text, clause, mention: m } = claim;
  const dates = clause.mentions.filter((x) => x.kind === 'date');
  const d = dates.length === 1 && dates[0].start > m.end ? dates[0] : undefined;
  const from = d?.date && !d.date.approximate ? parseIsoDate(d.date.from) : undefined;
  if (!d || !from || startKey(from) <= endKey(died)) return undefined;
  if (/\b(?:who|which|that|whose|until|till|when|after|later|since)\b|[(;]/i.test(text.slice(m.end, d.start)))
    return undefined;
  return { words: d.date!.words };
}
