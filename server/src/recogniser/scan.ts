/**
 * Recognition of one line of prose: words are cut once into reusable typed arrays, hashed (case folded) as they
 * are cut, and looked up in one open-addressing table of every word that can start something: a name's first
 * word, an ordinal, a date's first word. A word found nowhere costs its characters and one probe, and allocates
 * nothing; only numbers, ordinals and month names go on to the date and congress readers, and only capitalised
 * unknown words of five letters or more to the near-miss speller. Linear in the line's length; allocates only
 * the mentions it returns and the folded keys of the few words that need one.
 */
import { blanked } from './blanked';
import type { Entity, EntityKind } from '../kb/types';
import { Char } from './charCodes';
import {
  FOREIGN_MONTH_NAMES,
  matchDate,
  type ShortYears,
  type TokenView,
  YEAR_WORD_STARTERS,
  DAY_WORD_STARTERS,
  VIETNAMESE_DATE_STARTERS,
} from './dates';
import { foldToken, isPlainWord, Lexicon, type Phrase } from './lexicon';
import type { LineProse } from './markdownBlocks';
import type { TopicModel } from './topics';
import { ROMANISED } from './transliteration';
import type { Mention } from './types';

/** What the packs' manifests say of topics: each pack's period (as day keys), and the packs others build on. */
export interface PackTopics {
  periods: ReadonlyMap<string, readonly [number, number]>;
  /** Packs that other packs depend on (what every topic shares): they are no topic of their own. */
  shared: ReadonlySet<string>;
}

const WORD_EXTRA = /[\p{L}\p{M}\p{N}]/u;

/** ASCII word characters, case folded (letters lower-cased); 0 for anything else. */
const FOLD = new Uint8Array(128);
for (let c = Char.Digit0; c <= Char.Digit9; c++) FOLD[c] = c;
for (let c = Char.LowerA; c <= Char.LowerZ; c++) {
  FOLD[c] = c;
  FOLD[c - Char.LowerA + Char.UpperA] = c;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** The hash the word table uses, over a folded key (the scanner computes the same one as it cuts words). */
function hashKey(key: string, end = key.length): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A non-ASCII word character: letters, marks and digits of any script (never a lone surrogate). */
function isWordExtra(c: number, line: string, i: number): boolean {
  if (c >= Char.HighSurrogateFirst && c <= Char.LowSurrogateLast) return false;
  return WORD_EXTRA.test(line[i]);
}

function isNameGapAt(line: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 1) {
    const c = line.charCodeAt(from);
    // An underscore alone joins a name written as one key, as Dataview fields and file names have it:
    // "bloody_sunday:: 9 Jan 1905" (not "_Bloody Sunday_ 1905", where it closes an emphasis).
    return c === Char.FullStop || c === Char.Underscore || isGapChar(c);
  }
  return isNameGap(line.slice(from, to));
}

/**
 * A name whose first words stand in a bracket, its last after it: "Munich (Beer Hall) Putsch" holds the Beer Hall
 * Putsch. Only a bracket that opens right before the name's first word and closes at this gap.
 */
function bracketedHead(line: string, start: number, from: number, to: number): boolean {
  return (
    to - from === 2 &&
    line.charCodeAt(from) === Char.CloseParen &&
    line.charCodeAt(from + 1) === Char.Space &&
    start > 0 &&
    line.charCodeAt(start - 1) === Char.OpenParen
  );
}

function isRomanAt(line: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) {
    const c = line.charCodeAt(i);
    if (c !== Char.UpperI && c !== Char.UpperV && c !== Char.UpperX && c !== Char.UpperL && c !== Char.UpperC)
      return false;
  }
  return true;
}

/** A phrase with the hashes of its folded words. */
interface Compiled {
  p: Phrase;
  hashes: Int32Array;
}

/**
 * The phrases that start with one word, longest first as the lexicon orders them, split by their second word
 * (its hash) so that a look-up tries only those that can match: "Lenin" starts forty names, and the word after
 * it picks the two or three worth trying; the one-word names come last, as they did.
 */
class Candidates {
  readonly all: Compiled[];
  /** Keyed by the second word's hash shifted right by one, a small integer V8 hashes without boxing. */
  readonly bySecond = new Map<number, Compiled[]>();
  readonly single: Compiled[] = [];
  constructor(phrases: readonly Phrase[]) {
    this.all = phrases.map((p) => ({ p, hashes: Int32Array.from(p.tokens, (w) => hashKey(w)) }));
    for (const c of this.all) {
      if (c.hashes.length === 1) {
        this.single.push(c);
        continue;
      }
      const list = this.bySecond.get(c.hashes[1] >> 1);
      if (list) list.push(c);
      else this.bySecond.set(c.hashes[1] >> 1, [c]);
    }
    // Trying a group and then the one-word names keeps the lexicon's order only if those come after every longer one.
    let seenSingle = false;
    for (const c of this.all) {
      if (c.hashes.length === 1) seenSingle = true;
      else if (seenSingle) throw new Error('lexicon phrases are not ordered longest first');
    }
  }
}

const IS_NAME = 1,
  IS_ORDINAL = 2,
  IS_DATE_STARTER = 4;

/**
 * Every word that can start a mention, folded, in an open-addressing hash table: a look-up is one hash (already
 * computed while the word was cut) and, on a hit, one comparison of characters.
 */
class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly words: string[] = [];
  readonly hashes: Int32Array;
  readonly flags: Uint8Array;
  /** The phrases starting with each word, longest first, with the hashes of their words for quick rejection. */
  readonly phrases: (Candidates | undefined)[] = [];
  /** The hashes (shifted right by one) of every word that stands after the first in some name. */
  readonly continues = new Set<number>();

  constructor(byFirst: ReadonlyMap<string, Phrase[]>, ordinals: Iterable<string>, dateStarters: Iterable<string>) {
    const all = new Map<string, number>();
    for (const w of byFirst.keys()) all.set(w, (all.get(w) ?? 0) | IS_NAME);
    for (const list of byFirst.values())
      for (const p of list) for (let i = 1; i < p.tokens.length; i++) this.continues.add(hashKey(p.tokens[i]) >> 1);
    for (const w of ordinals) all.set(w, (all.get(w) ?? 0) | IS_ORDINAL);
    for (const w of dateStarters) all.set(w, (all.get(w) ?? 0) | IS_DATE_STARTER);
    let size = 64;
    while (size < all.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // Typed arrays: hashes are 32-bit, beyond what V8 keeps unboxed in a plain array.
    this.hashes = new Int32Array(all.size);
    this.flags = new Uint8Array(all.size);
    for (const [w, f] of all) {
      const e = this.words.length;
      const h = hashKey(w);
      this.words.push(w);
      this.hashes[e] = h;
      this.flags[e] = f;
      const list = byFirst.get(w);
      this.phrases.push(list ? new Candidates(list) : undefined);
      let i = h & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = e + 1;
    }
  }

  /** The entry of the ASCII word line[s, e) whose folded hash is h, or -1. */
  findAscii(line: string, s: number, e: number, h: number): number {
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i];
      if (slot === 0) return -1;
      const entry = slot - 1;
      if (this.hashes[entry] === h) {
        const w = this.words[entry];
        if (w.length === e - s) {
          let j = 0;
          while (j < w.length && FOLD[line.charCodeAt(s + j)] === w.charCodeAt(j)) j++;
          if (j === w.length) return entry;
        }
      }
    }
  }

  /** The entry of a folded key, or -1. */
  findKey(key: string, h = hashKey(key)): number {
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i];
      if (slot === 0) return -1;
      const entry = slot - 1;
      if (this.hashes[entry] === h && this.words[entry] === key) return entry;
    }
  }
}

/** Apostrophes, spaces (also non-breaking), hyphens and dashes: what may stand between the words of a name. */
function isGapChar(c: number): boolean {
  return (
    c === Char.Apostrophe ||
    c === Char.RightSingleQuote ||
    c === Char.Space ||
    c === Char.NoBreakSpace ||
    c === Char.NarrowNoBreakSpace ||
    c === Char.Tab ||
    c === Char.Hyphen ||
    c === Char.UnicodeHyphen ||
    c === Char.NonBreakingHyphen ||
    c === Char.EnDash
  );
}

/**
 * A gap between the words of one name: spaces (also non-breaking), hyphens, dashes, apostrophes (`Lenin’s Testament`)
 * and initials' full stops; and " & " or " + " where a name has them ("Tsar + family shot", "Tsar & family shot").
 */
function isNameGap(g: string): boolean {
  if (g.length === 0 || g.length > 3) return false;
  if (g === ' & ' || g === ' + ') return true;
  let dots = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g.charCodeAt(i);
    if (c === Char.FullStop) {
      if (++dots > 1) return false;
    } else if (!isGapChar(c)) return false;
  }
  return true;
}

/** Ordinal words, first to last: their place in the list is their value (ordinalValue). */
export const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
/** The tens an ordinal word may follow: "twenty-second". */
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Words before an ambiguous name that make a place of it. */
// prettier-ignore
const PLACE_CUES = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'city',
  'town',
  'outside',
  'into',
  'via',
  'renamed',
]);
/**
 * Words of kinship or company before a capitalised word: a given name ("cousin Kolya"), no place's slip; and those
 * of a letter's greeting or its close ("Dear Kolya", "Respectfully, Kolya", "Yr cousin, Katya", "Kisses, Masha").
 */
const KIN_CUES = new Set([
  ...'aunt boy brother comrade cousin daughter father friend girl granddaughter grandfather grandmother'.split(' '),
  ...'grandson husband mother neighbour neighbor nephew niece sister son uncle wife'.split(' '),
  ...'dear dearest love yours respectfully sincerely faithfully affectionately regards'.split(' '),
  ...'kisses hugs fondly warmly cheers'.split(' '),
]);
const KIND_PREFERENCE: EntityKind[] = [
  'person',
  'organisation',
  'congress',
  'event',
  'policy',
  'document',
  'concept',
  'place',
];

/** Kinds of things done, which one name may give to two of: Lenin's Decree on Land and Stolypin's land decree. */
const DEEDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['event', 'policy', 'document']);

/** Are two kinds one, or both kinds of things done? */
function sameFamily(a: EntityKind, b: EntityKind): boolean {
  return a === b || (DEEDS.has(a) && DEEDS.has(b));
}

function hashAscii(line: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) h = Math.imul(h ^ FOLD[line.charCodeAt(i)], FNV_PRIME);
  return h;
}

function ordinalValue(text: string, key: string): number {
  const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(key);
  if (m) return Number(m[1]);
  const w = ORDINAL_WORDS.indexOf(key);
  if (w >= 0) return w + 1;
  if (text.length >= 2 && /^[IVXLC]+$/.test(text)) {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const v = ROMAN[text[i]],
        n = ROMAN[text[i + 1]] ?? 0;
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
  /** Hash of the folded word, when it is all ASCII; for other words 0 and `ascii` 0. */
  hashes = new Int32Array(256);
  ascii = new Uint8Array(256);
  keys: (string | undefined)[] = [];
  count = 0;
  line = '';
  spanEnd = 0;

  reset(line: string, spanEnd: number): void {
    this.line = line;
    this.spanEnd = spanEnd;
    this.count = 0;
  }

  push(s: number, e: number, h: number, ascii: boolean): void {
    if (this.count === this.starts.length) {
      const n = this.count * 2;
      const ns = new Int32Array(n);
      ns.set(this.starts);
      this.starts = ns;
      const ne = new Int32Array(n);
      ne.set(this.ends);
      this.ends = ne;
      const nh = new Int32Array(n);
      nh.set(this.hashes);
      this.hashes = nh;
      const na = new Uint8Array(n);
      na.set(this.ascii);
      this.ascii = na;
    }
    this.starts[this.count] = s;
    this.ends[this.count] = e;
    this.hashes[this.count] = h;
    this.ascii[this.count] = ascii ? 1 : 0;
    this.keys[this.count] = undefined;
    this.count++;
  }

  /** Does token k fold to `key`? Compares characters; allocates nothing for ASCII words. */
  is(k: number, key: string): boolean {
    const s = this.starts[k],
      e = this.ends[k];
    if (this.ascii[k] === 0) return this.key(k) === key;
    if (e - s !== key.length) return false;
    for (let j = 0; j < key.length; j++) if (FOLD[this.line.charCodeAt(s + j)] !== key.charCodeAt(j)) return false;
    return true;
  }

  start(k: number): number {
    return this.starts[k];
  }
  end(k: number): number {
    return this.ends[k];
  }
  text(k: number): string {
    return this.line.slice(this.starts[k], this.ends[k]);
  }
  key(k: number): string {
    let v = this.keys[k];
    if (v === undefined) {
      v = foldToken(this.text(k));
      this.keys[k] = v;
    }
    return v;
  }
  gap(k: number): string {
    return this.line.slice(this.ends[k], k + 1 < this.count ? this.starts[k + 1] : this.spanEnd);
  }

  charAfter(k: number, i: number): number {
    return this.line.charCodeAt(this.ends[k] + i);
  }
}

/** A mention, built without an object spread (which V8 makes a slow copy of). */
function mention(
  start: number,
  end: number,
  kind: EntityKind,
  id: string,
  misspelling: boolean,
  bareS: boolean,
): Mention {
  const m: Mention = { start, end, kind, id, misspelling };
  if (bareS) m.bareS = true;
  return m;
}

export class Scanner {
  private readonly tokens = new Tokens();
  /** Where preferFurther tries a name before taking it. */
  private readonly scratch: Mention[] = [];
  private readonly table: WordTable;
  constructor(private readonly lexicon: Lexicon) {
    this.table = new WordTable(lexicon.byFirst, ORDINAL_WORDS, DATE_STARTERS);
  }

  /** What the note as a whole decides from (recogniser/topics.ts); set by forEntities. */
  topics?: TopicModel;

  /** A scanner over the lexicon of these entities, and what the packs' manifests say of their topics. */
  static forEntities(
    entities: readonly Entity[],
    packs: PackTopics = { periods: new Map(), shared: new Set() },
  ): Scanner {
    const scanner = new Scanner(new Lexicon(entities));
    scanner.topics = scanner.topicModel(packs);
    scanner.shortYears = shortYearsIn(packs.periods);
    return scanner;
  }

  /** What a two-digit year means in the packs' periods ("Oct 44"); none without periods. */
  private shortYears?: ShortYears;

  /** The word table entry of token k (or of its first `len` characters, for a stem), or -1. */
  private entryOf(k: number, len = -1): number {
    const t = this.tokens;
    const s = t.starts[k];
    const e = len < 0 ? t.ends[k] : s + len;
    if (t.ascii[k] === 1) {
      const h = len < 0 ? t.hashes[k] : hashAscii(t.line, s, e);
      return this.table.findAscii(t.line, s, e, h);
    }
    const key = t.key(k);
    return this.table.findKey(len < 0 ? key : key.slice(0, -1));
  }

  /**
   * Recognises the mentions of one line in its prose spans (markdownBlocks.ts). A wiki-link target (a span
   * written ~from) counts only when it names an entity whole.
   */
  scanProse(line: string, prose: LineProse, out: Mention[]): void {
    line = blanked(line);
    for (let i = 0; i < prose.length; i += 2) {
      if (prose[i] >= 0) this.scanSpan(line, prose[i], prose[i + 1], out);
      else this.scanTarget(line, ~prose[i], prose[i + 1], out);
    }
  }

  private scanTarget(line: string, from: number, to: number, out: Mention[]): void {
    while (from < to && line.charCodeAt(from) === Char.Space) from++;
    while (to > from && line.charCodeAt(to - 1) === Char.Space) to--;
    const found: Mention[] = [];
    this.scanSpan(line, from, to, found);
    if (found.length === 1 && found[0].start === from && found[0].end === to && !found[0].misspelling)
      out.push(found[0]);
  }

  /** Recognises the mentions in text[from, to) taken as plain prose. */
  scanSpan(line: string, from: number, to: number, out: Mention[]): void {
    const t = this.tokens;
    t.reset(line, to);
    let i = from;
    while (i < to) {
      const c = line.charCodeAt(i);
      if (c < 128 ? FOLD[c] === 0 : !isWordExtra(c, line, i)) {
        i++;
        continue;
      }
      const s = i;
      let h = FNV_OFFSET;
      let ascii = true;
      for (; i < to; i++) {
        const d = line.charCodeAt(i);
        if (d < 128) {
          const f = FOLD[d];
          if (f === 0) break;
          h = Math.imul(h ^ f, FNV_PRIME);
        } else if (isWordExtra(d, line, i)) ascii = false;
        else break;
      }
      t.push(s, i, ascii ? h : 0, ascii);
    }
    for (let k = 0; k < t.count; k++) {
      const at = out.length;
      let last = this.matchAt(k, this.entryOf(k), out);
      if (last > k && out.length === at + 1 && out[at].kind !== 'date') last = this.preferFurther(k, last, at, out);
      if (last >= k) k = last;
    }
  }

  /**
   * A name that starts inside the one just matched and reaches further, with more words of its own, wins: "the
   * Left SR uprising" is the uprising, not "the Left"; "the Reichstag fire" the fire, not the Reichstag. A leading
   * "the" or year does not count as a word. Only words that start some name are tried, so this costs a look-up or two.
   */
  private preferFurther(k: number, last: number, at: number, out: Mention[]): number {
    const t = this.tokens;
    // A name that reaches further takes in the next word, which must then be a word some name continues with.
    const next = last + 1;
    if (
      next >= t.count ||
      !this.table.continues.has((t.ascii[next] === 1 ? t.hashes[next] : hashKey(t.key(next))) >> 1)
    )
      return last;
    // Nor does a year: "1861 – Emancipation" (the emancipation) gives way to "Emancipation Edict".
    const c0 = t.line.charCodeAt(t.starts[k]);
    const year = c0 >= Char.Digit0 && c0 <= Char.Digit9;
    const own = last - k + (t.is(k, 'the') || year ? 0 : 1);
    const scratch = this.scratch;
    for (let j = k + 1; j <= last; j++) {
      const entry = this.entryOf(j);
      const cands = entry >= 0 ? this.table.phrases[entry] : undefined;
      // Only a name that starts at j, goes on with word j+1 and is long enough to take in the next word.
      const second = cands?.bySecond.get((t.ascii[j + 1] === 1 ? t.hashes[j + 1] : hashKey(t.key(j + 1))) >> 1);
      if (!second?.some((c) => c.hashes.length > next - j)) continue;
      scratch.length = 0;
      const further = this.matchAt(j, entry, scratch);
      if (further > last && further - j + 1 > own && scratch.length === 1 && scratch[0].kind !== 'date') {
        // The year the lost name began with is a date again: "1861" of "1861 – Emancipation Edict".
        const d = year ? matchDate(t, k, this.shortYears) : undefined;
        if (d && d.last < j) {
          const end = t.ends[d.last];
          out[at] = { start: t.starts[k], end, kind: 'date', id: '', misspelling: false, date: d.value };
          out.push(scratch[0]);
        } else {
          // The words the lost name began with may hold a name of their own: "Stalin" of "Stalin becomes General
          // Secretary" when "General Secretary of the party" takes the words after it.
          const found = scratch[0];
          out.length = at;
          if (!year) this.matchBefore(k, j, out);
          out.push(found);
        }
        return further;
      }
    }
    return last;
  }

  /** Matches the names that lie wholly in tokens [k, j), as scanSpan does. */
  private matchBefore(k: number, j: number, out: Mention[]): void {
    const t = this.tokens;
    const count = t.count;
    t.count = j;
    for (let q = k; q < j; q++) {
      const last = this.matchAt(q, this.entryOf(q), out);
      if (last >= q) q = last;
    }
    t.count = count;
  }

  /** The longest name of the lexicon that starts at token k (whose word table entry is given), and its last token. */
  private phraseAt(k: number, entry: number): { p: Phrase; last: number } | undefined {
    const t = this.tokens;
    const candidates = this.table.phrases[entry];
    if (!candidates) return undefined;
    if (k + 1 < t.count && candidates.bySecond.size) {
      const next = candidates.bySecond.get((t.ascii[k + 1] === 1 ? t.hashes[k + 1] : hashKey(t.key(k + 1))) >> 1);
      if (next) {
        for (const c of next) {
          const last = this.phraseEnd(c, k);
          if (last >= 0) return { p: c.p, last };
        }
      }
    }
    for (const c of candidates.single) {
      const last = this.phraseEnd(c, k);
      if (last >= 0) return { p: c.p, last };
    }
    return undefined;
  }

  /** Matches whatever starts at token k (whose word table entry is given); returns the last token used, or -1. */
  private matchAt(k: number, entry: number, out: Mention[]): number {
    const t = this.tokens;
    const s = t.starts[k],
      e = t.ends[k];
    const c0 = t.line.charCodeAt(s);
    const digit = c0 >= Char.Digit0 && c0 <= Char.Digit9;
    const flags = entry >= 0 ? this.table.flags[entry] : 0;
    // Ordinals, numbers and month names: congresses first, then dates.
    const roman = !digit && c0 >= Char.UpperC && c0 <= Char.UpperX && isRomanAt(t.line, s, e);
    if (digit || roman || (flags & IS_ORDINAL) !== 0) {
      const series = this.matchSeries(k, out);
      if (series >= 0) return series;
    }
    // A Roman month before a year: "XI.1923", "I.1933".
    const romanMonth =
      t.line.charCodeAt(e) === Char.FullStop &&
      (roman || (e - s === 1 && (c0 === Char.UpperI || c0 === Char.UpperV || c0 === Char.UpperX)));
    if (digit || (flags & IS_DATE_STARTER) !== 0 || romanMonth) {
      const d = matchDate(t, k, this.shortYears);
      // A name that opens with the date and goes on past it is the name: "1921 famine", "1932 election", "July 1932
      // election".
      const named = d && entry >= 0 ? this.phraseAt(k, entry) : undefined;
      if (named && named.last > d!.last) {
        this.emit(named.p, k, named.last, false, out);
        return named.last;
      }
      if (d) {
        out.push({
          start: t.starts[k],
          end: t.ends[d.last],
          kind: 'date',
          id: '',
          misspelling: false,
          date: d.value,
        });
        return d.last;
      }
      // A number that is no date starts a name only where one begins with it ("2nd FYP", "3rd Duma").
      if (digit && (entry < 0 || !this.table.phrases[entry])) return -1;
    }
    const phrase = entry >= 0 ? this.phraseAt(k, entry) : undefined;
    if (phrase && phrase.last === k && k > 0 && this.anotherBearer(k, phrase.p)) return -1;
    if (phrase) {
      this.emit(phrase.p, k, phrase.last, false, out);
      return phrase.last;
    }
    const length = t.ascii[k] === 1 ? e - s : t.key(k).length;
    // "Stalins": a possessive without its apostrophe.
    if (length > 4 && this.endsWithS(k)) {
      const stemEntry = this.entryOf(k, e - s - 1);
      const stem = stemEntry >= 0 ? this.table.phrases[stemEntry] : undefined;
      const c = stem?.single.find((x) => !x.p.cased);
      if (c) {
        this.emit(c.p, k, k, true, out);
        return k;
      }
    }
    // A capitalised word one slip away from a known name; not a part of a double name ("Koch-Weser").
    // A capital with a háček opens a name the scholarly way: "Žukov", "Čičerin".
    const ascii = c0 >= Char.UpperA && c0 <= Char.UpperZ;
    if ((ascii || (c0 > 127 && /\p{Lu}/u.test(t.line[s]))) && e - s >= 5 && !this.hyphenJoined(k)) {
      const key = t.key(k);
      // A family named by its name in the plural is no slip: "the Goebbelses kill their six children".
      if (this.lexicon.familyOf(key)) return -1;
      // The name as French writes it ("Staline", "Raspoutine"), a place as Spanish does ("Petrogrado"), or a name in
      // the scholarly romanisation ("Kolčak", "Trotskij"), which is read from the word as written.
      const written = t.ascii[k] === 1 && !ROMANISED.test(key) ? undefined : t.text(k).toLowerCase();
      const foreign = this.lexicon.transliterated(key, written);
      if (foreign && foreign.ids.length === 1) {
        out.push(mention(t.starts[k], t.ends[k], this.kindOf(foreign.ids[0]), foreign.ids[0], false, false));
        return k;
      }
      // One of several bearers' names, or a word no slip starts with an ASCII capital: no slip said.
      if (foreign || !ascii) return -1;
      // A name in a Slavic case: "nástup Hitlera" is Hitler's rise.
      const inflected = this.lexicon.inflected(key);
      if (inflected) {
        out.push(mention(t.starts[k], t.ends[k], this.kindOf(inflected.ids[0]), inflected.ids[0], false, false));
        return k;
      }
      // A trailing s is a possessive first ("Bukarins" → Bukharin's), part of the name only when that fails; never
      // of a common word's own ("Press" is no "Pares's").
      let word = key.endsWith('s') && !isPlainWord(key) ? key.slice(0, -1) : key;
      let p = word !== key ? this.lexicon.nearMiss(word) : undefined;
      const bareS = !!p;
      if (!p) {
        word = key;
        p = this.lexicon.nearMiss(word);
      }
      if (p && /^[\p{L}]+$/u.test(word) && !this.kinBefore(k, p)) {
        out.push(mention(t.starts[k], t.ends[k], this.kindOf(p.ids[0]), p.ids[0], true, bareS));
        return k;
      }
    }
    return -1;
  }

  /**
   * Is the one-word person's name at token k another person's, by the given name written right before it ("Joseph
   * Chamberlain", "Austen Chamberlain" once known)? A name of the knowledge base's that is no one's own.
   */
  private anotherBearer(k: number, p: Phrase): boolean {
    const t = this.tokens;
    if (t.ends[k - 1] + 1 !== t.starts[k] || t.line.charCodeAt(t.ends[k - 1]) !== Char.Space) return false;
    const c = t.line.charCodeAt(t.starts[k - 1]);
    if (c < Char.UpperA || c > Char.UpperZ) return false;
    for (const id of p.ids) if (this.kindOf(id) !== 'person') return false;
    return this.lexicon.namesAnother(t.key(k - 1), p.ids);
  }

  /** Does a word of kinship right before token k make it a given name, where the slip would name no person? */
  private kinBefore(k: number, p: Phrase): boolean {
    const t = this.tokens;
    if (k === 0) return false;
    const gap = t.line.slice(t.ends[k - 1], t.starts[k]);
    if (gap !== ' ' && gap !== ', ') return false;
    return KIN_CUES.has(t.key(k - 1)) && p.ids.every((id) => this.kindOf(id) !== 'person');
  }

  /** Is token k joined by a hyphen to a letter on either side: one part of a double name? */
  private hyphenJoined(k: number): boolean {
    const { line, starts, ends } = this.tokens;
    const letter = (i: number) => i >= 0 && i < line.length && /\p{L}/u.test(line.charAt(i));
    return (
      (line.charCodeAt(starts[k] - 1) === Char.Hyphen && letter(starts[k] - 2)) ||
      (line.charCodeAt(ends[k]) === Char.Hyphen && letter(ends[k] + 1))
    );
  }

  /** Does the folded token k end with an s? */
  private endsWithS(k: number): boolean {
    const t = this.tokens;
    if (t.ascii[k] === 1) return FOLD[t.line.charCodeAt(t.ends[k] - 1)] === Char.LowerS;
    return t.key(k).endsWith('s');
  }

  private kindOf(id: string): EntityKind {
    return this.lexicon.kind(id) ?? 'concept';
  }

  /** Last token of phrase p when it matches at token k, else -1. */
  private phraseEnd(c: Compiled, k: number): number {
    const t = this.tokens;
    const p = c.p;
    const n = p.tokens.length;
    if (k + n > t.count) return -1;
    for (let j = 0; j < n; j++) {
      if (j > 0) {
        if (t.ascii[k + j] === 1 && t.hashes[k + j] !== c.hashes[j]) return -1;
        if (!t.is(k + j, p.tokens[j])) return -1;
        if (
          !isNameGapAt(t.line, t.ends[k + j - 1], t.starts[k + j]) &&
          !bracketedHead(t.line, t.starts[k], t.ends[k + j - 1], t.starts[k + j])
        )
          return -1;
      }
      if (p.cased && /^\p{Lu}/u.test(p.cased[j]) && t.text(k + j) !== p.cased[j]) return -1;
    }
    return k + n - 1;
  }

  private emit(p: Phrase, k: number, last: number, bareS: boolean, out: Mention[]): void {
    const t = this.tokens;
    const { id, candidates } =
      p.ids.length === 1 ? { id: p.ids[0], candidates: undefined } : this.resolve(p.ids, k, last);
    // A listed slip ("Zukov") that is the name written the scholarly or the Dutch way ("Žukov") is the name.
    const slip =
      p.misspelling &&
      !(
        k === last &&
        (t.ascii[k] === 0 || ROMANISED.test(t.key(k))) &&
        this.lexicon.romanisedForm(t.text(k).toLowerCase(), id)
      );
    const m = mention(t.starts[k], t.ends[last], this.kindOf(id), id, slip, bareS);
    if (candidates) m.candidates = candidates;
    out.push(m);
  }

  /**
   * An ambiguous name: a place after "in", "at", "city of"…; otherwise by kind, people first. Never by chance:
   * where the candidates come from different topics, or two of the kind chosen are dated, the note decides
   * (recogniser/topics.ts), and the mention carries every candidate, the choice made here first.
   */
  private resolve(ids: string[], k: number, last: number): { id: string; candidates?: string[] } {
    const t = this.tokens;
    const prev = k > 0 ? t.key(k - 1) : '';
    const prev2 = k > 1 ? t.key(k - 2) : '';
    const possessive = /^['’]s?\b/.test(t.line.slice(t.ends[last], t.ends[last] + 3));
    const place = ids.find((id) => this.kindOf(id) === 'place');
    if (place && !possessive && (PLACE_CUES.has(prev) || (prev === 'of' && PLACE_CUES.has(prev2))))
      return { id: place };
    let best = ids[0];
    for (const id of ids) {
      if (KIND_PREFERENCE.indexOf(this.kindOf(id)) < KIND_PREFERENCE.indexOf(this.kindOf(best))) best = id;
    }
    const lex = this.lexicon;
    const topics = new Set(ids.map((id) => lex.pack(id)));
    const twins = ids.filter((id) => sameFamily(this.kindOf(id), this.kindOf(best)) && lex.span(id));
    if (topics.size > 1 || twins.length > 1) return { id: best, candidates: [best, ...ids.filter((x) => x !== best)] };
    return { id: best };
  }

  /** What decides between candidates from the note as a whole: packs, dates, and each pack's period. */
  private topicModel(packs: PackTopics): TopicModel {
    const lex = this.lexicon;
    return {
      packOf: (id) => lex.pack(id),
      spanOf: (id) => lex.span(id),
      officeSpanOf: (id) => lex.officeSpan(id),
      tiesOf: (id) => lex.tiesOf(id),
      kindOf: (id) => lex.kind(id),
      periods: packs.periods,
      shared: packs.shared,
    };
  }

  /** "<ordinal> [qualifiers] <keyword>": the 13th Party Congress, the Tenth Congress, XIII Party Conference. */
  private matchSeries(k: number, out: Mention[]): number {
    if (this.lexicon.series.size === 0) return -1;
    const t = this.tokens;
    let n = ordinalValue(t.text(k), t.key(k));
    if (!n) return -1;
    // A compound ordinal is read whole, never as its last word: "Twenty-Second Congress" is the 22nd.
    let from = t.starts[k];
    const tens = k > 0 && n < 10 ? TENS[t.key(k - 1)] : undefined;
    if (tens && /^[\s-]$/.test(t.line.slice(t.ends[k - 1], t.starts[k]))) {
      n += tens;
      from = t.starts[k - 1];
    }
    for (let j = k + 1; j < t.count && j <= k + 6; j++) {
      if (t.line.slice(t.ends[j - 1], t.starts[j]).length > 4) return -1;
      const key = t.key(j);
      const numbers = this.lexicon.series.get(key);
      if (numbers) {
        const id = numbers.get(n);
        if (!id || this.namesAnother(j)) return -1;
        out.push({ start: from, end: t.ends[j], kind: this.kindOf(id), id, misspelling: false });
        return j;
      }
      if (!this.lexicon.seriesQualifiers.has(key)) return -1;
    }
    return -1;
  }

  /**
   * Does "of …" after the series keyword at token j name another body: "the Second Congress of Soviets", "the 2nd
   * Congress of the Comintern"? Only the series' own qualifiers may follow ("of the Party", "of the RSDLP"), or
   * what is no name at all ("the 13th Congress of 1924").
   */
  private namesAnother(j: number): boolean {
    const t = this.tokens;
    let w = j + 1;
    if (w >= t.count || !t.is(w, 'of') || t.line.slice(t.ends[j], t.starts[w]).trim()) return false;
    if (++w < t.count && t.is(w, 'the')) w++;
    if (w >= t.count) return false;
    const c = t.line.charCodeAt(t.starts[w]);
    return c >= Char.UpperA && c <= Char.UpperZ && !this.lexicon.seriesQualifiers.has(t.key(w));
  }
}

/**
 * Two-digit years read in the packs' periods (day keys): `44` is the one year ending in 44 that some period holds,
 * and no year where two centuries would fit ("Mar 61" beside a period 1855–1964).
 */
function shortYearsIn(periods: ReadonlyMap<string, readonly [number, number]>): ShortYears | undefined {
  if (periods.size === 0) return undefined;
  const table = new Int16Array(100);
  for (let yy = 0; yy < 100; yy++) {
    let found = 0;
    for (let century = 1000; century <= 2000; century += 100) {
      const year = century + yy;
      for (const [from, to] of periods.values()) {
        if (year >= Math.floor(from / 10000) && year <= Math.floor(to / 10000)) {
          found = found && found !== year ? -1 : year;
          break;
        }
      }
    }
    table[yy] = found > 0 ? found : 0;
  }
  return (yy) => table[yy];
}

const DATE_STARTERS = new Set([
  'between',
  'from',
  'c',
  'ca',
  'circa',
  'ad',
  'ce',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  ...FOREIGN_MONTH_NAMES,
  ...YEAR_WORD_STARTERS,
  ...DAY_WORD_STARTERS,
  ...VIETNAMESE_DATE_STARTERS,
]);
