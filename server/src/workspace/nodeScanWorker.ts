/**
 * Node only. The server's side of an index worker (nodeIndexWorker.ts): batches of note texts go out, packed
 * mentions come back. Started only where the bundled worker script sits beside this code (server/out), and only for
 * a workspace large enough to pay for a second lexicon; anything that goes wrong with it (it cannot start, it dies)
 * makes its batches come back empty-handed, and the caller recognises them itself.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Entity } from '../kb/types';
import type { PackTopics } from '../recogniser/scan';
import type { BatchScanner } from './indexing';
import type { ScanReply, ScanRequest } from './nodeIndexWorker';

export const WORKER_SCRIPT = 'index-worker.js';

export class ScanWorker implements BatchScanner {
  private nextId = 1;
  private readonly waiting = new Map<number, (packed: Int32Array[] | undefined) => void>();
  private dead = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (r: ScanReply) => {
      this.waiting.get(r.id)?.(r.packed);
      this.waiting.delete(r.id);
    });
    const fail = () => {
      this.dead = true;
      for (const done of this.waiting.values()) done(undefined);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  }

  /** A worker for these entities, or undefined where there is no worker script (tests run from the sources). */
  static start(entities: readonly Entity[], dir = __dirname, topics?: PackTopics): ScanWorker | undefined {
    const file = path.join(dir, WORKER_SCRIPT);
    if (!fs.existsSync(file)) return undefined;
    try {
      return new ScanWorker(
        new Worker(file, {
          workerData: { entities: entities.map(forRecognition), topics },
          resourceLimits: { maxYoungGenerationSizeMb: 8 },
        }),
      );
    } catch {
      return undefined;
    }
  }

  /** Batches sent and not yet answered. */
  get pending(): number {
    return this.dead ? Infinity : this.waiting.size;
  }

  /** The texts' packed mentions, in order; undefined if the worker failed. */
  scan(texts: string[]): Promise<Int32Array[] | undefined> {
    if (this.dead) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const req: ScanRequest = { id, texts };
      this.worker.postMessage(req);
    });
  }

  close(): void {
    this.dead = true;
    void this.worker.terminate();
  }
}

/**
 * What recognition reads of an entity: its names, kind, pack, series and dates (a body's facts' terms among them).
 * The worker needs no summaries, texts, sources or relations, which are most of the knowledge base's size: it is
 * sent none.
 */
function forRecognition(e: Entity): Entity {
  const { facts: _facts, summary: _summary, sources: _sources, related: _related, ...rest } = e;
  const roles = e.roles?.map((r) => ({ title: r.title, from: r.from, to: r.to, source: '' }));
  const terms = e.facts
    ?.filter((f) => f.date && f.end)
    .map((f) => ({ text: '', date: f.date, end: f.end, source: '' }));
  return { ...rest, summary: '', sources: [], ...(roles ? { roles } : {}), ...(terms?.length ? { facts: terms } : {}) };
}
