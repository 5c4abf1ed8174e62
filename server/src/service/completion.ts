/**
 * Completion: names as the user types a capitalised prefix (or asks with Ctrl+Space), and numbered congresses
 * after an ordinal (`15th` → `15th Party Congress (December 1927)`). Quiet in code and front matter and on
 * lower-case words; the fact card comes later, through completionItem/resolve.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import { formatIso } from '../kb/dates';
import { foldName } from '../kb/normalise';
import type { Entity, EntityKind } from '../kb/types';
import type { Position } from '../recogniser/noteAnalysis';
import { note, type ServiceContext } from './context';
import { entityDates, entityKindName, factCard } from './factCard';
import { ordinalSuffix, seriesName } from './seriesNames';
import { topicRanker } from './topicRank';

const MAX_ITEMS = 60;
/** How much of the line before the cursor can hold "15th Party Con": an ordinal and two words. */
const ORDINAL_CONTEXT = 80;
const NAME_CHAR = /^[\p{L}\p{M}'’-]$/u;

/**
 * The name being typed: the letters, marks, apostrophes and hyphens just before the cursor. Read backwards one
 * character at a time (an end-anchored regular expression would retry from every column: quadratic).
 */
function wordBefore(before: string): string {
  let i = before.length;
  while (i > 0) {
    let j = i - 1;
    const c = before.charCodeAt(j);
    if (c >= 0xdc00 && c <= 0xdfff && j > 0 && before.charCodeAt(j - 1) >= 0xd800 && before.charCodeAt(j - 1) <= 0xdbff)
      j--;
    if (!NAME_CHAR.test(before.slice(j, i))) break;
    i = j;
  }
  return before.slice(i);
}

const ITEM_KIND: Record<EntityKind, CompletionItemKind> = {
  person: CompletionItemKind.Reference,
  organisation: CompletionItemKind.Module,
  congress: CompletionItemKind.Event,
  event: CompletionItemKind.Event,
  policy: CompletionItemKind.Function,
  document: CompletionItemKind.File,
  place: CompletionItemKind.Folder,
  concept: CompletionItemKind.Keyword,
};

/** Is this column of the line inside prose (not code, not a URL, not front matter)? */
function inProse(ctx: ServiceContext, uri: string, pos: Position): boolean {
  const n = note(ctx, uri);
  if (!n) return false;
  return n.isProse(pos.line, pos.character);
}

export function getCompletions(ctx: ServiceContext, uri: string, at: Position, invoked: boolean): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  const n = note(ctx, uri);
  if (!n || at.line < 0 || at.line >= n.lineCount) return empty;
  const line = n.lineText(at.line);
  // A cursor past the end of its line stands at the end (as LSP says): the edits below must fit the line.
  const pos = { line: at.line, character: Math.max(0, Math.min(at.character, line.length)) };
  const before = line.slice(0, pos.character);
  if (!inProse(ctx, uri, pos)) return empty;

  // "15th", "15th Pa", "Fifteenth Con": numbered congresses and conferences. Read on the end of the line only:
  // the pattern backtracks over runs of spaces, and a whole 100,000-character line would take minutes.
  const ord = /(\d{1,3})(st|nd|rd|th)(\s+[A-Za-z-]*)?(\s+[A-Za-z]*)?$/.exec(before.slice(-ORDINAL_CONTEXT));
  if (ord) {
    const num = Number(ord[1]);
    const start = pos.character - ord[0].length;
    const items: CompletionItem[] = [];
    for (const e of ctx.kb.entities) {
      if (!e.series || e.series.number !== num) continue;
      const name = `${num}${ordinalSuffix(num)} ${seriesName(e)}`;
      const when = e.start ? formatIso(e.start.date).replace(/^\d+ /, '') : '';
      items.push({
        label: when ? `${name} (${when})` : name,
        kind: ITEM_KIND[e.kind],
        detail: e.label,
        filterText: ord[0],
        sortText: e.series.keyword === 'congress' ? '0' : '1',
        textEdit: { range: { start: { line: pos.line, character: start }, end: pos }, newText: name },
        data: { id: e.id },
      });
    }
    if (items.length) return { isIncomplete: false, items };
  }

  const word = wordBefore(before);
  const capitalised = /^\p{Lu}/u.test(word);
  if (!invoked && (word.length < 2 || !capitalised)) return empty;
  if (!invoked && word.length < 1) return empty;
  const prefix = foldName(word);
  const start = pos.character - word.length;
  const range = { start: { line: pos.line, character: start }, end: pos };
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  let incomplete = false;
  const rank = topicRanker(ctx, uri);
  for (const e of ctx.kb.entities) {
    const name = bestName(e, prefix);
    if (name === undefined || seen.has(e.id)) continue;
    seen.add(e.id);
    if (items.length >= MAX_ITEMS) {
      incomplete = true;
      break;
    }
    const dates = entityDates(e);
    items.push({
      label: e.label,
      labelDetails: { description: entityKindName(e) + (dates ? ` · ${dates}` : '') },
      kind: ITEM_KIND[e.kind],
      detail: name === e.label ? entityKindName(e) : `${name} — ${entityKindName(e)}`,
      filterText: name,
      // The workspace's topics first; then the shortest name that fits (the surname typed before the trials named
      // after it), key entities first.
      sortText: rank(e) + String(name.length).padStart(3, '0') + (e.key ? '0' : '1') + name.toLowerCase(),
      textEdit: { range, newText: name },
      data: { id: e.id },
    });
  }
  return { isIncomplete: incomplete, items };
}

/** The name the user is most likely typing: the label or an alias whose folded form starts with the prefix. */
function bestName(e: Entity, prefix: string): string | undefined {
  if (!prefix) return e.label;
  const f = foldedNames(e);
  // Prefer an alias that starts with the prefix (the surname typed on its own), then a word inside the label.
  for (let i = 0; i < f.names.length; i++) if (f.folded[i].startsWith(prefix)) return f.names[i];
  for (const w of f.labelWords) if (w.startsWith(prefix)) return e.label;
  return undefined;
}

interface FoldedNames {
  names: string[];
  folded: string[];
  labelWords: string[];
}

/** An entity's names, folded once: completion runs on every keystroke, over every entity. */
const folded = new WeakMap<Entity, FoldedNames>();

function foldedNames(e: Entity): FoldedNames {
  let f = folded.get(e);
  if (!f) {
    const names = [e.label, ...e.aliases, ...(e.names ?? []).map((x) => x.name)];
    f = {
      names,
      folded: names.map(foldName),
      labelWords: e.label
        .split(/\s+/)
        .filter((w) => w.length > 2)
        .map(foldName),
    };
    folded.set(e, f);
  }
  return f;
}

export function resolveCompletion(ctx: ServiceContext, item: CompletionItem): CompletionItem {
  const id = (item.data as { id?: unknown } | undefined)?.id;
  const e = typeof id === 'string' ? ctx.kb.get(id) : undefined;
  if (e) item.documentation = { kind: MarkupKind.Markdown, value: factCard(ctx.kb, e) };
  return item;
}
