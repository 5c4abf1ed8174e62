/**
 * A note's recognised mentions, kept up to date edit by edit. Mentions are stored per line with line-relative
 * columns, and each line remembers its prose (markdownBlocks.ts) and whether a top-level block (or an item of a
 * top-level list) starts there. An edit re-parses the blocks around it: from the start of the block or item
 * before the edited lines to the next line
 * where a block started before the edit and, reading one line further, still starts (else the next such line
 * after a blank line, else the end of the note: so a fence or HTML block opened or closed re-reads the rest). A
 * link reference or footnote definition in the run re-parses the whole note. Only the lines whose text or prose
 * changed are scanned again.
 */
import {
  BLOCK_START,
  DEFINITION,
  FENCED,
  NO_PROSE,
  RUN_START,
  mayStartRun,
  parseBlocks,
  type BlockParse,
  type LineProse,
  type NoteEnv,
} from './markdownBlocks';
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
  /** Each line's prose spans. */
  private prose: LineProse[] = [];
  /** Each line's flags: BLOCK_START, ITEM_START, DEFINITION, FENCED (markdownBlocks.ts). */
  private flags: number[] = [];
  /** The note's link reference definitions and footnote labels, from the last whole parse. */
  private env: NoteEnv = {};
  private mentions: Mention[][] = [];
  /** Lines whose names several entities bear, read in the note's context; dropped on every change. */
  private resolved?: Map<number, Mention[]>;
  /** The note's topics, weighed once per version, when a line with such a name is first asked for. */
  private profile?: TopicProfile;
  /**
   * The last reading of each line's list: a line the edit did not touch keeps its list, and when the new reading
   * is the same the same array is handed out again, so that what is cached under it (its findings) still holds.
   */
  private readings = new WeakMap<readonly Mention[], Mention[]>();

  constructor(
    private readonly scanner: Scanner,
    text: string,
  ) {
    this.reset(text);
  }

  reset(text: string): void {
    this.resolved = undefined;
    this.profile = undefined;
    ({ lines: this.lines, breaks: this.breaks } = splitWithBreaks(text));
    const parsed = parseBlocks(this.lines, 0, this.lines.length, {}, false, text.includes('\r') ? undefined : text);
    this.prose = parsed.prose;
    this.flags = parsed.flags;
    this.env = parsed.env;
    this.mentions = new Array<Mention[]>(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) this.mentions[i] = this.scan(i);
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
    this.profile = undefined;
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
    // Inside a top-level fence, away from its first and last lines, text without a backtick or tilde can
    // neither close the fence nor start anything: the new lines are code, and nothing else changes.
    let fenced = !text.includes('`') && !text.includes('~');
    for (let i = sl; i <= el && fenced; i++) if (!(this.flags[i] & FENCED)) fenced = false;
    let whole = false;
    for (let i = sl; i <= el; i++) if (this.flags[i] & DEFINITION) whole = true;
    this.lines = replaceRun(this.lines, sl, removed, inserted.lines);
    this.breaks = replaceRun(this.breaks, sl, removed, inserted.breaks);
    const fresh = inserted.lines.map(() => NO_MENTIONS);
    this.mentions = replaceRun(this.mentions, sl, removed, fresh);
    this.prose = replaceRun(
      this.prose,
      sl,
      removed,
      fresh.map(() => NO_PROSE),
    );
    this.flags = replaceRun(
      this.flags,
      sl,
      removed,
      fresh.map(() => (fenced ? FENCED : 0)),
    );
    if (fenced) return;
    const lastInserted = sl + n - 1;
    const count = this.lines.length;
    // The run to parse again: from the start of the block before the change (where that block starts depends
    // on nothing after it) to a line where a block started before the change and starts again after it (what
    // follows such a line is read as it was). The line after the run is parsed too, to see that it is such a
    // line: the next block start first, else one after a blank line, else the end of the note.
    let from = sl - 1;
    while (from > 0 && !(this.flags[from] & RUN_START)) from--;
    if (from < 0) from = 0;
    for (let i = from; i <= el && i < sl; i++) if (this.flags[i] & DEFINITION) whole = true;
    let to = lastInserted + 1;
    let parsed: BlockParse | undefined;
    for (let attempt = 0; !whole && attempt < 3; attempt++) {
      while (
        to < count &&
        !(attempt === 0
          ? this.flags[to] & RUN_START
          : attempt === 1 && this.flags[to] & BLOCK_START && mayStartRun(this.lines, to))
      )
        to++;
      for (let i = lastInserted + 1; i < to; i++) if (this.flags[i] & DEFINITION) whole = true;
      if (whole) break;
      parsed = parseBlocks(this.lines, from, to, this.runEnv(), true);
      if (parsed.definitions) whole = true;
      else if (parsed.boundary) break;
      parsed = undefined;
      if (to < count) to++;
    }
    if (!parsed) {
      from = 0;
      to = count;
      parsed = parseBlocks(this.lines, 0, count, {});
      this.env = parsed.env;
    }
    for (let i = from; i < to; i++) {
      const prose = parsed.prose[i - from];
      this.flags[i] = parsed.flags[i - from];
      if ((i >= sl && i <= lastInserted) || !sameProse(prose, this.prose[i])) {
        this.prose[i] = prose;
        this.mentions[i] = this.scan(i);
      }
    }
  }

  /** The mentions of line i, from its prose. */
  private scan(i: number): Mention[] {
    const prose = this.prose[i];
    if (prose.length === 0) return NO_MENTIONS;
    const out: Mention[] = [];
    this.scanner.scanProse(this.lines[i], prose, out);
    return out.length ? out : NO_MENTIONS;
  }

  /** The note's definitions, for parsing a run: footnotes read by a run are counted apart from the note's. */
  private runEnv(): NoteEnv {
    const refs = this.env.footnotes?.refs;
    return { references: this.env.references, footnotes: refs ? { refs } : undefined };
  }

  /** Where an LSP text document puts a position: inside the note, never between the two characters of a CRLF. */
  private clampPosition(p: Position): Position {
    const last = this.lines.length - 1;
    const line = Number.isNaN(p.line) ? 0 : Math.floor(p.line);
    if (line < 0) return { line: 0, character: 0 };
    if (line > last) return { line: last, character: this.lines[last].length };
    return { line, character: clamp(p.character, 0, this.lines[line].length) };
  }

  /** The prose spans of a line (markdownBlocks.ts, LineProse). */
  proseOf(line: number): LineProse {
    return this.prose[line] ?? NO_PROSE;
  }

  /** Is this column inside prose (or at either end of a stretch of it)? */
  isProse(line: number, character: number): boolean {
    const prose = this.prose[line] ?? NO_PROSE;
    for (let i = 0; i < prose.length; i += 2) {
      const from = prose[i] < 0 ? ~prose[i] : prose[i];
      if (character >= from && character <= prose[i + 1]) return true;
    }
    return false;
  }

  /**
   * The mentions of a line, a name several entities bear read in the note's context (recogniser/topics.ts):
   * resolved to one, or left with its candidates when nothing decides.
   */
  mentionsOnLine(line: number): readonly Mention[] {
    const list = this.mentions[line] ?? [];
    const model = this.scanner.topics;
    if (!model || !list.some((m) => m.candidates)) return list;
    const resolved = (this.resolved ??= new Map());
    let out = resolved.get(line);
    if (!out) {
      this.profile ??= TopicProfile.ofLines(this.mentions, model, frontMatterTopics(this.lines));
      out = this.resolveLine(this.profile, model, list, line);
      const before = this.readings.get(list);
      if (before && sameReading(before, out)) out = before;
      else this.readings.set(list, out);
      resolved.set(line, out);
    }
    return out;
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

  /** A line's mentions with each name of several entities read in the light of the whole note. */
  private resolveLine(profile: TopicProfile, model: TopicModel, list: readonly Mention[], line: number): Mention[] {
    return list.map((m) => {
      if (!m.candidates) return m;
      const { id, candidates } = profile.resolve({ ...m, line });
      const kind = model.kindOf(id) ?? m.kind;
      const { candidates: _was, ...rest } = m;
      return candidates ? { ...rest, id, kind, candidates } : { ...rest, id, kind };
    });
  }

  /** How many mentions, without materialising them. */
  count(): number {
    let n = 0;
    for (const l of this.mentions) n += l.length;
    return n;
  }
}

function sameProse(a: LineProse, b: LineProse): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Do two readings of one line name the same entities, with the same candidates? */
function sameReading(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].id !== b[i].id || (a[i].candidates ?? []).join() !== (b[i].candidates ?? []).join()) return false;
  }
  return true;
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
