/** Test helpers: a service over notes in memory, and the `|` cursor marker. */
import * as path from 'path';
import { KnowledgeBase } from '../server/src/kb/knowledgeBase';
import { loadBundledKnowledgeBase, nodeKnowledgeBase } from '../server/src/kb/bundled';
import { loadKnowledgeBase } from '../server/src/kb/load';
import { LanguageService } from '../server/src/service/languageService';
import { MemoryWorkspace } from '../server/src/workspace/workspace';

export const ROOT = path.resolve(__dirname, '..');
export const SCHEMA = path.join(ROOT, 'data', 'schema', 'kb.schema.json');
export const SHARED_NOTES = path.resolve(ROOT, '..', 'shared', 'notes');

let fixtureKb: KnowledgeBase | undefined;
let bundledKb: KnowledgeBase | undefined;

/** The small fixture knowledge base in test/fixtures/kb: stable whatever the bundled data becomes. */
export function fixtureKnowledgeBase(): KnowledgeBase {
  if (!fixtureKb) {
    const loaded = loadKnowledgeBase([path.join(ROOT, 'test', 'fixtures', 'kb')], SCHEMA);
    if (loaded.problems.length) throw new Error(`fixture KB problems: ${JSON.stringify(loaded.problems)}`);
    fixtureKb = nodeKnowledgeBase(loaded);
  }
  return fixtureKb;
}

export function bundledKnowledgeBase(): KnowledgeBase {
  return (bundledKb ??= loadBundledKnowledgeBase());
}

/** Splits `text` at the `|` cursor marker. */
export function cursor(marked: string): { text: string; line: number; character: number } {
  const at = marked.indexOf('|');
  if (at < 0) throw new Error('no | cursor marker');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { text, line: before.length - 1, character: before[before.length - 1].length };
}

/** A service with the given notes open (uri → text) and indexed. */
/**
 * The service logs an error only for a failure it recovered from (a fact rule that threw is skipped); a test
 * must see it fail.
 */
export const throwingLogger = {
  log: (): void => undefined,
  error: (message: string): never => {
    throw new Error(message);
  },
};

export async function serviceWith(
  notes: Record<string, string>,
  kb = fixtureKnowledgeBase(),
  open: string[] = Object.keys(notes),
): Promise<LanguageService> {
  const service = new LanguageService({
    kb,
    workspace: new MemoryWorkspace(new Map(Object.entries(notes))),
    logger: throwingLogger,
  });
  await service.indexWorkspace();
  for (const uri of open) service.openNote(uri, 1, notes[uri]);
  return service;
}

/** The mentions of a text as `written=id` strings (a trailing `*` marks a misspelling). */
export function mentionsOf(service: LanguageService, text: string): string[] {
  service.openNote('file:///probe.md', 1, text);
  const a = service.analysis('file:///probe.md')!;
  return [...a.all()].map(
    (m) => `${a.lineText(m.line).slice(m.start, m.end)}=${m.date?.iso ?? m.id}${m.misspelling ? '*' : ''}`,
  );
}
