/**
 * Diagnostics: what a history teacher would circle in red. Misspelt names here; wrong dates, anachronisms and
 * confusions come from factCheck.ts. Precision first: nothing is reported unless the knowledge base is sure.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { foldName } from '../kb/normalise';
import { editDistance } from '../recogniser/lexicon';
import type { NoteAnalysis } from '../recogniser/document';
import type { LineMention, Mention } from '../recogniser/types';
import type { ServiceContext, Severity } from './context';
import { checkFactsOnLine } from './factCheck';

export const SOURCE = 'history-notes';

export const enum Code {
  Misspelling = 'misspelling',
  WrongDate = 'wrong-date',
  Anachronism = 'anachronism',
  Confusion = 'confusion',
}

export function toSeverity(s: Severity): DiagnosticSeverity | undefined {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    default:
      return undefined;
  }
}

/** The replacement for a misspelt mention, keeping its possessive: `Bukarins` → `Bukharin's`. */
export function correctionFor(ctx: ServiceContext, n: NoteAnalysis, m: LineMention): string | undefined {
  const e = ctx.kb.get(m.id);
  if (!e) return undefined;
  const written = n.lineText(m.line).slice(m.start, m.end);
  const base = m.bareS ? written.slice(0, -1) : written;
  // The name the student meant, in its standard spelling: the label, its surname, or a name the place bore,
  // whichever is nearest to what was written (transliteration variants are not offered as corrections).
  const folded = foldName(base);
  const words = e.label.split(/\s+/);
  const standard = [
    e.label,
    ...e.aliases.filter((a) => words.includes(a) || e.label.endsWith(` ${a}`)),
    ...(e.names ?? []).map((x) => x.name),
  ];
  let best = e.label,
    bestScore = Infinity;
  for (const a of standard) {
    const score = editDistance(foldName(a), folded) + (a.includes(' ') !== base.includes(' ') ? 3 : 0);
    if (score < bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return m.bareS ? `${best}'s` : best;
}

/** Front matter that turns checking off for a note: `history-notes: off` or `factCheck: false`. */
function checkingOff(n: NoteAnalysis): boolean {
  if (n.lineText(0).trimEnd() !== '---') return false;
  for (let i = 1; i < Math.min(n.lineCount, 60); i++) {
    const l = n.lineText(i).trim();
    if (l === '---' || l === '...') break;
    if (/^(history-notes|historyNotes|factCheck|fact-check)\s*:\s*(off|false|no)\s*$/i.test(l)) return true;
  }
  return false;
}

/** One line's findings, with the line left at 0: its misspellings, and the fact checker's findings. */
interface LineFindings {
  misspellings: Diagnostic[];
  facts: Diagnostic[];
}

/**
 * Findings per line, cached under the line's list of mentions. The analysis replaces a line's list whenever it
 * re-scans the line, and a line's findings depend on nothing but its text and mentions (and the knowledge base
 * and settings, whose objects key the outer maps): so a keystroke re-checks only the lines it touched.
 */
const cache = new WeakMap<object, WeakMap<object, WeakMap<readonly Mention[], LineFindings>>>();

function lineCache(ctx: ServiceContext): WeakMap<readonly Mention[], LineFindings> {
  let byKb = cache.get(ctx.kb);
  if (!byKb) cache.set(ctx.kb, (byKb = new WeakMap()));
  let lines = byKb.get(ctx.settings);
  if (!lines) byKb.set(ctx.settings, (lines = new WeakMap()));
  return lines;
}

function misspellingsOnLine(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  sev: DiagnosticSeverity,
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
    if (!fix || !e) continue;
    out.push({
      range: { start: { line: 0, character: m.start }, end: { line: 0, character: m.end } },
      severity: sev,
      source: SOURCE,
      code: Code.Misspelling,
      message: `“${written}” looks like a misspelling of ${fix}${e.label === fix.replace(/'s$/, '') ? '' : ` (${e.label})`}.`,
      data: { fix, id: e.id, written },
    });
  }
  return out;
}

function atLine(d: Diagnostic, line: number): Diagnostic {
  return {
    ...d,
    range: { start: { line, character: d.range.start.character }, end: { line, character: d.range.end.character } },
  };
}

export function getDiagnostics(ctx: ServiceContext, n: NoteAnalysis): Diagnostic[] {
  if (checkingOff(n)) return [];
  const sev = toSeverity(ctx.settings.factCheck.misspellings);
  const accepted = new Set(ctx.settings.acceptedNames.map(foldName));
  const cached = lineCache(ctx);
  const misspellings: Diagnostic[] = [],
    facts: Diagnostic[] = [];
  for (let line = 0; line < n.lineCount; line++) {
    const mentions = n.mentionsOnLine(line);
    if (!mentions.length) continue;
    let found = cached.get(mentions);
    if (!found) {
      found = {
        misspellings: sev === undefined ? [] : misspellingsOnLine(ctx, n, line, sev, accepted),
        facts: checkFactsOnLine(ctx, n, line).map((d) => atLine(d, 0)),
      };
      cached.set(mentions, found);
    }
    for (const d of found.misspellings) misspellings.push(atLine(d, line));
    for (const d of found.facts) facts.push(atLine(d, line));
  }
  return misspellings.concat(facts);
}
