/**
 * Where the prose is inside one inline run of Markdown (a paragraph's, heading's or table cell's content, as
 * markdown-it hands it to its inline parser): everything is prose except what the inline rules turn into
 * something else, and those rules are wrapped to say where they matched. Code spans, autolinks, raw HTML, entity
 * references, backslash escapes, bare URLs, math, footnote references and the destination and title of a link or
 * image are not prose; a link's text and an image's alt text are. A wiki-link's shown text is prose and its
 * target is to be resolved whole.
 *
 * markdown-it gives inline tokens no source offsets, hence the wrapping: each wrapped rule records `state.pos`
 * before and after a successful (non-silent) match, in the coordinates of the content string. Rules that parse a
 * label as a new string (an image's alt text, an inline footnote) shift the recorder by the label's offset.
 */
import MarkdownIt, { type PluginSimple, type StateInline } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { tex } from '@mdit/plugin-tex';
import { monthNumber } from '../kb/dates';

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/**
 * The parser: CommonMark with HTML, GFM tables and strikethrough, footnotes, `$` math, wiki-links. Bare URLs
 * (GFM's autolinks, markdown-it's linkify) are found after the inline parse, by a pattern cheaper than linkify-it.
 */
export const md = new MarkdownIt('default', { html: true });
// Links are never rendered here: destinations need no normalising, and every scheme makes a link, as in
// CommonMark (markdown-it's renderer refuses `javascript:` and the like, and reads such a link as text).
md.normalizeLink = (url) => url;
md.normalizeLinkText = (text) => text;
md.validateLink = () => true;
// The footnote plugin is typed against the CommonJS typings of markdown-it, these against the ES module ones.
md.use(footnote as unknown as PluginSimple);
md.use(tex, { render: () => '' });
md.inline.ruler.before('link', 'wikilink', wikiLink);

/** Collects, for one content string, the ranges that are not prose and the wiki-link targets. */
class Recorder {
  /** [from, to) pairs, in the content's coordinates, in any order; may nest and overlap. */
  skips: number[] = [];
  /** Wiki-link targets: [from, to) pairs, resolved whole. */
  targets: number[] = [];
  /** The strings being parsed (the content, then any label parsed as a string of its own) and their offsets. */
  private srcs: string[] = [];
  private offsets: number[] = [];
  /** The offset that the next nested parse starts at, set by the rule that starts it. */
  nextOffset = -1;

  reset(src: string): void {
    this.skips.length = 0;
    this.targets.length = 0;
    this.srcs = [src];
    this.offsets = [0];
    this.nextOffset = -1;
  }

  /** The offset of `state.src` in the content, or -1 when it is a string this recorder does not know. */
  offsetOf(state: StateInline): number {
    for (let i = this.srcs.length - 1; i >= 0; i--) if (this.srcs[i] === state.src) return this.offsets[i];
    return -1;
  }

  enter(src: string): boolean {
    if (this.nextOffset < 0 || this.srcs[this.srcs.length - 1] === src) return false;
    this.srcs.push(src);
    this.offsets.push(this.nextOffset);
    this.nextOffset = -1;
    return true;
  }

  leave(): void {
    this.srcs.pop();
    this.offsets.pop();
  }

  skip(base: number, from: number, to: number): void {
    if (to > from) this.skips.push(base + from, base + to);
  }
}

let recorder: Recorder | undefined;

function ruleOf(name: string): InlineRule {
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no inline rule ${name}`);
  return rule.fn;
}

/** A rule whose whole match is not prose. */
function skipWhole(
  name: string,
  start: (state: StateInline, pos: number) => number = (_s, pos) => pos,
  end: (state: StateInline, pos: number) => number = (state) => state.pos,
): void {
  const rule = ruleOf(name);
  md.inline.ruler.at(name, (state, silent) => {
    const rec = recorder;
    if (silent || !rec) return rule(state, silent);
    const pos = state.pos;
    const before = state.tokens.length;
    const ok = rule(state, silent);
    // The math rule also "matches" a lone `$`, adding it to the text: only a token of its own is math.
    if (ok && (name !== 'math_inline_dollar' || state.tokens.length > before)) {
      const base = rec.offsetOf(state);
      if (base >= 0) rec.skip(base, start(state, pos), end(state, pos));
    }
    return ok;
  });
}

/**
 * A date marked out in backticks, as Obsidian users mark key dates ("`23 Dec 1953`", "`1917-10-25`", "`April
 * 1917`"): a number first, or a month's name and then a number, and only words, numbers and the marks dates use
 * after it, on one line. Names and anything else in a code span stay code.
 */
const MARKED_DATE = /^[^\S\n]*(?:(\p{L}+)\.?\s+)?\d[\p{L}\p{N}.,'’ \t–—\/-]{0,40}$/u;

function markedDate(content: string): boolean {
  const m = MARKED_DATE.exec(content);
  return !!m && (m[1] === undefined || monthNumber(m[1]) > 0);
}

/** Code spans are not prose, except a date marked out: its backticks are not, what they hold is. */
function codeSpans(): void {
  const rule = ruleOf('backticks');
  md.inline.ruler.at('backticks', (state, silent) => {
    const rec = recorder;
    if (silent || !rec) return rule(state, silent);
    const pos = state.pos;
    const before = state.tokens.length;
    const ok = rule(state, silent);
    if (!ok) return ok;
    const base = rec.offsetOf(state);
    if (base < 0) return ok;
    const token = state.tokens.length > before ? state.tokens[state.tokens.length - 1] : undefined;
    const ticks = token?.type === 'code_inline' ? token.markup.length : 0;
    if (ticks && markedDate(state.src.slice(pos + ticks, state.pos - ticks))) {
      rec.skip(base, pos, pos + ticks);
      rec.skip(base, state.pos - ticks, state.pos);
    } else rec.skip(base, pos, state.pos);
    return ok;
  });
}

/**
 * A rule that matches `[label]…` (`open` is where the `[` is): the label is prose, parsed by the same rules; the
 * opening bracket and all after the label (destination, title, reference) are not.
 */
function labelled(name: string, open: number, disableNested: boolean): void {
  const rule = ruleOf(name);
  md.inline.ruler.at(name, (state, silent) => {
    const rec = recorder;
    if (silent || !rec) return rule(state, silent);
    const pos = state.pos;
    const base = rec.offsetOf(state);
    if (base < 0 || state.src.charCodeAt(pos + open) !== 0x5b /* [ */) return rule(state, silent);
    const labelEnd = md.helpers.parseLinkLabel(state, pos + open, disableNested);
    rec.nextOffset = base + pos + open + 1;
    const ok = rule(state, silent);
    rec.nextOffset = -1;
    if (ok && labelEnd >= 0) {
      rec.skip(base, pos, pos + open + 1);
      rec.skip(base, labelEnd, state.pos);
    } else if (ok) rec.skip(base, pos, state.pos);
    return ok;
  });
}

// Not prose, matched whole.
codeSpans();
skipWhole('autolink');
skipWhole('html_inline');
skipWhole('entity');
// A backslash escape: the backslash (what it escapes is punctuation, or a letter that stays prose).
skipWhole('escape', undefined, (_s, pos) => pos + 1);
skipWhole('footnote_ref');
skipWhole('math_inline_dollar');
labelled('link', 0, true);
labelled('image', 1, false);
labelled('footnote_inline', 1, false);

const parseInline = md.inline.parse.bind(md.inline);
md.inline.parse = (str, mdi, env, out) => {
  const entered = recorder?.enter(str) ?? false;
  try {
    parseInline(str, mdi, env, out);
  } finally {
    if (entered) recorder!.leave();
  }
};

/**
 * `[[target]]`, `[[target|shown text]]`, `[[target#heading]]`, as Foam and Obsidian write them. On one line,
 * without brackets inside. The shown text is prose (the target, when there is no other); a target followed by a
 * shown text is to be resolved whole; a `#heading` is neither.
 */
function wikiLink(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5b) return false;
  // Up to the next bracket or line end only: a run of `[[` costs each opener nothing, not the rest of the line.
  let close = pos + 2;
  const max = state.posMax;
  while (close < max) {
    const c = src.charCodeAt(close);
    if (c === 0x5b || c === 0x5d || c === 0x0a) break;
    close++;
  }
  if (close === pos + 2 || close + 2 > max || src.charCodeAt(close) !== 0x5d || src.charCodeAt(close + 1) !== 0x5d)
    return false;
  if (!silent) {
    const token = state.push('wikilink', '', 0);
    token.content = src.slice(pos + 2, close);
    const rec = recorder;
    const base = rec ? rec.offsetOf(state) : -1;
    if (rec && base >= 0) {
      const pipe = src.indexOf('|', pos + 2);
      const hasText = pipe >= 0 && pipe < close;
      // In a table cell the pipe is written `\|`.
      const targetEnd = hasText ? (src.charCodeAt(pipe - 1) === 0x5c ? pipe - 1 : pipe) : close;
      let hash = src.indexOf('#', pos + 2);
      if (hash < 0 || hash > targetEnd) hash = targetEnd;
      rec.skip(base, pos, pos + 2);
      if (hasText) {
        rec.skip(base, pos + 2, pipe + 1);
        if (hash > pos + 2) rec.targets.push(base + pos + 2, base + Math.min(hash, targetEnd));
      } else rec.skip(base, hash, close);
      rec.skip(base, close, close + 2);
    }
  }
  state.pos = close + 2;
  return true;
}

/**
 * Characters without which a content string holds nothing but prose (emphasis changes nothing here; a `&` not
 * followed by a name or `#` starts no entity).
 */
const MAY_HOLD_SYNTAX = /[`[<\\$]|&[#A-Za-z]/;
/** Bare URLs, `www.` links and e-mail addresses, as GFM links them (a little more generously at their ends). */
const BARE_LINK = new RegExp(
  [
    '(?<![\\p{L}\\p{N}._+-])(?:',
    '[A-Za-z][A-Za-z0-9+.-]{1,31}://[^\\s<]*', // a scheme
    '|www\\.[^\\s<]*',
    '|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+', // an e-mail address
    ')',
  ].join(''),
  'gu',
);

/**
 * The prose of one inline content string, as sorted, disjoint [from, to) pairs in the content's coordinates; a
 * wiki-link target to resolve whole is written with its start as ~from. `env` holds the note's link references
 * and footnotes.
 */
export function proseOfContent(content: string, env: object): number[] {
  if (content.length > MAX_INLINE) return inPieces(content, env);
  const links = content.includes('://') || content.includes('www.') || content.includes('@');
  if (!links && !MAY_HOLD_SYNTAX.test(content)) return [0, content.length];
  const rec = (recorder ??= new Recorder());
  rec.reset(content);
  try {
    md.inline.parse(content, md, env, []);
  } catch {
    // markdown-it does not throw on any input we know of; if it does, the content is left out rather than misread.
    recorder = undefined;
    return [];
  }
  const skips = rec.skips.slice();
  const targets = rec.targets.slice();
  if (links) {
    BARE_LINK.lastIndex = 0;
    for (let m = BARE_LINK.exec(content); m; m = BARE_LINK.exec(content)) skips.push(m.index, m.index + m[0].length);
  }
  if (!targets.length) return complement(skips, content.length);
  for (let i = 0; i < targets.length; i += 2) skips.push(targets[i], targets[i + 1]);
  // Prose and targets are disjoint: merge them in order, each target's start written ~from.
  const prose = complement(skips, content.length);
  const all: [number, number][] = [];
  for (let i = 0; i < prose.length; i += 2) all.push([prose[i], prose[i + 1]]);
  for (let i = 0; i < targets.length; i += 2) if (targets[i + 1] > targets[i]) all.push([~targets[i], targets[i + 1]]);
  all.sort((x, y) => (x[0] < 0 ? ~x[0] : x[0]) - (y[0] < 0 ? ~y[0] : y[0]));
  return all.flat();
}

/**
 * Content longer than this is parsed in pieces, cut at a line break or a space: markdown-it's inline parser is
 * worse than linear on some runs of brackets, and a construct across a cut in so long a paragraph is rare.
 */
const MAX_INLINE = 4096;

function inPieces(content: string, env: object): number[] {
  const out: number[] = [];
  for (let start = 0; start < content.length;) {
    let end = Math.min(start + MAX_INLINE, content.length);
    if (end < content.length) {
      const half = start + MAX_INLINE / 2;
      let cut = content.lastIndexOf('\n', end - 1);
      if (cut < half) cut = content.lastIndexOf(' ', end - 1);
      if (cut >= half) end = cut + 1;
    }
    const pairs = proseOfContent(content.slice(start, end), env);
    for (let i = 0; i < pairs.length; i += 2) {
      const a = pairs[i] < 0 ? ~(~pairs[i] + start) : pairs[i] + start;
      const b = pairs[i + 1] + start;
      // Prose that runs up to a cut joins the prose that runs on from it.
      if (a >= 0 && out.length && out[out.length - 1] === a && out[out.length - 2] >= 0) out[out.length - 1] = b;
      else out.push(a, b);
    }
    start = end;
  }
  return out;
}

/** The parts of [0, length) that no [from, to) pair covers. */
export function complement(pairs: number[], length: number): number[] {
  const n = pairs.length / 2;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => pairs[2 * a] - pairs[2 * b]);
  const out: number[] = [];
  let at = 0;
  for (const i of order) {
    const from = pairs[2 * i],
      to = pairs[2 * i + 1];
    if (from > at) out.push(at, Math.min(from, length));
    if (to > at) at = to;
    if (at >= length) break;
  }
  if (at < length) out.push(at, length);
  return out;
}

const HTML_ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const RAW_TEXT = new Set(['script', 'style', 'pre', 'textarea']);

/**
 * The prose of a raw HTML block: the text between its tags, less comments, processing instructions,
 * declarations, CDATA, entity references and the contents of `<script>`, `<style>`, `<pre>` and `<textarea>`.
 */
export function proseOfHtml(content: string): number[] {
  const skips: number[] = [];
  const n = content.length;
  let i = content.indexOf('<');
  const amp = content.indexOf('&');
  if (amp >= 0 && (i < 0 || amp < i)) i = amp;
  while (i >= 0 && i < n) {
    const c = content.charCodeAt(i);
    let end = -1;
    if (c === 0x26 /* & */) {
      HTML_ENTITY.lastIndex = i;
      if (HTML_ENTITY.test(content)) end = HTML_ENTITY.lastIndex;
    } else if (content.startsWith('<!--', i)) end = closeAfter(content, '-->', i + 4);
    else if (content.startsWith('<?', i)) end = closeAfter(content, '?>', i + 2);
    else if (content.startsWith('<![CDATA[', i)) end = closeAfter(content, ']]>', i + 9);
    else if (content.startsWith('<!', i)) end = closeAfter(content, '>', i + 2);
    else {
      const closing = content.charCodeAt(i + 1) === 0x2f;
      TAG_NAME.lastIndex = i + (closing ? 2 : 1);
      const m = TAG_NAME.exec(content);
      if (m) {
        end = tagEnd(content, TAG_NAME.lastIndex);
        const name = m[0].toLowerCase();
        if (!closing && RAW_TEXT.has(name)) {
          const close = content.toLowerCase().indexOf(`</${name}`, end);
          end = close < 0 ? n : closeAfter(content, '>', close);
        }
      }
    }
    if (end > i) {
      skips.push(i, end);
      i = end;
    } else i++;
    const lt = content.indexOf('<', i);
    const am = content.indexOf('&', i);
    i = lt < 0 ? am : am < 0 ? lt : Math.min(lt, am);
  }
  return complement(skips, n);
}

function closeAfter(s: string, close: string, from: number): number {
  const at = s.indexOf(close, from);
  return at < 0 ? s.length : at + close.length;
}

/** The end of a tag whose name ends at `i`: after its `>`, quoted attribute values skipped. */
function tagEnd(s: string, i: number): number {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x22 || c === 0x27) {
      const q = s.indexOf(s[i], i + 1);
      if (q < 0) return s.length;
      i = q;
    }
  }
  return s.length;
}
