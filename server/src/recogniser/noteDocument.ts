/**
 * An open note as an LSP `TextDocument` (the interface of vscode-languageserver-textdocument): its URI, version
 * and text, with offsets and positions exactly as that library computes them. The text is the note analysis's
 * lines, edited by the analysis (which re-recognises only the lines an edit touched).
 *
 * Not the library's own `TextDocument.update`: its text is one string, rebuilt and flattened by V8 on every edit,
 * which costs a copy of the whole note per keystroke (1.4 ms on a 1 MB note, and a collection of 2 MB each time),
 * and its line offsets go wrong after a change whose range lies past the end. The properties in test/properties.ts
 * hold this document to the library's answers.
 */
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { NoteAnalysis } from './noteAnalysis';

export class NoteDocument implements TextDocument {
  readonly languageId = 'markdown';
  /** The offset at which each line starts, built when first asked for after an edit. */
  private starts?: number[];

  constructor(
    readonly uri: string,
    public version: number,
    readonly analysis: NoteAnalysis,
  ) {}

  /** Says that the analysis's text has changed (at `version`). */
  edited(version: number): void {
    this.version = version;
    this.starts = undefined;
  }

  get lineCount(): number {
    return this.analysis.lineCount;
  }

  getText(range?: Range): string {
    const text = this.analysis.text();
    return range ? text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.length(starts);
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    return Math.min(start + position.character, start + this.analysis.lineText(position.line).length);
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    const at = Math.max(Math.min(offset, this.length(starts)), 0);
    let lo = 0,
      hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] > at) hi = mid;
      else lo = mid + 1;
    }
    const line = lo - 1;
    return { line, character: Math.min(at - starts[line], this.analysis.lineText(line).length) };
  }

  /** The range of a line without its line break; past the last line, the last line's; before the first, empty. */
  getLineRange(line: number): Range {
    const at = Math.min(line, this.lineCount - 1);
    const end = line < 0 ? 0 : this.analysis.lineText(at).length;
    return { start: { line: Math.max(at, 0), character: 0 }, end: { line: Math.max(at, 0), character: end } };
  }

  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.lineCount ? '' : this.analysis.lineBreak(line);
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts: number[] = [];
      let at = 0;
      for (let i = 0; i < this.analysis.lineCount; i++) {
        starts.push(at);
        at += this.analysis.lineText(i).length + this.analysis.lineBreak(i).length;
      }
      this.starts = starts;
    }
    return this.starts;
  }

  private length(starts: number[]): number {
    const last = starts.length - 1;
    return starts[last] + this.analysis.lineText(last).length + this.analysis.lineBreak(last).length;
  }
}
