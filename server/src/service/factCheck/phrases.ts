/**
 * Dates in the words of a finding: "on 21 January 1924", "17–25 April 1923", the correction at the note's precision.
 */
import { formatDate, parseIsoDate, startKey, endKey, type PartialDate } from '../../kb/dates';
import type { Mention } from '../../recogniser/types';

/** "21 January 1924", "17–25 April 1923", "January 1924 – May 1924". */
export function spanWords(from: PartialDate, to: PartialDate): string {
  if (startKey(from) === startKey(to) && endKey(from) === endKey(to)) return formatDate(from);
  if (
    from.year === to.year &&
    from.month !== undefined &&
    from.month === to.month &&
    from.day !== undefined &&
    to.day !== undefined
  ) {
    return `${from.day}–${to.day} ${formatDate({ year: to.year, month: to.month })}`;
  }
  if (from.year === to.year && from.day !== undefined && to.day !== undefined) {
    return `${formatDate(from).replace(/ \d+$/, '')} – ${formatDate(to)}`;
  }
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** "on 21 January 1924", "in May 1924", "on 23–31 May 1924", "from 1928 to 1932". */
export function whenPhrase(from: PartialDate, to: PartialDate): string {
  const inWords = spanWords(from, to);
  const single = startKey(from) === startKey(to) && endKey(from) === endKey(to);
  if (single) return `${from.day !== undefined ? 'on' : 'in'} ${inWords}`;
  if (from.year === to.year && from.month === to.month && from.day !== undefined) return `on ${inWords}`;
  return `from ${formatDate(from)} to ${formatDate(to)}`;
}

/** The date as the student wrote it, with its preposition: "in 1923", "on 1 December 1933". */
export function writtenPhrase(d: Mention): string {
  const a = parseIsoDate(d.date!.from),
    b = parseIsoDate(d.date!.to);
  if (a && b && d.date!.from === d.date!.to) return whenPhrase(a, b).replace(/^from .*/, `in ${d.date!.words}`);
  // A range of days is "on" them: "on 16–17 July 1918".
  return `${a?.day !== undefined && b?.day !== undefined ? 'on' : 'in'} ${d.date!.words}`;
}

/** An ISO date of the knowledge base with its preposition: "on 21 January 1924". */
export function isoPhrase(iso: string): string {
  const d = parseIsoDate(iso)!;
  return whenPhrase(d, d);
}

/**
 * The correction for a written date, at the precision the student used; in the Old Style when the student wrote the
 * Old Style day or month of it ("9 Jan 1906" for Bloody Sunday, 9 January 1905 Old Style: "9 January 1905").
 */
export function correctedDate(written: Mention, at: PartialDate, oldStyle?: PartialDate): string {
  const d = written.date!;
  const p = parseIsoDate(d.from)!;
  const os = oldStyle && p.month === oldStyle.month && (p.day === undefined || p.day === oldStyle.day);
  const from = os && (p.day === undefined || oldStyle.day !== undefined) ? oldStyle : at;
  if (d.from !== d.to) return String(from.year);
  if (p.day !== undefined && from.day !== undefined) return formatDate(from);
  if (p.month !== undefined && from.month !== undefined) return formatDate({ year: from.year, month: from.month });
  return String(from.year);
}

/** " (9 January Old Style)" after a date the student wrote in the Old Style, as correctedDate reads it; else "". */
export function oldStyleNote(written: Mention, oldStyle?: PartialDate): string {
  const p = parseIsoDate(written.date!.from)!;
  if (!oldStyle || p.month !== oldStyle.month || p.day === undefined || p.day !== oldStyle.day) return '';
  return ` (${formatDate(oldStyle)} Old Style)`;
}

/** Names as a sentence lists them: "A", "A and B", "A, B and C". */
export function listPhrase(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}

/** A country's or a body's name as a sentence has it: "the United Kingdom", "the Petrograd Soviet", "France". */
export function theName(x: { label: string; kind?: string }): string {
  const the = x.kind === 'organisation' || /\b(?:Kingdom|Empire|Union|States|Republic|Netherlands)\b/.test(x.label);
  return the && !/^the\b/i.test(x.label) ? `the ${x.label}` : x.label;
}
