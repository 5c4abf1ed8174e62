/**
 * The host of the web server (browserServer.ts), in a Web Worker, where there is no disk: the bundled knowledge
 * base comes from the pack texts built into the worker, and the workspace's notes and the user's knowledge base
 * files are read by the client (vscode.workspace.findFiles and workspace.fs) and asked for with the requests of
 * protocol.ts. No Node module here: the web build (platform 'browser') fails if one creeps in.
 */
import type { ValidateFunction } from 'ajv';
import type { Connection } from 'vscode-languageserver';
import publisherList from '../../../data/publishers.json';
import { buildKnowledgeBase, entityValidator } from '../kb/build';
import { KnowledgeBase } from '../kb/knowledgeBase';
import { publisherNames } from '../kb/publishers';
import { packInputsFromTexts as packInputs, type PackFile } from '../kb/packs';
import type { KbProblem } from '../kb/types';
import {
  ListNotesRequest,
  ReadKnowledgeBaseRequest,
  ReadNotesRequest,
  type KnowledgeBaseFolder,
  type NoteContent,
} from '../protocol';
import type { HostWorkspace, HostWorkspaceOptions, ServerHost } from './host';

/**
 * Sends one of protocol.ts's requests by its method name (protocol.ts's request types come from the client's copy
 * of the protocol library; the build gives the server its own) and types the answer as the request declares it.
 */
function ask<P, R>(connection: Connection, type: { method: string; _?: [P, R, ...unknown[]] }, params: P): Promise<R> {
  return connection.sendRequest(type.method, params) as Promise<R>;
}

/** A pack file as the bundle or the client hands it: a name (a bundled path or a URI) and its text. */
export type KbText = PackFile;

export function webHost(bundled: readonly KbText[], validate: ValidateFunction): ServerHost {
  const publishers = publisherNames(publisherList);
  let connection: Connection | undefined;
  let folders: readonly string[] = [];
  const client = () => {
    if (!connection) throw new Error('History Notes: no connection to the client');
    return connection;
  };

  /** The bundled packs plus the user's files; only the user's files are kept, for go to definition. */
  const build = (user: KbText[], problems: KbProblem[], disabledPacks: readonly string[] = []) => {
    const inputs = [...packInputs(bundled, true), ...packInputs(user, false)];
    const loaded = buildKnowledgeBase(inputs, entityValidator(validate), { disabledPacks }, problems);
    const texts = new Map(user.map((t) => [t.path, t.text] as const));
    const read = (file: string) => texts.get(file);
    return new KnowledgeBase(loaded.entities, loaded.files, loaded.problems, loaded.packs, publishers, read);
  };

  return {
    connect(c) {
      connection = c;
    },
    bundledKnowledgeBase: () => build([], []),
    fileUri: (file) => file,
    async knowledgeBase(userFolders, disabledPacks) {
      const problems: KbProblem[] = [];
      const user: KbText[] = [];
      if (userFolders.length) {
        let answer: KnowledgeBaseFolder[] = [];
        try {
          answer = await ask(client(), ReadKnowledgeBaseRequest, { folders: [...userFolders] });
        } catch (err) {
          for (const folder of userFolders)
            problems.push({ file: folder, message: `cannot read the folder: ${(err as Error).message}` });
        }
        for (const f of answer) {
          if (f.error) problems.push({ file: f.folder, message: `cannot read the folder: ${f.error}` });
          user.push(...f.files.map((x) => ({ path: x.file, text: x.text })));
        }
      }
      return build(user, problems, disabledPacks);
    },
    knowledgeBaseFolders(settingFolders) {
      const base = folders[0];
      if (!base) return [];
      return settingFolders.flatMap((f) => {
        try {
          return [new URL(f.replace(/\\/g, '/'), base.replace(/\/?$/, '/')).href.replace(/\/$/, '')];
        } catch {
          return [];
        }
      });
    },
    openWorkspace(folderUris, rootUri, options) {
      folders = folderUris.length || !rootUri ? folderUris : [rootUri];
      return new ClientWorkspace(client, folders.length > 0, options);
    },
  };
}

/**
 * The workspace as the client reads it. The reads of one turn (indexing reads its notes 32 at a time) go to the
 * client as one request.
 */
class ClientWorkspace implements HostWorkspace {
  maxFileBytes: number;
  private queue: { uri: string; done: (text: string | undefined) => void }[] = [];

  constructor(
    private readonly client: () => Connection,
    private readonly hasFolders: boolean,
    private readonly options: HostWorkspaceOptions,
  ) {
    this.maxFileBytes = options.maxFileBytes;
  }

  async listNotes(): Promise<string[]> {
    if (!this.hasFolders) return [];
    // A client that cannot list the notes (not History Notes' own) leaves the index empty.
    const uris = await ask(this.client(), ListNotesRequest, {}).catch(() => []);
    return Array.isArray(uris) ? uris.filter((u): u is string => typeof u === 'string') : [];
  }

  readNote(uri: string): Promise<string | undefined> {
    return new Promise((done) => {
      if (this.queue.push({ uri, done }) === 1) queueMicrotask(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    let contents: NoteContent[] = [];
    try {
      contents = await ask(this.client(), ReadNotesRequest, {
        uris: batch.map((b) => b.uri),
        maxFileBytes: this.maxFileBytes,
      });
    } catch {
      // The client could not answer: these notes cannot be read now, as a file gone from the disk.
    }
    batch.forEach(({ uri, done }, i) => {
      const c = Array.isArray(contents) ? contents[i] : undefined;
      if (c && 'text' in c && typeof c.text === 'string') return done(c.text);
      if (c && 'skipped' in c) this.options.onSkip(uri, c.skipped);
      done(undefined);
    });
  }
}
