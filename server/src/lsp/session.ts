/**
 * The state of one language server session behind the handlers of handlers.ts: the language service, the
 * workspace, the settings as last read, and the first indexing. What differs between Node and the web (the
 * knowledge base's files, the workspace's reads, a second thread) comes from the host (host.ts).
 */
import picomatch from 'picomatch';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { entityIdOrigins, type KnowledgeBase } from '../kb/knowledgeBase';
import type { KbProblem } from '../kb/types';
import { LanguageService } from '../service/languageService';
import { DEFAULT_SETTINGS, parseExcludeGlobs, parseSettings } from '../service/settings';
import type { HostWorkspace, ServerHost } from './host';
import { fileName } from './params';

/** Where the session reports: the output channel, and a warning the user sees. */
export interface Output {
  log(message: string): void;
  error(message: string): void;
  warn(message: string): void;
}

export class Session {
  private started?: LanguageService;
  private workspace?: HostWorkspace;
  private excludeGlobs: string[] = [];
  /** The user's knowledge base folders in use, resolved, and the packs turned off. */
  private kbFolders: string[] = [];
  private disabledPacks: string[] = [];
  /** The problems of the user's packs, by file URI, as diagnostics on those files. */
  private packProblems = new Map<string, Diagnostic[]>();
  private indexStarted = false;
  /** Settles when the first indexing is done (references wait for it). */
  indexReady: Promise<void> = Promise.resolve();

  constructor(
    private readonly out: Output,
    private readonly host: ServerHost,
  ) {}

  /** The service; a request before initialize is answered ServerNotInitialized. */
  get service(): LanguageService {
    if (!this.started)
      throw new ResponseError(ErrorCodes.ServerNotInitialized, 'History Notes: the server is not initialised yet.');
    return this.started;
  }

  /** The service, or undefined before initialize (for notifications, which cannot be answered). */
  get serviceIfStarted(): LanguageService | undefined {
    return this.started;
  }

  /** Loads the bundled knowledge base and opens the workspace folders of initialize (without any, its root). */
  initialise(folderUris: string[], rootUri?: string | null): void {
    const kb = this.host.bundledKnowledgeBase();
    this.logProblems(kb.problems.slice(0, 20));
    this.workspace = this.host.openWorkspace(folderUris, rootUri ?? undefined, {
      exclude: (rel) => this.isExcluded(rel),
      maxFileBytes: DEFAULT_SETTINGS.maxFileBytes,
      onSkip: (uri, reason) =>
        this.out.log(
          reason === 'binary'
            ? `History Notes: ${fileName(uri)} is not a text file; it is not indexed.`
            : `History Notes: ${fileName(uri)} is larger than ${this.limitInWords()}; it is not indexed.`,
        ),
    });
    const logger = { log: this.out.log, error: this.out.error };
    this.started = new LanguageService({
      kb,
      workspace: this.workspace,
      logger,
      startBatchScanner: this.host.startBatchScanner,
    });
  }

  /** Indexes the workspace for the first time; references wait for it. */
  startIndexing(settingsFirst: () => Promise<void>): void {
    this.indexReady = (async () => {
      await settingsFirst();
      const started = Date.now();
      this.indexStarted = true;
      const n = await this.service.indexWorkspace();
      this.out.log(`History Notes: indexed ${n} notes in ${Date.now() - started} ms.`);
    })().catch((err) => this.out.error(`History Notes: indexing failed: ${(err as Error)?.stack ?? err}`));
  }

  /**
   * Takes the client's `historyNotes` and `files.exclude` sections: new settings for the service, the notes read
   * again under a new size limit, the knowledge base reloaded when the user's folders change.
   */
  async applySettings(section: unknown, filesExclude: unknown): Promise<void> {
    const service = this.started;
    if (!service) return;
    const settings = parseSettings(section);
    service.updateSettings(settings);
    if (this.workspace && this.workspace.maxFileBytes !== settings.maxFileBytes) {
      // A new size limit: once the workspace has been indexed, the notes are read again under it.
      this.workspace.maxFileBytes = settings.maxFileBytes;
      if (this.indexStarted)
        void service
          .indexWorkspace()
          .catch((err) => this.out.error(`History Notes: indexing failed: ${(err as Error)?.stack ?? err}`));
    }
    const folders = this.host.knowledgeBaseFolders(settings.knowledgeBaseFolders);
    const same = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
    if (!same(folders, this.kbFolders) || !same(settings.disabledPacks, this.disabledPacks))
      await this.reloadKnowledgeBase(folders, settings.disabledPacks);
    this.excludeGlobs = parseExcludeGlobs(filesExclude);
  }

  /** Is the file in one of the user's knowledge base folders (a change to it reloads the knowledge base)? */
  isInUserPack(uri: string): boolean {
    return this.kbFolders.some((f) => uri.startsWith(this.host.fileUri(f).replace(/\/?$/, '/')));
  }

  /** The problems of a user's pack file as diagnostics on it (none for any other file). */
  packDiagnostics(uri: string): Diagnostic[] {
    return this.packProblems.get(uri) ?? [];
  }

  /**
   * Loads the bundled packs plus the user's folders, without the packs turned off, and moves the service (and
   * its open notes) onto it. A broken user file costs only itself: its problems become diagnostics on it, are
   * logged, and are shown once. Returns the files whose pack diagnostics changed.
   */
  async reloadKnowledgeBase(
    folders: string[] = this.kbFolders,
    disabledPacks: string[] = this.disabledPacks,
  ): Promise<string[]> {
    const service = this.started;
    if (!service) return [];
    this.kbFolders = folders;
    this.disabledPacks = disabledPacks;
    const kb = await this.host.knowledgeBase(folders, disabledPacks);
    const theirs = kb.problems.filter((p) => folders.some((f) => p.file.startsWith(f)));
    const before = [...this.packProblems.keys()];
    this.packProblems = problemsAsDiagnostics(theirs, kb, (file) => this.host.fileUri(file));
    this.logProblems(theirs.slice(0, 50));
    if (theirs.length) {
      const problems = `${theirs.length} problem${theirs.length === 1 ? '' : 's'}`;
      this.out.warn(
        `History Notes: your knowledge base has ${problems}; the rest of it is in use.` +
          ' See the History Notes output for details.',
      );
    }
    service.useKnowledgeBase(kb);
    await service.indexWorkspace();
    this.onKnowledgeBaseChanged();
    const yours = `${folders.length} folder${folders.length === 1 ? '' : 's'} of yours`;
    const off = disabledPacks.length ? `; turned off: ${disabledPacks.join(', ')}` : '';
    this.out.log(`History Notes: knowledge base reloaded with ${kb.entities.length} entities (${yours}${off}).`);
    const changed = [...new Set([...before, ...this.packProblems.keys()])];
    this.onPackProblemsChanged(changed);
    return changed;
  }

  /** Called with the files whose pack problems changed on a reload (the server publishes them again). */
  onPackProblemsChanged: (uris: string[]) => void = () => undefined;

  /** Called when the knowledge base has changed (the server drops what it derived from the old one). */
  onKnowledgeBaseChanged: () => void = () => undefined;

  private logProblems(problems: readonly KbProblem[]): void {
    for (const p of problems) {
      const where = `${p.file}${p.entity ? ` [${p.entity}]` : ''}`;
      this.out.error(`History Notes: knowledge base problem: ${where}: ${p.message}`);
    }
  }

  /** Is a note's path, relative to its folder, excluded by the editor's `files.exclude`? */
  private isExcluded(rel: string): boolean {
    return this.excludeGlobs.some(
      (g) =>
        picomatch.isMatch(rel, g.replace(/^\*\*\//, ''), { dot: true }) || picomatch.isMatch(rel, g, { dot: true }),
    );
  }

  /** The size limit in words: "10 MB (historyNotes.maxFileSizeMB)". */
  limitInWords(): string {
    const bytes = this.started?.settings.maxFileBytes ?? DEFAULT_SETTINGS.maxFileBytes;
    const size = bytes >= 1048576 ? `${Math.round(bytes / 104857.6) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
    return `${size} (historyNotes.maxFileSizeMB)`;
  }
}

/**
 * Knowledge base problems as diagnostics on their files: on the line they give, else on the line of the
 * entity's id, else on the first line.
 */
function problemsAsDiagnostics(
  problems: readonly KbProblem[],
  kb: KnowledgeBase,
  uriOf: (file: string) => string,
): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const texts = new Map<string, string[]>();
  const linesOf = (file: string): string[] => {
    let lines = texts.get(file);
    if (!lines) texts.set(file, (lines = (kb.fileText(file) ?? '').split(/\r\n|\r|\n/)));
    return lines;
  };
  for (const p of problems) {
    const lines = linesOf(p.file);
    let line = p.line;
    if (line === undefined && p.entity && /\.json$/i.test(p.file))
      line = entityIdOrigins(p.file, lines.join('\n')).get(p.entity)?.line;
    line = Math.min(Math.max(line ?? 0, 0), Math.max(lines.length - 1, 0));
    const uri = uriOf(p.file);
    const list = out.get(uri) ?? [];
    list.push({
      range: { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } },
      severity: DiagnosticSeverity.Error,
      source: 'History Notes',
      message: p.entity ? `${p.entity}: ${p.message}` : p.message,
    });
    out.set(uri, list);
  }
  return out;
}
