/**
 * The benchmark corpus: notes made by recombining the sentences and Markdown lines of the sample notes
 * (../shared/notes/*.md and test/fixtures/example-notes/*.md) with a fixed seed, so that every run and every
 * machine gets the same text, byte for byte. Real student prose (misspellings, curly apostrophes, bold, lists,
 * front matter, tables) in proportions like the samples', with some code fences and links for the Markdown
 * skipper.
 */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED = 0x5eed2026;

/** A small, fast, seedable generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pools {
  sentences: string[];
  headings: string[];
  tableRows: string[];
  sources: string[];
}

/** The sample notes, in a stable order. */
export function sampleFiles(): string[] {
  const dirs = [path.resolve(ROOT, '..', 'shared', 'notes'), path.join(ROOT, 'test', 'fixtures', 'example-notes')];
  const out: string[] = [];
  for (const d of dirs) {
    let names: string[];
    try {
      names = fs
        .readdirSync(d)
        .filter((n) => n.endsWith('.md'))
        .sort();
    } catch {
      continue;
    }
    for (const n of names) out.push(path.join(d, n));
  }
  return out;
}

/** Cuts the samples into sentences (list markers and heading marks removed), headings and table rows. */
export function pools(files = sampleFiles()): Pools {
  const sentences: string[] = [];
  const headings: string[] = [];
  const tableRows: string[] = [];
  for (const f of files) {
    const lines = fs.readFileSync(f, 'utf8').split(/\r\n|\r|\n/);
    let inFront = lines[0]?.trim() === '---';
    for (let i = inFront ? 1 : 0; i < lines.length; i++) {
      const line = lines[i];
      if (inFront) {
        if (line.trim() === '---') inFront = false;
        continue;
      }
      const t = line.trim();
      if (!t || /^(```|~~~)/.test(t) || /^\|?\s*-{3,}/.test(t)) continue;
      if (t.startsWith('|')) {
        tableRows.push(t);
        continue;
      }
      const h = /^#{1,6}\s+(.*)$/.exec(t);
      if (h) {
        headings.push(h[1]);
        continue;
      }
      const body = t.replace(/^(?:[*+•-]|\d{1,3}[.)]|>)\s+/, '');
      for (const s of body.split(/(?<=[.!?])\s+(?=\S)/)) if (s.length >= 3) sentences.push(s);
    }
  }
  if (!sentences.length)
    throw new Error('no sample notes found: expected ../shared/notes/*.md or test/fixtures/example-notes/*.md');
  if (!headings.length) headings.push('Notes');
  if (!tableRows.length) tableRows.push('| Stalin | 1924 |');
  return { sentences, headings, tableRows, sources: files };
}

/** Makes notes of about the given size from the pools. */
export class NoteMaker {
  private readonly r: () => number;
  constructor(
    private readonly p: Pools,
    seed: number,
  ) {
    this.r = rng(seed);
  }

  private pick<T>(list: T[]): T {
    return list[Math.floor(this.r() * list.length)];
  }
  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }

  private sentences(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.pick(this.p.sentences));
    return out.join(' ');
  }

  private block(): string {
    const x = this.r();
    if (x < 0.5) return this.sentences(this.int(1, 5));
    if (x < 0.75) {
      const marker = this.pick(['* ', '- ', '  • ', '1. ']);
      const items: string[] = [];
      for (let i = 0, n = this.int(2, 6); i < n; i++) items.push(marker + this.sentences(this.int(1, 2)));
      return items.join('\n');
    }
    if (x < 0.85) return `${'#'.repeat(this.int(2, 3))} ${this.pick(this.p.headings)}`;
    if (x < 0.9) return `> ${this.sentences(this.int(1, 2))}`;
    if (x < 0.93) return `\`\`\`\n${this.sentences(1)}\n${this.sentences(1)}\n\`\`\``;
    if (x < 0.96)
      return `| Who | When |\n| --- | --- |\n${this.pick(this.p.tableRows)}\n${this.pick(this.p.tableRows)}`;
    // Links, URLs and inline code around real sentences.
    return (
      `${this.sentences(1)} See [${this.pick(this.p.headings)}](https://example.org/${this.int(1, 999)})` +
      ` and \`code ${this.pick(this.p.headings)}\` then https://example.org/wiki/Stalin. ${this.sentences(1)}`
    );
  }

  /** One note of about `size` UTF-16 code units. */
  note(size: number): string {
    const parts: string[] = [];
    if (this.r() < 0.2)
      parts.push(`---\ntitle: ${this.pick(this.p.headings).replace(/[:#]/g, '')}\ntags: [revision]\n---`);
    parts.push(`# ${this.pick(this.p.headings)}`);
    let len = parts.reduce((n, s) => n + s.length + 2, 0);
    while (len < size) {
      const b = this.block();
      parts.push(b);
      len += b.length + 2;
    }
    return parts.join('\n\n') + '\n';
  }

  /** A size drawn around `mean` (between a fifth of it and twice it less a fifth: mean preserved). */
  size(mean: number): number {
    return Math.round(mean * (0.2 + 1.6 * this.r()));
  }
}

export interface Corpus {
  notes: string[];
  bytes: number;
}

/** `count` notes of `mean` characters on average, deterministic for a given seed. */
export function makeNotes(p: Pools, count: number, mean: number, seed = SEED): Corpus {
  const m = new NoteMaker(p, seed);
  const notes: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const n = m.note(m.size(mean));
    notes.push(n);
    bytes += Buffer.byteLength(n);
  }
  return { notes, bytes };
}

/** One large note of at least `size` characters. */
export function makeBigNote(p: Pools, size: number, seed: number): string {
  return new NoteMaker(p, seed).note(size);
}

/**
 * Writes the notes as files into `dir` (nested 100 to a folder, as a real vault would be), unless the folder
 * already holds this exact corpus (a stamp of its hash is kept).
 */
export function writeWorkspace(dir: string, notes: string[], stamp: string): void {
  const stampFile = path.join(dir, '.stamp');
  try {
    if (fs.readFileSync(stampFile, 'utf8') === stamp) return;
  } catch {
    /* write it */
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  notes.forEach((text, i) => {
    const sub = path.join(dir, `unit-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `note-${String(i).padStart(5, '0')}.md`), text);
  });
  fs.writeFileSync(stampFile, stamp);
}
