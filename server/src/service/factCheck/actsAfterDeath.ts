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
    const verb = words(text.slice(m.end, m.end + 30)).find((w) => w !== 's');
    const possessive = /['’]s?$/.test(text.slice(m.end, m.end + 2));
    if (!verb || !ACTING.has(verb) || startKey(claim.from) <= endKey(died) || possessive) return [];
    const message = `${e.label} died ${isoPhrase(e.died!.date)}, before ${claim.value.words}.`;
    return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.died!.source)];
  },

  undated(claim: Claim): Verdict {
    const { entity: e, severities } = claim;
    if (e.kind !== 'person' || severities.anachronisms === undefined) return undefined;
    const late = actingAtLaterOccasion(claim, e);
    if (!late) return [];
    const message =
      `${e.label} died ${isoPhrase(e.died!.date)},` + ` before the ${late.label} (${spanWords(late.from, late.to)}).`;
    return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.died!.source)];
  },
};

/** A congress, event, policy or document later in the clause, acted on by the person, begun after their death. */
function actingAtLaterOccasion(
  claim: Claim,
  e: Entity,
): { label: string; from: PartialDate; to: PartialDate } | undefined {
  const { ctx, text, clause, mention: m } = claim;
  const died = e.died ? parseIsoDate(e.died.date) : undefined;
  if (!died || /^['’]/.test(text.slice(m.end, m.end + 1))) return undefined;
  const verb = words(text.slice(m.end, m.end + 30))[0];
  if (!verb || !ACTING.has(verb)) return undefined;
  for (const x of clause.mentions) {
    if (x.start < m.end || x.kind === 'date') continue;
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
