/**
 * `npm run bench [-- --json FILE] [-- --notes N]`: the performance figures of issue 7, on a corpus made from the
 * sample notes with a fixed seed (see corpus.ts). In-process for the recogniser's throughput (one core), over
 * stdio against the bundled server (server/out/server.js) for everything an editor would feel. A benchmark,
 * not a test: it asserts nothing about time, only that the server's answers are the right ones.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { loadBundledKnowledgeBase } from '../../server/src/kb/bundled';
import { NoteAnalysis } from '../../server/src/recogniser/noteAnalysis';
import { Scanner } from '../../server/src/recogniser/scan';
import type { LineMention } from '../../server/src/recogniser/types';
import { makeBigNote, makeNotes, pools, ROOT, SEED, writeWorkspace } from './corpus';
import { percentile, startServer, timed, type Server } from './lsp';

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const NOTES = args.includes('--notes') ? Number(args[args.indexOf('--notes') + 1]) : 10_000;
const NOTE_MEAN = 5_000;
const BIG_NOTE = 5_000_000;
const KEYSTROKE_NOTE = 1_000_000;
const FREQUENT = 'joseph-stalin';
const BENCH_DIR = path.join(ROOT, '.bench');
const WORKSPACE = path.join(BENCH_DIR, 'workspace');
const MB = 1e6;

interface Figures {
  [k: string]: number | string;
}
const figures: Figures = {};
const notes: string[] = [];

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

function round(n: number, d = 1): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}

// ---- the corpus -----------------------------------------------------------------------------------------

const p = pools();
const corpus = makeNotes(p, NOTES, NOTE_MEAN);
notes.push(...corpus.notes);
const stamp = crypto.createHash('sha256').update(String(SEED)).update(notes.join('\u0000')).digest('hex');
const t0 = performance.now();
writeWorkspace(WORKSPACE, notes, stamp);
log(
  `corpus: ${notes.length} notes, ${round(corpus.bytes / MB)} MB from ${p.sources.length} sample notes` +
    ` (${p.sentences.length} sentences), seed ${SEED.toString(16)};` +
    ` written in ${Math.round(performance.now() - t0)} ms`,
);
figures.notes = notes.length;
figures.corpusMB = round(corpus.bytes / MB);

// ---- throughput, one core -------------------------------------------------------------------------------

const kb = loadBundledKnowledgeBase();
const scanner = Scanner.forEntities(kb.entities);

function pass(fn: (text: string) => number): { mbps: number; check: number } {
  // Warm up on the first fifth, then time the whole corpus twice and keep the better run.
  let check = 0;
  for (let i = 0; i < notes.length / 5; i++) check += fn(notes[i]);
  let best = Infinity;
  for (let r = 0; r < 2; r++) {
    check = 0;
    const s = performance.now();
    for (const n of notes) check += fn(n);
    best = Math.min(best, performance.now() - s);
  }
  return { mbps: corpus.bytes / MB / (best / 1000), check };
}

const charLoop = pass((text) => {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h & 1;
});

const aliases = new Set<string>();
for (const e of kb.entities)
  for (const a of [e.label, ...e.aliases, ...(e.names ?? []).map((n) => n.name), ...(e.misspellings ?? [])])
    aliases.add(a);
const alternation = [...aliases]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const naive = new RegExp(`\\b(?:${alternation})\\b`, 'gi');
const regex = pass((text) => {
  naive.lastIndex = 0;
  let n = 0;
  while (naive.exec(text)) n++;
  return n;
});

const recogniser = pass((text) => new NoteAnalysis(scanner, text).count());
figures.recogniserMBps = round(recogniser.mbps);
figures.charLoopMBps = round(charLoop.mbps);
figures.regexMBps = round(regex.mbps);
figures.recogniserVsRegex = round(recogniser.mbps / regex.mbps, 2);
figures.recogniserVsCharLoop = round(recogniser.mbps / charLoop.mbps, 3);
figures.mentions = recogniser.check;
figures.regexMatches = regex.check;
figures.aliases = aliases.size;
log(
  `throughput: recogniser ${figures.recogniserMBps} MB/s (${recogniser.check} mentions),` +
    ` char loop ${figures.charLoopMBps} MB/s,` +
    ` naive regex over ${aliases.size} aliases ${figures.regexMBps} MB/s (${regex.check} matches)`,
);

// What the server must answer: the frequent name's mentions across the workspace.
// Mentions of every entity across the workspace (and in how many notes), to check the server's answers.
const totals = new Map<string, number>();
const noteCounts = new Map<string, number>();
for (const n of notes) {
  const seen = new Set<string>();
  for (const m of new NoteAnalysis(scanner, n).all()) {
    if (m.kind === 'date') continue;
    totals.set(m.id, (totals.get(m.id) ?? 0) + 1);
    if (!seen.has(m.id)) {
      seen.add(m.id);
      noteCounts.set(m.id, (noteCounts.get(m.id) ?? 0) + 1);
    }
  }
}
const notesWithFrequent = noteCounts.get(FREQUENT) ?? 0;
/**
 * The sample notes are all about Stalin, so he is named about 18 times in every note: 180,000 places, far beyond
 * the 9,000 backlinks that froze a note-taking tool. References are timed for him and for the name whose
 * mentions across the workspace come nearest to 10,000 (found in the corpus, so the choice is deterministic).
 */
const TYPICAL = [...totals].sort(
  (a, b) => Math.abs(a[1] - 10_000) - Math.abs(b[1] - 10_000) || (a[0] < b[0] ? -1 : 1),
)[0][0];

// ---- the server over stdio ------------------------------------------------------------------------------

// The client's own garbage collections would show in the latencies it times: the corpus is dropped (its counts
// are kept) and a full collection is run before each series of timed requests.
const noteCount = notes.length;
notes.length = 0;
corpus.notes.length = 0;
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

const bigDir = path.join(BENCH_DIR, 'open');
fs.mkdirSync(bigDir, { recursive: true });

async function open(s: Server, uri: string, text: string): Promise<void> {
  await s.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
}

function mentionsOf(text: string): LineMention[] {
  return [...new NoteAnalysis(scanner, text).all()];
}

/** `n` items spread evenly over a list (deterministic). */
function spread<T>(list: T[], n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n && list.length; i++) out.push(list[Math.floor((i * list.length) / n)]);
  return out;
}

async function coldStart(folder: string | undefined): Promise<number> {
  const s = await startServer(folder);
  const uri = pathToFileURL(path.join(bigDir, 'probe.md')).href;
  await open(s, uri, 'Stalin became General Secretary in 1922.\n');
  const h = await s.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: 2 },
  });
  const ms = performance.now() - s.spawnedAt;
  if (!h || !/Stalin/.test(h.contents.value)) throw new Error(`cold start: no hover answer (${JSON.stringify(h)})`);
  await s.close();
  return ms;
}

async function main(): Promise<void> {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-empty-'));
  const colds: number[] = [];
  for (let i = 0; i < 7; i++) colds.push(await coldStart(empty));
  fs.rmSync(empty, { recursive: true, force: true });
  figures.coldStartMs = round(percentile(colds, 50));
  log(
    `cold start (empty workspace, median of 7): ${figures.coldStartMs} ms` +
      ` [${colds.map((x) => Math.round(x)).join(', ')}]`,
  );

  // Indexing: from `initialized` to the answer of references across every note (the server answers
  // references only once its index is complete).
  const s = await startServer(WORKSPACE);
  const indexStart = performance.now();
  const cpuAtStart = s.cpuMs();
  const probeUri = pathToFileURL(path.join(bigDir, 'probe.md')).href;
  const probeText = 'Stalin became General Secretary in 1922.\n';
  await open(s, probeUri, probeText);
  const firstHover = await s.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: probeUri },
    position: { line: 0, character: 2 },
  });
  figures.coldStartBusyMs = round(performance.now() - s.spawnedAt);
  if (!firstHover) throw new Error('no hover while indexing');
  // References of the name nearest 10,000 mentions (a small answer, so that memory is the index's own).
  const typicalText = `${kb.get(TYPICAL)!.label} was debated in 1928.\n`;
  const typicalProbe = pathToFileURL(path.join(bigDir, 'probe-typical.md')).href;
  await open(s, typicalProbe, typicalText);
  const inProbe = mentionsOf(typicalText).filter((m) => m.id === TYPICAL);
  if (!inProbe.length) throw new Error(`${typicalText} does not name ${TYPICAL}`);
  const refs = await s.connection.sendRequest<unknown[]>('textDocument/references', {
    textDocument: { uri: typicalProbe },
    position: { line: 0, character: inProbe[0].start + 1 },
    context: { includeDeclaration: false },
  });
  figures.indexMs = round(performance.now() - indexStart);
  // CPU time the server spent meanwhile, both threads: what indexing costs whatever else the machine runs.
  figures.indexCpuMs = round(s.cpuMs() - cpuAtStart, 0);
  const expectedTypical = (totals.get(TYPICAL) ?? 0) + inProbe.length;
  if (refs.length !== expectedTypical)
    throw new Error(`indexing: ${refs.length} references of ${TYPICAL}, expected ${expectedTypical}`);
  const afterIndex = s.memory();
  // The peak resident memory with the workspace indexed (the index worker included, while it ran).
  figures.rssMB = round(afterIndex.peakMB);
  figures.rssAfterIndexMB = round(afterIndex.rssMB);
  log(
    `index: ${figures.indexMs} ms (server CPU ${figures.indexCpuMs} ms) for ${noteCount} notes` +
      ` (to the ${expectedTypical} references of ${TYPICAL});` +
      ` first hover while indexing ${figures.coldStartBusyMs} ms after spawn;` +
      ` peak RSS ${figures.rssMB} MB, now ${figures.rssAfterIndexMB} MB`,
  );

  // A 5 MB note: hover, completion, definition, references.
  const big = makeBigNote(p, BIG_NOTE, SEED + 1);
  const bigUri = pathToFileURL(path.join(bigDir, 'big.md')).href;
  const tOpen = performance.now();
  const bigDiagnostics = s.nextDiagnostics(bigUri);
  await open(s, bigUri, big);
  await s.connection.sendRequest('textDocument/documentHighlight', {
    textDocument: { uri: bigUri },
    position: { line: 0, character: 0 },
  });
  figures.openBigMs = round(performance.now() - tOpen);
  // Its first diagnostics (150 ms after the open, then fact checking over the whole note) come before the
  // timed requests, which would otherwise wait behind them.
  figures.openBigToDiagnosticsMs = round((await bigDiagnostics) - tOpen);
  const bigMentions = mentionsOf(big).filter((m) => m.kind !== 'date');
  const samples = spread(bigMentions, 1000);
  const hover: number[] = [],
    completion: number[] = [],
    definition: number[] = [];
  let completionHits = 0;
  collect();
  for (const m of samples.slice(0, 50))
    await s.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: bigUri },
      position: { line: m.line, character: m.start + 1 },
    });
  for (const m of samples) {
    const h = await timed<{ contents: { value: string } } | null>(s, 'textDocument/hover', {
      textDocument: { uri: bigUri },
      position: { line: m.line, character: m.start + 1 },
    });
    if (!h.result) throw new Error(`no hover at ${m.line}:${m.start}`);
    hover.push(h.ms);
  }
  const lines = big.split('\n');
  for (const m of samples) {
    if (!/^\p{Lu}\p{Ll}{2}/u.test(lines[m.line].slice(m.start, m.start + 3))) continue;
    const c = await timed<{ items: unknown[] }>(s, 'textDocument/completion', {
      textDocument: { uri: bigUri },
      position: { line: m.line, character: m.start + 3 },
      context: { triggerKind: 1 },
    });
    if (c.result.items.length) completionHits++;
    completion.push(c.ms);
  }
  for (const m of samples) {
    const d = await timed<unknown[]>(s, 'textDocument/definition', {
      textDocument: { uri: bigUri },
      position: { line: m.line, character: m.start + 1 },
    });
    if (!d.result.length) throw new Error(`no definition at ${m.line}:${m.start}`);
    definition.push(d.ms);
  }
  figures.hoverP50Ms = round(percentile(hover, 50), 2);
  figures.hoverP99Ms = round(percentile(hover, 99), 2);
  figures.completionP99Ms = round(percentile(completion, 99), 2);
  figures.definitionP99Ms = round(percentile(definition, 99), 2);
  log(
    `5 MB note (${lines.length} lines, ${bigMentions.length} entity mentions;` +
      ` opened and analysed in ${figures.openBigMs} ms,` +
      ` diagnostics ${figures.openBigToDiagnosticsMs} ms after opening):` +
      ` hover p50 ${figures.hoverP50Ms} p99 ${figures.hoverP99Ms} ms (${hover.length}),` +
      ` completion p99 ${figures.completionP99Ms} ms (${completion.length}, ${completionHits} with items),` +
      ` definition p99 ${figures.definitionP99Ms} ms (${definition.length})`,
  );

  // References asked from the 5 MB note: every note of the workspace, plus the open note itself.
  /** Every note open in the editor (they answer from their live text), besides the workspace's. */
  const openNotes: string[] = [probeText, typicalText, big];
  async function referencesOf(
    id: string,
    count: number,
    warm: number,
  ): Promise<{ p50: number; p99: number; locations: number }> {
    const inBig = bigMentions.filter((m) => m.id === id);
    let expected = totals.get(id) ?? 0;
    for (const t of openNotes) expected += mentionsOf(t).filter((m) => m.id === id).length;
    const times: number[] = [];
    for (const [i, m] of spread(inBig, count + warm).entries()) {
      const r = await timed<unknown[]>(s, 'textDocument/references', {
        textDocument: { uri: bigUri },
        position: { line: m.line, character: m.start + 1 },
        context: { includeDeclaration: false },
      });
      if (r.result.length !== expected)
        throw new Error(`references of ${id}: ${r.result.length}, expected ${expected}`);
      if (i >= warm) times.push(r.ms);
    }
    return { p50: percentile(times, 50), p99: percentile(times, 99), locations: expected };
  }
  collect();
  const typical = await referencesOf(TYPICAL, 100, 10);
  figures.referencesP50Ms = round(typical.p50, 1);
  figures.referencesP99Ms = round(typical.p99, 1);
  figures.referencesCount = typical.locations;
  log(
    `references of ${TYPICAL}: ${typical.locations} locations (${noteCounts.get(TYPICAL)} notes + the open notes):` +
      ` p50 ${figures.referencesP50Ms} p99 ${figures.referencesP99Ms} ms (100)`,
  );

  // A keystroke in a 1 MB note: didChange, then a request that needs the fresh analysis (hover on the edited line).
  const medium = makeBigNote(p, KEYSTROKE_NOTE, SEED + 2);
  const medUri = pathToFileURL(path.join(bigDir, 'medium.md')).href;
  const medDiagnostics = s.nextDiagnostics(medUri);
  await open(s, medUri, medium);
  openNotes.push(medium);
  await medDiagnostics;
  const medMentions = spread(
    mentionsOf(medium).filter((m) => m.kind !== 'date' && m.start > 0),
    400,
  );
  let version = 1;
  const keystroke: number[] = [];
  collect();
  for (const [i, m] of medMentions.entries()) {
    // Type a space just before a mention, then hover on it: the answer's range proves the analysis is fresh.
    // Every other change takes the space away again, so that the note stays the same.
    const add = i % 2 === 0;
    const target = add ? m : medMentions[i - 1];
    const at0 = { line: target.line, character: target.start };
    const change = add
      ? { range: { start: at0, end: at0 }, text: ' ' }
      : { range: { start: at0, end: { line: target.line, character: target.start + 1 } }, text: '' };
    const shift = add ? 1 : 0;
    const t = performance.now();
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: medUri, version: ++version },
      contentChanges: [change],
    });
    const h = await s.connection.sendRequest<{ range: { start: { character: number } } } | null>('textDocument/hover', {
      textDocument: { uri: medUri },
      position: { line: target.line, character: target.start + shift + 1 },
    });
    const ms = performance.now() - t;
    if (h?.range.start.character !== target.start + shift)
      throw new Error(`stale or missing hover after a keystroke at ${target.line}:${target.start}`);
    if (i >= 20) keystroke.push(ms);
  }
  figures.keystrokeP50Ms = round(percentile(keystroke, 50), 2);
  figures.keystrokeP99Ms = round(percentile(keystroke, 99), 2);
  // The same, to the diagnostics it publishes (after its 150 ms debounce): reported without the debounce.
  const diag: number[] = [];
  for (let i = 0; i < 12; i++) {
    const m = medMentions[(i - (i % 2)) * 7];
    const at0 = { line: m.line, character: m.start };
    const change =
      i % 2 === 0
        ? { range: { start: at0, end: at0 }, text: ' ' }
        : { range: { start: at0, end: { line: m.line, character: m.start + 1 } }, text: '' };
    const got = s.nextDiagnostics(medUri);
    const t = performance.now();
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: medUri, version: ++version },
      contentChanges: [change],
    });
    diag.push((await got) - t - 150);
  }
  figures.diagnosticsAfterDebounceP50Ms = round(percentile(diag, 50), 1);
  log(
    `keystroke in a 1 MB note: to a fresh hover p50 ${figures.keystrokeP50Ms} p99 ${figures.keystrokeP99Ms} ms` +
      ` (${keystroke.length}); to its diagnostics, less the 150 ms debounce,` +
      ` p50 ${figures.diagnosticsAfterDebounceP50Ms} ms`,
  );

  // Memory with the workspace indexed and both large notes open, after every request above.
  figures.rssWithLargeNotesMB = round(s.memory().peakMB);
  log(
    `memory: peak RSS ${figures.rssWithLargeNotesMB} MB with ${noteCount} notes indexed, the 5 MB and 1 MB notes open`,
  );

  // Last, as it is a stress test of its own: references of the name the corpus repeats in every note.
  const most = await referencesOf(FREQUENT, 15, 3);
  figures.referencesStalinP50Ms = round(most.p50, 1);
  figures.referencesStalinP99Ms = round(most.p99, 1);
  figures.referencesStalinCount = most.locations;
  log(
    `references of ${FREQUENT}: ${most.locations} locations (${notesWithFrequent} notes + the open notes):` +
      ` p50 ${figures.referencesStalinP50Ms} p99 ${figures.referencesStalinP99Ms} ms (15)`,
  );
  figures.rssPeakMB = round(s.memory().peakMB);
  log(`memory: peak RSS ${figures.rssPeakMB} MB after answering those references`);
  await s.close();
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = `${round(os.totalmem() / 2 ** 30, 0)} GiB`;
  return `${os.cpus().length} × ${cpu}, ${memory}, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const TARGETS: [string, string, (v: number) => boolean][] = [
  ['recogniserVsRegex', '≥ 1 (as fast as the naive regex)', (v) => v >= 1],
  ['recogniserVsCharLoop', '≥ 0.25 of the bare loop', (v) => v >= 0.25],
  ['indexMs', '< 2000', (v) => v < 2000],
  ['hoverP99Ms', '< 5', (v) => v < 5],
  ['completionP99Ms', '< 5', (v) => v < 5],
  ['definitionP99Ms', '< 5', (v) => v < 5],
  ['referencesP99Ms', '< 50', (v) => v < 50],
  ['keystrokeP99Ms', '< 10', (v) => v < 10],
  ['coldStartMs', '< 300', (v) => v < 300],
  ['rssMB', '< 250', (v) => v < 250],
];

main()
  .then(() => {
    figures.machine = machine();
    const targets = new Map(TARGETS.map(([k, t, ok]) => [k, { t, ok }]));
    const rows = Object.entries(figures)
      .filter(([k]) => k !== 'machine')
      .map(([k, v]) => {
        const t = targets.get(k);
        return [k, String(v), t ? `${t.t} ${typeof v === 'number' && t.ok(v) ? 'met' : 'MISSED'}` : ''];
      });
    const w0 = Math.max(...rows.map((r) => r[0].length)),
      w1 = Math.max(...rows.map((r) => r[1].length));
    process.stdout.write(`\n${'figure'.padEnd(w0)}  ${'value'.padStart(w1)}  target\n${'-'.repeat(w0 + w1 + 40)}\n`);
    for (const r of rows) process.stdout.write(`${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2]}\n`);
    process.stdout.write(
      `machine: ${figures.machine}; load average when done ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}\n`,
    );
    if (jsonOut) {
      fs.writeFileSync(jsonOut, JSON.stringify(figures, null, 2) + '\n');
      log(`figures written to ${jsonOut}`);
    }
  })
  .catch((err) => {
    log(`bench failed: ${(err as Error)?.stack ?? err}`);
    process.exit(1);
  });
