/**
 * Diagnostics: what a history teacher would circle in red. Misspelt names here; wrong dates, anachronisms and
 * confusions come from factCheck.ts. Precision first: nothing is reported unless the knowledge base is sure.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { foldName } from '../kb/normalise';
import { editDistance } from '../recogniser/lexicon';
import type { NoteAnalysis } from '../recogniser/document';
import type { LineMention } from '../recogniser/types';
import type { ServiceContext, Severity } from './context';
import { checkFacts } from './factCheck';

export const SOURCE = 'history-notes';

export const enum Code { Misspelling = 'misspelling', WrongDate = 'wrong-date', Anachronism = 'anachronism', Confusion = 'confusion' }

export function toSeverity(s: Severity): DiagnosticSeverity | undefined {
  switch (s) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    case 'hint': return DiagnosticSeverity.Hint;
    default: return undefined;
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
  const standard = [e.label, ...e.aliases.filter((a) => words.includes(a) || e.label.endsWith(` ${a}`)), ...(e.names ?? []).map((x) => x.name)];
  let best = e.label, bestScore = Infinity;
  for (const a of standard) {
    const score = editDistance(foldName(a), folded) + (a.includes(' ') !== base.includes(' ') ? 3 : 0);
    if (score < bestScore) { best = a; bestScore = score; }
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

export function getDiagnostics(ctx: ServiceContext, n: NoteAnalysis): Diagnostic[] {
  if (checkingOff(n)) return [];
  const out: Diagnostic[] = [];
  const sev = toSeverity(ctx.settings.factCheck.misspellings);
  const accepted = new Set(ctx.settings.acceptedNames.map(foldName));
  if (sev !== undefined) {
    for (const m of n.all()) {
      if (!m.misspelling) continue;
      const written = n.lineText(m.line).slice(m.start, m.end);
      if (accepted.has(foldName(written))) continue;
      const fix = correctionFor(ctx, n, m);
      const e = ctx.kb.get(m.id);
      if (!fix || !e) continue;
      out.push({
        range: { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.end } },
        severity: sev,
        source: SOURCE,
        code: Code.Misspelling,
        message: `“${written}” looks like a misspelling of ${fix}${e.label === fix.replace(/'s$/, '') ? '' : ` (${e.label})`}.`,
        data: { fix, id: e.id, written },
      });
    }
  }
  out.push(...checkFacts(ctx, n));
  return out;
}
