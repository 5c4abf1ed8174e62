/** Life dates: a person's death or birth given a date the knowledge base contradicts ("Zinoviev died in 1938"). */
import { dayNumber, endKey, monthKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase } from './kbIndex';
import { BY_NAME, datedSpan, inOldStyle, keyPersonFate, overlaps, plainApposition, writtenIn } from './pairing';
import { correctedDate, isoPhrase, writtenPhrase } from './phrases';
import type { Mention } from '../../recogniser/types';
import type { Clause } from './clauses';
import type { DatedClaim, FactRule, Verdict } from './rule';
import { BIRTH_WORDS, DEATH_WORDS, MONTH_THEN_NUMBER, NOT_ALWAYS_FATAL, RELATIVE_TIME } from './words';

/**
 * The person killed someone ("Hitler executed Röhm in 1934", "Stalin killed millions"): the death written is not
 * theirs. The verb follows the name with no "was", and an object follows the verb.
 */
const KILLED_SOMEONE = new RegExp(
  String.raw`^\s+(?:had\s+)?(?:executed|killed|murdered|shot|assassinated|hanged|poisoned|purged)\s+` +
    String.raw`(?!(?:in|at|by|on|after|for|dead|during|himself|herself)\b)` +
    // A date is no one shot: "Kirov shot Dec 1934".
    `(?!${MONTH_THEN_NUMBER})` +
    String.raw`(?:\p{Lu}|(?:the|a|an|many|his|her|their|thousands|hundreds|millions|most|all|some|several)\b|` +
    String.raw`\d[\d,.]*\s*(?:m\b|million|thousand|people|men|of))`,
  'u',
);

/** A death told as a noun of the person's: "… whose murder in December 1936 …". */
const WHOSE_DEATH = /\bwhose\s+(murder|death|assassination|execution)\b/i;

/** A verb of killing right before the person, who is its object. */
const OBJECT_DEATH = new RegExp(
  String.raw`\b(murdered|killed|assassinated|executed|shot|hanged|poisoned|` +
    String.raw`murders|kills|assassinates|executes|shoots|hangs|poisons)\s+$`,
  'i',
);

/** How many days before the death an attack that caused it may be dated. */
const ATTACK_DAYS = 31;

/** Before the date: the clause's opening, "On", "In" or "At 4.30 p.m. on". */
const OPENING_DATE = /^\s*(?:[-*+•>]\s+)?(?:(?:at\s+[\d.:]+\s*(?:[ap]\.?m\.?)?\s+)?on|in)\s+$/i;

/**
 * Does the date open the clause, and its killer follow it, then the verb and the person: "On 1 Dec 1936 Nikolaev
 * shoots Kirov"? Nothing dated or named but the killer on the way; the killer may have an apposition.
 */
function killedAfterDate(text: string, clause: Clause, m: Mention, d: Mention): boolean {
  if (d.end > m.start || !OPENING_DATE.test(text.slice(clause.from, d.start))) return false;
  const on = clause.mentions.filter((x) => x.start >= d.end && x.end <= m.start);
  return on.length === 1 && on[0].kind === 'person' && /^[\s,]*$/.test(text.slice(d.end, on[0].start));
}

/** Verbs of saying, alleging or charging. */
const SAID = new RegExp(
  String.raw`\b(?:announc(?:es|ed|ing)|claim(?:s|ed|ing)|alleg(?:es|ed|ing)|accus(?:es|ed|ing)|charg(?:es|ed)|` +
    String.raw`says|said|confess(?:es|ed))\b`,
  'i',
);

/** Before a name, a word that makes the person a companion, not the subject: "shared the prize with Briand". */
const WITH_BEFORE = /\b(?:with|alongside)\s+$/i;

/** A number of the dead right before the words of death: "5m died", "27 dead", "c. 2,000 killed". */
const COUNTED_DEATHS = new RegExp(
  String.raw`\b\d[\d,.]*\s*(?:m|k|mn|mln|mil|million|thousand)?\.?\s+` +
    String.raw`(?:(?:people|peasants|civilians|men)\s+)?(?:died|dead|killed)\b`,
  'i',
);
/** A thing blown up or bombed, not a person: "house blown up", "his dacha was bombed". */
const THING_HIT = new RegExp(
  String.raw`\b(?:house|home|dacha|villa|train|carriage|car|bridge|ship|palace|building|office|flat|apartment|hq)` +
    String.raw`\s+(?:was\s+)?(?:blown\s+up|bombed)\b`,
  'i',
);
/** A thing of its own born: "the republic was born". */
const OTHER_BORN = /\b(?:the|a|an|new)\s+\p{L}+\s+(?:was|were|is)\s+born\b/iu;

export const lifeDates: FactRule = {
  dated(claim: DatedClaim): Verdict {
    const { ctx, entity: e, text, clause, mention: m, date: d, severities } = claim;
    if (e.kind !== 'person' || severities.dates === undefined) return undefined;
    // "Gapon's march was shot at": a possessive name is not the one the verb is about, unless what it owns is
    // the death or the birth itself ("Lenin's death in 1924").
    const owned = /^(?:['’]s|s['’]?)?\s+(\p{L}+)/u.exec(text.slice(m.end));
    const possessive = /^['’]s?\b/.test(text.slice(m.end)) || m.bareS;
    if (possessive && owned && !DEATH_WORDS.test(owned[1]) && !BIRTH_WORDS.test(owned[1])) return undefined;
    // The words between the name and the date (and just after the name) say which of the person's dates it is.
    // Notes shorten "died" and "born" to "d." and "b.": "Stresemann d. Oct 1931".
    const lo = Math.min(m.end, d.end),
      hi = Math.max(m.start, d.start);
    const between = abbreviated(text.slice(lo, hi));
    const died = e.died ? parseIsoDate(e.died.date) : undefined;
    const next = text.slice(m.end, m.end + 60);
    // A court's declaring a person dead is not the death: "a German court only officially declared Hitler dead in
    // 1956". Asked last: most claims end sooner.
    if (
      died &&
      // What someone announced or alleged at the date is theirs to date: "13 Jan 1953 TASS announces Jewish doctors
      // murdered Zhdanov" (who died in 1948).
      !(d.end <= m.start && SAID.test(between)) &&
      !KILLED_SOMEONE.test(next) &&
      !HAD_KILLED.test(next) &&
      !SURVIVED.test(next) &&
      !DECLARED_DEAD.test(text.slice(clause.from, clause.to))
    ) {
      // A gloss in a bracket after the name is skipped: "Kirov (Leningrad party boss) shot at the Smolny".
      // Words, then a comma, end what is said of the person: "helped bring Hitler to power, died in 1969" is not
      // Hitler's death; "Kirov, shot Dec 1934" is Kirov's.
      // So is an apposition in plain words: "Kirov, the Leningrad party boss, was shot in December 1934".
      const told = text
        .slice(m.end + plainApposition(text, clause, m.end), clause.to)
        .replace(/^\s*\([^()]*\)/, '')
        .slice(0, 40);
      // A count after the comma is of others: "Hitler + Ludendorff, 16 Nazis killed".
      const counted = /^\s*[,;–—]\s*(?:\d|(?:approx|about|around|c\.|some|many|hundreds|thousands|dozens)\b)/i.test(
        told,
      );
      // A pronoun after an arrow, with someone else named before the person, may be that other: "Fanny Kaplan
      // shoots Lenin → she was executed on 3 Sept".
      const other =
        /^\s*(?:[,;–—]|→|->)\s*(?:he|she|they)\b/i.test(told) &&
        clause.mentions.some((x) => x.kind === 'person' && x.id !== m.id && x.end <= m.start);
      // A companion's verbs are the subject's: "Stresemann shared the 1926 prize with Briand and died in 1929".
      const companion = WITH_BEFORE.test(text.slice(Math.max(clause.from, m.start - 12), m.start));
      // A death told of someone or something named between the date and the person is theirs: "Aug 1934 –
      // Hindenburg dies → Hitler = Führer".
      // Not a place on the way to a date after the name, nor the agent of the death: "Kirov, Leningrad party boss,
      // shot at the Smolny, Dec 1936", "Rasputin murdered by Prince Felix Yusupov and others, Dec 1917".
      const aside = (x: Mention) =>
        d.start > m.end && (x.kind === 'place' || (x.kind === 'person' && BY_NAME.test(text.slice(lo, x.start))));
      const firstBetween = clause.mentions.find(
        (x) => x !== m && x.kind !== 'date' && x.start >= lo && x.end <= hi && !aside(x),
      );
      const someoneBetween = !!firstBetween;
      // With the date after the name, the words after the name are the words before the date: another named there,
      // before the death's word, is the one they tell of ("A3 → N2: A3 dies Oct 1894"; not "murdered at Yusupov's
      // palace Dec 1916").
      const deathAt = () => DEATH_WORDS.exec(text.slice(m.end, d.start))?.index ?? Infinity;
      const theirs = someoneBetween && d.start > m.end && firstBetween.start < m.end + deathAt();
      const after =
        counted || other || companion || theirs ? '' : foldName(/^\s*[,;–—]/.test(told) ? told : told.split(/[,;]/)[0]);
      // A key-people line tells the death just before its date: "- Rathenau – foreign minister, murdered June 1922".
      const toDate = text.slice(Math.max(m.end, d.start - 40), d.start);
      const fate = keyPersonFate(text, clause, m, d) && (DEATH_WORDS.test(toDate) || WHOSE_DEATH.test(toDate));
      // The person the object of a death's verb, the date right after: "Yusupov and his fellow plotters murdered
      // Rasputin in December 1915".
      // Or the date opening the clause, the killer and the verb after it: "On 1 Dec 1936 Nikolaev shoots Kirov".
      const killedBefore =
        (d.start > m.end && /^\s+(?:in|on)\s+$/.test(text.slice(m.end, d.start))) || killedAfterDate(text, clause, m, d)
          ? OBJECT_DEATH.exec(text.slice(Math.max(clause.from, m.start - 16), m.start))
          : null;
      const object = !!killedBefore;
      if (
        fate ||
        object ||
        (DEATH_WORDS.test(unsentenced(abbreviated(text.slice(clause.from, clause.to)))) &&
          DEATH_WORDS.test(unsentenced((someoneBetween ? '' : between) + ' ' + after.slice(0, 20)))) ||
        deathList(text, clause, m, d)
      ) {
        if (overlaps(died, died, claim.from, claim.to) || inOldStyle(e.died!.oldStyle, claim)) return [];
        // The clause gives the death's own date elsewhere, after the death's word: "June 1953 Khrushchev + Zhukov
        // arrest Beria → shot 23 Dec 1953".
        if (deathDatedElsewhere(claim, died)) return [];
        // A thing of theirs blown up is not their death: "Stolypin: house blown up Aug 1906".
        if (THING_HIT.test(between + ' ' + after.slice(0, 20))) return [];
        // A count of the dead is others' deaths: "(Conquest: up to 5m died 1929–33)", "bomb at Stolypin's: 27 dead".
        if (COUNTED_DEATHS.test(between + ' ' + after.slice(0, 20))) return [];
        // An assassination dated by its attack, in the month before the death: "Heydrich assassinated (May 1942)"
        // (attacked 27 May, died 4 June).
        const attacked = e.died!.manner === 'assassinated' || e.died!.manner === 'murdered';
        const before = dayNumber(died) - dayNumber(claim.to, true);
        if (attacked && before > 0 && before <= ATTACK_DAYS) return [];
        // A date that is an event's of the clause, in which the person died: "Night of the Long Knives June 1934:
        // Röhm & SA leaders killed" (the purge ran 30 June – 2 July; Röhm was shot on 1 July).
        if (diedInEventThen(claim, died)) return [];
        // One who killed someone at the date written is among the killers a list gives: "killed at the Yusupov
        // palace: Yusupov, Purishkevich, Gd Duke Dmitri" (Rasputin's death).
        if (killedThen(claim)) return [];
        // A time counted from the date: "29 Apr 1945 Hitler married Eva Braun → both killed themselves next day".
        if (d.end <= m.start && RELATIVE_TIME.test(text.slice(m.end, clause.to))) return [];
        // The words that tell the death.
        const told = fate ? toDate : between + ' ' + after.slice(0, 20);
        // "Lenin was shot in 1918": a word that may wound as well as kill says nothing sure of the death's date.
        const said = killedBefore?.[1].toLowerCase() || (DEATH_WORDS.exec(told)?.[1].toLowerCase() ?? 'died');
        // Unless the death was an execution or a murder and the date written comes after it: no one is shot, and
        // lives, after dying ("Tukhachevsky shot in 1939": he was shot in 1937).
        const fatal = !!e.died!.manner && e.died!.manner !== 'suicide' && startKey(claim.from) > endKey(died);
        // "Shot dead" says the death.
        const dead = /\bshot\s+dead\b/i.test(told);
        // So does a killing of one murdered and never attacked before, as the knowledge base has it: "Kirov shot 1
        // Dec 1933" (Lenin, shot in 1918, lived on; so did a ruler "shot at").
        // Not in the two months before the death, which may have come days after the shot (Stolypin).
        // So does a shooting of one executed, and never attacked before: "Yezhov shot Feb 1939" (February 1940).
        const murdered =
          (e.died!.manner === 'assassinated' || e.died!.manner === 'murdered' || e.died!.manner === 'executed') &&
          monthKey(died) - monthKey(claim.to, true) > 2 &&
          !/\bshot\s+at\b/i.test(told) &&
          !attemptedOn(ctx.kb).has(e.id);
        // Nothing sure of the death, then; what the shot was may be another rule's ("Lenin shot 30 Aug 1919": the
        // attempt on his life, personEvents.ts).
        if (NOT_ALWAYS_FATAL.has(said) && !fatal && !dead && !murdered) return undefined;
        const message = `${e.label} died ${isoPhrase(e.died!.date)}, not ${writtenPhrase(d)}.`;
        const fix = correctedDate(d, died);
        return [factFinding(claim.dateAt, severities.dates, Code.WrongDate, message, e.died!.source, fix)];
      }
    }
    const born = e.born ? parseIsoDate(e.born.date) : undefined;
    // Not another thing's birth: "how the Kaiser fell + the republic was born (Oct 1918 – Jan 1919)".
    // Nor the birth of another named between the date and the name: "17 Apr 1818,Alex II born,… eldest son of
    // Nicholas I".
    const another = clause.mentions.some((x) => x.kind === 'person' && x.id !== m.id && x.start >= lo && x.end <= hi);
    if (born && BIRTH_WORDS.test(between) && !OTHER_BORN.test(between) && !another) {
      if (overlaps(born, born, claim.from, claim.to) || inOldStyle(e.born!.oldStyle, claim)) return [];
      // A birth the sources date a year apart (Makhno: 1888 by the church's record, 1889 as registered).
      if (e.born!.approximate && Math.abs(claim.from.year - born.year) <= 1) return [];
      const message = `${e.label} was born ${isoPhrase(e.born!.date)}, not ${writtenPhrase(d)}.`;
      const fix = correctedDate(d, born);
      return [factFinding(claim.dateAt, severities.dates, Code.WrongDate, message, e.born!.source, fix)];
    }
    return undefined;
  },
};

/** "d." and "b." after a name or at a word's start, written out: "Stresemann d. Oct 1931" is "Stresemann died …". */
function abbreviated(s: string): string {
  return s.replace(/(^|[\s(])([db])\.(?=\s)/g, (_, pre: string, c: string) => pre + (c === 'd' ? 'died' : 'born'));
}

/** A sentence of death is no death, nor its date the death's: "van der Lubbe sentenced to death, Dec 1933". */
const SENTENCED = new RegExp(
  String.raw`\b(?:sentenced|sentences|sentencing|condemned|condemns)["”’']?\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:I{1,3}\s+)?)?` +
    String.raw`to\s+death\b|` +
    String.raw`\bdeath\s+(?:sentence|penalty)\b`,
  'giu',
);

function unsentenced(s: string): string {
  // In quotes too: its Executive Committee "sentenced" Alexander II to death in 1879.
  return s.replace(SENTENCED, ' ');
}

/** The person had someone killed: "Hitler had him murdered in 1934", "Stalin had Kirov shot". */
const HAD_KILLED = new RegExp(
  String.raw`^\s+(?:had|ordered|got)\s+(?:him|her|them|\p{Lu}[\p{L}'’-]*)\s+` +
    String.raw`(?:executed|killed|murdered|shot|assassinated|hanged)\b`,
  'u',
);

/** A list's head that says its names died: "murders:", "executions:", "deaths in the purges:". */
const DEATH_HEAD =
  /\b(?:murders?|executions?|deaths?|assassinations?|killings?|died|killed|executed|murdered|assassinated)\b/i;

/**
 * A list of deaths under a head that names them: "political murders: Erzberger 1921, Rathenau June 1924". The head
 * (before the colon) holds a word of death, the list holds only names and their dates, and the person's date
 * stands right after the name.
 */
function deathList(text: string, clause: DatedClaim['clause'], m: Mention, d: Mention): boolean {
  const colon = text.lastIndexOf(':', m.start);
  // The date right after the name, or in a bracket after it: "murders: Erzberger (Aug 1921), Rathenau (June 1922)".
  const bracketed = /^\s*\(\s*$/.test(text.slice(m.end, d.start)) && /^\s*\)/.test(text.slice(d.end));
  if (colon < clause.from || d.start < m.end || (!/^\s*$/.test(text.slice(m.end, d.start)) && !bracketed)) return false;
  if (!DEATH_HEAD.test(text.slice(clause.from, colon))) return false;
  let rest = text.slice(colon + 1, m.start);
  for (const x of clause.mentions)
    if (x.start > colon && x.end <= m.start) rest = rest.replace(text.slice(x.start, x.end), '');
  return /^[\s,;&+()]*(?:and\s*)?$/i.test(rest.replace(/\s+and\s+/gi, ','));
}

/** The people an attempt on whose life the knowledge base records ("Assassination attempt on Lenin"). */
const attemptedOn = perKnowledgeBase((kb) => {
  const ids = new Set<string>();
  for (const x of kb.entities) {
    if (x.kind === 'event' && /\battempt/i.test(x.label)) for (const r of x.related ?? []) ids.add(r.id);
    // Or one whose own record tells of an attempt survived: "After an attempt on his life in 1866 …" (Alexander II).
    if (
      x.kind === 'person' &&
      [x.summary, x.fate, ...(x.facts ?? []).map((f) => f.text)].some((t) => t && ON_LIFE.test(t))
    )
      ids.add(x.id);
  }
  return ids;
});
/** A record's words for an attempt on the person's life that failed. */
const ON_LIFE = /\b(?:attempts?\s+on\s+(?:his|her)\s+life|survived\b[^.;]{0,40}\battempts?)\b/i;

/** Does an event named in the clause take in both the date written and the person's death? */
function diedInEventThen(claim: DatedClaim, died: PartialDate): boolean {
  return claim.clause.mentions.some((x) => {
    const ev = x.kind === 'event' && !x.candidates ? claim.ctx.kb.get(x.id) : undefined;
    const span = ev && datedSpan(ev);
    return !!span && overlaps(span.from, span.to, claim.from, claim.to) && overlaps(span.from, span.to, died, died);
  });
}

/** For each person the knowledge base records as a killer, the deaths of those they killed. */
const victimsDeaths = perKnowledgeBase((kb) => {
  const out = new Map<string, PartialDate[]>();
  for (const x of kb.entities) {
    const d = x.died?.by?.length ? parseIsoDate(x.died.date) : undefined;
    if (!d) continue;
    for (const id of x.died!.by!) {
      const list = out.get(id);
      if (list) list.push(d);
      else out.set(id, [d]);
    }
  }
  return out;
});

/** Did the person kill someone at the date written, as the knowledge base records it? */
function killedThen(claim: DatedClaim): boolean {
  const deaths = victimsDeaths(claim.ctx.kb).get(claim.entity.id) ?? [];
  return deaths.some((d) => overlaps(d, d, claim.from, claim.to) || Math.abs(monthKey(d) - monthKey(claim.from)) <= 1);
}

/** A death declared, not died: "a German court only officially declared Hitler dead". */
const DECLARED_DEAD = /\bdeclared\b[^.;]{0,40}\bdead\b/i;

/**
 * Right after the name, the person lived through what killed others: "a bomb at his dacha killed 28 people, but
 * Stolypin was only slightly hurt".
 */
const SURVIVED = new RegExp(
  String.raw`^\s+(?:(?:was|were)\s+(?:only\s+)?(?:slightly\s+|lightly\s+|badly\s+)?` +
    String.raw`(?:hurt|wounded|injured|unhurt|unharmed)|survived|escaped\s+(?:unhurt|unharmed|with)|` +
    String.raw`(?:was|were)\s+not\s+(?:hurt|harmed))\b`,
  'i',
);

/** Does another date of the clause, after a word of death, fit the death? */
function deathDatedElsewhere(claim: DatedClaim, died: PartialDate): boolean {
  const { text, clause, date: d } = claim;
  return clause.mentions.some(
    (x) =>
      x !== d &&
      x.kind === 'date' &&
      x.start >= d.end &&
      writtenIn({ from: died, to: died }, x) &&
      DEATH_WORDS.test(text.slice(d.end, x.start)),
  );
}
