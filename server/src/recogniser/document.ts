/**
 * A note's recognised mentions, kept up to date edit by edit. Mentions are stored per line with line-relative
 * columns, and each line remembers the Markdown state at its start; an edit re-scans the lines it touched and
 * carries on only while the state at the next line differs from before (an opened code fence changes what
 * follows; a typed letter does not). Lines after that keep their mentions untouched.
 */
import { START_STATE, sameState, type LineState } from './markdown';
import type { Scanner } from './scan';
import type { LineMention, Mention } from './types';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

export class NoteAnalysis {
  private lines: string[] = [];
  /** states[i]: the Markdown state at the start of line i; one more than there are lines. */
  private states: LineState[] = [];
  private mentions: Mention[][] = [];
  /** Lines re-scanned by the last update: [first, end). */
  lastRescan: [number, number] = [0, 0];

  constructor(private readonly scanner: Scanner, text: string) {
    this.reset(text);
  }

  reset(text: string): void {
    this.lines = splitLines(text);
    this.states = new Array<LineState>(this.lines.length + 1);
    this.mentions = new Array<Mention[]>(this.lines.length);
    this.states[0] = START_STATE;
    for (let i = 0; i < this.lines.length; i++) {
      const out: Mention[] = [];
      this.states[i + 1] = this.scanner.scanLine(this.lines[i], this.states[i], i, out);
      this.mentions[i] = out;
    }
    this.lastRescan = [0, this.lines.length];
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineText(line: number): string {
    return this.lines[line] ?? '';
  }

  text(): string {
    return this.lines.join('\n');
  }

  /**
   * Applies one LSP-style change (a range and its new text). Positions past the end are clamped, so a change
   * that does not fit the document cannot corrupt it.
   */
  applyChange(range: Range, text: string): void {
    const sl = clamp(range.start.line, 0, this.lines.length - 1);
    const el = clamp(range.end.line, sl, this.lines.length - 1);
    const sc = clamp(range.start.character, 0, this.lines[sl].length);
    const ec = el === sl ? clamp(range.end.character, sc, this.lines[el].length) : clamp(range.end.character, 0, this.lines[el].length);
    // A lone CR next to an LF would join into one line break: re-read the whole note rather than guess.
    if (text.endsWith('\r') || (text.startsWith('\n') && sc === 0 && sl > 0)) {
      const prefix = this.offsetParts(sl, sc, el, ec);
      this.reset(prefix.before + text + prefix.after);
      return;
    }
    const inserted = splitLines(this.lines[sl].slice(0, sc) + text + this.lines[el].slice(ec));
    if (inserted.length > 5000) {
      const parts = this.offsetParts(sl, sc, el, ec);
      this.reset(parts.before + text + parts.after);
      return;
    }
    const removed = el - sl + 1;
    this.lines.splice(sl, removed, ...inserted);
    this.mentions.splice(sl, removed, ...inserted.map(() => [] as Mention[]));
    // states[sl] (the state before the first changed line) stays; the states after the inserted lines are the
    // old states of the lines that follow, kept for the convergence test below.
    this.states.splice(sl + 1, removed, ...inserted.map(() => START_STATE));
    const lastInserted = sl + inserted.length - 1;
    let i = sl;
    for (; i < this.lines.length; i++) {
      const out: Mention[] = [];
      const next = this.scanner.scanLine(this.lines[i], this.states[i], i, out);
      this.mentions[i] = out;
      const converged = i >= lastInserted && sameState(next, this.states[i + 1]);
      this.states[i + 1] = next;
      if (converged) break;
    }
    this.lastRescan = [sl, Math.min(i + 1, this.lines.length)];
  }

  private offsetParts(sl: number, sc: number, el: number, ec: number): { before: string; after: string } {
    const before = this.lines.slice(0, sl).concat(this.lines[sl].slice(0, sc)).join('\n');
    const after = [this.lines[el].slice(ec)].concat(this.lines.slice(el + 1)).join('\n');
    return { before, after };
  }

  /** The Markdown state at the start of a line. */
  stateAt(line: number): LineState {
    return this.states[line] ?? START_STATE;
  }

  mentionsOnLine(line: number): readonly Mention[] {
    return this.mentions[line] ?? [];
  }

  /** The mention under a position: its range contains the character, or ends right at it. */
  mentionAt(pos: Position): LineMention | undefined {
    const list = this.mentions[pos.line];
    if (!list) return undefined;
    for (const m of list) if (pos.character >= m.start && pos.character <= m.end) return { ...m, line: pos.line };
    return undefined;
  }

  *all(): IterableIterator<LineMention> {
    for (let line = 0; line < this.mentions.length; line++) {
      for (const m of this.mentions[line]) yield { ...m, line };
    }
  }

  /** How many mentions, without materialising them. */
  count(): number {
    let n = 0;
    for (const l of this.mentions) n += l.length;
    return n;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return n < lo ? lo : n > hi ? hi : Math.floor(n);
}
