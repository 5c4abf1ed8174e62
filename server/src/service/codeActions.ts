/**
 * Quick fixes: replace a misspelling (keeping its possessive), fix every misspelling of the note at once, accept
 * a name for this workspace, and correct a date. Edits are offered, never applied: the user picks them.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { ACCEPT_NAME_COMMAND } from '../protocol';
import type { ServiceContext } from './context';
import { getDiagnostics } from './diagnostics';
import { Code, SOURCE } from './findings';

interface FixData {
  fix?: string;
  written?: string;
}

export function getCodeActions(
  ctx: ServiceContext,
  uri: string,
  range: Range,
  diagnostics: Diagnostic[],
): CodeAction[] {
  const open = ctx.open.get(uri);
  if (!open) return [];
  const out: CodeAction[] = [];
  const ours = diagnostics.filter((d) => d.source === SOURCE && overlaps(d.range, range));
  for (const d of ours) {
    const data = d.data as FixData | undefined;
    if (!data?.fix || !plainAt(open.analysis.lineText(d.range.start.line), d.range)) continue;
    out.push({
      title: `Change to “${data.fix}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: d.range, newText: data.fix }] } },
    });
    if (d.code === Code.Misspelling && data.written) {
      out.push({
        title: `Accept “${data.written}” in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Accept name', command: ACCEPT_NAME_COMMAND, arguments: [data.written] },
      });
    }
  }
  // Fix all misspellings of the note, when there is more than one.
  const all = getDiagnostics(ctx, open.analysis).filter((d) => d.code === Code.Misspelling && (d.data as FixData)?.fix);
  if (all.length > 1 && ours.some((d) => d.code === Code.Misspelling)) {
    const edits: TextEdit[] = all.map((d) => ({ range: d.range, newText: (d.data as FixData).fix! }));
    out.push({
      title: `Fix all ${all.length} misspelt names in this note`,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [uri]: edits } },
    });
  }
  return out;
}

/**
 * Is the text a fix would replace plain words on one line? A finding across a flashcard's cloze markup ("20 December
 * {{c2::1918}}") is told, but replacing its words would take the markup with them.
 */
function plainAt(line: string, r: Range): boolean {
  return r.start.line === r.end.line && !/\{\{|\}\}/.test(line.slice(r.start.character, r.end.character));
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) =>
    p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
