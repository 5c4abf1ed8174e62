/**
 * Fates told as a life that went on: "Beria arrested June 1953 → stripped of posts, exiled to Kazakhstan" (he was
 * shot that December), "Ulyanov → plot to kill the tsar (1887) → exiled to Siberia" (hanged that May), against a
 * death the knowledge base records as an execution or a killing without trial.
 *
 * And a death at home of any recorded kind told as one in exile ("Witte later died quietly in exile").
 *
 * Precision first. Only a person whose `died.manner` is `executed` or `murdered`; only a clause that opens with
 * them (alone, or with names joined to them); only words of exile, prison or escape that open a part of the clause
 * with no one else named there; and only when a date the clause writes (or an occasion it names) lies within the
 * year before the death, so that the exile could not have come earlier in a long life.
 */
import { monthKey, parseIsoDate, type PartialDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { withoutDates } from './clauses';
import { perKnowledgeBase, tied } from './kbIndex';
import { datedSpan } from './pairing';
import { fits, inside } from './places';
import { isoPhrase } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';
import { JOINED_NAMES } from './words';

/** A flight, in any tense: "escaped", "escapes", "has escaped", "managed to escape", "fled", "gets away". */
const FLIGHT =
  String.raw`(?:(?:has|had)\s+)?(?:(?:managed|manages)\s+to\s+)?` +
  String.raw`(?:escaped|escapes|escape|fled|flees|flee|got\s+away|gets\s+away|get\s+away)`;
/** The words LIVED_ON finds that tell a flight. */
const FLED = new RegExp(String.raw`^${FLIGHT}\b`, 'i');

/** Of the words LIVED_ON finds, those that tell the death itself: "died in a labour camp", "ended his days …". */
const TOLD_DEATH = /^(?:died|ended|lived)\b/i;

/** Words that tell of a life that went on, at the head of a part of the clause. */
const LIVED_ON = new RegExp(
  // "…, where he lived out his life in exile".
  String.raw`(?:^|[,;→>–—)&+]|\band\s+)\s*(?:where\s+(?:he|she)\s+)?(?:(?:was|were|then|later|quietly)\s+)*` +
    String.raw`(exiled|banished|deported|` +
    // "arrested in June 1953 and quietly pensioned off".
    String.raw`pensioned\s+off|allowed\s+to\s+retire|` +
    // "sent to run a power station in Kazakhstan", "packed off to manage …", "demoted to running …".
    String.raw`(?:sent(?:\s+off)?|packed\s+off|demoted|posted|dispatched)\s+to\s+` +
    String.raw`(?:manag(?:e|ing)|run(?:ning)?|direct(?:ing)?)\s+(?:a|an|the)\s+` +
    String.raw`[\p{L}-]+(?:\s+(?!(?:in|at|near|on)\b)[\p{L}-]+)?|` +
    String.raw`sent\s+(?:into\s+exile|to\s+(?:the\s+)?(?:Gulag|Siberia|a\s+(?:labou?r\s+)?camp|prison))|` +
    String.raw`given\s+(?:life\s+)?(?:imprisonment|prison\s+terms?)|emigrated|` +
    // "escaped abroad", "fled into exile", "escaped to Paris", "escapes to Japan", "manages to escape into exile",
    // "gets away east to Harbin".
    String.raw`${FLIGHT}\s+(?:(?:east|west|north|south)\s+)?` +
    String.raw`(?:abroad|into\s+exile|to\s+(?:exile\s+in\s+)?\p{Lu}\p{L}+)|` +
    String.raw`sentenced\s+to\s+(?:a\s+)?(?:labou?r\s+camp|the\s+Gulag|prison|hard\s+labou?r|exile|` +
    String.raw`\d+\s+(?:years|yrs))|` +
    // A death in a camp is not an execution: "Bukharin died in a Kolyma labour camp"; nor is one in exile.
    String.raw`died\s+in\s+(?:a\s+|the\s+)?(?:[\p{Lu}][\p{L}]+\s+)?(?:labou?r\s+camp|Gulag|camp)|` +
    String.raw`died\s+(?:there\s+)?(?:\p{L}+ly\s+)?(?:of\s+(?:\p{L}+\s+){0,2}?\p{L}+\s+)?in\s+exile|` +
    String.raw`ended\s+(?:his|her)\s+days\s+in\s+exile|` +
    String.raw`lived\s+out\s+(?:the\s+rest\s+of\s+)?(?:his|her)\s+(?:life|days)\s+(?:\p{L}+ly\s+)?in\s+exile)\b`,
  'giu',
);

export const fates: FactRule = {
  // "Then" and "later" tell the order of a life, not a doubt: "Kamenev later died in exile".
  tolerates: new Set(['later', 'then']),
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { entity: p, text, clause, mention: m, severities } = claim;
  const manner = p.kind === 'person' ? p.died?.manner : undefined;
  const killed = manner === 'executed' || manner === 'murdered';
  if (!manner || severities.confusions === undefined) return undefined;
  // A death at home of any kind recorded is no death in exile ("Witte later died quietly in exile": Petrograd).
  if (!killed && manner !== 'assassinated') return diedAtHome(claim);
  const died = parseIsoDate(p.died!.date);
  if (!died) return undefined;
  // The person opens the clause, or the part of it after an arrow or colon ("plot 1887 → Alexander Ulyanov exiled
  // to Siberia"), or is joined to the one who does; a second name of the same person beside it is no other.
  const part = partBefore(text, clause.from, m.start);
  const named = clause.mentions.filter((x) => x.kind !== 'date' && x.start >= part);
  const k = named.indexOf(m);
  if (k < 0) return undefined;
  const lead = withoutDates(text, clause.mentions, part, named[0].start);
  // A role may stand before the name: "organiser Sophia Perovskaya → exiled to Siberia for life".
  if (!LEAD.test(lead) && !(part > clause.from && /^\s*$/.test(lead))) return undefined;
  for (let i = 1; i <= k; i++) {
    const between = text.slice(named[i - 1].end, named[i].start);
    const same = named[i].id === named[i - 1].id && /^\s*$/.test(between);
    // Whose kin the person is: "Lenin's older bro Alexander Ulyanov → … → exiled to Siberia".
    const kin = i === k && named[i - 1].kind === 'person' && /^['’]s\s+(?:\p{Ll}+\s+){1,3}$/u.test(between);
    if (!same && !kin && !JOINED_NAMES.test(between)) return undefined;
  }
  const home = diedAtHome(claim);
  if (home || !killed) return home;
  // A life that went on needs a date near the death; a death told elsewhere ("died in a labour camp") does not.
  const near = anchored(claim, died);
  const body = text.slice(m.end, clause.to);
  // A flight told before a death in exile is a step on the way, not the fate: "fled abroad → died of illness in
  // exile, 1906" is judged by its death.
  const told = [...body.matchAll(LIVED_ON)];
  const death = told.filter((x) => TOLD_DEATH.test(x[1])).pop();
  for (const x of death ? [death] : told) {
    if (
      !near &&
      !TOLD_DEATH.test(x[1]) &&
      !lastSentence(claim, body, x.index + x[0].length) &&
      !(FLED.test(x[1]) && (AT_FALL.test(body) || AT_FALL.test(lead)))
    )
      continue;
    // Killed abroad is a death in exile: only a death not recorded abroad is judged.
    if (/\bexile$/i.test(x[1]) && !notAbroad(claim)) continue;
    const at = m.end + x.index + x[0].indexOf(x[1]);
    // No one else named in the part of the clause the words open.
    const partFrom = m.end + x.index;
    if (clause.mentions.some((y) => y.kind === 'person' && y.start >= partFrom && y.start < at)) continue;
    // A flight told before the killing, in the same sentence, is a step on the way: "Gapon fled abroad but was later
    // murdered by Socialist Revolutionaries in 1906".
    const rest = at + x[1].length;
    const sentence = /^[^.;!?]*/.exec(text.slice(rest))![0];
    const killing = TOLD_DEATH.test(x[1]) ? null : KILLED_LATER.exec(sentence);
    // Only a killing of the same person: not "…, while the other ringleaders were hanged".
    const later = killing && !OTHERS.test(sentence.slice(0, killing.index)) ? killing : null;
    if (later) {
      // Unless it was told as an execution, of one killed without trial: "… and was arrested and executed by the
      // tsarist police in 1906" (Gapon, killed by Socialist Revolutionaries).
      if (manner !== 'murdered' || !/^(?:executed|put\s+to\s+death)$/i.test(later[0])) continue;
      const where = { line: clause.line, start: rest + later.index, end: rest + later.index + later[0].length };
      const message = `${p.label} was killed without trial ${isoPhrase(p.died!.date)}, not executed.`;
      return [factFinding(where, severities.confusions, Code.Confusion, message, p.died!.source)];
    }
    // Fled to a place at home is no exile ("Kolchak fled to Irkutsk"): only a place the knowledge base puts abroad.
    if (FLED.test(x[1]) && /\bto\s+\S+$/i.test(x[1]) && !abroad(claim, at + x[1].length)) continue;
    const how = manner === 'executed' ? 'was executed' : 'was killed without trial';
    const said = pastOf(x[1].replace(/\s+/g, ' '));
    const message = TOLD_DEATH.test(said)
      ? `${p.label} ${how} ${isoPhrase(p.died!.date)}; the note's "${said}" is wrong.`
      : `${p.label} ${how} ${isoPhrase(p.died!.date)}, not ${said.replace(/^\S+/, (w) => w.toLowerCase())}.`;
    return [
      factFinding(
        { line: clause.line, start: at, end: at + x[1].length },
        severities.confusions,
        Code.Confusion,
        message,
        p.died!.source,
      ),
    ];
  }
  return undefined;
}

/** A flight in the past tense, as the finding says it: "escapes to Japan" → "escaped to Japan". */
function pastOf(said: string): string {
  return said
    .replace(/^(?:has|had)\s+/i, '')
    .replace(/^(?:managed|manages)\s+to\s+escape\b|^escapes?\b/i, 'escaped')
    .replace(/^flees?\b/i, 'fled')
    .replace(/^(?:gets|get)\s+away\b/i, 'got away');
}

/** Between the flight and a killing, words that tell of someone else. */
const OTHERS = /\b(?:while|whereas|whom|who|other|others|his|her|their)\b/i;

/** A killing told after the flight. */
const KILLED_LATER = /\b(?:murdered|killed|assassinated|executed|shot|hanged|strangled|lynched|put\s+to\s+death)\b/i;

/**
 * Words that tell the exile was the end of the story, with no date needed: "spared the rope and sent into exile",
 * "exiled to Siberia for life" (of one executed, on a line with no date and no escape or release).
 */
function lastSentence(claim: Claim, body: string, end: number): boolean {
  if (SPARED.test(body.slice(0, end))) return true;
  const { entity: p, clause } = claim;
  return (
    p.died?.manner === 'executed' &&
    /^(?:\s+(?:to|in|into)\s+(?:the\s+)?\p{Lu}\p{L}+)?\s+for\s+life\b/u.test(body.slice(end)) &&
    !clause.mentions.some((x) => x.kind === 'date') &&
    !FREED.test(body)
  );
}
/** A flight told at the fall of the person's power: the end of their story. */
const AT_FALL = new RegExp(
  String.raw`\b(?:(?:when|after|as)\s+(?:his|her)\s+(?:armies|army|forces|regime|government)\s+` +
    String.raw`(?:collapsed|fell|crumbled|were\s+defeated|was\s+defeated)|after\s+(?:his|her)\s+defeat)\b`,
  'i',
);
const SPARED = /\bspared\s+(?:the\s+(?:rope|noose|gallows|death\s+(?:sentence|penalty))|execution|death)\b/i;
const FREED = /\b(?:escaped|escapes|fled|flees|released|freed|pardoned|amnestied|returned|returns|came\s+back)\b/i;

/** Before the person who opens the clause: a list marker, bold, a time, and a role. */
const LEAD = new RegExp(
  // A thread's post number may lead: "13/27 Admiral Kolchak …".
  String.raw`^[\s\-*+•>\d.)/–—:]*(?:\*\*)?` +
    // A time opening the sentence: "After his arrest in June 1953, Beria was sent to …", "When his armies
    // collapsed in 1919, Kolchak escaped …".
    String.raw`(?:(?:after|following|in|on|by|during|when|as)\s[^,;:→]{0,40},\s*)?` +
    // Or a date with no comma, the date itself left out here: "In 1920 Kolchak escaped", "early in 1920 Kolchak …".
    String.raw`(?:(?:early|late)\s+)?(?:(?:in|on|by)\s+)?` +
    // Or a short one with no comma, of the person's own: "after his defeat Kolchak escaped to Paris".
    String.raw`(?:(?:after|following)\s+(?:his|her)\s+\p{L}+\s+)?` +
    String.raw`(?:(?:organi[sz]er|leader|terrorist|revolutionary|student|assassin|plotter|bomber|conspirator)\s+)?$`,
  'iu',
);

/** Where the part of the clause that holds `at` begins: after the last arrow or colon before it. */
function partBefore(text: string, from: number, at: number): number {
  let part = from;
  for (const x of text.slice(from, at).matchAll(/\s(?:→|->)\s|:\s/g)) part = from + x.index! + x[0].length;
  return part;
}

/** "Died in exile", told of a death where it is said. */
const DIED_IN_EXILE = new RegExp(
  String.raw`^[^,;]{0,40}?\b(?:died|dies|ended\s+(?:his|her|their)\s+days|` +
    String.raw`lived\s+out\s+(?:the\s+rest\s+of\s+)?(?:his|her|their)\s+(?:life|days))` +
    // "died quietly in exile", "died of illness in exile".
    String.raw`(?:\s+\p{L}+ly)?(?:\s+of\s+(?:\p{L}+\s+){0,2}?\p{L}+)?\s+in\s+exile\b`,
  'iu',
);

/**
 * "Erzberger → fled abroad, died in exile": a person who died at home said to die in exile. Only a death of a kind
 * recorded, in a town recorded, that lies in the country of the person's pack (its manifest's region)
 * and in none of the places the person was exiled to (a tsar held at Yekaterinburg died in internal exile).
 */
function diedAtHome(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  const rest = text.slice(m.end, clause.to);
  const said = /\bin\s+exile\b/i.exec(rest);
  if (!said || !p.died?.place) return undefined;
  const before = rest.slice(0, said.index + said[0].length);
  const death = /(?:^|[,;→>–—)&]|\band\s+|\bthen\s+|\blater\s+)\s*((?:died|dies|ended|lived)\b[^,;]*$)/i.exec(before);
  if (!death || !DIED_IN_EXILE.test(death[1])) return undefined;
  const place = ctx.kb.get(p.died.place);
  const country = homeCountry(ctx.kb, p);
  if (!place || !country || !fits(ctx.kb, place, country) || place.scale !== 'town') return undefined;
  const exiles = (p.exiledTo?.ids ?? []).map((id) => ctx.kb.get(id)).filter((x): x is Entity => !!x);
  if (exiles.some((x) => fits(ctx.kb, place, x))) return undefined;
  const how =
    p.died!.manner === 'executed'
      ? 'was executed'
      : p.died!.manner === 'assassinated'
        ? 'was assassinated'
        : p.died!.manner === 'murdered'
          ? 'was killed'
          : 'died';
  const at = m.end + death.index + death[0].indexOf(death[1]);
  const message = `${p.label} ${how} in ${place.label} (${country.label}) ${isoPhrase(p.died!.date)}; not in exile.`;
  return [
    factFinding(
      { line: clause.line, start: at, end: m.end + said.index + said[0].length },
      severities.confusions!,
      Code.Confusion,
      message,
      p.died!.source,
    ),
  ];
}

/** Is the place named where the words end (a mention ending there) one the knowledge base puts outside the home? */
function abroad(claim: Claim, end: number): boolean {
  const { ctx, entity: p, clause } = claim;
  const x = clause.mentions.find((y) => y.end === end && y.kind === 'place' && !y.candidates);
  const place = x ? ctx.kb.get(x.id) : undefined;
  const country = homeCountry(ctx.kb, p);
  if (!place || !country) return false;
  if (!fits(ctx.kb, place, country) && !fits(ctx.kb, country, place)) return true;
  // Two countries that share a border region are still two (Japan and Russia share Sakhalin's history); not one the
  // knowledge base ties to home, as the Russian Empire and the Soviet Union are to Russia.
  return (
    place.scale === 'country' &&
    country.scale === 'country' &&
    place.id !== country.id &&
    !tied(place, country) &&
    !inside(ctx.kb, place, country) &&
    !inside(ctx.kb, country, place)
  );
}

/** Was the person's death, where the knowledge base records its place, at home (in the country of their pack)? */
function notAbroad(claim: Claim): boolean {
  const { ctx, entity: p } = claim;
  if ((p.exiledTo?.ids.length ?? 0) > 0) return false;
  const place = p.died?.place ? ctx.kb.get(p.died.place) : undefined;
  const country = homeCountry(ctx.kb, p);
  return !place || (!!country && fits(ctx.kb, place, country));
}

/** The home of the person's pack, if the pack names one. */
function homeCountry(kb: KnowledgeBase, p: Entity): Entity | undefined {
  return p.pack ? homeOf(kb).get(p.pack) : undefined;
}

/** Each pack's home: the place its manifest's region names ("Russia", "Germany"). */
const homeOf = perKnowledgeBase((kb: KnowledgeBase) => {
  const out = new Map<string, Entity>();
  for (const pack of kb.packs) {
    const region = pack.manifest.region?.toLowerCase();
    const place = region
      ? kb.entities.find((e) => e.kind === 'place' && [e.label, ...e.aliases].some((n) => n.toLowerCase() === region))
      : undefined;
    if (place) out.set(pack.manifest.id, place);
  }
  return out;
});

/** Does the clause write a date, or name an occasion, that lies within the year before the death? */
function anchored(claim: Claim, died: PartialDate): boolean {
  const { ctx, clause } = claim;
  const spans: { from: PartialDate; to: PartialDate }[] = [];
  for (const x of clause.mentions) {
    if (x.kind === 'date' && x.date && !x.date.approximate) {
      const from = parseIsoDate(x.date.from),
        to = parseIsoDate(x.date.to);
      if (from && to) spans.push({ from, to });
    } else if (x.kind === 'event' || x.kind === 'congress') {
      const e = ctx.kb.get(x.id);
      const s = e && datedSpan(e);
      if (s) spans.push(s);
    }
  }
  if (clause.lineDate?.date) {
    const from = parseIsoDate(clause.lineDate.date.from),
      to = parseIsoDate(clause.lineDate.date.to);
    if (from && to) spans.push({ from, to });
  }
  const death = monthKey(died);
  return (
    spans.length > 0 &&
    spans.every((s) => monthKey(s.from) <= death) &&
    spans.some((s) => death - monthKey(s.to, true) <= 12)
  );
}
