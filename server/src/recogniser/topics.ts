/**
 * Names that mean different things in different topics ("the Putsch", "Munich", "the Revolution"): the note
 * decides. A note's topics are weighed from its unambiguous mentions (each counts for its entity's pack), its
 * front matter (`topic: germany`) and its dates (a year counts for the packs whose period holds it); a name that
 * several packs define goes to the pack the note is clearly about. Within one topic, a date near the name picks
 * the candidate it falls in ("the Putsch" near 1920 is Kapp's). Where nothing decides, the mention stays
 * ambiguous: the hover lists the candidates, and references and fact checking leave it alone.
 */
import { endKey, parseIsoDate, startKey } from '../kb/dates';
import type { MentionKind } from '../kb/types';
import type { LineMention, Mention } from './types';

/** What the resolver needs to know of the knowledge base, as plain look-ups. */
export interface TopicModel {
  /** The pack an entity comes from. */
  packOf(id: string): string | undefined;
  /** The entity's kind, for the mention a candidate becomes. */
  kindOf(id: string): MentionKind | undefined;
  /** The entity's span as sortable day keys (start, end), when it is dated. */
  spanOf(id: string): readonly [number, number] | undefined;
  /** A person's years in office, to choose between people alive at the same date ("the Tsar" in 1861). */
  officeSpanOf?(id: string): readonly [number, number] | undefined;
  /** What an entity that shares a name is tied to (related things, places), to tell it from the others. */
  tiesOf?(id: string): ReadonlySet<string> | undefined;
  /** Each pack's period as day keys, from its manifest. */
  periods: ReadonlyMap<string, readonly [number, number]>;
  /** The packs that hold what every topic shares: they never count as a topic of their own. */
  shared: ReadonlySet<string>;
}

/** A pack that outweighs every other by this factor, with at least MIN_WEIGHT, is the note's topic. */
const DECISIVE = 2;
const MIN_WEIGHT = 1;
/** A date counts for less than a name: most periods overlap. */
const DATE_WEIGHT = 0.25;
/** Front matter says outright what the note is about. */
const FRONT_MATTER_WEIGHT = 100;
/** How many lines around a name a date may be to decide between candidates of one topic. */
const DATE_REACH = 3;

export interface Resolution {
  id: string;
  /** Set when nothing decided: the candidates, most likely first. */
  candidates?: string[];
}

/** The weights of a note's topics, computed from its mentions once per version of the note. */
export class TopicProfile {
  private constructor(
    readonly weights: ReadonlyMap<string, number>,
    private readonly model: TopicModel,
    /** The spans of the dates written on a line. */
    private readonly datesOn: (line: number) => readonly (readonly [number, number])[],
    /** The mentions on a line. */
    private readonly mentionsOn: (line: number) => readonly Mention[] = () => [],
  ) {}

  /** The profile of mentions given one by one (each with its line). */
  static of(
    mentions: Iterable<LineMention>,
    model: TopicModel,
    frontMatterTopics: readonly string[] = [],
  ): TopicProfile {
    const byLine = new Map<number, Mention[]>();
    for (const m of mentions) {
      const list = byLine.get(m.line) ?? [];
      list.push(m);
      byLine.set(m.line, list);
    }
    const lines: (readonly Mention[])[] = [];
    for (const [line, list] of byLine) lines[line] = list;
    return TopicProfile.ofLines(lines, model, frontMatterTopics);
  }

  /**
   * The profile of a note's mentions as the analysis keeps them, one list a line: one pass that copies nothing
   * (it runs once per version of the note), the dates near a name read from the lines when asked.
   */
  static ofLines(
    lines: readonly (readonly Mention[] | undefined)[],
    model: TopicModel,
    frontMatterTopics: readonly string[] = [],
  ): TopicProfile {
    const weights = new Map<string, number>();
    const add = (pack: string | undefined, w: number) => {
      if (pack && !model.shared.has(pack)) weights.set(pack, (weights.get(pack) ?? 0) + w);
    };
    const periods = [...model.periods];
    for (const list of lines) {
      if (!list) continue;
      for (const m of list) {
        if (m.kind !== 'date') {
          if (!m.candidates) add(model.packOf(m.id), 1);
          continue;
        }
        if (!periods.length) continue;
        const span = dateKeys(m);
        if (span)
          for (const [pack, [from, to]] of periods) if (span[0] <= to && span[1] >= from) add(pack, DATE_WEIGHT);
      }
    }
    for (const t of frontMatterTopics) add(t, FRONT_MATTER_WEIGHT);
    const datesOn = (line: number) => {
      const out: (readonly [number, number])[] = [];
      for (const m of lines[line] ?? []) {
        const span = m.kind === 'date' ? dateKeys(m) : undefined;
        if (span) out.push(span);
      }
      return out;
    };
    return new TopicProfile(weights, model, datesOn, (line) => lines[line] ?? []);
  }

  /** The note's topic when one clearly leads, else undefined. */
  leading(): string | undefined {
    let best: string | undefined,
      first = 0,
      second = 0;
    for (const [pack, w] of this.weights) {
      if (w > first) {
        second = first;
        first = w;
        best = pack;
      } else if (w > second) second = w;
    }
    return best && first >= MIN_WEIGHT && first >= DECISIVE * second ? best : undefined;
  }

  /** Which of a mention's candidates it names here; candidates stay when nothing decides. */
  resolve(m: LineMention): Resolution {
    const all = m.candidates;
    if (!all || all.length < 2) return { id: m.id };
    let left = [...all];
    // 1. Across topics: the note's leading topic, then what every topic shares.
    const packs = new Set(left.map((id) => this.model.packOf(id)));
    if (packs.size > 1) {
      const topic = this.leading();
      const ofTopic = topic ? left.filter((id) => this.model.packOf(id) === topic) : [];
      const shared = left.filter((id) => this.model.shared.has(this.model.packOf(id) ?? ''));
      if (ofTopic.length) left = ofTopic;
      else if (topic && shared.length) left = shared;
    }
    // 2. Within a topic: a date near the name that falls in exactly one candidate's span.
    if (left.length > 1) {
      const near = this.datesNear(m.line);
      if (near.length) {
        const within = (span: readonly [number, number] | undefined) =>
          !!span && near.some(([a, b]) => a <= span[1] && b >= span[0]);
        let fits = left.filter((id) => within(this.model.spanOf(id)));
        if (fits.length > 1) {
          const inOffice = fits.filter((id) => within(this.model.officeSpanOf?.(id)));
          if (inOffice.length) fits = inOffice;
        }
        if (fits.length === 1) left = fits;
        else if (!fits.length) left = nearestInTime(left, near, this.model);
      }
    }
    // 3. A thing named on the same line that one candidate alone is tied to: "attempt on Lenin's life by Kaplan".
    const tiesOf = this.model.tiesOf;
    if (left.length > 1 && tiesOf) {
      const named = this.mentionsOn(m.line).filter((x) => x.kind !== 'date' && !x.candidates);
      const tied = left.filter((id) => named.some((x) => tiesOf(id)?.has(x.id)));
      if (tied.length === 1) left = tied;
    }
    if (left.length === 1) return { id: left[0] };
    // Keep the scanner's own first choice first when it is still in the running.
    left.sort((a, b) => (a === m.id ? -1 : b === m.id ? 1 : 0));
    return { id: left[0], candidates: left };
  }

  /** The dates on the mention's line, else on the nearest lines within reach (the same line wins). */
  private datesNear(line: number): readonly (readonly [number, number])[] {
    const same = this.datesOn(line);
    if (same.length) return same;
    for (let d = 1; d <= DATE_REACH; d++) {
      const found = [...(line - d >= 0 ? this.datesOn(line - d) : []), ...this.datesOn(line + d)];
      if (found.length) return found;
    }
    return [];
  }
}

/** How much further in time the other candidates must be than the nearest, as a ratio and in years. */
const NEARER_BY = 3;
const NEARER_YEARS = 5;

/**
 * Of things of one kind whose spans no date near the name falls in, the one far nearer those dates: "Land and
 * Liberty … 1881" is the party of 1876–79, not the society of 1861–64. Never between people, whose deeds outlive
 * no span; else all the candidates stay.
 */
function nearestInTime(left: string[], near: readonly (readonly [number, number])[], model: TopicModel): string[] {
  const kind = model.kindOf(left[0]);
  if (kind === 'person' || left.some((id) => model.kindOf(id) !== kind)) return left;
  const years = left.map((id) => {
    const span = model.spanOf(id);
    if (!span) return Infinity;
    let best = Infinity;
    for (const [a, b] of near) best = Math.min(best, Math.max(span[0] - b, a - span[1]) / 10000);
    return best;
  });
  const order = years.map((_, i) => i).sort((i, j) => years[i] - years[j]);
  const [first, second] = [years[order[0]], years[order[1]]];
  return first < Infinity && second >= first * NEARER_BY && second - first >= NEARER_YEARS ? [left[order[0]]] : left;
}

/** A date mention's first and last day as sortable keys. */
function dateKeys(m: Mention): [number, number] | undefined {
  const a = m.date && parseIsoDate(m.date.from);
  const b = m.date && parseIsoDate(m.date.to);
  return a && b ? [startKey(a), endKey(b)] : undefined;
}
