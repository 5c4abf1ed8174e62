/**
 * Bodies that did not exist: an organisation at a date before it was set up or after it ended, unless it bore the
 * name written at that date (its `names`), or a state that began and ended (the Soviet Union) before it began; and
 * a body named in a clause whose dates all lie years before it was set up ("millions arrested by the KGB, …
 * 680,000 shot 1937–38": the KGB was set up in 1954).
 *
 * Precision first, for a body the clause's date is not paired with: every date in the clause, the latest of them,
 * must end more than two years before the body began; the name must stand outside a bracket; and no word in the
 * clause may relate times or things ("later", "forerunner of", "like", "became"…). A body after an arrow from the
 * date is a consequence of unknown date, unless the arrow leads straight to its setting up ("Oct 1905 general
 * strike → Petrograd Soviet set up").
 */
import { endKey, monthKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import { foldName } from '../../kb/normalise';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase } from './kbIndex';
import { datedSpan, overlaps } from './pairing';
import { isoPhrase, spanWords, theName, writtenPhrase } from './phrases';
import { clauseDates, inBracket, words } from './clauses';
import { BIRTH_WORDS, JOINED_NAMES, REFUSALS, RELATING, RELATIVE_TIME } from './words';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';
import { roleBearsName } from './roleNames';

/** A word for a body's followers: "Trotskyites", "Trotskyists". */
const FOLLOWERS = /(?:ists|ites)$/i;

export const bodiesNotYet: FactRule = {
  // "Until" tells how long the body went on, not whether it was there: "the leading figure of the Petrograd Soviet
  // of 1905 until its members were arrested".
  // Nor does "not" on a deed of the body's: "the Wehrmacht would not fire on the putschists" (see deniedThere).
  tolerates: new Set([...REFUSALS, 'until', 'not']),
  dated(claim: DatedClaim): Verdict {
    const { entity: e, severities } = claim;
    if ((e.kind !== 'organisation' && !isState(e)) || severities.anachronisms === undefined) return undefined;
    // A camp only as where people were sent or held: "near the village of Ravensbrück" names the place.
    if (
      e.scale === 'site' &&
      !SENT_TO.test(claim.text.slice(Math.max(0, claim.mention.start - 40), claim.mention.start))
    )
      return undefined;
    const set = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
    const ended = e.end && !e.end.approximate ? parseIsoDate(e.end.date) : undefined;
    const when = claim.value.words;
    if (deniedThere(claim) || borneThen(claim) || roleBearsName(claim, claim.from, claim.to)) return [];
    // A step after the date, on the way to the body, is of a later time: "broke with Stalin in December 1925 and then
    // joined Trotsky in the United Opposition".
    if (
      claim.date.end <= claim.mention.start &&
      /\b(?:then|later|afterwards|subsequently|eventually|end(?:s|ed)?\s+up|wind(?:s)?\s+up|wound\s+up)\b/i.test(
        claim.text.slice(claim.date.end, claim.mention.start),
      )
    )
      return [];
    // A body in a title before a name tells who the person had been: "Workers' Opposition leader Shlyapnikov was
    // shot in 1937".
    if (titleOfName(claim)) return [];
    // A name alone in a bracket glosses the words before it: "Town councils (dumas) created by the urban reform of
    // 1870" are no State Duma.
    const { text, mention: m } = claim;
    if (text[m.start - 1] === '(' && text[m.end] === ')') return [];
    // A name cut short may mean a wider thing that was there before the body: "Stalin allied with Bukharin and the
    // Right" in 1925 (the Right Opposition was named in 1928).
    if (cutShort(e, claim.text.slice(claim.mention.start, claim.mention.end))) return [];
    // A name in lower case that ends another body's name, there at the date, may be that body's: "towns get elected
    // dumas 1870" are the city dumas, not the State Duma.
    if (lowerCaseOfAnother(claim)) return [];
    // "1917: Cheka set up (forerunner of the KGB)", "drafted the plan for a State Duma in 1905".
    const near = claim.date === claim.clause.lineDate || !claim.clause.mentions.includes(claim.date);
    if ((near ? relatedOrAside(claim) : relatedBetween(claim)) || anotherBody(claim) || coordinated(claim)) return [];
    if (unknownNameBetween(claim)) return [];
    // A bracket right after the body with a date of its own gives the body its time, not the clause's other date:
    // "unemployment down from 6 million in 1932 … but the RAD (compulsory since 1935) makes every man …".
    const { clause } = claim;
    if (
      claim.date.end <= m.start &&
      clause.mentions.some(
        (x) => x.kind === 'date' && x.start > m.end && /^\s*\([^()]*$/.test(text.slice(m.end, x.start)),
      )
    )
      return [];
    // The idea of it is older than the body: "the labour-service idea went back to … 1931".
    if (IDEA_OF.test(claim.text.slice(claim.mention.end, claim.mention.end + 16))) return [];
    // The date of a birth is the person's: "the Bolshevik economist Preobrazhensky was born in 1886", "Mercader, the
    // NKVD agent who killed Trotsky, was born in 1913".
    if (bornThen(claim)) return [];
    if (set && endKey(claim.to) < startKey(set) && !justBefore(claim.to, set)) {
      const message = notYet(e, writtenPhrase(claim.date), e.start!.date);
      return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.start!.source)];
    }
    // A year's grace after its end: a body's members go by its name a while after it merged or was renamed ("in
    // January 1919 the Spartacists rose", a month after the Spartacus League became the KPD).
    // A state after its end is how notes speak of its lands ("in 1919 the former Russian Empire's borders").
    // Its followers keep their name long after it: "the 'Trotskyites' in 1937" were tried a decade after the Left
    // Opposition ended.
    const followers = FOLLOWERS.test(claim.text.slice(claim.mention.start, claim.mention.end));
    if (
      ended &&
      e.kind === 'organisation' &&
      !followers &&
      // A name that outlived the body is how people went on speaking of its heir: "the Red Army crushed Hungary in
      // 1956" (the Soviet Army since 1946).
      !e.nameOutlived &&
      startKey(claim.from) > endKey({ ...ended, year: ended.year + 1 })
    ) {
      const message = `The ${e.label} no longer existed in ${when}: it ended ${isoPhrase(e.end!.date)}.`;
      return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.end!.source)];
    }
    return [];
  },

  undated(claim: Claim): Verdict {
    const { entity: e, text, clause, mention: m, severities } = claim;
    if (e.kind !== 'organisation' || severities.anachronisms === undefined) return undefined;
    const set = e.start && !e.start.approximate ? parseIsoDate(e.start.date) : undefined;
    const dates = clauseDates(clause);
    if (!set || dates.some((d) => !d.date) || deniedThere(claim)) return undefined;
    // A date written roughly ("by the late 1930s") still places a body set up a generation later.
    const apart = dates.some((d) => d.date!.approximate) ? ROUGHLY_APART : YEARS_APART;
    if (!dates.length) return inTimeOf(claim, set);
    // A time counted from a date on the way to the body: "arrested in 1905, twelve years before he led the Military
    // Revolutionary Committee".
    const before = dates.filter((d) => d.end <= m.start).pop();
    if (before && RELATIVE_TIME.test(text.slice(before.end, m.start))) return undefined;
    const ends = dates.map((d) => parseIsoDate(d.date!.to)!);
    const latest = dates[ends.reduce((k, x, i) => (endKey(x) > endKey(ends[k]) ? i : k), 0)];
    const to = parseIsoDate(latest.date!.to)!,
      from = parseIsoDate(latest.date!.from)!;
    if (set.year - to.year <= apart || relatedOrAside(claim) || anotherBody(claim) || bornThen(claim)) return undefined;
    if (IDEA_OF.test(text.slice(m.end, m.end + 16))) return undefined;
    // A word for a side, older than the body: "Rightists 147" in the Duma of 1907.
    const written = text.slice(m.start, m.end);
    if (FOLLOWERS.test(written) && cutShort(e, written)) return undefined;
    if (coordinated({ ...claim, date: latest })) return undefined;
    // A date of a span or a relation ("led by Himmler from 1929") is no date of the clause; a part of a year is one
    // ("during the general strike of late 1905").
    const relating = (w: string) => RELATING.has(w) && !PART_OF_YEAR.has(w);
    if (dates.some((d) => relating(words(text.slice(clause.from, d.start)).pop() ?? ''))) return undefined;
    // After an arrow, the first thing named is a consequence of unknown date: "1861 emancipation → Land Captains".
    const last = dates.filter((d) => d.end <= m.start).pop();
    const arrow = last ? Math.max(text.lastIndexOf('→', m.start), text.lastIndexOf('->', m.start)) : -1;
    // The first thing named after it, or one joined to it: "→ split into Bolsheviks and Mensheviks", "→
    // Bolshevik/Menshevik split".
    const next = clause.mentions.filter((x) => x.start > arrow && x.start <= m.start);
    const joined = (between: string) => JOINED_NAMES.test(between) || between === '/';
    const led =
      !!last &&
      arrow > last.end &&
      next.length > 0 &&
      next[next.length - 1] === m &&
      next.every((x, i) => i === 0 || joined(text.slice(next[i - 1].end, x.start)));
    // Unless it did what the arrow tells, a generation on: "Dec 1905 Moscow armed uprising → crushed by the Red Army".
    const agent = /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(arrow, m.start - 12), m.start));
    if (led && !SET_UP.test(text.slice(m.end, clause.to)) && !(agent && set.year - to.year >= AGENT_YEARS_AFTER_ARROW))
      return undefined;
    if (borneThen({ ...claim, from, to }) || roleBearsName(claim, from, to)) return undefined;
    const message = notYet(e, writtenPhrase(latest), e.start!.date);
    return [factFinding(claim.at, severities.anachronisms, Code.Anachronism, message, e.start!.source)];
  },
};

/**
 * A noun after a body's name that makes it the idea or plan of one, or the record it keeps, which may be read long
 * after: "KGB figures: 1.5 million arrests" under the Great Terror.
 */
const IDEA_OF = new RegExp(
  String.raw`^\s+(?:idea|ideas|plan|plans|concept|scheme|proposal|proposals|model|tradition|` +
    String.raw`figures|data|archives?|files|records|statistics|stats|estimates?)\b`,
  'i',
);

/** Words for a part of the year, not a relation to it: "late 1905". */
const PART_OF_YEAR = new Set(['early', 'late', 'mid']);

/** How many years after the clause's date a body must have been set up to be out of its time as the agent after an
 * arrow ("→ crushed by the Red Army" under 1905). */
const AGENT_YEARS_AFTER_ARROW = 5;

/** What a clause names with its own span: "War Communism = … squads backed by the KGB". */
const SPANNED = new Set(['event', 'policy', 'document', 'congress']);

/**
 * A clause that writes no date but names a policy or an event of its own years, all of which end more than two
 * years before the body began, and names the body after it, outside a bracket and with no word relating times.
 */
function inTimeOf(claim: Claim, set: PartialDate): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (cutShort(e, text.slice(m.start, m.end))) return undefined;
  // What a person was, in an apposition, is of its own time: "Niemöller, a U-boat commander in the First World War,
  // helped found the Confessing Church".
  const aside = (x: Mention) => {
    const open = text.lastIndexOf(',', x.start),
      close = text.indexOf(',', x.end);
    return (
      open > clause.from &&
      close > 0 &&
      close < m.start &&
      clause.mentions.some((p) => p.kind === 'person' && p.end <= open && /^\s*$/.test(text.slice(p.end, open)))
    );
  };
  const spans = clause.mentions
    .filter((x) => x.end <= m.start && SPANNED.has(x.kind) && !x.candidates && !aside(x))
    .map((x) => ({ x, s: ctx.kb.get(x.id) && datedSpan(ctx.kb.get(x.id)!) }));
  if (!spans.length || spans.some((y) => !y.s)) return undefined;
  const latest = spans.reduce((a, b) => (endKey(b.s!.to) > endKey(a.s!.to) ? b : a));
  const { from, to } = latest.s!;
  // Things set side by side are of their own times: "Nicholas II's coronation vs the new opposition".
  const between = text.slice(latest.x.end, m.start);
  if (
    set.year - to.year <= YEARS_APART ||
    // Names listed side by side say nothing of their times: "see Emancipation Edict, Zemstva, Assassination".
    onlyListed(text, clause.mentions, latest.x.end, m.start) ||
    relatedOrAside(claim) ||
    /→|->|\b(?:vs?\.?|versus|compared\s+(?:with|to))\s/i.test(between) ||
    // A span of time runs on from it: "From the October Revolution to the defeat of the Left".
    (/(?<!\p{L})from\s+(?:the\s+)?$/iu.test(text.slice(Math.max(clause.from, latest.x.start - 12), latest.x.start)) &&
      /^[^,;]*?\b(?:to|until|till)\s/i.test(between))
  )
    return undefined;
  if (borneThen({ ...claim, from, to }) || roleBearsName(claim, from, to)) return undefined;
  const label = ctx.kb.get(latest.x.id)!.label;
  const message = notYet(e, `in the time of ${label} (${spanWords(from, to)})`, e.start!.date);
  return [factFinding(claim.at, severities.anachronisms!, Code.Anachronism, message, e.start!.source)];
}

/** Is the text between two columns nothing but names parted by commas, "and", "&" or "+"? */
function onlyListed(text: string, mentions: readonly Mention[], from: number, to: number): boolean {
  let rest = text.slice(from, to);
  for (const x of mentions) if (x.start >= from && x.end <= to) rest = rest.replace(text.slice(x.start, x.end), ',');
  return /^(?:\s*(?:,|and|&|\+)\s*)+$/.test(rest);
}

function notYet(e: Entity, when: string, start: string): string {
  const name = e.kind === 'place' ? theName(e) : `the ${e.label}`;
  const set = e.kind === 'place' && e.scale === 'site' ? 'opened' : 'set up';
  return `${name[0].toUpperCase()}${name.slice(1)} did not exist yet ${when}: it was ${set} ${isoPhrase(start)}.`;
}

/** Before a camp: the verb of sending or holding people there. */
const SENT_TO = new RegExp(
  String.raw`\b(?:sent|deported|transported|taken|shipped|imprisoned|held|interned|gassed|killed|murdered|died)\s+` +
    String.raw`(?:\p{L}+\s+){0,2}?(?:to|in|at)\s+(?:the\s+)?$`,
  'iu',
);

/**
 * A state that began and ended, under one name (the Soviet Union, Manchukuo, East Germany): "the USSR" in 1920 is
 * out of its time, as is a camp or a building before it opened. Not a country that goes on (Finland before its
 * independence was still Finland), nor one known by other names in other years (`names`), nor a region.
 */
function isState(e: Entity): boolean {
  if (e.kind !== 'place' || !e.start || e.names?.length) return false;
  // A camp or a building before it opened: "1933 – communists sent to Auschwitz" (opened 1940).
  return e.scale === 'site' || (e.scale === 'country' && !!e.end);
}

/** How many years before a body's start the dates of a clause must all end for the body to be out of its time. */
const YEARS_APART = 2;
/** The same, for a date written roughly ("c. 1930", "the late 1930s"). */
const ROUGHLY_APART = 10;
/** What was promised, planned or asked for did not exist yet: "October Manifesto promises an elected Duma". */
const YET_TO_BE = [
  'promise',
  'promises',
  'promised',
  'pledged',
  'plan',
  'plans',
  'planned',
  'proposed',
  'proposes',
  'demanded',
  'demands',
  'wanted',
  'wants',
  'announced',
];
const RELATED_TIMES = new Set([
  'later',
  'future',
  'forerunner',
  'precursor',
  'predecessor',
  'successor',
  'ancestor',
  'became',
  'become',
  'becomes',
  'renamed',
  'replaced',
  'model',
  'modelled',
  'modeled',
  'like',
  'unlike',
  'similar',
  'compare',
  'compared',
  'cf',
  'equivalent',
  'origin',
  'origins',
  'roots',
  'inspired',
  'today',
  'now',
  'still',
  'eventually',
  'legacy',
  ...YET_TO_BE,
]);
/** Does the clause tell a person's birth, at its date? */
function bornThen(claim: Claim): boolean {
  const { text, clause } = claim;
  const body = text.slice(clause.from, clause.to);
  // "b. 1904" is the short form: "by Leonid Nikolaev (b. 1904, ex-party member) – NKVD almost certainly involved";
  // with the place before the year too. A line that opens with it tells of the person its entry is about: "- b.
  // Berlin 1878, DVP, Nobel Peace Prize 1926" under "### Stresemann".
  const short = /\bb\.\s*(?:\p{Lu}[\p{L}-]+,?\s+)?\d/u.test(body);
  if (short && /^[\s*+\-•]*b\.\s/.test(text.slice(0, clause.to))) return true;
  return (BIRTH_WORDS.test(body) || short) && clause.mentions.some((x) => x.kind === 'person');
}

/**
 * A longer name, or a qualified one, of another body: "the Presidium of the Supreme Soviet", "the League of
 * Struggle", "the Munich People's Court", "Russian People's Commissariat of Internal Affairs" read as the NKVD.
 */
function anotherBody(claim: Claim): boolean {
  const { text, mention: m } = claim;
  if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.end, m.end + 40))) return true;
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return !!before && !QUALIFIERS_NOT.has(before.toLowerCase()) && !text.slice(m.start, m.end).startsWith(before);
}
/**
 * A name the recogniser does not know, two capitalised words or more, between the body and the date after it: the
 * date may be that thing's ("**RAD**: Unemployment Relief Act June 1933; compulsory from 1935").
 */
function unknownNameBetween(claim: DatedClaim): boolean {
  const { text, mention: m, date } = claim;
  if (date.start < m.end) return false;
  for (const x of text.slice(m.end, date.start).matchAll(/\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/gu)) {
    const at = m.end + x.index!;
    if (!claim.clause.mentions.some((y) => y.start < at + x[0].length && y.end > at)) return true;
  }
  return false;
}

/** Capitalised words before a body that do not make it another: a sentence's first word. */
const QUALIFIERS_NOT = new Set(['the', 'a', 'an', 'in', 'on', 'by', 'and', 'but', 'when', 'after', 'before', 'under']);

/**
 * The body in a second verb's clause, the date in the first: "joined the RSDLP in 1898 and sided with the
 * Bolsheviks", "led the front to Berlin in 1945, and was the first commander of the Warsaw Pact".
 */
function coordinated(claim: Claim & { date: Mention }): boolean {
  const { text, mention: m, date } = claim;
  if (date.end > m.start || date === claim.clause.lineDate || !claim.clause.mentions.includes(date)) return false;
  const between = text.slice(date.end, m.start);
  // Two topics side by side, as a heading lists them: "Round 1 – 1905 and the Dumas".
  if (/^\s*(?:and|&|\+)\s+(?:the\s+)?$/.test(between)) return true;
  return /(?:,?\s+(?:and|but)\s+(?!(?:the|a|an|its|his|her|their|then)\b)\p{Ll}{2,})/u.test(between);
}

/**
 * A word relating times between the body and its date, or just before the body: "the plan for a Duma in 1905"; or
 * a body yet to be, anywhere before it: "promised civil rights and an elected Duma in October 1905", "a Duma".
 */
function relatedBetween(claim: DatedClaim): boolean {
  const { text, mention: m, date } = claim;
  const from = Math.max(claim.clause.from, Math.min(date.start, m.start - 30));
  if (words(text.slice(from, Math.max(date.end, m.end))).some((w) => RELATED_TIMES.has(w))) return true;
  if (/\b(?:an?|another)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(text.slice(Math.max(claim.clause.from, m.start - 30), m.start)))
    return true;
  return words(text.slice(claim.clause.from, m.start)).some((w) => YET_TO_BE.includes(w));
}

/** A date at most three months before a start known to the month: "NKVD officers arrested him in May 1934". */
function justBefore(to: PartialDate, set: PartialDate): boolean {
  return set.month !== undefined && to.month !== undefined && monthKey(set) - monthKey(to) <= 3;
}

/** Right after the body: the verb of its setting up. */
const SET_UP = /^\s*(?:(?:was|were)\s+)?(?:set\s+up|created|founded|formed|established)\b/i;

/**
 * An "until" before the body, or a "not" that denies the body itself, or its being there or its name: "not the
 * Wehrmacht but the Reichswehr", "the KGB did not exist yet", "was not set up until 1954", "was not yet called the
 * Wehrmacht".
 */
function deniedThere(claim: Claim): boolean {
  const { text, clause, mention: m } = claim;
  if (/\bnot\s+(?:(?:the|a|an|yet)\s+)?$/i.test(text.slice(Math.max(clause.from, m.start - 10), m.start))) return true;
  // "Until" before the body tells when it came: "… until the February Revolution put the Provisional Government in
  // its place".
  if (/\b(?:until|till)\b/i.test(text.slice(clause.from, m.start))) return true;
  return NOT_THERE.test(text.slice(clause.from, clause.to));
}
const NOT_THERE =
  /\bnot\b(?:\s+\p{L}+){0,3}?\s+(?:exist|set\s+up|found|form|creat|establish|yet|until|till|call|name|known|there)/iu;

/** Is the body named in a bracket, or in a clause that relates it to another time or thing? */
function relatedOrAside(claim: Claim): boolean {
  const { text, clause, mention: m } = claim;
  if (inBracket(text, m.start, clause.from)) return true;
  return words(text.slice(clause.from, clause.to)).some((w) => RELATED_TIMES.has(w));
}

/**
 * Was the body called by the name written at the date written? "Hitler joined the DAP in 1919": the Nazi Party
 * was the German Workers' Party (DAP) from 1919, whatever date its entity starts at.
 */
function borneThen(claim: Claim & { from: PartialDate; to: PartialDate }): boolean {
  const written = foldName(claim.text.slice(claim.mention.start, claim.mention.end)).replace(/^the /, '');
  return (
    namesakeThen(claim, written) ||
    (claim.entity.names ?? []).some((x) => {
      const forms = [
        x.name,
        x.name.replace(/\s*\([^()]*\)/g, ''),
        ...[...x.name.matchAll(/\(([^()]+)\)/g)].map((b) => b[1]),
      ];
      if (!forms.some((f) => foldName(f).replace(/^the /, '') === written)) return false;
      const from = x.from ? parseIsoDate(x.from) : undefined;
      const to = x.to ? parseIsoDate(x.to) : undefined;
      return (!from || startKey(from) <= endKey(claim.to)) && (!to || endKey(to) >= startKey(claim.from));
    })
  );
}

/** The bodies one took over from or handed on to. */
const LINEAGE = new Set(['replaced', 'replaced by', 'preceded by', 'followed by']);

/**
 * Did a body it took over from, or handed on to, go by the name written at the date: the NKVD of the RSFSR
 * (1917–30) is "the NKVD" of 1922, before the Union's NKVD of 1934.
 */
function namesakeThen(claim: Claim & { from: PartialDate; to: PartialDate }, written: string): boolean {
  const kb = claim.ctx.kb;
  return (claim.entity.related ?? []).some((r) => {
    const x = LINEAGE.has(r.relation) ? kb.get(r.id) : undefined;
    const s = x && datedSpan(x);
    return (
      !!s &&
      overlaps(s.from, s.to, claim.from, claim.to) &&
      [x.label, ...x.aliases].some((n) => foldName(n).startsWith(`${written} of `))
    );
  });
}

/**
 * Are the words written fewer than the label's, and all of them in it ("the Right" for the Right Opposition), a
 * word for its followers counting as the word it is made from ("Rightists" in the Duma of 1907)?
 */
function cutShort(e: Entity, written: string): boolean {
  const label = words(e.label.replace(/\s*\([^()]*\)/g, ''));
  const said = words(written)
    .filter((w) => w !== 'the')
    .map((w) => w.replace(/ists?$/, ''));
  return said.length > 0 && said.length < label.length && said.every((w) => label.includes(w));
}

/** For each last word of an organisation's names (folded, a plural's s dropped), the organisations. */
const byLastWord = perKnowledgeBase((kb) => {
  const out = new Map<string, Entity[]>();
  for (const e of kb.entities) {
    if (e.kind !== 'organisation') continue;
    for (const n of new Set([e.label, ...e.aliases].map((x) => singular(words(x).pop() ?? '')))) {
      if (!n) continue;
      const list = out.get(n);
      if (list) list.push(e);
      else out.set(n, [e]);
    }
  }
  return out;
});

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Is the name written in lower case, one word, the last word of another organisation's name that was there then? */
function lowerCaseOfAnother(claim: DatedClaim): boolean {
  const written = claim.text.slice(claim.mention.start, claim.mention.end);
  const said = words(written).filter((w) => w !== 'the');
  if (said.length !== 1 || /\p{Lu}/u.test(written)) return false;
  return (byLastWord(claim.ctx.kb).get(singular(said[0])) ?? []).some((x) => {
    const set = x !== claim.entity && x.start ? parseIsoDate(x.start.date) : undefined;
    const ended = x.end ? parseIsoDate(x.end.date) : undefined;
    return !!set && startKey(set) <= endKey(claim.to) && (!ended || endKey(ended) >= startKey(claim.from));
  });
}

/** Is the body the first word of a title before a person's name: "Workers' Opposition leader Shlyapnikov"? */
function titleOfName(claim: DatedClaim): boolean {
  const { text, clause, mention: m } = claim;
  const title = /^['’]?s?\s+(?:former\s+)?(?:leader|chief|head|boss|founder|co-founder|member|veteran|chairman)\s+$/i;
  return clause.mentions.some((x) => x.kind === 'person' && x.start > m.end && title.test(text.slice(m.end, x.start)));
}
