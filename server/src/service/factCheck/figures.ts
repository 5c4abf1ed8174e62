/**
 * Figures: a death toll written far outside every estimate the knowledge base records for the event ("the famine
 * of 1932–33 killed 50 million"), or an amount far outside its range ("Stakhanov cut 1,020 tonnes of coal": 102),
 * where its `figures` give the range with their source and, for an amount, the words written after the number.
 *
 * Precision first. The number must say how many died, by the words around it ("5 million died", "killed
 * 6 million", "a death toll of 200"), or be followed by the amount's unit ("102 tonnes"); the clause must name
 * no other thing than the entity (people aside); and the number must lie beyond half the lowest estimate or twice
 * the highest (for an `exact` count no source disputes, beyond 70% or 140% of it). A figure near the range is an
 * estimate of its own, not an error. A clause that names a place or another event beside it is left alone: its
 * figure may be a part ("3.9 million died in Ukraine").
 */
import { foldName } from '../../kb/normalise';
import type { Figure } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { clauseDates, coversSpan, datedWithin, withoutDates, words } from './clauses';
import { IN_ALL, TOLD_OF } from './words';
import { Code, factFinding } from '../findings';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ServiceContext } from '../context';
import type { Clause } from './clauses';
import type { Claim, FactRule, FactSeverities, Verdict } from './rule';

/**
 * The words that scale a number, as notes write them: "mio", "mn" and "mln" are million in German, British and
 * Russian-English notes ("11 Mio Jews"), "mrd" a German milliard (a billion).
 */
// Indian English counts in lakhs (100,000) and crores (ten million): "8 lakh starved". A student writing in English
// may scale a number in their own language: "20–30 bin Jewish men" (Turkish), "6 milioni" (Italian), "3 tys."
// (Polish), "500 Tausend" (German), "2 juta" (Indonesian).
const SCALES =
  'million|mill|mil|mio|mln|mn|m|thousand|k|billion|bln|bn|mrd|trillion|tn|lakhs?|crores?|' +
  'bin|milyon|milyar|mila|milion[ei]|miliardi|tausend|millionen|tys|tysięcy|milion(?:y|ów)?|ribu|juta';
export const SCALE_WORD = `(?:${SCALES})`;
/**
 * A number, not a fraction's part ("3/4 of seats"), and the word that scales it. Thousands may be grouped by commas
 * or, as French and German write them, by spaces ("1 389 dead").
 */
export const NUMBER =
  // Indian English groups lakhs and crores in twos: "1,29,563".
  String.raw`(?<!\d\s*\/\s*)(\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|` +
  String.raw`\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|` +
  // Dutch and German group thousands with dots ("733.000 dead") and write a decimal comma ("3,7 mln").
  String.raw`\d{1,3}(?:\.\d{3})+(?![\d,.])(?!\s*(?:${SCALES})\.?(?!\p{L}))|` +
  // So does a share: "99,7% yes".
  String.raw`\d+,\d{1,2}(?=\s*(?:${SCALES})\.?(?!\p{L})|\s?%)|` +
  String.raw`\d+(?:\.\d+)?)` +
  String.raw`(?!\s*\/\s*\d)` +
  // A day before its month is no count: "killed 30 June–2 July".
  String.raw`(?!\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|` +
  String.raw`oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)` +
  String.raw`(?:\s*(${SCALES})\.?(?!\p{L}))?`;

/** The value of a number NUMBER read, with its scale word: "1,389", "1 389", "733.000", "3,7 mln", "4.2 billion". */
export function numberValue(digits: string, scale: string | undefined): number {
  const plain = /^\d{1,3}(?:\.\d{3})+$/.test(digits) && !scale ? digits.replace(/\./g, '') : digits;
  const n = Number(
    plain
      .replace(/[\s\u00a0\u202f\u2009]/g, '')
      .replace(/,(?=\d{1,2}$)/, '.')
      .replace(/,/g, ''),
  );
  return n * (scale ? SCALE[scale.toLowerCase()] : 1);
}
/** Words that say people died, after the number: "5 million (people) died", "6,000 were killed", "200 deaths". */
const DIED =
  String.raw`(?:died|dead|deaths|perished|victims|starved|killed|(?:crushed|trampled)\s+to\s+death|` +
  String.raw`(?:were|was)\s+(?:killed|shot|executed|murdered))` +
  // "2,600 killed", but not "killed and wounded": a count of casualties is not of deaths.
  String.raw`(?!\s+(?:and|or|&|\+|/)\s+(?:wounded|injured|missing|captured))`;
const AFTER = new RegExp(NUMBER + String.raw`\s+(?:[\p{L}-]+\s+){0,2}?` + DIED + String.raw`\b`, 'giu');
/** Before the number: "killed 6 million", "a death toll of 200", "the deaths of 5 million". */
const KILLED =
  String.raw`\b(?:killed|kills|killing|claimed|claims|death\s+toll\s+(?:of|was)|deaths\s+of|cost|` +
  // "war dead approx 2.7 million", "dead: 5 million".
  // "war dead (military + civilian): approx 27 million".
  String.raw`(?:war\s+)?dead\s*(?:\([^()]*\)\s*)?[:=–-]?)\s+`;
export const ROUGHLY =
  String.raw`(?:the\s+lives\s+of\s+|about\s+|around\s+|over\s+|some\s+|up\s+to\s+|nearly\s+|almost\s+|` +
  String.raw`approx\.?\s+|approximately\s+|c\.\s*|ca\.\s*|~\s*)?`;
/** A sum of money after the number: what a thing cost, not lives ("a dollar that cost about 17,000 marks"). */
const MONEY =
  String.raw`(?![,.]?\d)(?!\s*(?:${SCALE_WORD}\.?\s+)?(?:gold\s+|paper\s+)?` +
  String.raw`(?:marks|reichsmarks|rentenmarks|dollars|roubles|rubles|pounds|francs)\b)`;
const BEFORE = new RegExp(KILLED + ROUGHLY + NUMBER + MONEY, 'giu');

const SCALE: Record<string, number> = {
  million: 1e6,
  mill: 1e6,
  mil: 1e6,
  mio: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  mrd: 1e9,
  trillion: 1e12,
  tn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  bin: 1e3,
  milyon: 1e6,
  milyar: 1e9,
  mila: 1e3,
  milione: 1e6,
  milioni: 1e6,
  miliardi: 1e9,
  tausend: 1e3,
  millionen: 1e6,
  tys: 1e3,
  tysięcy: 1e3,
  milion: 1e6,
  miliony: 1e6,
  milionów: 1e6,
  ribu: 1e3,
  juta: 1e6,
};

/** Words as a pattern: its signs escaped, any run of spaces for each space ("prisoners passed through"). */
export function escapeWords(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * An amount's patterns: the number, then (up to two words on) a unit word: "2.3 million privately owned serfs"; or
 * the words written before it: "444 votes to 194".
 */
const patternsOf = new WeakMap<Figure, RegExp[]>();
export function amountPatterns(f: Figure): RegExp[] {
  let res = patternsOf.get(f);
  if (!res) {
    res = [
      ...(f.unit?.length ? [amountPattern(f)] : []),
      ...(f.before?.length
        ? [new RegExp(String.raw`\b(?:${f.before.map(escapeWords).join('|')})\s+` + NUMBER, 'giu')]
        : []),
    ];
    patternsOf.set(f, res);
  }
  return res;
}

function amountPattern(f: Figure): RegExp {
  // A word unit may come a word or two after the number ("2.3 million privately owned serfs"); a sign, such as "%",
  // right after it.
  const named = (f.unit ?? []).filter((u) => /^\p{L}/u.test(u)).map(escapeWords);
  const signs = (f.unit ?? []).filter((u) => !/^\p{L}/u.test(u)).map(escapeWords);
  const branches = [
    // Or after a passive's "were": "9,000 Russian soldiers were taken prisoner".
    ...(named.length
      ? [String.raw`\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:were|was|had\s+been)\s+)?(?:${named.join('|')})\b`]
      : []),
    ...(signs.length ? [String.raw`\s*(?:${signs.join('|')})`] : []),
  ];
  return new RegExp(NUMBER + `(?:${branches.join('|')})`, 'giu');
}

export const figures: FactRule = {
  // Words of time or naming do not change a number: "roughly 2 million serfs freed (state peasants later)".
  tolerates: new Set(['later', 'then', 'now', 'became', 'called', 'known']),
  dated: (claim) => checkFigures(claim),
  undated: (claim) => checkFigures(claim),
};

/** The figures rule on a claim, also one made elsewhere (an answer put after its question's thing). */
export function checkFigures(original: Claim): Verdict {
  const { entity: e, severities } = original;
  if (!e.figures?.length || severities.dates === undefined) return undefined;
  // "Half a million" is 500,000, written in the same columns so that every position stays where it was.
  const claim = /\bhalf\s+a\s+million\b/i.test(original.text)
    ? { ...original, text: original.text.replace(/\bhalf\s+a\s+million\b/gi, (w) => '500,000'.padEnd(w.length)) }
    : original;
  // What follows an arrow is a consequence, and a bracket right after the name is a gloss: "1921 famine (Volga):
  // approx 500,000 died → ARA feeds millions" names nothing else beside the figure.
  // Another thing named in the clause (a place, another event, a body): the figure may be its part or its own
  // ("3.9 million died in Ukraine", "1.1 million at Auschwitz"). Only people may stand beside it.
  // Where the figure's number begins: found once, for what stands beside it and for an amount's words.
  const digit = firstNumber(claim);
  // A figure someone else gave is theirs, not the note's: "Heydrich's own report said 36 dead, later counts at least
  // 91".
  if (digit >= 0 && REPORTED.test(claim.text.slice(claim.clause.from, digit))) return undefined;
  if (besides(claim, digit).some((m) => m.id !== e.id && m.kind !== 'date' && m.kind !== 'person'))
    return amounts(claim, digit);
  const deaths = e.figures.filter((f) => f.what === 'deaths');
  if (deaths.length) {
    // A toll over part of a total's time may be any share of it, but never more than all: "~116,000 Gulag deaths
    // 1937–38" is no low count of 1930–53.
    const part = deaths.some((f) => f.whole && partOfSpan(claim.clause, f));
    const range = widest(deaths);
    const found = beyond(claim, [AFTER, BEFORE], part ? { ...range, low: 0, exact: false } : range);
    if (found) return found;
  }
  return amounts(claim, digit);
}

/** Words that give a figure as someone's: "Heydrich's own report said 36 dead", "Heydrich's own report: 36 dead". */
const REPORTED = /\b(?:said|says|claimed|claims|reported|according\s+to|admitted|admits|boasted|report\s*:)/i;

/**
 * The clause's mentions that stand beside the figure: not a gloss in a bracket before the number, nor what follows
 * an arrow or a comma after it ("1921 famine (Volga): approx 500,000 died → ARA feeds millions", "Kristallnacht 9–10
 * Nov 1938 (after vom Rath shot in Paris) – approx 30,000 Jewish men sent to the camps", "approx 5 million died,
 * cannibalism reported, American Relief Administration helped").
 */
function besides(claim: Claim, digit: number): Mention[] {
  const { text, clause, mention: m } = claim;
  // A second clause joined by ", and" begins anew: "requisitioning led to revolts, and the famine of 1921–22 killed
  // around half a million people".
  const joined = [...text.slice(clause.from, m.start).matchAll(/,\s+(?:and|but|while)\s+/g)].pop();
  // A toll told in a clause of the name's own is the name's, whatever the words before say of its causes: "grain
  // requisitioning helped cause a famine in 1921–22 that killed about half a million people".
  const toll = OWN_TOLL.test(withoutDates(text, clause.mentions, m.end, clause.to));
  const from = toll ? m.start : joined ? clause.from + joined.index! + joined[0].length : clause.from;
  const rest = digit < 0 ? '' : text.slice(digit, clause.to);
  const after = rest.search(/\s(?:→|->)\s|,\s+(?!\d)/);
  const to = digit < 0 || after < 0 ? clause.to : digit + after;
  const glossed = inGloss(claim, digit);
  // Where most of them died qualifies the whole, not a part: "…, mostly along the Volga".
  // Or where it was centred or worst: "famine 1921–22 esp. Volga", "centred on the Volga", "in the Volga region".
  const most = (x: Mention) =>
    MOSTLY.test(text.slice(Math.max(0, x.start - 30), x.start)) ||
    (/\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 8), x.start)) &&
      (/^\s+region\b/i.test(text.slice(x.end)) || /\bregion$/i.test(text.slice(x.start, x.end))));
  // Nor is what the event happened during or in the course of: "Khodynka disaster during Nicholas II's coronation
  // festivities in Moscow – about 140 people crushed to death".
  const during = (x: Mention) => /\bduring\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 12), x.start));
  // Nor the one place the knowledge base records the event at, setting the scene before the number: "… in Moscow
  // – about 140 people crushed to death". After it, a place may be a part: "25,000 died in Finland".
  const at = claim.entity.at?.ids;
  const own = (x: Mention) => x.kind === 'place' && at?.length === 1 && at[0] === x.id && digit >= 0 && x.end <= digit;
  return clause.mentions.filter(
    (x) => x.start >= from && x.end <= to && !glossed(x) && !most(x) && !during(x) && !own(x),
  );
}

/** Before a place: where most of the dead died ("mostly along", "esp.", "centred on"). */
const MOSTLY = new RegExp(
  String.raw`\b(?:(?:mostly|mainly|chiefly|largely|especially|worst)\s+(?:along|in|on|around|across)|esp\.?|` +
    String.raw`cent(?:re|er)d\s+(?:on|in))\s+(?:the\s+)?$`,
  'i',
);

/** After a name, a clause of its own that tells its toll: "(in 1921–22) that killed", ", which claimed". */
const OWN_TOLL = /^\s*(?:\([^()]*\)\s*)?(?:in\s+)?,?\s*(?:that|which)\s+(?:killed|claimed)\b/i;

/** Is a mention in a bracket between the name and the number at `digit`: a gloss, no thing of its own? */
function inGloss(claim: Claim, digit: number): (x: Mention) => boolean {
  const { text, mention: m } = claim;
  const glosses = digit < 0 ? [] : [...text.slice(m.end, digit).matchAll(/\([^()]*\)/g)];
  return (x) => glosses.some((g) => x.start >= m.end + g.index! && x.end <= m.end + g.index! + g[0].length);
}

/** Where the first number after the name that is no part of a name or a date begins in the text, or -1. */
function firstNumber(claim: Claim): number {
  const { text, clause, mention: m } = claim;
  const digits = /\d/g;
  digits.lastIndex = m.end;
  for (let d = digits.exec(text); d && d.index < clause.to; d = digits.exec(text)) {
    const inName = clause.mentions.find((x) => x.start <= d!.index && d!.index < x.end);
    if (!inName) return d.index;
    digits.lastIndex = inName.end;
  }
  return -1;
}

/**
 * An amount, whose unit words say what it counts: other things may be named in the clause, but not between the
 * entity and the number ("Stakhanov … cut 1,020 tonnes of coal → Stakhanovites").
 */
function amounts(claim: Claim, digit: number): Verdict {
  const { entity: e, clause, mention: m } = claim;
  const glossed = inGloss(claim, digit);
  // A country naming a currency is no thing of its own: "one US dollar cost 4.2 billion marks".
  const currency = (x: Mention) => x.kind === 'place' && /^\s+dollars?\b/i.test(claim.text.slice(x.end, x.end + 12));
  // Where it happened is no owner of the number: "passed in the Kroll Opera House by 444 votes to 194".
  const own = (x: Mention) => x.kind === 'place' && !!e.at?.ids.includes(x.id);
  const next = clause.mentions.find(
    (x) => x.start >= m.end && x.kind !== 'date' && x.kind !== 'person' && !glossed(x) && !currency(x) && !own(x),
  );
  // A place before it sets the scene ("1921 London schedule → reparations fixed at …"); another thing may own the
  // number.
  const before = clause.mentions.some(
    (x) => x.end <= m.start && x.kind !== 'date' && x.kind !== 'person' && x.kind !== 'place',
  );
  if (before) return undefined;
  const upTo = { ...claim, clause: { ...clause, to: next ? next.start : clause.to } };
  for (const f of e.figures ?? [])
    if (f.what === 'amount' && (f.unit?.length || f.before?.length) && nearWords(claim, f) && atItsTime(clause, f)) {
      // A count over part of a total's time or place may be any share of it: "by 8 Jan ~110,000 strikers in city"
      // is no low count of the strikers of 1905.
      const part =
        (f.whole && partOfSpan(clause, f)) || (digit >= 0 && IN_A_PART.test(claim.text.slice(digit, upTo.clause.to)));
      const found = beyond(upTo, amountPatterns(f), part ? { ...f, low: 0, exact: false } : f);
      if (found) return found;
    }
  return undefined;
}

/** After a count, a part of a country it was counted in: "110,000 strikers in city". */
const IN_A_PART =
  /\bin\s+(?:the\s+|that\s+|this\s+|one\s+)?(?:city|capital|town|province|region|district|factory|works)\b/i;

/**
 * A figure that holds at a time (`date` to `end`) is read in a clause with no date, or only dates within that time:
 * "Hyperinflation: Jan 1923 – a dollar cost 17,000 marks" is not the November rate.
 */
function atItsTime(clause: Clause, f: Figure): boolean {
  return !f.date || !clauseDates(clause).length || datedWithin(clause, f.date, f.end ?? f.date);
}

/** Is the clause dated within a total's span (`date` to `end`) but not over all of it? */
function partOfSpan(clause: Clause, f: Figure): boolean {
  return !!f.date && !!f.end && datedWithin(clause, f.date, f.end) && !coversSpan(clause, f.date, f.end);
}

/** Does the clause hold one of the amount's `near` words (when it has any)? "army" for the army's size. */
export function nearWords(claim: Pick<Claim, 'text' | 'clause'>, f: Figure): boolean {
  if (!f.near?.length) return true;
  const said = new Set(words(claim.text.slice(claim.clause.from, claim.clause.to)));
  return f.near.some((w) => said.has(foldName(w)));
}

/** How far an exact count may be written off and still be a rounding of it: from 70% to 140% of it. */
const EXACT_LOW = 0.7,
  EXACT_HIGH = 1.4;

/**
 * The first number the patterns find in the clause, when it lies far outside the figure's range: beyond half the
 * lowest estimate or twice the highest, or, for an `exact` count, beyond 70% or 140% of it.
 */
export function beyond(
  claim: Pick<Claim, 'entity' | 'text' | 'clause' | 'severities'>,
  patterns: RegExp[],
  f: Figure,
  floor = 0,
): Verdict {
  const { entity: e, text, clause, severities } = claim;
  const body = text.slice(clause.from, clause.to);
  // A running total to a time is no count of the thing's own: "by end aug 1915 ca 3,7 mln casualties".
  if (RUNNING_TOTAL.test(body)) return undefined;
  let found: Verdict;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const at = clause.from + m.index + m[0].indexOf(m[1]);
      // A year is no figure ("in 1933 died"), and a date the recogniser read is not either.
      if (!m[2] && /^1[0-9]{3}$|^20[0-9]{2}$/.test(m[1])) continue;
      // Nor is a number in a name: "the famine of 1932–33 killed …".
      if (clause.mentions.some((x) => x.start <= at && at < x.end)) continue;
      // Nor one another noun owns in a list: "army 100,000, no air force, navy max 15,000 men".
      if (f.near?.length && ownedByOther(text, clause.from, at, f.near)) continue;
      const n = numberValue(m[1], m[2]);
      // A small count written without a scale word is of something else; "4.2 billion" is the figure misread.
      if (n < floor && !m[2]) continue;
      // A count that fits makes the others points of comparison: "$1 = 18,000 marks Jan 1923 → over 4 trillion
      // marks Nov 1923".
      if (n >= f.low * (f.exact ? EXACT_LOW : 0.5) && n <= f.high * (f.exact ? EXACT_HIGH : 2)) return undefined;
      if (found) continue;
      const written = m[2] ? `${m[1]} ${m[2]}` : m[1];
      const message = `${e.label}: ${f.text} — not ${written}.`;
      const end = at + (m[2] ? m[0].indexOf(m[2]) + m[2].length - m[0].indexOf(m[1]) : m[1].length);
      found = [
        factFinding({ line: clause.line, start: at, end }, severities.dates!, Code.WrongFigure, message, f.source),
      ];
    }
  }
  return found;
}

/** Words between a list's comma and its number that own nothing: "max", "about", "limited to". */
const FILLER = new Set(
  (
    'max maximum min minimum about around approx approximately roughly nearly almost some only just up to of ' +
    'the a an ' +
    'at most least under over c ca circa limited cut reduced was were is be had has with allowed permitted no more ' +
    'than total in all by'
  ).split(' '),
);

/**
 * Does a noun of its own stand before the number in its part of a list (after a comma, a semicolon or a bracket),
 * where the figure's `near` word stood in an earlier part and none stands in this one: "army 100,000, no air force,
 * navy max 15,000 men" is the navy's, not the army's?
 */
function ownedByOther(text: string, from: number, at: number, near: readonly string[]): boolean {
  const cut = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at), text.lastIndexOf('(', at));
  if (cut <= from) return false;
  const said = new Set(near.map(foldName));
  const has = (s: string) => words(s).some((w) => said.has(w));
  const next = text.slice(at).search(/[,;)]/);
  const own = text.slice(cut + 1, next < 0 ? text.length : at + next);
  if (!has(text.slice(from, cut)) || has(own)) return false;
  return words(text.slice(cut + 1, at)).some((w) => !FILLER.has(w) && !/^\d/.test(w));
}

/** "By the end of" a time: what is counted up to it (the time itself may be blanked out). */
const RUNNING_TOTAL = /\bby\s+(?:the\s+)?end\b/i;

/** The widest range the figures give, with the text and source of the one that reaches lowest. */
function widest(list: Figure[]): Figure {
  const low = Math.min(...list.map((f) => f.low)),
    high = Math.max(...list.map((f) => f.high));
  const first = list.find((f) => f.low === low)!;
  return { ...first, low, high, exact: list.every((f) => f.exact) };
}

/** Things a figure may be carried from, across a semicolon: what has a count of its own. */
const CARRIED = new Set(['event', 'policy', 'document']);

/** A clause that opens with a total of something wider: "in all about 27 million Soviet citizens died". */
const WHOLE_COUNT = new RegExp(String.raw`^\s*(?:${IN_ALL}|across\s+the\s+(?:war|country|USSR))\b`, 'i');

/**
 * A clause after a semicolon that names no thing of its own, only people or dates, tells of the one event, policy
 * or document the clause before names: "At Tannenberg Samsonov's army was encircled; the Germans took about 9,000
 * prisoners" is Tannenberg's count.
 */
export function carriedFigures(
  ctx: ServiceContext,
  text: string,
  before: Clause,
  clause: Clause,
  severities: FactSeverities,
): Diagnostic[] {
  // Across a semicolon only: a full stop begins another sentence, perhaps about something else.
  if (severities.dates === undefined || text.charAt(before.to - 1) !== ';') return [];
  const own = clause.mentions.some((x) => x.kind !== 'date' && x.kind !== 'person');
  if (own || !/\d|\bhalf\s+a\s+million\b/i.test(text.slice(clause.from, clause.to))) return [];
  // A total of something wider: "killed over a million civilians; in all about 27 million Soviet citizens died".
  if (WHOLE_COUNT.test(text.slice(clause.from, clause.to))) return [];
  // Not what a point of reference names: "9 Nov = anniversary of the Beer Hall Putsch; … pogrom, 91 Jews killed".
  let things = before.mentions.filter(
    (x) =>
      CARRIED.has(x.kind) &&
      !x.candidates &&
      !x.misspelling &&
      !TOLD_OF.test(text.slice(Math.max(before.from, x.start - 40), x.start)),
  );
  // "It" after the semicolon is the term a glossary line defines: "Volga famine (1921–22) – caused by drought on top
  // of grain requisitioning; it killed about half a million people".
  if (
    things.length > 1 &&
    /^\s*it\s/i.test(text.slice(clause.from, clause.to)) &&
    /^\s*(?:[-*+•]\s+)?(?:\*\*)?(?:the\s+)?$/i.test(text.slice(before.from, things[0].start)) &&
    /^\s*(?:\([^()]*\)\s*)?(?:\*\*\s*)?(?:[–—:]|(?<=\s)-)\s/.test(text.slice(things[0].end, before.to))
  )
    things = [things[0]];
  if (!things.length || new Set(things.map((x) => x.id)).size !== 1) return [];
  const entity = ctx.kb.get(things[0].id);
  if (!entity?.figures?.length) return [];
  const mention = { ...things[0], start: clause.from, end: clause.from };
  const claim: Claim = {
    ctx,
    text,
    clause,
    mention,
    entity,
    at: { line: clause.line, start: things[0].start, end: things[0].end },
    severities,
  };
  return checkFigures(claim) ?? [];
}
