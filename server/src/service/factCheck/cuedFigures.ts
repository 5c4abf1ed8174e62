/**
 * Figures a note gives without naming the thing they belong to: "unemployment c. 600,000 by early 1932" (about 6
 * million), against a figure whose `cues` name it and whose `date` (to `end`) says when it holds.
 *
 * Precision first. Only a number right after a cue (a date, a colon or a few words between) or right before it
 * ("600,000 unemployed"); only in a clause whose every date lies within the figure's span, and that has a date; only
 * in the part of the clause between arrows that holds the cue, naming no other thing there (people aside; a place
 * may name a part); and, as for every figure, only a number beyond half the lowest estimate or twice the highest,
 * though not one under a hundredth of the lowest, which counts something else.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entity, Figure } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { ServiceContext } from '../context';
import { severitiesOf } from './checkFacts';
import { blankDates, clausesOf, coversSpan, datedWithin, lineOf, type Clause } from './clauses';
import { amountPatterns, beyond, escapeWords, nearWords, NUMBER, ROUGHLY } from './figures';
import { datedSpan, writtenIn } from './pairing';
import { perKnowledgeBase } from './kbIndex';
import { IN_ALL } from './words';

interface Cued {
  entity: Entity;
  figure: Figure;
  /** Any of the figure's cues. */
  cue: RegExp;
  /** The number right after a cue, or right before one. */
  patterns: RegExp[];
}

/** Per knowledge base: the cued figures, and one pattern any of their cues matches (the cheap test first). */
const cuedOf = perKnowledgeBase((kb) => {
  const list: Cued[] = [];
  for (const entity of kb.entities)
    for (const figure of entity.figures ?? []) {
      if (!figure.cues?.length || !figure.date) continue;
      const cue = `(?:${figure.cues.map(escapeWords).join('|')})`;
      // Not across a joiner to another count: "68,000 executions 1937–38 + 116,000 Gulag deaths".
      const after = new RegExp(
        String.raw`\b${cue}\b(?:\s*\([^()]*\))?(?:(?!\b(?:and|plus)\b)[^\d.;!?()→+&]){0,30}?(?:[:=–—]\s*|\s)` +
          ROUGHLY +
          NUMBER,
        'giu',
      );
      const before = new RegExp(NUMBER + String.raw`\s+(?:[\p{L}-]+\s+){0,2}?${cue}\b`, 'giu');
      list.push({ entity, figure, cue: new RegExp(String.raw`\b${cue}\b`, 'iu'), patterns: [after, before] });
    }
  const any = list.length
    ? new RegExp(`\\b(?:${list.flatMap((c) => c.figure.cues!.map(escapeWords)).join('|')})\\b`, 'iu')
    : /(?!)/;
  return { list, any };
});

export function checkCuedFiguresOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const { list, any } = cuedOf(ctx.kb);
  const text = lineOf(n, line);
  if (!list.length || !any.test(text)) return [];
  const severities = severitiesOf(ctx);
  if (severities.dates === undefined) return [];
  const out: Diagnostic[] = [];
  for (const clause of clausesOf(n, line))
    for (const c of list) {
      const part = partWithCue(text, clause, c);
      if (!part) continue;
      // A total over a wider time is at least the span's: "68,169 executions in 1936-38" is too few for 1937–38.
      const within = withinSpan(part, c.figure, text);
      const wider = !within && c.figure.whole && coversSpan(part, c.figure.date!, c.figure.end!, false);
      if (!within && !wider) continue;
      const claim = {
        ctx,
        text: blankDates(text, part.mentions, 0, text.length),
        clause: part,
        entity: c.entity,
        severities,
      };
      // A number under a hundredth of the figure counts something else ("1937–38: 3 of the 5 marshals shot"), unless
      // a scale word says it is the figure misread ("4.2 billion marks" for 4.2 trillion).
      const figure = wider ? { ...c.figure, high: Infinity } : c.figure;
      const found = beyond(claim, c.patterns, figure, c.figure.low / 100);
      if (found) out.push(...found);
    }
  return out;
}

/**
 * The part of the clause between arrows that holds one of the figure's cues, when it names nothing but dates,
 * people and the figure's own entity.
 */
function partWithCue(text: string, clause: Clause, c: Cued): Clause | undefined {
  const body = text.slice(clause.from, clause.to);
  const cue = c.cue.exec(body);
  if (!cue) return undefined;
  const at = clause.from + cue.index;
  let from = clause.from,
    to = clause.to;
  for (const x of body.matchAll(/\s(?:→|->)\s/g)) {
    const i = clause.from + x.index!;
    if (i < at) from = i + x[0].length;
    else if (i < to) to = i;
  }
  const mentions = clause.mentions.filter((x) => x.start >= from && x.end <= to);
  // A place may name a part: "unemployment in Berlin, 1932: 600,000". A body the entity is related to names the
  // same thing: "NKVD records show that around 68,000 people were shot in 1937–38".
  const related = new Set((c.entity.related ?? []).map((r) => r.id));
  // A place that names the cue's own thing is part of it: "one US dollar cost 4.2 billion marks".
  const ofCue = (x: Mention) =>
    x.kind === 'place' && c.cue.test(text.slice(x.end, x.end + 12)) && /^\s+\S/.test(text.slice(x.end));
  const other = mentions.some(
    (x) => x.kind !== 'date' && x.kind !== 'person' && x.id !== c.entity.id && !related.has(x.id) && !ofCue(x),
  );
  return other ? undefined : { ...clause, from, to, mentions, lineDate: clause.lineDate };
}

/**
 * Does the clause have a date, does every date it has lie within the span the figure holds over, and, for a total
 * over the span, do they cover it all?
 */
function withinSpan(clause: Clause, f: Figure, text: string): boolean {
  if (!datedWithin(clause, f.date!, f.end ?? f.date!)) return false;
  // A total over the span is told only of all of it: "68,000 shot in 1937" may be a part of 1937–38. Unless the
  // clause says it gives the total: "May 1945 – Red Army takes Berlin; total Soviet war dead approx 2.7 million".
  return !f.whole || coversSpan(clause, f.date!, f.end!) || TOTAL.test(text.slice(clause.from, clause.to));
}

/** Words that give a count as the whole one. */
const TOTAL = new RegExp(String.raw`\b(?:total|${IN_ALL})\b`, 'i');

const DIGIT = /\d/;

/** How many written lines above a line the thing its count belongs to may be named. */
const ABOVE_REACH = 3;
/** Things whose counts a line below may give: what has figures of its own. */
const COUNTED = new Set(['event', 'policy', 'document']);
/**
 * Units that count too many things to tie a line to the thing above: "nearly 20 yrs" of temporary obligation is no
 * count of the redemption payments' years, nor "600 miles of track" of the Trans-Siberian; nor do counts of people.
 */
const LOOSE_UNIT = new RegExp(
  String.raw`^(?:years?|yrs?|days?|months?|weeks?|hours?|miles?|km|kilomet(?:re|er)s?|per\s?cent|percent|` +
    String.raw`people|persons|inhabitants|citizens|subjects)$`,
  'i',
);
/** A unit a count on the line below may be tied to its thing by: a word, not a sign, and not a loose one. */
const tying = (u: string) => /^\p{L}/u.test(u) && !LOOSE_UNIT.test(u);

/** Per knowledge base: any unit word of an amount an event, policy or document records (the cheap test first). */
const unitWords = perKnowledgeBase((kb) => {
  const units = new Set<string>();
  for (const e of kb.entities)
    if (COUNTED.has(e.kind))
      for (const f of e.figures ?? [])
        if (f.what === 'amount') for (const u of f.unit ?? []) if (tying(u)) units.add(escapeWords(u));
  return units.size ? new RegExp(String.raw`\d[\d,.\s]*(?:\S+\s+){0,3}?(?:${[...units].join('|')})\b`, 'iu') : /(?!)/;
});

/**
 * A count on a line that names no thing of its own, of the one thing named on the lines just above whose recorded
 * amount is counted in the same words: "Kristallnacht 9–10 Nov – 7,500 businesses smashed" over "- about 3,000
 * Jewish men sent to concentration camps" (some 30,000). Only when the nearest of the three lines above (under the
 * same heading) that names an event, a policy or a document names that one alone, the count is in one of its units
 * (a word, and not a loose one such as years or miles), and the line's dates, if any, fall in its time.
 */
export function checkFiguresAboveOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  // Most lines hold no digit at all: the unit words are tried only on those that do.
  if (!DIGIT.test(text) || /^\s*#/.test(text) || !unitWords(ctx.kb).test(text)) return [];
  const severities = severitiesOf(ctx);
  if (severities.dates === undefined) return [];
  // A line that names nothing is one clause.
  const read = clausesOf(n, line);
  const clauses: Clause[] = read.length ? read : [{ line, from: 0, to: text.length, mentions: [] }];
  if (clauses.some((c) => c.mentions.some((x) => x.kind !== 'date' && x.kind !== 'person' && x.kind !== 'place')))
    return [];
  const found = new Map<Entity, Figure[]>();
  // Every thing with counts named on the nearest line that names one: two make the count ambiguous ("Emancipation
  // Manifesto (1861), October Manifesto (1905)" over "- some 3 million serfs were freed by the manifesto").
  const named = new Set<string>();
  for (let k = line - 1, seen = 0; k >= 0 && seen < ABOVE_REACH && !named.size; k--) {
    const above = lineOf(n, k);
    if (/^\s*#/.test(above)) break;
    if (!above.trim()) continue;
    seen++;
    for (const c of clausesOf(n, k))
      for (const m of c.mentions) {
        const e = COUNTED.has(m.kind) && !m.candidates && !m.misspelling ? ctx.kb.get(m.id) : undefined;
        if (e) named.add(e.id);
        const counted = (e?.figures ?? []).filter(
          (f) => f.what === 'amount' && !!f.unit?.length && f.unit.every(tying) && counts(amountPatterns(f)[0], text),
        );
        if (e && counted.length) found.set(e, counted);
      }
  }
  if (found.size !== 1 || named.size !== 1) return [];
  const [[entity, figures]] = [...found];
  // A place of the line's own, not the thing's, has its own count: "Lidice destroyed – c. 340 killed (192 men …)"
  // under the Wannsee Conference.
  const tiedPlace = (id: string) => !!entity.at?.ids.includes(id) || !!entity.related?.some((r) => r.id === id);
  if (clauses.some((c) => c.mentions.some((x) => x.kind === 'place' && !tiedPlace(x.id)))) return [];
  const s = datedSpan(entity);
  const out: Diagnostic[] = [];
  for (const clause of clauses) {
    // A date of another time is another count: "in 1942 some 3,000 Jewish men were deported".
    const dates = clause.mentions.filter((x) => x.kind === 'date' && x.date);
    if (dates.length && (!s || !dates.every((x) => writtenIn(s, x)))) continue;
    const claim = { ctx, text: blankDates(text, clause.mentions, 0, text.length), clause, entity, severities };
    for (const f of figures) {
      if (!nearWords(claim, f)) continue;
      const hit = beyond(claim, amountPatterns(f), f);
      if (hit) {
        out.push(...hit);
        break;
      }
    }
  }
  return out;
}

/** Does the (global) pattern match the text, from its start, leaving it ready for the next use? */
function counts(re: RegExp | undefined, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
