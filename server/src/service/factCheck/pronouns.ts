/**
 * A line that opens with "He" or "She" and a verb in the past is about the one person the line above names:
 * "Q: What happened to Stauffenberg?" / "A: He shot himself in the Bendlerblock" is checked as "Claus von
 * Stauffenberg shot himself in the Bendlerblock", by the same rules as a sentence, each finding on the line.
 *
 * Precision first: only a pronoun that opens the line (after a list marker or an "A:" marker), then a verb in the
 * past; only when the nearest line above that names a person, at most two lines up, names exactly one, outside
 * brackets, and that name is sure (no misspelling, no second candidate); and no heading above names another.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { clauseFrom, headingAbove, inBracket, lineOf, oneNamedAbove } from './clauses';
import { checkWithSubject, ITEM, lineLead, verbAt } from './subjects';

/** The pronoun at the head of the line, after a list marker and an answer's marker. */
const PRONOUN = /^(?:\s*(?:\*\*|__)?(?:A|Ans|Answer)\s*\d*\s*[:.)–-]\s*(?:\*\*|__)?)?\s*(He|She)\s+/;
/** Or after a field's label, in either case: "Context: he was shot during a performance …". */
const LABEL_PRONOUN = /^\s*(?:\*\*|__)?\p{Lu}[\p{Ll}/]*(?: \p{L}+)?:(?:\*\*|__)? ?(He|She|he|she)\s+/u;
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
    const it = IT.exec(text.slice(lead));
    if (!it) return inLine(ctx, n, line, text);
    return checkPronoun(ctx, n, line, text, lead, it, it[1] === 'Its', () => parentThing(n, line, text));
  }
  const at = lead + said[0].length;
  const ms = n.mentionsOnLine(line);
  const verb = verbAt(text, at, ms);
  if (!verb) return [];
  const person = antecedent(n, line);
  if (!person) return [];
  return checkWithSubject(ctx, line, text, at, verb, clauseFrom(n, line, at), person);
}

/** The one person named on the nearest line above that names any, at most REACH lines up. */
function antecedent(n: NoteAnalysis, line: number): Mention | undefined {
  const first = oneNamedAbove(n, line, REACH, PEOPLE);
  // Under a heading that names someone else, "he" may be the heading's person: "## John F. Kennedy" / "…
  // Khrushchev …" / "He was assassinated in Dallas".
  return first && !headingPeople(n, line).some((id) => id !== first.id) ? first : undefined;
}

const PEOPLE: ReadonlySet<string> = new Set(['person']);

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
  const ms = n.mentionsOnLine(line);
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
  const verb = possessive ? /^\p{L}+/u.exec(text.slice(at))![0] : verbAt(text, at, n.mentionsOnLine(line));
  if (!verb) return [];
  const subject = find();
  if (!subject) return [];
  if (!possessive) return checkWithSubject(ctx, line, text, at, verb, clauseFrom(n, line, at), subject);
  const word = lead + said.index + said[0].indexOf(said[1]);
  const on = [word, word + said[1].length] as const;
  return checkWithSubject(ctx, line, text, at, verb, clauseFrom(n, line, at), subject, "'s ", on);
}

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
