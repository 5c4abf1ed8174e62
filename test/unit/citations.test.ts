/**
 * Citations a teacher accepts: every source of a bundled pack is a work (its own URL, title and publisher), the
 * publisher is on data/publishers.json, and the URL is on one of that publisher's hosts (never a mirror of it).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { bundledPackFolders } from '../../server/src/kb/bundled';
import { citedUrls } from '../../server/src/kb/load';
import type { KbFile, Work } from '../../server/src/kb/types';
import { ROOT } from '../helpers';

interface Publisher {
  id: string;
  name: string;
  kind: string;
  hosts: string[];
  why: string;
}

const publishers = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'publishers.json'), 'utf8')) as { publishers: Publisher[] }
).publishers;
const byId = new Map(publishers.map((p) => [p.id, p]));

function bundledFiles(): { file: string; data: KbFile }[] {
  const out: { file: string; data: KbFile }[] = [];
  for (const folder of bundledPackFolders(path.join(ROOT, 'data')))
    for (const name of fs.readdirSync(folder).sort())
      if (name.endsWith('.json') && name !== 'pack.json') {
        const file = path.join(folder, name);
        out.push({ file: path.relative(ROOT, file), data: JSON.parse(fs.readFileSync(file, 'utf8')) as KbFile });
      }
  return out;
}

describe('citations', () => {
  it('lists each publisher once, with a name, hosts and why it is accepted', () => {
    assert.strictEqual(byId.size, publishers.length, 'duplicate publisher id');
    for (const p of publishers) {
      assert.ok(p.name && p.why && p.kind, p.id);
      assert.ok(p.hosts.length > 0, p.id);
    }
  });

  it('cites in every bundled pack only works of listed publishers, on their own hosts', () => {
    const bad: string[] = [];
    for (const { file, data } of bundledFiles())
      for (const e of data.entities) {
        const works = new Map<string, Work>();
        for (const s of e.sources as (Work | string)[]) {
          if (typeof s === 'string') {
            bad.push(`${file} [${e.id}]: ${s} is a bare URL, not a work`);
            continue;
          }
          works.set(s.url, s);
          const p = s.publisher ? byId.get(s.publisher) : undefined;
          if (!p) {
            bad.push(`${file} [${e.id}]: ${s.url}: publisher "${s.publisher}" is not in data/publishers.json`);
            continue;
          }
          const host = new URL(s.url).hostname;
          if (!p.hosts.includes(host)) bad.push(`${file} [${e.id}]: ${s.url} is not on a host of ${p.id}`);
        }
        for (const url of citedUrls(e))
          if (!works.has(url)) bad.push(`${file} [${e.id}]: ${url} is cited but not among the entity's sources`);
      }
    assert.deepStrictEqual(bad.slice(0, 40), [], `${bad.length} source(s) a teacher would send back`);
  });
});
