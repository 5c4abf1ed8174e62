/** Go to definition: the entity's entry in the knowledge base file that defines it. */
import type { Location } from 'vscode-languageserver-types';
import type { Position } from '../recogniser/noteAnalysis';
import { fileUri } from '../workspace/uri';
import { mentionAt, type ServiceContext } from './context';
import { lineRange } from './ranges';

export function entityLocation(ctx: ServiceContext, id: string): Location | undefined {
  const o = ctx.kb.origin(id);
  if (!o) return undefined;
  return {
    uri: fileUri(o.file),
    range: lineRange(o.line, o.character, o.endCharacter),
  };
}

export function getDefinition(ctx: ServiceContext, uri: string, pos: Position): Location[] {
  const m = mentionAt(ctx, uri, pos);
  if (!m || m.kind === 'date') return [];
  const loc = entityLocation(ctx, m.id);
  return loc ? [loc] : [];
}
