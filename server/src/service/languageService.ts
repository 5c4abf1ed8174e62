/**
 * The History Notes language service: text in, results out. It owns the open notes' analyses and the workspace
 * index and exposes one method per editor feature, in editor terms. No LSP connection, no `vscode`: the server
 * (server.ts), the CLI (cli.ts) and the tests all drive this same object.
 */
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  Location,
  Range,
  WorkspaceSymbol,
} from 'vscode-languageserver-types';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { NoteAnalysis, type Position, type Range as NoteRange } from '../recogniser/document';
import { WorkspaceIndex } from '../workspace/index';
import { ScanWorker } from '../workspace/scanWorker';
import type { Workspace } from '../workspace/workspace';
import { getCodeActions } from './codeActions';
import { getCompletions, resolveCompletion } from './completion';
import { DEFAULT_SETTINGS, newScanner, type Logger, type ServiceContext, type Settings } from './context';
import { getDefinition } from './definition';
import { getDiagnostics } from './diagnostics';
import { getHover } from './hover';
import { getDocumentHighlights, getReferences, type CancelToken } from './references';
import { getDocumentSymbols, getWorkspaceSymbols } from './symbols';
import { getTimeline, type TimelineEntry } from './timeline';
import { getSemanticTokens, type SemanticToken } from './semanticTokens';
import { coverage, getCodeLenses, workspaceEntities, type CoverageGap, type EntitySummary } from './workspaceViews';
import { mentionsOfEntity } from './references';

export interface ContentChange {
  range?: NoteRange;
  text: string;
}

export interface LanguageServiceOptions {
  kb: KnowledgeBase;
  workspace: Workspace;
  logger?: Logger;
  settings?: Settings;
}

/** Notes read at once while indexing the workspace. */
const INDEX_BATCH = 32;
/** Workspaces this large are indexed with a worker thread's help. */
const WORKER_MIN_NOTES = 500;

const silent: Logger = {
  log() {
    /* quiet */
  },
  error() {
    /* quiet */
  },
};

export class LanguageService {
  readonly ctx: ServiceContext;

  constructor(options: LanguageServiceOptions) {
    this.ctx = {
      kb: options.kb,
      scanner: newScanner(options.kb),
      index: new WorkspaceIndex(options.kb),
      workspace: options.workspace,
      open: new Map(),
      logger: options.logger ?? silent,
      settings: options.settings ?? structuredClone(DEFAULT_SETTINGS),
    };
  }

  get kb(): KnowledgeBase {
    return this.ctx.kb;
  }

  updateSettings(settings: Settings): void {
    this.ctx.settings = settings;
  }

  // ---- notes -------------------------------------------------------------------------------------------

  /**
   * Opens a note. One larger than the size limit (settings.maxFileBytes) is not analysed: an empty analysis
   * stands in for it, so every feature answers nothing there, and it returns false for the caller to say so.
   */
  openNote(uri: string, version: number, text: string): boolean {
    const tooLarge = this.tooLarge(text);
    this.ctx.open.set(uri, {
      uri,
      version,
      analysis: new NoteAnalysis(this.ctx.scanner, tooLarge ? '' : text),
      ...(tooLarge ? { tooLarge } : {}),
    });
    return !tooLarge;
  }

  /**
   * Applies editor changes in order; a change without a range replaces the whole text. A note too large to
   * analyse ignores its edits (its text is not kept) until a whole new text under the limit replaces it; a change
   * that brings more text than the limit makes the note too large.
   */
  changeNote(uri: string, version: number, changes: ContentChange[]): boolean {
    const open = this.ctx.open.get(uri);
    if (!open) return false;
    for (const c of changes) {
      if (this.tooLarge(c.text)) {
        open.tooLarge = true;
        open.analysis.reset('');
      } else if (!c.range) {
        open.tooLarge = undefined;
        open.analysis.reset(c.text);
      } else if (!open.tooLarge) {
        open.analysis.applyChange(c.range, c.text);
      }
    }
    open.version = version;
    return true;
  }

  /** Is this open note left out of analysis for its size? */
  isTooLarge(uri: string): boolean {
    return !!this.ctx.open.get(uri)?.tooLarge;
  }

  /** More UTF-8 bytes than the limit (a UTF-16 unit is at least one byte and at most three). */
  private tooLarge(text: string): boolean {
    const max = this.ctx.settings.maxFileBytes;
    if (text.length > max) return true;
    if (text.length * 3 <= max) return false;
    return Buffer.byteLength(text, 'utf8') > max;
  }

  /** Closes a note; the index keeps what it last knew of it until the file on disk says otherwise. */
  closeNote(uri: string): void {
    const open = this.ctx.open.get(uri);
    if (!open) return;
    this.ctx.open.delete(uri);
    this.ctx.index.setNote(uri, open.analysis);
  }

  isOpen(uri: string): boolean {
    return this.ctx.open.has(uri);
  }

  analysis(uri: string): NoteAnalysis | undefined {
    return this.ctx.open.get(uri)?.analysis;
  }

  // ---- workspace index ---------------------------------------------------------------------------------

  /**
   * Reads every note of the workspace into the index. Returns how many notes were read. Notes are read in
   * batches, the next batch's files being read (by the file system's threads) while this one is recognised;
   * each batch is a few milliseconds of work, so requests are answered between batches. In a large workspace
   * a worker thread (where the bundle has one) recognises every other batch on the second core.
   */
  async indexWorkspace(token?: CancelToken): Promise<number> {
    const uris = await this.ctx.workspace.listNotes();
    const read = (from: number) =>
      Promise.all(uris.slice(from, from + INDEX_BATCH).map((u) => this.ctx.workspace.readNote(u)));
    const worker = uris.length >= WORKER_MIN_NOTES ? ScanWorker.start(this.ctx.kb.entities) : undefined;
    const inWorker: Promise<void>[] = [];
    /** Puts one batch into the index: packed by the worker, or recognised here when it has not been. */
    const store = (from: number, texts: (string | undefined)[], packed?: Int32Array[]) => {
      for (let i = 0; i < texts.length; i++) {
        const uri = uris[from + i],
          text = texts[i];
        if (this.ctx.open.has(uri)) continue;
        if (text === undefined) this.ctx.index.delete(uri);
        else if (packed) this.ctx.index.setPacked(uri, packed[i]);
        else this.ctx.index.setNote(uri, new NoteAnalysis(this.ctx.scanner, text));
      }
    };
    let n = 0;
    try {
      let next = read(0);
      for (let from = 0; from < uris.length; from += INDEX_BATCH) {
        // A turn of the event loop between batches: requests are answered, the worker's results come in.
        await new Promise((resolve) => setImmediate(resolve));
        const texts = await next;
        if (token?.isCancellationRequested) break;
        if (from + INDEX_BATCH < uris.length) next = read(from + INDEX_BATCH);
        n += texts.length;
        if (worker && worker.pending < 2) {
          const at = from;
          inWorker.push(worker.scan(texts.map((t) => t ?? '')).then((packed) => store(at, texts, packed)));
        } else {
          store(from, texts);
        }
      }
      await Promise.all(inWorker);
    } finally {
      worker?.close();
    }
    return n;
  }

  /** Re-reads one note from the workspace (it changed on disk), unless it is open in the editor. */
  async indexNote(uri: string): Promise<NoteAnalysis | undefined> {
    if (this.ctx.open.has(uri)) return undefined;
    const text = await this.ctx.workspace.readNote(uri);
    if (text === undefined) {
      this.ctx.index.delete(uri);
      return undefined;
    }
    const analysis = new NoteAnalysis(this.ctx.scanner, text);
    this.ctx.index.setNote(uri, analysis);
    return analysis;
  }

  /** A note changed on disk while not open: re-index it and return its findings, for the Problems panel. */
  async noteChangedOnDisk(uri: string): Promise<Diagnostic[] | undefined> {
    const analysis = await this.indexNote(uri);
    return analysis ? getDiagnostics(this.ctx, analysis) : undefined;
  }

  forgetNote(uri: string): void {
    this.ctx.index.delete(uri);
  }

  get indexedNotes(): number {
    return this.ctx.index.size;
  }

  // ---- features ----------------------------------------------------------------------------------------

  hover(uri: string, pos: Position): Hover | null {
    return getHover(this.ctx, uri, pos);
  }
  completion(uri: string, pos: Position, invoked = false): CompletionList {
    return getCompletions(this.ctx, uri, pos, invoked);
  }
  resolveCompletion(item: CompletionItem): CompletionItem {
    return resolveCompletion(this.ctx, item);
  }
  definition(uri: string, pos: Position): Location[] {
    return getDefinition(this.ctx, uri, pos);
  }
  references(uri: string, pos: Position, includeDeclaration = false, token?: CancelToken): Location[] {
    return getReferences(this.ctx, uri, pos, includeDeclaration, token);
  }
  documentHighlights(uri: string, pos: Position): DocumentHighlight[] {
    return getDocumentHighlights(this.ctx, uri, pos);
  }
  documentSymbols(uri: string): DocumentSymbol[] {
    return getDocumentSymbols(this.ctx, uri);
  }
  workspaceSymbols(query: string): WorkspaceSymbol[] {
    return getWorkspaceSymbols(this.ctx, query);
  }
  diagnostics(uri: string): Diagnostic[] {
    const a = this.analysis(uri);
    return a ? getDiagnostics(this.ctx, a) : [];
  }
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
    return getCodeActions(this.ctx, uri, range, diagnostics);
  }
  timeline(uris: string[]): TimelineEntry[] {
    return getTimeline(this.ctx, uris);
  }
  codeLenses(uri: string): CodeLens[] {
    return getCodeLenses(this.ctx, uri);
  }
  workspaceEntities(): EntitySummary[] {
    return workspaceEntities(this.ctx);
  }
  coverage(): CoverageGap[] {
    return coverage(this.ctx);
  }
  mentions(id: string): Location[] {
    return mentionsOfEntity(this.ctx, id).map((m) => ({
      uri: m.uri,
      range: { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.end } },
    }));
  }
  semanticTokens(uri: string, fromLine?: number, toLine?: number): SemanticToken[] {
    const a = this.analysis(uri);
    return a ? getSemanticTokens(a, fromLine, toLine) : [];
  }
}
