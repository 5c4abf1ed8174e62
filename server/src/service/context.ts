/**
 * What every feature works from: the knowledge base, the open notes' documents and live analyses, and the
 * workspace index. Features are plain functions of this context; the LanguageService owns it and keeps it
 * private, and none of them knows about LSP transport.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { NoteAnalysis, Position } from '../recogniser/noteAnalysis';
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
  /** The editor's text of the note, kept in step with its edits (empty while the note is too large). */
  document: TextDocument;
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
