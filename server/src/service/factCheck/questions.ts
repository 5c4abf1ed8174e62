/**
 * Questions and answers: flashcard notes put the question on one line and the answer on the next ("When was the
 * Kronstadt uprising?" / "1920"), under a heading, after a "Q"/"A" marker, or on the same line after the question
 * mark. The answer's date goes with the question's subject: the question, its question mark dropped, is checked
 * as one clause with the answer's date after it ("When was the Kronstadt uprising 1920"), by the same rules as a
 * sentence, and each finding is put back where its text lies: on the question, or on the answer's date.
 *
 * Precision first: only a question that asks when (`When …?`, `In what year …?`, `What date …?`), that holds no
 * date of its own, answered by a line that opens with a date (or by a date right after the question mark).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { lineRange } from '../ranges';
import { checkClause, checkFactsOnLine, severitiesOf } from './checkFacts';
import { clauseFrom, cutShort, lineOf, type Clause, withSubject, mentionsRead } from './clauses';
import { checkFigures } from './figures';
import { termsOf } from './officeTerms';
import { checkWithSubject, verbAt } from './subjects';

const MARKERS = String.raw`\s*(?:#{1,6}\s+)?(?:[-*+•>]\s+)?(?:\d+[.)]\s+)?(?:\*\*|__)?`;
/** After an "A:" marker, the letter of a multiple choice: "Answer: b) January 1920", "A: (c) 320", "C – 1921". */
const CHOICE = String.raw`(?:\(?[a-e]\)\s+|[a-e]\s+[–—-]\s+)?`;
/** What may stand before an answer's date: a list marker, bold, an "A:" marker, "in". */
const ANSWER_LEAD = new RegExp(
  String.raw`^${MARKERS}(?:(?:A|Ans|(?:my\s+)?Answer)\s*\d*\s*[:.)–-]\s*${CHOICE}|(?:→|->|=>)\s*)?` +
    String.raw`(?:\*\*|__)?\s*(?:(?:in|on)\s+)?$`,
  'i',
);
/**
 * What may stand between a question mark and its answer's date on the same line: "A:", a dash, an arrow, "in", a
 * choice's letter (the ticked one of a multiple choice, the others blanked as read).
 */
const SAME_LINE = new RegExp(
  String.raw`^\?\s*(?:\/\s*)?(?:\*\*|__)?\s*(?:(?:A|Ans|Answer)\s*[:.)–-]\s*|(?:[–—-]|→|->|=>)\s*)?${CHOICE}` +
    String.raw`(?:\*\*|__)?\s*(?:(?:in|on)\s+)?$`,
  'i',
);
/** A question that asks when, after any marker ("Q1:", a heading, a list item, bold). */
const ASKS_WHEN = new RegExp(
  String.raw`^${MARKERS}(?:Q(?:uestion)?\s*\d*\s*[:.)–-]\s*)?(?:\*\*|__)?\s*` +
    String.raw`(?:when|(?:in|on|by)?\s*(?:what|which)\s+(?:year|date|month|day))\b`,
  'i',
);
/** A question that asks yes or no, after any marker: "Was the Cheka set up in 1917?". */
const YES_NO = new RegExp(
  String.raw`^${MARKERS}(?:Q(?:uestion)?\s*\d*\s*[:.)–-]\s*)?(?:\*\*|__)?\s*` +
    String.raw`(?:is|was|were|are|did|does|do|had|has|have|could|would|can|should)\b`,
  'i',
);
/** A comma that opens a remark on what a question asks: ", allowing …", ", which …". */
const REMARK = /,\s+(?:\p{Ll}+ing|which|who|whose|thus|so|leaving)\b/u;
/** Before a body that answers: "the", "only the". */
const ARTICLE = /(?:only\s+)?the\s+$/i;
/** What answers "who": a person, or a body. */
const ANSWERS_WHO = new Set(['person', 'organisation']);
/** A question that asks who did something, after any marker: "Who became General Secretary in 1922?". */
const ASKS_WHO = new RegExp(String.raw`^${MARKERS}(?:Q(?:uestion)?\s*\d*\s*[:.)–-]\s*)?(?:\*\*|__)?\s*who(?=\s)`, 'i');
/** An "A" or "Answer" marker alone on its line, between a question and its answer. */
const BARE_ANSWER_MARKER = /^\s*(?:\*\*|__)?(?:A|Ans|Answer)\s*\d*\s*[:.)–-]?\s*(?:\*\*|__)?\s*$/i;
/** The words that ask: a question holding two of them asks two things. */
const QUESTION_WORDS = /\b(?:when|why|how|who|whom|whose|what|which|where)\b/gi;
/**
 * How many things a question asks: a relative "who" or "which" after a comma asks nothing ("Which minister, who
 * had negotiated Rapallo, was murdered …?"), and "when and where" asks of one thing.
 */
function askCount(question: string): number {
  let count = 0;
  for (const w of question.matchAll(QUESTION_WORDS)) {
    const before = question.slice(0, w.index);
    if (/^(?:who|which|whom|whose)$/i.test(w[0]) && /,\s*$/.test(before)) continue;
    // "When and where was Stolypin shot?" asks of one thing: its answer's date is the when.
    if (/^(?:when|where)$/i.test(w[0]) && /\bwh(?:en|ere)\s+(?:and|&)\s+$/i.test(before.slice(-16))) continue;
    count++;
  }
  return count;
}
/** How long the markers before an answer's date, or before a question's first word, may be. */
const MARKER_ROOM = 40;
/** How many blank lines (or a bare "A" marker line) may lie between a question and its answer. */
const MAX_GAP = 2;

/** The findings of the question answered on this line, if it is an answer; each on the line its text lies. */
export function checkAnswerOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  // Every answer answers a question: on its own line, or just above. Most lines have neither.
  if (!hasQuestion(n, line)) return [];
  const ms = mentionsRead(n, line);
  // "Q: Stolypin killed where & when? A: shot at the Kiev Opera House, Sept 1911": an answer that opens with a
  // verb in the past tells of the one person its question names.
  const told = checkVerbAnswer(ctx, n, line, ms);
  if (told) return told;
  // A body may answer too: "Who carried out mass arrests in 1937?" / "the KGB" (set up in 1954).
  // A date in a remark after it is the remark's: "A: Witte – … gold standard 1897".
  // Not when the name is the question's, asked and answered on one line: "Q: who built the Red Army? A: Stalin".
  if (ANSWERS_WHO.has(ms[0]?.kind) && !ms.some((x) => x.kind === 'date' && x.start < remarkAfter(n, line, ms[0]))) {
    const found = checkWhoAnswer(ctx, n, line, ms[0]);
    if (found.length || !lineOf(n, line).includes('?', ms[0].end)) return found;
  }
  const whose = checkWhoseAnswer(ctx, n, line, ms);
  if (whose?.length) return whose;
  // "Q: Who ran the NKVD in 1937? A: Beria": a name answering on the question's own line.
  const sameLine = personAfterMark(n, line, ms);
  if (sameLine) return checkWhoAnswer(ctx, n, line, sameLine.who, sameLine.mark);
  // A place that answers where; or places after a number that answers how many ("Around 3,000, mostly to Dachau").
  if (ms[0]?.kind === 'place') {
    const where = checkWhereAnswer(ctx, n, line, ms[0]);
    if (where.length || !/\d/.test(lineOf(n, line).slice(0, ms[0].start))) return where;
  }
  const what = checkWhatAnswer(ctx, n, line, ms);
  if (what?.length) return what;
  const counted = checkFigureAnswer(ctx, n, line, ms);
  if (counted?.length) return counted;
  const date = ms.find((x) => x.kind === 'date');
  if (!date?.date || date.date.approximate) return [];
  const text = lineOf(n, line);
  const q = questionOf(n, line, text, date, ms);
  if (!q) return [];
  const qText = lineOf(n, q.line);
  const from = sentenceStart(qText, q.mark);
  // Or a question that asks with no question word, answered by a date: "4. Cheka set up? → Dec 1918 ✓".
  const bare = askCount(qText.slice(from, q.mark)) === 0 && !YES_NO.test(qText.slice(from, q.mark));
  if (!bare && !ASKS_WHEN.test(qText.slice(from, Math.min(q.mark, from + MARKER_ROOM * 2)))) return [];
  // "When did Stalin become General Secretary, and when did Lenin die?": one answer, two questions.
  if (!bare && askCount(qText.slice(from, q.mark)) !== 1) return [];
  // A remark after a comma is not what is asked: "When did President Hindenburg die, allowing Hitler to merge the
  // two top offices?" asks when he died.
  const remark = REMARK.exec(qText.slice(from, q.mark));
  const end = remark ? from + remark.index : q.mark;
  const asked = n.mentionsOnLine(q.line).filter((x) => x.start >= from && x.end <= end);
  if (!asked.length || asked.some((x) => x.kind === 'date')) return [];
  const severities = severitiesOf(ctx);
  if (Object.values(severities).every((s) => s === undefined)) return [];
  // The question and its answer as one clause: "When was the Kronstadt uprising 1920".
  const at = end + 1;
  const joined = qText.slice(0, end) + ' ' + text.slice(date.start, date.end);
  const answer: Mention = { ...date, start: at, end: at + date.end - date.start };
  const clause: Clause = { line: q.line, from, to: joined.length, mentions: [...asked, answer] };
  return checkClause(ctx, joined, clause, severities).map((d) => {
    const r = d.range;
    if (r.start.character < at) return d;
    const shift = date.start - at;
    return { ...d, range: lineRange(line, r.start.character + shift, r.end.character + shift) };
  });
}

/**
 * The question the mention answers: on its own line just before it, after the question mark and an "A:" marker or
 * a dash; or, when the mention opens its line behind a marker, the question above.
 */
function questionOf(
  n: NoteAnalysis,
  line: number,
  text: string,
  m: Mention,
  ms: readonly Mention[],
): { line: number; mark: number } | undefined {
  // What stands before the answer is short: the patterns only ever read a few characters of a line.
  const mark = text.lastIndexOf('?', m.start);
  if (mark >= 0 && m.start - mark <= MARKER_ROOM && SAME_LINE.test(text.slice(mark, m.start))) return { line, mark };
  if (m === ms[0] && m.start <= MARKER_ROOM && ANSWER_LEAD.test(text.slice(0, m.start))) return questionAbove(n, line);
  return undefined;
}

/**
 * "Who became General Secretary in 1922?" answered "Trotsky": the answer, alone on its line, takes the place of
 * "Who" ("Trotsky became General Secretary in 1922"), and that clause is checked like a sentence.
 */
function checkWhoAnswer(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  who: Mention,
  sameLineMark?: number,
): Diagnostic[] {
  const text = lineOf(n, line);
  const found =
    askedOf(ctx, n, line, who, ASKS_WHO, sameLineMark) ??
    askedOf(ctx, n, line, who, ASKS_WHICH, sameLineMark) ??
    askedOf(ctx, n, line, who, ASKS_TITLE, sameLineMark, 0);
  if (!found || who.misspelling) return [];
  const { q, qText, rest, asked, severities } = found;
  // The answer in the question's place: "Trotsky became General Secretary in 1922"; after the title a "which"
  // asks for: "which Chancellor started governing by decree in July 1930?" – "Chancellor Papen started …"; after
  // a title that opens a question with no question word: "Q: Finance Minister 1892–1903?" – "A: Witte".
  const name = text.slice(who.start, who.end);
  const lead = asked[0] && asked[0].start === rest ? asked[0] : undefined;
  const title =
    lead && (/^which\b/i.test(found.asking) || (found.asking === '' && isOffice(ctx, lead))) ? lead : undefined;
  if (found.asking === '' && !title) return [];
  // "Which minister was shot dead …?": the answer takes the place of "which" and its noun, up to the verb.
  // With no verb to find ("Which party did Hitler join …?"), the answer stands before the noun.
  const from = title || !/^which\b/i.test(found.asking) ? rest : (verbAfterNoun(qText, rest, asked) ?? rest);
  const { text: joined, clause } = title
    ? titledAnswer(q.line, name, who, qText, title, q.mark, asked)
    : withSubject(q.line, name, who, qText, from, q.mark, asked);
  // What the question says by itself is checked on its own line; what is left is the answer's doing, and goes on
  // the answer. A fix of the question's words would change the question, not the answer: it is dropped.
  const own = new Set(checkFactsOnLine(ctx, n, q.line).map((d) => d.message));
  return checkClause(ctx, joined, clause, severities)
    .filter((d) => !own.has(d.message))
    .map((d) => {
      const nameAt = title ? title.end - title.start + 1 : 0;
      const onName = d.range.start.character >= nameAt && d.range.start.character < nameAt + name.length;
      const data = onName ? d.data : { citation: (d.data as { citation?: string }).citation };
      return { ...d, range: lineRange(line, who.start, who.end), data };
    });
}

/**
 * After "which", where the words before the verb end: past a noun of up to three words ("minister", "Nazi
 * official"), the space before the first word that reads as a verb; undefined when none does.
 */
function verbAfterNoun(text: string, from: number, ms: readonly Mention[]): number | undefined {
  const word = /\s*[\p{L}'’-]+/uy;
  let at = from;
  for (let k = 0; k < 4; k++) {
    const start = at + /^\s*/.exec(text.slice(at))![0].length;
    if (k > 0 && verbAt(text, start, ms)) return at;
    word.lastIndex = at;
    if (!word.exec(text)) return undefined;
    at = word.lastIndex;
  }
  return undefined;
}

/** Where a remark after an answer's name begins (a comma, semicolon, bracket or dash), else the line's end. */
function remarkAfter(n: NoteAnalysis, line: number, m: Mention): number {
  const text = lineOf(n, line);
  const at = text.slice(m.end).search(/[,;(–—]|\s-\s/);
  return at < 0 ? text.length : m.end + at;
}

/** A question that asks where, after any marker: "Where were the Romanovs shot?". */
const ASKS_WHERE = new RegExp(
  String.raw`^${MARKERS}(?:Q(?:uestion)?\s*\d*\s*[:.)–-]\s*)?(?:\*\*|__)?\s*where\s+(?:was|were|is|did)\s+`,
  'i',
);

/**
 * "Where were the Romanovs shot (July 1918)?" answered "Tobolsk, in the cellar …": the question, its "where"
 * dropped, with the answer's place after "at" ("the Romanovs shot (July 1918) at Tobolsk"), checked as one clause;
 * a finding on the place goes on the answer.
 */
function checkWhereAnswer(ctx: ServiceContext, n: NoteAnalysis, line: number, first: Mention): Diagnostic[] {
  const text = lineOf(n, line);
  const { from, to } = placePhrase(text, mentionsRead(n, line), first);
  const found = askedOf(ctx, n, line, { ...first, start: from, end: to }, ASKS_WHERE);
  if (!found) return [];
  const { q, qText, rest, asked, severities } = found;
  const at = q.mark + ' at '.length;
  const joined = qText.slice(0, q.mark) + ' at ' + text.slice(from, to);
  const shift = at - from;
  const answer = n
    .mentionsOnLine(line)
    .filter((x) => x.start >= from && x.end <= to)
    .map((x) => ({ ...x, start: x.start + shift, end: x.end + shift }));
  const clause: Clause = { line: q.line, from: rest, to: joined.length, mentions: [...asked, ...answer] };
  const own = new Set(checkFactsOnLine(ctx, n, q.line).map((d) => d.message));
  return checkClause(ctx, joined, clause, severities)
    .filter((d) => !own.has(d.message) && d.range.start.character >= at)
    .map((d) => ({ ...d, range: lineRange(line, d.range.start.character - shift, d.range.end.character - shift) }));
}

/** Words that place the answer in a part of a place: "a corridor of", "the cellar of the Ipatiev House in". */
const PART_OF = /(?:in|at|on)\s+((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:of|in|at)\s+(?:the\s+)?)$/iu;

/**
 * Where the answer's place phrase lies: from the first place, or from the part of it the answer names ("In the
 * cellar of the Ipatiev House in Tobolsk"), to the town it lies in when one follows ("the Kremlin in Moscow").
 */
function placePhrase(text: string, ms: readonly Mention[], first: Mention): { from: number; to: number } {
  const part = PART_OF.exec(text.slice(0, first.start));
  const from = part ? first.start - part[1].length : first.start;
  const next = ms.find((x) => x.start >= first.end && x.kind === 'place');
  const to = next && /^\s+(?:in|near)\s+$/i.test(text.slice(first.end, next.start)) ? next.end : first.end;
  return { from, to };
}

/** After "who": a verb of killing and its object, the answer its doer. */
const DONE_TO = /^\s*(?:assassinated|murdered|killed|shot)\s/i;

/**
 * For an answer that opens its line with a name (alone, or with a remark after a comma, dash or bracket: "A:
 * Trotsky, after … had failed."), the question above that asks with `asks` one thing only, and the things it
 * names after its question words, none of the answer's kind.
 */
function askedOf(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  answer: Mention,
  asks: RegExp,
  sameLineMark?: number,
  questionWords = 1,
) {
  const text = lineOf(n, line);
  if (answer.candidates) return;
  const lead = text.slice(0, answer.start).replace(ARTICLE, '');
  if (sameLineMark === undefined && (answer.start > MARKER_ROOM || !ANSWER_LEAD.test(lead))) return;
  // After the answer: nothing but a full stop, bold or a tick the writer marked it right with; or a remark.
  if (!/^[\s.!*_✔✓✅☑]*$|^\s*(?:(?:\*\*|__)\s*)?(?:[,;(–—]|(?<=\s)-\s)/.test(text.slice(answer.end))) return;
  const q = sameLineMark === undefined ? questionAbove(n, line) : { line, mark: sameLineMark };
  if (!q) return;
  const qText = lineOf(n, q.line);
  const from = sentenceStart(qText, q.mark);
  const asking = asks.exec(qText.slice(from, q.mark));
  if (!asking || askCount(qText.slice(from, q.mark)) !== questionWords) return;
  const rest = from + asking[0].length;
  const asked = n.mentionsOnLine(q.line).filter((x) => x.start >= rest && x.end <= q.mark);
  // A name of the answer's kind in the question may be what the answer did something to ("Who did Stalin defeat?"):
  // only "who" right before a verb makes the answer the doer of it to them ("Who assassinated Stolypin?").
  const doer = /\bwho\s*$/i.test(asking[0]) && DONE_TO.test(qText.slice(rest, q.mark));
  if (!asked.length || (!doer && asked.some((x) => x.kind === answer.kind))) return;
  const severities = severitiesOf(ctx);
  if (Object.values(severities).every((s) => s === undefined)) return;
  const word = asking[0].search(/\b(?:who|which)\b/i);
  return { q, qText, rest, asked, severities, asking: word < 0 ? '' : asking[0].slice(word) };
}

/** A question with no question word, after a "Q" marker: "Q: Finance Minister 1892–1903, behind the Great Spurt?". */
const ASKS_TITLE = new RegExp(String.raw`^${MARKERS}Q(?:uestion)?\s*\d*\s*[:.)–-]\s*(?:\*\*|__)?\s*`, 'i');

/** Is the mention an office whose holders the knowledge base gives by their terms? */
function isOffice(ctx: ServiceContext, m: Mention): boolean {
  return m.kind === 'organisation' && !m.candidates && termsOf(ctx.kb).has(m.id);
}

/** An "A:" marker that opens an answer, at the start of a line or after the question mark on the question's line. */
const ANSWER_MARKER = new RegExp(
  String.raw`^${MARKERS}(?:\*\*|__)?(?:A|Ans|(?:my\s+)?Answer)\s*\d*\s*[:.)–-]\s*(?:\*\*|__)?\s*${CHOICE}`,
  'i',
);
const ANSWER_AFTER_MARK = /^\?\s*(?:\/\s*)?(?:\*\*|__)?\s*(?:A|Ans|Answer)\s*[:.)–-]\s*(?:\*\*|__)?\s*/i;

/**
 * An answer that opens with a verb in the past after an "A:" marker, to a question that names one person and no
 * date and no other person: checked as the person's clause ("Pyotr Stolypin shot at the Kiev Opera House, Sept
 * 1913"), by the same rules as a sentence, each finding on the answer.
 */
function checkVerbAnswer(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  ms: readonly Mention[],
): Diagnostic[] | undefined {
  const text = lineOf(n, line);
  const mark = text.lastIndexOf('?');
  const same = mark >= 0 ? ANSWER_AFTER_MARK.exec(text.slice(mark)) : null;
  const lead = same ? null : ANSWER_MARKER.exec(text);
  const from = same ? mark + same[0].length : lead ? lead[0].length : -1;
  if (from < 0) return undefined;
  const verb = verbAt(text, from, ms);
  if (!verb) return undefined;
  const q = same ? { line, mark } : questionAbove(n, line);
  if (!q) return undefined;
  const qText = lineOf(n, q.line);
  const qFrom = sentenceStart(qText, q.mark);
  const asked = n.mentionsOnLine(q.line).filter((x) => x.start >= qFrom && x.end <= q.mark);
  const people = asked.filter((x) => x.kind === 'person');
  if (people.length !== 1 || asked.some((x) => x.kind === 'date') || people[0].candidates || people[0].misspelling)
    return undefined;
  if (same && people[0].end > mark) return undefined;
  return checkWithSubject(ctx, line, text, from, verb, clauseFrom(n, line, from), people[0]);
}

/** From a question mark to its answer's words on the same line: an "A:" marker, a dash or an arrow. */
const MARK_TO_ANSWER = /^\?\s*(?:\*\*|__)?\s*(?:(?:A|Ans|Answer)\s*[:.)–-]\s*|[–—-]\s+|(?:→|->|=>)\s*)(?:\*\*|__)?\s*/i;

/** "What was the Kapp Putsch (and how was it beaten)?": the thing it asks about, right after "What was". */
const ASKS_WHAT = new RegExp(
  String.raw`^${MARKERS}(?:Q(?:uestion)?\s*\d*\s*[:.)–-]\s*)?(?:\*\*|__)?\s*what\s+(?:was|were|is|are)\s+(?:the\s+)?$`,
  'i',
);
/** What a "What was" question may ask after its thing: nothing, or a second "how" or "why" about it. */
const WHAT_TAIL = /^\s*(?:\(\s*[^()]*\)\s*)?(?:,?\s+and\s+(?:how|why)\b[^?]*)?$/i;
/** Kinds a "What was" question may ask about, with dates of their own. */
const WHAT_KINDS = new Set(['event', 'document', 'policy', 'congress']);

/**
 * "What was the Kapp Putsch? – A right-wing coup in Berlin in March 1921": the answer, after the question mark on
 * the same line, tells of the thing asked, and is checked as a sentence about it ("Kapp Putsch was a right-wing coup
 * in Berlin in March 1921"). Only a question that asks about one dated thing and names nothing else, and an answer
 * that names no other dated thing and no person.
 */
function checkWhatAnswer(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  ms: readonly Mention[],
): Diagnostic[] | undefined {
  const text = lineOf(n, line);
  const mark = text.lastIndexOf('?');
  if (mark < 0) return undefined;
  const lead = MARK_TO_ANSWER.exec(text.slice(mark));
  if (!lead) return undefined;
  const from = mark + lead[0].length;
  const qFrom = sentenceStart(text, mark);
  const asked = ms.filter((x) => x.start >= qFrom && x.end <= mark);
  if (asked.length !== 1 || !WHAT_KINDS.has(asked[0].kind) || asked[0].candidates || asked[0].misspelling) return;
  const thing = asked[0];
  if (!ASKS_WHAT.test(text.slice(qFrom, thing.start)) || !WHAT_TAIL.test(text.slice(thing.end, mark))) return;
  const answer = ms.filter((x) => x.start >= from);
  if (!answer.some((x) => x.kind === 'date')) return undefined;
  if (answer.some((x) => x.kind === 'person' || (x.kind !== 'date' && x.kind !== 'place' && x.id !== thing.id)))
    return undefined;
  const severities = severitiesOf(ctx);
  if (Object.values(severities).every((s) => s === undefined)) return undefined;
  // The thing as the answer's subject: "Kapp Putsch was a right-wing coup …"; an answer's capital goes.
  const name = text.slice(thing.start, thing.end);
  const gap = ' was ';
  const first = text.charAt(from);
  const body = /^(?:A|An|The)\b/.test(text.slice(from)) ? first.toLowerCase() + text.slice(from + 1) : text.slice(from);
  const made = madeAnswer(line, name + gap, thing, name.length, body, from, answer);
  return movedBack(checkClause(ctx, made.text, made.clause, severities), made);
}

/** Asks whose death it was: "Whose murder in Leningrad was used to launch the purges?". */
const ASKS_WHOSE = /\bwhose\s+(?:murder|death|assassination|execution|suicide|killing)\b/i;

/**
 * "Whose murder … ? – Sergei Kirov's, on 1 December 1935": the person answering, with the death the question asks
 * of, is checked with the answer's date ("Sergei Kirov's murder on 1 December 1935"); findings go on the answer.
 */
function checkWhoseAnswer(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  ms: readonly Mention[],
): Diagnostic[] | undefined {
  const text = lineOf(n, line);
  const who = ms.find((x) => x.kind === 'person');
  if (!who || who.candidates || who.misspelling || !ms.some((x) => x.kind === 'date' && x.start > who.end)) return;
  const q = questionOf(n, line, text, who, ms);
  if (!q) return undefined;
  const qText = lineOf(n, q.line);
  if (!ASKS_WHOSE.test(qText.slice(sentenceStart(qText, q.mark), q.mark))) return undefined;
  const rest = /^(?:['’]s?)?\s*,?\s*/.exec(text.slice(who.end))![0].length;
  const name = text.slice(who.start, who.end);
  // Whatever the death was called, its date is the person's death's.
  const lead = `${name}'s death `;
  const from = who.end + rest;
  const answer = ms.filter((x) => x.start >= from);
  const made = madeAnswer(line, lead, who, name.length, text.slice(from), from, answer);
  return movedBack(checkClause(ctx, made.text, made.clause, severitiesOf(ctx)), made);
}

/** Asks how many died: the answer's bare number is a death toll ("How many died in the famine? – Around 500,000"). */
const ASKS_DEATHS = /\bhow\s+many\b[^?]*\b(?:died|were\s+killed|deaths|perished|lost\s+their\s+lives|victims)\b/i;
/** A count answering the question above on a line that names nothing: "How many died at Khodynka?" / "A: about 140". */
export function checkCountAnswerOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  return /\d/.test(n.lineText(line)) && hasQuestion(n, line) ? (checkFigureAnswer(ctx, n, line, []) ?? []) : [];
}

/** A multiple choice's option: "A) Jan 1919", "(b) 1921". */
const OPTION = /(?:^|\s)\(?[A-Ea-e]\)\s+\S/g;
/** A tick that marks the option chosen. */
const TICK = /[✔✓☑✅]|\[x\]|<-+\s*$/i;
/** A line that opens with an option, after any list marker. */
const OPENS_WITH_OPTION = /^\s*(?:[-*+]\s+)?\(?[A-Ea-e]\)\s+\S/;

/**
 * A multiple choice's options answer nothing: the wrong ones are there to be wrong. Two or more on a line ("A) Jan
 * 1919  B) March 1920  C) …"), or one a line beside another.
 */
function isOptions(n: NoteAnalysis, line: number): boolean {
  const text = n.lineText(line);
  // Not options with the chosen one ticked: "(a) December 1917 (b) December 1918 ✔ (c) March 1918".
  if (TICK.test(text)) return false;
  if ((text.match(OPTION)?.length ?? 0) >= 2) return true;
  if (!OPENS_WITH_OPTION.test(text)) return false;
  return (
    (line > 0 && OPENS_WITH_OPTION.test(n.lineText(line - 1))) ||
    (line + 1 < n.lineCount && OPENS_WITH_OPTION.test(n.lineText(line + 1)))
  );
}

/** A cheap first look: a question mark on the line, or a line just above that ends with one; not an option. */
function hasQuestion(n: NoteAnalysis, line: number): boolean {
  if (/[A-Ea-e]\)/.test(n.lineText(line)) && isOptions(n, line)) return false;
  if (n.lineText(line).includes('?')) return true;
  for (let l = line - 1, seen = 0; l >= 0 && seen <= MAX_GAP; l--, seen++)
    if (/\?\s*(?:\*\*|__)?\s*$/.test(n.lineText(l))) return true;
  return false;
}

/** Does the question ask how many died, and the answer give a bare number, with no word of death of its own? */
function deathsAsked(question: string, answer: string): boolean {
  return ASKS_DEATHS.test(question) && !/\b(?:died|dead|deaths|killed)\b/i.test(answer);
}
/** What "how many" asks to count, up to the verb: "How many Jewish men were sent …?". */
const HOW_MANY = /\bhow\s+many\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:were|was|did|had|have|are|is)\b/iu;

/**
 * The answer with what the question counts put after its first number, unless it says it already: "Around 3,000"
 * answering "How many Jewish men were sent …?" counts "Around 3,000 Jewish men". The number keeps its columns.
 */
function counted(question: string, answer: string): string {
  const unit = HOW_MANY.exec(question)?.[1];
  if (!unit || answer.toLowerCase().includes(unit.toLowerCase())) return answer;
  return answer.replace(/\d+(?:[,.]\d+)*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?/i, (x) => `${x} ${unit}`);
}

/** What may carry a count: an event, a policy or a document. */
const COUNTED = new Set(['event', 'policy', 'document']);

/**
 * "What happened after Kristallnacht? – About 3,000 Jewish men were arrested": a number in the answer (on the
 * question's line after its mark, or on the line below) is checked as the figure of the one event, policy or
 * document the question names, by the figures rule ("Kristallnacht About 3,000 Jewish men were arrested"); a bare
 * number answering "how many died" is a death toll. The answer must name no other thing.
 */
function checkFigureAnswer(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  ms: readonly Mention[],
): Diagnostic[] | undefined {
  const text = lineOf(n, line);
  const mark = text.lastIndexOf('?');
  const same = mark >= 0 ? MARK_TO_ANSWER.exec(text.slice(mark)) : null;
  let q: { line: number; mark: number } | undefined;
  let from: number;
  if (same) {
    q = { line, mark };
    from = mark + same[0].length;
  } else {
    const lead = ANSWER_MARKER.exec(text) ?? /^\s*(?:[-*+•]\s+)?/.exec(text)!;
    from = lead[0].length;
    if (
      !/^(?:(?:about|around|approx\.?|approximately|roughly|c\.|some|over|nearly|almost)\s+)?\P{L}*\d/iu.test(
        text.slice(from),
      )
    )
      return undefined;
    q = questionAbove(n, line);
  }
  if (!q || !/\d/.test(text.slice(from))) return undefined;
  const answer = ms.filter((x) => x.start >= from);
  if (answer.some((x) => x.kind !== 'date' && x.kind !== 'person' && x.kind !== 'place')) return undefined;
  const qText = lineOf(n, q.line);
  const qFrom = sentenceStart(qText, q.mark);
  const asked = n.mentionsOnLine(q.line).filter((x) => x.start >= qFrom && x.end <= q!.mark);
  const things = asked.filter((x) => x.kind !== 'date' && x.kind !== 'person' && x.kind !== 'place');
  if (things.length !== 1 || !COUNTED.has(things[0].kind) || things[0].candidates || things[0].misspelling) return;
  const entity = ctx.kb.get(things[0].id);
  if (!entity?.figures?.length) return undefined;
  const severities = severitiesOf(ctx);
  const name = entity.label;
  const said = deathsAsked(qText.slice(qFrom, q.mark), text.slice(from))
    ? text.slice(from).replace(/[\s.!]+$/, '')
    : text.slice(from);
  const deaths = deathsAsked(qText.slice(qFrom, q.mark), said);
  const made = madeAnswer(
    line,
    `${name} `,
    things[0],
    name.length,
    `${counted(qText.slice(qFrom, q.mark), said)}${deaths ? ' died' : ''}`,
    from,
    answer,
  );
  const claim = {
    ctx,
    text: made.text,
    clause: made.clause,
    mention: made.clause.mentions[0],
    entity,
    at: { line, start: from, end: from },
    severities,
  };
  return movedBack(checkFigures(claim) ?? [], made);
}

/** An answer's words after a made lead that names the subject: the clause, and how far its columns moved. */
interface MadeAnswer {
  text: string;
  clause: Clause;
  /** Where the answer's words begin in the made text, and how far they moved from the line. */
  lead: number;
  shift: number;
  line: number;
}

/**
 * The answer's words (from column `from` of the line) after `lead`, whose first `nameLength` characters name the
 * subject: "Kapp Putsch was " + "a right-wing coup in Berlin in March 1921", with the answer's mentions moved along.
 */
function madeAnswer(
  line: number,
  lead: string,
  subject: Mention,
  nameLength: number,
  words: string,
  from: number,
  answer: readonly Mention[],
): MadeAnswer {
  const shift = from - lead.length;
  const moved = answer.map((x) => ({ ...x, start: x.start - shift, end: x.end - shift }));
  const text = lead + words;
  const mentions = [{ ...subject, start: 0, end: nameLength }, ...moved];
  return { text, clause: { line, from: 0, to: text.length, mentions }, lead: lead.length, shift, line };
}

/** The findings on the answer's own words, put back on the line; those about the lead are the question's. */
function movedBack(found: Diagnostic[], made: MadeAnswer): Diagnostic[] {
  return found
    .filter((d) => d.range.start.character >= made.lead)
    .map((d) => ({
      ...d,
      range: lineRange(made.line, d.range.start.character + made.shift, d.range.end.character + made.shift),
    }));
}

/** A question that asks which holder of a title did something: "Which Chancellor started governing by decree …?". */
const ASKS_WHICH = new RegExp(String.raw`^${MARKERS}(?:Q(?:uestion)?\s*\d*\s*[:.)–-]\s*)?(?:\*\*|__)?\s*which\s+`, 'i');

/**
 * A person named right after the question mark on the question's own line, behind an "A:" marker or a dash, with
 * nothing after but a remark: the answer to "Who …?" written beside it.
 */
function personAfterMark(n: NoteAnalysis, line: number, ms: readonly Mention[]) {
  const text = lineOf(n, line);
  const mark = text.lastIndexOf('?');
  if (mark < 0) return undefined;
  const who = ms.find((x) => x.start > mark);
  if (!who || !ANSWERS_WHO.has(who.kind) || who.start - mark > MARKER_ROOM) return undefined;
  if (!SAME_LINE.test(text.slice(mark, who.start).replace(ARTICLE, ''))) return undefined;
  if (ms.some((x) => x.start > who.end && x.kind !== 'date')) return undefined;
  return { who, mark };
}

/**
 * The answer after the title a "which" asks for: "Chancellor" + " " + "Papen" + " started governing … in July
 * 1930", with the question's mentions moved after it.
 */
function titledAnswer(
  line: number,
  name: string,
  who: Mention,
  qText: string,
  title: Mention,
  mark: number,
  asked: readonly Mention[],
): { text: string; clause: Clause } {
  const written = qText.slice(title.start, title.end);
  const made = `${written} ${name}${qText.slice(title.end, mark)}`;
  const shift = written.length + 1 + name.length - title.end;
  const moved = asked
    .filter((x) => x.start >= title.end && x.end <= mark)
    .map((x) => ({ ...x, start: x.start + shift, end: x.end + shift }));
  const mentions = [
    { ...title, start: 0, end: written.length },
    { ...who, start: written.length + 1, end: written.length + 1 + name.length },
    ...moved,
  ];
  return { text: made, clause: { line, from: 0, to: made.length, mentions } };
}

/** The question a line answers: the nearest line above, past at most MAX_GAP blank ones, that ends with "?". */
function questionAbove(n: NoteAnalysis, line: number): { line: number; mark: number } | undefined {
  for (let l = line - 1; l >= 0 && l >= line - 1 - MAX_GAP; l--) {
    const t = lineOf(n, l);
    // Past a blank line, a bare "A:" marker, and the options the answer chose from.
    if (!t.trim() || BARE_ANSWER_MARKER.test(t) || isOptions(n, l)) continue;
    const end = t
      .trimEnd()
      .replace(/(?:\*\*|__)$/, '')
      .trimEnd();
    return end.endsWith('?') ? { line: l, mark: end.length - 1 } : undefined;
  }
  return undefined;
}

/** Where the sentence that ends at `end` starts. */
function sentenceStart(text: string, end: number): number {
  let from = 0;
  const re = /[.!?;]\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    // Not after a word cut short: "by Art. 48 decree".
    if (m[0][0] === '.' && cutShort(text, m.index)) continue;
    from = m.index + m[0].length;
  }
  return from;
}
