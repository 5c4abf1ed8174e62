/**
 * What every check reports through: the diagnostic codes, the severities the settings name, the source name, and
 * the constructor of a finding. The misspelling check (misspellings.ts), the fact checker (factCheck/) and the
 * quick fixes (codeActions.ts) import it; it imports none of them.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { sourceTitle } from './markdownText';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { lineRange } from './ranges';
import type { Severity } from './settings';

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = 'history-notes';

export const enum Code {
  Misspelling = 'misspelling',
  WrongDate = 'wrong-date',
  Anachronism = 'anachronism',
  Confusion = 'confusion',
  WrongFigure = 'wrong-figure',
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

/** A stretch of one line: where a mention or a finding lies. */
export interface LineSpan {
  line: number;
  start: number;
  end: number;
}

/** The same range moved to another line. */
export function atLine(d: Diagnostic, line: number): Diagnostic {
  return { ...d, range: lineRange(line, d.range.start.character, d.range.end.character) };
}

/**
 * A fact checker's finding: `citation` is the URL the fact was checked against, the code's link; the fact
 * checker names the work it cites at the end of the message (citeWork). `fix` is the replacement a quick fix
 * offers.
 */
export function factFinding(
  at: LineSpan,
  severity: DiagnosticSeverity,
  code: Code,
  message: string,
  citation: string,
  fix?: string,
): Diagnostic {
  return {
    range: lineRange(at.line, at.start, at.end),
    severity,
    source: SOURCE,
    code,
    message,
    codeDescription: /^https?:\/\//.test(citation) ? { href: citation } : undefined,
    data: fix !== undefined ? { fix, citation } : { citation },
  };
}

/** The finding with the work it cites named at the end: "… (source: Encyclopaedia Britannica — Leon Trotsky)". */
export function citeWork(d: Diagnostic, kb: KnowledgeBase): Diagnostic {
  const url = (d.data as { citation?: unknown } | undefined)?.citation;
  if (typeof url !== 'string') return d;
  const work = kb.workAt(url);
  return { ...d, message: `${d.message} (source: ${work ? kb.citation(work) : sourceTitle(url)})` };
}
