/**
 * What differs between the Node server (server.ts, nodeHost.ts) and the web server in a Web Worker
 * (browserServer.ts, webHost.ts): where the knowledge base comes from, how the workspace is read, whether a second
 * thread helps with indexing. Everything else, every handler and the session, is the same code (handlers.ts).
 */
import type { Connection } from 'vscode-languageserver';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { StartBatchScanner } from '../workspace/indexing';
import type { SkipReason, Workspace } from '../workspace/workspace';

export interface HostWorkspaceOptions {
  /** Is a note's path, relative to its folder, excluded by the editor's `files.exclude`? */
  exclude: (relPath: string) => boolean;
  maxFileBytes: number;
  /** Told of every note left out, and why. */
  onSkip: (uri: string, reason: SkipReason) => void;
}

/** The workspace of a session: its notes, read under a size limit that the settings may change. */
export interface HostWorkspace extends Workspace {
  maxFileBytes: number;
}

export interface ServerHost {
  /** The bundled knowledge base, at initialize. */
  bundledKnowledgeBase(): KnowledgeBase;
  /**
   * The bundled packs plus the user's folders (as knowledgeBaseFolders resolved them), without the packs turned
   * off (`historyNotes.packs`).
   */
  knowledgeBase(folders: readonly string[], disabledPacks: readonly string[]): KnowledgeBase | Promise<KnowledgeBase>;
  /** The URI of a knowledge base file as its problems name it (Node: a path; web: already a URI). */
  fileUri(file: string): string;
  /** historyNotes.knowledgeBase.folders resolved against the first workspace folder (Node: paths; web: URIs). */
  knowledgeBaseFolders(settingFolders: readonly string[]): string[];
  /** The workspace of initialize's folders (URIs), or without any (that the host can read), of its root. */
  openWorkspace(
    folderUris: readonly string[],
    rootUri: string | undefined,
    options: HostWorkspaceOptions,
  ): HostWorkspace;
  /** A helper that indexes batches on another thread, where the host has one. */
  startBatchScanner?: StartBatchScanner;
  /** Gives the host the connection, for what it asks the client (the web host reads the workspace through it). */
  connect?(connection: Connection): void;
}
