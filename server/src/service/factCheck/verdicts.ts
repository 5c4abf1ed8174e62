/**
 * Verdicts: a defendant the court acquitted said to be convicted, sentenced, jailed or executed ("trial 1924: Hitler
 * & Ludendorff both jailed in Landsberg", "Vera Zasulich shot Gen. Trepov 1878 → jury convicted her"), against the
 * trials whose `acquitted` the knowledge base lists.
 *
 * Precision first. Someone acquitted once may be convicted at another time, so the line must tie the claim to the
 * trial: it names the trial, or it speaks of a trial or a sentence ("trial", "jury", "convicted") and gives the
 * trial's year. The person is the subject of the verb: right after the name (or the names joined to it: "Hitler &
 * Ludendorff both jailed"), or, when the person opens the line, after an arrow or as "the jury convicted her".
 */
import { parseIsoDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { OPENS_LINE, withoutDates } from './clauses';
import { perKnowledgeBase } from './kbIndex';
import type { Claim, FactRule, Verdict } from './rule';

/** A verb of conviction or punishment, as it opens what is said of the person. */
const CONVICTED =
  String.raw`(?:convicted|sentenced|jailed|imprisoned|found\s+guilty|executed|hanged|` +
  String.raw`sent\s+to\s+(?:prison|jail))`;
/** Right after the name (and names joined to it): "both jailed", "was convicted", "→ convicted and hanged". */
const SAID = new RegExp(
  String.raw`^\s*(?:[–—:]|→|->)?\s*(?:(?:was|were|both|all|then|later|also)\s+)*${CONVICTED}\b`,
  'i',
);
/** Further on: "→ jury convicted her". */
const BY_COURT = new RegExp(String.raw`\b(?:jury|court|judges?)\s+(?:convicted|sentenced|found)\s+(?:her|him)\b`, 'i');
/** After an arrow: the person who opens the line is its subject. */
const ARROW = new RegExp(String.raw`(?:→|->)\s*${CONVICTED}\b`, 'i');
/** A second verb of the same subject: "shot Governor Trepov (1878) and was sentenced to hard labour". */
const AND_SAID = new RegExp(String.raw`^[^;.→]{0,60}?\sand\s+(?:was|were)\s+(?:then\s+|later\s+)?${CONVICTED}\b`, 'i');
/** The person again, after a dash or an arrow: "… – she was convicted by a jury". */
const SHE_SAID = new RegExp(
  String.raw`(?:[–—;]|\s-|→|->)\s*(?:she|he)\s+(?:was|were)\s+(?:then\s+|later\s+)?${CONVICTED}\b`,
  'i',
);
/** Between names that are the subject together. */
const JOINED = /^\s*(?:,|and|&|\+)\s*$/i;
/** Words that tie a line to a trial, with its year. */
const TRIAL_WORDS = /\b(?:trial|tried|jury|court|judges?|convicted|sentenced|guilty)\b/i;

export const verdicts: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

/** For each person, the trials that acquitted them. */
const acquittals = perKnowledgeBase((kb: KnowledgeBase) => {
  const map = new Map<string, Entity[]>();
  for (const e of kb.entities) for (const id of e.acquitted?.ids ?? []) map.set(id, [...(map.get(id) ?? []), e]);
  return map;
});

function check(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  const trials = p.kind === 'person' ? acquittals(ctx.kb).get(p.id) : undefined;
  if (!trials || severities.confusions === undefined || /^['’]/.test(text.slice(m.end))) return undefined;
  // The names joined after the person: the verb follows the last of them.
  const named = clause.mentions.filter((x) => x.kind !== 'date');
  let last = m;
  for (let i = named.indexOf(m) + 1; i < named.length && JOINED.test(text.slice(last.end, named[i].start)); i++)
    last = named[i];
  const rest = text.slice(last.end, clause.to);
  // An arrow may end the clause: what follows it on the line is still said of the person who opens it.
  const line = text.slice(last.end);
  // The person opens the clause, after a list marker or a label ("juries tested: Vera Zasulich …").
  // A date may lead: "Jan 1878 Vera Zasulich shoots gen. Trepov — jury found her guilty".
  const opens =
    named[0] === m && OPENS_LINE.test(withoutDates(text, clause.mentions, clause.from, m.start).trimEnd() + ' ');
  const first = clause.mentions.find((x) => x.kind === 'person') === m;
  const said =
    SAID.test(rest) ||
    AND_SAID.test(rest) ||
    (opens && (BY_COURT.test(line) || ARROW.test(line))) ||
    (first && SHE_SAID.test(line));
  if (!said) return undefined;
  const trial = trials.find((t) => tiedTo(text, clause, t));
  if (!trial) return undefined;
  const year = trial.start ? parseIsoDate(trial.start.date)?.year : undefined;
  const message = `${p.label} was acquitted (${trial.label}${year ? `, ${year}` : ''}).`;
  return [factFinding(claim.at, severities.confusions, Code.Confusion, message, trial.acquitted!.source)];
}

/** Does the line name the trial, or speak of a trial and give its year? */
function tiedTo(text: string, clause: Claim['clause'], t: Entity): boolean {
  if (clause.mentions.some((x) => x.id === t.id)) return true;
  const year = t.start ? parseIsoDate(t.start.date)?.year : undefined;
  return year !== undefined && TRIAL_WORDS.test(text) && new RegExp(String.raw`\b${year}\b`).test(text);
}
