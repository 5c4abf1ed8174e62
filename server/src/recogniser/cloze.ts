/**
 * Flashcard cloze deletions, as Anki exports them: "The {{c1::Cheka}} was set up in {{c2::December 1917}}", with an
 * optional hint after a second "::" ("{{c1::Witte::minister}}"). The answer is the note's words; the braces, the
 * card number and the hint are not. Each is blanked with spaces, so every offset in the line stays where it was.
 */
const CLOZE = /\{\{c\d{1,3}::((?:(?!\}\}|::)[^\n{}])*)(?:::(?:(?!\}\})[^\n{}])*)?\}\}/g;

/** The line with its cloze markup blanked; the line itself when it has none. */
export function unclozed(line: string): string {
  if (!line.includes('{{')) return line;
  return line.replace(CLOZE, (w, answer: string) => {
    const open = w.indexOf('::') + 2;
    return ' '.repeat(open) + answer + ' '.repeat(w.length - open - answer.length);
  });
}
