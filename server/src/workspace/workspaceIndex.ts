/**
 * The workspace index: for every note, where each entity is mentioned, packed into one Int32Array per note
 * (entity number, line, start, end, flags: five integers a mention), and for every entity the notes that
 * mention it. Finding every mention of a name across 10,000 notes reads only the notes that have it.
 * Open notes are not read from here: the live analysis of the editor's text wins.
 */
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Mention } from '../recogniser/types';

/** What the index reads of a note's analysis (NoteAnalysis is one). */
export interface NoteMentions {
  readonly lineCount: number;
  mentionsOnLine(line: number): readonly Mention[];
}

/** Integers a mention: entity number, line, start, end, flags. */
const FIELDS = 5;
const FLAG_MISSPELLING = 1;

export interface IndexedMention {
  uri: string;
  line: number;
  start: number;
  end: number;
  misspelling: boolean;
}

export class WorkspaceIndex {
  private readonly entityNo = new Map<string, number>();
  private readonly entityIds: string[] = [];
  /** uri → packed mentions. */
  private readonly notes = new Map<string, Int32Array>();
  /** entity number → uris mentioning it. */
  private readonly postings: Set<string>[] = [];

  constructor(kb: KnowledgeBase) {
    kb.entities.forEach((e, i) => {
      this.entityNo.set(e.id, i);
      this.entityIds.push(e.id);
      this.postings.push(new Set());
    });
    this.seenIn = new Int32Array(kb.entities.length);
  }

  get size(): number {
    return this.notes.size;
  }

  uris(): IterableIterator<string> {
    return this.notes.keys();
  }

  /** Replaces what the index knows of a note, from its analysis. */
  setNote(uri: string, note: NoteMentions): void {
    this.setPacked(uri, this.pack(note));
  }

  /**
   * A note's mentions packed as the index keeps them, read line by line from its analysis: no mention is copied,
   * the array is written straight from the recogniser's output. Used as it is by index workers, which number
   * entities the same way (by their order in the knowledge base).
   */
  pack(note: NoteMentions): Int32Array {
    this.used = 0;
    for (let line = 0, n = note.lineCount; line < n; line++) {
      const list = note.mentionsOnLine(line);
      for (let i = 0; i < list.length; i++) this.add(line, list[i]);
    }
    return this.scratch.slice(0, this.used);
  }

  /** Replaces what the index knows of a note with mentions already packed (by `pack`). */
  setPacked(uri: string, packed: Int32Array): void {
    this.delete(uri);
    const serial = ++this.serial;
    for (let i = 0; i < packed.length; i += FIELDS) {
      const n = packed[i];
      // Each posting once per note, however often the note names the entity.
      if (this.seenIn[n] !== serial) {
        this.seenIn[n] = serial;
        this.postings[n].add(uri);
      }
    }
    this.notes.set(uri, packed);
  }

  // A note is packed into a scratch buffer, then copied once into an array of the exact size.
  private scratch = new Int32Array(1024);
  private used = 0;
  /** The serial of the note last given a posting, by entity number. */
  private readonly seenIn: Int32Array;
  private serial = 0;

  private add(line: number, m: Mention): void {
    if (m.kind === 'date') return;
    const n = this.entityNo.get(m.id);
    if (n === undefined) return;
    if (this.used + FIELDS > this.scratch.length) {
      const grown = new Int32Array(this.scratch.length * 2);
      grown.set(this.scratch);
      this.scratch = grown;
    }
    const b = this.scratch,
      u = this.used;
    b[u] = n;
    b[u + 1] = line;
    b[u + 2] = m.start;
    b[u + 3] = m.end;
    b[u + 4] = m.misspelling ? FLAG_MISSPELLING : 0;
    this.used = u + FIELDS;
  }

  delete(uri: string): void {
    const old = this.notes.get(uri);
    if (!old) return;
    for (let i = 0; i < old.length; i += FIELDS) this.postings[old[i]].delete(uri);
    this.notes.delete(uri);
  }

  /** Notes that mention the entity. */
  notesMentioning(id: string): ReadonlySet<string> {
    const n = this.entityNo.get(id);
    return n === undefined ? new Set() : this.postings[n];
  }

  /** Calls `visit` for each mention of an entity in one note, in order, without making objects of them. */
  forEachMentionIn(
    uri: string,
    id: string,
    visit: (line: number, start: number, end: number, misspelling: boolean) => void,
  ): void {
    const n = this.entityNo.get(id);
    const packed = this.notes.get(uri);
    if (n === undefined || !packed) return;
    for (let i = 0; i < packed.length; i += FIELDS) {
      if (packed[i] === n) visit(packed[i + 1], packed[i + 2], packed[i + 3], (packed[i + 4] & FLAG_MISSPELLING) !== 0);
    }
  }

  /** Every mention in a note (entity ids), for views over the whole workspace. */
  *mentionsOf(uri: string): IterableIterator<IndexedMention & { id: string }> {
    const packed = this.notes.get(uri);
    if (!packed) return;
    for (let i = 0; i < packed.length; i += FIELDS) {
      yield {
        uri,
        id: this.entityIds[packed[i]],
        line: packed[i + 1],
        start: packed[i + 2],
        end: packed[i + 3],
        misspelling: (packed[i + 4] & FLAG_MISSPELLING) !== 0,
      };
    }
  }
}
