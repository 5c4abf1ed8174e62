/**
 * Which date goes with a mention: the nearest date in its clause that stands next to it with nothing dated
 * between them and no word that relates it to something else; else the date that leads the line; else, for a
 * place or a body, the date a clause opens with ("In 1919 …").
 */
import { endKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { OPENS_LINE, withoutDates, words, type Clause } from './clauses';
import { perKnowledgeBase } from './kbIndex';
import { ABBREVIATIONS, RELATING, RELATIVE_TIME, TOLD_OF } from './words';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * A day and a month ("2 March", "March 2"), or a month after "in" ("called off in September"): a time of the clause's
 * own, written without its year.
 */
const DAY_OF_ITS_OWN = new RegExp(
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?![\p{L}])|\b${MONTH}\s+\d{1,2}\b|` +
    String.raw`\b(?:in|by|until|till)\s+(?:January|February|March|April|May|June|July|August|September|October|` +
    String.raw`November|December)\b|` +
    // Or a part of a month: "Kiel mutiny early Nov".
    String.raw`\b(?:early|mid|late|end\s+of|beginning\s+of|start\s+of)[-\s]+${MONTH}(?![\p{L}])`,
  'u',
);

/** The span an entity's start and end give it, with the citation of its start; none when approximate. */
export function datedSpan(e: Entity): { from: PartialDate; to: PartialDate; citation: string } | undefined {
  const a = e.start ? parseIsoDate(e.start.date) : undefined;
  if (!a || e.start?.approximate) return undefined;
  const b = e.end ? parseIsoDate(e.end.date) : undefined;
  return { from: a, to: b ?? a, citation: e.start!.source };
}

/**
 * Is the date written the Old Style (Julian) date of a day the knowledge base gives in New Style? Before 14
 * February 1918 Russian sources and students use either calendar: both are right.
 */
export function inOldStyle(oldStyle: string | undefined, claim: { from: PartialDate; to: PartialDate }): boolean {
  const os = oldStyle ? parseIsoDate(oldStyle) : undefined;
  return !!os && overlaps(os, os, claim.from, claim.to);
}

/**
 * Can a date written with this start be Old Style? Only up to the last day the knowledge base itself gives an Old
 * Style date for (Russia's change of calendar, as its packs record it): known from the data, per knowledge base.
 */
export function mayBeOldStyle(kb: KnowledgeBase, iso: string): boolean {
  const d = parseIsoDate(iso);
  return !!d && startKey(d) <= lastOldStyle(kb);
}

/** The last New Style day the knowledge base gives an Old Style date beside, as a day key (0 when none). */
const lastOldStyle = perKnowledgeBase((kb: KnowledgeBase) => {
  let last = 0;
  for (const e of kb.entities)
    for (const f of [e.born, e.died, e.start, e.end]) {
      const d = f?.oldStyle ? parseIsoDate(f.date) : undefined;
      if (d) last = Math.max(last, endKey(d));
    }
  return last;
});

/**
 * The last New Style day a date written in Old Style can mean: the Julian calendar ran 12 days behind in the 19th
 * century and 13 in the 20th (to February 1918).
 */
export function lastNewStyleDay(d: PartialDate): PartialDate {
  const last = new Date(Date.UTC(d.year, (d.month ?? 12) - 1, d.day ?? daysIn(d.year, d.month ?? 12)));
  last.setUTCDate(last.getUTCDate() + (d.year >= 1900 ? 13 : 12));
  return { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() };
}
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Old Style span of an entity whose start (and end) carry their Julian dates. */
export function oldStyleSpan(e: Entity): { from: PartialDate; to: PartialDate } | undefined {
  const a = e.start?.oldStyle ? parseIsoDate(e.start.oldStyle) : undefined;
  if (!a) return undefined;
  const endOs = e.end ? (e.end.oldStyle ?? e.end.date) : undefined;
  const b = endOs ? parseIsoDate(endOs) : undefined;
  return { from: a, to: b ?? a };
}

export function overlaps(aFrom: PartialDate, aTo: PartialDate, bFrom: PartialDate, bTo: PartialDate): boolean {
  return startKey(aFrom) <= endKey(bTo) && startKey(bFrom) <= endKey(aTo);
}

/** Congresses, events and documents: things whose date is the date they happened. */
function isOccasion(e: Entity): boolean {
  return e.kind === 'congress' || e.kind === 'event' || e.kind === 'document';
}

/**
 * Is the mention a consequence told after an arrow, of something the words between the date and the arrow say?
 * "June 1907 – Stolypin rewrites the electoral law → conservative 3rd Duma" does not date the Duma; "1921 → Kronstadt
 * rising" does.
 */
function consequence(text: string, date: Mention, m: Mention, e: Entity): boolean {
  if (date.end > m.start) return false;
  const way = text.slice(date.end, m.start);
  const arrow = way.search(/\s(?:→|->)\s|(?:→|->)/);
  if (arrow < 0 || !/\p{L}/u.test(way.slice(0, arrow))) return false;
  // Only what came after the date is its consequence: "1903 – … → split at the party's 1st Congress" (1898) is
  // still dated by the line.
  const span = datedSpan(e);
  const to = date.date ? parseIsoDate(date.date.to) : undefined;
  return !!span && !!to && startKey(span.from) > endKey(to);
}

/** The date that goes with mention `m` of entity `e` in this clause, if any. */
export function dateFor(
  ctx: ServiceContext,
  text: string,
  clause: Clause,
  dates: Mention[],
  m: Mention,
  e: Entity,
): Mention | undefined {
  // An occasion's name before a noun names another thing: "Reichstag fire trial", "Kristallnacht anniversary".
  // So does a name that ends with such a noun, as a toll is named: "Soviet war losses" (counted after the war).
  if (isOccasion(e) && (OTHER_THING.test(text.slice(m.end, m.end + 24)) || OTHER_THING.test(` ${lastWord(text, m)}`)))
    return undefined;
  // So does a noun before it, of what followed or told of it: "Pravda announcement of Kirov's murder (2 Dec 1934)".
  if (isOccasion(e) && TOLD_OF.test(text.slice(Math.max(0, m.start - 40), m.start))) return undefined;
  // A person's name before a noun of someone else names that one: "Trotsky biographer Isaac Deutscher was born in
  // 1907".
  if (e.kind === 'person' && SOMEONE_ELSE.test(text.slice(m.end, m.end + 24))) return undefined;
  // A route or a line things happened along is no date of its own: "revolt of the Czechoslovak Legion along the
  // Trans-Siberian Railway".
  // So is an occasion seized: "the Czechoslovak Legion seized much of the Trans-Siberian Railway in 1918".
  if (
    ALONG.test(text.slice(Math.max(0, m.start - 16), m.start)) ||
    (e.kind !== 'place' && SEIZED.test(text.slice(Math.max(0, m.start - 40), m.start)))
  )
    return undefined;
  // Joining a pact is not making it: "Italy joined the Anti-Comintern Pact in 1937" (made in 1936). Nor is breaking
  // it.
  if ((e.kind === 'document' || e.kind === 'event') && JOINED.test(text.slice(Math.max(0, m.start - 30), m.start)))
    return undefined;
  // What was asked for had not happened yet: "the petition demanded a constituent assembly", "petition (8-hr day,
  // constituent assembly, end the war)".
  if (e.kind !== 'person' && askedFor(text, clause, m)) return undefined;
  // A date in a bracket after another person's name is theirs: "Sergei Kirov (b. Kostrikov, 1886), Leningrad …".
  if (dates.some((x) => anothersBracket(text, clause, m, x)))
    dates = dates.filter((x) => !anothersBracket(text, clause, m, x));
  let d: Mention | undefined;
  let best = Infinity;
  for (const x of dates) {
    const dist = gap(m, x);
    if (
      dist < best &&
      // A year with "pre-" or "post-" before it is a time around it, not a date: "the pre-1914 rate".
      !/\b(?:pre|post)-$/i.test(text.slice(Math.max(0, x.start - 5), x.start)) &&
      // Nor is a year that names a state of things to measure by: "lost 13.5% of 1914 territory", "1913 levels".
      !(/^\d{4}$/.test(text.slice(x.start, x.end)) && MEASURED_BY.test(text.slice(x.end, x.end + 16))) &&
      !yearAsName(text, clause, x) &&
      !consequence(text, x, m, e) &&
      !closesConjunct(text, x, m) &&
      !listItemsDate(text, clause, m, x) &&
      // A date that is a verb's object is no date of what the subject did: "USSR celebrated 21 Dec 1879 as the
      // official one" (Stalin's birthday).
      !(x.start > m.end && DATE_AS_OBJECT.test(text.slice(Math.max(m.end, x.start - 16), x.start))) &&
      // A date something lasted until is no date of a document or of a thing of one time: "Testament kept quiet til
      // May 1924".
      !(
        (e.kind === 'document' || (!e.end && e.kind !== 'person')) &&
        UNTIL.test(text.slice(Math.max(0, x.start - 12), x.start))
      ) &&
      !(x.end <= m.start && SAME_DAY.test(text.slice(x.end, m.start))) &&
      !(x.end <= m.start && REFERENCE_AFTER.test(text.slice(x.end, m.start))) &&
      !inPersonsGloss(text, clause, m, x) &&
      paired(ctx, text, clause, m, x) &&
      !(isOccasion(e) && closerOccasion(ctx, text, clause, m, x, dist))
    ) {
      d = x;
      best = dist;
    }
  }
  // A clause with a day of its own, written without its year ("Feb 1917 – revolution; tsar abdicates 2 March"),
  // is not dated by the line's date.
  const body = text.slice(clause.from, clause.to);
  if (
    !d &&
    clause.lineDate &&
    !dates.length &&
    !consequence(text, clause.lineDate, m, e) &&
    // Nor is a name after a word of time that relates: "SEPTEMBER 1917 – Kornilov (replaced Brusilov after the
    // failed July offensive)".
    !relatedBefore(text, clause, m, TIME_RELATING) &&
    !causeBefore(text, clause, m) &&
    // A word of relative time in a bracket tells of something else: "(later Witte's pet project)".
    !RELATIVE_TIME.test(body.replace(/\([^()]*\)/g, ' ')) &&
    !DAY_OF_ITS_OWN.test(withoutDates(text, clause.mentions, clause.from, clause.to))
  )
    d = clause.lineDate;
  if (!d && (e.kind === 'place' || e.kind === 'organisation') && dates.length === 1)
    d = clauseDate(text, clause, dates[0], m) ?? placeThenDate(text, clause, dates[0], m, e);
  return d;
}

/** Words that ask for a thing, before it: "demanded a", "called for the", "petition for". */
const ASKED_FOR = new RegExp(
  String.raw`\b(?:demanded|demanding|demands?|(?:called|calling|calls?|asked|asking|pressed|pressing|petition(?:ed)?)` +
    String.raw`\s+for|wanted|wanting)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?$`,
  'iu',
);
/** Before a bracket that lists what was asked for: "petition (", "demands: (". */
const ASKING_LIST = /\b(?:petition|demands|programme|program|aims|wants)\s*:?\s*$/i;

/** Is the name a thing asked for, after words that ask or in a bracket listing what a petition asked? */
function askedFor(text: string, clause: Clause, m: Mention): boolean {
  if (ASKED_FOR.test(text.slice(Math.max(clause.from, m.start - 32), m.start))) return true;
  const open = text.lastIndexOf('(', m.start);
  if (
    open >= clause.from &&
    !text.slice(open, m.start).includes(')') &&
    ASKING_LIST.test(text.slice(clause.from, open))
  )
    return true;
  // Or in a list after a colon, the list's commas aside: "Gapon's petition: 8 hr day, trade unions, constituent
  // assembly by universal suffrage".
  const colon = text.lastIndexOf(':', m.start);
  return (
    colon >= 0 &&
    !/[.;!?()→]/.test(text.slice(colon + 1, m.start)) &&
    ASKING_LIST.test(text.slice(Math.max(0, colon - 12), colon + 1))
  );
}

/**
 * A date, then what it came after or before: the thing is a point of reference, not dated by it ("pulled together in
 * 1876 after the failure of going to the people").
 */
const REFERENCE_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?:just|soon|shortly|long|right|not\s+long)\s+)?(?:after|following|before)\s+(?:the\s+)?` +
    String.raw`(?:(?:failure|end|collapse|defeat|success|fall|outbreak|start)\s+of\s+(?:the\s+)?)?$`,
  'i',
);

/**
 * Words that measure a date against another thing's: "13 Mar 1915 – same day & month as Alex II's murder, 34 yrs
 * on", "on the anniversary of".
 */
const SAME_DAY = /\b(?:same\s+(?:day|date)|anniversary|(?:years?|yrs?)\s+(?:on|later|after|earlier)\b)/i;

/**
 * Does the date close the deed before a conjunction, the mention being the next deed's: "The RSDLP was founded in
 * 1898 and Lenin's What Is to Be Done? came out in 1902"?
 */
function closesConjunct(text: string, x: Mention, m: Mention): boolean {
  return x.end <= m.start && /^\s*,?\s*(?:and|but|while|whilst|whereas)\s+(?!\d)/i.test(text.slice(x.end, m.start));
}

/** Verbs whose object a date may be, right before it: "celebrated 21 Dec 1879", "gave 1878 as". */
const DATE_AS_OBJECT =
  /\b(?:celebrated|celebrates|commemorated|commemorates|claimed|claims|gave|gives|chose|chooses|listed|lists)\s+$/i;

/** Words of lasting until a time, before its date. */
const UNTIL = /\b(?:until|till|til|untill|up\s+to)\s+(?:the\s+)?$/i;

/**
 * Is the date in a bracket after an item of a list that opens after the mention, an item that names nothing the
 * recogniser knows? The date is that item's: "the Crimean War exposed Russia's weakness: emancipation (1861),
 * zemstva (1864)" dates no Crimean War.
 */
function listItemsDate(text: string, clause: Clause, m: Mention, x: Mention): boolean {
  const open = text.lastIndexOf('(', x.start);
  if (open <= m.end || !/^\(\s*$/.test(text.slice(open, x.start))) return false;
  const colon = text.indexOf(':', m.end);
  if (colon < 0 || colon > open) return false;
  const sep = Math.max(colon, text.lastIndexOf(',', open), text.lastIndexOf(';', open));
  return (
    /\p{L}{3}/u.test(text.slice(sep + 1, open)) &&
    !clause.mentions.some((y) => y.kind !== 'date' && y.start > sep && y.end <= open)
  );
}

/** The bracket a mention lies in, when it opens right after a person's name: its bounds and that person. */
function personsGloss(
  text: string,
  clause: Clause,
  x: Mention,
): { open: number; close: number; owner: Mention } | undefined {
  const open = text.lastIndexOf('(', x.start);
  if (open < clause.from || text.slice(open, x.start).includes(')')) return undefined;
  const close = text.indexOf(')', x.end);
  if (close < 0) return undefined;
  const owner = clause.mentions.filter((y) => y.end <= open).pop();
  return owner?.kind === 'person' && /^\s*$/.test(text.slice(owner.end, open)) ? { open, close, owner } : undefined;
}

/**
 * Is the date in a bracket right after another person's name, and the mention outside it? The bracket tells of that
 * person: "Sergei Kirov (b. Kostrikov, 1886), Leningrad party boss" dates no Leningrad.
 */
export function anothersBracket(text: string, clause: Clause, m: Mention, x: Mention): boolean {
  const g = personsGloss(text, clause, x);
  return !!g && !(m.start > g.open && m.start < g.close) && g.owner !== m;
}

/**
 * Is the name in a gloss in brackets right after a person's name, and the date outside it? The date is the person's,
 * not the gloss's: "Erzberger (signed the armistice) murdered Aug 1921". Not another name of the person: "Kirov (real
 * name Kostrikov) shot 1 Dec 1935".
 */
function inPersonsGloss(text: string, clause: Clause, m: Mention, x: Mention): boolean {
  const g = personsGloss(text, clause, m);
  return !!g && !(x.start > g.open && x.end <= g.close) && g.owner.id !== m.id;
}

/**
 * A noun of its own before a date: "a law of 20 August 1934", "the decision of 18 January 1929", "the Reichstag
 * Fire and the elections of March 1933", "named Tannenberg to avenge the defeat of 1410".
 */
const OWN_DATE = new RegExp(
  String.raw`\b(?:law|decree|speech|decision|resolution|manifesto|order|letter|report|article|note|vote|census|` +
    String.raw`ruling|ukase|elections?|polls?|plebiscite|referendum|defeat|victory)\s+(?:of|dated)\s+$`,
  'i',
);
/** After a body, the law that set it up, before its date: "… set up by the law of", "created by decree of". */
const SET_UP_BY_LAW = new RegExp(
  String.raw`\b(?:set\s+up|created|established|founded|introduced|instituted)\s+by\s+(?:the\s+|a\s+)?` +
    String.raw`(?:law|decree|statute|ukase)\s+of\s+$`,
  'i',
);
/** A work written at the date, about the thing: "his 1924 essay on the October Revolution". */
const WORKS = /\b(?:essay|book|poem|film|novel|study|article|play|memoir|history|biography|speech|lecture)s?\b/i;

/** After a year, a state of things measured against it: "1914 territory", "1913 levels", "1914 borders". */
const MEASURED_BY =
  /^\s+(?:territor(?:y|ies)|borders?|frontiers?|boundar(?:y|ies)|levels?|prices?|strength|population|size|area)\b/i;

/**
 * A year that is the subject of its own verb names what happened then: "why did the February Revolution succeed
 * where 1905 had failed?". Not after a word that makes it a time ("in 1905 had …" never occurs; "by 1905 was"). So
 * does a year joined to a name by "and" (or "&", "+") at the clause's end: "## Kapp Putsch and 1923", "## Kapp Putsch +
 * 1923".
 */
function yearAsName(text: string, clause: Clause, x: Mention): boolean {
  if (!/^\d{4}$/.test(text.slice(x.start, x.end))) return false;
  if (/\S\s+(?:and|&|\+)\s+$/i.test(text.slice(clause.from, x.start)) && !/\S/.test(text.slice(x.end, clause.to)))
    return true;
  if (!/^\s+(?:had|has|did|was|showed|proved|failed|taught)\b/i.test(text.slice(x.end, x.end + 12))) return false;
  const before = words(text.slice(Math.max(clause.from, x.start - 16), x.start)).pop();
  return !before || (!RELATING.has(before) && !['in', 'of', 'on', 'during', 'c'].includes(before));
}

/**
 * A death as the last of the subject's verbs, right before its date: "… and dies on", "… and died in", "arrested 22
 * Nov + executed in".
 */
const DIES_SECOND = new RegExp(
  String.raw`(?:\sand|\s[+&])\s+(?:then\s+)?(?:(?:was|is)\s+)?` +
    String.raw`(?:died|dies|executed|hanged|shot|killed|murdered)\s+(?:on|in)\s+$`,
  'i',
);

/**
 * A second verb phrase: "and declared", "but joined", "+ sacked"; not "and the …", "and then", "and fellow
 * conspirators".
 */
const COORDINATED = new RegExp(
  String.raw`(?:,\s*|\s)(?:and|but)\s+` +
    String.raw`(?!(?:the|a|an|its|his|her|their|then|in|on|at|of|to|by|from|later|` +
    String.raw`fellow|other|others|several|some|many)\b)` +
    String.raw`\p{Ll}{3,}` +
    // Notes' "+" or "&" before a verb in the past: "lifted the SA ban + sacked"; not "Tsar + family shot".
    String.raw`|\s[+&]\s+\p{Ll}{2,}ed\b`,
  'u',
);

/** Two participles joined, one deed's: "encircled and destroyed", "arrested and shot". */
const VERB_PAIR = /\b\p{Ll}{3,}(?:ed|en)\s+and\s+(?:shot|\p{Ll}{3,}(?:ed|en))\b/gu;

/** Words before a title, in its clause: the names after them are works. */
const TITLED = /\b(?:essays?|books?|poems?|films?|novels?|stud(?:y|ies)|plays?|memoirs?|biograph(?:y|ies)|whose)\b/i;

/**
 * Before a pact or an event: a verb of joining it after it was made, or of breaking it: "Germany tore up the
 * Nazi–Soviet non-aggression pact on 22 June 1941".
 */
const JOINED = new RegExp(
  String.raw`\b(?:joined|joins|join|joining|acceded\s+to|adhered\s+to|signed\s+up\s+to|` +
    String.raw`tore\s+up|tears\s+up|torn\s+up|broke|breaks|broken|violated|violates|breached|breaches|` +
    String.raw`repudiated|repudiates|renounced|renounces)\s+(?:\S+\s+){0,3}?(?:the\s+)?$`,
  'i',
);
/** Before a name, a word that makes it the reference of something else done at the date. */
const REFERRING = new Set(['under', 'during', 'approving', 'approved', 'endorsing', 'despite', 'amid', 'breach']);
/** Words that describe the thing named after them, between it and such a word: "after the failed Beer Hall Putsch". */
const DESCRIBING = new Set(['failed', 'abortive', 'unsuccessful', 'successful', 'so', 'called', 'infamous', 'famous']);

/**
 * Does a word that relates stand just before the name (the describing words aside): "after the failed July
 * offensive", "under the Enabling Act"? What is dated is then another thing, done in relation to this one.
 */
function relatedBefore(text: string, clause: Clause, m: Mention, relating: ReadonlySet<string> = RELATED_BY): boolean {
  const lead = words(text.slice(Math.max(clause.from, m.start - 24), m.start)).filter(
    (w) => w !== 'the' && w !== 'a' && !DESCRIBING.has(w),
  );
  return lead.length > 0 && relating.has(lead[lead.length - 1]);
}
/** Is the name a cause told after the deed: "held back bc of Berlin Olympics"? It is not dated by the deed's date. */
function causeBefore(text: string, clause: Clause, m: Mention): boolean {
  return CAUSE.test(text.slice(Math.max(clause.from, m.start - 24), m.start));
}
const CAUSE =
  /\b(?:because\s+of|bc\s+of|b\/c\s+of|due\s+to|owing\s+to|on\s+account\s+of|for\s+fear\s+of)\s+(?:the\s+)?$/i;

/** The words that relate a name to a date near it. */
const RELATED_BY: ReadonlySet<string> = new Set([...RELATING, ...REFERRING]);
/** The words of time that relate a name to the line's date: not "by" or "to" ("sent to Auschwitz"). */
const TIME_RELATING: ReadonlySet<string> = new Set(['after', 'before', 'since', 'following', 'prior', 'until', 'till']);

/** Before a route or a line: "along the", "across the". */
const ALONG = /\b(?:along|across|beside|via)\s+(?:the\s+)?$/i;
/** Before an occasion taken hold of: "seized much of the", "took control of the", "grabs". */
const SEIZED = new RegExp(
  String.raw`\b(?:seized|seizes|seize|captured|captures|capture|grabbed|grabs|grab|blew\s+up|blows\s+up|` +
    String.raw`(?:took|takes|take)(?:\s+(?:over|control\s+of))?)\s+` +
    String.raw`(?:(?:much|most|part|parts|control|stretches|sections?)\s+of\s+)?(?:the\s+)?$`,
  'i',
);

/** A noun of a person that a name before it qualifies: "Trotsky biographer", "Stalin loyalist". */
const SOMEONE_ELSE = new RegExp(
  String.raw`^\s+(?:biographers?|loyalists?|supporters?|admirers?|followers?|allies|ally|critics?|rivals?|aides?|` +
    String.raw`henchm[ae]n|cronies|crony|prot[eé]g[eé]s?|assassins?|murderers?|killers?|scholars?|historians?)\b`,
  'i',
);

/** Nouns that make an occasion's name a qualifier of something else. */
const OTHER_THING = new RegExp(
  String.raw`^\s+(?:trials?|anniversary|inquiry|investigation|commission|memorial|museum|film|documentary|centenary|` +
    // What a war left: "Stalin put Soviet war losses at 7 million" (in 1946).
    String.raw`myth|losses|dead|deaths|casualties|damage|debts?|reparations|crimes|criminals|veterans|widows|orphans|` +
    String.raw`graves|deputies|delegates)\b`,
  'i',
);

/** The last word of a mention's written name. */
function lastWord(text: string, m: Mention): string {
  return /[\p{L}]+$/u.exec(text.slice(m.start, m.end))?.[0] ?? '';
}

function gap(m: Mention, x: Mention): number {
  return x.start > m.start ? x.start - m.end : m.start - x.end;
}

/** Is the date `d` paired with mention `m` in this clause: adjacent, nothing dated between, not a relation? */
function paired(ctx: ServiceContext, text: string, clause: Clause, m: Mention, d: Mention): boolean {
  // A bracket right after the name that holds only the date dates it: "…, Rathenau (June 1922)".
  if (d.start > m.end && /^\s*\(\s*$/.test(text.slice(m.end, d.start)) && /^\s*\)/.test(text.slice(d.end, clause.to)))
    // Unless the name is a work's title: "his poem Babi Yar (1961)", "the films Strike (1925), October (1928)".
    return !d.date?.approximate && !TITLED.test(text.slice(clause.from, m.start));
  const [a, b] = m.start < d.start ? [m, d] : [d, m];
  // A gloss in a bracket right after the name is no break: "Zemstva (elected local councils) set up 1874".
  // So is the full stop of a name written short: "Wannsee Conf. (20 Jan 1942)".
  // A gloss in a bracket on the way that names nothing is no break either: "Stresemann dies (stroke) Oct 1930".
  // So is one right after a person's name, whatever it names: "shot by Dmitri Bogrov (SR + Okhrana informer) in Kiev".
  const bare = (s: string, from: number) =>
    s.replace(/\([^()]*\)/g, (g, at: number) =>
      clause.mentions.some((x) => x.start >= from + at && x.end <= from + at + g.length) &&
      !clause.mentions.some(
        (x) => x.kind === 'person' && /^\s*$/.test(text.slice(x.end, from + at)) && x.end <= from + at,
      )
        ? g
        : ' ',
    );
  // A date in a bracket at the end of the words is theirs: "Kirov murdered in Leningrad (Dec 1936)".
  const closing = b === d && /^\s*\)/.test(text.slice(d.end, clause.to)) && /\(\s*$/.test(text.slice(a.end, b.start));
  const between = bare(withoutApposition(text, clause, m, a.end, b.start), a.end)
    .replace(closing ? /\(\s*$/ : /$^/, '')
    .replace(m === a && ABBREVIATIONS.has(/\p{L}+$/u.exec(text.slice(m.start, m.end))?.[0] ?? '') ? /^\./ : /$^/, '')
    .replace(m === a ? /^\s*\([^()]*\)/ : /$^/, '');
  // A table's cells are apart ("| Reinhard Heydrich | chaired the Wannsee Conference | attacked in Prague in May
  // 1942 |"), but the row's first cell and the one next to it go together: "| Kapp Putsch | Mar 1921 |", "| Nov
  // 1907–1912 | Third Duma |".
  // A spaced slash parts items of a list: "1923 hyperinflation, Munich Putsch / 1924 Dawes / 1925 Locarno".
  if (/\s\/\s/.test(between)) return false;
  if (
    between.includes('|') &&
    !(/^\s*\|\s*$/.test(between) && /^\s*\|\s*$/.test(text.slice(0, a.start))) &&
    !definedParticiple(ctx, text, clause, m, d)
  )
    return false;
  // A comma, a dash or an arrow between them usually starts another clause: "After the 13th Congress, in 1925, …".
  // An arrow ("->", "→") leads on to something else, as a dash does. But a list item that opens with a name and
  // gives its date after a comma dates that name: "- Kapp Putsch, March 1921 – Freikorps seized Berlin".
  const fate = keyPersonFate(text, clause, m, d);
  // The agent of a passive is not counted in the distance: "Rasputin was murdered by Prince Felix Yusupov and
  // fellow conspirators in December 1916", "Stolypin was shot by Dmitry Bogrov at the Kiev Opera House in …".
  // Only looked for when the words between are long enough for it to matter.
  const agent =
    between.length > 48 &&
    b === d &&
    clause.mentions.find((x) => x.kind === 'person' && x.start >= a.end && x.end <= b.start && passiveAgent(text, x));
  // Those who did it with the agent are not counted either: "… and his fellow conspirators in December 1915".
  const companions = agent ? AGENT_COMPANIONS.exec(text.slice(agent.end, b.start)) : null;
  const agentLength = agent ? agent.end - agent.start + (companions?.[0].length ?? 0) : 0;
  // A congress or an event something was done at, with its date after a comma ending the clause: "NEP announced at
  // the 10th Party Congress, March 1922". What happened at it happened then.
  const kind = m === a ? ctx.kb.get(m.id)?.kind : undefined;
  const tail =
    (kind === 'congress' || kind === 'event') &&
    /\b(?:at|to|by|before)\s+(?:the\s+)?$/i.test(text.slice(clause.from, m.start)) &&
    /^\s*,\s*$/.test(text.slice(m.end, d.start)) &&
    /^[\s.;:!?)]*$/.test(text.slice(d.end, clause.to));
  // A death as the subject's last verb, right before the date, is the subject's however far the words before it
  // run: "Stalin has a stroke at his Kuntsevo dacha on 1 March and dies on 5 March 1953". No one else may be named
  // in the clause before the date: "Stresemann shared the prize with Briand and died on 3 October 1929".
  const diedThen =
    m === a &&
    DIES_SECOND.test(between) &&
    kind === 'person' &&
    !/[|→]|->/.test(between) &&
    !clause.mentions.some((x) => x.kind === 'person' && x !== m && x.end <= b.start && x.start >= clause.from);
  if (
    !fate &&
    !tail &&
    !diedThen &&
    !glossaryDate(ctx, text, clause, m, d) &&
    !definedParticiple(ctx, text, clause, m, d) &&
    (between.length - agentLength > 48 ||
      (/[,–—(→]|->/.test(between) &&
        !itemDate(text, clause, m, d, between) &&
        !verbPlaceDate(text, clause, m, d) &&
        !trailingDate(text, clause, m, d) &&
        !participleDate(text, clause, m, d, between) &&
        !definitionDate(ctx, text, m, d, between)))
  )
    return false;
  // A year right before a common noun names another thing of that kind: "the 1940 armistice" is not the 1918 one.
  if (d.end <= m.start && /^\s+$/.test(text.slice(d.end, m.start)) && !/\p{Lu}/u.test(text.slice(m.start, m.end)))
    return false;
  // A second verb between them has the date: "agreed the Axis with Hitler and declared war in 1940", "joined the
  // RSDLP in 1898 and sided with the Bolsheviks"; and so has a second item: "the Crimean War and in 1877–78".
  // Not two verbs of one deed side by side after the date: "In August 1915 the army was encircled and destroyed at
  // Tannenberg".
  const coordinated = d.end <= m.start ? between.replace(VERB_PAIR, ' done') : between;
  // Notes' "+" and "&" join a second deed to its date as "and" does: "lifted the SA ban + on 20 July 1932 sacked".
  if ((COORDINATED.test(coordinated) && !diedThen) || /(?:\band|\s[+&])\s+(?:in|on)\s*$/.test(between)) return false;
  // What a deed was for is not done at its date: "changed the electoral law in June 1907 so that the Third Duma
  // would be far more conservative".
  if (/\b(?:so\s+that|so\s+as\s+to|in\s+order\s+(?:that|to))\b/i.test(between)) return false;
  // Nor is what it was done instead of: "resigned on 20 June 1919 rather than accept the Treaty of Versailles".
  if (/\b(?:rather\s+than|instead\s+of)\b/i.test(between)) return false;
  // Nor is what it was done to bring about, after the date: "changed the electoral law in June 1907 to produce a
  // more conservative Third Duma".
  if (b === m && /\bto\s+(?!(?:the|a|an)\b)\p{Ll}+\s+(?:a|an|the|its|his|her|their)\b/u.test(between)) return false;
  // "after the 13th Congress … 1925": the date belongs to what happened after, not to the congress.
  // So does "under the Enabling Act", "during the war", "approving the Anschluss", "after the failed Putsch".
  if (relatedBefore(text, clause, m) || (d.end <= m.start && causeBefore(text, clause, m))) return false;
  for (const x of clause.mentions) {
    if (x === m || x === d || x.id === m.id || fate) continue;
    if (x.start >= a.end && x.end <= b.start) {
      if (x.kind === 'date') return false;
      // The agent of a passive, right before the date, is no thing of its own: "the Constituent Assembly was
      // dispersed by Red Guards in January 1918".
      if (b === d && (agentBefore(text, x, d) || namedAgent(text, m, x, d))) continue;
      // Nor is the body whose weapon or man did it: "blown up by an SR bomb in July 1904".
      if (
        b === d &&
        BY_ITS_MAN.test(text.slice(Math.max(0, x.start - 8), x.start)) &&
        OF_ITS_MAN.test(text.slice(x.end, d.start))
      )
        continue;
      const e = ctx.kb.get(x.id);
      if (e && e.kind !== 'place' && e.kind !== 'person' && (e.start || e.end)) return false;
    }
  }
  const before = words(text.slice(Math.max(clause.from, d.start - 24), d.start));
  const prev = before[before.length - 1];
  if (prev && RELATING.has(prev)) return false;
  // What a deed avenged or rewarded: "Kahr killed too – payback for 1923".
  if (AVENGED.test(text.slice(Math.max(clause.from, d.start - 40), d.start))) return false;
  // The date of another thing: "a law of 20 August 1934 laid down the oath", "Trotsky's 1924 essay on October".
  if (
    OWN_DATE.test(text.slice(Math.max(clause.from, d.start - 30), d.start)) &&
    !/^\s+of\s+$/.test(text.slice(m.end, d.start)) &&
    // Nor that noun in apposition to the name: "Tannenberg, the defeat of August 1915".
    !/^\s*[,–—]\s*(?:the|a|an|his|its)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+\s+of\s+$/u.test(text.slice(m.end, d.start)) &&
    // The thing itself named as a work of that kind: "his “Dizzy with Success” article of March 1931".
    !/^["”’']?\s+(?:article|speech|decree|law|manifesto|letter|report|order|resolution)\s+(?:of|dated)\s+$/i.test(
      text.slice(m.end, d.start),
    ) &&
    // Nor the law that set the thing up: "zemstva … set up by the law of 1 Jan 1866".
    !(d.start > m.end && SET_UP_BY_LAW.test(text.slice(m.end, d.start)))
  )
    return false;
  if (d.end <= m.start && WORKS.test(text.slice(d.end, m.start))) return false;
  if (d.date?.approximate) return false;
  // A date in a bracket right after another name is that name's: "the Novocherkassk massacre (June 1962) and the
  // Cuban Missile Crisis".
  if (d.start < m.start && /^\s*\(\s*$/.test(text.slice(0, d.start).slice(-3)) && ownedBracket(text, clause, m, d))
    return false;
  return true;
}

/**
 * A past participle of making or holding, and its preposition, between commas after a name: ", introduced in",
 * ", begun in", ", which was set up in". Not "completed" or "written": a work is dated by its publication.
 */
const PARTICIPLE = new RegExp(
  String.raw`^\s*,\s+(?:which\s+(?:was|were)\s+)?(?:first\s+)?` +
    String.raw`(?:introduced|founded|set\s+up|established|created|formed|begun|started|launched|signed|held|` +
    String.raw`adopted|passed|issued|published|announced|proclaimed|opened|fought|born)` +
    String.raw`\s+(?:in|on)\s+$`,
  'i',
);

/**
 * "The Land Captains, introduced in 1899, were nobles who …": a name opening its clause, then a participle and the
 * date between commas, dates the name; the participle says what happened then. So does a participle and a date that
 * end the sentence, after a name anywhere in it.
 */
export function participleDate(text: string, clause: Clause, m: Mention, d: Mention, between: string): boolean {
  if (d.start <= m.end || !PARTICIPLE.test(between)) return false;
  const after = text.slice(d.end, clause.to);
  // Or, wherever the name stands, a date that ends the sentence: "Peace came with the Treaty of Brest-Litovsk,
  // signed on 3 March 1918."
  return (
    (/^\s*,\s+\p{L}/u.test(after) && OPENS_LINE.test(text.slice(clause.from, m.start))) ||
    /^\s*(?:$|[.;!?)]|[–—]|-\s|→|->)/.test(after)
  );
}

/** A definition's opening words after the term's dash or colon, up to the date: " – right-wing coup of ". */
const DEFINITION = /^\s*(?:\*\*\s*)?(?:[–—:]|(?<=\s)-)\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,8}?(?:of|in|on|from|dated)\s+$/u;
/** The kinds of thing a definition's date dates: not a person, whose definition tells of many years. */
const DEFINED = new Set(['event', 'document', 'policy', 'organisation', 'congress']);

/**
 * "Kapp Putsch – right-wing coup of March 1922, when …": a glossary line, a term that opens the line and a
 * definition after a dash or a colon, whose first words before any comma give a date, dates the term.
 */
function definitionDate(ctx: ServiceContext, text: string, m: Mention, d: Mention, between: string): boolean {
  return (
    d.start > m.end &&
    DEFINITION.test(between) &&
    OPENS_LINE.test(text.slice(0, m.start)) &&
    DEFINED.has(ctx.kb.get(m.id)?.kind ?? '')
  );
}

/** A glossary's bold term that opens the line, then a dash or a colon: "**Kapp Putsch** – ". */
const BOLD_TERM_BEFORE = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?\*\*$/;
const BOLD_TERM_AFTER = /^\*\*\s*(?:[–—:]|-\s)/;

/**
 * "**Kapp Putsch** – attempt by Wolfgang Kapp and General Lüttwitz to seize power in Berlin in March 1921": the first
 * date of a bold glossary term's definition dates the term, when the words up to it name people and places only.
 */
function glossaryDate(ctx: ServiceContext, text: string, clause: Clause, m: Mention, d: Mention): boolean {
  if (d.start < m.end || d.start - m.end > 160 || !DEFINED.has(ctx.kb.get(m.id)?.kind ?? '')) return false;
  if (!BOLD_TERM_BEFORE.test(text.slice(0, m.start)) || !BOLD_TERM_AFTER.test(text.slice(m.end))) return false;
  if (/[.;(]/.test(text.slice(m.end, d.start))) return false;
  return clause.mentions.every(
    (x) => x.start < m.end || x.start >= d.start || x.kind === 'person' || x.kind === 'place',
  );
}

/** A term that heads its line or its table row, the line's marker and bold aside: "- **Cheka**", "| Cheka". */
export const TERM_HEAD = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\|\s*)?(?:\*\*|__)?(?:the\s+)?(?:\*\*|__)?$/i;
/** After the term: what opens its definition, an equals sign, a colon, a dash or the next cell. */
const TERM_DEFINED = /^(?:\*\*|__)?\s*(?:\([^()]*\)\s*)?(?:[=:–—|]|-(?=\s))/;
/** The definition's last words before the date: a participle of beginning after a comma. */
const DEFINED_BEGINNING = new RegExp(
  String.raw`,\s+(?:first\s+)?(?:set\s+up|founded|created|established|formed|introduced|launched|brought\s+in)` +
    String.raw`\s+(?:(?:in|on)\s+)?$`,
  'i',
);

/**
 * "Cheka = All-Russian Extraordinary Commission vs counter-revolution, set up 20 Dec 1918 by Sovnarkom": a term that
 * heads its line or row, its definition, then a participle of beginning after a comma and the date, tells when the
 * term began. Nothing else may be named on the way, and no sentence or bracket may end there.
 */
export function definedParticiple(ctx: ServiceContext, text: string, clause: Clause, m: Mention, d: Mention): boolean {
  if (d.start < m.end || d.start - m.end > 160) return false;
  const kind = ctx.kb.get(m.id)?.kind;
  if (kind !== 'organisation' && kind !== 'policy') return false;
  if (!TERM_HEAD.test(text.slice(0, m.start)) || !TERM_DEFINED.test(text.slice(m.end))) return false;
  const between = text.slice(m.end, d.start);
  if (!DEFINED_BEGINNING.test(between) || /[.;()→]|->/.test(between.replace(/^(?:\*\*|__)?\s*\([^()]*\)/, '')))
    return false;
  return clause.mentions.every((x) => x === m || x === d || x.id === m.id || x.end <= m.start || x.start >= d.end);
}

/** Before the date of what a deed avenged or rewarded: "payback for", "in revenge for". */
const AVENGED =
  /\b(?:revenge|payback|pay-back|punishment|retribution|vengeance|reward|retaliation)\s+for\s+(?:the\s+)?$/i;

/** Before a body: "by a", "by an" — what follows it is its weapon or its man ("by an SR bomb"). */
const BY_ITS_MAN = /\bby\s+(?:an?|the)\s+$/i;
/** After that body, the weapon or the man, then the date: " bomb in ". */
const OF_ITS_MAN = /^\s+(?:bomb|bomber|assassin|gunman|terrorist|agent|hit\s+squad|squad|student)s?\s+(?:in|on)\s+$/i;

/** Those who did it with the agent: "and his fellow conspirators", "and others". */
const COMPANIONS = String.raw`\s+(?:and|&)\s+(?:(?:his|their|other|fellow)\s+){0,2}\p{Ll}+`;
/** From the agent to the date: the companions, a comma, "in" or "on". */
const AGENT_TO_DATE = new RegExp(String.raw`^(?:${COMPANIONS})?\s*(?:,\s*)?(?:(?:in|on)\s*)?$`, 'u');
/** The companions right after the agent. */
const AGENT_COMPANIONS = new RegExp(`^${COMPANIONS}`, 'u');

/** Before the agent of a passive: the verb (an adverb first), "by", a title. */
const PASSIVE_BY = new RegExp(
  String.raw`\b(?:was|were|been)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|shot)\s+by\s+(?:the\s+)?` +
    String.raw`(?:(?:Prince|Count|General|Admiral)\s+)?$`,
  'u',
);

/** Is the person the agent of a passive: "was murdered by", "was shot by"? */
function passiveAgent(text: string, x: Mention): boolean {
  // An adverb may stand before the verb, a title before the name: "was finally murdered by Prince Felix Yusupov".
  return PASSIVE_BY.test(text.slice(Math.max(0, x.start - 48), x.start));
}

/** Is x the agent of a passive ("… dispersed by Red Guards"), with the date right after it? */
function agentBefore(text: string, x: Mention, d: Mention): boolean {
  return (
    passiveAgent(text, x) &&
    // Those who did it with the agent may follow it: "murdered by Prince Felix Yusupov and fellow conspirators in …".
    // No two runs of spaces side by side: a long run is read in linear time.
    AGENT_TO_DATE.test(text.slice(x.end, d.start))
  );
}

/** From a name that ends in a participle to its agent: " by ", " by Pravda & ". */
const NAME_TO_AGENT = /^\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s*(?:&|\+|\band\b)\s*)?$/u;
/** From the agent to the date: another agent joined to it, "in" or "on". */
const NAMED_AGENT_TO_DATE = /^(?:\s*(?:&|\+|\band\b)\s*[\p{L}-]+)?\s*(?:(?:in|on)\s*)?$/u;

/**
 * Is x the agent of a name that ends in a participle, the date right after it: "Doctors' Plot announced by Pravda &
 * Izvestia in Jan 1953"?
 */
function namedAgent(text: string, m: Mention, x: Mention, d: Mention): boolean {
  return (
    m.end <= x.start &&
    /\p{Ll}{2,}ed$/u.test(text.slice(m.start, m.end)) &&
    NAME_TO_AGENT.test(text.slice(m.end, x.start)) &&
    NAMED_AGENT_TO_DATE.test(text.slice(x.end, d.start))
  );
}

/** Is the date in a bracket that opens right after a name other than m's? */
function ownedBracket(text: string, clause: Clause, m: Mention, d: Mention): boolean {
  return clause.mentions.some(
    (x) => x !== m && x.kind !== 'date' && x.end <= d.start && /^\s*\(\s*$/.test(text.slice(x.end, d.start)),
  );
}

/** Before the one who did it, at the end of the words: "by", a title: "… murdered by Prince ". */
export const BY_NAME = /\bby\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u;
/** From the name to the date: a bracket or a short apposition, then words of what was done, then a comma. */
const DONE_THEN_DATE = /^(?:\s*\([^()]*\))?(\s*,\s*[^,;:()→]{3,40},)?\s+\p{Ll}[^,;:()→–—]*,\s*$/u;

/**
 * "- Kirov, Leningrad party boss, shot at the Smolny, Dec 1936", "- Rasputin murdered by Prince Felix Yusupov and
 * others, Dec 1917": a date that ends the clause after a comma dates the name that opens it, when the words between
 * tell what was done (a word in lower case first, after a bracket or a short apposition naming no one), no other
 * comma stands between, and anyone named on the way is the agent after "by".
 */
function trailingDate(text: string, clause: Clause, m: Mention, d: Mention): boolean {
  if (d.start < m.end || !OPENS_LINE.test(text.slice(clause.from, m.start))) return false;
  if (!/^\s*(?:$|[–—:;.(]|-\s|->|→)/.test(text.slice(d.end, clause.to))) return false;
  const done = DONE_THEN_DATE.exec(text.slice(m.end, d.start));
  if (!done) return false;
  const apposition = m.end + (done[1]?.length ?? 0);
  return !clause.mentions.some(
    (x) =>
      x.kind === 'person' &&
      x.start > m.end &&
      x.end <= d.start &&
      (x.start < apposition || !BY_NAME.test(text.slice(apposition, x.start))),
  );
}

/**
 * "Kirov shot in Leningrad, 1 Dec 1936 → …": the name, a verb, a place after "in" or "at", a comma and the date,
 * then the clause's end, a dash, an arrow or a bracket.
 */
function verbPlaceDate(text: string, clause: Clause, m: Mention, d: Mention): boolean {
  if (d.start < m.end) return false;
  // The place nearest the date: a bracket after the name may name another ("Kirov (Leningrad party boss) …").
  const places = clause.mentions.filter((x) => x.kind === 'place' && x.start > m.end && x.end <= d.start);
  const place = places.pop();
  // A building named after the town may follow it: "shot at the Kiev Opera House, Sept 1911"; "in" may stand
  // before the date: "shot in the Smolny, Leningrad, in December 1936".
  if (!place || !/^(?:\s+(?!and\b|or\b)\p{L}+){0,2}\s*,\s*(?:(?:in|on)\s+)?$/u.test(text.slice(place.end, d.start)))
    return false;
  // The site may come first, then its town after a comma: "at the Smolny, Leningrad", "at Gorki, near Moscow".
  const site = places.pop();
  const first = site && /^\s*,\s*(?:(?:near|outside)\s+)?$/.test(text.slice(site.end, place.start)) ? site : place;
  // A gloss in a bracket may follow the name: "Kirov (Leningrad party boss) shot at the Smolny, 1 Dec 1934". The
  // agent of the verb, and a gloss of theirs, may follow it: "shot by Dmitri Bogrov (SR + Okhrana informer) in Kiev".
  const agent = clause.mentions.find(
    (x) =>
      x.kind === 'person' && x.start > m.end && x.end <= first.start && /\bby\s+$/.test(text.slice(m.end, x.start)),
  );
  const way = agent
    ? text.slice(m.end, agent.start).replace(/\s+by\s+$/, '') +
      text.slice(agent.end, first.start).replace(/^\s*\([^()]*\)/, '')
    : text.slice(m.end, first.start);
  if (!/^(?:\s*\([^()]*\))?\s+(?:(?:was|were)\s+)?\p{Ll}+(?:\s+up)?\s+(?:in|at)\s+(?:the\s+)?$/u.test(way))
    return false;
  // Or a circumstance after a comma: "…, Sept 1911, with the Tsar in the theatre", "…, died 4 days later".
  return /^\s*(?:$|[–—:;.(]|-\s|->|→|,\s+(?:with|while|in\s+front\s+of|before|as|died|dies|dying)\b)/i.test(
    text.slice(d.end, clause.to),
  );
}

/**
 * "- Kapp Putsch, March 1921 – …", "- Bloody Sunday – 9 Jan 1905 – …", "- Kapp Putsch (March 1920): …": the item
 * opens with the name, then its date after a comma, a dash or an arrow or in a bracket, then a dash, colon, arrow or
 * the end.
 * `written` is what stands between the name and the date.
 */
function itemDate(text: string, clause: Clause, m: Mention, d: Mention, written: string): boolean {
  if (d.start < m.end) return false;
  // The place it happened in may come first: "- Spartacist rising in Berlin, Jan 1919, crushed by …".
  // Or after a comma: "- 10th Party Congress, Moscow, 8–16 March 1922".
  const place = clause.mentions.find((x) => x.kind === 'place' && x.start > m.end && x.end < d.start);
  const between =
    place && /^(?:\s+(?:in|at)\s+|\s*,\s*)$/.test(text.slice(m.end, place.start))
      ? text.slice(place.end, d.start)
      : written;
  // A glossary's bold term may close before the bracket: "**Cheka** (20 Dec 1918) – …".
  const bracket = /^(?:\*\*|__)?\s*\(\s*$/.test(between);
  // A mind map's arrow too: "- October Manifesto → Oct 1906 → promises Duma".
  if (!bracket && !/^(?:\*\*)?\s*(?:,|[–—:→]|\s-|\s->)\s*$/.test(between)) return false;
  // A label may open the line: "**Evidence:** Wannsee Conference (Berlin), Jan 1943 – …".
  if (!OPENS_LINE.test(text.slice(clause.from, m.start))) return false;
  const after = text.slice(d.end, clause.to);
  // A bracket after the date is a gloss ("October Manifesto – 17 Oct 1906 (drafted by Witte): …"); a date between
  // commas right after the name is the name's ("Kristallnacht, 9–10 Nov 1936, after vom Rath was shot").
  return bracket
    ? /^\s*\)/.test(after)
    : /^\s*(?:\([^()]*\)\s*)?(?:$|[–—:]|-\s|->|→|\.\s*$)/.test(after) ||
        (/^\s*,\s*$/.test(between) && /^,\s/.test(after));
}

/**
 * A key-people line: the person opens it, a gloss follows after a dash, and a later part tells their death or
 * birth with its date: "- Walther Rathenau – Jewish foreign minister, murdered June 1924".
 */
export function keyPersonFate(text: string, clause: Clause, m: Mention, d: Mention): boolean {
  if (m.kind !== 'person' || d.start < m.end || !keyPersonLine(text, clause, m)) return false;
  if (clause.mentions.some((x) => x.kind === 'person' && x.start > m.end && x.end <= d.start)) return false;
  const before = text.slice(Math.max(m.end, d.start - 40), d.start);
  if (!KEY_FATE.test(before)) return false;
  // "… whose murder in December 1936 was used as …": the noun holds the date, whatever follows.
  return (
    /\bwhose\s+\p{L}+\s+(?:(?:in|on)\s+)?$/u.test(before) ||
    /^\s*(?:$|[,;.)]|[–—]|-\s|->|→)/.test(text.slice(d.end, clause.to))
  );
}
/** Does the person open the clause, a gloss after a dash following them: "- Walther Rathenau – …"? */
export function keyPersonLine(text: string, clause: Clause, m: Mention): boolean {
  return (
    /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?$/.test(text.slice(clause.from, m.start)) &&
    /^(?:\*\*)?\s*(?:\([^()]*\)\s*)?(?:[–—:]|\s-)\s/.test(text.slice(m.end, m.end + 24))
  );
}
/** The part of a key-people line before its date: a comma or a dash, a word or two, the verb of a death or birth. */
const KEY_FATE = new RegExp(
  String.raw`(?:[,;–—]|\s-|→)\s*(?:\p{Ll}+\s+){0,2}` +
    String.raw`(?:died|dies|murdered|assassinated|executed|shot|killed|hanged|blown\s+up|born)\s+(?:(?:in|on)\s+)?$|` +
    // "– popular Leningrad party boss whose murder in December 1936 …".
    String.raw`\bwhose\s+(?:murder|death|assassination|execution)\s+(?:(?:in|on)\s+)?$`,
  'u',
);

const OPEN_APPOSITION = /^\s*,\s*(?:the\s+|a\s+)?["“‘']?$/i;
const CLOSE_APPOSITION = /^["”’']?\s*,/;

/**
 * The text between `from` and `to`, with an apposition that names `m`'s entity again taken out, so that
 * "the 17th Party Congress, the “Congress of Victors”, met in 1936" pairs either name with 1936: the commas
 * around a second name of the same thing do not start another clause.
 */
function withoutApposition(text: string, clause: Clause, m: Mention, from: number, to: number): string {
  // m is itself the apposition: "X, the “m”, met in …" (the same entity named just before it).
  if (from === m.end) {
    const opened = clause.mentions.some(
      (x) => x !== m && x.id === m.id && x.end <= m.start && OPEN_APPOSITION.test(text.slice(x.end, m.start)),
    );
    const close = CLOSE_APPOSITION.exec(text.slice(from, to));
    if (opened && close) return text.slice(from + close[0].length, to);
  }
  // The apposition lies between m and the date: "m, the “X”, met in …".
  for (const x of clause.mentions) {
    if (x === m || x.id !== m.id || x.start < from || x.end > to) continue;
    const close = CLOSE_APPOSITION.exec(text.slice(x.end, to));
    if (OPEN_APPOSITION.test(text.slice(from, x.start)) && close) return text.slice(x.end + close[0].length, to);
  }
  // An apposition in plain words, naming nothing but a place: "launched Sputnik, the first artificial satellite, in
  // October 1959", "Kirov, the popular Leningrad party boss, was shot … in December 1936".
  const plain = from === m.end ? plainApposition(text, clause, from) : 0;
  return text.slice(from + plain, to);
}
const PLAIN_APPOSITION = new RegExp(
  String.raw`^\s*,\s+(?:(?:the|a|an|our|their|his|her|my|suspected|accused|implicated)\s+[^,;:()→\d]{3,50}|` +
    // Or a post with its place: ", Leningrad party boss,".
    String.raw`(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?:party\s+)?(?:boss|chief|leader|head|secretary|commander)` +
    // And the age: ", Leningrad party boss, aged 48 –".
    String.raw`(?:,\s+aged\s+\d{1,3})?|` +
    // Or how the person was then: ", exhausted and ill,", ", worn out by work,".
    String.raw`(?:(?:already|now|still|gravely|badly|seriously|increasingly)\s+)?` +
    String.raw`(?:\p{Ll}+(?:ed|en)|ill|sick|old|frail|weak|dying|elderly|worn)\b[^,;:()→\d]{0,40})` +
    // It ends at a comma, or at a dash before what is told: "Kirov, Leningrad party boss – shot 1 Dec 1934".
    String.raw`(?:,|\s+[–—]\s|\s-\s)`,
  'u',
);

/**
 * The length of an apposition in plain words at `from`, naming nothing but a place or a body (", the Leningrad
 * boss,", ", the popular Politburo member,", ", suspected of involvement in the plot,", ", exhausted and ill,"), or 0.
 */
export function plainApposition(text: string, clause: Clause, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 32) at++;
  if (text.charCodeAt(at) !== 44) return 0; // ","
  const plain = PLAIN_APPOSITION.exec(text.slice(from, clause.to));
  if (!plain) return 0;
  const to = from + plain[0].length;
  // A person in it after "under", "by" or "of" is part of the description: ", the new secret police under Felix
  // Dzerzhinsky,".
  const described = (x: Mention) =>
    x.kind === 'person' && /\b(?:under|by|of)\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u.test(text.slice(from, x.start));
  return clause.mentions.some(
    (x) => x.start >= from && x.end <= to && x.kind !== 'place' && x.kind !== 'organisation' && !described(x),
  )
    ? 0
    : plain[0].length;
}

/** "The 12th Congress in 1924 debated the Georgian affair": the date goes with the nearer occasion it pairs with. */
function closerOccasion(
  ctx: ServiceContext,
  text: string,
  clause: Clause,
  m: Mention,
  d: Mention,
  dist: number,
): boolean {
  return clause.mentions.some((x) => {
    if (x === m || x.kind === 'date' || x.id === m.id) return false;
    const e = ctx.kb.get(x.id);
    // A date of the other's own, written right after it (or after its place), is the other's however near this one
    // is, even after "after": "after the failed Beer Hall Putsch in Munich in November 1923 he wrote Mein Kampf".
    if (e && isOccasion(e) && x.end <= d.start && ownDateAfter(text, clause, x, d, e)) return true;
    if (gap(x, d) >= dist) return false;
    // Only an occasion the date stands with: not one across a comma ("died … in Oct 1930, just as the
    // Depression was biting").
    // A date in a bracket right after the other's name is the other's: "the Novocherkassk massacre (June 1962)".
    const bracketed = /^\s*\(\s*$/.test(text.slice(x.end, d.start));
    return !!e && isOccasion(e) && (bracketed || paired(ctx, text, clause, x, d));
  });
}

/**
 * "<occasion> in November 1923", "<occasion> in Munich in November 1923": a date the occasion's own span holds,
 * written right after it or after the place where it happened.
 */
function ownDateAfter(text: string, clause: Clause, x: Mention, d: Mention, e: Entity): boolean {
  // The words first, which rule out nearly every pair; the dates only then.
  const p = clause.mentions.find((y) => y.start >= x.end && y.start <= d.start);
  const written =
    p === d
      ? /^\s+(?:in|of|on)\s+$/i.test(text.slice(x.end, d.start))
      : p?.kind === 'place' &&
        /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(x.end, p.start)) &&
        /^\s*,?\s+(?:in|on)\s+$/i.test(text.slice(p.end, d.start));
  if (!written) return false;
  const s = datedSpan(e);
  return !!s && writtenIn(s, d);
}

/** Does the date a mention writes overlap the span? */
export function writtenIn(s: { from: PartialDate; to: PartialDate }, d: Mention): boolean {
  const from = d.date && parseIsoDate(d.date.from),
    to = d.date && parseIsoDate(d.date.to);
  return !!from && !!to && overlaps(s.from, s.to, from, to);
}

/**
 * "Romanovs shot at Sverdlovsk, July 1918 (Ipatiev House)": a place written after "at", "in", "of", "from" or "to",
 * then a comma and the clause's one date, at the clause's end (a bracket aside, or a dash leading on), dates the
 * place; so do both places of a move ("moved from Leningrad to Moscow, March 1918").
 */
function placeThenDate(text: string, clause: Clause, d: Mention, m: Mention, e: Entity): Mention | undefined {
  if (e.kind !== 'place' || d.start < m.end || d.date?.approximate) return undefined;
  if (!/\b(?:at|in|from|to|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.from, m.start - 8), m.start)))
    return undefined;
  // "moved from Leningrad to Moscow, March 1918": both places of the move at its date.
  const next = clause.mentions.find((x) => x.start >= m.end && x.kind === 'place');
  const end = next && /^\s+to\s+(?:the\s+)?$/i.test(text.slice(m.end, next.start)) ? next.end : m.end;
  if (!/^\s*,\s*$/.test(text.slice(end, d.start))) return undefined;
  // A dash may lead on to what happened: "Battle of Volgograd, Aug 1942–Feb 1943 – Paulus surrendered".
  return /^\s*(?:\([^()]*\))?\s*(?:[.;]?\s*$|[–—]|-\s)/.test(text.slice(d.end, clause.to)) ? d : undefined;
}

const CLAUSE_OPENING = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?in\s+$/i;

/**
 * "In 1919 the Red Army held Leningrad": a clause that opens with "In <date>" dates what it says of a place or
 * a body, even with another dated name between them, when that is the clause's only date and no comma, dash or
 * bracket starts another clause on the way.
 */
function clauseDate(text: string, clause: Clause, d: Mention, m: Mention): Mention | undefined {
  if (d.start > m.start || d.date?.approximate || !CLAUSE_OPENING.test(text.slice(clause.from, d.start)))
    return undefined;
  return /[,–—(:]/.test(text.slice(d.end, m.start).replace(/^\s*,/, '')) ? undefined : d;
}

/**
 * The congress named next after `from` in the clause, with what stands between matching `joiner` ("at the"), and
 * its dates: where a speech was given or a policy begun.
 */
export function congressAfter(
  ctx: ServiceContext,
  text: string,
  clause: Clause,
  from: number,
  joiner: RegExp,
  datesAside = false,
): { mention: Mention; entity: Entity; span: { from: PartialDate; to: PartialDate } } | undefined {
  const at = clause.mentions.find((x) => x.start >= from && x.kind !== 'date');
  const o = at && !at.candidates && at.kind === 'congress' ? ctx.kb.get(at.id) : undefined;
  const span = o && datedSpan(o);
  if (!at || !o || !span) return undefined;
  // A date on the way may be no part of the wording: "Secret Speech Feb 1956 at the 22nd Party Congress".
  const between = datesAside ? withoutDates(text, clause.mentions, from, at.start) : text.slice(from, at.start);
  return joiner.test(between) ? { mention: at, entity: o, span } : undefined;
}
