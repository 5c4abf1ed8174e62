/**
 * When a body, a policy or a long event began: "Zemstva set up 1874" (1864), "Land Captains created 1881" (1889),
 * "1st FYP began 1930" (1928), and a list item that opens with a policy and its date ("- Young Plan 1927 → …":
 * 1929), or with a date before the policy's start and then the policy ("- 1927 – Young Plan cuts reparations"),
 * against the entity's `start`.
 *
 * Precision first. Only a verb of beginning right after the name ("was set up", "created", "introduced",
 * "announced", "began"…), or a policy at the head of a list item with its date right after it. A beginning is often
 * dated loosely (a law of December, a body at work from the next spring): a year written within a year of the
 * recorded start is right, and a month or a day within six months of it. An event's beginning is often argued
 * (the purges "began" with Kirov's murder): only one said to begin two years or more after its recorded start,
 * with nothing it began "with", or five years or more before it, is checked.
 */
import { dayNumber, monthKey, parseIsoDate, precisionOf, type PartialDate } from '../../kb/dates';
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { congressAfter, definedParticiple, plainApposition, TERM_HEAD } from './pairing';
import { words } from './clauses';
import { correctedDate, isoPhrase, spanWords } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';

/** How many years before an event's recorded start a beginning said is surely wrong. */
const EARLY_YEARS = 5;

/** After the name: the verb that says it began. */
const BEGAN_VERB =
  String.raw`(?:set\s+up|created|founded|established|introduced|formed|brought\s+in|launched|adopted|instituted|` +
  // "Cheka born 20 Dec 1918": a body is born when it is set up.
  String.raw`announced|proclaimed|began|begun|begins|started|starts|born|est\.(?=\s))`;
/**
 * A word after an active verb of beginning is its object, unless it is a word of time, place or manner, or a
 * month, or a word before a date ("set up le 20/12/1918"): "the Bolsheviks brought in conscription" (not "the
 * Cheka, set up in December 1917").
 */
const OBJECT =
  String.raw`(?!(?:in|on|at|by|under|during|after|before|as|with|from|to|for|of|when|while|and|but|until|around|` +
  String.raw`about|following|amid|since|again|there|here|then|soon|only|first|\p{L}+ly|` +
  // The pattern is read without case: a month is no object ("Cheka set up Dec 1918").
  String.raw`jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|` +
  String.raw`september|october|november|december|` +
  // Nor the words of a Vietnamese date: "Cheka set up ngày 20 tháng 12 năm 1918".
  String.raw`ngày|tháng)(?!\p{L}))\p{Ll}+\b(?!\s+\d)`;
const BEGAN = new RegExp(
  // A dash or a colon may come first, a definition's: "- Cheka – set up in December 1918 under Dzerzhinsky".
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:(?:[–—:]|\s-)\s*)?(?:` +
    String.raw`(?:was|were|is|are|had\s+been|got)\s+(?:first\s+)?(?:formally\s+|officially\s+)?${BEGAN_VERB}|` +
    // "The Red Army launched Operation Uranus": with no "was", a verb with an object is the thing's own deed.
    // "USSR formally created".
    String.raw`(?:first\s+)?(?:formally\s+|officially\s+)?${BEGAN_VERB}` +
    // Nor "the SS set up first concentration camp at Dachau".
    String.raw`(?!\s+(?:the|a|an|its|his|her|their|Operation)\b|\s+${OBJECT}|` +
    String.raw`\s+(?:first|1st)\s+(?!(?:in|on|at|by|as|time)\b)\p{Ll}{3,})|` +
    // A participle between commas: "The Land Captains, introduced in 1899, were …"; or a clause of its own: "The
    // Cheka, which was set up in Dec 1918 under Dzerzhinsky, …".
    String.raw`,\s+(?:which\s+(?:was|were)\s+)?(?:first\s+)?${BEGAN_VERB}(?=\s+(?:in|on|at)\s)|` +
    // What came in at a date: "The Rentenmark came in on 15 Nov 1924".
    String.raw`(?:came|comes)\s+in(?=\s+(?:on|in)\s+\d|\s+\d))` +
    // "NEP started to stall in 1926", "began falling": another verb's beginning, not the thing's. Nor a level it
    // began at: "reparations started at 1 billion marks a year".
    String.raw`(?!\s+to\b|\s+\p{L}+ing\b|\s+at\s+(?:\d|about|around|some|over|only)\b)`,
  'iu',
);
/** Before the name, a verb of beginning it with its maker as the subject: "launched the", "set up a". */
const BEGUN_BEFORE = new RegExp(
  String.raw`\b(?:launched|launches|introduced|introduces|brought\s+in|set\s+up|sets\s+up|founded|founds|created|` +
    String.raw`creates|established|establishes|approves|enacts)\s+` +
    // "brought in the new Reichsmark".
    String.raw`(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:new\s+)?$`,
  'i',
);
/** Before a body: an active verb that makes it, with its maker as the subject: "Sovnarkom set up the Cheka". */
const BODY_BEGUN_BEFORE =
  /\b(?:set\s+up|sets\s+up|created|creates|established|establishes)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?$/i;
/**
 * After a body made by an active verb: a noun that is what was made ("set up the Cheka's successor", "the NKVD
 * troikas").
 */
const ANOTHER_MADE =
  /^(?:['’]s\b|\s+(?!(?:in|on|at|under|to|as|by|with|from|for|and|which|that|after|soon|headed|led|run)\b)\p{Ll})/u;
/**
 * A description of one or two plain words between a body and its "was": "The Cheka secret police was set up in …".
 */
/** A plain word of a description: not a word that joins, points or times. */
const PLAIN_WORD =
  String.raw`(?!(?:and|or|of|the|a|an|then|itself|also|only|first|later|soon|which|that|to|in|on|at|by)\b)` +
  String.raw`\p{Ll}[\p{L}-]*`;
const DESCRIBED = new RegExp(String.raw`^(?:\*\*|__)?\s+${PLAIN_WORD}(?:\s+${PLAIN_WORD})?(?=\s+(?:was|were)\s)`, 'u');

/** The verbs of beginning an event may take: it is not "set up" or "founded". */
const EVENT_BEGAN = /\b(?:began|begun|begins|started|starts|launched)\b/i;
/** Before a long event's name: the beginning of its work. */
const WORK_BEGAN =
  /\b(?:work|construction|building)\s+(?:began|begins|started|starts|(?:was|is)\s+begun)\s+on\s+(?:the\s+)?$/i;
/** Before a long event's name, the work on it, its beginning told after the name: "Construction of … begins". */
const WORK_OF = /\b(?:construction|building)\s+of\s+(?:the\s+)?$/i;
/** How far from the recorded start a written month or day may lie, in months. */
const LOOSE_MONTHS = 6;
/** Does the name written end in the singular of a plural in the label: "party purge" of "Purges of the Party"? */
function oneOfMany(label: string, written: string): boolean {
  const own = new Set(words(label));
  const head = words(written).pop() ?? '';
  return head.length > 3 && !own.has(head) && own.has(`${head}s`);
}

/** How many years from a body's start a date in a bracket after its name may be a slip for the start. */
const BODY_SLIP_YEARS = 5;

/** Before a name, a preposition that makes it part of another thing's phrase. */
const INSIDE = /\b(?:of|into|to|for|from|against|with|among|and)\s+(?:the\s+)?$/i;

/** Before the name, a question's auxiliary: "What did the Bolsheviks set up …". */
const ASKED_OF = /\b(?:did|does|do)\s+(?:the\s+)?$/i;

/** Between the verb of beginning and the congress it was begun at: "introduced at the 10th Congress". */
const AT_CONGRESS = /^\s+(?:at|by)\s+(?:the\s+)?$/i;

export const founding: FactRule = {
  /** Begun at a congress that met years away from the start: "NEP brought in at the 12th Party Congress" (10th). */
  undated(claim: Claim): Verdict {
    const { ctx, entity: e, text, clause, mention: m, severities } = claim;
    if ((e.kind !== 'organisation' && e.kind !== 'policy') || severities.dates === undefined) return undefined;
    const start = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
    const verb = BEGAN.exec(text.slice(m.end, clause.to));
    if (!start || !verb) return undefined;
    const c = congressAfter(ctx, text, clause, m.end + verb[0].length, AT_CONGRESS);
    if (!c) return undefined;
    if (Math.abs(c.span.from.year - start.year) <= 1) return [];
    const did = e.kind === 'organisation' ? 'set up' : 'introduced';
    const when = spanWords(c.span.from, c.span.to);
    const message = `${e.label}: ${did} ${isoPhrase(e.start!.date)}, not at the ${c.entity.label} (${when}).`;
    const where = { line: clause.line, start: c.mention.start, end: c.mention.end };
    return [factFinding(where, severities.dates, Code.WrongDate, message, e.start!.source)];
  },

  dated(claim: DatedClaim): Verdict {
    const { entity: e, text, clause, mention: m, date, severities } = claim;
    const event = e.kind === 'event';
    // A state that began and ended is set up as a body is: "Dec 1924 – USSR formally created" (30 December 1922).
    const state = e.kind === 'place' && e.scale === 'country' && !!e.end;
    if ((e.kind !== 'organisation' && e.kind !== 'policy' && !event && !state) || severities.dates === undefined)
      return undefined;
    // An announcement known to the day, dated on that day in another year: "'liquidation of the kulaks as a class'
    // announced 27 Dec 1930" (1929). However loosely the campaign's start is dated, the day and month say which
    // act is meant.
    const misyeared = announcedInAnotherYear(claim);
    if (misyeared) return misyeared;
    const start = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
    if (!start || date.date?.approximate) return undefined;
    // One of a policy the label calls by a plural: "party purge 1935" is one of the purges begun in 1921.
    if (e.kind === 'policy' && oneOfMany(e.label, text.slice(m.start, m.end))) return undefined;
    // A plain apposition stands aside: "The Cheka, the new secret police under Felix Dzerzhinsky, was set up in …".
    let after = m.end + plainApposition(text, clause, m.end);
    if (e.kind === 'organisation' && after === m.end) after += DESCRIBED.exec(text.slice(after))?.[0].length ?? 0;
    const verb = BEGAN.exec(text.slice(after, clause.to));
    // "Cheka = secret police vs counter-revolution, set up 20 Dec 1918": a definition's participle of beginning.
    const defined = !event && definedParticiple(claim.ctx, text, clause, m, date);
    // "1898 – work begins on the Trans-Siberian Railway": the beginning told before the name.
    const before = text.slice(clause.from, m.start);
    const work = event && (WORK_BEGAN.test(before) || (WORK_OF.test(before) && !!verb && EVENT_BEGAN.test(verb[0])));
    if (event && !(((verb && EVENT_BEGAN.test(verb[0])) || work) && e.end)) return undefined;
    // A brief event (a putsch of days) began when it happened: its date is judged as the event's own.
    if (event && brief(e)) return undefined;
    // A term that heads its line or item, its date right after it: "- **Dawes Plan** (1926)", "**Four Year Plan**
    // (1938) – Göring in charge". A body's, only in a bracket, to the month or the day, and within a few years of its
    // start, named as itself: "**Cheka** (20 Dec 1918) – …" (a date long after is of something it did: "**Reichstag**
    // (27 Feb 1933)").
    const termDate =
      TERM_HEAD.test(text.slice(0, m.start)) &&
      date.start >= m.end &&
      // Bold may close the name.
      /^(?:\*\*|__)?[\s,(]*$/.test(text.slice(m.end, date.start));
    const headed =
      termDate &&
      (e.kind === 'policy' ||
        (e.kind === 'organisation' &&
          // Not its members: "**Spartacists** (Jan 1919) – … rising" dates what they did.
          !/\p{Ll}s$/u.test(text.slice(m.start, m.end)) &&
          /\($/.test(text.slice(m.end, date.start).trim()) &&
          /^\s*\)/.test(text.slice(date.end)) &&
          precisionOf(claim.from) !== 'year' &&
          Math.abs(claim.from.year - start.year) <= BODY_SLIP_YEARS));
    // Or the date first, leading the item, then the policy: "- 1927 – Young Plan cuts reparations" (1929). Only a
    // date before the start: a later one may tell of the policy at work.
    const led =
      e.kind === 'policy' &&
      date === clause.lineDate &&
      date.end <= m.start &&
      /^\s*(?:[–—:]|-|→)\s*(?:the\s+)?$/.test(text.slice(date.end, m.start)) &&
      claim.to.year < start.year;
    // Or the line's date before a start, and a verb of beginning before the name: "**12 July 1879** – Alexander III
    // approves the Land Captain Statute" (1889).
    const begunBefore =
      e.kind === 'policy' && BEGUN_BEFORE.test(text.slice(Math.max(clause.from, m.start - 24), m.start));
    const begunAtLine = begunBefore && date === clause.lineDate && date.end <= m.start && claim.to.year < start.year;
    // A body made by an active verb right before it, dated by the line or right after it: "On 20 Dec 1918 Sovnarkom
    // set up the Cheka", "Sovnarkom set up the Cheka on 20 Dec 1918". Not "founded": a party may have been founded
    // under a name it bore before.
    const bodyBegun =
      !verb &&
      e.kind === 'organisation' &&
      BODY_BEGUN_BEFORE.test(text.slice(Math.max(clause.from, m.start - 24), m.start)) &&
      !ANOTHER_MADE.test(text.slice(m.end)) &&
      ((date === clause.lineDate && date.end <= m.start) ||
        (date.start >= m.end && /^\s+(?:in|on)\s+$/i.test(text.slice(m.end, date.start))));
    // Or the date as the policy's own, after "of": "the Dawes Plan of 1926" (1924).
    const own = e.kind === 'policy' && date.start >= m.end && /^\s+of\s+$/.test(text.slice(m.end, date.start));
    // Or the verb before the name and the date right after it: "He launched the Virgin Lands scheme in 1958".
    const begun =
      !verb &&
      // Not a body: one may have been founded under a name it bore before ("founded the German Workers' Party").
      begunBefore &&
      date.start >= m.end &&
      /^\s+(?:(?:scheme|campaign|programme|program|policy|plan)\s+)?(?:in|on)\s+$/i.test(text.slice(m.end, date.start));
    if (!verb && !headed && !work && !led && !own && !begun && !begunAtLine && !defined && !bodyBegun) return undefined;
    // A question's subject after "did" is the maker of what was set up: "What body did the Bolsheviks set up in
    // December 1917 …?".
    if (verb && ASKED_OF.test(before)) return undefined;
    // A name inside a phrase that heads another thing: what "was formed" or "launched" is the head's ("the Harzburg
    // Front of nationalists and Nazis was formed in 1931", "the recruitment of workers into the Communist Party
    // launched in 1924").
    // Unless the head is the work on it: "Construction of the Trans-Siberian Railway begins".
    if (verb && !work && INSIDE.test(text.slice(Math.max(clause.from, m.start - 16), m.start))) return undefined;
    // Another name between the verb and the date has the date: "where the Nazi Party was founded and Hitler
    // attempted his putsch in 1923".
    if (
      verb &&
      date.start >= after + verb[0].length &&
      clause.mentions.some(
        (x) => x !== date && x.kind !== 'date' && x.start >= after + verb[0].length && x.end <= date.start,
      )
    )
      return undefined;
    // The verb's date: after the verb, with nothing named between; or before the name, opening the clause.
    if (verb && date.start >= m.end && date.start < after + verb[0].length) return undefined;
    if (claim.from.year <= start.year && claim.to.year >= start.year) return [];
    if (near(claim, start)) return [];
    // A beginning said years before the recorded one is wrong however the start is argued: "Trans-Siberian Railway
    // begun 1881" (1891).
    const early = event && claim.to.year <= start.year - EARLY_YEARS;
    if (event && !early && (claim.from.year < start.year + 2 || /\bwith\b/i.test(text.slice(m.end, clause.to))))
      return [];
    const did = event ? 'began' : state ? 'created' : e.kind === 'organisation' ? 'set up' : 'introduced';
    // A body of the same kind and head word begun at the date written may be the one meant ("Petrograd Soviet"
    // in 1905 for the St Petersburg Soviet): say so, and offer no new date.
    const twin = event ? undefined : twinAt(claim);
    const message =
      `${e.label}: ${did} ${isoPhrase(e.start!.date)}, not ${claim.value.words}` +
      (twin ? `; in ${claim.value.words} it was the ${twin.label.replace(/\s*\([^()]*\)/g, '')}.` : '.');
    const fix = twin ? undefined : correctedDate(date, start);
    return [factFinding(claim.dateAt, severities.dates, Code.WrongDate, message, e.start!.source, fix)];
  },
};

/** A verb of announcing, right before the name or after it, before the date. */
const ANNOUNCED = /\b(?:announc(?:ed|es|ing)|proclaim(?:ed|s|ing)|declar(?:ed|es|ing))\b/i;

/** The start's day and month written with another year, a verb of announcing between the name and the date. */
function announcedInAnotherYear(claim: DatedClaim): Verdict {
  const { entity: e, text, clause, mention: m, date, severities } = claim;
  const start = e.start && parseIsoDate(e.start.date);
  const { from, to } = claim;
  if (!start?.day || from.day !== start.day || from.month !== start.month || from.year === start.year) return undefined;
  if (to.day !== from.day || to.month !== from.month || to.year !== from.year) return undefined;
  const lo = Math.min(m.end, date.end),
    hi = Math.max(m.start, date.start);
  const between = text.slice(lo, hi);
  const before = text.slice(Math.max(clause.from, m.start - 24), m.start);
  if (!ANNOUNCED.test(between) && !(date.start >= m.end && ANNOUNCED.test(before))) return undefined;
  if (clause.mentions.some((x) => x !== m && x.kind !== 'date' && x.kind !== 'person' && x.start >= lo && x.end <= hi))
    return undefined;
  const message = `${e.label}: announced ${isoPhrase(e.start!.date)}, not ${claim.value.words}.`;
  return [
    factFinding(claim.dateAt, severities.dates!, Code.WrongDate, message, e.start!.source, correctedDate(date, start)),
  ];
}

/** Did the event last a month or less, both ends known to the day? */
function brief(e: Entity): boolean {
  const from = e.start && parseIsoDate(e.start.date),
    to = e.end && parseIsoDate(e.end.date);
  if (!from?.day || !to?.day) return false;
  return dayNumber(to) - dayNumber(from) <= 31;
}

/**
 * Is the date written near enough the recorded start to be a loose dating of it: a year within a year, a month or
 * a day within six months (a start known to the year only: within a year)?
 */
function near(claim: DatedClaim, start: PartialDate): boolean {
  if (claim.from.month === undefined || start.month === undefined)
    return Math.abs(claim.from.year - start.year) <= 1 || Math.abs(claim.to.year - start.year) <= 1;
  const s = monthKey(start);
  return Math.abs(monthKey(claim.from) - s) <= LOOSE_MONTHS || Math.abs(monthKey(claim.to, true) - s) <= LOOSE_MONTHS;
}

/** Another entity of the kind whose label ends in the same word and that began within a year of the date written. */
function twinAt(claim: DatedClaim): Entity | undefined {
  const { ctx, entity: e } = claim;
  const head = headOf(e);
  return ctx.kb.entities.find((x) => {
    if (x === e || x.kind !== e.kind || headOf(x) !== head) return false;
    const s = x.start ? parseIsoDate(x.start.date) : undefined;
    return !!s && s.year >= claim.from.year - 1 && s.year <= claim.to.year + 1;
  });
}

/** A label's last word, brackets aside: "St Petersburg Soviet (1905)" → soviet. */
function headOf(e: Entity): string {
  return e.label
    .replace(/\s*\([^()]*\)/g, '')
    .split(' ')
    .pop()!
    .toLowerCase();
}
