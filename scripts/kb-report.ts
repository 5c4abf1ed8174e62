/**
 * npm run kb:report [-- FOLDER...] — per pack: entities by kind, sources by publisher, facts and dates without a
 * precise (day) date, and every problem the loader finds; for the bundled packs also every source whose publisher
 * is not on data/publishers.json. Exits 1 when there is a problem, so that it can gate a data change.
 */
import * as fs from 'fs';
import * as path from 'path';
import { bundledPackFolders } from '../server/src/kb/bundled';
import { loadKnowledgeBase } from '../server/src/kb/load';
import { readPublishers, unacceptedWork } from '../server/src/kb/publishers';
import { ENTITY_KINDS, type Entity } from '../server/src/kb/types';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const bundled = bundledPackFolders(path.join(root, 'data'));
const folders = args.length ? args.map((a) => path.resolve(a)) : bundled;
const kb = loadKnowledgeBase(folders, path.join(root, 'data', 'schema', 'kb.schema.json'), {
  bundled: args.length ? 0 : bundled.length,
  validateBundled: true,
});
const publishers = readPublishers(JSON.parse(fs.readFileSync(path.join(root, 'data', 'publishers.json'), 'utf8')));

const rel = (f: string) => path.relative(process.cwd(), f) || f;
let problems = 0;
for (const pack of kb.packs) {
  const m = pack.manifest;
  const entities = kb.entities.filter((e) => e.pack === m.id);
  console.log(`\n${m.id} — ${m.title}${m.period ? ` (${m.period})` : ''}${pack.enabled ? '' : ' [turned off]'}`);
  console.log(`  ${rel(pack.folder)}, ${pack.files.length} file(s), ${entities.length} entities`);
  if (m.specifications?.length) console.log(`  serves: ${m.specifications.join('; ')}`);
  console.log(
    `  by kind: ${ENTITY_KINDS.map((k) => [k, entities.filter((e) => e.kind === k).length] as const)
      .filter(([, n]) => n)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  const byPublisher = new Map<string, number>();
  const unlisted: string[] = [];
  for (const e of entities)
    for (const w of e.sources) {
      const p = w.publisher ?? '(no publisher)';
      byPublisher.set(p, (byPublisher.get(p) ?? 0) + 1);
      if (pack.bundled) {
        const why = unacceptedWork(w, publishers);
        if (why) unlisted.push(`[${e.id}] ${why}`);
      }
    }
  console.log(
    `  sources by publisher: ${[...byPublisher]
      .sort((a, b) => b[1] - a[1])
      .map(([p, n]) => `${publishers.get(p)?.name ?? p} ${n}`)
      .join(', ')}`,
  );
  const imprecise = impreciseDates(entities);
  console.log(
    `  facts ${entities.reduce((n, e) => n + (e.facts?.length ?? 0), 0)}, dates and facts without a day: ` +
      `${imprecise.length}${imprecise.length ? ` (e.g. ${imprecise.slice(0, 3).join('; ')})` : ''}`,
  );
  const all = [...pack.problems.map((p) => `${rel(p.file)}${p.entity ? ` [${p.entity}]` : ''}: ${p.message}`)];
  all.push(...unlisted);
  if (all.length) {
    console.log(`  ${all.length} problem(s):`);
    for (const line of all) console.log(`    ${line}`);
  }
  problems += all.length;
}
const loose = kb.problems.filter((p) => !kb.packs.some((pack) => pack.problems.includes(p)));
for (const p of loose) console.log(`  ${rel(p.file)}: ${p.message}`);
problems += loose.length;
console.log(
  `\n${kb.entities.length} entities in ${kb.packs.filter((p) => p.enabled).length} pack(s); ${problems} problem(s)`,
);
if (problems) process.exitCode = 1;

/** The entity's dated things whose date is a year or a month only: "label: what (date)". */
function impreciseDates(entities: Entity[]): string[] {
  const out: string[] = [];
  for (const e of entities) {
    for (const key of ['born', 'died', 'start', 'end'] as const) {
      const d = e[key];
      if (d && d.date.replace(/^-/, '').length < 10 && !d.approximate) out.push(`${e.label}: ${key} ${d.date}`);
    }
    for (const f of e.facts ?? [])
      if (f.date && f.date.replace(/^-/, '').length < 10) out.push(`${e.label}: fact ${f.date}`);
  }
  return out;
}
