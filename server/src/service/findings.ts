/**
 * What every check reports through: the diagnostic codes, the severities the settings name, the source name, and
 * the constructor of a finding. The misspelling check (misspellings.ts), the fact checker (factCheck/) and the
 * quick fixes (codeActions.ts) import it; it imports none of them.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { sourceTitle } from './markdownText';
import { lineRange } from './ranges';
import type { Severity } from './settings';

/** The `source` of every diagnostic the server publishes. */
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
 * A fact checker's finding: the message names its citation (the URL the fact was checked against), which is
 * also the code's link; `fix` is the replacement a quick fix offers.
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
    message: `${message} (source: ${sourceTitle(citation)})`,
    codeDescription: /^https?:\/\//.test(citation) ? { href: citation } : undefined,
    ...(fix !== undefined ? { data: { fix } } : {}),
  };
}
