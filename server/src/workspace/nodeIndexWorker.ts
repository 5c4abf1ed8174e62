/**
 * Node only. An index worker (server/out/index-worker.js): recognises notes on a second core while the server's own
 * thread does the same, during the first indexing of a workspace. It is given the checked entities, builds the same
 * lexicon and scanner, and answers each batch of note texts with their mentions packed as the workspace index keeps
 * them. It knows nothing of files or LSP: the server reads the notes and sends the text.
 */
import { parentPort, workerData } from 'worker_threads';
import { KnowledgeBase } from '../kb/knowledgeBase';
import type { Entity } from '../kb/types';
import { NoteAnalysis } from '../recogniser/noteAnalysis';
import { Scanner, type PackTopics } from '../recogniser/scan';
import { WorkspaceIndex } from './workspaceIndex';

export interface ScanRequest {
  id: number;
  texts: string[];
}
export interface ScanReply {
  id: number;
  packed: Int32Array[];
}

if (parentPort) {
  const port = parentPort;
  const data = workerData as { entities: Entity[]; topics?: PackTopics };
  const kb = new KnowledgeBase(data.entities);
  const scanner = Scanner.forEntities(kb.entities, data.topics);
  const index = new WorkspaceIndex(kb);
  port.on('message', (req: ScanRequest) => {
    const packed = req.texts.map((text) => index.pack(new NoteAnalysis(scanner, text)));
    const reply: ScanReply = { id: req.id, packed };
    port.postMessage(
      reply,
      packed.map((p) => p.buffer as ArrayBuffer),
    );
  });
}
