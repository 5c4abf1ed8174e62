/**
 * Offices and appointments: a person said to take up, leave or hold an office at a date their roles in the
 * knowledge base contradict ("Lenin became Chairman of Sovnarkom in 1918", "Trotsky was Commissar for War in
 * 1917", "Hitler became Chancellor in 1932").
 *
 * Everything comes from the data: the office is named by one of the person's `roles` (its title, a closing
 * bracket in it, the words before "of", the last of two words), or by a name of an office entity that lists the
 * person in `related` and whose label the role's title is; the dates are the role's `from` and `to`.
 *
 * Precision first. Only the person's own roles, with dates, are compared. A title several roles share (`People's
 * Commissar`) must fit none of them; an office entity's fact that names the person at the date written (a second
 * term) makes the claim right. A date after a term ended may be a later term the knowledge base lacks, so taking
 * up or leaving an office is checked only up to the end of the term, and holding it only before it began. A seat
 * in a body ("Member of the Politburo") is not an office. The date must stand right after the office (`in`,
 * `on`), or lead the line, or open the clause just before the person.
 */
import { dayNumber, daysInMonth, endKey, monthKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { foldName } from '../../kb/normalise';
import type { Entity, Role } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { listing, perKnowledgeBase } from './kbIndex';
import { lastNewStyleDay, mayBeOldStyle, overlaps } from './pairing';
import { correctedDate, isoPhrase, whenPhrase, writtenPhrase } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';
import { contains, indexOf, namesOf, notFirst, termsOf, wordsOf, type Term } from './officeTerms';
import { MEMBERSHIP } from './words';

type Change = 'start' | 'end' | 'held';

/** A pattern from its parts, case-insensitive and sticky: it matches where `lastIndex` puts it. */
function sticky(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'iuy');
}

/** After the person: the words that take up, leave or hold an office, up to the office's name. */
const AFTER: [Change, RegExp][] = [
  [
    'start',
    sticky(
      // An apposition too: "Hindenburg, elected president in 1926 after Ebert's death, was …".
      // And taking the place of another: "Kosygin replaces him as First Secretary".
      String.raw`(?:,\s*|\s+)(?:(?:was|is|had been|has been)\s+)?`,
      // Or one's own appointment: "Nicholas II made himself Supreme Commander".
      String.raw`(?:(?:appointed|appoints|made|makes|named|names|declared|declares)\s+(?:him|her)self\s+(?:as\s+)?|`,
      String.raw`(?:appointed|made|elected|named|promoted)\s+(?:to\s+)?(?:as\s+)?|(?:became|becomes|become)\s+|`,
      String.raw`(?:took|takes|take)\s+(?:over|office)\s+as\s+|was\s+sworn\s+in\s+as\s+|`,
      String.raw`(?:succeeded|succeeds|replaced|replaces)\s+(?!by\b)(?:[\p{L}'’.-]+\s+){1,4}?as\s+)`,
      // Whose office it is may come first: "became the party's General Secretary", "became Germany's Chancellor".
      String.raw`(?:the\s+|a\s+)?(?:[\p{L}-]+['’]s\s+)?(?:(?:first|1st)\s+(?!sec))?`,
    ),
  ],
  [
    'end',
    sticky(
      String.raw`\s+(?:(?:was|had been)\s+)?(?:removed|dismissed|sacked|ousted|replaced|resigned|stepped\s+down|` +
        String.raw`forced\s+out|forced\s+to\s+resign|`,
      String.raw`lost\s+(?:his|her|the)\s+(?:post|position|job|office))\s+(?:(?:as|from)\s+)?(?:(?:the|his|her)\s+)?`,
      String.raw`(?:(?:post|position|office|role|job)\s+(?:of|as)\s+)?(?:the\s+)?`,
    ),
  ],
  // "Stresemann = Chancellor 1923–29", "Loris-Melikov as Minister of War" in notes' shorthand.
  // And a key-people line: "Alexander III – tsar 1881–96".
  [
    'held',
    sticky(
      // A glossary's colon or a plain hyphen too: "Stalin: General Secretary 1922–53", "Hitler - Chancellor 1933".
      String.raw`(?:\s+(?:was|served\s+as|acted\s+as|as)\s+|\s*=\s*|\s+[–—-]\s+|:\s+)`,
      String.raw`(?:the\s+|a\s+)?(?:new\s+|(?:first|1st)\s+(?!sec))?`,
    ),
  ],
  // "Lenin's appointment as Chairman of Sovnarkom", "Trotsky's removal as Commissar for War".
  ['start', /['’]s\s+(?:appointment|election|promotion|elevation)\s+(?:as|to)\s+(?:the\s+)?/iy],
  ['end', /['’]s\s+(?:removal|dismissal|resignation|sacking|ousting)\s+(?:as|from)\s+(?:the\s+)?(?:post\s+of\s+)?/iy],
  // Notes' shorthand with no verb: "Sergei Witte Minister of Finance 1892–1903".
  ['held', /\s+(?=\p{Lu})/uy],
];
/** Before the person (the person is the object): the verb; after: what joins the office's name. */
const BEFORE: [Change, RegExp, RegExp][] = [
  ['start', /\b(?:appointed|made|named|elected)\s+$/i, /\s+(?:as\s+)?(?:the\s+)?/iy],
  [
    'end',
    /\b(?:removed|dismissed|sacked|ousted|replaced)\s+$/i,
    /\s+(?:as|from)\s+(?:the\s+)?(?:(?:post|position|office|role)\s+(?:of|as)\s+)?(?:the\s+)?/iy,
  ],
];
/** Between the office's name and its date. */
const TO_DATE = /^\s*(?:(?:in|on)\s+)?$/i;
/** After a date that follows the office's name and a comma: the clause ends there, or a dash or arrow leads on. */
const DATE_AFTER_COMMA_ENDS = /^\s*(?:$|[–—:;.(]|-\s|→|->)/;
/** What may follow the office's name when its date stands elsewhere: the clause ends. */
const CLAUSE_END = /^\s*(?:[,.;:!?)]|$)/;
/** After "the first" and the office's name: the clause ends, or a date, a bracket or the country follows. */
const PLAIN_FIRST = /^\s*(?:$|[,.;:()–—→!?]|-\s|(?:in|on|from)\s|\d|of\s+(?:the\s+)?\p{Lu})/u;
/** A fact that tells of an appointment: its date is a term's start. */
const APPOINTED = /\b(?:appointed|became|elected|made|named|took)\b/i;
/** "… Chancellor of Germany in 1932": a place after the office's name qualifies it. */
const OF_PLACE = /^\s+of\s+(?:the\s+)?$/i;
/** "In 1918, …": a date opening the clause just before the person. */
const OPENING_DATE = /^\s*(?:[-*+•>]\s+)?(?:\*\*)?in\s+$/i;

export const offices: FactRule = {
  tolerates: new Set(['became']),
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

/**
 * The one replaced, not the one who takes up the post: "Funk replaced Schacht as Minister of Economics in 1938"
 * tells when Schacht's term ended, not that he held it then. Nor one only offered it: "tries to split the Nazis by
 * offering Gregor Strasser Vice-Chancellor".
 */
export function replacedOne(text: string, m: { start: number }): boolean {
  return NOT_HOLDER.test(text.slice(Math.max(0, m.start - 20), m.start));
}
/** Before the one replaced or offered a post. */
const NOT_HOLDER = new RegExp(
  String.raw`\b(?:replaced|replaces|succeeded|succeeds|followed|follows|ousted|ousts|` +
    String.raw`offer(?:ed|ing|s)?|promis(?:ed|ing|es)|propos(?:ed|ing|es))\s+$`,
  'i',
);

function check(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  if (p.kind !== 'person' || !p.roles?.length || severities.dates === undefined) return undefined;
  if (replacedOne(text, m)) return undefined;
  const said = saying(text, clause.from, m);
  if (!said) return undefined;
  const tokens = tokensOf(text, said.at, clause.to);
  const named = namedRoles(ctx.kb, p, tokens);
  if (!named || titleOfNext(text, clause.mentions, named.end)) return undefined;
  // "Hindenburg was the first President": the office's first holder was another. Not the first of a kind: "the
  // first President elected by the people", "the first Chancellor to …".
  if (/\b(?:first|1st)\s+$/i.test(text.slice(m.end, said.at)) && PLAIN_FIRST.test(text.slice(named.end, clause.to))) {
    const other = notFirstOf(ctx.kb, p, named.roles);
    if (other) return [factFinding(claim.at, severities.dates, Code.WrongDate, ...other)];
  }
  const after = text.slice(named.end, clause.to);
  // Held "from" a date, with no end: the term's start ("Stalin: General Secretary from April 1924").
  const since = said.change === 'held' ? heldSince(text, clause.mentions, named.end) : undefined;
  const d = since ?? dateOf(ctx.kb, text, clause, m, named.end, after);
  const change: Change = since ? 'start' : said.change;
  if (!d?.date || d.date.approximate) return undefined;
  const from = parseIsoDate(d.date.from),
    to = parseIsoDate(d.date.to);
  if (!from || !to) return undefined;
  // A date that may be Old Style may mean up to 13 days later in the New Style the terms are kept in: "Oct 1917 –
  // Sovnarkom set up with Lenin as chairman" (26 October OS is 8 November NS).
  // Only against a term whose first day is known: "in 1917" is no Old Style date of a term begun "in 1918".
  const oldStyle = mayBeOldStyle(ctx.kb, d.date.to);
  const upTo = (start: string) => (oldStyle && parseIsoDate(start)?.day ? lastNewStyleDay(to) : to);
  const roles = named.roles.filter((r) => r.from && parseIsoDate(r.from));
  if (roles.length !== named.roles.length || !roles.length) return undefined;
  const written = { from, to };
  const finding = (message: string, source: string, fix?: string) => [
    factFinding(
      { line: clause.line, start: d.start, end: d.end },
      severities.dates!,
      Code.WrongDate,
      message,
      source,
      fix,
    ),
  ];
  const title = (r: Role) => bare(r.title);
  const first = earliest(roles);
  const beganAt = parseIsoDate(first.from!)!;
  // Held over a span ("Stresemann was Chancellor from 1923 to 1929"): wrong where the person's terms leave part of
  // it to another holder the office's own dated facts name.
  const other = change === 'held' ? otherHolder(ctx.kb, p, roles, from, to) : undefined;
  if (other) {
    const terms = roles.map((r) => whenPhrase(parseIsoDate(r.from!)!, parseIsoDate(r.to ?? r.from!)!)).join(' and ');
    const message =
      `${p.label} was ${title(first)} ${terms}, not ${writtenPhrase(d)}:` +
      ` ${other.holder.label} held the post ${whenPhrase(other.from, other.to)}.`;
    return finding(message, other.source);
  }
  // A whole term written with the wrong start ("Witte was Minister of Finance from 1896 to 1903": 1892–1903): the
  // end written is the one term's end, to the year, and the start another year.
  const only = roles.length === 1 && roles[0].to ? parseIsoDate(roles[0].to) : undefined;
  if (change === 'held' && only && from.year !== to.year && to.year === only.year && from.year !== beganAt.year) {
    if (heldPerFacts(ctx.kb, p, roles, 'start', from, from)) return [];
    const message = `${p.label} was ${title(first)} ${whenPhrase(beganAt, only)}, not ${writtenPhrase(d)}.`;
    return finding(message, first.source);
  }
  if (heldPerFacts(ctx.kb, p, roles, change, from, to)) return [];
  if (change === 'start') {
    const elected = /\belected\b/i.test(text.slice(clause.from, said.at));
    const fitsTerm = (r: Role) =>
      fits(r.from!, { from, to: upTo(r.from!) }) ||
      (elected && justBefore(r.from!, to)) ||
      monthAfter(r.from!, from) ||
      daysFrom(r.from!, from);
    if (roles.some(fitsTerm)) return [];
    // Several roles bear the name: only a date before the first of them is surely wrong.
    const end = roles.length === 1 && roles[0].to ? parseIsoDate(roles[0].to) : undefined;
    if (roles.length > 1 ? endKey(upTo(first.from!)) >= startKey(beganAt) : !end || startKey(from) > endKey(end))
      return [];
    const message = `${p.label} became ${title(first)} ${isoPhrase(first.from!)}, not ${writtenPhrase(d)}.`;
    return finding(message, first.source, correctedDate(d, beganAt));
  }
  if (change === 'end') {
    const left = roles.length === 1 && roles[0].to ? parseIsoDate(roles[0].to) : undefined;
    if (!left || fits(roles[0].to!, written)) return [];
    const message = `${p.label} left the post of ${title(first)} ${isoPhrase(first.to!)}, not ${writtenPhrase(d)}`;
    if (endKey(to) < startKey(left)) return finding(`${message}.`, first.source, correctedDate(d, left));
    // Removed after the term ended: only where another held the post by then ("Trotsky removed as War Commissar
    // in Jan 1927": Voroshilov had held it since 1925), not a later term the knowledge base may lack.
    const then = startKey(from) - endKey(left) > LATE_DAYS ? otherHolder(ctx.kb, p, roles, from, to) : undefined;
    if (!then) return [];
    return finding(
      `${message}: ${then.holder.label} held the post ${whenPhrase(then.from, then.to)}.`,
      first.source,
      correctedDate(d, left),
    );
  }
  // Held: only a date before the first term began.
  if (endKey(upTo(first.from!)) >= startKey(beganAt) || !first.to || !parseIsoDate(first.to)) return [];
  const span = whenPhrase(beganAt, parseIsoDate(first.to)!);
  const more = roles.length > 1 ? ' (first time)' : '';
  return finding(`${p.label} was ${title(first)} ${span}${more}, not ${writtenPhrase(d)}.`, first.source);
}

/** How many days after a term ended a removal said is surely not that term's end. */
const LATE_DAYS = 180;

/** Is the office's name a title of the person named right after it: "Hindenburg: Chancellor Papen …"? */
export function titleOfNext(text: string, mentions: readonly Mention[], end: number): boolean {
  const next = mentions.find((x) => x.start >= end);
  return next?.kind === 'person' && /^\s+$/.test(text.slice(end, next.start));
}

/**
 * After the office's name, "from" (or "since", "right from") and one date that no end follows: "General Secretary
 * from April 1924", "Prime Minister right from March 1917".
 */
function heldSince(text: string, mentions: readonly Mention[], end: number): Mention | undefined {
  const d = mentions.find((x) => x.kind === 'date' && x.start >= end);
  if (!d?.date || !/^\s+(?:(?:right|straight|ever)\s+)?(?:from|since)\s+$/i.test(text.slice(end, d.start)))
    return undefined;
  const from = parseIsoDate(d.date.from),
    to = parseIsoDate(d.date.to);
  if (!from || !to || from.year !== to.year || from.month !== to.month) return undefined;
  return SINCE_ENDS.test(text.slice(d.end)) ? d : undefined;
}
/** After a start date: the clause ends, or goes on without naming an end ("from 1924 to 1926" names one). */
const SINCE_ENDS = /^\s*(?:$|[,.;:!?)(]|[–—]\s|-\s|→|->|\bonwards?\b)/;

/**
 * Another named holder of the office in a year (or month, or day: the precision written) of [from, to] that none of
 * the person's terms touches: "1930 to 1932" is right for a term of March 1930 to June 1932. The office is one the
 * roles are (officesOf), and every role must have its dates.
 */
function otherHolder(kb: KnowledgeBase, p: Entity, roles: Role[], from: PartialDate, to: PartialDate) {
  if (roles.some((r) => !r.to || !parseIsoDate(r.to))) return undefined;
  const mine = roles.map((r) => [startKey(parseIsoDate(r.from!)!), endKey(parseIsoDate(r.to!)!)] as const);
  const units = unitsOf(from, to);
  if (!units) return undefined;
  const uncovered = units.filter(([a, b]) => !mine.some(([s, e]) => s <= b && a <= e));
  // The earliest such term: the one a reader meets first in the span written.
  let found: (Term & { holder: Entity }) | undefined;
  for (const o of new Set(roles.flatMap((r) => officesOf(kb, p, r)))) {
    for (const t of termsOf(kb).get(o.id) ?? []) {
      if (!t.holder || t.holder === p) continue;
      if (!uncovered.some(([a, b]) => startKey(t.from) <= b && a <= endKey(t.to))) continue;
      if (!found || startKey(t.from) < startKey(found.from)) found = { ...t, holder: t.holder };
    }
  }
  return found;
}

/** The years (or months, or days) a span written at that precision is made of, as day keys; at most 200. */
function unitsOf(from: PartialDate, to: PartialDate): (readonly [number, number])[] | undefined {
  const out: (readonly [number, number])[] = [];
  if (from.month === undefined) {
    for (let y = from.year; y <= to.year && out.length <= 200; y++)
      out.push([startKey({ year: y }), endKey({ year: y })]);
  } else if (from.day === undefined) {
    // Months counted from year 0, so that one number walks the span.
    const last = to.year * 12 + (to.month ?? 12) - 1;
    for (let n = from.year * 12 + from.month - 1; n <= last && out.length <= 200; n++) {
      const when = { year: Math.floor(n / 12), month: (n % 12) + 1 };
      out.push([startKey(when), endKey(when)]);
    }
  } else out.push([startKey(from), endKey(to)]);
  return out.length > 200 ? undefined : out;
}

/** What the clause says the person did with an office, and where the office's name starts. */
export function saying(
  text: string,
  clauseFrom: number,
  m: Mention,
): { change: Change; at: number; self?: boolean } | undefined {
  // "whom Nicholas II made minister of the interior": the one made is the relative pronoun's, not the name's.
  const whom = /\bwhom\s+$/i.test(text.slice(clauseFrom, m.start));
  for (const [change, re] of AFTER) {
    re.lastIndex = m.end;
    const x = re.exec(text);
    // A title one gave oneself ("Kapp named himself Chancellor") is a claim, not a term of the office.
    if (x && !(whom && !/^\s+(?:was|is|had|has)\b/i.test(x[0])))
      return { change, at: m.end + x[0].length, self: /self\b/i.test(x[0]) };
  }
  const before = text.slice(clauseFrom, m.start);
  for (const [change, verb, join] of BEFORE) {
    if (!verb.test(before)) continue;
    join.lastIndex = m.end;
    const x = join.exec(text);
    if (x) return { change, at: m.end + x[0].length };
  }
  // Last, the shorthand in lower case, as quick notes write it: "Hitler chancellor 30 Jan 1933".
  LOWER_SHORTHAND.lastIndex = m.end;
  const x = LOWER_SHORTHAND.exec(text);
  return x ? { change: 'held', at: m.end + x[0].length } : undefined;
}

/** A word in lower case right after the person, which may open an office's name. */
const LOWER_SHORTHAND = /\s+(?=\p{Ll})/uy;

interface Token {
  word: string;
  end: number;
}

export function tokensOf(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  re.lastIndex = from;
  let x: RegExpExecArray | null;
  let last = from;
  while ((x = re.exec(text)) && x.index < to) {
    // Only words that follow each other: a comma or a bracket ends the name.
    if (!/^\s*$/.test(text.slice(last, x.index))) break;
    last = x.index + x[0].length;
    const word = foldName(x[0]);
    if (word !== 'the') out.push({ word, end: last });
  }
  return out;
}

/** The longest name of one of the person's roles that the words start with, and every role it may name. */
export function namedRoles(kb: KnowledgeBase, p: Entity, tokens: Token[]): { roles: Role[]; end: number } | undefined {
  let best: string[] | undefined;
  for (const r of p.roles!) {
    if (membership(r)) continue;
    for (const name of roleNames(kb, p, r)) {
      if (name.length > tokens.length || (best && name.length <= best.length)) continue;
      if (name.every((w, i) => tokens[i].word === w)) best = name;
    }
  }
  if (!best) return undefined;
  const name = best;
  const roles = p.roles!.filter(
    (r) => (!membership(r) && roleNames(kb, p, r).some((n) => same(n, name))) || contains(wordsOf(bare(r.title)), name),
  );
  return { roles, end: tokens[name.length - 1].end };
}

/** A seat in a body ("Member of the Politburo"), not an office: whether the body existed is bodiesNotYet.ts's. */
function membership(r: Role): boolean {
  return wordsOf(r.title).some((w) => MEMBERSHIP.has(w));
}

/** The names of each role, per knowledge base: every person followed by a capitalised word asks for them. */
const roleNamesCache = perKnowledgeBase(() => new WeakMap<Role, string[][]>());

/** The short forms of titles that notes write, as folded words. */
const ROLE_SHORT = new Map<string, string[][]>([
  ['prime minister', [['pm'], ['premier']]],
  ['general secretary', [['gen', 'sec'], ['gensec']]],
  [
    'first secretary',
    [
      ['first', 'sec'],
      ['1st', 'sec'],
    ],
  ],
  ['president', [['pres']]],
  // "Supreme Commander-in-Chief" is written "Supreme Commander", "commander-in-chief" and "C-in-C".
  ['supreme commander-in-chief', [['supreme', 'commander'], ['commander-in-chief'], ['c-in-c']]],
  ['commander-in-chief', [['c-in-c']]],
]);

/** The names a role goes by, each as folded words. */
function roleNames(kb: KnowledgeBase, p: Entity, r: Role): string[][] {
  const cache = roleNamesCache(kb);
  let names = cache.get(r);
  if (!names) cache.set(r, (names = namesOfRole(kb, p, r)));
  return names;
}

function namesOfRole(kb: KnowledgeBase, p: Entity, r: Role): string[][] {
  const title = bare(r.title);
  const names = [title];
  // A bracket of two words or more names the role too: "Minister-Chairman (prime minister) of the …", "(War
  // Commissar)"; one word is a remark ("(acting)", "(again)").
  for (const b of r.title.matchAll(/\(([^()]+)\)/g)) if (wordsOf(b[1]).length >= 2) names.push(b[1]);
  const of = / of /i.exec(title);
  if (of) names.push(title.slice(0, of.index));
  const ws = wordsOf(title);
  if (!of && ws.length === 2) names.push(ws[1]);
  for (const o of officesOf(kb, p, r)) {
    names.push(o.label, ...o.aliases);
    // "Prime Minister of the Russian Empire" is written "Prime Minister", "Tsar of Russia" "tsar": the title before
    // "of". The role is the person's own, so one word is enough.
    for (const a of [o.label, ...o.aliases]) {
      const cut = / of /i.exec(a);
      if (cut) names.push(a.slice(0, cut.index));
      // "Soviet Prime Minister" is written "Prime Minister" (and so "PM").
      else if (/\s\S+\s+\S+$/.test(a) && /prime\s+minister$/i.test(a)) names.push('prime minister');
    }
  }
  const out = names.map(wordsOf).filter((n) => n.length);
  // "General Secretary" is also written "Secretary-General".
  for (const [a, b] of out.filter((n) => n.length === 2)) out.push([b, a], [`${b}-${a}`]);
  // And notes shorten the common titles: "PM", "Gen Sec", "Pres.".
  for (const n of [...out]) out.push(...(ROLE_SHORT.get(n.join(' ')) ?? []));
  return out;
}

/** The message, source and fix when the one office the roles name had another as its first holder. */
function notFirstOf(kb: KnowledgeBase, p: Entity, roles: Role[]): [string, string, string] | undefined {
  const offices = new Set(roles.flatMap((r) => officesOf(kb, p, r)));
  const o = offices.size === 1 ? [...offices][0] : undefined;
  return o && notFirst(o, termsOf(kb).get(o.id) ?? [], p);
}

/**
 * The office entities a role is: they list the person in `related`, and the role's title, or a bracket in it, is
 * one of their names ("People's Commissar for Internal Affairs (head of the NKVD)").
 */
export function officesOf(kb: KnowledgeBase, p: Entity, r: Role): Entity[] {
  const title = foldName(bare(r.title));
  const brackets = [...r.title.matchAll(/\(([^()]+)\)/g)].map((b) => foldName(b[1]));
  return (linkedOffices(kb).get(p.id) ?? []).filter((o) => {
    const label = foldName(o.label);
    const names = o.aliases.map(foldName);
    return (
      title === label ||
      title.startsWith(label + ' ') ||
      names.includes(title) ||
      brackets.some((b) => b === label || names.includes(b))
    );
  });
}

/** For each person, the organisations with dated facts that list them in `related`: the offices they may hold. */
const linkedOffices = perKnowledgeBase((kb) =>
  listing(kb, (o) => o.kind === 'organisation' && !!o.facts?.some((f) => f.date)),
);

/**
 * A fact of an office the role is that names the person and bears the date written: the knowledge base knows a
 * term the role does not give (Lenin chaired the Union's Sovnarkom from July 1923).
 */
function heldPerFacts(
  kb: KnowledgeBase,
  p: Entity,
  roles: Role[],
  change: Change,
  from: PartialDate,
  to: PartialDate,
): boolean {
  return roles.some((r) =>
    officesOf(kb, p, r).some((o) =>
      (o.facts ?? []).some((f) => {
        const a = f.date ? parseIsoDate(f.date) : undefined;
        const b = f.end ? parseIsoDate(f.end) : a;
        if (!a || !b || !namedFirst(kb, o, p, wordsOf(f.text))) return false;
        if (change === 'start') return APPOINTED.test(f.text) && overlaps(a, a, from, to);
        if (change === 'end') return overlaps(b, b, from, to);
        return overlaps(a, b, from, to);
      }),
    ),
  );
}

/**
 * Is the person the first of the office's people the fact names? "Podvoisky headed the commissariat … when Trotsky
 * took over" tells of Podvoisky's term, not Trotsky's.
 */
function namedFirst(kb: KnowledgeBase, o: Entity, p: Entity, ws: string[]): boolean {
  const at = (x: Entity) => Math.min(...namesOf(x).map((n) => indexOf(ws, n)));
  const mine = at(p);
  if (mine === Infinity) return false;
  return !(o.related ?? []).some((r) => {
    const x = r.id === p.id ? undefined : kb.get(r.id);
    return x?.kind === 'person' && at(x) < mine;
  });
}

/** The date of the claim: right after the office's name, else leading the line, else opening the clause. */
export function dateOf(
  kb: KnowledgeBase,
  text: string,
  clause: { from: number; mentions: Mention[]; lineDate?: Mention },
  m: Mention,
  end: number,
  after: string,
): Mention | undefined {
  const place = clause.mentions.find((x) => x.kind === 'place' && x.start >= end);
  if (place && OF_PLACE.test(text.slice(end, place.start))) {
    end = place.end;
    after = text.slice(end);
  }
  const next = clause.mentions.find((x) => x.kind === 'date' && x.start >= end);
  if (next && TO_DATE.test(text.slice(end, next.start))) return next;
  // "elected president, April 1927 → …": a date after a comma that ends the clause, or a dash, arrow or bracket.
  if (next && /^\s*,\s*$/.test(text.slice(end, next.start)) && DATE_AFTER_COMMA_ENDS.test(text.slice(next.end)))
    return next;
  if (!CLAUSE_END.test(after)) return undefined;
  const dates = clause.mentions.filter((x) => x.kind === 'date');
  // The line's leading date, in the clause or before it: "5 Mar 1953 – Stalin dies; Bulganin becomes …"; before
  // it, only a date that cannot be Old Style ("25–26 Oct 1917 – …; Sovnarkom set up with Lenin as chairman").
  if (clause.lineDate && dates.length === 1 && dates[0] === clause.lineDate) return clause.lineDate;
  if (clause.lineDate && !dates.length && !mayBeOldStyle(kb, clause.lineDate.date?.from ?? '')) return clause.lineDate;
  const opening = dates.length === 1 && dates[0].end <= m.start ? dates[0] : undefined;
  if (
    opening &&
    OPENING_DATE.test(text.slice(clause.from, opening.start)) &&
    /^\s*,?\s*$/.test(text.slice(opening.end, m.start))
  )
    return opening;
  return undefined;
}

/**
 * Does the written date end in the three months before the term began? An election comes before the taking of
 * office: Hindenburg was elected in April 1925 and took office on 12 May.
 */
function justBefore(iso: string, to: PartialDate): boolean {
  const start = parseIsoDate(iso)!;
  return to.month !== undefined && endKey(to) < startKey(start) && monthKey(start) - monthKey(to, true) <= 3;
}

/**
 * Is the written month the one after a start on the last day of its month: "became Reich President in May 1945"
 * (named on 30 April, told on 1 May)?
 */
function monthAfter(iso: string, from: PartialDate): boolean {
  const start = parseIsoDate(iso)!;
  return (
    start.day !== undefined &&
    from.month !== undefined &&
    from.day === undefined &&
    start.day === daysInMonth(start.year, start.month!) &&
    monthKey(from) === monthKey(start) + 1
  );
}

/** How many days a written day may lie from a recorded one: sources date an appointment by decree, announcement or
 * taking office, and in Old Style or New ("Witte made chairman of the Council of Ministers 20 Oct 1905"; 6 November
 * New Style in the data). */
const DAYS_LOOSE = 21;

/** Is the written day within DAYS_LOOSE of the recorded one, both written to the day? */
function daysFrom(iso: string, written: PartialDate): boolean {
  const d = parseIsoDate(iso)!;
  if (d.day === undefined || written.day === undefined || written.month === undefined) return false;
  return Math.abs(dayNumber(d) - dayNumber(written)) <= DAYS_LOOSE;
}

function fits(iso: string, written: { from: PartialDate; to: PartialDate }): boolean {
  const d = parseIsoDate(iso)!;
  return overlaps(d, d, written.from, written.to);
}

function earliest(roles: Role[]): Role {
  return roles.reduce((a, b) => (startKey(parseIsoDate(b.from!)!) < startKey(parseIsoDate(a.from!)!) ? b : a));
}

/** A title without its brackets: "People's Commissar (later Minister) of Foreign Affairs" loses "(later Minister)". */
function bare(title: string): string {
  return title
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
