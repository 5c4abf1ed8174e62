/** The benchmark's LSP client: the bundled server spawned over stdio, as an editor would run it. */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { ROOT } from './corpus';

export const SERVER = path.join(ROOT, 'server', 'out', 'server.js');

export interface Server {
  connection: MessageConnection;
  child: ChildProcess;
  spawnedAt: number;
  logs: string[];
  /** Resolves at the next publishDiagnostics for a URI. */
  nextDiagnostics(uri: string): Promise<number>;
  /** Peak and current resident memory of the server process, in MB (from /proc). */
  memory(): { peakMB: number; rssMB: number };
  /** CPU time (user + system, all threads) the server process has used so far, in ms (from /proc). */
  cpuMs(): number;
  close(): Promise<void>;
}

export async function startServer(folder: string | undefined, nodeArgs: string[] = []): Promise<Server> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run compile first`);
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const logs: string[] = [];
  const waiting = new Map<string, ((t: number) => void)[]>();
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onNotification('window/showMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    const t = performance.now();
    const list = waiting.get(p.uri);
    waiting.delete(p.uri);
    for (const f of list ?? []) f(t);
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const uri = folder ? pathToFileURL(folder).href : null;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: uri ? [{ uri, name: 'bench' }] : null,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown'] } },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    spawnedAt,
    logs,
    nextDiagnostics(u: string) {
      return new Promise((resolve) => {
        const l = waiting.get(u) ?? [];
        l.push(resolve);
        waiting.set(u, l);
      });
    },
    memory() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
      return { peakMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
    },
    cpuMs() {
      const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    },
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 50));
      connection.dispose();
      child.kill();
    },
  };
}

/** Times one request, from the client's side (serialisation, the pipe, the server, parsing the answer). */
export async function timed<T>(s: Server, method: string, params: unknown): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await s.connection.sendRequest<T>(method, params);
  return { ms: performance.now() - t0, result };
}

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
