/**
 * What the server checks of what a client sends: each request states what its parameters need (a document, a
 * position, a range), and a content change of didChange is read only when it is well formed.
 */
import type { Position, Range } from 'vscode-languageserver';

/** What a request's parameters must hold: a document, a position in it, a range of it. */
export type Need = 'textDocument' | 'position' | 'range';
export const DOC: readonly Need[] = ['textDocument'];
export const AT: readonly Need[] = ['textDocument', 'position'];
export const SPAN: readonly Need[] = ['textDocument', 'range'];

function isNat(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function isPosition(p: unknown): p is Position {
  const q = p as Partial<Position> | null | undefined;
  return typeof q === 'object' && q !== null && isNat(q.line) && isNat(q.character);
}

/** Parameters are an object; what the request needs is there and well formed, and so is whatever else is given. */
export function validParams(p: unknown, needs: readonly Need[]): boolean {
  if (p === undefined || p === null || typeof p !== 'object' || Array.isArray(p)) return false;
  const q = p as { textDocument?: { uri?: unknown }; position?: unknown; range?: { start?: unknown; end?: unknown } };
  for (const n of needs) if (!(n in q)) return false;
  if ('textDocument' in q && typeof q.textDocument?.uri !== 'string') return false;
  if ('position' in q && !isPosition(q.position)) return false;
  if ('range' in q && !(isPosition(q.range?.start) && isPosition(q.range?.end))) return false;
  return true;
}

/**
 * A content change of didChange: text, and a range when it has one. Its positions need only be numbers: one
 * past the end, or negative, is placed as an LSP text document places it (NoteAnalysis.applyChange).
 */
function validChange(c: unknown): c is { range?: Range; text: string } {
  if (typeof c !== 'object' || c === null || typeof (c as { text?: unknown }).text !== 'string') return false;
  const r = (c as { range?: { start?: unknown; end?: unknown } }).range;
  const numbers = (p: unknown) =>
    typeof p === 'object' &&
    p !== null &&
    Number.isFinite((p as Position).line) &&
    Number.isFinite((p as Position).character);
  return r === undefined || (typeof r === 'object' && r !== null && numbers(r.start) && numbers(r.end));
}

/**
 * The content changes of a didChange that can be read, and how many could not ('the' when the list itself was
 * missing or not a list; 0 when all were well formed).
 */
export function readChanges(given: unknown): {
  changes: { range?: Range; text: string }[];
  malformed: number | 'the' | 0;
} {
  if (!Array.isArray(given)) return { changes: [], malformed: 'the' };
  const changes = given.filter(validChange);
  return { changes, malformed: given.length - changes.length };
}

/** The strings of a list a client sent, or undefined when it sent no list. */
export function stringsOf(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string') : undefined;
}

/** The file name of a URI, for messages. */
export function fileName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
