/**
 * A note's recognised mentions, kept up to date edit by edit. Mentions are stored per line with line-relative
 * columns, and each line remembers the Markdown state at its start; an edit re-scans the lines it touched and
 * carries on only while the state at the next line differs from before (an opened code fence changes what
 * follows; a typed letter does not). Lines after that keep their mentions untouched.
 */
import { START_STATE, sameState, type LineState } from './markdownLines';
import { Char } from './charCodes';
import type { Scanner } from './scan';
import { TopicProfile, type TopicModel } from './topics';
import type { LineMention, Mention } from './types';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** Splits text into lines and the line break that ends each ('' for the last), as LSP counts lines. */
function splitWithBreaks(text: string): { lines: string[]; breaks: string[] } {
  const lines: string[] = [],
    breaks: string[] = [];
  const re = /\r\n|\r|\n/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push(text.slice(last, m.index));
    breaks.push(m[0]);
    last = m.index + m[0].length;
  }
  lines.push(text.slice(last));
  breaks.push('');
  return { lines, breaks };
}

/** Replaces `removed` items at `at` with `items`; splice's spread would overflow the stack on very long inserts. */
function replaceRun<T>(arr: T[], at: number, removed: number, items: T[]): T[] {
  if (items.length < 10_000) {
    arr.splice(at, removed, ...items);
    return arr;
  }
  return arr.slice(0, at).concat(items, arr.slice(at + removed));
}

/** Shared by every line without mentions (most of them): lines' lists are replaced, never added to. */
const NO_MENTIONS: Mention[] = [];

export class NoteAnalysis {
  private lines: string[] = [];
  /** The line break ending each line, as written ('\n', '\r\n' or '\r'; '' for the last line). */
  private breaks: string[] = [];
  /** states[i]: the Markdown state at the start of line i; one more than there are lines. */
  private states: LineState[] = [];
  private mentions: Mention[][] = [];
  /** Lines whose names several entities bear, read in the note's context; dropped on every change. */
  private resolved?: Map<number, Mention[]>;

  constructor(
    private readonly scanner: Scanner,
    text: string,
  ) {
    this.reset(text);
  }

  reset(text: string): void {
    this.resolved = undefined;
    ({ lines: this.lines, breaks: this.breaks } = splitWithBreaks(text));
    this.states = new Array<LineState>(this.lines.length + 1);
    this.mentions = new Array<Mention[]>(this.lines.length);
    this.states[0] = START_STATE;
    for (let i = 0; i < this.lines.length; i++) {
      const out: Mention[] = [];
      this.states[i + 1] = this.scanner.scanLine(this.lines[i], this.states[i], i, out);
      this.mentions[i] = out.length ? out : NO_MENTIONS;
    }
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineText(line: number): string {
    return this.lines[line] ?? '';
  }

  /** The line break that ends a line as written ('\n', '\r\n' or '\r'; '' for the last line). */
  lineBreak(line: number): string {
    return this.breaks[line] ?? '';
  }

  /** The note's text, line breaks as written. */
  text(): string {
    let out = '';
    for (let i = 0; i < this.lines.length; i++) out += this.lines[i] + this.breaks[i];
    return out;
  }

  /**
   * Applies one LSP-style change (a range and its new text) exactly as an LSP text document does: a reversed
   * range is turned round, a position past the end of its line stands at the line's end, one past the last line
   * at the end of the note, so a change that does not fit cannot corrupt the note. Only the lines the change
   * touches are split again; a CR left before an LF that the change brings (or the reverse) joins into one break.
   */
  applyChange(range: Range, text: string): void {
    this.resolved = undefined;
    let start = this.clampPosition(range.start);
    let end = this.clampPosition(range.end);
    if (end.line < start.line || (end.line === start.line && end.character < start.character))
      [start, end] = [end, start];
    let sl = start.line;
    const el = end.line;
    let region =
      this.lines[sl].slice(0, start.character) + text + this.lines[el].slice(end.character) + this.breaks[el];
    // The line before ends in a lone CR and the region now starts with LF: they are one line break.
    if (sl > 0 && this.breaks[sl - 1] === '\r' && region.charCodeAt(0) === Char.LineFeed) {
      sl--;
      region = this.lines[sl] + '\r' + region;
    }
    const inserted = splitWithBreaks(region);
    // The region ends with the old line break of line el: what follows it is the next line, already there.
    if (el < this.lines.length - 1) {
      inserted.lines.pop();
      inserted.breaks.pop();
    }
    const removed = el - sl + 1;
    const n = inserted.lines.length;
    this.lines = replaceRun(this.lines, sl, removed, inserted.lines);
    this.breaks = replaceRun(this.breaks, sl, removed, inserted.breaks);
    this.mentions = replaceRun(
      this.mentions,
      sl,
      removed,
      inserted.lines.map(() => [] as Mention[]),
    );
    // states[sl] (the state before the first changed line) stays, and so does states[el + 1], the old state at
    // the start of the line after the change: the convergence test below compares with it. Only the states
    // inside the change are replaced (by placeholders, each set before it is read).
    this.states = replaceRun(
      this.states,
      sl + 1,
      removed - 1,
      inserted.lines.slice(1).map(() => START_STATE),
    );
    const lastInserted = sl + n - 1;
    let i = sl;
    for (; i < this.lines.length; i++) {
      const out: Mention[] = [];
      const next = this.scanner.scanLine(this.lines[i], this.states[i], i, out);
      this.mentions[i] = out;
      const converged = i >= lastInserted && sameState(next, this.states[i + 1]);
      this.states[i + 1] = next;
      if (converged) break;
    }
  }

  /** Where an LSP text document puts a position: inside the note, never between the two characters of a CRLF. */
  private clampPosition(p: Position): Position {
    const last = this.lines.length - 1;
    const line = Number.isNaN(p.line) ? 0 : Math.floor(p.line);
    if (line < 0) return { line: 0, character: 0 };
    if (line > last) return { line: last, character: this.lines[last].length };
    return { line, character: clamp(p.character, 0, this.lines[line].length) };
  }

  /** The Markdown state at the start of a line. */
  stateAt(line: number): LineState {
    return this.states[line] ?? START_STATE;
  }

  /**
   * The mentions of a line, a name several entities bear read in the note's context (recogniser/topics.ts):
   * resolved to one, or left with its candidates when nothing decides.
   */
  mentionsOnLine(line: number): readonly Mention[] {
    const list = this.mentions[line] ?? [];
    if (!this.scanner.topics || !list.some((m) => m.candidates)) return list;
    return (this.resolved ??= this.resolveAll(this.scanner.topics)).get(line) ?? list;
  }

  /** The mention under a position: its range contains the character, or ends right at it. */
  mentionAt(pos: Position): LineMention | undefined {
    for (const m of this.mentionsOnLine(pos.line))
      if (pos.character >= m.start && pos.character <= m.end) return { ...m, line: pos.line };
    return undefined;
  }

  *all(): IterableIterator<LineMention> {
    for (let line = 0; line < this.mentions.length; line++) {
      for (const m of this.mentionsOnLine(line)) yield { ...m, line };
    }
  }

  /** Every line with a name of several entities, read once in the light of the whole note. */
  private resolveAll(model: TopicModel): Map<number, Mention[]> {
    const raw: LineMention[] = [];
    for (let line = 0; line < this.mentions.length; line++)
      for (const m of this.mentions[line]) raw.push({ ...m, line });
    const profile = TopicProfile.of(raw, model, frontMatterTopics(this.lines));
    const out = new Map<number, Mention[]>();
    for (let line = 0; line < this.mentions.length; line++) {
      const list = this.mentions[line];
      if (!list.some((m) => m.candidates)) continue;
      out.set(
        line,
        list.map((m) => {
          if (!m.candidates) return m;
          const { id, candidates } = profile.resolve({ ...m, line });
          const kind = model.kindOf(id) ?? m.kind;
          const { candidates: _was, ...rest } = m;
          return candidates ? { ...rest, id, kind, candidates } : { ...rest, id, kind };
        }),
      );
    }
    return out;
  }

  /** How many mentions, without materialising them. */
  count(): number {
    let n = 0;
    for (const l of this.mentions) n += l.length;
    return n;
  }
}

/** The topics a note's front matter names: `topic: germany` or `topics: [russia, germany]`. */
function frontMatterTopics(lines: readonly string[]): string[] {
  if (lines[0]?.trim() !== '---') return [];
  for (let i = 1; i < lines.length && i < 200; i++) {
    const line = lines[i];
    if (line.trim() === '---' || line.trim() === '...') break;
    const m = /^topics?\s*:\s*(.*)$/i.exec(line);
    if (m)
      return m[1]
        .replace(/[[\]"']/g, '')
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean);
  }
  return [];
}

function clamp(n: number, lo: number, hi: number): number {
  if (Number.isNaN(n)) return lo;
  return n < lo ? lo : n > hi ? hi : Math.floor(n);
}
