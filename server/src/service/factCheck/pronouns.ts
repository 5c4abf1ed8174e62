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
/** How many lines above the one it opens the pronoun's person may be named. */
const REACH = 2;

export function checkPronounOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  const lead = ITEM.exec(text)?.[0].length ?? 0;
  const said = PRONOUN.exec(text.slice(lead));
  if (!said) return inLine(ctx, n, line, text);
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
