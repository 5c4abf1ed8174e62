/**
 * A line cut into clauses, the unit a claim is checked in: a sentence, or a part of one between semicolons. A
 * line that opens with a date and a colon, dash or arrow (`1926: …`, `- 1925 – …`, `- Sept 1935 → …`) dates every
 * clause of its first sentence.
 */
import { blanked, unstruck } from '../../recogniser/blanked';
import { endKey, parseIsoDate, startKey } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import { ABBREVIATIONS, DEBATED, HEDGES } from './words';

/**
 * A line as the rules read it: a wiki link's brackets and bold's stars are blanked, column for column, so that
 * "[[Alexander II]] (1855)" reads as a name with its date in a bracket right after it, and "launched **Sputnik** in
 * **October 1959**" as plain words. A bold label that opens the line keeps its stars ("**Bukharin:** shot 1938").
 */
export function lineOf(n: NoteAnalysis, line: number): string {
  const text = n.lineText(line);
  // The rules ask for one line many times in a row: the last answer is kept.
  if (text === lastLine) return lastRead;
  lastLine = text;
  lastRead = readAsDefined(readAsPlain(text), n, line);
  return lastRead;
}
let lastLine = '',
  lastRead = '';

/** The line's mentions that lineOf still reads: not a name blanked, such as an option left unticked. */
export function mentionsRead(n: NoteAnalysis, line: number): readonly Mention[] {
  const ms = n.mentionsOnLine(line);
  if (!ms.length) return ms;
  const text = lineOf(n, line);
  return ms.every((x) => text.charCodeAt(x.start) !== 32) ? ms : ms.filter((x) => text.charCodeAt(x.start) !== 32);
}

/**
 * Before a name that opens its line: a list marker or a quote's, an arrow, bold, a label of up to five words and a
 * bracket ("Evidence:", "**Point:**", "Para 2 (against):", "The most notorious meeting:"), "the".
 */
export const OPENS_LINE = new RegExp(
  String.raw`^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:(?:→|->)\s*)?(?:\*\*)?` +
    String.raw`(?:\p{L}[\p{L}'’-]*(?:\s+[\p{L}\d'’-]+){0,4}(?:\s*\([^()]*\))?:(?:\*\*)?\s+)?(?:the\s+)?$`,
  'iu',
);

/**
 * After a glossary line's term: a bracket, a dash or a colon, a few words that say what the term was, then a
 * participle that tells what was done with it ("Order No. 1 – instruction issued by the Provisional Government …").
 * Read from the term's end, with no two runs of spaces side by side: a line of spaces is read in linear time.
 */
const DEFINED_AS = new RegExp(
  String.raw`(?:\s*\([^()]*\))?(\s*(?:\*\*\s*)?[–—:]\s+|\s+-\s+)` +
    String.raw`((?:[\p{Ll}-]+\s+){1,5}?)` +
    String.raw`(?:issued|made|set\s+up|founded|created|introduced|signed|drawn\s+up|written|given|delivered|` +
    String.raw`appointed|passed|adopted|launched|established|formed|led|headed|organi[sz]ed|carried\s+out|ordered|` +
    String.raw`elected)\s+(?:by|to|in|on|at|from|under)\b`,
  'uy',
);

/**
 * A glossary line read as a sentence about its term: the dash and the words that say what the term was are blanked,
 * column for column, so that "Order No. 1 – instruction issued by the Provisional Government" reads as "Order No. 1
 * issued by the Provisional Government". Only when the term is the line's first name and opens it, and those words
 * name nothing.
 */
function readAsDefined(text: string, n: NoteAnalysis, line: number): string {
  if (!/[–—:]|\s-\s/.test(text)) return text;
  const ms = n.mentionsOnLine(line);
  const term = ms[0];
  // Not an event, whose beginning is dated by its definition's words as they stand ("purge launched on 30 June
  // 1934").
  if (!term || term.kind === 'date' || term.kind === 'event') return text;
  if (!OPENS_LINE.test(text.slice(0, term.start))) return text;
  DEFINED_AS.lastIndex = term.end;
  const d = DEFINED_AS.exec(text);
  if (!d) return text;
  const dash = term.end + d[0].indexOf(d[1]);
  const to = dash + d[1].length + d[2].length;
  // Nor words that name something, or tell when or whether ("first headed by", "never signed by").
  if (ms.some((m) => m.start < to && m.end > dash)) return text;
  if (/\b(?:first|never|not|later|then|also|jointly|briefly|originally|only|once|\p{L}+ly)\s/iu.test(d[2])) return text;
  return text.slice(0, dash) + ' '.repeat(to - dash) + text.slice(to);
}

function readAsPlain(text: string): string {
  text = ticked(unstruck(blanked(text)));
  // Raw HTML's inline tags are no words: a table's cells are read as a Markdown table's, a line break as a
  // semicolon ("<tr><td>1927</td><td>Dawes Plan – US loans</td></tr>", "<li><b>Zemstva</b> set up 1874</li>").
  if (text.includes('<')) text = text.replace(HTML_TAG, htmlTagAsText);
  // What the writer owns up to having got wrong is not said: "I wrote the unions were banned in 1934 – correction:
  // …", "Redemption payments: I said 20 years – the peasants were to pay them off over 49 years".
  if (text.includes('I ')) text = text.replace(RETRACTED, (w) => ' '.repeat(w.length));
  // Every arrow is read as "→", the one the rules know: "June 1907 electoral law ⇒ 3rd Duma packed with gentry".
  if (OTHER_ARROW.test(text)) text = text.replace(OTHER_ARROW, (w) => '→' + ' '.repeat(w.length - 1));
  // A flashcard's front and back, exported as "front;back", read as one line: "Fanny Kaplan;shot Lenin in 1918".
  const card = CARD_SEPARATOR.exec(text);
  // Not a question's, whose answer stays in its sentence: "In 1879 Land and Liberty split into?;People's Will …".
  if (card && !card[0].endsWith('?') && text.indexOf(';', card[0].length + 1) < 0)
    text = `${card[0]} ${text.slice(card[0].length + 1)}`;
  // A relation map's labelled arrow is read as its label: "Nikolaev —shot→ Kirov in the Smolny" as "Nikolaev shot
  // Kirov in the Smolny".
  if (text.includes('→')) text = text.replace(LABELLED_ARROW, (w, label: string) => ` ${label} `);
  if (!text.includes('[') && !text.includes(']') && !text.includes('**') && !text.includes('__')) return text;
  const opening = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?=\*\*|__)/.exec(text);
  let kept = opening ? 2 : 0;
  // A gap filled in on a revision sheet is read as the words in it: "admitted to the [League of Nations] in [1928]".
  // Not a link, a reference, a footnote's marker or a task's box.
  // A timestamp that opens the line is no part of what it says: "[07:30] Kapp Putsch in Berlin, March 1921".
  const filled = text
    .replace(TIMESTAMP, (w, lead: string) => lead + ' '.repeat(w.length - lead.length))
    .replace(CLOZE, (w, inner: string) => ` ${inner} `);
  return filled.replace(/\[\[|\]\]|\*\*|__/g, (w, at: number) => {
    if (kept > 0 && w[0] !== '[' && w[0] !== ']' && (kept < 2 || at === opening![0].length)) {
      kept--;
      return w;
    }
    return '  ';
  });
}

/**
 * "I wrote …", "I said …", "I had …", up to the dash, semicolon, "but" or "actually" that brings the right answer.
 * Not a ruler's number: "Alexander I had defeated Napoleon".
 */
const RETRACTED = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}.'’-]*\s)\bI\s+(?:wrote|said|had|put|thought|claimed|guessed|answered|got)\b` +
    String.raw`(?:(?![–—;]|\s(?:but|actually|correction)\b).)*`,
  'gu',
);

/** An inline HTML tag notes write in Markdown: cells, breaks, emphasis, lists, details. */
const HTML_TAG = new RegExp(
  String.raw`<\/?(?:td|th|tr|table|thead|tbody|br|b|strong|i|em|u|s|mark|small|span|p|div|li|ul|ol|summary|details|` +
    String.raw`sup|sub)\b[^<>]*>`,
  'gi',
);

/** A tag as the text it stands for, as long as the tag: a cell's "|", a break's ";", else spaces. */
function htmlTagAsText(tag: string): string {
  const name = /^<(\/?)(\w+)/.exec(tag)!;
  const cell = !name[1] && /^t[dh]$/i.test(name[2]);
  const mark = cell ? '|' : /^br$/i.test(name[2]) ? ';' : '';
  return mark + ' '.repeat(tag.length - mark.length);
}

/** Arrows other than "→" that notes draw: "⇒", "⟹", "➜", "➡️", and "=>" between spaces. */
const OTHER_ARROW = /[⇒⟹⟶➜➔➝➞⇨]|➡\uFE0F?|(?<=\s)=>(?=\s)/g;

/** A tick that marks the answer chosen on a self-test. */
const TICK = /[✔✓✅☑]/;
/** An option of a multiple-choice question: "(a)", "(b)" …, or "a)", "b)" … */
const OPTION = /(?<![\p{L}\d(])\(?([a-eA-E])\)\s/gu;
/** After the options, the letter of the answer: "-- answer: b", "Ans: (c)". */
const ANSWER_LETTER = /(?:^|\s)(?:[–—-]{1,2}\s*)?(?:answer|ans|correct)\s*[:=–-]?\s*\(?([a-eA-E])\)?\s*[.!]?\s*$/i;

/**
 * A multiple-choice question with the answer chosen ticked, or named after the options ("a) 1858 b) 1861 c) 1866
 * -- answer: b"), says only what the stem and that option say, as one statement: the other options are blanked
 * ("… (a) Ebert (b) Scheidemann ✔ (c) Liebknecht" says nothing of Ebert). A statement ticked false says nothing at
 * all: "True or false: … True / False ✔".
 */
function ticked(text: string): string {
  const tick = TICK.test(text);
  if (tick && /\btrue\s+or\s+false\b/i.test(text) && /\bfalse\s*[✔✓✅☑]/i.test(text)) return ' '.repeat(text.length);
  const answer = tick ? null : ANSWER_LETTER.exec(text);
  if (!tick && !answer) return text;
  const options = [...text.matchAll(OPTION)];
  // Options are lettered in order from "a": "(b) … (c)" in prose is no list of them.
  if (options.length < 2 || options.some((x, i) => x[1].toLowerCase() !== 'abcde'[i])) return text;
  const end = answer ? answer.index : text.length;
  // The stem's question mark goes: the chosen option is its answer, said of what the stem asks about ("Q2.
  // Nuremberg Laws? a) 1933 b) 1935 c) 1938 -- answer: c" says the laws were of 1938).
  let out = text.slice(0, options[0].index).replace(/\?(\s*)$/, ' $1');
  options.forEach((x, i) => {
    const option = text.slice(x.index, options[i + 1]?.index ?? end);
    const chosen = answer ? x[1].toLowerCase() === answer[1].toLowerCase() : TICK.test(option);
    out += chosen ? ' '.repeat(x[0].length) + option.slice(x[0].length) : ' '.repeat(option.length);
  });
  return out + text.slice(end);
}

/** An arrow with a label on it, written against the label: " —shot→ ", " —exiled to→ ". */
// Not a label with a date or a bracket, which tells a step before what the arrow leads to: "—broke with Stalin
// (December 1925)→ joined Trotsky".
const LABELLED_ARROW = /(?<=\s)[—–](?=\S)([^—–→\n()\d]{1,60}?)(?<=\S)→(?=\s)/g;

/** Up to a flashcard's separator: a front of a few words, then ";" and the back with no space. */
const CARD_SEPARATOR = /^\s*[^;\n]{2,80}(?=;[\p{L}\d'"‘“])/u;

/** A recording's timestamp at the line's start, after a list marker: "[07:30]", "- [1:02:15]". */
const TIMESTAMP = /^(\s*(?:[-*+•>]\s+)?)\[\d{1,2}:\d{2}(?::\d{2})?\]/;

/** A gap filled in, in square brackets: not "[[", a link's "[…](", a reference's "[…][" or "[…]:", "[^1]", "[x]". */
const CLOZE = /(?<![[!\]])\[(?![\^\s[])([^[\]\n]{2,80})\](?![[(:\]])/g;

export interface Clause {
  line: number;
  /** Its columns in the line: [from, to). */
  from: number;
  to: number;
  /** The line's mentions that lie inside it, in order. */
  mentions: Mention[];
  /** The date that leads the line and dates every clause on it. */
  lineDate?: Mention;
}

/** A field's label at the line's start: a list marker, then one to three words and a colon ("Provenance:", "E:"). */
const FIELD_LABEL = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?\p{Lu}[\p{L}'’]*(?:[ /][\p{L}'’]+){0,2}:(?:\*\*)?\s+/u;

/**
 * Is the line a row of comma-separated values, as a spreadsheet exports them? Three commas or more outside double
 * quotes, none followed by a space nor grouping thousands ("1,500"), and no list marker, heading, quote or table.
 */
export function csvRow(text: string): boolean {
  if (/^\s*(?:[-*+•#>|]|\d+[.)]\s)/.test(text)) return false;
  const digit = (c: number) => c >= 0x30 && c <= 0x39;
  let quoted = false,
    fields = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) quoted = !quoted;
    else if (c === 0x2c /* , */ && !quoted) {
      if (text.charCodeAt(i + 1) === 0x20) return false;
      if (!(digit(text.charCodeAt(i - 1)) && digit(text.charCodeAt(i + 1)))) fields++;
    }
  }
  return fields >= 3;
}

/** The clauses of a line that hold a mention: cut at sentence ends (not after an initial or `c.`) and semicolons. */
export function clausesOf(n: NoteAnalysis, line: number): Clause[] {
  const text = lineOf(n, line);
  const ms = mentionsRead(n, line);
  if (!ms.length) return [];
  const cuts: number[] = [0];
  // Where the first sentence ends: a date leading the line dates that sentence only ("8–9 November 1923: the
  // Munich Putsch. Hitler … writes Mein Kampf there" says nothing of when the book was written).
  const ends: number[] = [];
  // A footnote's marker may follow the sentence's end: "Bukharin in 1938.[^2] Marshal Tukhachevsky was shot …".
  // A telegram's STOP ends one too: "LENIN RETURNS 3 APRIL 1917 STOP APRIL THESES".
  const re = /([.!?;])(?:\[\^[^\]\s]+\])?\s+|(?<=\s)STOP(?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1] === undefined) {
      cuts.push(m.index + m[0].length);
      ends.push(m.index + m[0].length);
      continue;
    }
    // A title's own mark ends no sentence when the words go on in lower case: "Lenin's What Is to Be Done? came out
    // in 1902".
    const at = m.index;
    if (
      (m[1] === '?' || m[1] === '!') &&
      /^\p{Ll}/u.test(text.slice(at + m[0].length)) &&
      ms.some((x) => x.start < at && at <= x.end)
    )
      continue;
    if (m[1] === '.') {
      if (cutShort(text, m.index)) continue;
      // A date's own points: "15. 9. 1935".
      if (ms.some((x) => x.kind === 'date' && x.start < at && at < x.end)) continue;
      const word = /(\S+)$/.exec(text.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
      if (/^\d+$/.test(word) && /^\s*$/.test(text.slice(0, m.index - word.length).replace(/^[\s*+\-•>]*/, '')))
        continue; // "3. " list numbers
    }
    cuts.push(m.index + 1);
    if (m[1] !== ';') ends.push(m.index + 1);
  }
  cuts.push(text.length);
  // A field's label that opens the line is no part of what the line says: "Context: Khrushchev was removed …".
  const label = FIELD_LABEL.exec(text);
  if (label && !ms.some((x) => x.start < label[0].length) && cuts[1] > label[0].length) cuts[0] = label[0].length;
  // A field's label may stand before the date: "CAPTION: 13 March 1921 – Freikorps troops occupy Berlin", "Turning
  // point: 1 September 1911 – Stolypin shot".
  // A heading's marks and a definition's colon open a line as a list marker does: "### 27 Feb 1934 – Reichstag fire",
  // ": 15 Sept 1936 - Jews lose citizenship".
  const lead = LINE_LEAD.exec(text)![0].length;
  const first = ms[0];
  // Or the date, the one thing it dates, then the dash: "- 9 Jan 1905 Bloody Sunday – Gapon leads a march …".
  const second = ms[1];
  const named =
    !!second &&
    second.kind !== 'date' &&
    /^\s+$/.test(text.slice(first.end, second.start)) &&
    /^\s*(?:[–—:]|\s-\s|→)/.test(text.slice(second.end));
  // A date, or a place and a date, as a sentence of its own dates the sentence after it: "March 1921. The Ehrhardt
  // Brigade marches into Berlin …", "Kiev, September 1912. At the opera Stolypin is shot …".
  const leadIn = leadInDate(text, ms, lead);
  const firstEnd = ends[leadIn ? 1 : 0] ?? text.length;
  // A date in a row's first field dates the row: "20 Dec 1917,Cheka set up,Dzerzhinsky,,,secret police".
  const lineDate =
    leadIn ??
    dateline(text, ms, lead) ??
    (first.kind === 'date' && first.start === lead && text.charAt(first.end) === ',' && csvRow(text)
      ? first
      : undefined) ??
    (first.kind === 'date' &&
    first.start === lead &&
    // "1905, Oct – …": a timeline's year, then its month or day, then the dash.
    (/^(?:\*\*)?(?:,\s*(?:\d{1,2}\s+)?\p{L}{3,9}\.?(?:\s+\d{1,2})?)?\s*(?:[:–—-]|→)/u.test(text.slice(first.end)) ||
      named)
      ? first
      : undefined);
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i],
      to = cuts[i + 1];
    const inside = ms.filter((x) => x.start >= from && x.end <= to);
    if (inside.length) out.push({ line, from, to, mentions: inside, lineDate: to <= firstEnd ? lineDate : undefined });
  }
  return out;
}

/** The date of a line that opens with a date, or a place, a comma and a date, and a full stop. */
function leadInDate(text: string, ms: readonly Mention[], lead: number): Mention | undefined {
  const [a, b] = ms;
  const date = a?.kind === 'date' ? a : a?.kind === 'place' && b?.kind === 'date' ? b : undefined;
  if (!date || a.start !== lead || (date === b && !/^,\s*$/.test(text.slice(a.end, b.start)))) return undefined;
  return /^\.\s+\p{Lu}/u.test(text.slice(date.end)) ? date : undefined;
}

/** A news dateline's date: a place, a comma, the date and a dash ("PETROGRAD, 5 JANUARY 1918 — ASSEMBLY MEETS"). */
function dateline(text: string, ms: readonly Mention[], lead: number): Mention | undefined {
  const [a, b] = ms;
  if (a?.kind !== 'place' || b?.kind !== 'date' || a.start !== lead) return undefined;
  return /^,\s*$/.test(text.slice(a.end, b.start)) && /^\s*[—–]\s+\S/.test(text.slice(b.end)) ? b : undefined;
}

/** The folded words of a text. */
export function words(text: string): string[] {
  return foldName(text).match(/[\p{L}']+/gu) ?? [];
}

/** "According to" a rule, not a person's word: "according to arrest quotas", "according to the plan". */
const ACCORDING_TO_PLAN = new RegExp(
  String.raw`\baccording(?=\s+to\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\p{Ll}-]+\s+)?` +
    String.raw`(?:quotas?|plans?|orders?|rules?|laws?|schedule|instructions)\b)`,
  'giu',
);

/**
 * "Called" a strike or a meeting: summoning, not naming ("the unions called a general strike"); and "called off",
 * ending it ("called off passive resistance"). Not "called for", which asks for what has not happened yet.
 */
const CALLED_ONE = new RegExp(
  String.raw`\bcalled(?=\s+off\b|\s+(?:a|an)\s+(?:general\s+)?` +
    String.raw`(?:strike|meeting|election|elections|conference|congress|halt|referendum|plebiscite)\b)`,
  'gi',
);

/** "Then" after a word and before a verb in the past: what came next. */
const THEN_DID = new RegExp(
  // The word first, so that a long run of spaces is never read back from each of its spaces.
  String.raw`\bthen(?<=[\p{L}\p{N}]\s{1,60}then)(?=\s+(?:swore|took|made|gave|led|won|lost|began|fled|wrote|sent|` +
    String.raw`came|ran|held|met|rose|fell|spoke|fought|left|\p{Ll}{3,}ed)\b)`,
  'giu',
);

/** A verb of telling, those told, and "not" before "to": what they were told not to do. */
const TOLD_NOT = new RegExp(
  String.raw`\b((?:told|tells|urged|urges|asked|asks|ordered|orders|called\s+on|encouraged|instructed)\s+` +
    String.raw`(?:[\p{L}'’]+\s+){0,3}?)not(?=\s+to\b)`,
  'giu',
);

/** A hedge word, as a whole word (a run of letters and apostrophes). */
const HEDGE_WORDS = new RegExp(
  String.raw`(?<![\p{L}'])(${[...HEDGES].map((w) => w.replace(/'/g, "'")).join('|')})(?![\p{L}'])`,
  'giu',
);
const TRAILING_PARTICIPLE = /,\s+\p{L}+ing\b[^,;:()]*$/u;
const TRAILING_APPOSITION = /,\s+(?:a|an)\s+\p{L}+\b[^,;:()]*$/u;
const TRAILING_DENIAL = /(?:,|\s+but)\s+(?:not\s+\p{L}+ed|never|no\s+(?:longer|\p{L}+))\b.*$/u;

/**
 * The words by which the clause hedges, negates or debates what it says (`debated` for "is debated"): a rule
 * checks a clause only when it tolerates every one of them (most tolerate none).
 */
export function hedgesIn(text: string, clause: Clause): Set<string> {
  // A trailing participle clause says something else: "Nicholas II abdicated in 1917, leaving no heir".
  // A date is no hedge: "May 1928" is a month, not "may".
  let body = '';
  let at = clause.from;
  // Nor is a name: "Order No. 1".
  for (const m of clause.mentions) {
    if (m.start < at || m.end > clause.to) continue;
    body += text.slice(at, m.start) + ' '.repeat(m.end - m.start);
    at = m.end;
  }
  body = (body + text.slice(at, clause.to)).replace(TRAILING_PARTICIPLE, '');
  // "Until" opening a clause with a subject of its own tells when that ended, not the claim, when it names nothing:
  // "Freikorps units seized Berlin until a general strike defeated them".
  const until = body.includes('until') ? /\buntil\s+(?:a|an|the|they|he|she|it|his|her|their)\s/i.exec(body) : null;
  if (until && !clause.mentions.some((m) => m.start >= clause.from + until.index))
    body = body.slice(0, until.index) + '     ' + body.slice(until.index + 5);
  // A relative clause in a bracket has hedges of its own: "in favour of his brother Michael (who said no)".
  if (body.includes('(')) body = body.replace(/\((?:who|which|whom)\s[^()]*\)/giu, (w) => ' '.repeat(w.length));
  // So does a trailing apposition that names nothing: "became General Secretary in April 1922, a job most comrades
  // thought was just paperwork".
  const apposition = body.includes(', a') ? TRAILING_APPOSITION.exec(body) : null;
  if (apposition && !clause.mentions.some((m) => m.end > clause.from + apposition.index && m.kind !== 'date'))
    body = body.slice(0, apposition.index);
  // A trailing denial of something else, or a consequence after an arrow, naming nothing: "read to the 13th
  // Congress but not published", "flees to Sweden, never comes back", "army cut to 10,000 men, no air force, no
  // tanks", "Nuremberg Laws, Sept 1933 → Jews lose citizenship, no mixed marriages".
  // Or a relative clause naming nothing: "told soldiers to obey only orders that did not contradict the Soviet's".
  const denial =
    (/\b(?:not|never|no)\b/i.test(body) ? TRAILING_DENIAL.exec(body) : null) ??
    /\s(?:→|->)\s/.exec(body) ??
    /\s(?:that|which)\s(?=[^,;]*\b(?:not|never|no|nothing|none)\b)/i.exec(body);
  // Where its words begin: the spaces before them may be a name's, blanked.
  const cut = denial ? denial.index + denial[0].length - denial[0].trimStart().length : body.length;
  // A concept is named in passing, not denied a date: "Nuremberg Laws Sept 1936 – Jews lose citizenship, no
  // marriage/relations with "Aryans"".
  if (!clause.mentions.some((m) => m.kind !== 'date' && m.kind !== 'concept' && m.start >= clause.from + cut))
    body = body.slice(0, cut);
  // The rewrites below only matter where "then" or a negation stands: most clauses hold neither.
  const negated = /\b(?:not|never|no)\b/i.test(body);
  const then = /\bthen\b/i.test(body);
  // "Then" opening a sentence joins it to the one before; it hedges nothing in it: "Then in his 'Dizzy with Success'
  // article of March 1931 he blamed local officials".
  if (then) body = body.replace(/^(\s*(?:[-*+•]\s+)?)then\b/i, (w, lead: string) => lead + '    ');
  // What someone was told not to do is no denial of the claim: "went to Vyborg and told Russians not to pay taxes".
  if (negated) body = body.replace(TOLD_NOT, (w, lead: string) => lead + '   ');
  // Nor is a contrast that names nothing, denying one manner for another: "defeated not by the army but by a
  // general strike".
  if (negated)
    body = body.replace(/\bnot\s+(?:[\p{L}'’-]+\s+){1,6}?but\b/giu, (w, at: number) =>
      clause.mentions.some((m) => m.end > clause.from + at && m.start < clause.from + at + w.length)
        ? w
        : ' '.repeat(w.length),
    );
  // A condition's own negation, whatever it names: "told soldiers to obey their officers only when orders did not
  // clash with the Soviet's decisions".
  // So is a reason's: "killed around 4 million people, partly because grain exports were not stopped in time",
  // "rejected the October Manifesto as not going far enough".
  const condition =
    negated &&
    (/\sonly\s+(?:when|if)\s(?=[^,;]*\b(?:not|never|no)\b)/i.exec(body) ??
      /,\s*(?:\p{L}+ly\s+)?(?:because|since|although|though|whereas)\s(?=[^;]*\b(?:not|never|no)\b)/iu.exec(body) ??
      /\s(?:as|for)\s+not\s+\p{L}+ing\b/iu.exec(body));
  if (condition) body = body.slice(0, condition.index);
  // "Then" after a comma and before a description tells what a thing was at the time, not what came next: "Hitler
  // joined the NSDAP, then just a few dozen men".
  // Nor a second thing done after "and then": "begun in 1881 under Alexander III and then driven on by Witte".
  if (then) body = body.replace(/\band\s+then(?=\s+\p{Ll}+(?:ed|en)\b)/giu, (w) => ' '.repeat(w.length));
  // Nor "then" between a subject and its verb in the past, telling what came next: "Every soldier of the Wehrmacht
  // then swore an oath".
  if (then) body = body.replace(THEN_DID, (w) => ' '.repeat(w.length));
  if (then)
    body = body.replace(/,\s*then\s+(?=(?:just|only|still|a|an|little|barely|merely|a\s+mere)\b)/gi, (w) =>
      ' '.repeat(w.length),
    );
  // The hedge words are plain ASCII: found as whole words in the text, without folding every word of it.
  const found = new Set<string>();
  // A word of time in a bracket tells of something else: "work begins on the Trans-Siberian (later Witte's pet
  // project)".
  const unbracketed = body.replace(/\([^()]*\)/g, (b) =>
    /\b(?:later|then|now)\b/i.test(b) ? ' '.repeat(b.length) : b,
  );
  // "According to" a plan or a quota tells how, not whose word it is: "sentenced people according to arrest quotas".
  // "Some" before a number is "about", not "some historians": "some 3 million serfs were freed".
  const counted = placesInTurn(text, clause, unbracketed)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\bsome(?=\s+\d)/gi, '    ')
    // "Say" as a noun is no one's word: "Duma w/ real say over laws", "no say in policy".
    .replace(/\b(?:a|real|no|any|little|more|less|final|full|equal|proper|greater|bigger)\s+say\b/gi, (w) =>
      w.replace(/say$/i, '   '),
    )
    // "Not because" denies a reason, "not only" adds one: neither denies what the clause tells.
    .replace(/\bnot(?=\s+(?:because|only|just|merely|simply)\b)/gi, '   ')
    .replace(ACCORDING_TO_PLAN, (w) => ' '.repeat(w.length))
    .replace(CALLED_ONE, (w) => ' '.repeat(w.length));
  for (const x of counted.matchAll(HEDGE_WORDS)) found.add(x[1].toLowerCase());
  if (DEBATED.test(body)) found.add('debated');
  return found;
}

/**
 * "Then" between two places is a route, not a hedge of time: "govt flees to Dresden then Stuttgart". The body is
 * the clause's text from its start, names blanked.
 */
function placesInTurn(text: string, clause: Clause, body: string): string {
  if (!/\bthen\b/i.test(body)) return body;
  return body.replace(/\bthen\b/gi, (w, at: number) => {
    const col = clause.from + at;
    const before = clause.mentions.filter((m) => m.end <= col).pop();
    const after = clause.mentions.find((m) => m.start >= col + w.length);
    const route =
      before?.kind === 'place' &&
      after?.kind === 'place' &&
      /^[\s,]*$/.test(text.slice(before.end, col)) &&
      /^\s+(?:to\s+|on\s+to\s+)?(?:the\s+)?$/i.test(text.slice(col + w.length, after.start));
    return route ? '    ' : w;
  });
}

/**
 * A clause made of a name, a gap and part of a line, [from, to): the subject a line leaves out put back
 * ("Trotsky" + " " + "became General Secretary in 1922"). The mentions in the part move with it; `shift` takes a
 * column of the made text back to the line's.
 */
export function withSubject(
  line: number,
  name: string,
  subject: Mention,
  text: string,
  from: number,
  to: number,
  mentions: readonly Mention[],
  gap = '',
): { text: string; clause: Clause; shift: number } {
  const shift = from - name.length - gap.length;
  const made = name + gap + text.slice(from, to);
  const moved = mentions
    .filter((x) => x.start >= from && x.end <= to)
    .map((x) => ({ ...x, start: x.start - shift, end: x.end - shift }));
  const clause: Clause = {
    line,
    from: 0,
    to: made.length,
    mentions: [{ ...subject, start: 0, end: name.length }, ...moved],
  };
  return { text: made, clause, shift };
}

/** Does the full stop at `stop` end a word cut short, an initial or an abbreviation ("J.", "Conf.", "Art.")? */
export function cutShort(text: string, stop: number): boolean {
  // A bracket or a quote may open it: "Kirov (b. Kostrikov, 1886)".
  const word = /([^\s(["“‘]+)$/.exec(text.slice(Math.max(0, stop - 6), stop))?.[1] ?? '';
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word);
}

/**
 * The clause of the line that holds column `at`, from `at` on, with the mentions from there: what is said after a
 * pronoun or an answer's marker ("A: He shot himself …"). A line that names nothing is one clause.
 */
export function clauseFrom(n: NoteAnalysis, line: number, at: number): Clause {
  const c = clausesOf(n, line).find((x) => x.from <= at && at < x.to);
  return c
    ? { ...c, from: at, mentions: c.mentions.filter((x) => x.start >= at) }
    : { line, from: at, to: lineOf(n, line).length, mentions: [] };
}

/** Is the column inside a bracket opened at or after `from`: the last "(" before it not yet closed? */
export function inBracket(text: string, at: number, from = 0): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= from && text.lastIndexOf(')', at) < open;
}

/** The clause's dates, with the date that leads its line when that dates it but lies outside it. */
export function clauseDates(clause: Clause): Mention[] {
  const dates = clause.mentions.filter((x) => x.kind === 'date');
  if (clause.lineDate && !dates.includes(clause.lineDate)) dates.push(clause.lineDate);
  return dates;
}

/**
 * The spans of the clause's dates as day keys, or undefined where it has none, or one is approximate or unreadable:
 * whether the clause lies within a time (a cued figure's, an outcome's).
 */
export function datedSpans(clause: Clause): [number, number][] | undefined {
  const out: [number, number][] = [];
  for (const d of clauseDates(clause)) {
    const from = d.date && !d.date.approximate ? parseIsoDate(d.date.from) : undefined;
    const to = d.date && !d.date.approximate ? parseIsoDate(d.date.to) : undefined;
    if (!from || !to) return undefined;
    out.push([startKey(from), endKey(to)]);
  }
  return out.length ? out : undefined;
}

/** Does the clause have a date, and does every date it has lie within [from, to] (ISO dates)? */
export function datedWithin(clause: Clause, from: string, to: string): boolean {
  const a = parseIsoDate(from),
    b = parseIsoDate(to);
  const spans = datedSpans(clause);
  return !!a && !!b && !!spans && spans.every(([x, y]) => x >= startKey(a) && y <= endKey(b));
}

/**
 * Do the clause's dates reach from the start of [from, to] (ISO dates) to its end, all of that time (`exactly`:
 * and no more)?
 */
export function coversSpan(clause: Clause, from: string, to: string, exactly = true): boolean {
  const a = parseIsoDate(from),
    b = parseIsoDate(to);
  const spans = datedSpans(clause);
  if (!a || !b || !spans) return false;
  const first = Math.min(...spans.map(([x]) => x)),
    last = Math.max(...spans.map(([, y]) => y));
  return exactly ? first === startKey(a) && last === endKey(b) : first <= startKey(a) && last >= endKey(b);
}

/** The text between two columns with the dates in it taken out. */
export function withoutDates(text: string, mentions: readonly Mention[], from: number, to: number): string {
  let out = text.slice(from, to);
  for (const x of mentions)
    if (x.kind === 'date' && x.start >= from && x.end <= to) out = out.replace(text.slice(x.start, x.end), '');
  return out;
}

/**
 * `s`, the text of a line from column `from`, with the dates among the mentions that lie within [from, to) blanked,
 * every column kept: "unemployment 1932: c. 600,000" reads its figure, not its year.
 */
export function blankDates(s: string, mentions: readonly Mention[], from: number, to: number): string {
  let out = s;
  for (const x of mentions)
    if (x.kind === 'date' && x.start >= from && x.end <= to)
      out = out.slice(0, x.start - from) + ' '.repeat(x.end - x.start) + out.slice(x.end - from);
  return out;
}

/**
 * The one entity of the kinds asked named on the nearest line above that names any (outside brackets), at most
 * `reach` non-blank lines up: the antecedent of a pronoun. Undefined when that line names two, or names one unsurely
 * (a misspelling, a second candidate).
 */
export function oneNamedAbove(
  n: NoteAnalysis,
  line: number,
  reach: number,
  kinds: ReadonlySet<string>,
): Mention | undefined {
  for (let l = line - 1, seen = 0; l >= 0 && seen < reach; l--) {
    const t = lineOf(n, l);
    if (!t.trim()) continue;
    seen++;
    const named = n.mentionsOnLine(l).filter((m) => kinds.has(m.kind) && !inBracket(t, m.start));
    if (!named.length) continue;
    const first = named[0];
    return new Set(named.map((m) => m.id)).size === 1 && !first.candidates && !first.misspelling ? first : undefined;
  }
  return undefined;
}

/** What may stand before a date that leads its line: a heading's or a list's marks, bold, a field's label. */
const LINE_LEAD = new RegExp(
  String.raw`^\s*(?:#{1,6}\s+|:\s+|[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?` +
    String.raw`(?:\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}:(?:\*\*)?\s+)?`,
  'u',
);

/** How far up a heading is looked for: a bound on the work a line costs. */
const HEADING_REACH = 100;

/** The nearest heading line above, at most `reach` lines up. */
export function headingAbove(n: NoteAnalysis, line: number, reach = HEADING_REACH): number | undefined {
  // The raw line: blanking never touches a heading's marks, and a walk up must not displace lineOf's kept line.
  for (let l = line - 1; l >= 0 && l >= line - reach; l--) if (/^\s{0,3}#{1,6}\s/.test(n.lineText(l))) return l;
  return undefined;
}
