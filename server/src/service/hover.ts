/** Hover: the fact card of the entity under the cursor, or what happened at the date under it. */
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { formatIso } from '../kb/dates';
import type { Position } from '../recogniser/noteAnalysis';
import { mentionAt, note, type ServiceContext } from './context';
import { factCard, happeningWithin } from './factCard';
import { escapeMd } from './markdownText';
import { lineRange } from './ranges';

export function getHover(ctx: ServiceContext, uri: string, pos: Position): Hover | null {
  const m = mentionAt(ctx, uri, pos);
  if (!m) return null;
  const range = lineRange(m.line, m.start, m.end);
  if (m.kind === 'date' && m.date) {
    const items = happeningWithin(ctx.kb, m.date.from, m.date.to);
    const lines = [`### ${escapeMd(m.date.words)}`, '*Date*'];
    if (items.length) {
      lines.push('', '**In the knowledge base then:**');
      for (const it of items) {
        const when = it.from === it.to ? formatIso(it.from) : `${formatIso(it.from)} – ${formatIso(it.to)}`;
        lines.push(`- ${escapeMd(when)}: ${escapeMd(it.what)}`);
      }
    } else {
      lines.push('', 'Nothing in the knowledge base is dated then.');
    }
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range };
  }
  const text = note(ctx, uri)?.lineText(m.line).slice(m.start, m.end);
  if (m.candidates)
    return { contents: { kind: MarkupKind.Markdown, value: ambiguousCard(ctx, text ?? '', m.candidates) }, range };
  const e = ctx.kb.get(m.id);
  if (!e) return null;
  const value = factCard(ctx.kb, e, {
    misspelt: m.misspelling ? text : undefined,
    mentionsInNotes: ctx.index.notesMentioning(e.id).size,
  });
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** A name the note's context could not tie to one entity: the candidates, most likely first, each in a line. */
function ambiguousCard(ctx: ServiceContext, written: string, candidates: readonly string[]): string {
  const lines = [`### “${escapeMd(written)}”`, '*Ambiguous: this note could mean any of these*', ''];
  for (const id of candidates) {
    const e = ctx.kb.get(id);
    if (!e) continue;
    const when = ctx.kb.lifespan(e);
    const pack = e.pack
      ? ` — ${escapeMd(ctx.kb.packs.find((p) => p.manifest.id === e.pack)?.manifest.title ?? e.pack)}`
      : '';
    lines.push(`- **${escapeMd(e.label)}**${when ? ` (${escapeMd(when)})` : ''}${pack}: ${escapeMd(e.summary)}`);
  }
  lines.push('', 'Name the one you mean in full, or add `topic:` to the note’s front matter.');
  return lines.join('\n');
}
