/**
 * Scholarly references, as essays cite their reading: "(Kershaw 2000: 828)", "(Figes, 1996, p. 45)", a note "[3]
 * Evans 2003, p. 330." and a bibliography's entry "Conquest, R. (1989) *Stalin and the Kirov Murder*." A year there
 * is when a book came out and the name is its author's, so neither is the note's history: each reference is blanked
 * with spaces, so every offset in the line stays where it was. Only the forms a reference alone takes are read: a
 * year after a name and before a page; a year in brackets after a name and its initials, before a title in italics.
 */

/** A surname, with a second author or "et al.": "Kershaw", "Jansen & Petrov", "Getty and Naumov", "Davies et al.". */
const AUTHOR = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:&|and)\s+\p{Lu}[\p{L}'’-]+|\s+et\s+al\.)?`;
/** A year of publication, perhaps with a letter ("1996a"). */
const YEAR = String.raw`(?:1[6-9]\d\d|20[0-4]\d)[a-z]?`;
/** A page or pages: ": 828", ", p. 45", ", pp. 45–50". */
const PAGES = String.raw`(?:\s*:\s*|,\s*pp?\.\s*)\d+(?:\s*[–-]\s*\d+)?`;
/**
 * One reference in a text, with its page: "Kershaw 2000: 828", "Figes, 1996, p. 45". Without a page it may be a
 * place and a date ("(Petrograd, 1917)"), so it stays.
 */
const CITE = String.raw`(?:see\s+|cf\.\s+)?${AUTHOR},?\s+${YEAR}${PAGES}`;
/** References in a bracket, one or several: "(Kershaw 2000: 828; Evans 2003: 12)". */
const IN_TEXT = new RegExp(String.raw`\(${CITE}(?:\s*;\s*${CITE})*\)`, 'gu');
/** A numbered note: "[3] Evans 2003, p. 330." */
const NOTE = new RegExp(String.raw`\[\d{1,3}\]\s+${AUTHOR}\s+${YEAR}${PAGES}\.?`, 'gu');
/** A name and its initials: "Conquest, R.", "Lincoln, W. B.", "Dumbach, A. & Newborn, J.". */
const NAMED = String.raw`\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*){1,3}`;
/** A bibliography's entry: "Conquest, R. (1989) *Stalin and the Kirov Murder*." */
const ENTRY = new RegExp(
  String.raw`${NAMED}(?:(?:&|and)\s+${NAMED})*(?:\(eds?\.\)\s*)?\(${YEAR}\)\s*(?:\*[^*\n]+\*|_[^_\n]+_)\.?`,
  'gu',
);
/** Quick tests, most lines failing the first: a year with a page after it, or a year in brackets. */
const YEAR_PAGE = /\d{4}[a-z]?(?:\s*:\s*|,\s*pp?\.\s*)\d/;
const YEAR_BRACKETED = /\((?:1[6-9]|20)\d\d[a-z]?\)/;

/** The line with its references blanked; the line itself when it has none. */
export function uncited(line: string): string {
  if (!line.includes('(') && !line.includes('[')) return line;
  const paged = YEAR_PAGE.test(line);
  const entry = YEAR_BRACKETED.test(line);
  if (!paged && !entry) return line;
  const blank = (w: string) => ' '.repeat(w.length);
  if (paged) line = line.replace(IN_TEXT, blank).replace(NOTE, blank);
  return entry ? line.replace(ENTRY, blank) : line;
}
