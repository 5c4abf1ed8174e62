/**
 * Who killed a person: "Alexander II was assassinated by Zasulich" against the killers the knowledge base records
 * (`died.by`, where the source names them all).
 *
 * Precision first. Only "<person> was killed / shot / murdered / assassinated … by <person>", the name right after
 * "by"; never a body ("by the Cheka", "by Bolshevik agents": its members may have done it); and never someone the
 * knowledge base relates to the victim or to the killers, who may have ordered it ("killed by Stalin").
 */
import { Code, factFinding } from '../findings';
import { DEATH_TOLERATES, deathAfter } from './deathPlace';
import { tied } from './kbIndex';
import { listPhrase } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';

/** From the death to the killer's name: "by", a date or a place on the way. */
const BY = /^[^;:]{0,60}?\bby\s+(?:the\s+)?$/i;

export const killers: FactRule = {
  tolerates: DEATH_TOLERATES,
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  const by = p.kind === 'person' ? p.died?.by : undefined;
  if (!by?.length || severities.confusions === undefined) return undefined;
  const said = deathAfter(text, m, clause.to);
  if (said === undefined) return undefined;
  const who = clause.mentions.find((x) => x.start >= said && x.kind !== 'date' && x.kind !== 'place');
  if (!who || who.kind !== 'person' || who.candidates || !BY.test(text.slice(said, who.start))) return undefined;
  // The right killer: the date and the rest are for the rules after.
  if (by.includes(who.id)) return undefined;
  const named = ctx.kb.get(who.id);
  if (!named || [p, ...by.map((id) => ctx.kb.get(id))].some((x) => x && tied(x, named))) return undefined;
  const list = by.map((id) => ctx.kb.get(id)?.label ?? id);
  const all = listPhrase(list);
  return [
    factFinding(
      { line: clause.line, start: who.start, end: who.end },
      severities.confusions,
      Code.Confusion,
      `${p.label} was killed by ${all}, not ${named.label}.`,
      p.died!.source,
      list.length === 1 ? list[0] : undefined,
    ),
  ];
}
