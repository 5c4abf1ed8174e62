/**
 * The workspace as the service sees it: a way to list the notes and read one. The server gives it the real file
 * system (nodeWorkspace.ts); tests give it a map in memory (MemoryWorkspace, below). Nothing here knows about LSP
 * or needs Node.
 */

export interface Workspace {
  /** Every Markdown note of every folder, as URIs. */
  listNotes(): Promise<string[]>;
  /** The text of a note, or undefined when it cannot be read (gone, not text, too large). */
  readNote(uri: string): Promise<string | undefined>;
}

export type SkipReason = 'too-large' | 'binary';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A NUL byte in the first 8 KB: not a text note, whatever its name. */
export function looksBinary(buf: Uint8Array): boolean {
  return buf.subarray(0, 8192).indexOf(0) >= 0;
}

export class MemoryWorkspace implements Workspace {
  constructor(readonly files: Map<string, string>) {}
  async listNotes(): Promise<string[]> {
    return [...this.files.keys()].filter((u) => /\.(md|markdown)$/i.test(u));
  }
  async readNote(uri: string): Promise<string | undefined> {
    return this.files.get(uri);
  }
}
