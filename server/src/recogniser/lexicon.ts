/**
 * The lexicon: every name of every entity, prepared once per knowledge base so that recognition is a hash look-up
 * per word. Built from data alone; it knows nothing of any topic.
 */
import {
  englishSkeleton,
  frenchSkeletons,
  LITHUANIAN_ENDINGS,
  romanceSkeletons,
  withSky,
  writtenSkeletons,
} from './transliteration';
import { PLAIN_WORDS } from './plainWords';
import { distance } from 'fastest-levenshtein';
import { endKey, parseIsoDate, startKey } from '../kb/dates';
import type { Entity, EntityKind } from '../kb/types';

export interface Phrase {
  /** Folded tokens (lower case, no diacritics). */
  tokens: string[];
  /** Tokens as written, for strict aliases that must match their capitalisation; undefined when any case goes. */
  cased?: string[];
  /** Entity ids that bear this name (more than one: an ambiguous alias, resolved by context). */
  ids: string[];
  misspelling: boolean;
}

export class Lexicon {
  /** First folded token → phrases starting with it, longest first. */
  readonly byFirst = new Map<string, Phrase[]>();
  /** Series keyword ("congress") → number → entity id. */
  readonly series = new Map<string, Map<number, string>>();
  /**
   * Words that may stand between an ordinal and a series keyword ("13th Communist Party Congress"): the words of
   * the series' labels, and the names of the bodies those labels name, as the knowledge base writes them.
   */
  readonly seriesQualifiers = new Set<string>(GENERIC_QUALIFIERS);
  /** Delete-one variants of single-word names (5+ letters) → those names, for near-miss spelling look-ups. */
  private readonly deletes = new Map<string, string[]>();
  /** Whether `deletes` has been built (variants()). */
  private deletesBuilt = false;
  /** Folded single-word name → its phrase. */
  private readonly singles = new Map<string, Phrase>();
  /** Every word of a name of two words or more: a word of a name is no slip of another ("Alexandra", "Alexandria"). */
  private readonly nameWords = new Set<string>();
  /**
   * The first words of people's full names ("joseph", "neville"), none a title: before a surname that is
   * not theirs, such a word names someone else of that surname ("Joseph Chamberlain" is not Neville).
   */
  private readonly givenNames = new Set<string>();
  /** Each person's words, from all their names: the given names that are theirs. */
  private readonly personWords = new Map<string, Set<string>>();
  private readonly kindOf = new Map<string, EntityKind>();
  private readonly packOf = new Map<string, string>();
  private readonly spans = new Map<string, readonly [number, number]>();
  private readonly officeSpans = new Map<string, readonly [number, number]>();
  /** What an entity that shares a name is tied to (its related things and places), to tell it from the other. */
  private readonly ties = new Map<string, ReadonlySet<string>>();
  private readonly fuzzyCache = new Map<string, Phrase | null>();
  /** Each single-word name by its skeleton of sounds, built when the first unknown word is looked up. */
  private skeletons: Map<string, Phrase | null> | undefined;
  private readonly foreignCache = new Map<string, Phrase | null>();
  /** Each phrase by its words, case and misspelling flag, while building (emptied after): a name's second id. */
  private readonly phraseByKey = new Map<string, Phrase>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) {
      this.kindOf.set(e.id, e.kind);
      if (e.pack) this.packOf.set(e.id, e.pack);
      const span = entitySpan(e);
      if (span) this.spans.set(e.id, span);
      const office = rolesSpan(e);
      if (office) this.officeSpans.set(e.id, office);
      if (e.ambiguousAliases?.length)
        this.ties.set(e.id, new Set([...(e.related ?? []).map((r) => r.id), ...(e.at?.ids ?? [])]));
      const strict = new Set(e.strictAliases ?? []);
      const names = new Set<string>([e.label, ...e.aliases, ...(e.names ?? []).map((n) => n.name)]);
      for (const name of names) {
        this.add(name, e.id, strict.has(name), false);
        const turned = e.kind === 'event' ? possessiveForm(name) : undefined;
        if (turned && !names.has(turned)) this.add(turned, e.id, false, false);
        for (const done of e.kind === 'event' ? participleForms(name) : [])
          if (!names.has(done)) this.add(done, e.id, false, false);
        const short = shortForm(name);
        if (short && !names.has(short)) this.add(short, e.id, false, false);
      }
      // A "misspelling" that is the name written the French way is the name ("Staline", "Tchernov").
      // Their skeletons are worked out only for an entity with a one-word misspelling: most have none.
      let sounds: Set<string> | undefined;
      const soundsOf = () =>
        (sounds ??= new Set([...names].flatMap((n) => tokenise(n).map((w) => englishSkeleton(foldToken(w))))));
      for (const m of e.misspellings ?? []) this.add(m, e.id, false, !frenchForm(m, soundsOf));
      if (e.kind === 'person') this.addPersonWords(e, names);
      if (e.series) {
        const map = this.series.get(e.series.keyword) ?? new Map<number, string>();
        map.set(e.series.number, e.id);
        this.series.set(e.series.keyword, map);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const w of seriesQualifiers(entities)) this.seriesQualifiers.add(w);
    this.phraseByKey.clear();
  }

  /** The delete-one variants, built when the first near miss is looked for: most keystrokes never need them. */
  private variants(): Map<string, string[]> {
    if (this.deletesBuilt) return this.deletes;
    this.deletesBuilt = true;
    for (const [word, phrase] of this.singles) {
      if (word.length < 5 || phrase.misspelling || phrase.cased) continue;
      for (const v of deleteVariants(word)) {
        const list = this.deletes.get(v);
        if (list) {
          if (!list.includes(word)) list.push(word);
        } else this.deletes.set(v, [word]);
      }
    }
    return this.deletes;
  }

  kind(id: string): EntityKind | undefined {
    return this.kindOf.get(id);
  }

  /** The pack an entity comes from (undefined for entities built without one, as in tests). */
  pack(id: string): string | undefined {
    return this.packOf.get(id);
  }

  /** The entity's span as day keys, for a date near an ambiguous name to choose between candidates. */
  span(id: string): readonly [number, number] | undefined {
    return this.spans.get(id);
  }

  /** What an entity that shares a name is tied to: "Kaplan" beside "attempt on Lenin's life" names her attempt. */
  tiesOf(id: string): ReadonlySet<string> | undefined {
    return this.ties.get(id);
  }

  /** A person's years in office (their dated roles, first to last), to choose between people alive at a date. */
  officeSpan(id: string): readonly [number, number] | undefined {
    return this.officeSpans.get(id);
  }

  private add(name: string, id: string, strict: boolean, misspelling: boolean): void {
    const raw = tokenise(name);
    if (raw.length === 0) return;
    const tokens = raw.map(foldToken);
    const cased = strict ? raw : undefined;
    const list = this.byFirst.get(tokens[0]) ?? [];
    // Found by key, not by a walk of the list: "the" starts a thousand names.
    const key = `${misspelling ? 1 : 0}\u0000${tokens.join(' ')}\u0000${cased?.join(' ') ?? ''}`;
    const same = this.phraseByKey.get(key);
    if (same) {
      if (!same.ids.includes(id)) same.ids.push(id);
    } else {
      const phrase: Phrase = { tokens, cased, ids: [id], misspelling };
      this.phraseByKey.set(key, phrase);
      list.push(phrase);
      if (tokens.length === 1 && !cased && !this.singles.has(tokens[0])) this.singles.set(tokens[0], phrase);
      if (tokens.length > 1 && !misspelling) for (const t of tokens) this.nameWords.add(t);
    }
    this.byFirst.set(tokens[0], list);
  }

  private addPersonWords(e: Entity, names: ReadonlySet<string>): void {
    const own = new Set<string>();
    for (const name of [...names, ...(e.misspellings ?? [])]) for (const t of tokenise(name)) own.add(foldToken(t));
    this.personWords.set(e.id, own);
    const label = tokenise(e.label);
    const first = label.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(label[0]) ? foldToken(label[0]) : undefined;
    if (first && first.length >= 3 && !TITLES.has(first)) this.givenNames.add(first);
  }

  /**
   * Does a capitalised word written right before a one-word name give the person another given name? "Joseph"
   * before "Chamberlain" (Neville): a known given name none of the name's people bears, nor one slip from one of
   * theirs ("Josef Stalin").
   */
  namesAnother(word: string, ids: readonly string[]): boolean {
    if (!this.givenNames.has(word)) return false;
    for (const id of ids) {
      const own = this.personWords.get(id);
      if (!own) return false;
      if (own.has(word)) return false;
      for (const w of own) if (w.length >= 3 && editDistance(word, w) <= (w.length >= 5 ? 2 : 1)) return false;
    }
    return true;
  }

  /**
   * Is the word a plural of a known name that ends in a hissing sound and takes "es": "the Goebbelses" (the family),
   * "all the Denikins, Kolchaks and Yudeniches" (Lenin's words)?
   */
  familyOf(word: string): boolean {
    return word.length > 5 && /(?:s|sh|ch|x|z)es$/.test(word) && this.singles.has(word.slice(0, -2));
  }

  /**
   * The known single-word name a capitalised unknown word writes the French way ("Staline", "Raspoutine"), or,
   * for a place or a thing, the Spanish or Italian way ("Petrogrado", "Rusia"): the name, not a slip of it. Only a
   * skeleton one name alone has counts (recogniser/transliteration.ts).
   */
  transliterated(word: string, written?: string): Phrase | undefined {
    return remembered(this.foreignCache, written ?? word, () => this.lookUpForeign(word, written));
  }

  /**
   * `written`: the word in lower case as written, diacritics kept, for the scholarly romanisation. A form that two
   * names share ("Gorkij": Gorki the place, Gorky the writer) is both's: no one name, and no slip (SHARED_FORM).
   */
  private lookUpForeign(word: string, written?: string): Phrase | undefined {
    if (isPlainWord(word) || this.nameWords.has(word)) return undefined;
    const skeletons = this.skeletonMap();
    for (const k of frenchSkeletons(word)) {
      const p = skeletons.get(k);
      if (p) return p;
    }
    for (const k of romanceSkeletons(word)) {
      const p = skeletons.get(k);
      if (p && p.ids.every((id) => this.kindOf.get(id) !== 'person')) return p;
    }
    const forms = written ? withoutS(written) : [];
    for (const k of forms.flatMap(writtenSkeletons)) {
      const p = skeletons.get(k);
      if (p) return p;
      if (p === null) return SHARED_FORM;
    }
    return undefined;
  }

  /**
   * The known single-word name a word is in a Slavic case ("Hitlera", "Stalinovi", "Leninem"): the name, not a slip
   * of it. Only a person's or a place's name of four letters or more.
   */
  inflected(word: string): Phrase | undefined {
    for (const ending of CASE_ENDINGS) {
      if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
      const stem = word.slice(0, -ending.length);
      // A -sky name in Lithuanian's ending keeps no y: "Kerenskis", "Voznesenskas".
      for (const name of LITHUANIAN.has(ending) ? withSky(stem) : [stem]) {
        const p = this.singles.get(name);
        const kind = p && p.ids.length === 1 ? this.kindOf.get(p.ids[0]) : undefined;
        if (p && !p.misspelling && (kind === 'person' || kind === 'place')) return p;
      }
    }
    return undefined;
  }

  /**
   * Is a word the pack lists as a slip of the entity's name ("Zukov") written the scholarly way ("Žukov") or the
   * Dutch way, and so the name? `written`: the word in lower case as written.
   */
  romanisedForm(written: string, id: string): boolean {
    return withoutS(written)
      .flatMap(writtenSkeletons)
      .some((k) => !!this.skeletonMap().get(k)?.ids.includes(id));
  }

  /** Each single-word name's English skeleton, null where two names share it; built on first use. */
  private skeletonMap(): Map<string, Phrase | null> {
    if (!this.skeletons) {
      this.skeletons = new Map();
      for (const [w, phrase] of this.singles) {
        if (w.length < 4 || phrase.misspelling) continue;
        const k = englishSkeleton(w);
        const had = this.skeletons.get(k);
        // Two spellings of one name ("Tukhachevsky", "Tukhachevski") share a skeleton; two names do not.
        const same = had !== undefined && had !== null && had.ids.join() === phrase.ids.join();
        this.skeletons.set(k, had === undefined ? phrase : same ? had : null);
      }
    }
    return this.skeletons;
  }

  /**
   * The known single-word name a capitalised unknown word is most likely a slip for: one edit away (two for
   * words of eight letters or more), an adjacent swap counting as one. Derived words (`Stalinist`,
   * `Russians`) are not slips. Cached: a note repeats its words.
   */
  nearMiss(word: string): Phrase | undefined {
    return remembered(this.fuzzyCache, word, (w) => this.closest(w));
  }

  private closest(word: string): Phrase | undefined {
    // A common word is no slip of a name: "Birth of the Republic" does not misspell Wirth.
    if (isPlainWord(word) || this.nameWords.has(word)) return undefined;
    let best: Phrase | undefined;
    let bestDist = 99;
    const limit = word.length >= 8 ? 2 : 1;
    const seen = new Set<string>();
    const deletes = this.variants();
    for (const v of [word, ...deleteVariants(word)]) {
      for (const cand of deletes.get(v) ?? (this.singles.has(v) && v.length >= 5 ? [v] : [])) {
        if (seen.has(cand)) continue;
        seen.add(cand);
        // A slip keeps a name's first letter: "Bessel" (the historian) is no slip of Wessel.
        if (isDerived(word, cand) || cand.charCodeAt(0) !== word.charCodeAt(0)) continue;
        const d = editDistance(word, cand);
        if (d > 0 && d <= limit && d < bestDist) {
          bestDist = d;
          best = this.singles.get(cand);
        }
      }
    }
    return best;
  }

  /** Every name (label or alias) with its entity ids: for completion. */
  *names(): IterableIterator<Phrase> {
    for (const list of this.byFirst.values()) yield* list;
  }
}

/** Words a person's label may open with that are titles, not given names: "Grand Duke Michael", "Pope Pius XI". */
// prettier-ignore
const TITLES = new Set([
  'captain', 'general', 'admiral', 'marshal', 'colonel', 'major', 'grand', 'prince', 'princess', 'count', 'countess',
  'baron', 'duke', 'king', 'queen', 'emperor', 'empress', 'tsar', 'tsarina', 'tsarevich', 'kaiser', 'pope', 'saint',
  'father', 'sir', 'lord', 'lady', 'president', 'chancellor', 'comrade',
]);

/** Qualifiers any series may take, whatever the topic. */
// prettier-ignore
const GENERIC_QUALIFIERS = [
  'national',
  'annual',
];
/** Words of a series' name that qualify nothing: "the 13th Congress of the Party". */
// prettier-ignore
const NOT_QUALIFIERS = new Set([
  'of',
  'the',
]);

/**
 * The qualifiers the knowledge base's series allow: every word of a series entity's label ("13th Congress of the
 * Russian Communist Party (Bolsheviks)"), and every word of every name of a body one of the series' names names
 * (the party, also called `CPSU` and `VKP(b)`); not the ordinals, numbers and keywords themselves.
 */
function seriesQualifiers(entities: readonly Entity[]): Set<string> {
  const series = entities.filter((e) => e.series);
  const keywords = new Set<string>(series.map((e) => e.series!.keyword));
  // Every run of words in a series' names, so that a body's name is looked up, not searched for.
  const runs = new Set<string>();
  for (const e of series)
    for (const n of [e.label, ...e.aliases]) {
      const t = tokenise(n).map(foldToken);
      for (let i = 0; i < t.length; i++) for (let j = i + 1; j <= t.length; j++) runs.add(t.slice(i, j).join(' '));
    }
  const words: string[] = series.flatMap((e) => tokenise(e.label).map(foldToken));
  for (const e of entities) {
    if (e.kind !== 'organisation') continue;
    const names = [e.label, ...e.aliases].map((n) => tokenise(n).map(foldToken));
    if (names.some((t) => t.length && runs.has(t.join(' ')))) for (const t of names) words.push(...t);
  }
  return new Set(words.filter((w) => !keywords.has(w) && !NOT_QUALIFIERS.has(w) && !/\d/.test(w)));
}

function deleteVariants(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const DERIVATIONS = [
  's',
  'es',
  'n',
  'an',
  'ian',
  'ians',
  'ans',
  'ns',
  'ist',
  'ists',
  'ism',
  'ite',
  'ites',
  'ic',
  'ik',
  'iks',
  'ki',
  'y',
  'ia',
];

function isDerived(word: string, name: string): boolean {
  if (word.startsWith(name) && DERIVATIONS.includes(word.slice(name.length))) return true;
  if (name.startsWith(word) && DERIVATIONS.includes(name.slice(word.length))) return true;
  return false;
}

/** Levenshtein distance, with one adjacent transposition counted as a single edit (Trotksy → Trotsky). */
export function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d === 2 && a.length === b.length) {
    let first = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        first = i;
        break;
      }
    }
    if (
      first >= 0 &&
      a[first] === b[first + 1] &&
      a[first + 1] === b[first] &&
      a.slice(first + 2) === b.slice(first + 2)
    )
      return 1;
  }
  return d;
}

/** What happens to someone, named "<what> of <whom>": the event that a note may write "<whom>'s <what>". */
const HAPPENS_TO = new RegExp(
  String.raw`^(?:the\s+)?(death|fall|downfall|arrest|murder|assassination|abdication|execution|removal|dismissal|` +
    String.raw`resignation|expulsion|exile|deportation|appointment|funeral|trial|return|coronation|overthrow|suicide)` +
    String.raw`\s+of\s+(\S.*)$`,
  'i',
);

/** "Fall of Beria" → "Beria's fall", "Death of Stalin" → "Stalin's death"; undefined for other names. */
function possessiveForm(name: string): string | undefined {
  const m = HAPPENS_TO.exec(name);
  return m && !/\bof\b|['’]/.test(m[2]) ? `${m[2]}'s ${m[1].toLowerCase()}` : undefined;
}

/** What is done to a place, named "<what> of <place>": the event a note may write "<place> <done>". */
const DONE_TO = new RegExp(
  String.raw`^(occupation|reoccupation|remilitari[sz]ation|annexation|partition|liberation|blockade|siege)` +
    String.raw`\s+of\s+(the\s+)?(\S.*)$`,
  'i',
);
const PARTICIPLE: Record<string, string> = {
  occupation: 'occupied',
  reoccupation: 'reoccupied',
  remilitarisation: 'remilitarised',
  remilitarization: 'remilitarized',
  annexation: 'annexed',
  partition: 'partitioned',
  liberation: 'liberated',
  blockade: 'blockaded',
  siege: 'besieged',
};

/**
 * "Remilitarisation of the Rhineland" → "Rhineland remilitarised" and "remilitarised the Rhineland"; none for
 * other names, or for a place of more than three words. Not invasions: a country is invaded more than once, and
 * "invaded Poland" may be 1920 as well as 1939.
 */
function participleForms(name: string): string[] {
  const m = DONE_TO.exec(name);
  if (!m || /\bof\b|['’(]/.test(m[3]) || m[3].split(/\s+/).length > 3) return [];
  const done = PARTICIPLE[m[1].toLowerCase()];
  return [`${m[3]} ${done}`, `${done} ${m[2] ? 'the ' : ''}${m[3]}`];
}

/**
 * The words notes cut short inside a name, a full stop or none after: "Wannsee Conf.", "the Provisional Govt",
 * "First Sec.".
 */
const SHORTENED: Record<string, string> = {
  conference: 'Conf',
  government: 'Govt',
  association: 'Assoc',
  department: 'Dept',
  secretary: 'Sec',
};

/** A name of two or more words with its last word cut short ("Potsdam Conference" → "Potsdam Conf"), or none. */
function shortForm(name: string): string | undefined {
  const m = /^(\S.*\s)(\p{L}+)$/u.exec(name);
  const short = m && SHORTENED[m[2].toLowerCase()];
  return short ? m[1] + short : undefined;
}

/** A look-up by word, remembered in `cache` (emptied once it holds 50,000 words): a note repeats its words. */
/** A form several names share: it names none of them, and is no slip of any. */
const SHARED_FORM: Phrase = { tokens: [], ids: [], misspelling: false };

/** Endings of the Slavic cases a Czech, Polish or Slovak student puts on a name: "Hitlera", "Stalinovi", "Leninem". */
const SLAVIC = ['ovi', 'em', 'om', 'a', 'u'];
/** And Lithuanian's nominatives: "Leninas", "Hitleris", "Sergejus". */
const LITHUANIAN = new Set(LITHUANIAN_ENDINGS);
const CASE_ENDINGS = [...SLAVIC, ...LITHUANIAN];

function remembered(
  cache: Map<string, Phrase | null>,
  word: string,
  look: (word: string) => Phrase | undefined,
): Phrase | undefined {
  const cached = cache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const found = look(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, found ?? null);
  return found;
}

/** Is a one-word name the French writing of one of the words whose skeletons are given, and not one of them? */
function frenchForm(name: string, soundsOf: () => ReadonlySet<string>): boolean {
  const t = tokenise(name);
  if (t.length !== 1) return false;
  const w = foldToken(t[0]);
  const sounds = soundsOf();
  return !sounds.has(englishSkeleton(w)) && frenchSkeletons(w).some((k) => sounds.has(k));
}

/**
 * A word as written, and without the s after it of a plural, a possessive or a Baltic nominative: "the 2 Miljutins",
 * "Plehanovs".
 */
function withoutS(written: string): string[] {
  return [written, ...(/[^s]s$/.test(written) ? [written.slice(0, -1)] : [])];
}

/** Splits a name into word tokens the way the scanner does (letters, marks and digits). */
function tokenise(s: string): string[] {
  return s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Lower case without diacritics. The ASCII fast path allocates nothing beyond the lower-cased string. */
export function foldToken(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFKD').replace(/\p{M}/gu, '');
  }
  return lower;
}

/** An entity's dates as day keys: a person's life, anything else's start to end. */
function entitySpan(e: Entity): readonly [number, number] | undefined {
  const a = parseIsoDate((e.kind === 'person' ? e.born : e.start)?.date ?? '');
  // A body with no dates of its own spans the terms its facts give (an office, its holders' terms): the
  // Provisional Government's War Minister is not the Tsar's in 1874.
  if (!a)
    return e.kind === 'organisation' && terms(e) >= 2 ? spanOf((e.facts ?? []).map((f) => [f.date, f.end])) : undefined;
  const b = parseIsoDate((e.kind === 'person' ? e.died : e.end)?.date ?? '') ?? a;
  // A start in the Old Style too: "1 Jan 1918" is the attempt on Lenin's life of 14 January (New Style).
  const os = e.kind === 'person' ? undefined : parseIsoDate(e.start?.oldStyle ?? '');
  return [Math.min(startKey(a), os ? startKey(os) : Infinity), endKey(b)];
}

/** How many of the entity's facts run from a date to an end. */
function terms(e: Entity): number {
  return (e.facts ?? []).filter((f) => f.date && f.end).length;
}

/** The span of a person's dated roles, from the first start to the last end. */
function rolesSpan(e: Entity): readonly [number, number] | undefined {
  return spanOf((e.roles ?? []).map((r) => [r.from, r.to]));
}

/** From the first start to the last end of the pairs that have both. */
function spanOf(pairs: [string | undefined, string | undefined][]): readonly [number, number] | undefined {
  let lo = Infinity,
    hi = -Infinity;
  for (const [from, to] of pairs) {
    const a = from ? parseIsoDate(from) : undefined;
    const b = to ? parseIsoDate(to) : undefined;
    if (!a || !b) continue;
    lo = Math.min(lo, startKey(a));
    hi = Math.max(hi, endKey(b));
  }
  return lo <= hi ? [lo, hi] : undefined;
}

let plainWords: Set<string> | undefined;

/** Is the (folded) word a common English word? The set is built on first use. */
export function isPlainWord(word: string): boolean {
  plainWords ??= new Set(PLAIN_WORDS.join(' ').split(' '));
  return plainWords.has(word);
}
