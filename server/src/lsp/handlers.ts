/**
 * The LSP adapter: one short handler per message, each handing its parameters to the language service
 * (service/languageService.ts) through the session (session.ts). Every handler is guarded: malformed parameters
 * are answered InvalidParams, an internal error is logged to the client's output channel and answered with an
 * empty result, and the server stays up. The same handlers serve on Node (server.ts) and in a Web Worker
 * (browserServer.ts): what differs is the host (host.ts), and the connection each entry point makes.
 */
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ReferenceParams,
} from 'vscode-languageserver';
import {
  CoverageRequest,
  EntitiesRequest,
  FactPageRequest,
  IndexedNotification,
  MentionsRequest,
  PacksRequest,
  TimelineRequest,
} from '../protocol';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../service/semanticTokens';
import { nextTurn } from '../workspace/eventLoop';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import type { ServerHost } from './host';
import { AT, DOC, fileName, readChanges, SPAN, stringsOf, validParams, type Need } from './params';
import { TokenBuilders } from './semanticTokens';
import { Session } from './session';

export const VERSION = '0.1.0';

/** Registers every handler on the connection and starts listening. */
export function startServer(connection: Connection, host: ServerHost): void {
  const log = (m: string) => connection.console.log(m);
  const logError = (m: string) => connection.console.error(m);
  // A notification, not showMessageRequest: a client that cannot answer requests must not leave a promise
  // rejected behind us.
  const warn = (message: string) =>
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  const failed = (what: string, err: unknown) =>
    logError(`History Notes: ${what} failed: ${(err as Error)?.stack ?? err}`);

  const session = new Session({ log, error: logError, warn }, host);
  host.connect?.(connection);
  const service = () => session.service;
  const tokens = new TokenBuilders();
  const diagnostics = new DiagnosticsScheduler((uri) => {
    try {
      const s = session.serviceIfStarted;
      if (s?.isOpen(uri))
        void connection.sendDiagnostics({ uri, diagnostics: [...s.diagnostics(uri), ...session.packDiagnostics(uri)] });
    } catch (err) {
      failed(`diagnostics for ${uri}`, err);
    }
  });
  const refreshAll = () => session.serviceIfStarted?.openUris().forEach((uri) => diagnostics.schedule(uri));
  session.onPackProblemsChanged = (uris) => {
    for (const uri of uris)
      if (session.serviceIfStarted?.isOpen(uri)) diagnostics.schedule(uri);
      else void connection.sendDiagnostics({ uri, diagnostics: session.packDiagnostics(uri) });
  };
  let packReload: ReturnType<typeof setTimeout> | undefined;
  /** A user's pack file changed on disk: reload the knowledge base once the burst of changes is over. */
  const reloadPacksSoon = () => {
    clearTimeout(packReload);
    packReload = setTimeout(() => void session.reloadKnowledgeBase().catch((err) => failed('pack reload', err)), 300);
  };
  let configurationPull = false;
  let watchedFilesDynamic = false;
  let codeLensRefresh = false;
  /**
   * The workspace index has (re)built: code lenses count notes, and the client's views list what the whole
   * workspace mentions, so they are asked again. On the web the first indexing reads every note through the
   * client and ends well after the first lenses were asked for.
   */
  const indexed = () => {
    if (codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    void connection.sendNotification(IndexedNotification.method, {});
  };
  session.onKnowledgeBaseChanged = () => {
    tokens.clear();
    refreshAll();
    indexed();
  };

  /**
   * A request handler: parameters that lack what the request needs (`needs`), or hold it malformed, are answered
   * InvalidParams; an error inside is logged to the output channel and answered with `fallback`.
   */
  function guard<P, R>(name: string, fallback: R, fn: (p: P) => R, needs: readonly Need[] = []): (p: P) => R {
    return (p: P) => {
      try {
        if (!validParams(p, needs))
          throw new ResponseError(ErrorCodes.InvalidParams, `History Notes: malformed ${name} parameters.`);
        return fn(p);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        failed(name, err);
        return fallback;
      }
    };
  }

  /** A notification handler: an error is logged; a notification without a document URI is logged and skipped. */
  function onNote<P extends { textDocument?: { uri?: unknown } }>(name: string, fn: (uri: string, p: P) => void) {
    return (p: P) => {
      try {
        service(); // before initialize, this throws: logged below
        const uri = p?.textDocument?.uri;
        if (typeof uri === 'string') fn(uri, p);
        else logError(`History Notes: ${name} without a document URI was ignored.`);
      } catch (err) {
        failed(name, err);
      }
    };
  }

  async function pullSettings(): Promise<void> {
    if (!configurationPull || !session.serviceIfStarted) return;
    try {
      const [section, filesExclude] = await connection.workspace.getConfiguration([
        { section: 'historyNotes' },
        { section: 'files.exclude' },
      ]);
      await session.applySettings(section, filesExclude);
    } catch (err) {
      logError(`History Notes: could not read settings: ${(err as Error).message}`);
    }
  }

  /** Says, in the output and in a warning, that a note is too large to analyse. */
  function tooLargeToAnalyse(uri: string): void {
    const message = `History Notes: ${fileName(uri)} is larger than ${session.limitInWords()}; it is not analysed.`;
    log(message);
    warn(`${message} Reopen it once it is smaller, or raise historyNotes.maxFileSizeMB.`);
  }

  // ---- lifecycle ---------------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.initialise(
      (params.workspaceFolders ?? []).map((f) => f.uri),
      params.rootUri,
    );
    configurationPull = !!params.capabilities.workspace?.configuration;
    watchedFilesDynamic = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    codeLensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    return { capabilities: CAPABILITIES, serverInfo: { name: 'history-notes-ls', version: VERSION } };
  });

  connection.onInitialized(() => {
    if (configurationPull)
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'historyNotes' })
        .catch(() => undefined);
    if (watchedFilesDynamic)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          // Notes, and the files of the user's own packs (JSON or Markdown) that live in the workspace.
          watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/*.json' }],
        })
        .catch(() => undefined);
    session.startIndexing(pullSettings);
    void session.indexReady.then(indexed);
  });

  connection.onDidChangeConfiguration(async () => {
    await pullSettings();
    refreshAll();
  });

  // ---- notes -------------------------------------------------------------------------------------------

  connection.onDidOpenTextDocument(
    onNote('didOpen', (uri, p) => {
      const text = typeof p.textDocument.text === 'string' ? p.textDocument.text : '';
      if (service().openNote(uri, p.textDocument.version, text)) diagnostics.schedule(uri);
      else tooLargeToAnalyse(uri);
    }),
  );

  connection.onDidChangeTextDocument(
    onNote('didChange', (uri, p) => {
      const { changes, malformed } = readChanges(p.contentChanges);
      // A change we cannot read is the client's slip: say so, and keep the ones we can.
      const version = p.textDocument.version;
      if (malformed)
        logError(`History Notes: ignored ${malformed} malformed content change(s) of ${uri} (version ${version}).`);
      const wasTooLarge = service().isTooLarge(uri);
      if (!service().changeNote(uri, version ?? 0, changes)) return;
      if (!wasTooLarge && service().isTooLarge(uri)) tooLargeToAnalyse(uri);
      diagnostics.schedule(uri);
    }),
  );

  connection.onDidCloseTextDocument(
    onNote('didClose', (uri) => {
      service().closeNote(uri);
      tokens.forget(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      // The editor may have closed it unsaved: what is on disk is the truth for the index.
      service()
        .indexNote(uri)
        .catch((err) => logError(`History Notes: could not re-read ${uri}: ${(err as Error)?.stack ?? err}`));
    }),
  );

  connection.onDidChangeWatchedFiles(async (p) => {
    for (const c of (Array.isArray(p?.changes) ? p.changes : []) as unknown[]) await fileChangedOnDisk(c);
  });

  // ---- features ----------------------------------------------------------------------------------------

  connection.onHover(guard('hover', null, (p) => service().hover(p.textDocument.uri, p.position), AT));
  connection.onCompletion(
    guard(
      'completion',
      { isIncomplete: false, items: [] },
      (p) => service().completion(p.textDocument.uri, p.position, p.context?.triggerKind === 1),
      AT,
    ),
  );
  connection.onCompletionResolve(
    guard('completion resolve', null as never, (item) => service().resolveCompletion(item)),
  );
  connection.onDefinition(guard('definition', [], (p) => service().definition(p.textDocument.uri, p.position), AT));
  connection.onReferences((p, token) => references(p, token));
  connection.onDocumentHighlight(
    guard('highlight', [], (p) => service().documentHighlights(p.textDocument.uri, p.position), AT),
  );
  connection.onDocumentSymbol(guard('document symbols', [], (p) => service().documentSymbols(p.textDocument.uri), DOC));
  connection.onWorkspaceSymbol(
    guard('workspace symbols', [], (p) => service().workspaceSymbols(typeof p.query === 'string' ? p.query : '')),
  );
  connection.onCodeAction(
    guard(
      'code actions',
      [],
      (p) => {
        const given = Array.isArray(p.context?.diagnostics) ? p.context.diagnostics : [];
        return service().codeActions(p.textDocument.uri, p.range, given);
      },
      SPAN,
    ),
  );
  connection.languages.semanticTokens.on(
    guard('semantic tokens', { data: [] }, (p) => tokens.full(service(), p.textDocument.uri), DOC),
  );
  connection.languages.semanticTokens.onDelta(
    guard(
      'semantic tokens delta',
      { edits: [] },
      (p) => tokens.delta(service(), p.textDocument.uri, p.previousResultId),
      DOC,
    ),
  );
  connection.languages.semanticTokens.onRange(
    guard(
      'semantic tokens range',
      { data: [] },
      (p) => tokens.range(service(), p.textDocument.uri, p.range.start.line, p.range.end.line),
      SPAN,
    ),
  );
  connection.onCodeLens(guard('code lens', [], (p) => service().codeLenses(p.textDocument.uri), DOC));

  // ---- History Notes' own requests (protocol.ts) --------------------------------------------------------

  connection.onRequest(
    TimelineRequest.method,
    guard('timeline', [], (p: { uris?: unknown }) => service().timeline(stringsOf(p.uris))),
  );
  connection.onRequest(
    EntitiesRequest.method,
    guard('entities', [], () => service().workspaceEntities()),
  );
  connection.onRequest(
    MentionsRequest.method,
    guard('mentions', [], (p: { id?: unknown }) => (typeof p.id === 'string' ? service().mentions(p.id) : [])),
  );
  connection.onRequest(
    CoverageRequest.method,
    guard('coverage', [], () => service().coverage()),
  );
  connection.onRequest(
    PacksRequest.method,
    guard('packs', [], () => service().packs()),
  );
  connection.onRequest(
    FactPageRequest.method,
    guard('fact page', null, (p: { id?: unknown }) => (typeof p.id === 'string' ? service().factPage(p.id) : null)),
  );

  /** A note deleted or changed on disk: the index follows, and a note not open gets its findings (Problems). */
  async function fileChangedOnDisk(c: unknown): Promise<void> {
    const s = session.serviceIfStarted;
    const uri = (c as { uri?: unknown } | null)?.uri;
    if (!s) return;
    if (typeof uri !== 'string') return logError('History Notes: a watched-file change without a URI was ignored.');
    if (session.isInUserPack(uri)) reloadPacksSoon();
    if (!/\.(md|markdown)$/i.test(uri) && (c as { type?: unknown }).type !== FileChangeType.Deleted) return;
    try {
      if ((c as { type?: unknown }).type === FileChangeType.Deleted) {
        s.forgetNote(uri);
        if (!s.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      } else if (/\.(md|markdown)$/i.test(uri) && !s.isOpen(uri)) {
        void connection.sendDiagnostics({ uri, diagnostics: (await s.noteChangedOnDisk(uri)) ?? [] });
      }
    } catch (err) {
      logError(`History Notes: could not re-read ${uri}: ${(err as Error).message}`);
    }
  }

  /**
   * References wait for the first indexing: a request cancelled meanwhile (or while it is read) is answered
   * RequestCancelled, as LSP asks, rather than computed for nobody.
   */
  async function references(p: ReferenceParams, token: CancellationToken) {
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'History Notes: references cancelled.');
    await session.indexReady;
    await nextTurn();
    if (token.isCancellationRequested) throw cancelled();
    const found = guard(
      'references',
      [],
      (q: ReferenceParams) =>
        service().references(q.textDocument.uri, q.position, !!q.context?.includeDeclaration, token),
      AT,
    )(p);
    if (token.isCancellationRequested) throw cancelled();
    return found;
  }

  connection.listen();
}

/** What the server can do, as initialize answers it. */
const CAPABILITIES: InitializeResult['capabilities'] = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  completionProvider: { resolveProvider: true, triggerCharacters: [] },
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  documentSymbolProvider: { label: 'History Notes' },
  workspaceSymbolProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  semanticTokensProvider: {
    legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
    full: { delta: true },
    range: true,
  },
  codeLensProvider: { resolveProvider: false },
};
