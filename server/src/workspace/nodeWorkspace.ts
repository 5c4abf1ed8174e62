/**
 * Node only: the workspace on the file system (folders walked for Markdown notes, read with `fs`), and the
 * conversions between file paths and `file:` URIs. Used by the adapters (server.ts, cli.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { DEFAULT_MAX_FILE_BYTES, looksBinary, type SkipReason, type Workspace } from './workspace';

export interface FsWorkspaceOptions {
  folders: string[];
  /** Folder and file names never read (besides node_modules and dot-folders). */
  exclude?: (relPath: string) => boolean;
  /** Notes larger than this are not indexed (historyNotes.maxFileSizeMB; DEFAULT_MAX_FILE_BYTES when unset). */
  maxFileBytes?: number;
  /** Told of every note left out, and why: the server says so in its output, once per note. */
  onSkip?: (uri: string, reason: SkipReason) => void;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

export class FsWorkspace implements Workspace {
  /** The size limit, changed when the settings change. */
  maxFileBytes: number;

  constructor(private readonly options: FsWorkspaceOptions) {
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  }

  async listNotes(): Promise<string[]> {
    const out: string[] = [];
    for (const folder of this.options.folders) await this.walk(folder, folder, out, 0);
    return out;
  }

  private async walk(root: string, dir: string, out: string[], depth: number): Promise<void> {
    if (depth > 40) return;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (this.options.exclude?.(rel)) continue;
      if (e.isDirectory()) await this.walk(root, full, out, depth + 1);
      else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(pathToUri(full));
    }
  }

  /**
   * Reads with the synchronous calls: a note is a few kilobytes, read from the page cache in tens of
   * microseconds, where the promise API's bookkeeping costs more than the read itself (a third of the time of
   * indexing 10,000 notes). The size is checked before anything is read.
   */
  async readNote(uri: string): Promise<string | undefined> {
    const p = uriToPath(uri);
    if (!p) return undefined;
    try {
      const st = fs.statSync(p);
      if (!st.isFile()) return undefined;
      if (st.size > this.maxFileBytes) {
        this.options.onSkip?.(uri, 'too-large');
        return undefined;
      }
      const buf = fs.readFileSync(p);
      if (looksBinary(buf)) {
        this.options.onSkip?.(uri, 'binary');
        return undefined;
      }
      return buf.toString('utf8');
    } catch {
      return undefined;
    }
  }
}
