/**
 * Fact checking of dates: a dated entity paired with a date that contradicts the knowledge base, a place called
 * by a name it did not bear yet, a body that did not exist then, a person acting after their death, and the
 * confusion of a party conference with the congress of the same number.
 *
 * Precision first. A claim is checked only inside one sentence, clause or list item (or under a line that starts
 * with a date: `1926: …`), only when the date stands next to the entity with nothing dated between them, and never
 * when the wording hedges or relates rather than dates (`after`, `before`, `by`, `until`, `not`, `later`, …).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { formatDate, parseIsoDate, startKey, endKey, type PartialDate } from '../kb/dates';
import { foldName } from '../kb/normalise';
import type { Entity } from '../kb/types';
import type { NoteAnalysis } from '../recogniser/document';
import type { Mention } from '../recogniser/types';
import type { ServiceContext } from './context';
import { SOURCE, toSeverity } from './diagnostics';
import { sourceTitle } from './markdown';

/** Words that, right before a date, make it a relation rather than the entity's own date. */
const RELATING = new Set([
  'after',
  'before',
  'since',
  'until',
  'till',
  'by',
  'following',
  'prior',
  'from',
  'to',
  'between',
  'around',
  'about',
  'approximately',
  'circa',
  'c',
  'ca',
  'early',
  'late',
  'mid',
  'later',
  'earlier',
  'than',
]);
/** Words anywhere in the clause that hedge or negate the claim. */
const HEDGES = new Set([
  'not',
  'never',
  'nothing',
  'none',
  "didn't",
  "wasn't",
  'no',
  'perhaps',
  'possibly',
  'probably',
  'maybe',
  'may',
  'might',
  'allegedly',
  'reportedly',
  'supposedly',
  'claimed',
  'claims',
  'disputed',
  'contested',
  'or',
  'then',
  'later',
  'renamed',
  'became',
  'formerly',
  'now',
  'called',
  'known',
  'until',
  'anniversary',
  'some',
  'say',
  'says',
  'argue',
  'argues',
  'argued',
  'according',
  'believe',
  'believed',
  'think',
  'thought',
  'suggest',
  'suggests',
  'suggested',
  'seems',
  'seemed',
  'likely',
  'unlikely',
  'estimated',
  'estimate',
  'if',
  'whether',
]);
const DEATH_WORDS = /\b(died|dies|death|killed|murdered|assassinated|executed|shot|dead)\b/i;
const BIRTH_WORDS = /\b(born|birth)\b/i;
/** Verbs that make a person the actor: acting after one's death is an anachronism. */
const ACTING = new Set([
  'attended',
  'spoke',
  'speaks',
  'wrote',
  'writes',
  'ordered',
  'orders',
  'appointed',
  'appoints',
  'argued',
  'argues',
  'led',
  'leads',
  'met',
  'meets',
  'signed',
  'signs',
  'gave',
  'gives',
  'visited',
  'visits',
  'said',
  'says',
  'decided',
  'decides',
  'voted',
  'votes',
  'launched',
  'launches',
  'introduced',
  'introduces',
  'announced',
  'announces',
  'demanded',
  'demands',
  'denounced',
  'denounces',
  'expelled',
  'expels',
  'arrested',
  'arrests',
  'organised',
  'organized',
  'organises',
  'organizes',
  'attacked',
  'attacks',
]);

interface Unit {
  line: number;
  from: number;
  to: number;
  mentions: Mention[];
  lineDate?: Mention;
}

/** Clauses of a line: cut at sentence ends (not after an initial or `c.`) and at semicolons. */
function units(n: NoteAnalysis, line: number): Unit[] {
  const text = n.lineText(line);
  const ms = n.mentionsOnLine(line);
  if (!ms.length) return [];
  const cuts: number[] = [0];
  const re = /([.!?;])\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1] === '.') {
      const word = /(\S+)$/.exec(text.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
      if (/^(?:\p{Lu}|c|ca|St|Dr|Mr|Mrs|e\.g|i\.e|etc|vs|No)$/u.test(word)) continue;
      if (/^\d+$/.test(word) && /^\s*$/.test(text.slice(0, m.index - word.length).replace(/^[\s*+\-•>]*/, '')))
        continue; // "3. " list numbers
    }
    cuts.push(m.index + 1);
  }
  cuts.push(text.length);
  // A line that opens with a date and a colon or dash dates everything on it: "1926: …", "- 1925 – …".
  const lead = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?/.exec(text)![0].length;
  const first = ms[0];
  const lineDate =
    first.kind === 'date' && first.start === lead && /^(?:\*\*)?\s*[:–—-]/.test(text.slice(first.end))
      ? first
      : undefined;
  const out: Unit[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i],
      to = cuts[i + 1];
    const inside = ms.filter((x) => x.start >= from && x.end <= to);
    if (inside.length) out.push({ line, from, to, mentions: inside, lineDate });
  }
  return out;
}

function words(text: string): string[] {
  return foldName(text).match(/[\p{L}']+/gu) ?? [];
}

function span(e: Entity): { from: PartialDate; to: PartialDate; source: string } | undefined {
  const a = e.start ? parseIsoDate(e.start.date) : undefined;
  if (!a || e.start?.approximate) return undefined;
  const b = e.end ? parseIsoDate(e.end.date) : undefined;
  return { from: a, to: b ?? a, source: e.start!.source };
}

function overlaps(aFrom: PartialDate, aTo: PartialDate, bFrom: PartialDate, bTo: PartialDate): boolean {
  return startKey(aFrom) <= endKey(bTo) && startKey(bFrom) <= endKey(aTo);
}

function spanWords(from: PartialDate, to: PartialDate): string {
  if (startKey(from) === startKey(to) && endKey(from) === endKey(to)) return formatDate(from);
  if (
    from.year === to.year &&
    from.month !== undefined &&
    from.month === to.month &&
    from.day !== undefined &&
    to.day !== undefined
  ) {
    return `${from.day}–${to.day} ${formatDate({ year: to.year, month: to.month })}`;
  }
  if (from.year === to.year && from.day !== undefined && to.day !== undefined) {
    return `${formatDate(from).replace(/ \d+$/, '')} – ${formatDate(to)}`;
  }
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** "on 21 January 1924", "in May 1924", "on 23–31 May 1924", "from 1928 to 1932". */
function whenPhrase(from: PartialDate, to: PartialDate): string {
  const words = spanWords(from, to);
  const single = startKey(from) === startKey(to) && endKey(from) === endKey(to);
  if (single) return `${from.day !== undefined ? 'on' : 'in'} ${words}`;
  if (from.year === to.year && from.month === to.month && from.day !== undefined) return `on ${words}`;
  return `from ${formatDate(from)} to ${formatDate(to)}`;
}

/** The date as the student wrote it, with its preposition: "in 1923", "on 1 December 1933". */
function writtenPhrase(d: Mention): string {
  const a = parseIsoDate(d.date!.from),
    b = parseIsoDate(d.date!.to);
  return a && b && d.date!.from === d.date!.to
    ? whenPhrase(a, b).replace(/^from .*/, `in ${d.date!.words}`)
    : `in ${d.date!.words}`;
}

function isoPhrase(iso: string): string {
  const d = parseIsoDate(iso)!;
  return whenPhrase(d, d);
}

/** The correction for a written date, at the precision the student used. */
function correctedDate(written: Mention, from: PartialDate): string {
  const d = written.date!;
  const p = parseIsoDate(d.from)!;
  if (d.from !== d.to) return String(from.year);
  if (p.day !== undefined && from.day !== undefined) return formatDate(from);
  if (p.month !== undefined && from.month !== undefined) return formatDate({ year: from.year, month: from.month });
  return String(from.year);
}

function diag(
  range: { line: number; start: number; end: number },
  severity: DiagnosticSeverity,
  code: string,
  message: string,
  source: string,
  fix?: string,
): Diagnostic {
  return {
    range: { start: { line: range.line, character: range.start }, end: { line: range.line, character: range.end } },
    severity,
    source: SOURCE,
    code,
    message: `${message} (source: ${sourceTitle(source)})`,
    codeDescription: /^https?:\/\//.test(source) ? { href: source } : undefined,
    ...(fix !== undefined ? { data: { fix } } : {}),
  };
}

/** Is the date `d` paired with mention `m` in this unit: adjacent, nothing dated between, not a relation? */
function paired(ctx: ServiceContext, text: string, unit: Unit, m: Mention, d: Mention): boolean {
  const [a, b] = m.start < d.start ? [m, d] : [d, m];
  const between = withoutApposition(text, unit, m, a.end, b.start);
  // A comma or a dash between them usually starts another clause: "After the 13th Congress, in 1925, …".
  if (between.length > 48 || /[,–—(]/.test(between)) return false;
  // "after the 13th Congress … 1925": the date belongs to what happened after, not to the congress.
  const lead = words(text.slice(Math.max(unit.from, m.start - 16), m.start)).filter((w) => w !== 'the' && w !== 'a');
  if (lead.length && RELATING.has(lead[lead.length - 1])) return false;
  for (const x of unit.mentions) {
    if (x === m || x === d || x.id === m.id) continue;
    if (x.start >= a.end && x.end <= b.start) {
      if (x.kind === 'date') return false;
      const e = ctx.kb.get(x.id);
      if (e && e.kind !== 'place' && e.kind !== 'person' && (e.start || e.end)) return false;
    }
  }
  const before = words(text.slice(Math.max(unit.from, d.start - 24), d.start));
  const prev = before[before.length - 1];
  if (prev && RELATING.has(prev)) return false;
  if (d.date?.approximate) return false;
  return true;
}

const OPEN_APPOSITION = /^\s*,\s*(?:the\s+|a\s+)?["“‘']?$/i;
const CLOSE_APPOSITION = /^["”’']?\s*,/;

/**
 * The text between `from` and `to`, with an apposition that names `m`'s entity again taken out, so that
 * "the 17th Party Congress, the “Congress of Victors”, met in 1936" pairs either name with 1936: the commas
 * around a second name of the same thing do not start another clause.
 */
function withoutApposition(text: string, unit: Unit, m: Mention, from: number, to: number): string {
  // m is itself the apposition: "X, the “m”, met in …" (the same entity named just before it).
  if (from === m.end) {
    const opened = unit.mentions.some(
      (x) => x !== m && x.id === m.id && x.end <= m.start && OPEN_APPOSITION.test(text.slice(x.end, m.start)),
    );
    const close = CLOSE_APPOSITION.exec(text.slice(from, to));
    if (opened && close) return text.slice(from + close[0].length, to);
  }
  // The apposition lies between m and the date: "m, the “X”, met in …".
  for (const x of unit.mentions) {
    if (x === m || x.id !== m.id || x.start < from || x.end > to) continue;
    const close = CLOSE_APPOSITION.exec(text.slice(x.end, to));
    if (OPEN_APPOSITION.test(text.slice(from, x.start)) && close) return text.slice(x.end + close[0].length, to);
  }
  return text.slice(from, to);
}

function gap(m: Mention, x: Mention): number {
  return x.start > m.start ? x.start - m.end : m.start - x.end;
}

/** Congresses, events and documents: things whose date is the date they happened. */
function isOccasion(e: Entity): boolean {
  return e.kind === 'congress' || e.kind === 'event' || e.kind === 'document';
}

/** "The 12th Congress in 1924 debated the Georgian affair": the date goes with the nearer occasion only. */
function closerOccasion(ctx: ServiceContext, unit: Unit, m: Mention, d: Mention, dist: number): boolean {
  return unit.mentions.some((x) => {
    if (x === m || x.kind === 'date' || x.id === m.id || gap(x, d) >= dist) return false;
    const e = ctx.kb.get(x.id);
    return !!e && isOccasion(e);
  });
}

/**
 * "Lenin spoke at the 14th Party Congress": a person as the subject of an acting verb, and a congress or event
 * later in the clause that began after the person's death.
 */
function actingAtLaterOccasion(
  ctx: ServiceContext,
  text: string,
  unit: Unit,
  m: Mention,
  e: Entity,
): { label: string; from: PartialDate; to: PartialDate } | undefined {
  const died = e.died ? parseIsoDate(e.died.date) : undefined;
  if (!died || /^['’]/.test(text.slice(m.end, m.end + 1))) return undefined;
  const verb = words(text.slice(m.end, m.end + 30))[0];
  if (!verb || !ACTING.has(verb)) return undefined;
  for (const x of unit.mentions) {
    if (x.start < m.end || x.kind === 'date') continue;
    const o = ctx.kb.get(x.id);
    if (!o || (o.kind !== 'congress' && o.kind !== 'event')) continue;
    const s = span(o);
    if (s && startKey(s.from) > endKey(died)) return { label: o.label, from: s.from, to: s.to };
  }
  return undefined;
}

const CLAUSE_OPENING = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?in\s+$/i;

/**
 * "In 1919 the Red Army held Leningrad": a clause that opens with "In <date>" dates what it says of a place or
 * a body, even with another dated name between them, when that is the clause's only date and no comma, dash or
 * bracket starts another clause on the way.
 */
function clauseDate(text: string, unit: Unit, d: Mention, m: Mention): Mention | undefined {
  if (d.start > m.start || d.date?.approximate || !CLAUSE_OPENING.test(text.slice(unit.from, d.start)))
    return undefined;
  return /[,–—(:]/.test(text.slice(d.end, m.start).replace(/^\s*,/, '')) ? undefined : d;
}

/** "is debated" hedges; "the congress debated the Georgian affair" only reports. */
const DEBATED = /\b(?:is|are|was|were|remains?|much|hotly|still|long)\s+debated\b/i;

function hedged(text: string, unit: Unit): boolean {
  const clause = text.slice(unit.from, unit.to);
  return DEBATED.test(clause) || words(clause).some((w) => HEDGES.has(w));
}

/** The fact checker's findings on one line: a claim is checked only inside the line that makes it. */
export function checkFactsOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dateSev = toSeverity(ctx.settings.factCheck.dates);
  const anaSev = toSeverity(ctx.settings.factCheck.anachronisms);
  const confSev = toSeverity(ctx.settings.factCheck.confusions);
  if (dateSev === undefined && anaSev === undefined && confSev === undefined) return out;
  const text = n.lineText(line);
  for (const unit of units(n, line)) {
    if (hedged(text, unit)) continue;
    const dates = unit.mentions.filter((x) => x.kind === 'date' && x !== unit.lineDate);
    for (const m of unit.mentions) {
      if (m.kind === 'date' || m.misspelling) continue;
      const e = ctx.kb.get(m.id);
      if (!e) continue;
      // The date that goes with this mention: the nearest paired one, else the line's leading date.
      let d: Mention | undefined;
      let best = Infinity;
      for (const x of dates) {
        const dist = gap(m, x);
        if (dist < best && paired(ctx, text, unit, m, x) && !(isOccasion(e) && closerOccasion(ctx, unit, m, x, dist))) {
          d = x;
          best = dist;
        }
      }
      if (!d && unit.lineDate && !dates.length) d = unit.lineDate;
      if (!d && (e.kind === 'place' || e.kind === 'organisation') && dates.length === 1)
        d = clauseDate(text, unit, dates[0], m);
      if (!d?.date) {
        if (e.kind === 'person' && anaSev !== undefined) {
          const late = actingAtLaterOccasion(ctx, text, unit, m, e);
          if (late)
            out.push(
              diag(
                { line, start: m.start, end: m.end },
                anaSev,
                'anachronism',
                `${e.label} died ${isoPhrase(e.died!.date)}, before the ${late.label} (${spanWords(late.from, late.to)}).`,
                e.died!.source,
              ),
            );
        }
        continue;
      }
      const df = parseIsoDate(d.date.from),
        dt = parseIsoDate(d.date.to);
      if (!df || !dt) continue;
      const dateRange = { line, start: d.start, end: d.end };
      const written = text.slice(m.start, m.end);

      if ((e.kind === 'congress' || e.kind === 'event' || (e.kind === 'document' && !e.end)) && dateSev !== undefined) {
        const s = span(e);
        if (!s || overlaps(s.from, s.to, df, dt)) continue;
        const when = spanWords(s.from, s.to);
        // A conference taken for the congress of the same number, or the other way round.
        if (e.series && confSev !== undefined) {
          const twin = ctx.kb.entities.find(
            (x) => x.series && x.series.number === e.series!.number && x.series.keyword !== e.series!.keyword,
          );
          const ts = twin ? span(twin) : undefined;
          if (twin && ts && overlaps(ts.from, ts.to, df, dt)) {
            const kw = e.series.keyword,
              other = twin.series!.keyword;
            const fixed = written.replace(new RegExp(kw, 'i'), (w) =>
              w[0] === w[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other,
            );
            out.push(
              diag(
                { line, start: m.start, end: m.end },
                confSev,
                'confusion',
                `The ${written} met ${whenPhrase(s.from, s.to)}; in ${d.date.words} it was the ${fixed} (${spanWords(ts.from, ts.to)}).`,
                twin.start!.source,
                fixed,
              ),
            );
            continue;
          }
        }
        out.push(
          diag(
            dateRange,
            dateSev,
            'wrong-date',
            `${e.label}: ${when}, not ${d.date.words}.`,
            s.source,
            correctedDate(d, s.from),
          ),
        );
        continue;
      }

      if (e.kind === 'person') {
        const after = foldName(text.slice(m.end, Math.min(unit.to, m.end + 40)));
        const clause = text.slice(unit.from, unit.to);
        const died = e.died ? parseIsoDate(e.died.date) : undefined;
        const born = e.born ? parseIsoDate(e.born.date) : undefined;
        if (
          died &&
          dateSev !== undefined &&
          DEATH_WORDS.test(clause) &&
          DEATH_WORDS.test(text.slice(Math.min(m.end, d.end), Math.max(m.start, d.start)) + ' ' + after.slice(0, 20))
        ) {
          if (!overlaps(died, died, df, dt))
            out.push(
              diag(
                dateRange,
                dateSev,
                'wrong-date',
                `${e.label} died ${isoPhrase(e.died!.date)}, not ${writtenPhrase(d)}.`,
                e.died!.source,
                correctedDate(d, died),
              ),
            );
          continue;
        }
        if (
          born &&
          dateSev !== undefined &&
          BIRTH_WORDS.test(text.slice(Math.min(m.end, d.end), Math.max(m.start, d.start)))
        ) {
          if (!overlaps(born, born, df, dt))
            out.push(
              diag(
                dateRange,
                dateSev,
                'wrong-date',
                `${e.label} was born ${isoPhrase(e.born!.date)}, not ${writtenPhrase(d)}.`,
                e.born!.source,
                correctedDate(d, born),
              ),
            );
          continue;
        }
        const verb = words(text.slice(m.end, m.end + 30)).find((w) => w !== 's');
        if (
          died &&
          anaSev !== undefined &&
          verb &&
          ACTING.has(verb) &&
          startKey(df) > endKey(died) &&
          !/['’]s?$/.test(text.slice(m.end, m.end + 2))
        ) {
          out.push(
            diag(
              { line, start: m.start, end: m.end },
              anaSev,
              'anachronism',
              `${e.label} died ${isoPhrase(e.died!.date)}, before ${d.date.words}.`,
              e.died!.source,
            ),
          );
        }
        continue;
      }

      if (e.kind === 'place' && e.names?.length && anaSev !== undefined) {
        const used = e.names.find((x) => foldName(x.name) === foldName(written));
        const from = used?.from ? parseIsoDate(used.from) : undefined;
        if (used && from && endKey(dt) < startKey(from)) {
          const then = e.names.find((x) => {
            const f = x.from ? parseIsoDate(x.from) : undefined;
            const t = x.to ? parseIsoDate(x.to) : undefined;
            return (!f || startKey(f) <= endKey(dt)) && (!t || endKey(t) >= startKey(df));
          });
          out.push(
            diag(
              { line, start: m.start, end: m.end },
              anaSev,
              'anachronism',
              `${used.name} got that name ${isoPhrase(used.from!)}${then ? `; in ${d.date.words} it was ${then.name}` : ''}.`,
              used.source,
              then?.name,
            ),
          );
        }
        continue;
      }

      if (e.kind === 'organisation' && anaSev !== undefined) {
        const s = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
        const en = e.end && !e.end.approximate ? parseIsoDate(e.end.date) : undefined;
        if (s && endKey(dt) < startKey(s))
          out.push(
            diag(
              { line, start: m.start, end: m.end },
              anaSev,
              'anachronism',
              `The ${e.label} did not exist yet in ${d.date.words}: it was set up ${isoPhrase(e.start!.date)}.`,
              e.start!.source,
            ),
          );
        else if (en && startKey(df) > endKey(en))
          out.push(
            diag(
              { line, start: m.start, end: m.end },
              anaSev,
              'anachronism',
              `The ${e.label} no longer existed in ${d.date.words}: it ended ${isoPhrase(e.end!.date)}.`,
              e.end!.source,
            ),
          );
      }
    }
  }
  // Two names of one thing paired with one date ("the 17th Congress, the “Congress of Victors”, … 1936") say it once.
  const seen = new Set<string>();
  return out.filter((x) => {
    const key = `${x.range.start.character}:${x.range.end.character}:${x.code}:${x.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
