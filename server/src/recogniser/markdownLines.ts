/**
 * The Markdown structure the recogniser needs, and no more: which lines are code, front matter or an HTML comment
 * (skipped whole), and which spans of a prose line are inline code, HTML tags, URLs or link destinations
 * (skipped). It works line by line from a small state, so that an edit re-reads only the lines whose state can
 * have changed. A full CommonMark parser would build a tree we never use, at a fraction of this speed. The
 * decisions follow CommonMark on the cases that matter; test/unit/recogniser.test.ts holds them as examples.
 */
import { Char } from './charCodes';

export const enum Block {
  Prose = 0,
  Fence = 1,
  FrontMatter = 2,
  Comment = 3,
}

/** The state at the start of a line. Immutable and compared by value, so incremental re-scans can stop early. */
export interface LineState {
  block: Block;
  /** For Fence: the fence character code and run length; for FrontMatter: the closing marker's character code. */
  fenceChar: number;
  fenceLen: number;
  /** The previous line was blank (or the document start): a 4-space indent there starts indented code. */
  afterBlank: boolean;
  /** Inside a list: indented lines continue the list item rather than start code. */
  inList: boolean;
}

export const START_STATE: LineState = {
  block: Block.Prose,
  fenceChar: 0,
  fenceLen: 0,
  afterBlank: true,
  inList: false,
};

export function sameState(a: LineState, b: LineState): boolean {
  return (
    a.block === b.block &&
    a.fenceChar === b.fenceChar &&
    a.fenceLen === b.fenceLen &&
    a.afterBlank === b.afterBlank &&
    a.inList === b.inList
  );
}

function indentOf(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === Char.Space) n++;
    else if (c === Char.Tab) n += 4 - (n % 4);
    else break;
  }
  return n;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== Char.Space && c !== Char.Tab && c !== Char.NoBreakSpace && c !== Char.ByteOrderMark) return false;
  }
  return true;
}

/** A fence opener: up to 3 spaces, then 3+ backticks or tildes (backtick fences have no backtick in the info). */
function fenceAt(line: string): { ch: number; len: number } | undefined {
  let i = 0;
  while (i < line.length && i < 4 && line.charCodeAt(i) === Char.Space) i++;
  if (i > 3) return undefined;
  const ch = line.charCodeAt(i);
  if (ch !== Char.Backtick && ch !== Char.Tilde) return undefined;
  let j = i;
  while (j < line.length && line.charCodeAt(j) === ch) j++;
  if (j - i < 3) return undefined;
  if (ch === Char.Backtick && line.indexOf('`', j) >= 0) return undefined;
  return { ch, len: j - i };
}

function isListItem(line: string): boolean {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === Char.Space || line.charCodeAt(i) === Char.Tab)) i++;
  const c = line.charCodeAt(i);
  if (
    (c === Char.Hyphen || c === Char.Plus || c === Char.Asterisk || c === Char.Bullet) &&
    (i + 1 >= line.length || line.charCodeAt(i + 1) === Char.Space || line.charCodeAt(i + 1) === Char.Tab)
  )
    return true;
  let j = i;
  while (j < line.length && line.charCodeAt(j) >= Char.Digit0 && line.charCodeAt(j) <= Char.Digit9) j++;
  return (
    j > i &&
    j - i <= 9 &&
    (line.charCodeAt(j) === Char.FullStop || line.charCodeAt(j) === Char.CloseParen) &&
    (j + 1 >= line.length || line.charCodeAt(j + 1) === Char.Space)
  );
}

export interface LineKind {
  /** The whole line is skipped (code, front matter, comment, fence line). */
  skip: boolean;
  /** The state at the start of the next line. */
  next: LineState;
  /** Where prose starts and ends on this line when a comment opens or closes inside it. */
  proseFrom: number;
  proseTo: number;
}

/** Classifies one line given the state at its start. `lineNo` matters only for front matter (line 0). */
export function classifyLine(line: string, state: LineState, lineNo: number): LineKind {
  const blank = isBlank(line);
  switch (state.block) {
    case Block.Fence: {
      const f = fenceAt(line);
      const closes =
        f !== undefined && f.ch === state.fenceChar && f.len >= state.fenceLen && line.trim().length === f.len;
      return {
        skip: true,
        proseFrom: 0,
        proseTo: 0,
        next: closes ? { ...START_STATE, afterBlank: false, inList: state.inList } : state,
      };
    }
    case Block.FrontMatter: {
      const t = line.trimEnd();
      const closes = state.fenceChar === Char.Hyphen ? t === '---' || t === '...' : t === '+++';
      return { skip: true, proseFrom: 0, proseTo: 0, next: closes ? { ...START_STATE, afterBlank: true } : state };
    }
    case Block.Comment: {
      const close = line.indexOf('-->');
      if (close < 0) return { skip: true, proseFrom: 0, proseTo: 0, next: state };
      const rest = close + 3;
      const reopened = line.indexOf('<!--', rest);
      if (reopened >= 0 && line.indexOf('-->', reopened + 4) < 0) {
        return { skip: false, proseFrom: rest, proseTo: reopened, next: state };
      }
      return {
        skip: false,
        proseFrom: rest,
        proseTo: line.length,
        next: { ...START_STATE, afterBlank: false, inList: state.inList },
      };
    }
  }
  if (lineNo === 0) {
    // Front matter opens with `---` (YAML) or `+++` (TOML); the state remembers which closes it.
    const t = line.trimEnd();
    if (t === '---' || t === '+++') {
      const fenceChar = t === '---' ? Char.Hyphen : Char.Plus;
      return { skip: true, proseFrom: 0, proseTo: 0, next: { ...START_STATE, block: Block.FrontMatter, fenceChar } };
    }
  }
  if (blank)
    return { skip: true, proseFrom: 0, proseTo: 0, next: { ...START_STATE, afterBlank: true, inList: state.inList } };
  const indent = indentOf(line);
  const list = isListItem(line);
  if (indent >= 4 && state.afterBlank && !state.inList && !list) {
    return { skip: true, proseFrom: 0, proseTo: 0, next: { ...START_STATE, afterBlank: true } };
  }
  const f = fenceAt(line);
  if (f)
    return {
      skip: true,
      proseFrom: 0,
      proseTo: 0,
      next: { block: Block.Fence, fenceChar: f.ch, fenceLen: f.len, afterBlank: false, inList: state.inList },
    };
  // A non-indented, non-list line after a blank line ends a list.
  const inList = list || (state.inList && !(state.afterBlank && indent === 0));
  const open = line.indexOf('<!--');
  if (open >= 0 && line.indexOf('-->', open + 4) < 0) {
    return { skip: false, proseFrom: 0, proseTo: open, next: { ...START_STATE, block: Block.Comment, inList } };
  }
  return { skip: false, proseFrom: 0, proseTo: line.length, next: { ...START_STATE, afterBlank: false, inList } };
}

/**
 * Marks the spans of a prose line that are not prose: inline code, HTML comments and tags, autolinks, bare URLs,
 * link destinations and reference definitions. Calls `prose(from, to)` for each stretch of prose in order.
 */
export function forEachProseSpan(
  line: string,
  from: number,
  to: number,
  prose: (from: number, to: number) => void,
): void {
  let start = from;
  let i = from;
  // A reference definition `[label]: url "title"`: prose is only the label.
  if (line.charCodeAt(indentFree(line)) === Char.OpenBracket) {
    const m = /^\s{0,3}\[[^\]]+\]:\s*\S+/.exec(line);
    if (m) {
      to = Math.min(to, m[0].length);
    }
  }
  // Most prose lines hold none of the characters that start a skipped span: one native search each says so.
  if (!mayHoldSkips(line, from, to)) {
    if (to > from) prose(from, to);
    return;
  }
  while (i < to) {
    const c = line.charCodeAt(i);
    let skipTo = -1;
    if (c === Char.Backtick) {
      let n = i;
      while (n < to && line.charCodeAt(n) === Char.Backtick) n++;
      const run = n - i;
      const close = findBacktickRun(line, n, to, run);
      skipTo = close >= 0 ? close + run : n;
    } else if (c === Char.LessThan) {
      skipTo = htmlOrAutolinkEnd(line, i, to);
    } else if (c === Char.CloseBracket && line.charCodeAt(i + 1) === Char.OpenParen) {
      const close = matchParen(line, i + 1, to);
      if (close > 0) {
        if (i > start) prose(start, i);
        start = close + 1;
        i = close + 1;
        continue;
      }
    } else if ((c === Char.LowerH || c === Char.LowerW) && isUrlStart(line, i)) {
      let n = i;
      while (n < to && !isSpaceCode(line.charCodeAt(n)) && line.charCodeAt(n) !== Char.LessThan) n++;
      skipTo = n;
    }
    if (skipTo > i) {
      if (i > start) prose(start, i);
      start = skipTo;
      i = skipTo;
    } else {
      i++;
    }
  }
  if (to > start) prose(start, to);
}

/** Can line[from, to) hold inline code, HTML, a link destination or a bare URL? False only when it cannot. */
function mayHoldSkips(line: string, from: number, to: number): boolean {
  const within = (i: number) => i >= 0 && i < to;
  return (
    within(line.indexOf('`', from)) ||
    within(line.indexOf('<', from)) ||
    within(line.indexOf('](', from)) ||
    within(line.indexOf('http', from)) ||
    within(line.indexOf('www.', from))
  );
}

function indentFree(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === Char.Space) i++;
  return i;
}

function isSpaceCode(c: number): boolean {
  return (
    c === Char.Space || c === Char.Tab || c === Char.NoBreakSpace || c === Char.LineFeed || c === Char.CarriageReturn
  );
}

function isUrlStart(line: string, i: number): boolean {
  if (i > 0) {
    const p = line.charCodeAt(i - 1);
    if (isAsciiLetter(p) || (p >= Char.Digit0 && p <= Char.Digit9)) return false;
  }
  return line.startsWith('http://', i) || line.startsWith('https://', i) || line.startsWith('www.', i);
}

function isAsciiLetter(c: number): boolean {
  return (c >= Char.UpperA && c <= Char.UpperZ) || (c >= Char.LowerA && c <= Char.LowerZ);
}

function findBacktickRun(line: string, from: number, to: number, run: number): number {
  let i = line.indexOf('`', from);
  while (i >= 0 && i < to) {
    let n = i;
    while (n < to && line.charCodeAt(n) === Char.Backtick) n++;
    if (n - i === run) return i;
    i = line.indexOf('`', n);
  }
  return -1;
}

/**
 * Parentheses nest at most this deep in a link destination, as in cmark. Without a limit, a line of `](](](…`
 * would send every opener scanning to the end of the line: quadratic. With it, the openers whose scan fails
 * nest at strictly rising depths, so at most this many scans cross any character: linear.
 */
const MAX_PAREN_DEPTH = 32;

function matchParen(line: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c === Char.Backslash) {
      i++;
      continue;
    }
    if (c === Char.OpenParen) {
      if (++depth > MAX_PAREN_DEPTH) return -1;
    } else if (c === Char.CloseParen) {
      depth--;
      if (depth === 0) return i;
    } else if (
      c === Char.Space &&
      depth === 1 &&
      line.charCodeAt(i + 1) !== Char.DoubleQuote &&
      line.charCodeAt(i + 1) !== Char.Apostrophe
    )
      return -1;
  }
  return -1;
}

/** End (exclusive) of an HTML tag, comment or autolink starting at `i`, or -1 when `<` is plain text. */
function htmlOrAutolinkEnd(line: string, i: number, to: number): number {
  if (line.startsWith('<!--', i)) {
    const close = line.indexOf('-->', i + 4);
    return close >= 0 && close < to ? close + 3 : to;
  }
  const n = line.charCodeAt(i + 1);
  const letter = isAsciiLetter(n);
  if (!letter && n !== Char.Slash) return -1;
  const close = line.indexOf('>', i + 1);
  if (close < 0 || close >= to) return -1;
  // `<` followed by a name then attributes, a URL, or an email address; not `a < b > c` prose.
  const inner = line.slice(i + 1, close);
  if (
    /^\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?$/.test(inner) ||
    /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(inner) ||
    /^[^\s<>@]+@[^\s<>@]+$/.test(inner)
  ) {
    return close + 1;
  }
  return -1;
}
