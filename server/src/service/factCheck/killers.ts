/**
 * Who killed a person: "Alexander II was assassinated by Zasulich" against the killers the knowledge base records
 * (`died.by`, where the source names them all).
 *
 * Precision first. Only "<person> was killed / shot / murdered / assassinated … by <person>", the name right after
 * "by", or "<person> assassinated / murdered / killed / shot <person>", the killer right before the verb; and never
 * someone the knowledge base relates to the victim or to the killers, who may have ordered it ("killed by Stalin").
 * A body only against the bodies the killing's event records (see `byBody`).
 */
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { DEATH_TOLERATES, deathAfter } from './deathPlace';
import { perKnowledgeBase, tied } from './kbIndex';
import type { Mention } from '../../recogniser/types';
import { eventTold } from './personEvents';
import { listPhrase, theName } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';

/**
 * From the death to the killer's name: "by", a date or a place on the way, a title the name leaves out. Not the "by"
 * of another deed after a dash: "NKVD boss when Kirov killed – replaced by Yezhov 1936".
 */
const BY = new RegExp(
  String.raw`^(?![^;:]*\s[–—-]\s+\p{L}+ed\s+by\s)[^;:]{0,60}?\bby\s+(?:the\s+)?` +
    String.raw`(?:(?:Prince|Count|General|Admiral|Grand\s+Duke)\s+)?$`,
  'iu',
);

export const killers: FactRule = {
  tolerates: DEATH_TOLERATES,
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  const by = p.kind === 'person' ? p.died?.by : undefined;
  if (p.kind === 'person' && !by?.length && severities.confusions !== undefined) return attacker(claim);
  if (!by?.length || severities.confusions === undefined) return undefined;
  const said = deathAfter(text, m, clause.to);
  const first = said === undefined ? activeKiller(claim) : killerAfter(claim, said);
  if (!first) return undefined;
  if (first.kind === 'organisation') return said === undefined ? undefined : byBody(claim, said, first);
  // The right killer, and no other named with them: the date and the rest are for the rules after. One named with
  // them who is none of the killers is told: "killed by Prince Yusupov, Purishkevich and Grand Duke Michael".
  const who = by.includes(first.id) ? (said === undefined ? undefined : joinedKiller(claim, first, by)) : first;
  if (!who) return undefined;
  const named = ctx.kb.get(who.id);
  if (!named || [p, ...by.map((id) => ctx.kb.get(id))].some((x) => x && tied(x, named))) return undefined;
  // A surname a killer bears is theirs: "Plehve blown up by Sazonov" (Yegor, not Sergei the foreign minister).
  const written = foldName(text.slice(who.start, who.end));
  const surname = (x: Entity | undefined) => !!x && foldName(x.label).split(' ').pop() === written;
  if (by.some((id) => surname(ctx.kb.get(id)))) return undefined;
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

/** After the person, a shooting or an attack that the person lived through: "shot + wounded by", "attacked by". */
const ATTACKED = new RegExp(
  String.raw`^\s*(?:(?:was|is)\s+)?(?:shot|wounded|attacked|fired\s+(?:at|on))` +
    // A few words, a date or a bracket on the way: "shot 30 Aug 1918 by", "shot twice (badly wounded) by".
    String.raw`(?:\s*(?:and|&|\+)\s*(?:badly\s+|seriously\s+)?wounded)?(?:\s+(?:[\p{L}\d.]+|\([^()]*\))){0,4}?` +
    String.raw`\s+by\s+(?:the\s+)?(?:(?:Left\s+)?SRs?\s+)?(?:\{\{c\d+::)?$`,
  'iu',
);

/**
 * Who attacked a person who lived through it: "Lenin shot + wounded by Maria Spiridonova" against the one attempt
 * on the person's life the knowledge base records, and its perpetrators (people who relate to it as "perpetrator
 * of").
 */
function attacker(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  // Asked of every person no killer is recorded for: the one attempt first, which few have.
  const attempts = attemptsOn(ctx.kb).get(p.id);
  if (attempts?.length !== 1) return undefined;
  const who = clause.mentions.find((x) => x.start >= m.end && x.kind !== 'date');
  if (who?.kind !== 'person' || who.candidates || !ATTACKED.test(text.slice(m.end, who.start))) return undefined;
  const [event, doers] = attempts[0];
  const named = ctx.kb.get(who.id);
  // Not one tied to the attackers, who may have sent them; a rival of the victim's may well be named wrongly.
  if (!named || doers.includes(named) || doers.some((x) => tied(x, named))) return undefined;
  const list = listPhrase(doers.map((x) => x.label));
  return [
    factFinding(
      { line: clause.line, start: who.start, end: who.end },
      severities.confusions!,
      Code.Confusion,
      `${event.label}: made by ${list}, not ${named.label}.`,
      event.start?.source ?? event.sources[0].url,
      doers.length === 1 ? doers[0].label : undefined,
    ),
  ];
}

/** For each person, the attempts on their life the knowledge base records with their perpetrators. */
const attemptsOn = perKnowledgeBase((kb) => {
  const doers = new Map<string, Entity[]>();
  for (const x of kb.entities)
    for (const r of x.related ?? [])
      if (x.kind === 'person' && r.relation === 'perpetrator of') doers.set(r.id, [...(doers.get(r.id) ?? []), x]);
  const out = new Map<string, [Entity, Entity[]][]>();
  for (const e of kb.entities) {
    const by = doers.get(e.id);
    if (e.kind !== 'event' || !/\battempt/i.test(e.label) || !by) continue;
    for (const r of e.related ?? []) {
      const target = kb.get(r.id);
      // The one it was made on, named in its label ("Assassination attempt on Lenin"), not others it relates to.
      const named = target && foldName(e.label).includes(foldName(target.label).split(' ').pop()!);
      if (target?.kind === 'person' && named && !by.includes(target))
        out.set(r.id, [...(out.get(r.id) ?? []), [e, by]]);
    }
  }
  return out;
});

/** The person named after the death, with "by" on the way; or a body named there. */
function killerAfter(claim: Claim, said: number): Mention | undefined {
  const { text, clause } = claim;
  // A person's name before a building's names the building: "in the Yusupov palace".
  const who = clause.mentions.find(
    (x) =>
      x.start >= said &&
      x.kind !== 'date' &&
      x.kind !== 'place' &&
      !(x.kind === 'person' && BUILDING.test(text.slice(x.end, x.end + 16))),
  );
  if (who?.kind === 'organisation' && !who.candidates) return who;
  return who?.kind === 'person' && !who.candidates && BY.test(text.slice(said, who.start)) ? who : undefined;
}

/** Between the killers of a list: a comma, "and", "&", "+". */
const JOINED_KILLER = /^\s*(?:,|and|&|\+|,\s*and)\s*(?:(?:Prince|Count|General|Admiral)\s+)?$/i;

/** The first person joined to the killer named first who is none of the killers. */
function joinedKiller(claim: Claim, first: Mention, by: readonly string[]): Mention | undefined {
  const { text, clause } = claim;
  let prev = first;
  for (const x of clause.mentions) {
    if (x.start < first.end) continue;
    if (x.kind !== 'person' || x.candidates || !JOINED_KILLER.test(text.slice(prev.end, x.start))) return undefined;
    if (!by.includes(x.id)) return x;
    prev = x;
  }
  return undefined;
}

/** After a person's name, a building named after them. */
const BUILDING = /^(?:['’]s?)?\s+(?:palace|house|mansion|estate|dacha|villa|residence|home)\b/i;

/** Between the killer and the person, in the active voice: "Ivan Kalyayev assassinated Stolypin". */
const KILLED = /^\s+(?:assassinated|murdered|killed|shot(?:\s+dead)?)\s+(?:the\s+)?$/i;

/** The person right before a verb of killing that the claim's person follows: "Bogrov shot Stolypin". */
function activeKiller(claim: Claim): Mention | undefined {
  const { text, clause, mention: m } = claim;
  const before = clause.mentions.filter((x) => x.end <= m.start).pop();
  return before?.kind === 'person' && !before.candidates && KILLED.test(text.slice(before.end, m.start))
    ? before
    : undefined;
}

/** The verbs a killing's event may be named by. */
const KILLING_VERBS = ['assassinated', 'murdered', 'killed'];

/** From the death to a body's name: "by", and "a" or "the" ("by a Land and Liberty bomb"). */
const BY_BODY = /^[^;:]{0,60}?\bby\s+(?:the\s+|an?\s+)?$/i;
/** After the body's name, what of it did the killing, or nothing: "bomb", "bombers", "a member". */
const OF_BODY = new RegExp(
  String.raw`^(?:\s+(?:members?|bombs?|bombers?|militants?|terrorists?|agents?|assassins?|gunm[ae]n|` +
    String.raw`revolutionar(?:y|ies)|cell|squad))?(?![\p{L}'’-])`,
  'u',
);

/**
 * A body said to have killed the person, against the bodies the killing's event records as its doers (its
 * `participants` and `ledBy`, complete lists): "Alexander II killed 13 March 1881 by Land and Liberty bombers"
 * (People's Will). The event is the person's own killing, named by a verb of killing ("the Assassination of
 * Alexander II").
 */
function byBody(claim: Claim, said: number, who: Mention): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  if (!BY_BODY.test(text.slice(said, who.start)) || !OF_BODY.test(text.slice(who.end))) return undefined;
  const verb = /\b(assassinated|murdered|killed|executed|shot)\b/i.exec(text.slice(m.end, said))?.[1];
  // The killing is named by the verb written or by another of killing: "killed" for the Assassination of ….
  const verbs = verb ? [verb.toLowerCase(), ...KILLING_VERBS] : [];
  const event = verbs.map((v) => eventTold(ctx.kb, p, [v])).find((x) => x);
  const doers = event ? [...new Set([...(event.participants?.ids ?? []), ...(event.ledBy?.ids ?? [])])] : [];
  const bodies = doers.map((id) => ctx.kb.get(id)).filter((x): x is Entity => x?.kind === 'organisation');
  if (!event || !bodies.length || doers.includes(who.id)) return undefined;
  const named = ctx.kb.get(who.id);
  if (!named) return undefined;
  const source = event.participants?.source ?? event.ledBy!.source;
  return [
    factFinding(
      { line: clause.line, start: who.start, end: who.end },
      severities.confusions!,
      Code.Confusion,
      `${event.label}: ${listPhrase(bodies.map(theName))} carried it out, not ${theName(named)}.`,
      source,
      bodies.length === 1 ? theName(bodies[0]) : undefined,
    ),
  ];
}
