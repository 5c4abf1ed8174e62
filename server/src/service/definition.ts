/**
 * Go to definition: the entity's entry in the knowledge base file that defines it; where that file cannot be
 * opened (the packs bundled into the web server's worker), the entity's read-only fact page
 * (`history-notes:/entity/<id>.md`, shown by the client with the text of factPage below).
 */
import type { Location } from 'vscode-languageserver-types';
import { FACT_PAGE_SCHEME } from '../protocol';
import type { Position } from '../recogniser/noteAnalysis';
import { fileUri } from '../workspace/uri';
import { mentionAt, type ServiceContext } from './context';
import { factCard } from './factCard';
import { sourceLink, sourceTitle } from './markdownText';
import { lineRange } from './ranges';

/** A knowledge base file named by a URI (the web: a user's file the client read) rather than a path. */
const URI_NAME = /^[A-Za-z][A-Za-z0-9+.-]+:\/\//;

export function entityLocation(ctx: ServiceContext, id: string): Location | undefined {
  if (!ctx.kb.get(id)) return undefined;
  const o = ctx.kb.origin(id);
  if (!o) return { uri: factPageUri(id), range: lineRange(0, 0, 0) };
  return {
    uri: URI_NAME.test(o.file) ? o.file : fileUri(o.file),
    range: lineRange(o.line, o.character, o.endCharacter),
  };
}

/** The URI of an entity's fact page. */
export function factPageUri(id: string): string {
  return `${FACT_PAGE_SCHEME}:/entity/${encodeURIComponent(id)}.md`;
}

/** An entity's fact page: its card, then every source it cites. */
export function factPage(ctx: ServiceContext, id: string): string | null {
  const e = ctx.kb.get(id);
  if (!e) return null;
  const card = factCard(ctx.kb, e, { mentionsInNotes: ctx.index.notesMentioning(id).size });
  const sources = e.sources.map((s) => `- ${sourceLink(s.url, s.title ? s.title : sourceTitle(s.url))}`);
  const from = '*From the History Notes knowledge base (read-only).*';
  return `${card}\n\n**Every source**\n\n${sources.join('\n')}\n\n${from}\n`;
}

export function getDefinition(ctx: ServiceContext, uri: string, pos: Position): Location[] {
  const m = mentionAt(ctx, uri, pos);
  if (!m || m.kind === 'date') return [];
  const loc = entityLocation(ctx, m.id);
  return loc ? [loc] : [];
}
