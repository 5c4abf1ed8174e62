/**
 * The History Notes desktop client (package.json's `main`): starts the Node language server (server/out/server.js,
 * over IPC) for Markdown notes and stops it on deactivate. The views and commands are shared with the web client
 * (activate.ts).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { activateWith, CLIENT_OPTIONS, type HistoryNotesApi } from './activate';

export type { HistoryNotesApi } from './activate';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): HistoryNotesApi {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    ...CLIENT_OPTIONS,
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
  };
  // The id 'historyNotes' makes the client honour the historyNotes.trace.server setting.
  const lc = new LanguageClient('historyNotes', 'History Notes', serverOptions, clientOptions);
  client = lc;
  return activateWith(context, lc);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
