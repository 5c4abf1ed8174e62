/**
 * The History Notes client: starts the language server for Markdown notes and stops it on deactivate. All the
 * knowledge lives in the server; this file only connects VS Code to it.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export interface HistoryNotesApi {
  /** Resolves when the language server is running and has answered initialize. */
  ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): HistoryNotesApi {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'historyNotes' },
  };
  // The id 'historyNotes' makes the client honour the historyNotes.trace.server setting.
  client = new LanguageClient('historyNotes', 'History Notes', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('historyNotes.acceptName', async (name: unknown) => {
      if (typeof name !== 'string' || !name) return;
      const config = vscode.workspace.getConfiguration('historyNotes');
      const names = new Set(config.get<string[]>('acceptedNames') ?? []);
      names.add(name);
      await config.update('acceptedNames', [...names], vscode.ConfigurationTarget.Workspace);
    }),
  );

  const ready = client.start();
  return { ready };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
