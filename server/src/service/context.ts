/**
 * What every feature works from: the knowledge base, the open notes' documents and live analyses, and the
 * workspace index. Features are plain functions of this context; the LanguageService owns it and keeps it
 * private, and none of them knows about LSP transport.
 */
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { NoteAnalysis, Position } from '../recogniser/noteAnalysis';
import type { NoteDocument } from '../recogniser/noteDocument';
import type { Scanner } from '../recogniser/scan';
import type { LineMention } from '../recogniser/types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Workspace } from '../workspace/workspace';
import type { Settings } from './settings';

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export interface OpenNote {
  /** The note as an LSP text document: its version and text (empty while the note is too large). */
  document: NoteDocument;
  /** The same note's recognised mentions (document.analysis). */
  analysis: NoteAnalysis;
  /** Larger than the size limit: not analysed (an empty analysis stands in) until replaced whole by a smaller text. */
  tooLarge?: boolean;
}

export interface ServiceContext {
  readonly kb: KnowledgeBase;
  readonly scanner: Scanner;
  readonly index: WorkspaceIndex;
  readonly workspace: Workspace;
  readonly open: ReadonlyMap<string, OpenNote>;
  readonly logger: Logger;
  readonly settings: Settings;
}

export function note(ctx: ServiceContext, uri: string): NoteAnalysis | undefined {
  return ctx.open.get(uri)?.analysis;
}

export function mentionAt(ctx: ServiceContext, uri: string, pos: Position): LineMention | undefined {
  return note(ctx, uri)?.mentionAt(pos);
}
