/**
 * What the desktop client (extension.ts) and the web client (browserExtension.ts) share once their
 * LanguageClient exists: the two tree views, the commands, the read-only fact pages, and the answers to the
 * server's requests for the workspace's files (only the web server asks them: it cannot read the disk). All the
 * knowledge lives in the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  ACCEPT_NAME_COMMAND,
  CoverageRequest,
  FACT_PAGE_SCHEME,
  FactPageRequest,
  IndexedNotification,
  SHOW_REFERENCES_COMMAND,
  PacksRequest,
} from '../../server/src/protocol';
import { EntitiesProvider, TimelineProvider } from './views';
import { answerFileRequests } from './workspaceFiles';

export interface HistoryNotesApi {
  /** Resolves when the language server is running and has answered initialize. */
  ready: Promise<void>;
  /** The timeline of one note as the History Timeline view draws it: its tree items, in order (for the e2e tests). */
  timeline(uri: vscode.Uri): Promise<vscode.TreeItem[]>;
}

/** The client's options but the documents it serves, which differ between the desktop and the web. */
export const CLIENT_OPTIONS: LanguageClientOptions = {
  synchronize: { configurationSection: 'historyNotes' },
  middleware: {
    // A fact page is the server's own answer, not a note: it is neither analysed nor indexed.
    didOpen: (doc, next) => (doc.uri.scheme === FACT_PAGE_SCHEME ? Promise.resolve() : next(doc)),
    didClose: (doc, next) => (doc.uri.scheme === FACT_PAGE_SCHEME ? Promise.resolve() : next(doc)),
  },
};

/** Registers the views and commands on the client and starts it. */
export function activateWith(context: vscode.ExtensionContext, lc: BaseLanguageClient): HistoryNotesApi {
  answerFileRequests(lc);
  const timeline = new TimelineProvider(lc);
  const entities = new EntitiesProvider(lc);
  const setScope = (workspace: boolean) => {
    timeline.workspaceScope = workspace;
    void vscode.commands.executeCommand('setContext', 'historyNotes.timelineWorkspace', workspace);
    timeline.refresh();
  };

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(FACT_PAGE_SCHEME, {
      async provideTextDocumentContent(uri) {
        const id = decodeURIComponent(uri.path.replace(/^\/entity\//, '').replace(/\.md$/, ''));
        const page = await lc.sendRequest(FactPageRequest, { id });
        return page ?? `# ${id}\n\nThis entity is not in the knowledge base.\n`;
      },
    }),
    vscode.window.registerTreeDataProvider('historyNotes.timeline', timeline),
    vscode.window.registerTreeDataProvider('historyNotes.entities', entities),
    vscode.commands.registerCommand('historyNotes.showTimeline', () =>
      vscode.commands.executeCommand('historyNotes.timeline.focus'),
    ),
    vscode.commands.registerCommand('historyNotes.timelineShowWorkspace', () => setScope(true)),
    vscode.commands.registerCommand('historyNotes.timelineShowNote', () => setScope(false)),
    vscode.commands.registerCommand('historyNotes.refreshEntities', () => entities.refresh()),
    vscode.commands.registerCommand('historyNotes.filterEntities', async () => {
      const value = await vscode.window.showInputBox({
        prompt: 'Show entities whose name contains…',
        value: entities.filter,
      });
      if (value !== undefined) {
        entities.filter = value;
        entities.refresh();
      }
    }),
    vscode.commands.registerCommand(
      'historyNotes.revealMention',
      async (uri: string, line: number, character: number) => {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
        const pos = new vscode.Position(line, character);
        await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
      },
    ),
    vscode.commands.registerCommand(
      SHOW_REFERENCES_COMMAND,
      async (uri: string, position: { line: number; character: number }) => {
        const u = vscode.Uri.parse(uri);
        const pos = new vscode.Position(position.line, position.character);
        const locations = await vscode.commands.executeCommand<vscode.Location[]>(
          'vscode.executeReferenceProvider',
          u,
          pos,
        );
        await vscode.commands.executeCommand('editor.action.showReferences', u, pos, locations ?? []);
      },
    ),
    vscode.commands.registerCommand('historyNotes.showCoverage', async () => {
      const gaps = await lc.sendRequest(CoverageRequest, {});
      const lines = ['# Revision coverage', '', 'Key people, events and ideas that no note mentions yet.', ''];
      for (const g of gaps) lines.push(`## ${g.topic}`, '', ...g.entities.map((e) => `- ${e.label} (${e.kind})`), '');
      if (!gaps.length) lines.push('Every key entity is mentioned somewhere in your notes.');
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: lines.join('\n') });
      await vscode.window.showTextDocument(doc, { preview: true });
    }),
    vscode.commands.registerCommand('historyNotes.showPacks', () => choosePack(lc)),
    vscode.commands.registerCommand(ACCEPT_NAME_COMMAND, async (name: unknown) => {
      if (typeof name !== 'string' || !name) return;
      const config = vscode.workspace.getConfiguration('historyNotes');
      const names = new Set(config.get<string[]>('acceptedNames') ?? []);
      names.add(name);
      await config.update('acceptedNames', [...names], vscode.ConfigurationTarget.Workspace);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => timeline.refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId === 'markdown') {
        timeline.refresh(300);
      }
    }),
    vscode.workspace.onDidSaveTextDocument(() => entities.refresh()),
  );
  void vscode.commands.executeCommand('setContext', 'historyNotes.timelineWorkspace', false);

  // The workspace index is built after the client starts (on the web, well after): draw the views again then.
  lc.onNotification(IndexedNotification, () => {
    timeline.refresh();
    entities.refresh();
  });
  const ready = lc.start().then(() => {
    timeline.refresh();
    entities.refresh();
  });
  return {
    ready,
    timeline: async (uri) => (await timeline.entries([uri.toString()])).map((e) => timeline.getTreeItem(e)),
  };
}

/**
 * History Notes: Knowledge Packs — every pack loaded, on or off, with its period, entities and problems; choosing
 * one turns it on or off in this workspace (historyNotes.packs).
 */
async function choosePack(lc: BaseLanguageClient): Promise<void> {
  const packs = await lc.sendRequest(PacksRequest, {});
  const items = packs.map((p) => ({
    id: p.id,
    enabled: p.enabled,
    label: `${p.enabled ? '$(check)' : '$(circle-large-outline)'} ${p.title}`,
    description: [p.period, `${p.entities} entities`, p.bundled ? 'bundled' : 'yours'].filter(Boolean).join(' · '),
    detail: [
      p.requiredBy ? `On because ${p.requiredBy} needs it.` : '',
      p.problems ? `${p.problems} problem${p.problems === 1 ? '' : 's'}: see the History Notes output.` : '',
      p.specifications?.length ? `Serves: ${p.specifications.join('; ')}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'History Notes: Knowledge Packs',
    placeHolder: 'Choose a pack to turn it on or off in this workspace',
  });
  if (!picked) return;
  const config = vscode.workspace.getConfiguration('historyNotes');
  const state = { ...(config.get<Record<string, boolean>>('packs') ?? {}) };
  if (picked.enabled) state[picked.id] = false;
  else delete state[picked.id];
  await config.update('packs', state, vscode.ConfigurationTarget.Workspace);
}
