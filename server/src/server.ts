#!/usr/bin/env node
/**
 * The LSP adapter: wires the connection to the language service and nothing more. Every handler is guarded: an
 * internal error is logged to the client's output channel and answered as an LSP error or an empty result; the
 * server stays up.
 */
import * as path from 'path';
import picomatch from 'picomatch';
import {
  CodeActionKind, createConnection, MessageType, SemanticTokensBuilder, ShowMessageNotification, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes,
  FileChangeType, ProposedFeatures, ResponseError, TextDocumentSyncKind, type Connection, type InitializeParams,
  type InitializeResult, type Position,
} from 'vscode-languageserver/node';
import { loadBundledKnowledgeBase } from './kb/knowledgeBase';
import { ACCEPT_NAME_COMMAND } from './service/codeActions';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './service/semanticTokens';
import { DEFAULT_SETTINGS, type Settings } from './service/context';
import { LanguageService } from './service/languageService';
import { FsWorkspace, uriToPath } from './workspace/workspace';

const DIAGNOSTIC_DELAY_MS = 150;

export function startServer(connection: Connection): void {
  let service: LanguageService | undefined;
  let folders: string[] = [];
  let excludeGlobs: string[] = [];
  let userKbFolders: string[] = [];
  const builders = new Map<string, SemanticTokensBuilder>();
  let configurationPull = false;
  let watchedFilesDynamic = false;
  let initialised = false;
  let indexReady: Promise<void> = Promise.resolve();
  const pending = new Map<string, NodeJS.Timeout>();

  const log = (m: string) => connection.console.log(m);
  // A notification, not showMessageRequest: a client that cannot answer requests must not leave a promise
  // rejected behind us.
  const warn = (message: string) => { void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }); };
  const logError = (m: string) => connection.console.error(m);

  function requireService(): LanguageService {
    if (!service || !initialised) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'History Notes: the server is not initialised yet.');
    return service;
  }

  /** Runs a request handler; turns a thrown error into a logged, clean LSP error. */
  function guard<P, R>(name: string, fallback: R, fn: (p: P) => R): (p: P) => R {
    return (p: P) => {
      try {
        if (!validParams(p)) throw new ResponseError(ErrorCodes.InvalidParams, `History Notes: malformed ${name} parameters.`);
        return fn(p);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        logError(`History Notes: ${name} failed: ${(err as Error)?.stack ?? err}`);
        return fallback;
      }
    };
  }

  function validParams(p: unknown): boolean {
    if (p === undefined || p === null || typeof p !== 'object') return false;
    const q = p as { textDocument?: { uri?: unknown }; position?: Partial<Position> };
    if ('textDocument' in q && typeof q.textDocument?.uri !== 'string') return false;
    if ('position' in q && !(isNat(q.position?.line) && isNat(q.position?.character))) return false;
    return true;
  }

  function scheduleDiagnostics(uri: string): void {
    const t = pending.get(uri);
    if (t) clearTimeout(t);
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      try {
        if (service?.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: service.diagnostics(uri) });
      } catch (err) {
        logError(`History Notes: diagnostics failed for ${uri}: ${(err as Error)?.stack ?? err}`);
      }
    }, DIAGNOSTIC_DELAY_MS));
  }

  async function pullSettings(): Promise<void> {
    if (!configurationPull || !service) return;
    try {
      const [cfg, filesExclude] = await connection.workspace.getConfiguration([{ section: 'historyNotes' }, { section: 'files.exclude' }]);
      service.updateSettings(mergeSettings(cfg));
      await useKnowledgeBaseFolders(kbFoldersOf(cfg));
      excludeGlobs = Object.entries((filesExclude ?? {}) as Record<string, unknown>).filter(([, v]) => v === true).map(([k]) => k);
    } catch (err) {
      logError(`History Notes: could not read settings: ${(err as Error).message}`);
    }
  }

  /** The user's own knowledge base folders (`historyNotes.knowledgeBase.folders`), resolved against the first workspace folder. */
  function kbFoldersOf(cfg: unknown): string[] {
    const list = (cfg as { knowledgeBase?: { folders?: unknown } } | null)?.knowledgeBase?.folders;
    if (!Array.isArray(list)) return [];
    return list.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => path.resolve(folders[0] ?? process.cwd(), x));
  }

  /**
   * Loads the bundled knowledge base plus the user's folders when those change, and moves the open notes to a
   * service built on it. A broken user file costs only itself: its problems are logged and shown once.
   */
  async function useKnowledgeBaseFolders(extra: string[]): Promise<void> {
    if (!service || extra.join('\n') === userKbFolders.join('\n')) return;
    userKbFolders = extra;
    const kb = loadBundledKnowledgeBase(extra);
    const userProblems = kb.problems.filter((p) => extra.some((f) => p.file.startsWith(f)));
    for (const p of userProblems.slice(0, 50)) logError(`History Notes: knowledge base problem: ${p.file}${p.entity ? ` [${p.entity}]` : ''}: ${p.message}`);
    if (userProblems.length) {
      warn(`History Notes: your knowledge base has ${userProblems.length} problem${userProblems.length === 1 ? '' : 's'}; the rest of it is in use. See the History Notes output for details.`);
    }
    const old = service;
    const next = new LanguageService({ kb, workspace: old.ctx.workspace, logger: old.ctx.logger, settings: old.ctx.settings });
    for (const [uri, open] of old.ctx.open) next.openNote(uri, open.version, open.analysis.text());
    service = next;
    builders.clear();
    await next.indexWorkspace();
    for (const uri of openUris()) scheduleDiagnostics(uri);
    log(`History Notes: knowledge base reloaded with ${kb.entities.length} entities (${extra.length} folder${extra.length === 1 ? '' : 's'} of yours).`);
  }

  function isExcluded(rel: string): boolean {
    return excludeGlobs.some((g) => picomatch.isMatch(rel, g.replace(/^\*\*\//, ''), { dot: true }) || picomatch.isMatch(rel, g, { dot: true }));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const kb = loadBundledKnowledgeBase();
    for (const p of kb.problems.slice(0, 20)) logError(`History Notes: knowledge base problem: ${p.file}${p.entity ? ` [${p.entity}]` : ''}: ${p.message}`);
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) { const p = uriToPath(params.rootUri); if (p) folders.push(p); }
    const workspace = new FsWorkspace({ folders, exclude: (rel) => isExcluded(rel), maxFileBytes: DEFAULT_SETTINGS.maxFileBytes });
    service = new LanguageService({ kb, workspace, logger: { log, error: logError } });
    configurationPull = !!params.capabilities.workspace?.configuration;
    watchedFilesDynamic = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    initialised = true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { resolveProvider: true, triggerCharacters: [] },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'History Notes' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: { delta: true }, range: true },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'history-notes-ls', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'historyNotes' }).catch(() => undefined);
    if (watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }] }).catch(() => undefined);
    }
    indexReady = (async () => {
      await pullSettings();
      const started = Date.now();
      const n = await requireService().indexWorkspace();
      log(`History Notes: indexed ${n} notes in ${Date.now() - started} ms.`);
    })().catch((err) => logError(`History Notes: indexing failed: ${(err as Error)?.stack ?? err}`));
  });

  connection.onDidChangeConfiguration(async () => {
    await pullSettings();
    for (const uri of openUris()) scheduleDiagnostics(uri);
  });

  function openUris(): string[] {
    return service ? [...service.ctx.open.keys()] : [];
  }

  connection.onDidOpenTextDocument((p) => {
    try {
      const s = requireService();
      const text = typeof p.textDocument.text === 'string' ? p.textDocument.text : '';
      if (text.length > s.ctx.settings.maxFileBytes) {
        s.openNote(p.textDocument.uri, p.textDocument.version, '');
        warn(`History Notes: ${p.textDocument.uri.split('/').pop()} is larger than ${Math.round(s.ctx.settings.maxFileBytes / 1048576)} MB; it is not analysed.`);
        return;
      }
      s.openNote(p.textDocument.uri, p.textDocument.version, text);
      scheduleDiagnostics(p.textDocument.uri);
    } catch (err) {
      logError(`History Notes: didOpen failed: ${(err as Error)?.stack ?? err}`);
    }
  });

  connection.onDidChangeTextDocument((p) => {
    try {
      const s = requireService();
      const changes = (p.contentChanges ?? []).filter((c) => typeof c?.text === 'string');
      if (!s.changeNote(p.textDocument.uri, p.textDocument.version ?? 0, changes as { text: string }[])) return;
      scheduleDiagnostics(p.textDocument.uri);
    } catch (err) {
      logError(`History Notes: didChange failed: ${(err as Error)?.stack ?? err}`);
    }
  });

  connection.onDidCloseTextDocument((p) => {
    try {
      const s = requireService();
      s.closeNote(p.textDocument.uri);
      builders.delete(p.textDocument.uri);
      void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
      // The editor may have closed it unsaved: what is on disk is the truth for the index.
      void s.indexNote(p.textDocument.uri);
    } catch (err) {
      logError(`History Notes: didClose failed: ${(err as Error)?.stack ?? err}`);
    }
  });

  connection.onDidChangeWatchedFiles(async (p) => {
    const s = service;
    if (!s) return;
    for (const c of p.changes ?? []) {
      try {
        if (c.type === FileChangeType.Deleted) {
          s.forgetNote(c.uri);
          if (!s.isOpen(c.uri)) void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
        } else if (/\.(md|markdown)$/i.test(c.uri) && !s.isOpen(c.uri)) {
          // A note that is not open still gets its findings when it changes on disk (the Problems panel).
          const diagnostics = await s.noteChangedOnDisk(c.uri);
          void connection.sendDiagnostics({ uri: c.uri, diagnostics: diagnostics ?? [] });
        }
      } catch (err) {
        logError(`History Notes: could not re-read ${c.uri}: ${(err as Error).message}`);
      }
    }
  });

  connection.onHover(guard('hover', null, (p) => requireService().hover(p.textDocument.uri, p.position)));
  connection.onCompletion(guard('completion', { isIncomplete: false, items: [] }, (p) => requireService().completion(p.textDocument.uri, p.position, p.context?.triggerKind === 1)));
  connection.onCompletionResolve(guard('completion resolve', null as never, (item) => requireService().resolveCompletion(item)));
  connection.onDefinition(guard('definition', [], (p) => requireService().definition(p.textDocument.uri, p.position)));
  connection.onReferences(async (p, token) => {
    await indexReady;
    return guard('references', [], (q: typeof p) => requireService().references(q.textDocument.uri, q.position, !!q.context?.includeDeclaration, token))(p);
  });
  connection.onDocumentHighlight(guard('highlight', [], (p) => requireService().documentHighlights(p.textDocument.uri, p.position)));
  connection.onDocumentSymbol(guard('document symbols', [], (p) => requireService().documentSymbols(p.textDocument.uri)));
  connection.onWorkspaceSymbol(guard('workspace symbols', [], (p) => requireService().workspaceSymbols(typeof p.query === 'string' ? p.query : '')));
  connection.onCodeAction(guard('code actions', [], (p) => requireService().codeActions(p.textDocument.uri, p.range, Array.isArray(p.context?.diagnostics) ? p.context.diagnostics : [])));

  // Semantic tokens: one builder per note keeps the previous result, so that a delta request sends only edits.
  function buildTokens(uri: string, builder: SemanticTokensBuilder, fromLine?: number, toLine?: number): void {
    for (const t of requireService().semanticTokens(uri, fromLine, toLine)) builder.push(t.line, t.start, t.length, t.type, t.modifiers);
  }
  function builderFor(uri: string): SemanticTokensBuilder {
    let b = builders.get(uri);
    if (!b) { b = new SemanticTokensBuilder(); builders.set(uri, b); }
    return b;
  }
  connection.languages.semanticTokens.on(guard('semantic tokens', { data: [] }, (p) => {
    const b = builderFor(p.textDocument.uri);
    buildTokens(p.textDocument.uri, b);
    return b.build();
  }));
  connection.languages.semanticTokens.onDelta(guard('semantic tokens delta', { edits: [] }, (p) => {
    const b = builderFor(p.textDocument.uri);
    b.previousResult(p.previousResultId);
    buildTokens(p.textDocument.uri, b);
    return b.buildEdits();
  }));
  connection.languages.semanticTokens.onRange(guard('semantic tokens range', { data: [] }, (p) => {
    const b = new SemanticTokensBuilder();
    buildTokens(p.textDocument.uri, b, p.range.start.line, p.range.end.line);
    return b.build();
  }));
  connection.onCodeLens(guard('code lens', [], (p) => requireService().codeLenses(p.textDocument.uri)));
  connection.onRequest('historyNotes/timeline', guard('timeline', [], (p: { uris?: unknown }) => {
    const s = requireService();
    const uris = Array.isArray(p.uris) ? p.uris.filter((u): u is string => typeof u === 'string') : [...new Set([...s.ctx.open.keys(), ...s.ctx.index.uris()])];
    return s.timeline(uris);
  }));
  connection.onRequest('historyNotes/entities', guard('entities', [], () => requireService().workspaceEntities()));
  connection.onRequest('historyNotes/mentions', guard('mentions', [], (p: { id?: unknown }) => (typeof p.id === 'string' ? requireService().mentions(p.id) : [])));
  connection.onRequest('historyNotes/coverage', guard('coverage', [], () => requireService().coverage()));

  connection.listen();
}

function isNat(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function mergeSettings(cfg: unknown): Settings {
  const c = (cfg ?? {}) as Partial<Settings> & { factCheck?: Partial<Settings['factCheck']>; maxFileSizeMB?: number };
  const severities = ['error', 'warning', 'information', 'hint', 'off'];
  const fc = { ...DEFAULT_SETTINGS.factCheck };
  for (const k of Object.keys(fc) as (keyof typeof fc)[]) {
    const v = c.factCheck?.[k];
    if (typeof v === 'string' && severities.includes(v)) fc[k] = v as typeof fc[typeof k];
  }
  return {
    factCheck: fc,
    acceptedNames: Array.isArray(c.acceptedNames) ? c.acceptedNames.filter((x): x is string => typeof x === 'string') : [],
    maxFileBytes: typeof c.maxFileSizeMB === 'number' && c.maxFileSizeMB > 0 ? c.maxFileSizeMB * 1024 * 1024 : DEFAULT_SETTINGS.maxFileBytes,
  };
}

export { ACCEPT_NAME_COMMAND };

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write('history-notes-ls 0.1.0\n');
  } else {
    // The last line of defence: a stray rejected promise is logged, never allowed to end the server.
    process.on('unhandledRejection', (reason) => { process.stderr.write(`History Notes: unhandled rejection: ${(reason as Error)?.stack ?? reason}\n`); });
    startServer(createConnection(ProposedFeatures.all));
  }
}
