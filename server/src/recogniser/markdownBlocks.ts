/**
 * The block structure of a note, read by markdown-it (CommonMark, as VS Code's Markdown reads it), turned into
 * what the recogniser needs: for each line, the spans of it that are prose. A run of lines is parsed as a
 * document of its own, so that an edit re-parses only the blocks around it (NoteAnalysis picks the run); the
 * note's link reference definitions and footnotes, which reach across blocks, come in through `env`.
 *
 * markdown-it gives block tokens line maps but inline content without offsets: each content line is found again
 * in its source line (the source line less container prefixes and indentation), and the inline prose comes from
 * proseSpans.ts in the content's coordinates.
 */
import type { StateBlock } from 'markdown-it';
import { md, proseOfContent, proseOfHtml } from './proseSpans';

/**
 * Line flags. ITEM_START: an item of a top-level list starts there (a run may start or end at it, as at a
 * block: what an item holds depends on its own lines only). FENCED: a line inside a top-level fenced code block,
 * neither its first line nor its last.
 */
export const BLOCK_START = 1,
  DEFINITION = 2,
  FENCED = 4,
  ITEM_START = 8;
/** Where a run may start or end. */
export const RUN_START = BLOCK_START | ITEM_START;

/**
 * Prose spans of a line: flat [from, to) pairs, sorted; a pair whose `from` is negative (~from) is a wiki-link
 * target.
 */
export type LineProse = readonly number[];
export const NO_PROSE: LineProse = [];

/** The note-wide definitions that inline parsing reads: link references and footnote labels. */
export interface NoteEnv {
  references?: Record<string, unknown>;
  footnotes?: { refs?: Record<string, unknown> };
}

export interface BlockParse {
  /** For each line of the run: its prose. */
  prose: LineProse[];
  /** For each line of the run: BLOCK_START where a top-level block starts, DEFINITION where one does; FENCED. */
  flags: number[];
  /**
   * With a probe: a top-level block starts at line `to` when the line after the run is read too. The run's
   * blocks then ended where they do in the whole note, and what follows is parsed as it was.
   */
  boundary: boolean;
  /** The run holds a link reference or footnote definition. */
  definitions: boolean;
  /** The env after the parse: for a whole note, the note's definitions. */
  env: NoteEnv;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** Lines where a definition starts, in the parse under way; ~line for one inside a container. */
let definitionLines: number[] | undefined;

function recordDefinitions(name: string): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no block rule ${name}`);
  const fn = rule.fn;
  md.block.ruler.at(name, (state, startLine, endLine, silent) => {
    const ok = fn(state, startLine, endLine, silent);
    if (ok && !silent) definitionLines?.push(state.level === 0 ? startLine : ~startLine);
    return ok;
  });
}
recordDefinitions('reference');
recordDefinitions('footnote_def');

/** Front matter at the top of a note: `---` … `---` (or `...`), `+++` … `+++`. Its last line, or -1. */
function frontMatterEnd(lines: readonly string[], to: number): number {
  const first = lines[0].trimEnd();
  if (first !== '---' && first !== '+++') return -1;
  for (let i = 1; i < to; i++) {
    const t = lines[i].trimEnd();
    if (first === '---' ? t === '---' || t === '...' : t === '+++') return i;
  }
  return to - 1;
}

const SPACE = 32,
  TAB = 9;

/**
 * Parses lines [from, to) as a document. `env` carries the note's definitions into a run; for a whole note pass
 * a fresh object and read the definitions back from the result. With `probe`, the line after the run is read
 * too, to tell whether a block starts there (`boundary`); it gets no prose here. `text` is the lines joined
 * by LF, when the caller has it.
 */
export function parseBlocks(
  lines: readonly string[],
  from: number,
  to: number,
  env: NoteEnv,
  probe = false,
  text?: string,
): BlockParse {
  const count = to - from;
  const prose: LineProse[] = new Array<LineProse>(count).fill(NO_PROSE);
  const flags: number[] = new Array<number>(count).fill(0);
  const out: BlockParse = { prose, flags, boundary: to >= lines.length, definitions: false, env };
  if (count <= 0) return out;
  const end = probe && to < lines.length ? to + 1 : to;
  let start = from;
  if (from === 0) {
    const fm = frontMatterEnd(lines, end);
    if (fm >= 0) {
      flags[0] = BLOCK_START;
      start = fm + 1;
      if (start >= to) return out;
    }
  }
  let src = start === 0 && end === lines.length && text !== undefined ? text : lines.slice(start, end).join('\n');
  if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD');
  const tokens: ReturnType<typeof md.parse> = [];
  definitionLines = [];
  try {
    md.block.parse(src, md, env, tokens);
  } catch {
    // Not known to happen; a run markdown-it cannot read is left without prose rather than misread.
    definitionLines = undefined;
    return out;
  }
  // A definition at the top level starts a block as much as a token does (it makes none).
  for (const entry of definitionLines) {
    const d = entry < 0 ? ~entry : entry;
    if (start + d >= to) {
      if (start + d === to && entry >= 0) out.boundary = true;
      continue;
    }
    flags[start - from + d] |= entry >= 0 ? DEFINITION | BLOCK_START : DEFINITION;
    out.definitions = true;
  }
  definitionLines = undefined;

  const cursors = new Int32Array(count);
  let rowMap: [number, number] | null = null;
  for (const t of tokens) {
    const map = t.map;
    const item = t.type === 'list_item_open' && t.level === 1;
    if (map && start + map[0] >= to) {
      if ((t.level === 0 && t.nesting !== -1) || item) out.boundary = true;
      continue;
    }
    if (item && map) flags[start - from + map[0]] |= ITEM_START;
    if (t.level === 0 && t.nesting !== -1 && map) {
      flags[start - from + map[0]] |= BLOCK_START;
      if (t.type === 'fence')
        for (let i = start + map[0] + 1; i < start + map[1] - 1 && i < to; i++) flags[i - from] |= FENCED;
    }
    if (t.type === 'tr_open') rowMap = map;
    else if (t.type === 'inline') {
      if (map) place(t.content, proseOfContent(t.content, env), start + map[0]);
      else if (rowMap) {
        // A table cell: markdown-it took the backslash out of each `\|`; it is put back to find the cell.
        const cell = t.content.includes('|') ? t.content.replace(/\|/g, '\\|') : t.content;
        place(cell, proseOfContent(cell, env), start + rowMap[0]);
      }
    } else if (t.type === 'html_block' && map) place(t.content, proseOfHtml(t.content), start + map[0]);
  }
  return out;

  /** Puts the prose of a content string (whose first line is source line `first`) on its source lines. */
  function place(content: string, pairs: readonly number[], first: number): void {
    let p = 0;
    let lineStart = 0;
    for (let line = first; line < to && p < pairs.length; line++) {
      const nl = content.indexOf('\n', lineStart);
      const lineEnd = nl < 0 ? content.length : nl;
      // Skip the pairs that end before this line; those that start after it wait for their line.
      while (p < pairs.length && pairs[p + 1] <= lineStart) p += 2;
      if (p < pairs.length && realStart(pairs[p]) < lineEnd) {
        const col = align(lines[line], content, lineStart, lineEnd, cursors[line - from]);
        if (col !== NOT_FOUND) {
          const shift = col - lineStart;
          let list = prose[line - from] === NO_PROSE ? [] : (prose[line - from] as number[]);
          let q = p;
          for (; q < pairs.length && realStart(pairs[q]) < lineEnd; q += 2) {
            const target = pairs[q] < 0;
            const a = Math.max(realStart(pairs[q]), lineStart) + shift,
              b = Math.min(pairs[q + 1], lineEnd) + shift;
            if (b <= a || a < 0) continue;
            if (list.length && realStart(list[list.length - 2]) > a) list = sortPairs([...list]);
            list.push(target ? ~a : a, b);
          }
          if (list.length) {
            prose[line - from] = list;
            cursors[line - from] = list[list.length - 1];
          }
        }
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
  }
}

function realStart(a: number): number {
  return a < 0 ? ~a : a;
}

function sortPairs(list: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
  pairs.sort((x, y) => realStart(x[0]) - realStart(y[0]));
  return pairs.flat();
}

/** A column no content line is at: -1 is not available, since `col - lineStart` may be anything. */
const NOT_FOUND = -0x7fffffff;
const PROBE = 4;

/**
 * Where content[lineStart, lineEnd) stands in `source` (at or after `cursor`), as the column of content offset
 * `lineStart`. Content is the source less a prefix, and for a paragraph's last line less trailing white space:
 * the common case is a suffix, checked at both ends. Leading spaces the parser made of a tab are ignored.
 */
function align(source: string, content: string, lineStart: number, lineEnd: number, cursor: number): number {
  let lead = 0;
  while (lineStart + lead < lineEnd && content.charCodeAt(lineStart + lead) === SPACE) lead++;
  const body = lineEnd - lineStart - lead;
  if (body <= 0) return NOT_FOUND;
  const s = lineStart + lead;
  let end = source.length;
  if (endsMatch(source, end - body, content, s, body) && end - body >= cursor) return end - body - lead;
  while (end > 0 && (source.charCodeAt(end - 1) === SPACE || source.charCodeAt(end - 1) === TAB)) end--;
  if (end - body >= cursor && endsMatch(source, end - body, content, s, body)) return end - body - lead;
  const at = source.indexOf(content.slice(s, lineEnd), cursor);
  return at < 0 ? NOT_FOUND : at - lead;
}

function endsMatch(source: string, at: number, content: string, s: number, n: number): boolean {
  if (at < 0) return false;
  const k = Math.min(PROBE, n);
  for (let j = 0; j < k; j++) {
    if (source.charCodeAt(at + j) !== content.charCodeAt(s + j)) return false;
    if (source.charCodeAt(at + n - 1 - j) !== content.charCodeAt(s + n - 1 - j)) return false;
  }
  return true;
}

/** Can line `i` end a run, the run starting again at it? Blank before it, not indented, no list item. */
export function mayStartRun(lines: readonly string[], i: number): boolean {
  if (i <= 0 || i >= lines.length) return i === lines.length;
  if (!isBlank(lines[i - 1])) return false;
  const line = lines[i];
  const c = line.charCodeAt(0);
  if (line.length === 0 || c === SPACE || c === TAB) return false;
  return !isListItemStart(line);
}

export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

function isListItemStart(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c === 45 || c === 43 || c === 42) {
    const n = line.charCodeAt(1);
    return line.length === 1 || n === SPACE || n === TAB;
  }
  let j = 0;
  while (j < line.length && j < 10 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
  if (j === 0 || j > 9) return false;
  const d = line.charCodeAt(j);
  return d === 46 || d === 41;
}
