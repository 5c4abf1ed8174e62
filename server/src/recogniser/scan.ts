/**
 * Recognition of one line of prose: words are cut once into reusable typed arrays, then each word is looked up
 * in the lexicon (one hash look-up), and only numbers, ordinals and month names go on to the date and congress
 * readers. Linear in the line's length; allocates only the mentions it returns and the folded word keys.
 */
import type { EntityKind } from '../kb/types';
import { matchDate, type TokenView } from './dates';
import { foldToken, type Lexicon, type Phrase } from './lexicon';
import { classifyLine, forEachProseSpan, type LineState } from './markdown';
import type { Mention } from './types';

const WORD_EXTRA = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(c: number, line: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_EXTRA.test(line[i]);
}

/** A gap between the words of one name: spaces (also non-breaking), hyphens, dashes and initials' full stops. */
function isNameGap(g: string): boolean {
  if (g.length === 0 || g.length > 3) return false;
  let dots = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g.charCodeAt(i);
    if (c === 46) { if (++dots > 1) return false; } else if (!(c === 32 || c === 0xa0 || c === 0x202f || c === 9 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013)) return false;
  }
  return true;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL_SET = new Set(ORDINAL_WORDS);
const ROMAN_RE = /^[IVXLC]{2,}$/;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Words that may stand between an ordinal and the series keyword: "13th (All-Union) Communist Party Congress". */
const SERIES_QUALIFIERS = new Set(['party', 'communist', 'bolshevik', 'bolsheviks', 'all', 'union', 'russian', 'soviet', 'cpsu', 'rcp', 'vkp', 'b', 'national', 'annual']);
/** Words before an ambiguous name that make a place of it. */
const PLACE_CUES = new Set(['in', 'at', 'to', 'from', 'near', 'city', 'town', 'outside', 'into', 'via', 'renamed']);
const KIND_PREFERENCE: EntityKind[] = ['person', 'organisation', 'congress', 'event', 'policy', 'document', 'concept', 'place'];

function ordinalValue(text: string, key: string): number {
  const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(key);
  if (m) return Number(m[1]);
  const w = ORDINAL_WORDS.indexOf(key);
  if (w >= 0) return w + 1;
  if (text.length >= 2 && /^[IVXLC]+$/.test(text)) {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const v = ROMAN[text[i]], n = ROMAN[text[i + 1]] ?? 0;
      total += v < n ? -v : v;
    }
    return total;
  }
  return 0;
}

/** Reusable token buffers: one per scanner, grown as needed. */
class Tokens implements TokenView {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  keys: (string | undefined)[] = [];
  count = 0;
  line = '';
  spanEnd = 0;

  reset(line: string, spanEnd: number): void {
    this.line = line;
    this.spanEnd = spanEnd;
    this.count = 0;
  }

  push(s: number, e: number): void {
    if (this.count === this.starts.length) {
      const ns = new Int32Array(this.count * 2); ns.set(this.starts); this.starts = ns;
      const ne = new Int32Array(this.count * 2); ne.set(this.ends); this.ends = ne;
    }
    this.starts[this.count] = s;
    this.ends[this.count] = e;
    this.keys[this.count] = undefined;
    this.count++;
  }

  start(k: number): number { return this.starts[k]; }
  end(k: number): number { return this.ends[k]; }
  text(k: number): string { return this.line.slice(this.starts[k], this.ends[k]); }
  key(k: number): string {
    let v = this.keys[k];
    if (v === undefined) { v = foldToken(this.text(k)); this.keys[k] = v; }
    return v;
  }
  gap(k: number): string {
    return this.line.slice(this.ends[k], k + 1 < this.count ? this.starts[k + 1] : this.spanEnd);
  }
}

export class Scanner {
  private readonly tokens = new Tokens();
  constructor(private readonly lexicon: Lexicon) {}

  /** Recognises the mentions of one line given the Markdown state at its start; returns the next state. */
  scanLine(line: string, state: LineState, lineNo: number, out: Mention[]): LineState {
    const kind = classifyLine(line, state, lineNo);
    if (!kind.skip && kind.proseTo > kind.proseFrom) {
      forEachProseSpan(line, kind.proseFrom, kind.proseTo, (from, to) => this.scanSpan(line, from, to, out));
    }
    return kind.next;
  }

  /** Recognises the mentions in text[from, to) taken as plain prose. */
  scanSpan(line: string, from: number, to: number, out: Mention[]): void {
    const t = this.tokens;
    t.reset(line, to);
    let i = from;
    while (i < to) {
      if (isWordCode(line.charCodeAt(i), line, i)) {
        const s = i;
        i++;
        while (i < to && isWordCode(line.charCodeAt(i), line, i)) i++;
        t.push(s, i);
      } else i++;
    }
    for (let k = 0; k < t.count; k++) {
      const last = this.matchAt(k, out);
      if (last >= k) k = last;
    }
  }

  /** Matches whatever starts at token k; returns the last token used, or -1. */
  private matchAt(k: number, out: Mention[]): number {
    const t = this.tokens;
    const c0 = t.line.charCodeAt(t.starts[k]);
    const digit = c0 >= 48 && c0 <= 57;
    const key = t.key(k);
    // Ordinals, numbers and month names: congresses first, then dates.
    if (digit || ORDINAL_SET.has(key) || (c0 >= 67 && c0 <= 88 && ROMAN_RE.test(t.text(k)))) {
      const series = this.matchSeries(k, out);
      if (series >= 0) return series;
    }
    if (digit || DATE_STARTERS.has(key)) {
      const d = matchDate(t, k);
      if (d) {
        out.push({ start: t.starts[k], end: t.ends[d.last], kind: 'date', id: d.value.from === d.value.to ? d.value.from : `${d.value.from}/${d.value.to}`, misspelling: false, date: d.value });
        return d.last;
      }
      if (digit) return -1;
    }
    const candidates = this.lexicon.byFirst.get(key);
    if (candidates) {
      for (const p of candidates) {
        const last = this.phraseEnd(p, k);
        if (last >= 0) {
          this.emit(p, k, last, false, out);
          return last;
        }
      }
    }
    // "Stalins": a possessive without its apostrophe.
    if (key.length > 4 && key.endsWith('s')) {
      const stem = this.lexicon.byFirst.get(key.slice(0, -1));
      const p = stem?.find((x) => x.tokens.length === 1 && !x.cased);
      if (p) { this.emit(p, k, k, true, out); return k; }
    }
    // A capitalised word one slip away from a known name.
    if (c0 >= 65 && c0 <= 90 && t.ends[k] - t.starts[k] >= 5) {
      // A trailing s is a possessive first ("Bukarins" → Bukharin's), part of the name only when that fails.
      let word = key.endsWith('s') ? key.slice(0, -1) : key;
      let p = word !== key ? this.lexicon.nearMiss(word) : undefined;
      const bareS = !!p;
      if (!p) { word = key; p = this.lexicon.nearMiss(word); }
      if (p && /^[\p{L}]+$/u.test(word)) {
        out.push({ start: t.starts[k], end: t.ends[k], kind: this.kindOf(p.ids[0]), id: p.ids[0], misspelling: true, ...(bareS ? { bareS } : {}) });
        return k;
      }
    }
    return -1;
  }

  private kindOf(id: string): EntityKind {
    return this.lexicon.kind(id) ?? 'concept';
  }

  /** Last token of phrase p when it matches at token k, else -1. */
  private phraseEnd(p: Phrase, k: number): number {
    const t = this.tokens;
    const n = p.tokens.length;
    if (k + n > t.count) return -1;
    for (let j = 0; j < n; j++) {
      if (j > 0) {
        if (t.key(k + j) !== p.tokens[j]) return -1;
        if (!isNameGap(t.line.slice(t.ends[k + j - 1], t.starts[k + j]))) return -1;
      }
      if (p.cased && /^\p{Lu}/u.test(p.cased[j]) && t.text(k + j) !== p.cased[j]) return -1;
    }
    return k + n - 1;
  }

  private emit(p: Phrase, k: number, last: number, bareS: boolean, out: Mention[]): void {
    const t = this.tokens;
    const id = p.ids.length === 1 ? p.ids[0] : this.resolve(p.ids, k, last);
    out.push({ start: t.starts[k], end: t.ends[last], kind: this.kindOf(id), id, misspelling: p.misspelling, ...(bareS ? { bareS } : {}) });
  }

  /** An ambiguous name: a place after "in", "at", "city of"…; otherwise by kind, people first. Never by chance. */
  private resolve(ids: string[], k: number, last: number): string {
    const t = this.tokens;
    const prev = k > 0 ? t.key(k - 1) : '';
    const prev2 = k > 1 ? t.key(k - 2) : '';
    const possessive = /^['’]s?\b/.test(t.line.slice(t.ends[last], t.ends[last] + 3));
    const place = ids.find((id) => this.kindOf(id) === 'place');
    if (place && !possessive && (PLACE_CUES.has(prev) || (prev === 'of' && PLACE_CUES.has(prev2)))) return place;
    let best = ids[0];
    for (const id of ids) {
      if (KIND_PREFERENCE.indexOf(this.kindOf(id)) < KIND_PREFERENCE.indexOf(this.kindOf(best))) best = id;
    }
    return best;
  }

  /** "<ordinal> [qualifiers] <keyword>": the 13th Party Congress, the Tenth Congress, XIII Party Conference. */
  private matchSeries(k: number, out: Mention[]): number {
    if (this.lexicon.series.size === 0) return -1;
    const t = this.tokens;
    const n = ordinalValue(t.text(k), t.key(k));
    if (!n) return -1;
    for (let j = k + 1; j < t.count && j <= k + 6; j++) {
      if (t.line.slice(t.ends[j - 1], t.starts[j]).length > 4) return -1;
      const key = t.key(j);
      const numbers = this.lexicon.series.get(key);
      if (numbers) {
        const id = numbers.get(n);
        if (!id) return -1;
        out.push({ start: t.starts[k], end: t.ends[j], kind: this.kindOf(id), id, misspelling: false });
        return j;
      }
      if (!SERIES_QUALIFIERS.has(key)) return -1;
    }
    return -1;
  }
}

const DATE_STARTERS = new Set(['between', 'from', 'c', 'ca', 'circa', 'ad', 'ce', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
