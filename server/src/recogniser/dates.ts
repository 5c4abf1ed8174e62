/**
 * Reading dates from a run of tokens: `1924`, `January 1924`, `21 January 1924`, `January 21, 1924`,
 * `21/1/1924` (day first), ranges (`1927-8`, `1927–28`, `1924 – 1941`, `between 1917 and 1923`, `from 1928 to
 * 1932`), decades (`1920s`, `the late 1920s`), `c. 1905`, and `BC`/`BCE`/`AD`/`CE`. A number is a year only where
 * it reads as one: `30%`, `100,000` and `1500 troops` are not dates.
 */
import { daysInMonth, formatDate, monthNumber, toIso, type PartialDate } from '../kb/dates';
import { Char } from './charCodes';
import type { DateValue } from './types';

/**
 * Month names as students whose first language is not English write them in dates ("9 noiembrie 1918", "14. juli
 * 1934", "20. studenoga 1918.", "1918 m. lapkričio 9 d."), folded (lower case, no diacritics), in the forms dates
 * use (a genitive where the language has one). A form two languages give different months ("listopad", "listopada":
 * November in Czech and Polish, October in Croatian) is left out. Read only beside a day or a year.
 */
const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  // German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Romanian, Hungarian, Serbian.
  ['januar', 'janner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'ianuarie', 'janvaris', 'janvara'],
  ['februar', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'februarie', 'februaris', 'februara'],
  ['marz', 'maerz', 'mars', 'marzo', 'marco', 'maart', 'marts', 'martie', 'marcius', 'mart', 'marta'],
  ['avril', 'abril', 'aprile', 'aprilie', 'aprilis', 'aprila'],
  ['mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'majus', 'maijs', 'maija'],
  ['juni', 'juin', 'junio', 'giugno', 'junho', 'iunie', 'junius', 'jun', 'junijs', 'junija'],
  ['juli', 'juillet', 'julio', 'luglio', 'julho', 'iulie', 'julius', 'jul', 'julijs', 'julija'],
  ['aout', 'agosto', 'augustus', 'augusti', 'augusztus', 'avgust', 'augusts', 'augusta'],
  [
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'setembro',
    'septembrie',
    'szeptember',
    'septembar',
    'septembris',
    'septembra',
  ],
  ['oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'octombrie', 'oktobar', 'oktobris', 'oktobra'],
  ['novembre', 'noviembre', 'novembro', 'noiembrie', 'novembar', 'novembris', 'novembra'],
  [
    'dezember',
    'decembre',
    'diciembre',
    'dicembre',
    'dezembro',
    'desember',
    'decembrie',
    'decembar',
    'des',
    'decembris',
    'decembra',
  ],
];
/** The same months in the Slavic, Baltic, Finnish and Turkish names of their own. */
const OWN_MONTHS: readonly (readonly string[])[] = [
  ['stycznia', 'styczen', 'ledna', 'leden', 'sijecnja', 'sijecanj', 'sausio', 'tammikuuta', 'tammikuu', 'ocak'],
  ['lutego', 'luty', 'unora', 'unor', 'veljace', 'veljaca', 'vasario', 'helmikuuta', 'helmikuu', 'subat'],
  ['marca', 'marzec', 'brezna', 'brezen', 'ozujka', 'ozujak', 'kovo', 'maaliskuuta', 'maaliskuu'],
  ['kwietnia', 'kwiecien', 'dubna', 'duben', 'travnja', 'travanj', 'balandzio', 'huhtikuuta', 'huhtikuu', 'nisan'],
  ['maja', 'kvetna', 'kveten', 'svibnja', 'svibanj', 'geguzes', 'toukokuuta', 'toukokuu', 'mayis'],
  ['czerwca', 'czerwiec', 'cervna', 'cerven', 'lipnja', 'lipanj', 'birzelio', 'kesakuuta', 'kesakuu', 'haziran'],
  ['lipca', 'lipiec', 'cervence', 'cervenec', 'srpnja', 'srpanj', 'liepos', 'heinakuuta', 'heinakuu', 'temmuz'],
  ['sierpnia', 'sierpien', 'srpna', 'srpen', 'kolovoza', 'kolovoz', 'rugpjucio', 'elokuuta', 'elokuu', 'agustos'],
  ['wrzesnia', 'wrzesien', 'zari', 'rujna', 'rujan', 'rugsejo', 'syyskuuta', 'syyskuu', 'eylul'],
  ['pazdziernika', 'pazdziernik', 'rijna', 'rijen', 'spalio', 'lokakuuta', 'lokakuu', 'ekim'],
  [
    'listopada',
    'listopad',
    'listopadu',
    'studenoga',
    'studenog',
    'studeni',
    'lapkricio',
    'marraskuuta',
    'marraskuu',
    'kasim',
  ],
  [
    'grudnia',
    'grudzien',
    'prosince',
    'prosinec',
    'prosinca',
    'prosinac',
    'gruodzio',
    'joulukuuta',
    'joulukuu',
    'aralik',
  ],
];
/**
 * More names of their own: Estonian's (with the "-l" of "on": "9. novembril 1918"; its May, "mail", is read only
 * after a day's point), and Ukrainian's and Greek's as romanised ("9 lystopada 1918", "25 Oktovriou 1917"),
 * Slovene's genitives the lists above lack, and Welsh's, Indonesian's and Tagalog's ("25 Hydref 1917", "17 Agustus",
 * "Nobyembre 9 1918").
 */
// prettier-ignore
const MORE_MONTHS: readonly (readonly string[])[] = [
  ['jaanuar', 'jaanuaril', 'sichnia', 'ianouariou', 'januarja', 'ionawr'],
  ['veebruar', 'veebruaril', 'liutoho', 'fevrouariou', 'februarja', 'chwefror', 'pebruari', 'pebrero'],
  ['martsil', 'bereznia', 'martiou', 'mawrth', 'maret', 'marso'],
  ['aprill', 'aprillil', 'kvitnia', 'apriliou', 'ebrill'],
  ['travnia', 'maiou'],
  ['juuni', 'juunil', 'chervnia', 'iouniou', 'mehefin', 'hunyo'],
  ['juuli', 'juulil', 'lypnia', 'iouliou', 'gorffennaf', 'hulyo'],
  ['augustil', 'serpnia', 'avgoustou', 'avgusta', 'awst', 'agustus'],
  ['septembril', 'veresnia', 'septemvriou', 'medi', 'setyembre'],
  ['oktoober', 'oktoobril', 'zhovtnia', 'oktovriou', 'hydref', 'oktubre'],
  ['novembril', 'lystopada', 'noemvriou', 'tachwedd', 'nopember', 'nobyembre'],
  ['detsember', 'detsembril', 'hrudnia', 'dekemvriou', 'rhagfyr', 'disyembre'],
];
/** Months read only after a day's point, where the word is no English one: Estonian's "3. mail 1917". */
const AFTER_POINT_MONTH = new Map([['mail', 5]]);
const FOREIGN_MONTH = new Map<string, number>();
for (const table of [FOREIGN_MONTHS, OWN_MONTHS, MORE_MONTHS])
  table.forEach((forms, i) => forms.forEach((w) => FOREIGN_MONTH.set(w, i + 1)));
// Turkish's dotless i, which folding keeps.
for (const w of ['mayıs', 'kasım', 'aralık']) FOREIGN_MONTH.set(w, w === 'mayıs' ? 5 : w === 'kasım' ? 11 : 12);
/** Every folded foreign month name: words a date may start with. */
export const FOREIGN_MONTH_NAMES: readonly string[] = [...FOREIGN_MONTH.keys()];

/** A month's number from its name in another language, or 0. */
function foreignMonth(word: string): number {
  // Most words asked are numbers or English: a digit or a word too short for any month is no month.
  const c = word.charCodeAt(0);
  if (word.length < 3 || c < 0x41 || (c > 0x5a && c < 0x61)) return 0;
  const w = word.toLowerCase().replace(/\.$/, '');
  return FOREIGN_MONTH.get(/^[a-z]+$/.test(w) ? w : w.normalize('NFD').replace(/\p{M}/gu, '')) ?? 0;
}

// prettier-ignore
const ROMAN_MONTHS: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** A month written in Roman numerals, as Central and East European notes do ("15.XI.1924", "XI.1923"), or 0. */
function romanMonth(word: string): number {
  return word.length <= 4 ? ROMAN_MONTHS.indexOf(word) + 1 : 0;
}

/** A month's number from its name in English, or in another language. */
function anyMonth(word: string): number {
  return monthNumber(word) || foreignMonth(word);
}

export interface TokenView {
  count: number;
  start(k: number): number;
  end(k: number): number;
  key(k: number): string;
  text(k: number): string;
  /** The characters between token k and token k+1 (or the rest of the span after the last). */
  gap(k: number): string;
  /** The code of the character `i` places after token k's end (NaN past the line's end), read without a copy. */
  charAfter(k: number, i: number): number;
}

export interface DateMatch {
  last: number;
  value: DateValue;
}

const RANGE_GAP = /^\s*(?:-|–|—|\/)\s*$/;

/** Is the gap after token k short enough to be a range's dash (" – " at most)? Checked before the gap is cut. */
function rangeGapAfter(t: TokenView, k: number): boolean {
  return k + 1 < t.count && t.start(k + 1) - t.end(k) <= 3 && RANGE_GAP.test(t.gap(k));
}
const ERA_AFTER: Record<string, number> = { BC: -1, BCE: -1, AD: 1, CE: 1 };
/** Words that make a year approximate: `c. 1905`, `circa 1905`. */
// prettier-ignore
const APPROX = new Set([
  'c',
  'ca',
  'circa',
]);
const NOT_YEAR_NEXT = /^(?:[a-z]+s)$/;
const VERB_S = new Set([
  'was',
  'has',
  'is',
  'as',
  'saw',
  'sees',
  'its',
  'his',
  'this',
  'thus',
  'always',
  'brings',
  'marks',
  'begins',
  'ends',
  'proves',
  'proved',
  'yes',
  'us',
  'perhaps',
]);

function intOf(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < Char.Digit0 || c > Char.Digit9) return NaN;
  }
  return s.length ? Number(s) : NaN;
}

function dayOf(s: string): number {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : NaN;
}

function single(d: PartialDate, approximate = false): DateValue {
  const iso = toIso(d);
  return {
    iso,
    from: iso,
    to: iso,
    words: (approximate ? 'c. ' : '') + formatDate(d),
    ...(approximate ? { approximate } : {}),
  };
}

function span(a: PartialDate, b: PartialDate, words?: string): DateValue {
  const from = toIso(a),
    to = toIso(b);
  return { iso: interval(from, to), from, to, words: words ?? rangeWords(a, b) };
}

/** A range as it is read: "16–17 July 1918", "30 June–2 July 1934", "October–December 1905", "1927–1928". */
function rangeWords(a: PartialDate, b: PartialDate): string {
  const month = b.month !== undefined ? formatDate({ year: b.year, month: b.month }) : '';
  if (a.year === b.year && a.month === b.month && a.day !== undefined && b.day !== undefined)
    return `${a.day}–${b.day} ${month}`;
  if (a.year === b.year && a.month !== undefined && b.month !== undefined && a.day === undefined && b.day === undefined)
    return `${formatDate({ year: a.year, month: a.month }).replace(/ \S+$/, '')}–${month}`;
  // "30 June–2 July 1934".
  if (a.year === b.year && a.day !== undefined && b.day !== undefined)
    return `${formatDate(a).replace(/ \S+$/, '')}–${formatDate(b)}`;
  return `${formatDate(a)}–${formatDate(b)}`;
}

function isYearText(s: string): boolean {
  return s.length === 4 && intOf(s) >= 1000 && intOf(s) <= 2099;
}

// prettier-ignore
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
/** The words a year in words opens with: the centuries of the periods notes are about. */
export const YEAR_WORD_STARTERS: readonly string[] = ['eighteen', 'nineteen'];

// prettier-ignore
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);
/** The words a day in words opens with: "fifth", "twenty-fifth". */
export const DAY_WORD_STARTERS: readonly string[] = [...ORDINAL_WORDS.keys(), 'twenty', 'thirty'];
const DAY_WORDS: ReadonlySet<string> = new Set(DAY_WORD_STARTERS);

/** Is the gap after token k a space or a hyphen, as between the words of a year said aloud? */
function wordGap(t: TokenView, k: number): boolean {
  if (k + 1 >= t.count) return false;
  const c = t.charAfter(k, 0);
  return (c === Char.Space || c === Char.Hyphen) && t.start(k + 1) - t.end(k) === 1;
}

/** A day of the month written in words ("fifth", "twenty-fifth", "thirty first"): its number and last token. */
function wordsDay(t: TokenView, k: number): { day: number; last: number } | undefined {
  const key = t.key(k);
  const tens = key === 'twenty' ? 20 : key === 'thirty' ? 30 : 0;
  if (!tens) {
    // Not the unit of a day that does not exist: "thirty-first of February".
    const day = ORDINAL_WORDS.get(key) ?? 0;
    const unitOf = k > 0 && day < 10 && wordGap(t, k - 1) && (t.key(k - 1) === 'twenty' || t.key(k - 1) === 'thirty');
    return day > 0 && !unitOf ? { day, last: k } : undefined;
  }
  const unit = wordGap(t, k) ? (ORDINAL_WORDS.get(t.key(k + 1)) ?? 0) : 0;
  return unit > 0 && unit < 10 && tens + unit <= 31 ? { day: tens + unit, last: k + 1 } : undefined;
}

/**
 * A day, month and year with the day in words: "the twenty-fifth of October nineteen seventeen", "fifth of January
 * 1919". Tried only on the words a day in words opens with, none of which starts any other date.
 */
function spokenDate(t: TokenView, k: number): DateMatch | undefined {
  const d = wordsDay(t, k);
  if (!d) return undefined;
  // Two days: "ninth to tenth of November".
  const to = d.last + 2 < t.count && t.key(d.last + 1) === 'to' ? wordsDay(t, d.last + 2) : undefined;
  const last = to && to.day > d.day ? to : undefined;
  let m = (last ?? d).last + 1;
  if (m + 1 < t.count && t.key(m) === 'of' && /^\s+$/.test(t.gap(m - 1))) m++;
  if (m + 1 >= t.count || !/^\s+$/.test(t.gap(m - 1)) || !/^,?\s+$/.test(t.gap(m))) return undefined;
  const month = monthNumber(t.text(m));
  if (!month || !/^\p{L}/u.test(t.text(m))) return undefined;
  const said = wordsYear(t, m + 1);
  const year = said ? said.year : readsAsYear(t, m + 1, true) ? intOf(t.text(m + 1)) : 0;
  if (!year || (last ?? d).day > daysInMonth(year, month)) return undefined;
  const end = said ? said.last : m + 1;
  if (last) return { last: end, value: span({ year, month, day: d.day }, { year, month, day: last.day }) };
  return { last: end, value: single({ year, month, day: d.day }) };
}

/**
 * A year written in words, as notes copied from a spoken lesson write it: "nineteen seventeen", "nineteen-oh-five",
 * "eighteen sixty-one". Its year and last token, or undefined. A century word alone ("nineteen deputies") is a count.
 */
function wordsYear(t: TokenView, k: number): { year: number; last: number } | undefined {
  const century = t.key(k) === 'nineteen' ? 1900 : t.key(k) === 'eighteen' ? 1800 : 0;
  if (!century || !wordGap(t, k)) return undefined;
  const w = t.key(k + 1);
  if (w === 'oh' || w === 'o') {
    const unit = wordGap(t, k + 1) ? (NUMBER_WORDS.get(t.key(k + 2)) ?? 0) : 0;
    return unit > 0 && unit < 10 ? { year: century + unit, last: k + 2 } : undefined;
  }
  const n = NUMBER_WORDS.get(w) ?? 0;
  if (n < 10) return undefined;
  if (n >= 20 && n % 10 === 0 && wordGap(t, k + 1)) {
    const unit = NUMBER_WORDS.get(t.key(k + 2)) ?? 0;
    if (unit > 0 && unit < 10) return { year: century + n + unit, last: k + 2 };
  }
  return { year: century + n, last: k + 1 };
}

/** A month's name after another in the same range is written as the first was: "march–may 1917", "Mar–May 1917". */
function monthCase(t: TokenView, k: number, cased: boolean): boolean {
  return cased ? /^[A-Z]/.test(t.text(k)) : /^[a-z]/.test(t.text(k));
}

/**
 * Is token k, a 4-digit number, used as a year here? After a month it is one whatever follows ("in October 1905
 * workers set up a soviet") but a round hundred before a plural ("4 Nov 1000 tanks"); alone, a plural after it
 * makes it a count ("1905 workers").
 */
function readsAsYear(t: TokenView, k: number, afterMonth = false): boolean {
  if (!isYearText(t.text(k))) return false;
  const after = t.gap(k);
  if (after.startsWith('%') || /^[.,]\d/.test(after) || /^,\d{3}/.test(after + (t.count > k + 1 ? t.text(k + 1) : '')))
    return false;
  if (k > 0) {
    const before = t.gap(k - 1);
    if (/[£$€¥#]\s*$/.test(before) || /\d[,.]$/.test(t.text(k - 1) + before)) return false;
  }
  // After a month only a round hundred is still a count: "4 Nov 1000 tanks into Budapest".
  if ((!afterMonth || /00$/.test(t.text(k))) && k + 1 < t.count && /^\s$/.test(after)) {
    const next = t.text(k + 1);
    if (NOT_YEAR_NEXT.test(next) && !VERB_S.has(next)) return false;
  }
  return true;
}

function eraAfter(t: TokenView, k: number): number {
  if (k + 1 >= t.count || !/^\s*$/.test(t.gap(k))) return 0;
  return ERA_AFTER[t.text(k + 1)] ?? 0;
}

/**
 * The full year a two-digit year stands for in the topics' periods (`'36` is 1936 where only 1936 falls in one),
 * or 0 where none or several do: a scanner builds it from the packs' periods.
 */
export type ShortYears = (twoDigits: number) => number;

/**
 * Token k as a two-digit year after a month, whose gap before it is `gapBefore` ("Mar 36", "20 Jan '41"), or NaN.
 * Without a day, a number that could be one (1–31) is a year only written with an apostrophe.
 */
function shortYearAt(t: TokenView, k: number, gapBefore: string, withDay: boolean, years?: ShortYears): number {
  if (!years || k >= t.count || !/^\d\d$/.test(t.text(k))) return NaN;
  const quoted = /['’]$/.test(gapBefore);
  const yy = intOf(t.text(k));
  if (!withDay && !quoted && yy <= 31) return NaN;
  const after = t.gap(k);
  if (/^(?:%|[.,]\d|\s*[-–—/]\s*\d)/.test(after)) return NaN;
  // A time of day: "25 Oct 10.45 pm", "at 10:45", "10 pm".
  const next = k + 1 < t.count ? t.text(k + 1) : '';
  if ((/^[.:]$/.test(after) && /^\d\d$/.test(next)) || (/^\s*$/.test(after) && /^(?:am|pm|hrs?|h)$/i.test(next)))
    return NaN;
  // "9 Nov 16 Nazis + 4 police killed": a count of a people or a party, a capitalised plural, is no year; in a
  // telegram's capitals too ("9 NOV 16 NAZIS").
  if (/^\s+$/.test(after) && /^\p{Lu}(?:\p{L}*s|\p{Lu}*S)$/u.test(next)) return NaN;
  // "3 May 21 people": a short year is followed by punctuation, a capital or the end, not by a lower-case word.
  if (k + 1 < t.count && /^\s+$/.test(after) && !/^[A-Z]/.test(t.text(k + 1))) return NaN;
  return years(yy) || NaN;
}

/**
 * Two days joined by a slash are one day in the Old Style and the New, "1/14 March 1917", only where the calendars
 * were 12 days apart (the 1800s) or 13 (1900–1918); any other pair is no range ("14/27 Nov 1923" numbers a post
 * in a thread).
 */
function oldAndNewStyle(day: number, last: number, year: number): boolean {
  const apart = last - day;
  return year >= 1800 && year <= 1918 && (apart === (year < 1900 ? 12 : 13) || (year === 1900 && apart === 12));
}

/** Is token k the second number of "a/b", a pair that is not read as one date? */
function afterSlashPair(t: TokenView, k: number): boolean {
  return k > 0 && (t.gap(k - 1) === '/' || t.gap(k - 1) === './') && /^\d{1,3}$/.test(t.text(k - 1));
}

/** Tries to read a date starting at token k; `shortYears` reads two-digit years ("Oct 44"). */
export function matchDate(t: TokenView, k: number, shortYears?: ShortYears): DateMatch | undefined {
  const key = t.key(k);
  // between Y and Y / from Y to Y
  if ((key === 'between' || key === 'from') && k + 3 < t.count && readsAsYear(t, k + 1)) {
    const joiner = t.key(k + 2);
    if ((key === 'between' ? joiner === 'and' : joiner === 'to' || joiner === 'until') && readsAsYear(t, k + 3)) {
      const a = intOf(t.text(k + 1)),
        b = intOf(t.text(k + 3));
      if (b >= a) return { last: k + 3, value: span({ year: a }, { year: b }) };
    }
    return undefined;
  }
  // c. 1905 / circa 1905
  if (APPROX.has(key) && k + 1 < t.count) {
    const next = t.text(k + 1);
    const n = intOf(next);
    if (n >= 1 && n <= 2099 && /^\.?\s*$/.test(t.gap(k)) && (key !== 'c' || t.gap(k).startsWith('.'))) {
      const era = eraAfter(t, k + 1);
      if (era !== 0) return { last: k + 2, value: single({ year: era * n }, true) };
      if (isYearText(next)) return { last: k + 1, value: single({ year: n }, true) };
    }
    return undefined;
  }
  // AD 800
  if ((t.text(k) === 'AD' || t.text(k) === 'CE') && k + 1 < t.count && /^\s+$/.test(t.gap(k))) {
    const n = intOf(t.text(k + 1));
    if (n >= 1 && n <= 2099 && t.text(k + 1).length <= 4) return { last: k + 1, value: single({ year: n }) };
  }
  // Vietnamese: "ngày 20 tháng 12 năm 1918", "tháng 3 năm 1921".
  if (key === 'ngay' || key === 'thang') return vietnameseDate(t, k);
  const spoken = wordsYear(t, k);
  if (spoken) return { last: spoken.last, value: single({ year: spoken.year }) };
  if (DAY_WORDS.has(key)) return spokenDate(t, k);
  // Month [day[,]] year
  const month = anyMonth(t.text(k));
  // A month's name in lower case ("dies on 5 march 1953", notes typed without capitals) is a month only before a
  // year written in full; "may" or "march" is a word before anything else.
  const cased = /^\p{Lu}/u.test(t.text(k));
  if (month && (cased || /^\p{Ll}/u.test(t.text(k)))) {
    // Month–Month year: "Oct–Dec 1905", "May-July 1906".
    const other = k + 2 < t.count && rangeGapAfter(t, k) ? monthNumber(t.text(k + 1)) : 0;
    if (other > month && monthCase(t, k + 1, cased) && /^\.?\s+$/.test(t.gap(k + 1)) && readsAsYear(t, k + 2, true)) {
      const year = intOf(t.text(k + 2));
      return { last: k + 2, value: span({ year, month }, { year, month: other }) };
    }
    if (k + 1 < t.count && /^\.?\s+$/.test(t.gap(k))) {
      if (readsAsYear(t, k + 1, true)) {
        const year = intOf(t.text(k + 1));
        // Month year–Month year: "Mar 1930–May 1932".
        const until = k + 3 < t.count && rangeGapAfter(t, k + 1) ? monthNumber(t.text(k + 2)) : 0;
        if (until && monthCase(t, k + 2, cased) && /^\.?\s+$/.test(t.gap(k + 2)) && readsAsYear(t, k + 3, true)) {
          const last = intOf(t.text(k + 3));
          if (last > year || (last === year && until > month))
            return { last: k + 3, value: span({ year, month }, { year: last, month: until }) };
        }
        // Month year–year: "Nov 1907–1912".
        if (k + 2 < t.count && rangeGapAfter(t, k + 1) && t.text(k + 2).length === 4 && readsAsYear(t, k + 2)) {
          const last = intOf(t.text(k + 2));
          if (last > year && last - year < 200) return { last: k + 2, value: span({ year, month }, { year: last }) };
        }
        return { last: k + 1, value: single({ year, month }) };
      }
      // Month and a year in words: "May nineteen twenty-three".
      const said = wordsYear(t, k + 1);
      if (said) return { last: said.last, value: single({ year: said.year, month }) };
      const day = dayOf(t.text(k + 1));
      if (day && k + 2 < t.count && /^,?\s+$/.test(t.gap(k + 1)) && readsAsYear(t, k + 2, true)) {
        const year = intOf(t.text(k + 2));
        if (day <= daysInMonth(year, month)) return { last: k + 2, value: single({ year, month, day }) };
      }
    }
    if (cased && k + 1 < t.count && /^\.?\s+['’]?$/.test(t.gap(k))) {
      const year = shortYearAt(t, k + 1, t.gap(k), false, shortYears);
      if (year) return { last: k + 1, value: single({ year, month }) };
    }
    return undefined;
  }
  const text = t.text(k);
  // Chinese and Japanese: "1917年10月25日", "1933年1月".
  // (The character after a year's four digits is looked at first: most tokens are no such date.)
  const cjk = text.length > 4 && text.charCodeAt(4) === 0x5e74 /* 年 */ ? CJK_DATE.exec(text) : null;
  if (cjk) {
    const year = Number(cjk[1]),
      month = cjk[2] ? Number(cjk[2]) : undefined,
      day = cjk[3] ? Number(cjk[3]) : undefined;
    if (
      month === undefined ||
      (month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= daysInMonth(year, month))))
    )
      return { last: k, value: single({ year, month, day }) };
  }
  // A Roman month and a year, written tight: "XI.1923", "I.1933". Not a ruler's number, which a space follows.
  if (t.charAfter(k, 0) === Char.FullStop && k + 1 < t.count && t.gap(k) === '.' && isYearText(t.text(k + 1))) {
    const mon = romanMonth(text);
    // Not the month of a day that does not exist: "31.II.1920".
    if (mon && readsAsYear(t, k + 1, true) && !(k > 0 && t.gap(k - 1) === '.'))
      return { last: k + 1, value: single({ year: intOf(t.text(k + 1)), month: mon }) };
  }
  // 1920s, 1920's
  // Not a count: "1000s of acres".
  const dec = /^(\d{3})0s$/.exec(text);
  if (dec && !(text === '1000s' || (k + 1 < t.count && /^\s+$/.test(t.gap(k)) && t.key(k + 1) === 'of')))
    return { last: k, value: decade(t, k, Number(dec[1]) * 10) };
  if (isYearText(text) && text.endsWith('0') && k + 1 < t.count && /^['’]$/.test(t.gap(k)) && t.text(k + 1) === 's') {
    return { last: k + 1, value: decade(t, k, Number(text)) };
  }
  // Year, month, day, as Lithuanian ("1918 m. lapkričio 9 d.") and Hungarian ("1918. november 9.") write them.
  // The characters after the year are looked at first (" m. ", ". "): most years are followed by neither.
  const lithuanian =
    k + 3 < t.count &&
    t.charAfter(k, 0) === Char.Space &&
    t.charAfter(k, 1) === 0x6d &&
    t.charAfter(k, 2) === Char.FullStop &&
    t.charAfter(k, 3) === Char.Space;
  const hungarian =
    !lithuanian && k + 2 < t.count && t.charAfter(k, 0) === Char.FullStop && t.charAfter(k, 1) === Char.Space;
  if ((lithuanian || hungarian) && isYearText(text)) {
    const m =
      lithuanian && t.gap(k) === ' ' && t.gap(k + 1) === '. ' ? k + 2 : hungarian && t.gap(k) === '. ' ? k + 1 : -1;
    const mon = m > k && m + 1 < t.count && /^\p{Ll}/u.test(t.text(m)) ? anyMonth(t.text(m)) : 0;
    const d = mon && t.gap(m) === ' ' ? dayOf(t.text(m + 1)) : 0;
    const year = intOf(text);
    if (d && d <= daysInMonth(year, mon) && /^(?:\.|\s+d\b|[\s,;:)]|$)/.test(t.gap(m + 1) + (t.text(m + 2) || ''))) {
      const withD = m + 2 < t.count && t.gap(m + 1) === ' ' && t.text(m + 2) === 'd';
      return { last: withD ? m + 2 : m + 1, value: single({ year, month: mon, day: d }) };
    }
  }
  // day–day Month year: "26–30 Aug 1914".
  const day = dayOf(text);
  if (day && k + 3 < t.count && rangeGapAfter(t, k) && /^\s+$/.test(t.gap(k + 1))) {
    const last = dayOf(t.text(k + 1));
    // In another language's months too: "night of 15–16 Enero 1919".
    const mon = anyMonth(t.text(k + 2));
    if (
      last > day &&
      mon &&
      /^\p{L}/u.test(t.text(k + 2)) &&
      /^,?\s+$/.test(t.gap(k + 2)) &&
      readsAsYear(t, k + 3, true)
    ) {
      const year = intOf(t.text(k + 3));
      // A night of two days is written with a slash too: "night of 16/17 Dec 1916".
      const slash = t.gap(k).includes('/');
      if (last <= daysInMonth(year, mon) && (!slash || last === day + 1 || oldAndNewStyle(day, last, year)))
        return { last: k + 3, value: span({ year, month: mon, day }, { year, month: mon, day: last }) };
    }
  }
  // day Month–day Month year: "30 June–2 July 1934".
  // Not a day in the Old Style and the New: "19 February/3 March 1861".
  const dash = k + 4 < t.count && rangeGapAfter(t, k + 1) && !t.gap(k + 1).includes('/');
  if (day && dash && /^\s+$/.test(t.gap(k)) && /^\s+$/.test(t.gap(k + 2))) {
    // In another language's months too: "27 kvitnia – 9 lypnia 1907".
    const mon = anyMonth(t.text(k + 1)),
      last = dayOf(t.text(k + 2)),
      until = anyMonth(t.text(k + 3));
    if (
      mon &&
      last &&
      until > mon &&
      /^\p{L}/u.test(t.text(k + 1)) &&
      /^\p{L}/u.test(t.text(k + 3)) &&
      /^,?\s+$/.test(t.gap(k + 3)) &&
      readsAsYear(t, k + 4, true)
    ) {
      const year = intOf(t.text(k + 4));
      if (day <= daysInMonth(year, mon) && last <= daysInMonth(year, until))
        return { last: k + 4, value: span({ year, month: mon, day }, { year, month: until, day: last }) };
    }
  }
  // day Month year; not the second number of a pair that is no date ("14/27 Nov 1923": post 14 of a thread's 27).
  // A point after the day, as many languages write it, before a month in one of them: "14. juli 1934".
  const dotted =
    day > 0 &&
    t.charAfter(k, 0) === Char.FullStop &&
    t.gap(k) === '. ' &&
    k + 1 < t.count &&
    (foreignMonth(t.text(k + 1)) > 0 || AFTER_POINT_MONTH.has(t.text(k + 1)));
  if (day && k + 2 < t.count && (dotted || /^\s+(?:of\s+)?$/.test(t.gap(k))) && !afterSlashPair(t, k)) {
    let m = k + 1;
    if (t.key(m) === 'of') m++;
    const mon = anyMonth(t.text(m)) || (dotted ? (AFTER_POINT_MONTH.get(t.text(m)) ?? 0) : 0);
    if (
      mon &&
      /^\p{L}/u.test(t.text(m)) &&
      m + 1 < t.count &&
      /^,?\s+$/.test(t.gap(m)) &&
      readsAsYear(t, m + 1, true)
    ) {
      const year = intOf(t.text(m + 1));
      if (day <= daysInMonth(year, mon)) return { last: m + 1, value: single({ year, month: mon, day }) };
    }
    const said =
      mon && /^\p{L}/u.test(t.text(m)) && m + 1 < t.count && /^,?\s+$/.test(t.gap(m)) ? wordsYear(t, m + 1) : undefined;
    if (said && day <= daysInMonth(said.year, mon))
      return { last: said.last, value: single({ year: said.year, month: mon, day }) };
    if (mon && /^[A-Z]/.test(t.text(m)) && m + 1 < t.count && /^\.?\s+['’]?$/.test(t.gap(m))) {
      const year = shortYearAt(t, m + 1, t.gap(m), true, shortYears);
      if (year && day <= daysInMonth(year, mon)) return { last: m + 1, value: single({ year, month: mon, day }) };
    }
  }
  // d/m/yyyy, d.m.yyyy, d. m. yyyy; the month in Roman numerals too: "15.XI.1924"
  if (
    /^\d{1,2}$/.test(text) &&
    k + 2 < t.count &&
    // Czech and Slovak notes space it: "15. 9. 1935".
    (t.gap(k) === '/' || t.gap(k) === '.' || t.gap(k) === '. ') &&
    t.gap(k + 1) === t.gap(k)
  ) {
    const roman = romanMonth(t.text(k + 1));
    const a = intOf(text),
      b = roman || intOf(t.text(k + 1));
    if (isYearText(t.text(k + 2)) && (roman > 0 || /^\d{1,2}$/.test(t.text(k + 1)))) {
      const year = intOf(t.text(k + 2));
      const [dd, mm] = b > 12 && a <= 12 && !roman ? [b, a] : [a, b];
      if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysInMonth(year, mm))
        return { last: k + 2, value: single({ year, month: mm, day: dd }) };
    }
    return undefined;
  }
  const n = intOf(text);
  // 44 BC, 800 AD
  if (n >= 1 && text.length <= 4) {
    const era = eraAfter(t, k);
    if (era !== 0) return { last: k + 1, value: single({ year: era * n }) };
  }
  // Year first, as ISO and East Asian notes write it: "1917-10-25", "1905.1.3", "1921/3/18".
  const first = isYearText(text) && k + 2 < t.count ? yearFirst(t, k) : undefined;
  if (first) return first;
  if (!readsAsYear(t, k)) return undefined;
  // Y–Y, Y-YY, Y-Y
  if (k + 1 < t.count && RANGE_GAP.test(t.gap(k))) {
    const nextText = t.text(k + 1);
    const m = intOf(nextText);
    let end = NaN;
    if (nextText.length === 4 && readsAsYear(t, k + 1)) end = m;
    // A short end is a year only written tight ("1927-28", "1905–7"), and not a figure ("1933 – 95% voted yes").
    else if (nextText.length <= 2 && !/\s/.test(t.gap(k)) && !/^[%.,]?\d|^%/.test(t.gap(k + 1))) {
      if (nextText.length === 2 && !Number.isNaN(m)) end = Math.floor(n / 100) * 100 + m;
      else if (nextText.length === 1 && !Number.isNaN(m)) end = Math.floor(n / 10) * 10 + m;
    }
    if (!Number.isNaN(end) && end > n && end - n < 200) {
      return { last: k + 1, value: span({ year: n }, { year: end }) };
    }
    // An ISO month, which no span of years can be: "[1921-03]", "1917-10" (not "1906-11", 1906 to 1911).
    if (t.gap(k) === '-' && nextText.length === 2 && m >= 1 && m <= 12 && !/^[-.\/]?\d/.test(t.gap(k + 1)))
      return { last: k + 1, value: single({ year: n, month: m }) };
  }
  // Y to Y
  if (k + 2 < t.count && t.key(k + 1) === 'to' && readsAsYear(t, k + 2) && intOf(t.text(k + 2)) > n) {
    return { last: k + 2, value: span({ year: n }, { year: intOf(t.text(k + 2)) }) };
  }
  return { last: k, value: single({ year: n }) };
}

/** A year, month and day as Chinese and Japanese write them, in one token: "1917年10月25日", "1933年1月". */
const CJK_DATE = /^(1\d{3}|20\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/;

/** Words of a Vietnamese date that a scanner may start at. */
export const VIETNAMESE_DATE_STARTERS: readonly string[] = ['ngay', 'thang'];

/** "ngày 20 tháng 12 năm 1918" (day, month, year), "tháng 3 năm 1921" (month, year). */
function vietnameseDate(t: TokenView, k: number): DateMatch | undefined {
  let j = k,
    day: number | undefined;
  if (t.key(j) === 'ngay') {
    if (j + 2 >= t.count || !/^\d{1,2}$/.test(t.text(j + 1)) || t.key(j + 2) !== 'thang') return undefined;
    day = intOf(t.text(j + 1));
    j += 2;
  }
  if (j + 3 >= t.count || !/^\d{1,2}$/.test(t.text(j + 1)) || t.key(j + 2) !== 'nam' || !isYearText(t.text(j + 3)))
    return undefined;
  const month = intOf(t.text(j + 1)),
    year = intOf(t.text(j + 3));
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > daysInMonth(year, month)))) return undefined;
  return { last: j + 3, value: single({ year, month, day }) };
}

/** A date written year first, its three numbers parted by one sign: "1917-10-25", "1905.1.3", "1921/3/18". */
function yearFirst(t: TokenView, k: number): DateMatch | undefined {
  const sep = t.gap(k);
  if ((sep !== '-' && sep !== '.' && sep !== '/') || t.gap(k + 1) !== sep) return undefined;
  if (!/^\d{1,2}$/.test(t.text(k + 1)) || !/^\d{1,2}$/.test(t.text(k + 2))) return undefined;
  // Not a longer run of numbers: "1917.10.25.3".
  if (k + 3 < t.count && t.gap(k + 2) === sep && /^\d/.test(t.text(k + 3))) return undefined;
  const year = intOf(t.text(k)),
    month = intOf(t.text(k + 1)),
    day = intOf(t.text(k + 2));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { last: k + 2, value: single({ year, month, day }) };
}

function decade(t: TokenView, k: number, start: number): DateValue {
  let from = start,
    to = start + 9,
    prefix = '';
  const prev = k > 0 ? (t.key(k - 1) === 'the' && k > 1 ? t.key(k - 2) : t.key(k - 1)) : '';
  if (prev === 'early') {
    to = start + 3;
    prefix = 'the early ';
  } else if (prev === 'mid') {
    from = start + 3;
    to = start + 6;
    prefix = 'the mid-';
  } else if (prev === 'late') {
    from = start + 6;
    prefix = 'the late ';
  }
  const first = toIso({ year: from }),
    last = toIso({ year: to });
  return { iso: interval(first, last), from: first, to: last, words: `${prefix || 'the '}${start}s` };
}

/** One ISO date, or the interval between two. */
function interval(from: string, to: string): string {
  return from === to ? from : `${from}/${to}`;
}
