/**
 * npm run kb:report — counts the knowledge base by kind, the share of facts and dates with a source, and lists
 * every problem the loader finds. Exits 1 when there is a problem, so that it can gate a data change.
 */
import * as path from 'path';
import { bundledPackFolders } from '../server/src/kb/bundled';
import { loadKnowledgeBase } from '../server/src/kb/load';
import { ENTITY_KINDS } from '../server/src/kb/types';

const root = path.resolve(__dirname, '..');
const folders = process.argv.slice(2).length ? process.argv.slice(2) : bundledPackFolders(path.join(root, 'data'));
const kb = loadKnowledgeBase(folders, path.join(root, 'data', 'schema', 'kb.schema.json'));

const counts = new Map<string, number>(ENTITY_KINDS.map((k) => [k, 0]));
let facts = 0,
  factsSourced = 0,
  dates = 0,
  roles = 0,
  aliases = 0,
  misspellings = 0;
for (const e of kb.entities) {
  counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  for (const f of e.facts ?? []) {
    facts++;
    if (f.source) factsSourced++;
  }
  for (const d of [e.born, e.died, e.start, e.end]) if (d) dates++;
  roles += e.roles?.length ?? 0;
  aliases += e.aliases.length;
  misspellings += e.misspellings?.length ?? 0;
}
console.log(`Knowledge base: ${kb.entities.length} entities from ${kb.files.length} files`);
for (const [k, n] of counts) console.log(`  ${k.padEnd(13)} ${n}`);
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '100.0') + '%';
console.log(
  `  facts ${facts} (${pct(factsSourced, facts)} with a source), dates ${dates} (every one sourced by schema), roles ${roles}, aliases ${aliases}, misspellings ${misspellings}`,
);
if (kb.problems.length) {
  console.log(`\n${kb.problems.length} problem(s):`);
  for (const p of kb.problems)
    console.log(`  ${path.relative(root, p.file)}${p.entity ? ` [${p.entity}]` : ''}: ${p.message}`);
  process.exitCode = 1;
}
