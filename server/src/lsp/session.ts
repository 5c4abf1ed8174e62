/**
 * The state of one language server session behind the handlers of handlers.ts: the language service, the
 * workspace, the settings as last read, and the first indexing. What differs between Node and the web (the
 * knowledge base's files, the workspace's reads, a second thread) comes from the host (host.ts).
 */
import picomatch from 'picomatch';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { KnowledgeBase } from '../kb/knowledgeBase';
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
  /** The user's knowledge base folders in use, resolved. */
  private kbFolders: string[] = [];
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
    await this.useKnowledgeBaseFolders(this.host.knowledgeBaseFolders(settings.knowledgeBaseFolders));
    this.excludeGlobs = parseExcludeGlobs(filesExclude);
  }

  /**
   * Loads the bundled knowledge base plus the user's folders when those change, and moves the service (and its
   * open notes) onto it. A broken user file costs only itself: its problems are logged and shown once.
   */
  private async useKnowledgeBaseFolders(folders: string[]): Promise<void> {
    const service = this.started;
    if (!service || folders.join('\n') === this.kbFolders.join('\n')) return;
    this.kbFolders = folders;
    const kb = await this.host.knowledgeBase(folders);
    const theirs = kb.problems.filter((p) => folders.some((f) => p.file.startsWith(f)));
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
    this.out.log(`History Notes: knowledge base reloaded with ${kb.entities.length} entities (${yours}).`);
  }

  /** Called when the knowledge base has changed (the server drops what it derived from the old one). */
  onKnowledgeBaseChanged: () => void = () => undefined;

  private logProblems(problems: KnowledgeBase['problems']): void {
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
