/**
 * What every feature works from: the knowledge base, the open notes' live analyses and the workspace index.
 * Features are plain functions of this context; none of them knows about LSP transport.
 */
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { NoteAnalysis, type Position } from '../recogniser/document';
import { Scanner } from '../recogniser/scan';
import type { LineMention } from '../recogniser/types';
import type { WorkspaceIndex } from '../workspace/index';
import { DEFAULT_MAX_FILE_BYTES, type Workspace } from '../workspace/workspace';

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export interface OpenNote {
  uri: string;
  version: number;
  analysis: NoteAnalysis;
  /** Larger than the size limit: not analysed (an empty analysis stands in) until replaced whole by a smaller text. */
  tooLarge?: boolean;
}

export interface ServiceContext {
  readonly kb: KnowledgeBase;
  readonly scanner: Scanner;
  readonly index: WorkspaceIndex;
  readonly workspace: Workspace;
  readonly open: Map<string, OpenNote>;
  readonly logger: Logger;
  settings: Settings;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  factCheck: { misspellings: Severity; dates: Severity; anachronisms: Severity; confusions: Severity };
  /** Names accepted in this workspace: never reported as misspellings. */
  acceptedNames: string[];
  maxFileBytes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  factCheck: { misspellings: 'information', dates: 'warning', anachronisms: 'warning', confusions: 'warning' },
  acceptedNames: [],
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
};

export function note(ctx: ServiceContext, uri: string): NoteAnalysis | undefined {
  return ctx.open.get(uri)?.analysis;
}

export function mentionAt(ctx: ServiceContext, uri: string, pos: Position): LineMention | undefined {
  return note(ctx, uri)?.mentionAt(pos);
}

export function newScanner(kb: KnowledgeBase): Scanner {
  return new Scanner(kb.lexicon);
}
