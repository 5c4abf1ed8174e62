/** A minimal LSP client for protocol tests: the real server over stdio, spoken to with vscode-jsonrpc. */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { pathToFileURL } from 'url';

export const SERVER = path.resolve(__dirname, '..', '..', 'server', 'out', 'server.js');

export interface Session {
  connection: MessageConnection;
  child: ChildProcess;
  diagnostics: Map<string, unknown[]>;
  stderr: string[];
  logs: string[];
  close(): Promise<void>;
}

export async function startServer(
  workspaceFolder?: string,
  initialize = true,
  settings: Record<string, unknown> = {},
): Promise<Session> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const diagnostics = new Map<string, unknown[]>();
  const stderr: string[] = [];
  const logs: string[] = [];
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
    diagnostics.set(p.uri, p.diagnostics);
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onNotification('window/showMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    p.items.map((i) => settings[i.section ?? ''] ?? null),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  if (initialize) {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceFolder ? pathToFileURL(workspaceFolder).href : null,
      workspaceFolders: workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).href, name: 'notes' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] } },
      },
    });
    await connection.sendNotification('initialized', {});
  }
  return {
    connection,
    child,
    diagnostics,
    stderr,
    logs,
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 50));
      connection.dispose();
      child.kill();
    },
  };
}

/** Polls until `probe` returns something truthy (never a fixed sleep); fails after `ms`. */
export async function until<T>(probe: () => T | Promise<T>, ms = 10000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
