/**
 * The long fuzz campaign: a million generated notes (by default) through recognition, incremental edits and
 * every feature of the language service, with the properties of test/properties.ts.
 *
 *   npm run fuzz                          a million inputs from a fresh seed (printed first)
 *   npm run fuzz -- --seed 42 --runs 1000 replay a campaign, or a short one
 *   npm run fuzz -- --seed 42 --path 7:3  replay the one failing input fast-check reported
 *
 * A failure prints its seed, its path and the shrunk counter-example; the exit code is 1.
 */
import fc from 'fast-check';
import * as path from 'path';
import { nodeKnowledgeBase } from '../server/src/kb/bundled';
import { Scanner } from '../server/src/recogniser/scan';
import { loadKnowledgeBase } from '../server/src/kb/load';
import { campaignInput, checkAll, fuzzService } from '../test/properties';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = Number(arg('seed') ?? (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0);
const runs = Number(arg('runs') ?? 1_000_000);
const replayPath = arg('path');
/**
 * An input (a note of up to 100,000 characters, its edits and every feature at six positions) that takes longer fails.
 */
const SLOW_MS = Number(arg('slow-ms') ?? 5000);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs <= 0) {
  console.error('usage: npm run fuzz -- [--seed N] [--runs N] [--path P]');
  process.exit(2);
}

const root = path.resolve(__dirname, '..');
const loaded = loadKnowledgeBase(
  [path.join(root, 'test', 'fixtures', 'kb')],
  path.join(root, 'data', 'schema', 'kb.schema.json'),
);
const kb = nodeKnowledgeBase(loaded);
const service = fuzzService(kb);
const scanner = Scanner.forEntities(kb.entities);

console.log(
  `History Notes fuzz campaign: seed ${seed}, ${runs.toLocaleString('en')} inputs` +
    ` (replay: npm run fuzz -- --seed ${seed} --runs ${runs})`,
);
const started = Date.now();
let done = 0;
let lastReport = started;
/** fast-check runs synchronously: progress is reported from inside the property. */
function tick(): void {
  done++;
  if ((done & 255) === 0 && Date.now() - lastReport > 30_000) {
    lastReport = Date.now();
    console.log(`  ${done.toLocaleString('en')} inputs in ${((lastReport - started) / 1000).toFixed(0)} s`);
  }
}

const result = fc.check(
  fc.property(campaignInput, (input) => {
    tick();
    const t = Date.now();
    checkAll(scanner, service, input);
    const ms = Date.now() - t;
    if (ms > SLOW_MS) throw new Error(`one input took ${ms} ms (more than ${SLOW_MS}): something is worse than linear`);
  }),
  { seed, numRuns: runs, ...(replayPath ? { path: replayPath, endOnFailure: true } : {}) },
);
const secs = ((Date.now() - started) / 1000).toFixed(0);
if (result.failed) {
  console.error(fc.defaultReportMessage(result) ?? 'failed');
  console.error(String((result.errorInstance as Error)?.stack ?? result.errorInstance));
  console.error(
    `\nFAILED after ${result.numRuns.toLocaleString('en')} inputs (${secs} s).` +
      ` Replay: npm run fuzz -- --seed ${result.seed} --path ${result.counterexamplePath}`,
  );
  process.exit(1);
}
console.log(`${result.numRuns.toLocaleString('en')} inputs, no failure, in ${secs} s (seed ${seed}).`);
console.log(`fuzz: ${result.numRuns} passed, 0 failed`);
