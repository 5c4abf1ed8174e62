/**
 * Indexing a workspace: every note read and recognised into the workspace index, in batches. The next batch's
 * files are read (by the file system's threads) while this one is recognised; each batch is a few milliseconds
 * of work, so requests are answered between batches. In a large workspace a batch scanner (on Node, a worker
 * thread: nodeScanWorker.ts) recognises every other batch on the second core.
 */
import type { Entity } from '../kb/types';
import { NoteAnalysis } from '../recogniser/noteAnalysis';
import type { PackTopics, Scanner } from '../recogniser/scan';
import { nextTurn } from './eventLoop';
import type { Workspace } from './workspace';
import type { WorkspaceIndex } from './workspaceIndex';

/** Notes read at once while indexing the workspace. */
const INDEX_BATCH = 32;
/** Workspaces this large are indexed with a batch scanner's help. */
const WORKER_MIN_NOTES = 500;

/** Recognises batches of note texts elsewhere (another thread) and answers their packed mentions. */
export interface BatchScanner {
  /** Batches sent and not yet answered (Infinity once it has failed). */
  readonly pending: number;
  /** The texts' packed mentions, in order; undefined if the scanner failed. */
  scan(texts: string[]): Promise<Int32Array[] | undefined>;
  close(): void;
}

/**
 * Starts a batch scanner for these entities and what the packs say of their topics (so that it reads shared names
 * as the main thread does), or says there is none (undefined).
 */
export type StartBatchScanner = (entities: readonly Entity[], topics?: PackTopics) => BatchScanner | undefined;

export interface CancelToken {
  isCancellationRequested: boolean;
}

export interface IndexingJob {
  workspace: Workspace;
  index: WorkspaceIndex;
  scanner: Scanner;
  entities: readonly Entity[];
  /** What the packs say of their topics, for a batch scanner to build its scanner as the main thread's. */
  topics?: PackTopics;
  /** Notes open in the editor: their live text wins, so the index leaves them alone. */
  isOpen(uri: string): boolean;
  startBatchScanner?: StartBatchScanner;
}

/** Reads every note of the workspace into the index. Returns how many notes were read. */
export async function indexWorkspace(job: IndexingJob, token?: CancelToken): Promise<number> {
  const { workspace, index, scanner } = job;
  const uris = await workspace.listNotes();
  const read = (from: number) => Promise.all(uris.slice(from, from + INDEX_BATCH).map((u) => workspace.readNote(u)));
  const helper = uris.length >= WORKER_MIN_NOTES ? job.startBatchScanner?.(job.entities, job.topics) : undefined;
  const elsewhere: Promise<void>[] = [];
  /** Puts one batch into the index: packed by the helper, or recognised here when it has not been. */
  const store = (from: number, texts: (string | undefined)[], packed?: Int32Array[]) => {
    for (let i = 0; i < texts.length; i++) {
      const uri = uris[from + i],
        text = texts[i];
      if (job.isOpen(uri)) continue;
      if (text === undefined) index.delete(uri);
      else if (packed) index.setPacked(uri, packed[i]);
      else index.setNote(uri, new NoteAnalysis(scanner, text));
    }
  };
  let n = 0;
  try {
    let next = read(0);
    for (let from = 0; from < uris.length; from += INDEX_BATCH) {
      // A turn of the event loop between batches: requests are answered, the helper's results come in.
      await nextTurn();
      const texts = await next;
      if (token?.isCancellationRequested) break;
      if (from + INDEX_BATCH < uris.length) next = read(from + INDEX_BATCH);
      n += texts.length;
      if (helper && helper.pending < 2) {
        const at = from;
        elsewhere.push(helper.scan(texts.map((t) => t ?? '')).then((packed) => store(at, texts, packed)));
      } else {
        store(from, texts);
      }
    }
    await Promise.all(elsewhere);
  } finally {
    helper?.close();
  }
  return n;
}
