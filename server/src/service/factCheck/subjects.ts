/**
 * The subject a list item leaves out: under "## Stolypin (PM 1906–11)", the item "- shot in St Petersburg, Sept
 * 1911" is about Stolypin, and under "- Trotsky" the sub-item "- expelled from the party 1927" is about Trotsky.
 * The item is checked as the clause "Stolypin shot in St Petersburg, Sept 1911", by the same rules as a sentence,
 * and each finding is put back on the item: on its first word when it is about the subject's name.
 *
 * Precision first: only an item whose first word is a verb in the past (`became`, `was`, `shot`, `expelled`…), with
 * no name before it, under a parent (the list item it is indented under, or else the heading above) that names
 * exactly one person and nothing else of its kind, or no person and exactly one event, document, policy or body.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entity } from '../../kb/types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { atLine } from '../findings';
import { lineRange } from '../ranges';
import { checkClause, severitiesOf, speaker } from './checkFacts';
import { clausesOf, lineOf, type Clause, withSubject, mentionsRead, withoutDates } from './clauses';
import { perKnowledgeBase } from './kbIndex';

/** A list item's marker, and bold: what stands before its first word. */
export const ITEM = /^(\s*)(?:[-*+•]|\d+[.)])\s+(?:\*\*|__)?/;

/** Where a line's words begin: after its list marker, or its indent. */
export function lineLead(text: string): number {
  return ITEM.exec(text)?.[0].length ?? /^\s*/.exec(text)![0].length;
}
/** A verb in the past, as a list item opens with one: "became General Secretary", "shot by Bogrov". */
const PAST = new RegExp(
  '^(?:was|were|became|had|took|made|led|fled|wrote|shot|won|lost|gave|ran|sent|held|rose|fell|left|met|spent|read|' +
    'began|built|cut|set|told|kept|found|sold|' +
    'got|went|came|drew|stood|broke|blown|thrown|torn|hung|struck|beaten|chosen|given|taken|driven|sworn|' +
    '\\p{Ll}{2,}(?:ed|ied))$',
  'u',
);
/** After "he", "she" or "I", a verb in the present as a story tells the past: "he dies", "she flees", "he is". */
const PRESENT = /^(?:is|has|\p{Ll}{2,}[^s\W]s)$/u;
/** Words that end like a verb in the past but are not one. */
const NOT_VERBS = new Set([
  'red',
  'bed',
  'need',
  'seed',
  'speed',
  'hundred',
  'feed',
  'greed',
  'shed',
  'breed',
  'creed',
]);
const HEADING = /^\s{0,3}(#{1,6})\s/;
/** A line that is only a label: "Brest-Litovsk:", "**Constituent Assembly:**". */
const LABEL_LINE = /^\s*(?:\*\*|__)?[^:*_]{1,60}:(?:\*\*|__)?\s*$/;
/** A short line that ends with no stop, and is no field ("Killed: 91"): a title over the items under it. */
const TITLE_LINE = /^\s*[^\s-*+•#>|](?![^\n]*:\s).{0,59}(?<![.!?;,])\s*$/;
/** What a parent with no person may be about. */
const SUBJECT_KINDS = new Set(['event', 'document', 'policy', 'organisation', 'congress']);
/** How far above the item its parent may lie. */
const MAX_REACH = 80;

/**
 * The findings on a line's clauses that leave their subject out, each on the line: a list item that opens with a
 * verb, about its parent's person; and a clause after the first that opens with one, about the person the line
 * opens with ("Trotsky removed from the Politburo Oct 1926; expelled from the party at the 14th Congress").
 */
export function checkSubjectOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  const ms = mentionsRead(n, line);
  const item = ITEM.exec(text);
  const lead = item ?? cardField(text, ms);
  const open = lead ? lead[0].length : /^\s*/.exec(text)![0].length;
  // A field whose one-word label is the verb: "Founded: 20 Dec 1918", "Died: 3 Oct 1930" under the thing's heading.
  const labelAt = lead && !item ? lead[0].search(/\p{Lu}/u) : -1;
  const labelVerb =
    labelAt >= 0 && /^\p{Lu}\p{Ll}+(?:\*\*|__)?\s*:/u.test(text.slice(labelAt)) ? verbAt(text, labelAt, ms) : undefined;
  // Or a died's or born's short form: "  - d. 3 Oct 1930" under "- Stresemann".
  const short = item && /^[db]\.\s/.test(text.slice(open)) ? text.slice(open, open + 2) : undefined;
  const itemVerb = lead ? (verbAt(text, open, ms) ?? short) : undefined;
  // Or with the head word of its parent's name, then the verb: "## Brest-Litovsk" over "- treaty signed 3 March".
  // Not a word that is itself a name: "rsdlp founded 1898 at a congress in minsk" is about the party, named.
  const word = lead && !itemVerb ? HEAD_WORD.exec(text.slice(open)) : null;
  const head = word && !ms.some((m) => m.start < open + word[0].length && m.end > open) ? word : null;
  const headFirst = head ? verbAt(text, open + head[0].length, ms) : undefined;
  // Its parent's, or the one thing of that word on the lines just above ("- Secret Speech, Feb 1956" over "- speech
  // delivered to the Supreme Soviet").
  const headSubject = headFirst
    ? (headed(ctx, subjectAbove(n, line, lead![1].length, true), head![1]) ??
      referredTo(ctx, n, line, `the ${head![1]}`))
    : undefined;
  const headVerb = headSubject ? headFirst : undefined;
  const opener = itemVerb ?? headVerb ?? labelVerb;
  const verbOpen = itemVerb ? open : headVerb ? open + head![0].length : labelVerb ? labelAt : undefined;
  // An item that names nothing tells of its parent's figures (or its heading's, at the margin): "  - roughly 2
  // million serfs freed", "## Versailles" over "- army cut to 10,000 men"; so does its opening part, cut off by a
  // comma or semicolon before the first thing it names ("- army max 100,000 men, no tanks, Rhineland
  // demilitarised").
  const named = lead && !opener ? ms.find((x) => x.kind !== 'date' && !aside(text, x.start)) : undefined;
  const upTo = named ? Math.max(text.lastIndexOf(',', named.start), text.lastIndexOf(';', named.start)) : text.length;
  const child = !opener && !!lead && upTo > open && /\d/.test(text.slice(open, upTo));
  // Quick exits first: most lines neither open with a verb nor hold a second clause.
  if (!opener && !child && !/(?:[;.]|\s→|\s->)\s+\p{Ll}/u.test(text)) return [];
  const first = ms[0];
  const above =
    opener || child
      ? (headSubject ??
        (child ? withFigures(ctx, referredTo(ctx, n, line, text.slice(open, upTo))) : undefined) ??
        subjectAbove(n, line, lead![1].length) ??
        (itemVerb && PASSIVE.test(itemVerb) ? siblingThing(n, line, lead![1].length) : undefined))
      : first?.kind === 'person' &&
          first.start === open &&
          !first.candidates &&
          !first.misspelling &&
          !speaker(text, first)
        ? first
        : undefined;
  // A figure under a parent, with another thing named on the way ("## 1905 revolution" over "- Bloody Sunday …"
  // over "- hundreds killed (official figure 96)"), is that thing's, when it is the one thing its line names.
  // Not a sibling's, for an item that opens with a thing of its own and its date: "- military reform 1874
  // (Milyutin) – service cut from 25 yrs" after "- redemption payments over 49 yrs".
  // Nor for one that opens with a one-word label of its own: "- track: c. 5,800 km built 1861–90" after the
  // Trans-Siberian (not "- troops fired: c. 20,000 killed", a verb's).
  const own =
    child &&
    (ms.some((x) => x.kind === 'date' && OWN_THING.test(text.slice(open, x.start))) ||
      /^\p{Ll}[\p{L}'’-]*\s*:\s/u.test(text.slice(open)));
  const subject =
    child && above ? nearerThing(ctx, n, line, above, !!withFigures(ctx, above), own ? lead![1].length : -1) : above;
  if (!subject) return [];
  // What only a person undergoes is no deed of a thing: under "## Munich Putsch", "- released 20 Dec 1924" tells of
  // Hitler.
  if (subject.kind !== 'person' && opener && PERSONAL.test(opener)) return [];
  // Nor does a document or a policy meet: under "## Weimar constitution", "- met 6 feb 1919 in Weimar" tells of the
  // National Assembly. (An assembly may be an event: "## Constituent Assembly" over "- met at the Tauride Palace".)
  if (UNMET.has(subject.kind) && opener && MEETING.test(opener)) return [];
  // The findings depend on the line's mentions and the subject's: kept while neither line is scanned afresh, at
  // line 0, as diagnostics.ts keeps a line's findings: lines above may come and go.
  // A line that names nothing has no list of its own to key the cache: it is kept under its subject, by its text.
  const kept = ms.length ? cache.get(ms) : childCache.get(subject)?.get(text);
  if (kept && kept.subject === subject && kept.kb === ctx.kb && kept.settings === ctx.settings)
    return kept.found.map((d) => atLine(d, line));
  const found: Diagnostic[] = [];
  const clauses = ms.length ? clausesOf(n, line) : [{ line, from: 0, to: text.length, mentions: [] }];
  if (child) {
    // Its figures only: its dates are left out, as the parent's own date may differ ("state peasants later, 1866").
    const word = /^\S*/.exec(text.slice(open))![0];
    found.push(...checkWithSubject(ctx, line, text, open, word, { line, from: 0, to: upTo, mentions: [] }, subject));
  } else
    clauses.forEach((c, k) => {
      const at = k === 0 ? verbOpen : c.from + /^[\s;.]*/.exec(text.slice(c.from))![0].length;
      const verb = k === 0 ? opener : at === undefined ? undefined : verbAt(text, at, c.mentions);
      // A field's label that is the verb is read with the line: "Founded: 20 Dec 1918".
      if (k === 0 && labelVerb && c.from > labelAt) c = { ...c, from: labelAt };
      if (verb) found.push(...checkWithSubject(ctx, line, text, at!, verb, c, subject));
      // After an arrow, a verb goes on with the person the line opens with: "Röhm → arrested at Bad Wiessee →
      // shot himself".
      // Not a possessive: "Stalin's son Yakov captured 1941 → … → died 1943" is about the son.
      if (opener || /^['’]/.test(text.slice(subject.end, subject.end + 1))) return;
      for (const a of text.slice(c.from, c.to).matchAll(/\s(?:→|->)\s+/g)) {
        // "→ later died quietly …": a word of time before the verb is no part of what is said of the person.
        const from =
          c.from +
          a.index! +
          a[0].length +
          (/^(?:later|then|soon|eventually|finally)\s+/i.exec(text.slice(c.from + a.index! + a[0].length))?.[0]
            .length ?? 0);
        const next = text.slice(from, c.to).search(/\s(?:→|->)\s/);
        const to = next < 0 ? c.to : from + next;
        const v = from > subject.end ? verbAt(text, from, c.mentions) : undefined;
        const part = { line, from, to, mentions: c.mentions.filter((x) => x.start >= from && x.end <= to) };
        if (v) found.push(...checkWithSubject(ctx, line, text, from, v, part, subject));
      }
    });
  const entry = { subject, kb: ctx.kb, settings: ctx.settings, found: found.map((d) => atLine(d, 0)) };
  if (ms.length) cache.set(ms, entry);
  else {
    let byText = childCache.get(subject);
    if (!byText) childCache.set(subject, (byText = new Map()));
    if (byText.size > 1000) byText.clear();
    byText.set(text, entry);
  }
  return found;
}

/** Verbs only a person is the subject of. */
const PERSONAL =
  /^(?:released|jailed|imprisoned|sentenced|born|died|dies|married|exiled|acquitted|pardoned|resigned)$/i;

/** Verbs of sitting together, whose subject is a body or people, never a document or a policy. */
const MEETING = /^(?:met|meets|sat|convened|assembled|gathered)$/i;
const UNMET = new Set(['document', 'policy']);

/** A few words that name a thing before its date, as an item opens: "military reform 1874", not "by 1914". */
const OWN_THING = new RegExp(
  String.raw`^(?!(?:by|in|on|at|of|to|from|until|till|after|before|since|during|around|about|approx|c|circa|then|` +
    String.raw`and)\b)(?:\p{L}[\p{L}'’-]*\s+){1,3}$`,
  'iu',
);

/** A field's label opening a line, as a card under a person's heading has: "Fate:", "Key actions:". */
const FIELD = /^(\s*)(?:\*\*|__)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*:(?:\*\*|__)?\s+/u;

/**
 * A line that opens with a field's label naming nothing ("Fate: expelled from the party in 1927 …") is read as a
 * list item is, its subject the heading's: "## Leon Trotsky (1879–1940)" over it.
 */
function cardField(text: string, ms: readonly Mention[]): RegExpExecArray | null {
  const x = FIELD.exec(text);
  // A question asks; it tells nothing of the heading's subject: "Practice question: Was the Tsar's fall in February
  // 1917 mainly caused by the war?".
  return x && !ms.some((m) => m.start < x[0].length) && !/\?\s*$/.test(text) ? x : null;
}

/** A list item's opening word before its verb, as the head word of a name: "treaty", "the putsch". */
const HEAD_WORD = /^(?:the\s+)?(\p{Ll}{3,})\s+/u;

/**
 * The thing whose name the word heads: the parent itself ("treaty" under the Treaty of Versailles), or, under a
 * place, the one thing named after the place with that word ("treaty" under "Brest-Litovsk": the Treaty of
 * Brest-Litovsk). Never a person.
 */
function headed(ctx: ServiceContext, m: Mention | undefined, word: string): Mention | undefined {
  const e = m && ctx.kb.get(m.id);
  if (!e || e.kind === 'person') return undefined;
  const has = (label: string) =>
    label
      .toLowerCase()
      .split(/[\s–]+/)
      .includes(word);
  if (has(e.label)) return m;
  if (e.kind !== 'place') return undefined;
  // Looked up once for each place and word, not on every pass over the note.
  const known = namedAfter(ctx.kb);
  const key = `${e.id} ${word}`;
  let found = known.get(key);
  if (found === undefined) {
    const place = e.label.toLowerCase();
    const all = ctx.kb.entities.filter(
      (x) => x.kind !== 'person' && x.kind !== 'place' && has(x.label) && x.label.toLowerCase().includes(place),
    );
    // Of two, the one named plainly, not the one with a bracket: the Treaty of Brest-Litovsk, not Ukraine's.
    const plain = all.length > 1 ? all.filter((x) => !x.label.includes('(')) : all;
    known.set(key, (found = plain.length === 1 ? plain[0] : null));
  }
  return found ? { ...m!, id: found.id, kind: found.kind } : undefined;
}

/** For a place and a head word, the one thing named after the place with that word, or null: per knowledge base. */
const namedAfter = perKnowledgeBase(() => new Map<string, Entity | null>());

/** The verb in the past that opens the text at `at`, with no name before its end. */
export function verbAt(text: string, at: number, ms: readonly Mention[], present = false): string | undefined {
  const verb = /^\p{L}+/u.exec(text.slice(at))?.[0];
  const word = verb?.toLowerCase();
  if (!verb || !word || NOT_VERBS.has(word) || !(PAST.test(word) || (present && PRESENT.test(word)))) return undefined;
  return ms.some((m) => m.start >= 0 && m.start < at + verb.length && m.end > at) ? undefined : verb;
}

interface Kept {
  subject: Mention;
  kb: object;
  settings: object;
  found: Diagnostic[];
}
const cache = new WeakMap<readonly Mention[], Kept>();
/** The findings of lines that name nothing, under their subject's mention, by their text. */
const childCache = new WeakMap<Mention, Map<string, Kept>>();

/**
 * The findings of clause `c` of the line with `subject` put before its verb, each put back on the line: on its own
 * words, or on the verb when it is about the subject, whose name the line does not write. `gap` joins the name to
 * the words ("'s " for "Its first chairman was …"), and `on` is where a finding about the subject goes instead of
 * the verb (the "Its").
 */
export function checkWithSubject(
  ctx: ServiceContext,
  line: number,
  text: string,
  verbAt: number,
  verb: string,
  c: Clause,
  subject: Mention,
  gap = ' ',
  on: readonly [number, number] = [verbAt, verbAt + verb.length],
): Diagnostic[] {
  const severities = severitiesOf(ctx);
  if (Object.values(severities).every((s) => s === undefined)) return [];
  if (c.from > verbAt) return [];
  // The subject in the clause's place: "Pyotr Stolypin shot … in St Petersburg".
  const name = ctx.kb.get(subject.id)?.label ?? subject.id;
  const at = name.length + gap.length;
  const { text: joined, clause, shift } = withSubject(line, name, subject, text, verbAt, c.to, c.mentions, gap);
  return checkClause(ctx, joined, clause, severities).map((d) => {
    const r = d.range;
    if (r.start.character >= at) {
      return { ...d, range: lineRange(line, r.start.character + shift, r.end.character + shift) };
    }
    // About the subject, whose name is not in the clause: on its first word, with no fix to apply here.
    const data = { citation: (d.data as { citation?: string } | undefined)?.citation };
    return { ...d, range: lineRange(line, on[0], on[1]), data };
  });
}

/** A participle that tells what was done to a thing, not what a person did: "delivered to …", "signed by …". */
const PASSIVE = /^(?:delivered|signed|issued|passed|adopted|published|written|given|read\s+out|announced)$/i;

/**
 * The one document or event the item just above, at the same depth, names: "- Secret Speech, Feb 1956" over "-
 * delivered to a closed session of the Supreme Soviet". Only the line right above, only one such thing, and only
 * where no heading or parent item names a subject of its own.
 */
function siblingThing(n: NoteAnalysis, line: number, indent: number): Mention | undefined {
  const l = line - 1;
  if (l < 0) return undefined;
  const t = lineOf(n, l);
  const item = ITEM.exec(t);
  if (!item || item[1].length !== indent) return undefined;
  const ms = n.mentionsOnLine(l).filter((m) => !aside(t, m.start) && m.kind !== 'date' && m.kind !== 'place');
  // One thing, perhaps under two of its names: "Secret Speech 'On the Cult of Personality …'".
  const one =
    ms.length && new Set(ms.map((m) => m.id)).size === 1 && (ms[0].kind === 'document' || ms[0].kind === 'event')
      ? ms[0]
      : undefined;
  return one && !one.candidates && !one.misspelling ? one : undefined;
}

/**
 * Before the person a sibling item opens with: its date (a day and month the recogniser leaves to the year above),
 * markup and dash, and another's name joined to the person's.
 */
const SIBLING_LEAD = new RegExp(
  String.raw`^[\s*_–—:-]*(?:(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})[\s*_–—:-]*)?` +
    String.raw`(?:\p{Lu}[\p{L}'’-]*\s*(?:\+|&|and)\s*)?$`,
  'u',
);

/**
 * The person an item is about: its parent's one person, the parent being the nearest list item above that is
 * less indented, or, for an item at the margin, the nearest heading above.
 */
function subjectAbove(n: NoteAnalysis, line: number, indent: number, places = false): Mention | undefined {
  // A heading that names no one leaves the subject to the heading it comes under: "# Stalin 1924–41" over
  // "## Background".
  let level = 7;
  // The person the item just before opens with, when it is another than the parent's: "- Alex Ulyanov (Lenin's
  // older bro) – plot to kill Alex III" over "- hanged 20 May 1887", under "## Alexander III".
  let sibling: Mention | undefined | null = null;
  for (let l = line - 1; l >= 0 && l >= line - MAX_REACH; l--) {
    const t = lineOf(n, l);
    if (!t.trim()) continue;
    const heading = HEADING.exec(t);
    const item = ITEM.exec(t);
    if (sibling === null) {
      const lead = item && item[1].length === indent ? item[0].length : -1;
      // Its date may come first, and a name joined to the person's: "- **18 Feb** – Hans + Sophie Scholl (White
      // Rose) caught with leaflets".
      const ms = n.mentionsOnLine(l);
      const first = lead < 0 ? undefined : ms.find((m) => m.kind !== 'date' && m.start >= lead);
      sibling =
        first?.kind === 'person' && SIBLING_LEAD.test(withoutDates(t, ms, lead, first.start)) ? first : undefined;
    }
    // A line of its own that ends with a colon heads the items under it, as a heading does: "Brest-Litovsk:" over
    // "- Signed on 3 March 1918" (what it names is their subject, or nothing is).
    // So does a short line of its own that is no sentence, as a timestamp's or a card's title: "[00:15:00] Versailles".
    const label = !heading && !item && level === 7 && indent === 0 && (LABEL_LINE.test(t) || TITLE_LINE.test(t));
    if (!label && (heading ? heading[1].length >= level : level < 7 || !(item && item[1].length < indent))) continue;
    // A name in a bracket is an aside: "- Lenin's Testament (“remove Stalin”)" is about the Testament.
    const ms = n.mentionsOnLine(l).filter((m) => !aside(t, m.start));
    // The agent of a passive is not what the item is about: "- ousted in October 1964 and replaced as First Secretary
    // by Brezhnev" (over "  - lived on quietly … and died in 1971", Khrushchev).
    const people = ms.filter(
      (m) => m.kind === 'person' && !/\bby\s+$/i.test(t.slice(Math.max(0, m.start - 4), m.start)),
    );
    // With no person, a parent may be about one event, document, policy or body: "- Emancipation Edict 1861" over
    // "  - freed approx 2.3 million serfs".
    // A place, for an item that opens with a word its things are named by ("treaty" under "Brest-Litovsk").
    const things = people.length
      ? people
      : ms.filter((m) => SUBJECT_KINDS.has(m.kind) || (places && m.kind === 'place'));
    if (heading && !things.length) {
      level = heading[1].length;
      continue;
    }
    if (label && !things.length) return undefined;
    // Several things and no person: the one the item opens with ("- Emancipation Edict 1863 – … redemption
    // payments" over "  - roughly 2 million serfs freed").
    const lead = lineLead(t);
    const one = things.length === 1 || (!people.length && things[0]?.start === lead) ? things[0] : undefined;
    if (sibling && one?.kind === 'person' && sibling.id !== one.id) return undefined;
    return one && !one.candidates && !one.misspelling ? one : undefined;
  }
  return undefined;
}

/**
 * The subject, or another event, document, policy or body named on the way to it: the nearest line that names
 * one names the item's subject, if it names only one (and opens with it, when the subject has figures of its own).
 * With `parentsUnder` at 0 or more, only the lines the item is indented under count (and paragraphs and headings).
 */
function nearerThing(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  subject: Mention,
  ownFigures: boolean,
  parentsUnder: number,
): Mention | undefined {
  for (let l = line - 1; l >= 0 && l >= line - MAX_REACH; l--) {
    const ms = n.mentionsOnLine(l);
    if (ms.includes(subject)) return subject;
    const t = lineOf(n, l);
    // Only the item's parents, when it may not be a sibling's: items indented under `parentsUnder`.
    const item = parentsUnder >= 0 && !HEADING.test(t) ? ITEM.exec(t) : null;
    if (item && item[1].length >= parentsUnder) {
      // A sibling that opens with an event of figures of its own makes the count either's: "## 1905 revolution" over
      // "- bloody sunday = 9 jan 1905" … "- deaths: over 100 killed".
      const opens = ms.find((m) => m.start === item[0].length && m.kind === 'event');
      if (ownFigures && opens && opens.id !== subject.id && withFigures(ctx, opens)) return undefined;
      continue;
    }
    const things = ms.filter((m) => SUBJECT_KINDS.has(m.kind) && !aside(t, m.start));
    if (things.some((m) => m.id !== subject.id)) {
      // For a subject with figures of its own, the thing must open its line, as a note's item does ("- Bloody
      // Sunday …"): one named in passing ("… with Tsushima, decided the Russo-Japanese War") is no parent.
      const one = things.length === 1 && (!ownFigures || things[0].start === lineLead(t)) ? things[0] : undefined;
      return one && !one.candidates && !one.misspelling ? one : undefined;
    }
  }
  return subject;
}

/** The thing, if it has figures: else the item's figure is its parent's ("left the commune" under Stolypin). */
function withFigures(ctx: ServiceContext, m: Mention | undefined): Mention | undefined {
  return m && ctx.kb.get(m.id)?.figures?.length ? m : undefined;
}

/** How many lines above an item a thing it calls "the <word>" may be named. */
const REFER_REACH = 3;

/**
 * What an item that names nothing calls by the head word of its name ("- approx 2 million serfs freed by the
 * edict" after "- Emancipation Edict, Feb 1861"): the one thing so named on the few lines above, up to a heading or
 * a blank line, with no other thing of that word between.
 */
function referredTo(ctx: ServiceContext, n: NoteAnalysis, line: number, text: string): Mention | undefined {
  const words = [...text.matchAll(/\bthe\s+(\p{Ll}{4,})\b/gu)].map((x) => x[1]);
  if (!words.length) return undefined;
  for (let l = line - 1; l >= 0 && l >= line - REFER_REACH; l--) {
    const t = lineOf(n, l);
    if (!t.trim() || HEADING.test(t)) return undefined;
    const named = n
      .mentionsOnLine(l)
      .filter((m) => m.kind !== 'date' && m.kind !== 'person' && !m.candidates && !m.misspelling)
      .filter((m) => {
        // By its name as written there, or by any of its names: "Emancipation Edict" is the Emancipation
        // Manifesto, "the meeting" the Wannsee Conference (the "Wannsee meeting").
        const e = ctx.kb.get(m.id);
        const named = [t.slice(m.start, m.end), e?.label ?? '', ...(e?.aliases ?? [])]
          .join(' ')
          .toLowerCase()
          .split(/[\s–-]+/);
        return words.some((w) => named.includes(w));
      });
    const ids = new Set(named.map((m) => m.id));
    if (ids.size > 1) return undefined;
    if (ids.size === 1) return named[0];
  }
  return undefined;
}

/** Is the column inside a bracket? */
function aside(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) depth += text[i] === '(' ? 1 : text[i] === ')' && depth > 0 ? -1 : 0;
  return depth > 0;
}
