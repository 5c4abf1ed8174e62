/**
 * Find all references and document highlights: every mention of the entity under the cursor, whatever the
 * spelling or alias, in the open notes (live) and in every other note of the workspace (from the index).
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver-types';
import type { Position } from '../recogniser/noteAnalysis';
import { mentionKey } from '../recogniser/types';
import type { CancelToken } from '../workspace/indexing';
import type { IndexedMention } from '../workspace/workspaceIndex';
import { mentionAt, note, type ServiceContext } from './context';
import { entityLocation } from './definition';
import { lineRange } from './ranges';

/** Every mention of an entity: open notes first from their live text, then the rest from the index. */
export function mentionsOfEntity(ctx: ServiceContext, id: string, token?: CancelToken): IndexedMention[] {
  const out: IndexedMention[] = [];
  forEachMentionOfEntity(ctx, id, token, (uri, line, start, end, misspelling) => {
    out.push({ uri, line, start, end, misspelling });
  });
  return out;
}

/**
 * The same, one call per mention: references of a name across 10,000 notes make tens of thousands of
 * locations, and building them directly saves as many intermediate objects.
 */
function forEachMentionOfEntity(
  ctx: ServiceContext,
  id: string,
  token: CancelToken | undefined,
  visit: (uri: string, line: number, start: number, end: number, misspelling: boolean) => void,
): void {
  for (const [uri, open] of ctx.open) {
    for (let line = 0; line < open.analysis.lineCount; line++) {
      for (const m of open.analysis.mentionsOnLine(line)) {
        if (m.id === id && m.kind !== 'date' && !m.candidates) visit(uri, line, m.start, m.end, m.misspelling);
      }
    }
  }
  let n = 0;
  for (const uri of ctx.index.notesMentioning(id)) {
    if (ctx.open.has(uri)) continue;
    if ((++n & 255) === 0 && token?.isCancellationRequested) break;
    ctx.index.forEachMentionIn(uri, id, (line, start, end, misspelling) => visit(uri, line, start, end, misspelling));
  }
}

export function getReferences(
  ctx: ServiceContext,
  uri: string,
  pos: Position,
  includeDeclaration: boolean,
  token?: CancelToken,
): Location[] {
  const m = mentionAt(ctx, uri, pos);
  if (!m || m.candidates) return [];
  let locations: Location[];
  if (m.kind === 'date') {
    // A date's references: the same date written anywhere in this note.
    locations = [];
    const n = note(ctx, uri)!;
    for (const x of n.all()) if (x.date?.iso === m.date?.iso) locations.push(loc(uri, x.line, x.start, x.end));
    return locations;
  }
  locations = [];
  forEachMentionOfEntity(ctx, m.id, token, (u, line, start, end) => {
    locations.push(loc(u, line, start, end));
  });
  if (includeDeclaration) {
    const d = entityLocation(ctx, m.id);
    if (d) locations.push(d);
  }
  return locations;
}

export function getDocumentHighlights(ctx: ServiceContext, uri: string, pos: Position): DocumentHighlight[] {
  const m = mentionAt(ctx, uri, pos);
  const n = note(ctx, uri);
  if (!m || !n) return [];
  const key = mentionKey(m);
  const out: DocumentHighlight[] = [];
  for (let line = 0; line < n.lineCount; line++) {
    for (const x of n.mentionsOnLine(line)) {
      if (mentionKey(x) === key) {
        out.push({
          range: lineRange(line, x.start, x.end),
          kind: DocumentHighlightKind.Text,
        });
      }
    }
  }
  return out;
}

function loc(uri: string, line: number, start: number, end: number): Location {
  return { uri, range: lineRange(line, start, end) };
}
