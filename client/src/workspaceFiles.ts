/**
 * The workspace's files, read for a server that cannot read the disk: the web server runs in a Web Worker, and
 * asks the client (protocol.ts) for the list of notes, their texts, and the user's knowledge base files. Only
 * the `vscode` API is used (findFiles, workspace.fs), so this works for every scheme a web editor serves:
 * `vscode-remote:` (code-server), `vscode-vfs:` (github.dev), `file:` (the desktop, which never asks).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  ListNotesRequest,
  ReadKnowledgeBaseRequest,
  ReadNotesRequest,
  type KnowledgeBaseFolder,
  type NoteContent,
} from '../../server/src/protocol';

const decoder = new TextDecoder('utf-8');

/** node_modules and dot-folders, left out as the Node server's walk leaves them out. */
function leftOut(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const rel = folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : uri.path;
  return rel.split('/').some((part) => part === 'node_modules' || part.startsWith('.'));
}

async function readNote(uri: string, maxFileBytes: number): Promise<NoteContent> {
  try {
    const u = vscode.Uri.parse(uri);
    const stat = await vscode.workspace.fs.stat(u);
    if (stat.size > maxFileBytes) return { skipped: 'too-large', bytes: stat.size };
    const bytes = await vscode.workspace.fs.readFile(u);
    if (bytes.subarray(0, 8192).indexOf(0) >= 0) return { skipped: 'binary', bytes: bytes.length };
    return { text: decoder.decode(bytes) };
  } catch {
    return null;
  }
}

async function readKnowledgeBaseFolder(folder: string): Promise<KnowledgeBaseFolder> {
  try {
    const files: KnowledgeBaseFolder['files'] = [];
    // A pack (pack.json and entity files: JSON, or Markdown notes), a plain folder of entity files, or a folder
    // of packs one level down. Each file's URI is built from the folder's as the server sent it, so that the
    // server finds it in the folder.
    const read = async (dir: string, depth: number) => {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(dir));
      for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const uri = `${dir}/${encodeURIComponent(name)}`;
        if (type === vscode.FileType.Directory) {
          if (depth === 0 && !name.startsWith('.') && name !== 'node_modules') await read(uri, 1);
        } else if (/\.(json|md|markdown)$/i.test(name) && !/^readme\.(md|markdown)$/i.test(name)) {
          files.push({ file: uri, text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))) });
        }
      }
    };
    await read(folder, 0);
    return { folder, files };
  } catch (err) {
    return { folder, files: [], error: (err as Error).message };
  }
}

/** Answers the server's requests for the workspace's files. */
export function answerFileRequests(lc: BaseLanguageClient): void {
  lc.onRequest(ListNotesRequest, async () => {
    // Without an exclude argument, findFiles applies the user's files.exclude, as the Node server does.
    const found = await vscode.workspace.findFiles('**/*.{md,markdown}');
    return found.filter((u) => !leftOut(u)).map((u) => u.toString());
  });
  lc.onRequest(ReadNotesRequest, ({ uris, maxFileBytes }) =>
    Promise.all(uris.map((uri) => readNote(uri, maxFileBytes))),
  );
  lc.onRequest(ReadKnowledgeBaseRequest, ({ folders }) => Promise.all(folders.map(readKnowledgeBaseFolder)));
}
