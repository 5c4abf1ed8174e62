/**
 * The fact checker: a dated entity paired with a date that contradicts the knowledge base, a place called by a
 * name it did not bear yet, a body that did not exist then, a person acting after their death, and the confusion
 * of a party conference with the congress of the same number. Each is a rule of its own in this folder.
 *
 * Precision first. A claim is checked only inside one clause (clauses.ts), only when the date stands next to the
 * entity with nothing dated between them (pairing.ts), and never when the wording hedges or relates rather than
 * dates (`after`, `before`, `by`, `until`, `not`, `later`, …: words.ts).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseIsoDate } from '../../kb/dates';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { Code, toSeverity } from '../findings';
import { actsAfterDeath } from './actsAfterDeath';
import { battlePlaces } from './battlePlaces';
import { birthPlace } from './birthPlace';
import { bodiesNotYet } from './bodiesNotYet';
import { clausesOf, hedgesIn, lineOf, type Clause } from './clauses';
import { deathManner } from './deathManner';
import { deathPlace } from './deathPlace';
import { eventPlace } from './eventPlace';
import { meetingPlace } from './meetingPlace';
import { writtenWhere } from './writtenWhere';
import { exile } from './exile';
import { fates } from './fates';
import { carriedFigures, figures, SCALE_WORD } from './figures';
import { founding } from './founding';
import { inversions } from './inversions';
import { killers } from './killers';
import { lookalikeBodies } from './lookalikeBodies';
import { lifeDates } from './lifeDates';
import { lifeSpan } from './lifeSpan';
import { occasionBodies } from './occasionBodies';
import { occasionDates } from './occasionDates';
import { officeHolders } from './officeHolders';
import { offices } from './offices';
import { dateFor, datedSpan, overlaps, participleDate } from './pairing';
import { personEvents } from './personEvents';
import { placeNames } from './placeNames';
import { quotes } from './quotes';
import { renamings } from './renamings';
import { results } from './results';
import { sharedNames } from './sharedNames';
import { siteNear } from './siteNear';
import { successors } from './successors';
import { trials } from './trials';
import { verdicts } from './verdicts';
import { who } from './who';
import type { Claim, FactRule, FactSeverities } from './rule';
import { PART_HEDGES } from './words';

/** The rules in the order they are asked; the first that speaks to a claim is the last asked. */
const RULES: readonly FactRule[] = [
  sharedNames,
  renamings,
  lifeSpan,
  quotes,
  figures,
  results,
  inversions,
  who,
  successors,
  lookalikeBodies,
  occasionBodies,
  // A fate told wrong is said by one rule: a life that went on first, then the manner of a death.
  fates,
  deathManner,
  deathPlace,
  birthPlace,
  exile,
  eventPlace,
  siteNear,
  meetingPlace,
  writtenWhere,
  battlePlaces,
  killers,
  founding,
  occasionDates,
  trials,
  verdicts,
  lifeDates,
  offices,
  officeHolders,
  personEvents,
  actsAfterDeath,
  placeNames,
  bodiesNotYet,
];

/** A hyphen and a word that makes the name before it a modifier: "-related", "-era", "-style". */
const COMPOUND_AFTER = /^[-‐‑](?:related|era|style|type|like|linked|based|inspired|influenced|backed|esque|themed)\b/iu;

/** The most mentions a clause may hold and still be checked. */
const MAX_CLAUSE_MENTIONS = 64;

/** The severity of each kind of finding, from the settings; all undefined when fact checking is off. */
export function severitiesOf(ctx: ServiceContext): FactSeverities {
  const { dates, anachronisms, confusions } = ctx.settings.factCheck;
  return { dates: toSeverity(dates), anachronisms: toSeverity(anachronisms), confusions: toSeverity(confusions) };
}

/** A bold label that opens a line and ends with a colon: "**Point:** …", "- **New opposition:** …". */
const LABEL = /^\s*(?:[-*+•]\s+|\d+[.)]\s+)?(\*\*|__)[^*_\n]{1,60}?(?::\1|\1:)/;

/** Where the clause's opening bold label ends, if it holds no date and the words after it name a subject; else 0. */
function undatedLabelEnd(text: string, clause: Clause): number {
  if (clause.from !== 0) return 0;
  const x = LABEL.exec(text);
  if (!x) return 0;
  const end = x[0].length;
  // The words after it have a subject of their own: "**Bukharin:** shot in 1937" still dates Bukharin's death.
  const own = clause.mentions.some((m) => m.start >= end && m.kind !== 'date' && m.kind !== 'place');
  return !own || clause.mentions.some((m) => m.kind === 'date' && m.start < end) ? 0 : end;
}

/** A table row that opens with a cell holding only a count, up to the pipe after it: "| c. 500,000 |". */
const COUNT_CELL = new RegExp(
  String.raw`^(\s*\|\s*(?:c\.\s*|ca\.\s*|about\s+|approx\.?\s+|around\s+|over\s+|some\s+|nearly\s+|~\s*)?` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*${SCALE_WORD})?\s*)\|`,
  'i',
);

/**
 * A row of figures read as the words it stands for, its first cell's count run on into the next cell: "| c. 500,000
 * | deaths in the 1921–1922 famine |" says "c. 500,000 deaths in the 1921–1922 famine". A year is no count.
 */
function figureRow(text: string): string {
  const x = COUNT_CELL.exec(text);
  if (!x || (!x[3] && /^(?:1[0-9]{3}|20[0-9]{2})$/.test(x[2]))) return text;
  return text.slice(0, x[1].length) + ' ' + text.slice(x[1].length + 1);
}

/** The fact checker's findings on one line: a claim is checked only inside the line that makes it. */
export function checkFactsOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const severities = severitiesOf(ctx);
  if (Object.values(severities).every((s) => s === undefined)) return [];
  const out: Diagnostic[] = [];
  const text = figureRow(lineOf(n, line));
  const clauses = keptDay(ctx, clausesOf(n, line));
  clauses.forEach((clause, k) => {
    out.push(...checkClause(ctx, text, clause, severities));
    if (text.charAt(clause.to - 1) !== ';') return;
    // The clause after the semicolon, whether it names anything or not.
    const end = text.slice(clause.to).search(/[.;!?](?:\s|$)/);
    const next =
      clauses[k + 1]?.from === clause.to
        ? clauses[k + 1]
        : { line, from: clause.to, to: end < 0 ? text.length : clause.to + end + 1, mentions: [] };
    out.push(...carriedFigures(ctx, text, clause, next, severities));
  });
  return once(out);
}

/**
 * A line's date to the day that a thing of its first clause keeps to the day is that thing's, and dates no later
 * clause: "17.9.1939. Soviets invade eastern Poland; Winter War vs Finland 105 days".
 */
function keptDay(ctx: ServiceContext, clauses: Clause[]): Clause[] {
  const d = clauses[0]?.lineDate?.date;
  if (!d || d.from !== d.to || d.from.length !== 10) return clauses;
  const day = parseIsoDate(d.from)!;
  // The first clause that names a thing (a date standing as a sentence of its own is a clause before it).
  const k = clauses.findIndex((c) => c.mentions.some((x) => x.kind !== 'date'));
  const kept =
    k >= 0 &&
    clauses[k].mentions.some((x) => {
      const e = x.kind !== 'date' && !x.candidates ? ctx.kb.get(x.id) : undefined;
      const s = e && e.kind !== 'person' && e.kind !== 'place' ? datedSpan(e) : undefined;
      return !!s && s.from.day !== undefined && overlaps(s.from, s.to, day, day);
    });
  return kept ? clauses.map((c, i) => (i > k && c.lineDate ? { ...c, lineDate: undefined } : c)) : clauses;
}

/**
 * The findings on one clause of `text`, at the clause's line. The clause may be made up (a question with its
 * answer, questions.ts): its mentions are then columns of `text`, not of the note's line.
 */
export function checkClause(
  ctx: ServiceContext,
  text: string,
  clause: Clause,
  severities: FactSeverities,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // No sentence a student writes names this many things in one clause; a line of names repeated thousands of
  // times would cost the rules time in proportion to its square.
  if (clause.mentions.length > MAX_CLAUSE_MENTIONS) return out;
  const line = clause.line;
  // The rules each claim may be asked, by the hedges of the clause up to the arrow after it: what follows an arrow
  // is a consequence, and its hedges are its own ("Lenin dies 21 Jan 1922 → Petrograd renamed Leningrad days
  // later" still dates Lenin's death).
  // A word of time tells of its own part of the sentence only: "the Nazi-Soviet Pact of August 1938 divided Eastern
  // Europe, and Stalin ignored warnings before Germany invaded" (Stalin's "then" or "until" is not the pact's).
  const rulesTo = new Map<string, readonly FactRule[]>();
  // A word of naming right before the name names it; it hedges nothing said of it: "elected local councils called
  // zemstva were set up in 1870".
  const rulesFor = (from: number, to: number, own: readonly [number, number], named: boolean): readonly FactRule[] => {
    const key = `${from}:${to}:${own[0]}:${own[1]}:${named}`;
    let rules = rulesTo.get(key);
    if (!rules) {
      const part = from === clause.from && to === clause.to ? clause : { ...clause, from, to };
      const hedges = hedgesIn(text, part);
      if (PART_HEDGES.some((w) => hedges.has(w)) && (own[0] > from || own[1] < to)) {
        const owned = hedgesIn(text, { ...clause, from: Math.max(from, own[0]), to: Math.min(to, own[1]) });
        for (const w of PART_HEDGES) if (!owned.has(w)) hedges.delete(w);
      }
      if (named) hedges.delete('called');
      rules = hedges.size ? RULES.filter((r) => [...hedges].every((h) => r.tolerates?.has(h))) : RULES;
      rulesTo.set(key, rules);
    }
    return rules;
  };
  const datesInClause = clause.mentions.filter((x) => x.kind === 'date' && x !== clause.lineDate);
  // A bold label opening the line with no date of its own names the point made, not a thing dated by the words
  // after it when they have a subject of their own: "**New opposition:** the RSDLP's founding congress met in
  // Minsk in March 1898".
  const labelEnd = undatedLabelEnd(text, clause);
  const labelled = labelEnd
    ? { ...clause, mentions: clause.mentions.filter((x) => x.kind !== 'date'), lineDate: undefined }
    : clause;
  let breaks: [number, number][] | undefined;
  for (const m of clause.mentions) {
    // A misspelling, or a name the note's context could not tie to one entity: precision first.
    if (m.kind === 'date' || m.misspelling || m.candidates) continue;
    // A speaker's name before what they say in the first person: "Malenkov: … Beria, Khrushchev and I were with
    // Stalin; … died 5 March 1953" tells of Stalin, not of the speaker.
    if (m.kind === 'person' && speaker(text, m)) continue;
    // A thing owned by someone the knowledge base does not know is that one's: "Lincoln's Emancipation
    // Proclamation (1863)" is no emancipation of the serfs.
    if (strangersOwn(text, clause, m)) continue;
    // A name made a word of another kind is no claim about the thing: "a WW1-related payment in 2010", "Stalin-era
    // flats", "a Cheka-style police".
    if (COMPOUND_AFTER.test(text.slice(m.end, m.end + 14))) continue;
    // A person after a noun of those around them is no subject: "assassins of Alex II hanged", "supporters of
    // Trotsky expelled".
    if (m.kind === 'person' && OTHERS_OF.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // A first name after a word of kinship is a relative's, whoever else bears it: "his older brother Nicholas died
    // in 1865" (not Nicholas II).
    if (
      m.kind === 'person' &&
      KIN.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !/\s/.test(text.slice(m.start, m.end))
    )
      continue;
    // A name that holds its own year is dated by it, not by another date on the line: "Pogroms in 1881 and the May
    // Laws of 1882".
    const inLabel = m.end <= labelEnd;
    const ownYear = /\b\d{4}\b/.test(text.slice(m.start, m.end));
    const entity = ctx.kb.get(m.id);
    if (!entity) continue;
    const d = inLabel || ownYear ? undefined : dateFor(ctx, text, clause, datesInClause, m, entity);
    const own = ownPart(
      clause,
      (breaks ??= partBreaks(text, clause)),
      Math.min(m.start, d?.start ?? m.start),
      Math.max(m.end, d?.end ?? m.end),
    );
    const named =
      entity.kind !== 'place' && /\bcalled\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
    const rules = rulesFor(leadInEnd(text, clause, m.start), arrowAfter(text, clause, m.end), own, named);
    if (!rules.length) continue;
    const claim: Claim = {
      ctx,
      text,
      clause: inLabel ? labelled : clause,
      mention: m,
      entity,
      at: { line, start: m.start, end: m.end },
      severities,
    };

    // "The Land Captains, introduced in 1899, were …": the participle says what happened at the date, and the words
    // after the apposition say something else.
    if (d && participleDate(text, clause, m, d, text.slice(m.end, d.start))) {
      const to = d.end;
      claim.clause = { ...clause, to, mentions: clause.mentions.filter((x) => x.end <= to) };
    }
    const from = d?.date && parseIsoDate(d.date.from),
      to = d?.date && parseIsoDate(d.date.to);
    if (!d?.date) out.push(...ask(ctx, line, rules, (r) => r.undated?.(claim)));
    else if (from && to) {
      const dated = { ...claim, date: d, value: d.date, from, to, dateAt: { line, start: d.start, end: d.end } };
      out.push(...ask(ctx, line, rules, (r) => r.dated?.(dated)));
    }
  }
  return out;
}

/**
 * Findings said once: two names of one thing paired with one date ("the 17th Congress, the “Congress of
 * Victors”, … 1936"), a question checked on its own and with its answer, a subject read twice.
 */
export function once(found: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  // Nor twice on one name: a body out of its time by the clause's dates and by its heading's; a body's head by the
  // list of everyone who led it and by the office's terms at the date. The one with a fix is kept, and of those the
  // one that tells the date (the office's terms say when), else the first.
  const spot = (x: Diagnostic) => `${x.range.start.line}:${x.range.start.character}:${x.range.end.character}`;
  const rank = (x: Diagnostic) => (hasFix(x) ? 2 : 0) + (x.code === Code.WrongDate ? 1 : 0);
  const best = new Map<string, number>();
  for (const x of found) best.set(spot(x), Math.max(best.get(spot(x)) ?? 0, rank(x)));
  return found.filter((x) => {
    // One message once a line, wherever it is put: a subject read across an arrow may find again what the
    // line's own reading found ("Bukharin = Right → wanted to end NEP").
    const key = `${x.range.start.line}:${x.code}:${x.message}`;
    const at = spot(x);
    if (seen.has(key) || seen.has(at) || rank(x) < best.get(at)!) return false;
    seen.add(key).add(at);
    return true;
  });
}

function hasFix(x: Diagnostic): boolean {
  return (x.data as { fix?: string } | undefined)?.fix !== undefined;
}

/**
 * Where a sentence's parts meet: a colon or semicolon, a spaced dash, a comma before a word that joins another
 * statement (the word is the next part's: "…, until the February Revolution put the Provisional Government in its
 * place").
 */
const PART_BREAK = new RegExp(
  String.raw`[:;]\s|\s[–—-]\s|,\s+` +
    String.raw`(?=(?:and|but|while|whereas|although|though|until|till|before|after|when|which|where|so|yet)\s)`,
  'gi',
);

/** Where the clause's parts meet, each as [start, end) of the break. */
function partBreaks(text: string, clause: Clause): [number, number][] {
  const body = text.slice(clause.from, clause.to);
  return [...body.matchAll(PART_BREAK)].map((x) => [clause.from + x.index, clause.from + x.index + x[0].length]);
}

/** The part of the clause that holds [from, to): from the break before it to the break after it. */
function ownPart(clause: Clause, breaks: readonly [number, number][], from: number, to: number): [number, number] {
  let a = clause.from;
  for (const [start, end] of breaks) {
    if (end <= from) a = end;
    else if (start >= to) return [a, start];
  }
  return [a, clause.to];
}

/** Where the first arrow (or colon after words) after a column lies in the clause, or the clause's end. */
function arrowAfter(text: string, clause: Clause, from: number): number {
  const body = text.slice(from, clause.to);
  const a = body.search(/\s(?:→|->)\s/);
  // A colon after words said of the thing ends them too: what follows tells what it was ("Order No. 1 issued by
  // the Provisional Govt: soldiers obey officers only if orders don't contradict the Soviet"). Not a colon right
  // after a name: "Lenin: did not support the PG" says what the name did.
  const c = body.search(/:\s/);
  const colon = c > 0 && (a < 0 || c < a) && /\b\p{Ll}{3,}\b/u.test(body.slice(0, c).replace(/\([^()]*\)/g, ' '));
  if (colon) return from + c;
  // So does a relative clause about someone named on the way, whose hedges are its own: "the Manifesto was drawn up
  // by Stolypin, who then became chairman …". Not one right after the name: it is about the name.
  // Only one that writes no date: a date in it may be the name's, and its hedges then tell of the date.
  const r = body.search(/,\s+who\s/);
  if (r > 0 && (a < 0 || r < a) && !clause.mentions.some((x) => x.kind === 'date' && x.start >= from + r))
    return from + r;
  return a < 0 ? clause.to : from + a;
}

/**
 * Where the words about a name begin: after a lead-in that ends with a colon before it, names nothing and is a
 * statement of its own, whose hedges are its own ("Terror did not vanish: Alexander Ulyanov was exiled …").
 */
function leadInEnd(text: string, clause: Clause, at: number): number {
  const c = text.lastIndexOf(': ', at);
  if (c < clause.from) return clause.from;
  const lead = text.slice(clause.from, c);
  const named = clause.mentions.some((x) => x.start >= clause.from && x.end <= c);
  return !named && (lead.match(/\p{L}{2,}/gu) ?? []).length >= 3 ? c + 1 : clause.from;
}

/** Before a speaker's name: the line's marker, a timestamp, bold. */
const SPEAKER_BEFORE = /^\s*(?:[-*+•>]\s+)?(?:\[[^\]]{1,20}\]\s*)?(?:\*\*|__)?$/;
/** Words of the first person, as a speaker uses them (case kept: "US" is no "us"). */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b/u;

/** Is the name a speaker's label, "Name:" opening the line, with words in the first person after it? */
export function speaker(text: string, m: Mention): boolean {
  return (
    SPEAKER_BEFORE.test(text.slice(0, m.start)) &&
    /^(?:\*\*|__)?\s*:/.test(text.slice(m.end)) &&
    FIRST_PERSON.test(text.slice(m.end))
  );
}

/** Before a name: a capitalised word's possessive. */
const OWNER = /\b(\p{Lu}\p{Ll}+)['’]s\s+$/u;
/** Titles and common nouns a sentence may open with in the possessive: no stranger's name. */
const NOT_STRANGERS = new Set([
  'Tsar',
  'Tsarina',
  'Kaiser',
  'King',
  'Queen',
  'Pope',
  'President',
  'Chancellor',
  'Emperor',
  'Empress',
  'Party',
  'State',
  'Government',
  'Army',
  'Navy',
  'Church',
  'People',
  'Nation',
  'Country',
  'Regime',
  'Leader',
  'Minister',
  'Premier',
  'Fuhrer',
  'Führer',
  'Duce',
  'General',
  'Marshal',
  'Prince',
  'Count',
]);

/** Is the name owned, in the possessive, by a capitalised word the clause names no entity by ("Lincoln's")? */
function strangersOwn(text: string, clause: Clause, m: Mention): boolean {
  const x = OWNER.exec(text.slice(Math.max(clause.from, m.start - 30), m.start));
  if (!x || NOT_STRANGERS.has(x[1])) return false;
  const at = m.start - x[0].length;
  return !clause.mentions.some((y) => y !== m && y.start <= at && y.end > at);
}

/** A noun of people around a person, and "of", before the person's name. */
const OTHERS_OF = new RegExp(
  String.raw`\b(?:assassins?|killers?|murderers?|executioners?|captors?|jailers?|guards?|bodyguards?|followers?|` +
    String.raw`supporters?|allies|enemies|opponents?|rivals?|critics?|biographers?|widow|wife|sons?|daughters?|` +
    String.raw`brothers?|sisters?|children|family|parents|friends?|associates|men|victims?)\s+of\s+(?:the\s+)?$`,
  'i',
);
/** A word of kinship right before a name: "his brother", "her son", "the Tsar's uncle". */
const KIN = /\b(?:brother|sister|son|daughter|father|mother|uncle|aunt|cousin|nephew|niece|wife|husband|grandson)\s+$/i;

/** The findings of the first rule that speaks to the claim. */
function ask(
  ctx: ServiceContext,
  line: number,
  rules: readonly FactRule[],
  verdict: (r: FactRule) => Diagnostic[] | undefined,
): Diagnostic[] {
  for (const r of rules) {
    // A rule that fails on data it did not expect (a user's pack) costs its own finding, not the note's others.
    let found: Diagnostic[] | undefined;
    try {
      found = verdict(r);
    } catch (err) {
      ctx.logger.error(`a fact check failed on line ${line + 1} and was skipped: ${(err as Error)?.stack ?? err}`);
      continue;
    }
    if (found) return found;
  }
  return [];
}
