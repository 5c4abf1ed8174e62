/**
 * The History Notes web client (package.json's `browser`), for vscode.dev, github.dev and code-server's web-worker
 * extension host: starts the web language server (server/out/browserServer.js) in a Web Worker. The views and
 * commands are those of the desktop client (activate.ts); the server reads the workspace through this client
 * (workspaceFiles.ts), since a worker cannot read the disk. Only the `vscode` API and a Worker are used: the
 * extension host's own worker allows nothing else (no importScripts, no postMessage of its own).
 */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type LanguageClientOptions,
} from 'vscode-languageclient/browser';
import { activateWith, CLIENT_OPTIONS, type HistoryNotesApi } from './activate';

let client: LanguageClient | undefined;
let worker: Worker | undefined;

/**
 * A Worker running the server script. From an http(s) URI (vscode.dev) directly. code-server's extension host
 * refuses a Worker from a `vscode-remote:` URI, so there the URL comes from its `fetch`, which maps such URIs to
 * http ones; as a last resort the script is read and run from a blob.
 */
async function startWorker(script: vscode.Uri): Promise<Worker> {
  const name = 'History Notes language server';
  if (script.scheme === 'http' || script.scheme === 'https') return new Worker(script.toString(true), { name });
  try {
    const res = await fetch(script.toString(true));
    if (res.ok && /^https?:/.test(res.url)) return new Worker(res.url, { name });
  } catch {
    // not a URI that fetch can map: read it instead
  }
  const code = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([new Uint8Array(code)], { type: 'application/javascript' })), {
    name,
  });
}

export function activate(context: vscode.ExtensionContext): HistoryNotesApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'browserServer.js');
  const clientOptions: LanguageClientOptions = {
    ...CLIENT_OPTIONS,
    // Web documents have vscode-remote:, vscode-vfs: and other schemes: Markdown is chosen by language alone.
    documentSelector: [{ language: 'markdown' }],
  };
  // Transports rather than the Worker itself: the extension host replaces the global Worker with a factory, so
  // the library's `instanceof Worker` check would fail on what a function returns.
  const lc = new LanguageClient(
    'historyNotes',
    'History Notes',
    async () => {
      worker = await startWorker(script);
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    },
    clientOptions,
  );
  client = lc;
  // One line in the extension host's console (the page's console on the web): which build runs, for the e2e test.
  console.log('History Notes: web extension started; its language server runs in a Web Worker.');
  return activateWith(context, lc);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  worker?.terminate();
  client = undefined;
  worker = undefined;
}
