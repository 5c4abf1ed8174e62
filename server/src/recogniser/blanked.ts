/**
 * What a line says once the markup around its words is blanked: cloze deletions (cloze.ts) and scholars' references
 * (citations.ts). Each is replaced by spaces, so every offset in the line stays where it was; the recogniser and the
 * fact checker read the same blanked line. Struck-through words are still names the note holds (found by references
 * and hover), so only the fact checker blanks them (`unstruck`).
 */
import { uncited } from './citations';
import { unclozed } from './cloze';

/** Struck-through words, as GitHub's Markdown writes them: "in ~~1920~~ 1921" — the writer took them back. */
const STRUCK = /~~(?=\S)[^~\n]*?\S~~/g;

/** The line with its struck-through words blanked; the line itself when it has none. */
export function unstruck(line: string): string {
  return line.includes('~~') ? line.replace(STRUCK, (w) => ' '.repeat(w.length)) : line;
}

/** The line as it is read: cloze answers in place, references blanked. */
export function blanked(line: string): string {
  return uncited(unclozed(line));
}
