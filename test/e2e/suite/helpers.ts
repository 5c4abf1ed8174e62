import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { monthName } from '../../../server/src/kb/dates';

export const EXTENSION_ID = 'history-notes.history-notes';

/** How long a poll may take before it fails: the language server starts and indexes the workspace meanwhile. */
export const POLL_TIMEOUT_MS = Number(process.env.HISTORY_NOTES_E2E_POLL_MS ?? 20000);

export interface Api {
  ready: Promise<void>;
  /** The timeline of a note as the History Timeline view draws it. */
  timeline(uri: vscode.Uri): Promise<vscode.TreeItem[]>;
}

let activated: Promise<vscode.Extension<Api>> | undefined;

/** Activates the extension (once) and waits for its ready promise: the language client is running. */
export function activateExtension(): Promise<vscode.Extension<Api>> {
  activated ??= (async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    const api = await ext.activate();
    assert.ok(api && typeof api.ready?.then === 'function', 'activate() did not return { ready: Promise }');
    await api.ready;
    return ext;
  })();
  return activated;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return folder.uri;
}

export function noteUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function openNote(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(noteUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  assert.equal(doc.languageId, 'markdown');
  return doc;
}

/** Writes a new note into the fixture workspace and opens it. */
export async function writeNote(name: string, text: string): Promise<vscode.TextDocument> {
  await vscode.workspace.fs.writeFile(noteUri(name), new TextEncoder().encode(text));
  return openNote(name);
}

/** The position `offset` characters into the `nth` (0-based) occurrence of `needle` in the document. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, offset = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `occurrence ${nth} of ${JSON.stringify(needle)} not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + offset);
}

/** The position just after the `nth` occurrence of `needle`: where a completion would be asked. */
export function positionAfter(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  return positionOf(doc, needle, nth, needle.length);
}

/**
 * Calls `probe` until `accept` holds for its result, and returns that result. Never sleeps blindly:
 * it retries every 100 ms while the server starts, and fails with the last result it saw.
 */
export async function eventually<T>(
  what: string,
  probe: () => Thenable<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = POLL_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen =
        lastError !== undefined ? `error ${String(lastError)}` : JSON.stringify(last, replacer, 1)?.slice(0, 2000);
      assert.fail(`${what}: not seen within ${timeoutMs} ms; last: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof vscode.Uri) return value.toString();
  return value;
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function locationsOf(result: (vscode.Location | vscode.LocationLink)[] | undefined): vscode.Location[] {
  return (result ?? []).map((l) =>
    'targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l,
  );
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export async function textAt(location: vscode.Location): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(location.uri);
  return doc.getText(location.range);
}

export function flattenSymbols(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined): string[] {
  const names: string[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation): void => {
    names.push(s.name);
    if ('children' in s) s.children.forEach(walk);
  };
  (symbols ?? []).forEach(walk);
  return names;
}

export interface Token {
  line: number;
  start: number;
  length: number;
  type: string;
}

/** Decodes semantic tokens (five numbers each, positions relative to the previous token) with their legend. */
export function decodeTokens(tokens: vscode.SemanticTokens | undefined, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  const data = tokens?.data ?? new Uint32Array();
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    out.push({ line, start, length: data[i + 2], type: legend.tokenTypes[data[i + 3]] });
  }
  return out;
}

/** A knowledge-base date (ISO, partial allowed: 1924, 1924-01, 1924-01-21) in words: 21 January 1924. */
export function isoInWords(iso: string): string {
  const [y, m, d] = iso.split('-');
  return [d && String(Number(d)), m && monthName(Number(m)), y].filter(Boolean).join(' ');
}

/**
 * The start of a date in words (21 January 1924, January 1924, 1924, c. 1928, or a span of them) as a sortable number.
 */
export function startKey(when: string): number {
  const m = /^(?:c\. )?(?:(\d{1,2}) )?(?:([A-Z][a-z]+) )?(\d{3,4})\b/.exec(when);
  assert.ok(m, `not a date in words: ${when}`);
  // The full month name exactly as the knowledge base writes it (no abbreviation).
  const month = m[2] ? Array.from({ length: 12 }, (_, i) => monthName(i + 1)).indexOf(m[2]) + 1 : 1;
  assert.ok(month > 0, `no month ${m[2]} in ${when}`);
  return Number(m[3]) * 10000 + month * 100 + (m[1] ? Number(m[1]) : 1);
}
