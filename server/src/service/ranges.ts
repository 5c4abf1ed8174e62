/** Ranges of the editor's kind, built once here: a stretch of one line, or from a column to a position. */
import type { Range } from 'vscode-languageserver-types';

/** The range of a stretch of one line: [start, end) on `line`. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
