/**
 * Citations a teacher accepts: every source of a bundled pack is a work (its own URL, title and publisher), the
 * publisher is on data/publishers.json, and the URL is on one of that publisher's hosts (never a mirror of it).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { bundledPackFolders } from '../../server/src/kb/bundled';
import { citedUrls } from '../../server/src/kb/build';
import { unacceptedWork, type Publisher } from '../../server/src/kb/publishers';
import type { KbFile, Work } from '../../server/src/kb/types';
import { factCard } from '../../server/src/service/factCard';
import { bundledKnowledgeBase, ROOT, throwingLogger } from '../helpers';
import { LanguageService } from '../../server/src/service/languageService';
import { MemoryWorkspace } from '../../server/src/workspace/workspace';

function kirovFinding(): string {
  const service = new LanguageService({
    kb: bundledKnowledgeBase(),
    workspace: new MemoryWorkspace(new Map()),
    logger: throwingLogger,
  });
  service.openNote('file:///k.md', 1, 'Kirov was murdered on 1 December 1933.\n');
  return String(service.diagnostics('file:///k.md')[0]?.message);
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
  it('names the work on the fact card and at the end of a finding: publisher — title, linked', () => {
    const kb = bundledKnowledgeBase();
    const card = factCard(kb, kb.get('leon-trotsky')!);
    const sources = card.split('\n').find((l) => l.startsWith('Sources: '))!;
    assert.match(sources, /\[[^\]]+ — [^\]]+\]\(https:\/\/[^)]+\)/, sources);
    const names = [...byId.values()].map((p) => p.name.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`));
    assert.ok(
      names.some((n) => sources.includes(`[${n} — `)),
      sources,
    );
    const finding = kirovFinding();
    assert.match(finding, /\(source: [^)]* — [^)]*\)$/, finding);
  });

  it("shows an event's figures on its card, each linked to its source", () => {
    const kb = bundledKnowledgeBase();
    const card = factCard(kb, kb.get('bombing-of-dresden')!);
    const lines = card.split('\n');
    const at = lines.indexOf('**Figures**');
    assert.ok(at >= 0, card);
    assert.match(
      lines[at + 1],
      /^- up to 25,000 people were killed \[↗\]\(https:\/\/en\.wikipedia\.org\/wiki\/Bombing_of_Dresden/,
    );
  });

  it('lists each publisher once, with a name, hosts and why it is accepted', () => {
    assert.strictEqual(byId.size, publishers.length, 'duplicate publisher id');
    for (const p of publishers) {
      assert.ok(p.name && p.why && p.kind, p.id);
      assert.ok(p.hosts.length > 0, p.id);
    }
  });

  it("sends back a work of an unlisted publisher, and a listed publisher's article on a mirror", () => {
    const wiki = { url: 'https://en.wikipedia.org/wiki/Leon_Trotsky', title: 'Leon Trotsky', publisher: 'wikipedia' };
    assert.strictEqual(unacceptedWork(wiki, byId), undefined);
    assert.match(unacceptedWork({ ...wiki, publisher: 'wikisum' }, byId) ?? '', /is not on data\/publishers.json/);
    assert.match(
      unacceptedWork({ ...wiki, url: 'https://wikimili.com/en/Leon_Trotsky' }, byId) ?? '',
      /is not on a host of wikipedia/,
    );
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
          const why = unacceptedWork(s, byId);
          if (why) bad.push(`${file} [${e.id}]: ${why}`);
        }
        for (const url of citedUrls(e))
          if (!works.has(url)) bad.push(`${file} [${e.id}]: ${url} is cited but not among the entity's sources`);
      }
    assert.deepStrictEqual(bad.slice(0, 40), [], `${bad.length} source(s) a teacher would send back`);
  });

  it('gives each work one title wherever it is cited, so that every card names it alike', () => {
    const titles = new Map<string, Set<string>>();
    for (const { data } of bundledFiles())
      for (const e of data.entities)
        for (const s of e.sources as Work[]) titles.set(s.url, (titles.get(s.url) ?? new Set()).add(s.title ?? ''));
    const two = [...titles].filter(([, t]) => t.size > 1).map(([url, t]) => `${url}: ${[...t].join(' | ')}`);
    assert.deepStrictEqual(two, []);
  });
});
