/**
 * The two tree views, drawn from the server's answers: the timeline of the active note (or the workspace) and
 * the entities the workspace mentions. Tree views follow the editor's theme and need no web content.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { Location } from 'vscode-languageserver-types';
import {
  EntitiesRequest,
  KIND_GROUP_NAMES,
  MentionsRequest,
  TimelineRequest,
  type EntityKind,
  type EntitySummary,
  type TimelineEntry,
} from '../../server/src/protocol';

const KIND_ICON: Record<string, string> = {
  person: 'person',
  organisation: 'organization',
  congress: 'megaphone',
  event: 'calendar',
  policy: 'law',
  document: 'file-text',
  place: 'location',
  concept: 'lightbulb',
  date: 'clock',
};
function openAt(uri: string, line: number, character: number): vscode.Command {
  return { title: 'Go to mention', command: 'historyNotes.revealMention', arguments: [uri, line, character] };
}

export class TimelineProvider implements vscode.TreeDataProvider<TimelineEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  workspaceScope = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: LanguageClient) {}

  refresh(delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), delay);
  }

  async getChildren(): Promise<TimelineEntry[]> {
    const editor = vscode.window.activeTextEditor;
    if (!this.workspaceScope && (!editor || editor.document.languageId !== 'markdown')) return [];
    return this.entries(this.workspaceScope ? undefined : [editor!.document.uri.toString()]);
  }

  /** The entries of the given notes (of the whole workspace without), in the server's order; none while it restarts. */
  async entries(uris?: string[]): Promise<TimelineEntry[]> {
    try {
      return await this.client.sendRequest(TimelineRequest, uris ? { uris } : {});
    } catch {
      return [];
    }
  }

  getTreeItem(e: TimelineEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(`${e.when}`, vscode.TreeItemCollapsibleState.None);
    item.description =
      e.origin === 'note' ? `“${e.label}”` : e.label + (e.oldStyleWhen ? ` (O.S. ${e.oldStyleWhen})` : '');
    const oldStyle = e.oldStyleWhen ? `\nOld Style: ${e.oldStyleWhen}` : '';
    const where = `${vscode.Uri.parse(e.uri).path.split('/').pop()}:${e.line + 1}`;
    item.tooltip = `${e.label}\n${e.when}${oldStyle}\n${where}`;
    item.iconPath = new vscode.ThemeIcon(KIND_ICON[e.kind] ?? 'circle-small');
    item.command = openAt(e.uri, e.line, e.character);
    return item;
  }
}

type EntityNode =
  | { group: EntityKind; items: EntitySummary[] }
  | { entity: EntitySummary }
  | { mention: Location; entity: EntitySummary };

export class EntitiesProvider implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  filter = '';

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    try {
      if (!node) {
        const all = await this.client.sendRequest(EntitiesRequest, {});
        const f = this.filter.toLowerCase();
        const groups = new Map<EntityKind, EntitySummary[]>();
        for (const e of all) {
          if (f && !e.label.toLowerCase().includes(f)) continue;
          const g = groups.get(e.kind) ?? [];
          g.push(e);
          groups.set(e.kind, g);
        }
        return [...groups].map(([kind, items]) => ({ group: kind, items }));
      }
      if ('group' in node) return node.items.map((entity) => ({ entity }));
      if ('entity' in node && !('mention' in node)) {
        const locs = await this.client.sendRequest(MentionsRequest, { id: node.entity.id });
        return locs.map((mention) => ({ mention, entity: node.entity }));
      }
    } catch {
      /* the server is restarting: an empty view until the next refresh */
    }
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if ('group' in node) {
      const item = new vscode.TreeItem(KIND_GROUP_NAMES[node.group], vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      return item;
    }
    if ('mention' in node) {
      const uri = vscode.Uri.parse(node.mention.uri);
      const item = new vscode.TreeItem(
        `${uri.path.split('/').pop()}:${node.mention.range.start.line + 1}`,
        vscode.TreeItemCollapsibleState.None,
      );
      item.resourceUri = uri;
      item.command = openAt(node.mention.uri, node.mention.range.start.line, node.mention.range.start.character);
      return item;
    }
    const e = node.entity;
    const item = new vscode.TreeItem(e.label, vscode.TreeItemCollapsibleState.Collapsed);
    const mentions = `${e.mentions} mention${e.mentions === 1 ? '' : 's'}`;
    item.description = `${mentions} in ${e.notes} note${e.notes === 1 ? '' : 's'}`;
    item.iconPath = new vscode.ThemeIcon(KIND_ICON[e.kind] ?? 'circle-small');
    return item;
  }
}
