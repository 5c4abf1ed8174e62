/**
 * Node only: the host of the stdio/IPC server (server.ts). The knowledge base and the notes are read from disk,
 * and a worker thread helps index a large workspace.
 */
import * as path from 'path';
import { loadBundledKnowledgeBase } from '../kb/bundled';
import { ScanWorker } from '../workspace/nodeScanWorker';
import { FsWorkspace, pathToUri, uriToPath } from '../workspace/nodeWorkspace';
import type { ServerHost } from './host';

export function nodeHost(): ServerHost {
  let folders: string[] = [];
  return {
    bundledKnowledgeBase: () => loadBundledKnowledgeBase(),
    knowledgeBase: (userFolders, disabled) => loadBundledKnowledgeBase([...userFolders], undefined, { disabled }),
    fileUri: (file) => pathToUri(file),
    knowledgeBaseFolders: (settingFolders) => {
      const base = folders[0] ?? process.cwd();
      return settingFolders.map((f) => path.resolve(base, f));
    },
    openWorkspace(folderUris, rootUri, options) {
      folders = folderUris.map(uriToPath).filter((p): p is string => !!p);
      const root = rootUri ? uriToPath(rootUri) : undefined;
      if (!folders.length && root) folders.push(root);
      return new FsWorkspace({ folders, ...options });
    },
    startBatchScanner: (entities, topics) => ScanWorker.start(entities, undefined, topics),
  };
}
