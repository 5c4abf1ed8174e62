/**
 * A line that opens with "He" or "She" (or has one after an opening phrase: "In July 1917 he succeeded …") and a
 * verb, in the past or in a story's present, is about the one person the line above names, or, with no one named
 * just above, the one person whose name opens the heading of its section ("### Leon Trotsky (1879–1940)"):
 * "Q: What happened to Stauffenberg?" / "A: He shot himself in the Bendlerblock" is checked as "Claus von
 * Stauffenberg shot himself in the Bendlerblock", by the same rules as a sentence, each finding on the line.
 *
 * So is a speaker's "I" about the speaker ("HEYDRICH: In April 1933 I created the Gestapo"), and "the rising" about
 * the one rising named just above or put down at the town named there.
 *
 * Precision first: only a pronoun that opens the line (after a list marker or an "A:" marker), then a verb; only
 * when the nearest line above that names a person, at most two lines up, names exactly one, outside brackets, and
 * that name is sure (no misspelling, no second candidate); and no heading above names another. A
 * section's person only when its heading names no one else and no line between opens with someone else; after an
 * opening phrase, only when the phrase names no person.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entity } from '../../kb/types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import {
  clauseFrom,
  clausesOf,
  headingAbove,
  inBracket,
  lineOf,
  oneNamedAbove,
  type Clause,
  mentionsRead,
} from './clauses';
import { checkClause, severitiesOf } from './checkFacts';
import { lineRange } from '../ranges';
import { perKnowledgeBase } from './kbIndex';
import { checkWithSubject, ITEM, lineLead, verbAt } from './subjects';

/** The pronoun at the head of the line, after a list marker and an answer's marker. */
const PRONOUN = /^(?:\s*(?:\*\*|__)?(?:A|Ans|Answer)\s*\d*\s*[:.)–-]\s*(?:\*\*|__)?)?\s*(He|She)\s+/;
/** Or after a field's label, in either case: "Context: he was shot during a performance …". */
const LABEL_PRONOUN = /^\s*(?:\*\*|__)?\p{Lu}[\p{Ll}/]*(?: \p{L}+)?:(?:\*\*|__)? ?(He|She|he|she)\s+/u;
/**
 * A pronoun after an opening phrase of time or circumstance: "In July 1917 he succeeded …", "Expelled from the party
 * in November 1927, he was banished to …", "After Omsk fell he was handed over …".
 */
const OPENING = new RegExp(
  String.raw`^(?:\*\*|__)?(?:In|On|By|After|Before|During|Following|From|When|As|Once|Later|Then|Expelled|Exiled|` +
    String.raw`Arrested|Elected|Appointed|Defeated|Released|Worn\s+out|Exhausted|Weakened|Disgraced|Humiliated|Ill)\b` +
    String.raw`[^;:.!?()"“”]{0,60}?,?\s(he|she)\s+(?=\p{Ll})`,
  'u',
);

/** How many lines above the one it opens the pronoun's person may be named. */
const REACH = 2;

export function checkPronounOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  const lead = ITEM.exec(text)?.[0].length ?? 0;
  const said = PRONOUN.exec(text.slice(lead)) ?? LABEL_PRONOUN.exec(text.slice(lead));
  const riddle = said ? null : FIRST_PERSON.exec(text.slice(lead));
  if (riddle) {
    const possessive = riddle[1] === 'My' || riddle[1] === 'Our';
    return checkPronoun(ctx, n, line, text, lead, riddle, possessive, () => answerBelow(n, line));
  }
  if (!said) {
    const speaking = speakerSays(ctx, n, line, text);
    if (speaking) return speaking;
    const again = RISING_AGAIN.exec(text.slice(lead));
    if (again) return checkPronoun(ctx, n, line, text, lead, again, false, () => risingAbove(ctx, n, line));
    const it = IT.exec(text.slice(lead));
    const opening = it ? null : OPENING.exec(text.slice(lead));
    if (opening) return afterOpening(ctx, n, line, text, lead, opening);
    if (!it) return inLine(ctx, n, line, text);
    return checkPronoun(ctx, n, line, text, lead, it, it[1] === 'Its', () => parentThing(n, line, text));
  }
  const at = lead + said[0].length;
  const ms = mentionsRead(n, line);
  const verb = verbAt(text, at, ms, true);
  if (!verb) return [];
  const person = antecedent(n, line);
  if (!person) return [];
  return checkWithSubject(ctx, line, text, at, verb, clauseFrom(n, line, at), person);
}

/**
 * The person a section is about: the one person its heading names, opening it ("### Nicholas II (1868–1918)"),
 * when no line between the heading and this one opens with someone else.
 */
function sectionPerson(n: NoteAnalysis, line: number): Mention | undefined {
  const h = headingAbove(n, line, SECTION_REACH);
  if (h === undefined) return undefined;
  const t = lineOf(n, h);
  const named = n.mentionsOnLine(h).filter((m) => m.kind !== 'date' && !inBracket(t, m.start));
  const first = named[0];
  if (!first || first.kind !== 'person' || first.candidates || first.misspelling) return undefined;
  if (named.some((m) => m.id !== first.id) || !HEADING_OPENS.test(t.slice(0, first.start))) return undefined;
  for (let l = h + 1; l < line; l++) {
    const lead = lineLead(lineOf(n, l));
    if (n.mentionsOnLine(l).some((m) => m.kind === 'person' && m.id !== first.id && m.start <= lead + 2)) return;
  }
  return first;
}
/** How far below its heading a section's pronoun may stand. */
const SECTION_REACH = 40;
/** Before a person who opens a heading: its marks, a number, bold. */
const HEADING_OPENS = /^\s{0,3}#{1,6}\s+(?:\d+[.)]\s+)?(?:\*\*|__)?$/;

/**
 * The line with the pronoun after its opening phrase put as the person's name, checked as a sentence: "In July 1917
 * Alexander Kerensky succeeded …". Findings on the opening and on what follows stay where they are; one about the
 * person goes on the pronoun. Only a line that names no person before the pronoun, and a person found as for "He".
 */
function afterOpening(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  text: string,
  lead: number,
  said: RegExpExecArray,
): Diagnostic[] {
  // The pronoun, and the verb after it: the match ends with the pronoun and the spaces after it.
  const verbFrom = lead + said[0].length;
  const end = verbFrom - /\s*$/.exec(said[0])![0].length;
  const at = end - said[1].length;
  const ms = mentionsRead(n, line);
  if (ms.some((m) => m.kind === 'person' && m.start < at) || !verbAt(text, verbFrom, ms, true)) return [];
  const person = antecedent(n, line);
  const c = clausesOf(n, line).find((x) => x.from <= at && at < x.to);
  if (!person || !c) return [];
  return checkAsNamed(ctx, line, text, c, at, end, person);
}

/**
 * The clause with the pronoun at [at, end) put as the person's name, checked as a sentence; findings before the
 * pronoun and after it stay where they are, one about the person goes on the pronoun.
 */
function checkAsNamed(
  ctx: ServiceContext,
  line: number,
  text: string,
  c: Clause,
  at: number,
  end: number,
  person: Mention,
): Diagnostic[] {
  const severities = severitiesOf(ctx);
  const name = ctx.kb.get(person.id)?.label ?? person.id;
  const shift = name.length - (end - at);
  const joined = text.slice(0, at) + name + text.slice(end, c.to);
  const moved = c.mentions.map((m) => (m.start >= end ? { ...m, start: m.start + shift, end: m.end + shift } : m));
  const subject = { ...person, start: at, end: at + name.length };
  const clause = {
    ...c,
    to: joined.length,
    mentions: [...moved.filter((m) => m.end <= at), subject, ...moved.filter((m) => m.start >= at + name.length)],
  };
  return checkClause(ctx, joined, clause, severities).map((d) => {
    const r = d.range;
    if (r.start.character < at) return d;
    if (r.start.character >= at + name.length)
      return { ...d, range: lineRange(line, r.start.character - shift, r.end.character - shift) };
    const data = { citation: (d.data as { citation?: string } | undefined)?.citation };
    return { ...d, range: lineRange(line, at, end), data };
  });
}

/** The one person named on the nearest line above that names any, at most REACH lines up. */
function antecedent(n: NoteAnalysis, line: number): Mention | undefined {
  const first = oneNamedAbove(n, line, REACH, PEOPLE);
  const at = first && lineNaming(n, line, first);
  if (first && at !== undefined && (ownerBeside(n, at, first) || agentAbove(n, at, first))) return undefined;
  // No one named just above: the section's person, in a page of obituaries or fact-files.
  if (!first && !namedJustAbove(n, line)) return sectionPerson(n, line);
  // Under a heading that names someone else, "he" may be the heading's person: "## John F. Kennedy" / "…
  // Khrushchev …" / "He was assassinated in Dallas".
  return first && !headingPeople(n, line).some((id) => id !== first.id) ? first : undefined;
}

const PEOPLE: ReadonlySet<string> = new Set(['person']);

/** The line within REACH above (blank lines not counted) that holds the mention. */
function lineNaming(n: NoteAnalysis, line: number, m: Mention): number | undefined {
  for (let l = line - 1, seen = 0; l >= 0 && seen < REACH; l--) {
    if (!lineOf(n, l).trim()) continue;
    seen++;
    if (n.mentionsOnLine(l).includes(m)) return l;
  }
  return undefined;
}

/**
 * Does the person's line `at` name someone else as an owner inside a thing's name: "Lenin's Testament … said Stalin
 * should be kept on" over "He died at Gorki" (Lenin)? Then "he" may be either.
 */
function ownerBeside(n: NoteAnalysis, at: number, person: Mention): boolean {
  const t = lineOf(n, at);
  return n
    .mentionsOnLine(at)
    .some(
      (m) =>
        m.kind !== 'person' &&
        m.kind !== 'date' &&
        /^\p{Lu}[\p{L}-]+['’]s\s/u.test(t.slice(m.start, m.end)) &&
        !t.slice(m.start, m.end).startsWith(t.slice(person.start, person.end)),
    );
}

/**
 * Is the person named on line `at` only as the agent of a passive: "… he was removed by the Central Committee and
 * replaced as First Secretary by Brezhnev" over "He was allowed to retire … and died in 1971" (Khrushchev)?
 */
function agentAbove(n: NoteAnalysis, at: number, person: Mention): boolean {
  return /\bby\s+$/i.test(lineOf(n, at).slice(Math.max(0, person.start - 4), person.start));
}

/** Does a line within REACH above name a person at all (in a bracket or not, surely or not)? */
function namedJustAbove(n: NoteAnalysis, line: number): boolean {
  for (let l = line - 1, seen = 0; l >= 0 && seen < REACH; l--) {
    if (!lineOf(n, l).trim()) continue;
    seen++;
    if (n.mentionsOnLine(l).some((m) => m.kind === 'person')) return true;
  }
  return false;
}

/** The people the nearest heading above names (none beyond a hundred lines up). */
function headingPeople(n: NoteAnalysis, line: number): string[] {
  const h = headingAbove(n, line);
  return h === undefined
    ? []
    : n
        .mentionsOnLine(h)
        .filter((m) => m.kind === 'person')
        .map((m) => m.id);
}

/** A pronoun that opens a later clause of the line, after a semicolon or a full stop: "…; he was exiled …". */
const LATER = /[;.]\s+(he|she)\s+/gi;

/**
 * "Trotsky lost the struggle to Stalin; he was deported to Turkey in 1929": the pronoun that opens a later clause
 * is the one person the clauses before it name, if they name exactly one, outside brackets, and it opens the line.
 */
function inLine(ctx: ServiceContext, n: NoteAnalysis, line: number, text: string): Diagnostic[] {
  if (!/[;.]\s+(?:he|she)\s/i.test(text)) return [];
  const out: Diagnostic[] = [];
  const ms = mentionsRead(n, line);
  const lead = lineLead(text);
  for (const p of text.matchAll(LATER)) {
    const at = p.index! + p[0].length;
    const people = ms.filter((m) => m.end <= p.index! && m.kind === 'person' && !inBracket(text, m.start));
    if (!people.length || new Set(people.map((m) => m.id)).size !== 1) continue;
    // The person must open the line, as its subject ("- Trotsky lost …; he was …"), and no heading name another:
    // "## Hans Frank" over "- Nazi lawyer, Hitler's adviser …; he was hanged" is about Frank.
    const person = people[0];
    if (person.start !== lead || person.candidates || person.misspelling) continue;
    if (headingPeople(n, line).some((id) => id !== person.id)) continue;
    const verb = verbAt(text, at, ms);
    if (verb) out.push(...checkWithSubject(ctx, line, text, at, verb, clauseFrom(n, line, at), person));
  }
  return out;
}

/** "It" or "Its" opening a line (after a list marker or an answer's marker), then a word. */
const IT = /^(?:\s*(?:\*\*|__)?(?:A|Ans|Answer)\s*\d*\s*[:.)–-]\s*(?:\*\*|__)?)?\s*(It|Its)\s+(?=\p{L})/u;
/** What "it" may be, first: a document, an event or a policy; else a body or a congress. */
const THINGS: ReadonlySet<string> = new Set(['document', 'event', 'policy']);
const BODIES: ReadonlySet<string> = new Set(['organisation', 'congress']);

/**
 * The one thing the parent of an indented list item names, outside brackets: a document, an event or a policy, or
 * else a body or a congress. "It" at the margin may be the heading's subject: never taken for the line above's.
 */
function parentThing(n: NoteAnalysis, line: number, text: string): Mention | undefined {
  const indent = ITEM.exec(text)?.[1].length ?? 0;
  if (!indent) return undefined;
  for (let l = line - 1; l >= 0 && l >= line - REACH * 4; l--) {
    const t = lineOf(n, l);
    const item = ITEM.exec(t);
    if (!item) return undefined;
    if (item[1].length >= indent) continue;
    const named = n.mentionsOnLine(l).filter((m) => !inBracket(t, m.start));
    for (const kinds of [THINGS, BODIES]) {
      const of = named.filter((m) => kinds.has(m.kind));
      if (!of.length) continue;
      const first = of[0];
      return new Set(of.map((m) => m.id)).size === 1 && !first.candidates && !first.misspelling ? first : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "- Nicholas issued the October Manifesto …" / "  - It was drawn up by Stolypin": "It" and a verb in the past, or
 * "Its" and a noun ("Its first chairman was Yagoda"), are about the one thing the line above names (a document,
 * event or policy; else a body), checked as "October Manifesto was drawn up by Stolypin", "Cheka's first chairman
 * was Yagoda". Precision first: the line names no such thing before its verb, and the thing above is sure. So with
 * a riddle's "I" and "My" and the answer below. A finding about the owner of a possessive goes on the possessive.
 */
function checkPronoun(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  text: string,
  lead: number,
  said: RegExpExecArray,
  possessive: boolean,
  find: () => Mention | undefined,
): Diagnostic[] {
  const at = lead + said[0].length;
  const verb = possessive ? /^\p{L}+/u.exec(text.slice(at))![0] : verbAt(text, at, mentionsRead(n, line));
  if (!verb) return [];
  const subject = find();
  if (!subject) return [];
  if (!possessive) return checkWithSubject(ctx, line, text, at, verb, clauseFrom(n, line, at), subject);
  const word = lead + said.index + said[0].indexOf(said[1]);
  const on = [word, word + said[1].length] as const;
  return checkWithSubject(ctx, line, text, at, verb, clauseFrom(n, line, at), subject, "'s ", on);
}

/** A speaker's label in a script or an interview: the name, perhaps a bracket, and a colon ("LENIN:", "**Lenin:**"). */
const SPEAKER = /^[ \t]*(?:\*\*|__)?[^\s:()][^:()\n]{0,39}?(?:[ \t]*\([^()]{0,40}\))?[ \t]*:(?:\*\*|__)?[ \t]+/u;
/** "I" and a verb after it, in what the speaker says. */
const I_DID = /(?<![\p{L}'’])I\s+(?=\p{Ll})/gu;

/**
 * What a speaker says of "I", checked as said of the speaker: "STAKHANOV: In August 1933 I cut 102 tonnes of coal in
 * a single shift" as "Alexei Stakhanov cut …". Only a label that is one person's name and nothing else, and an "I"
 * with a verb after it, in the past or the present, and no other person named between the label and it.
 */
function speakerSays(ctx: ServiceContext, n: NoteAnalysis, line: number, text: string): Diagnostic[] | undefined {
  if (!text.includes(':') || !text.includes('I ')) return undefined;
  const label = SPEAKER.exec(text);
  if (!label) return undefined;
  const ms = mentionsRead(n, line);
  const inLabel = ms.filter((m) => m.start < label[0].length);
  const who = inLabel[0];
  if (inLabel.length !== 1 || who.kind !== 'person' || who.candidates || who.misspelling) return undefined;
  // The label is the name alone: "LENIN:", "STOLYPIN (to the Duma):".
  if (!/^\s*(?:\*\*|__)?$/.test(text.slice(0, who.start)) || !/^\s*(?:\([^()]*\))?\s*:/.test(text.slice(who.end)))
    return undefined;
  I_DID.lastIndex = label[0].length;
  const i = I_DID.exec(text);
  if (!i) return undefined;
  const at = i.index,
    verbFrom = at + i[0].length;
  if (ms.some((m) => m.kind === 'person' && m.start >= label[0].length && m.start < at)) return undefined;
  if (!verbAt(text, verbFrom, ms, true)) return undefined;
  const c = clausesOf(n, line).find((x) => x.from <= at && at < x.to);
  if (!c) return undefined;
  // The label is no part of what is said.
  const from = Math.max(c.from, label[0].length);
  const said = { ...c, from, mentions: c.mentions.filter((m) => m.start >= from) };
  return checkAsNamed(ctx, line, ' '.repeat(from) + text.slice(from), said, at, at + 1, who);
}

/** A rising named again by its kind, after a label or not: "The rising was crushed …", "Context: the revolt". */
const RISING_AGAIN = new RegExp(
  String.raw`^(?:\s*(?:\*\*|__)?\p{Lu}[\p{Ll}/]*(?: \p{L}+)?:(?:\*\*|__)?)?\s*(?:The|the)\s+` +
    String.raw`(?:rising|revolt|rebellion|uprising|mutiny|insurrection)\s+(?=\p{Ll})`,
  'u',
);
/** A rising's name. */
const RISING = /\b(?:rising|revolt|rebellion|uprising|mutiny|insurrection)\b/i;
/** How many lines above, a heading's included, a rising named again may have been named. */
const RISING_REACH = 3;
const PLACES_EVENTS: ReadonlySet<string> = new Set(['event', 'place']);

/**
 * The rising "the rising" names again: the one rising or place the nearest line above names. A place stands for the
 * one rising the knowledge base records there ("In March 1921 sailors at Kronstadt … rose" / "The rising was crushed
 * …": the Kronstadt rebellion).
 */
function risingAbove(ctx: ServiceContext, n: NoteAnalysis, line: number): Mention | undefined {
  const one = oneNamedAbove(n, line, RISING_REACH, PLACES_EVENTS);
  const e = one && ctx.kb.get(one.id);
  if (!one || !e) return undefined;
  if (e.kind === 'event') return RISING.test(e.label) ? one : undefined;
  const there = risingsAt(ctx.kb).get(e.id);
  return there?.length === 1 ? { ...one, kind: 'event', id: there[0].id } : undefined;
}
/** For each place, the risings the knowledge base records there. */
const risingsAt = perKnowledgeBase((kb) => {
  const map = new Map<string, Entity[]>();
  for (const e of kb.entities)
    if (e.kind === 'event' && e.at && RISING.test(e.label))
      for (const id of e.at.ids) map.set(id, [...(map.get(id) ?? []), e]);
  return map;
});

/** "I", "We", "My" or "Our" opening a line, then a word: a riddle's clue ("I was born in Simbirsk in 1870"). */
const FIRST_PERSON = /^\s*(I|We|My|Our)\s+(?=\p{L})/u;
/** A riddle's answer: "Answer: Leon Trotsky". */
const ANSWER = /^\s*(?:[-*+•]\s+)?(?:\*\*|__)?(?:Answer|Ans|A)\s*[:.–-]\s*(?:\*\*|__)?\s*/i;
/** How many lines below its clue a riddle's answer may stand. */
const ANSWER_REACH = 8;

/**
 * A "Who am I?" riddle: "I was born in Simbirsk in 1870" above "Answer: Lenin" is checked as "Vladimir Lenin was
 * born in Simbirsk in 1870", and "My first chairman was Genrikh Yagoda" above "Answer: the Cheka" as "Cheka's first
 * chairman was Genrikh Yagoda". Precision first: only a pronoun that opens the line, then a verb in the past (or,
 * for "My" and "Our", a word); only the answer a few lines below, before any heading or blank line, that names
 * exactly one thing, surely: the one thing the answer names, on a line a few below.
 */
function answerBelow(n: NoteAnalysis, line: number): Mention | undefined {
  for (let l = line + 1; l < n.lineCount && l <= line + ANSWER_REACH; l++) {
    const t = lineOf(n, l);
    if (/^\s*(?:#|$)/.test(t)) return undefined;
    const marker = ANSWER.exec(t);
    if (!marker) continue;
    const named = n.mentionsOnLine(l).filter((m) => m.kind !== 'date' && m.start >= marker[0].length);
    const first = named[0];
    return first && new Set(named.map((m) => m.id)).size === 1 && !first.candidates && !first.misspelling
      ? first
      : undefined;
  }
  return undefined;
}
