/**
 * Semantic tokens: every recognised entity and date, typed by kind so that every theme colours them. Custom
 * token types (declared in package.json with a standard super type as the fallback) and a `misspelt` modifier.
 */
import type { MentionKind } from '../kb/types';
import type { NoteAnalysis } from '../recogniser/noteAnalysis';

export const TOKEN_TYPES = [
  'historyPerson',
  'historyOrganisation',
  'historyCongress',
  'historyEvent',
  'historyPolicy',
  'historyDocument',
  'historyPlace',
  'historyConcept',
  'historyDate',
] as const;
export const TOKEN_MODIFIERS = ['misspelt'] as const;

const TYPE_OF: Record<MentionKind, number> = {
  person: 0,
  organisation: 1,
  congress: 2,
  event: 3,
  policy: 4,
  document: 5,
  place: 6,
  concept: 7,
  date: 8,
};

export interface SemanticToken {
  line: number;
  start: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Tokens in document order, optionally only for lines [fromLine, toLine]. */
export function getSemanticTokens(n: NoteAnalysis, fromLine = 0, toLine = Number.MAX_SAFE_INTEGER): SemanticToken[] {
  const out: SemanticToken[] = [];
  const last = Math.min(toLine, n.lineCount - 1);
  for (let line = Math.max(0, fromLine); line <= last; line++) {
    for (const m of n.mentionsOnLine(line)) {
      out.push({
        line,
        start: m.start,
        length: m.end - m.start,
        type: TYPE_OF[m.kind],
        modifiers: m.misspelling ? 1 : 0,
      });
    }
  }
  return out;
}
