/**
 * The misspelling check: a name the recogniser took for a slip of a known one (`Bukarins`), reported with the
 * name in its standard spelling, unless the workspace accepts the name as written.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { monthNumber } from '../kb/dates';
import { foldName } from '../kb/normalise';
import { editDistance } from '../recogniser/lexicon';
import type { NoteAnalysis } from '../recogniser/noteAnalysis';
import type { LineMention } from '../recogniser/types';
import type { Entity } from '../kb/types';
import type { ServiceContext } from './context';
import { Code, SOURCE } from './findings';
import { lineRange } from './ranges';

/** The replacement for a misspelt mention, keeping its possessive: `Bukarins` → `Bukharin's`. */
function correctionFor(ctx: ServiceContext, n: NoteAnalysis, m: LineMention): string | undefined {
  const e = ctx.kb.get(m.id);
  if (!e) return undefined;
  const written = n.lineText(m.line).slice(m.start, m.end);
  const base = m.bareS ? written.slice(0, -1) : written;
  // The name the student meant, in its standard spelling: the label, its surname, or a name the place bore,
  // whichever is nearest to what was written (transliteration variants are not offered as corrections).
  // A word of the label, or of a name the entity bore, in brackets too: "Bolsheviks" of "Russian Communist Party
  // (Bolsheviks)".
  const words = [e.label, ...(e.names ?? []).map((x) => x.name)].flatMap((x) => x.split(/[\s()]+/));
  const standard = [
    e.label,
    ...e.aliases.filter((a) => words.includes(a) || e.label.endsWith(` ${a}`)),
    ...(e.names ?? []).map((x) => x.name),
  ];
  // A final s read as a possessive may be a plural's own: "Bolshaviks" is a slip of "Bolsheviks", not of
  // "Bolshevik's". The nearer reading wins, the plain one on a tie.
  const readings = m.bareS ? [written, base] : [written];
  let best = e.label,
    bestScore = Infinity,
    possessive = false;
  for (const read of readings) {
    const folded = foldName(read);
    for (const a of standard) {
      const score = editDistance(foldName(a), folded) + (a.includes(' ') !== read.includes(' ') ? 3 : 0);
      if (score < bestScore) {
        best = a;
        bestScore = score;
        possessive = read !== written;
      }
    }
  }
  return possessive ? `${best}'s` : best;
}

/** Before a name (in quotes, but after "renamed"), a verb of naming: the name is the one given, as written. */
const NAMED_AS = /\b(?:(?:renamed|rechristened)\s+["“'‘]?|(?:named|called|known\s+as|dubbed)\s+["“'‘])$/i;

/** Endings that make a word of its own from a name: `Trotskyism`, `Leninist`, `Germans`, `Menshevism`, `Israeli`. */
const DERIVING = ['ism', 'isms', 'ist', 'ists', 'ite', 'ites', 'ian', 'ians', 'an', 'ans', 'ic', 'i', 'is', 's'];

/**
 * Is the written word a name with a deriving ending (`Menshevism` from Mensheviks, `Germans` from Germany)? Such
 * a word is a word in its own right, related to the entity: never a misspelling of it.
 */
export function relatedWord(written: string, e: Entity): boolean {
  const w = foldName(written);
  const names = nameWords(e);
  return DERIVING.some((ending) => {
    if (!w.endsWith(ending)) return false;
    const stem = w.slice(0, -ending.length);
    // The stem is a name word, or one without its own short ending (Menshev-iks, German-y, Naz-i).
    return stem.length >= 3 && names.some((n) => n.startsWith(stem) && n.length - stem.length <= 3 && n !== w);
  });
}

/** The misspellings of one line, at line 0 (the caller moves them), except the names the workspace accepts. */
export function misspellingsOnLine(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  severity: DiagnosticSeverity,
  accepted: Set<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const mention of n.mentionsOnLine(line)) {
    if (!mention.misspelling) continue;
    const m = { ...mention, line };
    const written = n.lineText(line).slice(m.start, m.end);
    if (accepted.has(foldName(written))) continue;
    const fix = correctionFor(ctx, n, m);
    const e = ctx.kb.get(m.id);
    if (!fix || !e || relatedWord(written, e) || ofAnotherName(n.lineText(line), m.start, m.end, e)) continue;
    // A name given in quotes is written as given: "Gatchina was renamed "Trotsk" in his honour".
    if (NAMED_AS.test(n.lineText(line).slice(Math.max(0, m.start - 24), m.start))) continue;
    // So is a word in italics, as notes set a term in another language or a title: "*Kadety* (Constitutional
    // Democrats)", "*Pakt Molotova–Ribbentropa*".
    if (inItalics(n.lineText(line), m.start, m.end)) continue;
    // The note puts it right itself in a bracket after it: "Stressman (Stresemann)", "Gobbles (Goebbels)".
    if (rightAfter(n.lineText(line), m.end, e, written)) continue;
    const meant = e.label === fix.replace(/'s$/, '') ? '' : ` (${e.label})`;
    out.push({
      range: lineRange(0, m.start, m.end),
      severity,
      source: SOURCE,
      code: Code.Misspelling,
      message: `“${written}” looks like a misspelling of ${fix}${meant}.`,
      data: { fix, id: e.id, written },
    });
  }
  return out;
}

/**
 * Does a bracket right after the word hold one of the entity's own names, spelt near enough to be the word put
 * right ("Stressman (Stresemann)"), not a short form of it ("Provisional Goverment (PG)")?
 */
function rightAfter(text: string, end: number, e: Entity, written: string): boolean {
  const bracket = /^\s*\(([^()]{2,60})\)/.exec(text.slice(end, end + 64));
  if (!bracket) return false;
  const said = foldName(bracket[1]);
  const near = editDistance(said, foldName(written)) <= Math.max(3, Math.floor(said.length / 3));
  return near && [e.label, ...e.aliases].some((a) => foldName(a) === said);
}

/** A run in italics, "*…*" or "_…_", not bold. */
const ITALICS = /(?<![*\\])\*(?![\s*])[^*\n]*?[^\s*\\]\*(?!\*)|(?<![_\w\\])_(?![\s_])[^_\n]*?[^\s_\\]_(?![_\w])/g;

/** Does a run in italics hold the words at [start, end)? */
function inItalics(text: string, start: number, end: number): boolean {
  if (!text.includes('*') && !text.includes('_')) return false;
  for (const x of text.matchAll(ITALICS)) if (x.index <= start && x.index + x[0].length >= end) return true;
  return false;
}

/** Capitalised words that open a sentence or a phrase, not a name: "In Zionev's view". */
const OPENERS = new Set(
  'a an and as at after before but by for from in into of on or so the then to under when while with q'.split(' '),
);

/**
 * Is the word one of a run of capitalised words none of the others of which the entity's names hold ("Roland
 * Freisler", "Walter Ulbricht", "Traudl Junge")? Then it is part of another name the knowledge base lacks, not a
 * slip; "Grigory Zionev" keeps its finding, since Grigory is Zinoviev's.
 */
export function ofAnotherName(text: string, start: number, end: number, e: Entity): boolean {
  const before = /([\p{Lu}][\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^\s+([\p{Lu}][\p{L}'’-]*)/u.exec(text.slice(end, end + 40))?.[1];
  const others = [before, after].filter(
    (w): w is string => !!w && !OPENERS.has(w.toLowerCase()) && !monthNumber(w) && !/^\p{Lu}+$/u.test(w),
  );
  if (!others.length) return false;
  const words = new Set(nameWords(e));
  return !others.some((w) => words.has(foldName(w.replace(/[.'’]+$/, ''))));
}

/** The folded words of an entity's label and aliases. */
function nameWords(e: Entity): string[] {
  return [e.label, ...e.aliases].flatMap((a) => foldName(a).split(/[\s-]+/));
}
