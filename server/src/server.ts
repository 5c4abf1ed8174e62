#!/usr/bin/env node
/**
 * The LSP adapter: wires the connection to the language service and nothing more. Every handler is guarded: an
 * internal error is logged to the client's output channel and answered as an LSP error or an empty result; the
 * server stays up.
 */
import * as path from 'path';
import picomatch from 'picomatch';
import {
  CodeActionKind,
  createConnection,
  MessageType,
  SemanticTokensBuilder,
  ShowMessageNotification,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
  LSPErrorCodes,
} from 'vscode-languageserver/node';
import { loadBundledKnowledgeBase } from './kb/bundled';
import { ACCEPT_NAME_COMMAND } from './service/codeActions';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './service/semanticTokens';
import { DEFAULT_SETTINGS, type Settings } from './service/context';
import { LanguageService } from './service/languageService';
import { NoteAnalysis } from './recogniser/document';
import { FsWorkspace, uriToPath } from './workspace/workspace';

const DIAGNOSTIC_DELAY_MS = 150;

export function startServer(connection: Connection): void {
  let service: LanguageService | undefined;
  let folders: string[] = [];
  let excludeGlobs: string[] = [];
  let userKbFolders: string[] = [];
  let fsWorkspace: FsWorkspace | undefined;
  let indexStarted = false;
  const builders = new Map<string, SemanticTokensBuilder>();
  let configurationPull = false;
  let watchedFilesDynamic = false;
  let initialised = false;
  let indexReady: Promise<void> = Promise.resolve();
  const pending = new Map<string, NodeJS.Timeout>();

  const log = (m: string) => connection.console.log(m);
  // A notification, not showMessageRequest: a client that cannot answer requests must not leave a promise
  // rejected behind us.
  const warn = (message: string) => {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  };
  const logError = (m: string) => connection.console.error(m);

  function requireService(): LanguageService {
    if (!service || !initialised)
      throw new ResponseError(ErrorCodes.ServerNotInitialized, 'History Notes: the server is not initialised yet.');
    return service;
  }

  /**
   * Runs a request handler: parameters that lack what the request needs (`needs`), or hold it malformed, are
   * answered InvalidParams; an error inside is logged to the output channel and answered with `fallback`.
   */
  function guard<P, R>(name: string, fallback: R, fn: (p: P) => R, needs: readonly Need[] = []): (p: P) => R {
    return (p: P) => {
      try {
        if (!validParams(p, needs))
          throw new ResponseError(ErrorCodes.InvalidParams, `History Notes: malformed ${name} parameters.`);
        return fn(p);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        logError(`History Notes: ${name} failed: ${(err as Error)?.stack ?? err}`);
        return fallback;
      }
    };
  }

  function scheduleDiagnostics(uri: string): void {
    const t = pending.get(uri);
    if (t) clearTimeout(t);
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        try {
          if (service?.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: service.diagnostics(uri) });
        } catch (err) {
          logError(`History Notes: diagnostics failed for ${uri}: ${(err as Error)?.stack ?? err}`);
        }
      }, DIAGNOSTIC_DELAY_MS),
    );
  }

  async function pullSettings(): Promise<void> {
    if (!configurationPull || !service) return;
    try {
      const [cfg, filesExclude] = await connection.workspace.getConfiguration([
        { section: 'historyNotes' },
        { section: 'files.exclude' },
      ]);
      const settings = mergeSettings(cfg);
      service.updateSettings(settings);
      if (fsWorkspace && fsWorkspace.maxFileBytes !== settings.maxFileBytes) {
        // A new size limit: once the workspace has been indexed, the notes are read again under it.
        fsWorkspace.maxFileBytes = settings.maxFileBytes;
        if (indexStarted)
          void service
            .indexWorkspace()
            .catch((err) => logError(`History Notes: indexing failed: ${(err as Error)?.stack ?? err}`));
      }
      await useKnowledgeBaseFolders(kbFoldersOf(cfg));
      excludeGlobs = Object.entries((filesExclude ?? {}) as Record<string, unknown>)
        .filter(([, v]) => v === true)
        .map(([k]) => k);
    } catch (err) {
      logError(`History Notes: could not read settings: ${(err as Error).message}`);
    }
  }

  /** The user's own knowledge base folders (`historyNotes.knowledgeBase.folders`), resolved against the first workspace folder. */
  function kbFoldersOf(cfg: unknown): string[] {
    const list = (cfg as { knowledgeBase?: { folders?: unknown } } | null)?.knowledgeBase?.folders;
    if (!Array.isArray(list)) return [];
    return list
      .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
      .map((x) => path.resolve(folders[0] ?? process.cwd(), x));
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
    for (const p of userProblems.slice(0, 50))
      logError(`History Notes: knowledge base problem: ${p.file}${p.entity ? ` [${p.entity}]` : ''}: ${p.message}`);
    if (userProblems.length) {
      warn(
        `History Notes: your knowledge base has ${userProblems.length} problem${userProblems.length === 1 ? '' : 's'}; the rest of it is in use. See the History Notes output for details.`,
      );
    }
    const old = service;
    const next = new LanguageService({
      kb,
      workspace: old.ctx.workspace,
      logger: old.ctx.logger,
      settings: old.ctx.settings,
    });
    for (const [uri, open] of old.ctx.open) {
      if (open.tooLarge) next.ctx.open.set(uri, { ...open, analysis: new NoteAnalysis(next.ctx.scanner, '') });
      else next.openNote(uri, open.version, open.analysis.text());
    }
    service = next;
    builders.clear();
    await next.indexWorkspace();
    for (const uri of openUris()) scheduleDiagnostics(uri);
    log(
      `History Notes: knowledge base reloaded with ${kb.entities.length} entities (${extra.length} folder${extra.length === 1 ? '' : 's'} of yours).`,
    );
  }

  function isExcluded(rel: string): boolean {
    return excludeGlobs.some(
      (g) =>
        picomatch.isMatch(rel, g.replace(/^\*\*\//, ''), { dot: true }) || picomatch.isMatch(rel, g, { dot: true }),
    );
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const kb = loadBundledKnowledgeBase();
    for (const p of kb.problems.slice(0, 20))
      logError(`History Notes: knowledge base problem: ${p.file}${p.entity ? ` [${p.entity}]` : ''}: ${p.message}`);
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) folders.push(p);
    }
    const workspace = new FsWorkspace({
      folders,
      exclude: (rel) => isExcluded(rel),
      maxFileBytes: DEFAULT_SETTINGS.maxFileBytes,
      onSkip: (uri, reason) =>
        log(
          reason === 'binary'
            ? `History Notes: ${fileName(uri)} is not a text file; it is not indexed.`
            : `History Notes: ${fileName(uri)} is larger than ${limitInWords()}; it is not indexed.`,
        ),
    });
    fsWorkspace = workspace;
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
        semanticTokensProvider: {
          legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
          full: { delta: true },
          range: true,
        },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'history-notes-ls', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationPull)
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'historyNotes' })
        .catch(() => undefined);
    if (watchedFilesDynamic) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }] })
        .catch(() => undefined);
    }
    indexReady = (async () => {
      await pullSettings();
      const started = Date.now();
      indexStarted = true;
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

  /** Says, in the output and in a warning, that a note is too large to analyse. */
  function tooLargeToAnalyse(uri: string): void {
    const message = `History Notes: ${fileName(uri)} is larger than ${limitInWords()}; it is not analysed.`;
    log(message);
    warn(`${message} Reopen it once it is smaller, or raise historyNotes.maxFileSizeMB.`);
  }

  function limitInWords(): string {
    const bytes = service?.ctx.settings.maxFileBytes ?? DEFAULT_SETTINGS.maxFileBytes;
    const size = bytes >= 1048576 ? `${Math.round(bytes / 104857.6) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
    return `${size} (historyNotes.maxFileSizeMB)`;
  }

  connection.onDidOpenTextDocument((p) => {
    try {
      const s = requireService();
      const uri = p?.textDocument?.uri;
      if (typeof uri !== 'string') {
        logError('History Notes: didOpen without a document URI was ignored.');
        return;
      }
      const text = typeof p.textDocument.text === 'string' ? p.textDocument.text : '';
      if (!s.openNote(uri, p.textDocument.version, text)) {
        tooLargeToAnalyse(uri);
        return;
      }
      scheduleDiagnostics(uri);
    } catch (err) {
      logError(`History Notes: didOpen failed: ${(err as Error)?.stack ?? err}`);
    }
  });

  connection.onDidChangeTextDocument((p) => {
    try {
      const s = requireService();
      const uri = p?.textDocument?.uri;
      if (typeof uri !== 'string') {
        logError('History Notes: didChange without a document URI was ignored.');
        return;
      }
      const all: unknown[] = Array.isArray(p.contentChanges) ? p.contentChanges : [];
      const changes = all.filter(validChange);
      // A change we cannot read is the client's slip: say so, and keep the ones we can.
      if (changes.length < all.length || !Array.isArray(p.contentChanges)) {
        logError(
          `History Notes: ignored ${Array.isArray(p.contentChanges) ? all.length - changes.length : 'the'} malformed content change(s) of ${uri} (version ${p.textDocument.version}).`,
        );
      }
      const wasTooLarge = s.isTooLarge(uri);
      if (!s.changeNote(uri, p.textDocument.version ?? 0, changes)) return;
      if (!wasTooLarge && s.isTooLarge(uri)) tooLargeToAnalyse(uri);
      scheduleDiagnostics(uri);
    } catch (err) {
      logError(`History Notes: didChange failed: ${(err as Error)?.stack ?? err}`);
    }
  });

  connection.onDidCloseTextDocument((p) => {
    try {
      const s = requireService();
      const uri = p?.textDocument?.uri;
      if (typeof uri !== 'string') {
        logError('History Notes: didClose without a document URI was ignored.');
        return;
      }
      s.closeNote(uri);
      builders.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      // The editor may have closed it unsaved: what is on disk is the truth for the index.
      s.indexNote(uri).catch((err) =>
        logError(`History Notes: could not re-read ${uri}: ${(err as Error)?.stack ?? err}`),
      );
    } catch (err) {
      logError(`History Notes: didClose failed: ${(err as Error)?.stack ?? err}`);
    }
  });

  connection.onDidChangeWatchedFiles(async (p) => {
    const s = service;
    if (!s) return;
    const changes: unknown[] = Array.isArray(p?.changes) ? p.changes : [];
    for (const c of changes) {
      const uri = (c as { uri?: unknown } | null)?.uri;
      if (typeof uri !== 'string') {
        logError('History Notes: a watched-file change without a URI was ignored.');
        continue;
      }
      try {
        if ((c as { type?: unknown }).type === FileChangeType.Deleted) {
          s.forgetNote(uri);
          if (!s.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        } else if (/\.(md|markdown)$/i.test(uri) && !s.isOpen(uri)) {
          // A note that is not open still gets its findings when it changes on disk (the Problems panel).
          const diagnostics = await s.noteChangedOnDisk(uri);
          void connection.sendDiagnostics({ uri, diagnostics: diagnostics ?? [] });
        }
      } catch (err) {
        logError(`History Notes: could not re-read ${uri}: ${(err as Error).message}`);
      }
    }
  });

  connection.onHover(guard('hover', null, (p) => requireService().hover(p.textDocument.uri, p.position), AT));
  connection.onCompletion(
    guard(
      'completion',
      { isIncomplete: false, items: [] },
      (p) => requireService().completion(p.textDocument.uri, p.position, p.context?.triggerKind === 1),
      AT,
    ),
  );
  connection.onCompletionResolve(
    guard('completion resolve', null as never, (item) => requireService().resolveCompletion(item)),
  );
  connection.onDefinition(
    guard('definition', [], (p) => requireService().definition(p.textDocument.uri, p.position), AT),
  );
  // References wait for the index: a request cancelled meanwhile (or while it is read) is answered
  // RequestCancelled, as LSP asks, rather than computed for nobody.
  connection.onReferences(async (p, token) => {
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'History Notes: references cancelled.');
    await indexReady;
    await new Promise((resolve) => setImmediate(resolve));
    if (token.isCancellationRequested) throw cancelled();
    const found = guard(
      'references',
      [],
      (q: typeof p) =>
        requireService().references(q.textDocument.uri, q.position, !!q.context?.includeDeclaration, token),
      AT,
    )(p);
    if (token.isCancellationRequested) throw cancelled();
    return found;
  });
  connection.onDocumentHighlight(
    guard('highlight', [], (p) => requireService().documentHighlights(p.textDocument.uri, p.position), AT),
  );
  connection.onDocumentSymbol(
    guard('document symbols', [], (p) => requireService().documentSymbols(p.textDocument.uri), DOC),
  );
  connection.onWorkspaceSymbol(
    guard('workspace symbols', [], (p) =>
      requireService().workspaceSymbols(typeof p.query === 'string' ? p.query : ''),
    ),
  );
  connection.onCodeAction(
    guard(
      'code actions',
      [],
      (p) =>
        requireService().codeActions(
          p.textDocument.uri,
          p.range,
          Array.isArray(p.context?.diagnostics) ? p.context.diagnostics : [],
        ),
      SPAN,
    ),
  );

  // Semantic tokens: one builder per note keeps the previous result, so that a delta request sends only edits.
  function buildTokens(uri: string, builder: SemanticTokensBuilder, fromLine?: number, toLine?: number): void {
    for (const t of requireService().semanticTokens(uri, fromLine, toLine))
      builder.push(t.line, t.start, t.length, t.type, t.modifiers);
  }
  function builderFor(uri: string): SemanticTokensBuilder {
    let b = builders.get(uri);
    if (!b) {
      b = new SemanticTokensBuilder();
      builders.set(uri, b);
    }
    return b;
  }
  connection.languages.semanticTokens.on(
    guard(
      'semantic tokens',
      { data: [] },
      (p) => {
        const b = builderFor(p.textDocument.uri);
        buildTokens(p.textDocument.uri, b);
        return b.build();
      },
      DOC,
    ),
  );
  connection.languages.semanticTokens.onDelta(
    guard(
      'semantic tokens delta',
      { edits: [] },
      (p) => {
        const b = builderFor(p.textDocument.uri);
        b.previousResult(p.previousResultId);
        buildTokens(p.textDocument.uri, b);
        return b.buildEdits();
      },
      DOC,
    ),
  );
  connection.languages.semanticTokens.onRange(
    guard(
      'semantic tokens range',
      { data: [] },
      (p) => {
        const b = new SemanticTokensBuilder();
        buildTokens(p.textDocument.uri, b, p.range.start.line, p.range.end.line);
        return b.build();
      },
      SPAN,
    ),
  );
  connection.onCodeLens(guard('code lens', [], (p) => requireService().codeLenses(p.textDocument.uri), DOC));
  connection.onRequest(
    'historyNotes/timeline',
    guard('timeline', [], (p: { uris?: unknown }) => {
      const s = requireService();
      const uris = Array.isArray(p.uris)
        ? p.uris.filter((u): u is string => typeof u === 'string')
        : [...new Set([...s.ctx.open.keys(), ...s.ctx.index.uris()])];
      return s.timeline(uris);
    }),
  );
  connection.onRequest(
    'historyNotes/entities',
    guard('entities', [], () => requireService().workspaceEntities()),
  );
  connection.onRequest(
    'historyNotes/mentions',
    guard('mentions', [], (p: { id?: unknown }) => (typeof p.id === 'string' ? requireService().mentions(p.id) : [])),
  );
  connection.onRequest(
    'historyNotes/coverage',
    guard('coverage', [], () => requireService().coverage()),
  );

  connection.listen();
}

function isNat(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** The file name of a URI, for messages. */
function fileName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** What a request's parameters must hold: a document, a position in it, a range of it. */
type Need = 'textDocument' | 'position' | 'range';
const DOC: readonly Need[] = ['textDocument'];
const AT: readonly Need[] = ['textDocument', 'position'];
const SPAN: readonly Need[] = ['textDocument', 'range'];

function isPosition(p: unknown): p is Position {
  const q = p as Partial<Position> | null | undefined;
  return typeof q === 'object' && q !== null && isNat(q.line) && isNat(q.character);
}

/** Parameters are an object; what the request needs is there and well formed, and so is whatever else is given. */
function validParams(p: unknown, needs: readonly Need[]): boolean {
  if (p === undefined || p === null || typeof p !== 'object' || Array.isArray(p)) return false;
  const q = p as { textDocument?: { uri?: unknown }; position?: unknown; range?: { start?: unknown; end?: unknown } };
  for (const n of needs) if (!(n in q)) return false;
  if ('textDocument' in q && typeof q.textDocument?.uri !== 'string') return false;
  if ('position' in q && !isPosition(q.position)) return false;
  if ('range' in q && !(isPosition(q.range?.start) && isPosition(q.range?.end))) return false;
  return true;
}

/**
 * A content change of didChange: text, and a range when it has one. Its positions need only be numbers: one
 * past the end, or negative, is placed as an LSP text document places it (NoteAnalysis.applyChange).
 */
function validChange(c: unknown): c is { range?: Range; text: string } {
  if (typeof c !== 'object' || c === null || typeof (c as { text?: unknown }).text !== 'string') return false;
  const r = (c as { range?: { start?: unknown; end?: unknown } }).range;
  const numbers = (p: unknown) =>
    typeof p === 'object' &&
    p !== null &&
    Number.isFinite((p as Position).line) &&
    Number.isFinite((p as Position).character);
  return r === undefined || (typeof r === 'object' && r !== null && numbers(r.start) && numbers(r.end));
}

function mergeSettings(cfg: unknown): Settings {
  const c = (cfg ?? {}) as Partial<Settings> & { factCheck?: Partial<Settings['factCheck']>; maxFileSizeMB?: number };
  const severities = ['error', 'warning', 'information', 'hint', 'off'];
  const fc = { ...DEFAULT_SETTINGS.factCheck };
  for (const k of Object.keys(fc) as (keyof typeof fc)[]) {
    const v = c.factCheck?.[k];
    if (typeof v === 'string' && severities.includes(v)) fc[k] = v as (typeof fc)[typeof k];
  }
  return {
    factCheck: fc,
    acceptedNames: Array.isArray(c.acceptedNames)
      ? c.acceptedNames.filter((x): x is string => typeof x === 'string')
      : [],
    maxFileBytes:
      typeof c.maxFileSizeMB === 'number' && c.maxFileSizeMB > 0
        ? c.maxFileSizeMB * 1024 * 1024
        : DEFAULT_SETTINGS.maxFileBytes,
  };
}

export { ACCEPT_NAME_COMMAND };

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write('history-notes-ls 0.1.0\n');
  } else {
    // The last line of defence: a stray rejected promise is logged, never allowed to end the server.
    process.on('unhandledRejection', (reason) => {
      process.stderr.write(`History Notes: unhandled rejection: ${(reason as Error)?.stack ?? reason}\n`);
    });
    startServer(createConnection(ProposedFeatures.all));
  }
}
