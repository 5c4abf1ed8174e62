/**
 * Partial calendar dates: a year, a month or a day. Stored as ISO-like strings whose length is the precision
 * ("1924", "1924-01", "1924-01-21"); a leading '-' marks a year BCE (astronomical numbering is not used:
 * "-0044" is 44 BCE).
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Month number (1-12) of an English month name or its common abbreviation, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  for (let i = 0; i < 12; i++) {
    const m = MONTHS[i].toLowerCase();
    if (m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept'))) return i + 1;
  }
  return 0;
}

export function parseIsoDate(s: string): PartialDate | undefined {
  const m = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const year = (m[1] ? -1 : 1) * Number(m[2]);
  const out: PartialDate = { year };
  if (m[3]) out.month = Number(m[3]);
  if (m[4]) out.day = Number(m[4]);
  if (out.month !== undefined && (out.month < 1 || out.month > 12)) return undefined;
  if (out.day !== undefined && (out.day < 1 || out.day > daysInMonth(year, out.month!))) return undefined;
  return out;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function precisionOf(d: PartialDate): Precision {
  return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

export function toIso(d: PartialDate): string {
  const y = (d.year < 0 ? '-' : '') + String(Math.abs(d.year)).padStart(4, '0');
  if (d.month === undefined) return y;
  const m = `${y}-${String(d.month).padStart(2, '0')}`;
  return d.day === undefined ? m : `${m}-${String(d.day).padStart(2, '0')}`;
}

/** A sortable number: the first day the partial date can mean (year*10000 + month*100 + day). */
export function startKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}

/** The last day the partial date can mean. */
export function endKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
}

/** A day number (days since 1970) for a partial date: the first day it can mean, or (`last`) its last. */
export function dayNumber(d: PartialDate, last = false): number {
  const month = d.month ?? (last ? 12 : 1);
  const day = d.day ?? (last ? daysInMonth(d.year, month) : 1);
  return Date.UTC(d.year, month - 1, day) / 86_400_000;
}

/** A sortable month number: the first month the partial date can mean, or (`last`) its last. */
export function monthKey(d: PartialDate, last = false): number {
  return d.year * 12 + (d.month ?? (last ? 12 : 1));
}

/** Do two partial dates overlap at the coarser of their precisions? ("1924" and "1924-01-21" do.) */
export function datesOverlap(a: PartialDate, b: PartialDate): boolean {
  return startKey(a) <= endKey(b) && startKey(b) <= endKey(a);
}

export function formatDate(d: PartialDate): string {
  const era = d.year < 0 ? ' BCE' : '';
  const y = `${Math.abs(d.year)}${era}`;
  if (d.month === undefined) return y;
  if (d.day === undefined) return `${monthName(d.month)} ${y}`;
  return `${d.day} ${monthName(d.month)} ${y}`;
}

export function formatIso(s: string | undefined): string {
  if (!s) return '';
  const d = parseIsoDate(s);
  return d ? formatDate(d) : s;
}
