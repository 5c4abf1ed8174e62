/**
 * The History Notes language service: text in, results out. It owns the open notes (their documents and
 * analyses), the workspace index and the knowledge base, all private, and exposes one method per editor feature
 * and per change of state (open, change or close a note; index the workspace; new settings; another knowledge
 * base), in editor terms. No LSP connection, no Node module: the server (server.ts), the CLI (cli.ts) and the
 * tests all drive this same object.
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
import { NoteAnalysis, type Position, type Range as NoteRange } from '../recogniser/noteAnalysis';
import { NoteDocument } from '../recogniser/noteDocument';
import { Scanner } from '../recogniser/scan';
import { indexWorkspace, type CancelToken, type StartBatchScanner } from '../workspace/indexing';
import type { Workspace } from '../workspace/workspace';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CoverageGap, EntitySummary, PackSummary, TimelineEntry } from '../protocol';
import { getCodeActions } from './codeActions';
import { getCompletions, resolveCompletion } from './completion';
import type { Logger, OpenNote, ServiceContext } from './context';
import { factPage, getDefinition } from './definition';
import { getDiagnostics } from './diagnostics';
import { getHover } from './hover';
import { lineRange } from './ranges';
import { getDocumentHighlights, getReferences, mentionsOfEntity } from './references';
import { getSemanticTokens, type SemanticToken } from './semanticTokens';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { getDocumentSymbols, getWorkspaceSymbols } from './symbols';
import { getTimeline } from './timeline';
import { coverage, getCodeLenses, workspaceEntities } from './workspaceViews';

export interface ContentChange {
  range?: NoteRange;
  text: string;
}

export interface LanguageServiceOptions {
  kb: KnowledgeBase;
  workspace: Workspace;
  logger?: Logger;
  settings?: Settings;
  /** Where the platform has one (Node: nodeScanWorker.ts), a helper that indexes batches on another thread. */
  startBatchScanner?: StartBatchScanner;
}

const silent: Logger = {
  log() {
    /* quiet */
  },
  error() {
    /* quiet */
  },
};

/** The context of a knowledge base: what the service rebuilds when the knowledge base changes. */
interface Context extends ServiceContext {
  readonly open: Map<string, OpenNote>;
  settings: Settings;
}

export class LanguageService {
  private ctx: Context;
  private readonly startBatchScanner?: StartBatchScanner;

  constructor(options: LanguageServiceOptions) {
    this.startBatchScanner = options.startBatchScanner;
    this.ctx = {
      kb: options.kb,
      scanner: Scanner.forEntities(options.kb.entities, options.kb.packTopics()),
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

  get settings(): Settings {
    return this.ctx.settings;
  }

  updateSettings(settings: Settings): void {
    this.ctx.settings = settings;
  }

  /**
   * Moves the service to another knowledge base: a new lexicon and an empty index (index the workspace again),
   * and every open note analysed afresh under it. A note too large to analyse stays so.
   */
  useKnowledgeBase(kb: KnowledgeBase): void {
    const old = this.ctx;
    this.ctx = {
      ...old,
      kb,
      scanner: Scanner.forEntities(kb.entities, kb.packTopics()),
      index: new WorkspaceIndex(kb),
      open: new Map(),
    };
    for (const [uri, open] of old.open) {
      if (open.tooLarge) this.ctx.open.set(uri, this.note(uri, open.document.version, '', true));
      else this.openNote(uri, open.document.version, open.document.getText());
    }
  }

  // ---- notes -------------------------------------------------------------------------------------------

  /**
   * Opens a note. One larger than the size limit (settings.maxFileBytes) is not analysed: an empty analysis
   * stands in for it, so every feature answers nothing there, and it returns false for the caller to say so.
   */
  openNote(uri: string, version: number, text: string): boolean {
    const tooLarge = this.tooLarge(text);
    this.ctx.open.set(uri, this.note(uri, version, tooLarge ? '' : text, tooLarge));
    return !tooLarge;
  }

  private note(uri: string, version: number, text: string, tooLarge: boolean): OpenNote {
    const analysis = new NoteAnalysis(this.ctx.scanner, text);
    return { document: new NoteDocument(uri, version, analysis), analysis, ...(tooLarge ? { tooLarge } : {}) };
  }

  /**
   * Applies editor changes in order; a change without a range replaces the whole text. A note too large to
   * analyse ignores its edits (its text is not kept) until a whole new text under the limit replaces it; a change
   * that brings more text than the limit makes the note too large. The analysis applies each change as an LSP
   * text document does and re-recognises only the lines it touched.
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
    open.document.edited(version);
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
    return utf8Length(text) > max;
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

  /** The notes open in the editor. */
  openUris(): string[] {
    return [...this.ctx.open.keys()];
  }

  analysis(uri: string): NoteAnalysis | undefined {
    return this.ctx.open.get(uri)?.analysis;
  }

  // ---- workspace index ---------------------------------------------------------------------------------

  /** Reads every note of the workspace into the index (workspace/indexing.ts). Returns how many were read. */
  indexWorkspace(token?: CancelToken): Promise<number> {
    const ctx = this.ctx;
    return indexWorkspace(
      {
        workspace: ctx.workspace,
        index: ctx.index,
        scanner: ctx.scanner,
        entities: ctx.kb.entities,
        topics: ctx.kb.packTopics(),
        isOpen: (uri) => ctx.open.has(uri),
        startBatchScanner: this.startBatchScanner,
      },
      token,
    );
  }

  /** Re-reads one note from the workspace (it changed on disk), unless it is open in the editor. */
  async indexNote(uri: string): Promise<NoteAnalysis | undefined> {
    if (this.ctx.open.has(uri)) return undefined;
    const text = await this.ctx.workspace.readNote(uri);
    if (text === undefined) {
      this.ctx.index.delete(uri);
      return undefined;
    }
    return this.indexText(uri, text);
  }

  /** Indexes a note that is not open from its text (as read from disk); returns its analysis. */
  indexText(uri: string, text: string): NoteAnalysis {
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
  /** The read-only page that go to definition opens where the knowledge base file cannot be (the web). */
  factPage(id: string): string | null {
    return factPage(this.ctx, id);
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
  /** The timeline of these notes; without, of every note open or indexed. */
  timeline(uris?: string[]): TimelineEntry[] {
    return getTimeline(this.ctx, uris ?? [...new Set([...this.ctx.open.keys(), ...this.ctx.index.uris()])]);
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
  /** The knowledge packs loaded, on or off, with their counts. */
  packs(): PackSummary[] {
    return this.ctx.kb.packs.map((p) => ({
      id: p.manifest.id,
      title: p.manifest.title,
      period: p.manifest.period,
      specifications: p.manifest.specifications,
      entities: p.entities,
      enabled: p.enabled,
      requiredBy: p.requiredBy,
      bundled: p.bundled,
      problems: p.problems.length,
    }));
  }
  mentions(id: string): Location[] {
    return mentionsOfEntity(this.ctx, id).map((m) => ({
      uri: m.uri,
      range: lineRange(m.line, m.start, m.end),
    }));
  }
  semanticTokens(uri: string, fromLine?: number, toLine?: number): SemanticToken[] {
    const a = this.analysis(uri);
    return a ? getSemanticTokens(a, fromLine, toLine) : [];
  }
}

/** The length of a text in UTF-8 bytes (a lone surrogate counts three, as its replacement character). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
