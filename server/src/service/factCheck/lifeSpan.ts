/**
 * A life span in a bracket right after a person's name: "Lenin (1870–1926)", "Trotsky (7 Nov 1879 – 21 Aug 1941)",
 * against the birth and death the knowledge base records.
 *
 * Precision first. A bracket after a name also holds a reign or a term ("Alexander III (1881–94)", "Stalin
 * (1922–53)"). So a span is read as a life only when one of its ends is right (the year of birth, or of death, Old
 * Style allowed) and the other misses by at most a few years: no reign begins within a few years of its holder's
 * birth, nor does a term that ends within a few years of the death begin at the birth. The bracket holds the dates
 * alone ("b."/"d." aside), then closes or goes on after a comma.
 */
import { parseIsoDate, type PartialDate } from '../../kb/dates';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { inOldStyle, overlaps } from './pairing';
import { correctedDate, isoPhrase, whenPhrase, writtenPhrase } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';

/** The most years a written end may miss by and the bracket still be read as a life span. */
const NEAR_YEARS = 8;

/** Before the first date: the bracket opens, perhaps with "b." or "born". */
const OPEN = /^\s*\(\s*(?:(?:b\.|born)\s*)?$/i;
/** Between two dates: a dash, perhaps with "d." or "died". */
const DASH = /^\s*[-–—]\s*(?:(?:d\.|died)\s*)?$/i;
/** After the last date: the bracket closes, or goes on after a comma or semicolon. */
const CLOSE = /^\s*[),;]/;

export const lifeSpan: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

/** One end of the span: where it is written and the days it can mean. */
interface End {
  at: Mention;
  from: PartialDate;
  to: PartialDate;
  /** The digits of the year as written ("82" in "1906–82"), where the end is a year of a span written as one. */
  year?: { start: number; end: number };
}

function check(claim: Claim): Verdict {
  const { entity: p, text, clause, mention: m, severities } = claim;
  if (p.kind !== 'person' || !p.born || !p.died || severities.dates === undefined) return undefined;
  const span = spanAfter(text, clause.mentions, m);
  if (!span) return undefined;
  const born = parseIsoDate(p.born.date),
    died = parseIsoDate(p.died.date);
  if (!born || !died) return undefined;
  const [a, b] = span;
  // A birth the sources date a year apart is right either way.
  const bornRight =
    overlaps(born, born, a.from, a.to) ||
    inOldStyle(p.born.oldStyle, a) ||
    (!!p.born.approximate && Math.abs(a.from.year - born.year) <= 1);
  const diedRight = overlaps(died, died, b.from, b.to) || inOldStyle(p.died.oldStyle, b);
  if (bornRight === diedRight) return undefined;
  const [wrong, right, iso, said] = bornRight
    ? ([b, died, p.died.date, 'died'] as const)
    : ([a, born, p.born.date, 'was born'] as const);
  if (Math.abs(wrong.from.year - right.year) > NEAR_YEARS) return undefined;
  const source = bornRight ? p.died.source : p.born.source;
  const written = wrong.year ? text.slice(wrong.year.start, wrong.year.end) : text.slice(wrong.at.start, wrong.at.end);
  // An end of a span of months ("Apr 1872 – Jan 1924"), one mention: told by its own words, with no fix.
  const ofSpan = !wrong.year && a.at === b.at;
  const not = wrong.year
    ? `in ${yearOf(written, wrong)}`
    : ofSpan
      ? whenPhrase(wrong.from, wrong.from)
      : writtenPhrase(wrong.at);
  const message = `${p.label} ${said} ${isoPhrase(iso)}, not ${not}.`;
  const at = wrong.year ?? wrong.at;
  const fix = wrong.year ? yearAs(written, right.year) : ofSpan ? undefined : correctedDate(wrong.at, right);
  return [factFinding({ line: clause.line, ...at }, severities.dates, Code.WrongDate, message, source, fix)];
}

/** The full year an end's digits stand for: "82" after 1906 is 1982. */
function yearOf(written: string, end: End): string {
  return written.length === 4 ? written : String(end.from.year);
}

/** A year written as the student wrote it: two digits for two, when the century is the same. */
function yearAs(written: string, year: number): string {
  const full = String(year);
  return written.length === 2 && full.length === 4 ? full.slice(2) : full;
}

/** The two ends of a span in a bracket right after the name: one date mention of a span, or two dates. */
function spanAfter(text: string, mentions: Mention[], m: Mention): [End, End] | undefined {
  const i = mentions.indexOf(m);
  const d1 = mentions[i + 1];
  if (d1?.kind !== 'date' || !d1.date || d1.date.approximate || !OPEN.test(text.slice(m.end, d1.start))) return;
  const d2 = mentions[i + 2];
  if (d2?.kind === 'date' && d2.date && !d2.date.approximate && DASH.test(text.slice(d1.end, d2.start))) {
    if (!CLOSE.test(text.slice(d2.end)) || d1.date.from !== d1.date.to || d2.date.from !== d2.date.to) return;
    return [endOf(d1, d1.date.from), endOf(d2, d2.date.to)];
  }
  if (d1.date.from === d1.date.to || !CLOSE.test(text.slice(d1.end))) return;
  // One mention of a span of years: "1870–1926", "1906–82". Each end's digits are the first and last number.
  const written = text.slice(d1.start, d1.end);
  const nums = [...written.matchAll(/\d+/g)];
  // A span of months: "Apr 1870 – Jan 1924".
  if (!/^\d+\s*[-–—]\s*\d+$/.test(written)) return [endOf(d1, d1.date.from), endOf(d1, d1.date.to)];
  if (nums.length !== 2) return;
  const year = (k: number) => {
    const start = d1.start + nums[k].index!;
    return { start, end: start + nums[k][0].length };
  };
  return [
    { ...endOf(d1, d1.date.from), year: year(0) },
    { ...endOf(d1, d1.date.to), year: year(1) },
  ];
}

function endOf(at: Mention, iso: string): End {
  const d = parseIsoDate(iso)!;
  return { at, from: d, to: d };
}
