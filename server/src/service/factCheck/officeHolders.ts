/**
 * Office holders: a person said to take up or hold an office that, at the date written, the knowledge base gives
 * to someone else, and that the person never held ("Trotsky became General Secretary in 1922": Stalin did).
 *
 * The holders come from the data: an office is an organisation whose dated facts each name one of the people it
 * lists in `related` (Sovnarkom's chairmen, the Tsars, the heads of the secret police). A fact that names none of
 * them is a term the knowledge base cannot attribute, and a date that touches it is left alone.
 *
 * Precision first. The person must be unknown to the office: not in its `related`, not named in its facts, with
 * no role that names it (offices.ts checks those). The office's name must follow the verb directly, the date must
 * stand where offices.ts would read it, and exactly one named holder must fit the date: for "became", the one whose
 * term began then; for "was", the one whose term covered the whole of the date written. A title before the name
 * ("Chancellor Papen") is held at the clause's one date, as is a body's head ("the Cheka … headed by Yagoda").
 * Where the office lists every holder it ever had (`holders`), a person who is not one of them never held it, at
 * any date or none. A person and an office of two topics' packs are a name misread, never a finding.
 */
import { dayNumber, endKey, formatIso, monthKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase } from './kbIndex';
import { inBracket, withoutDates } from './clauses';
import { dateOf, namedRoles, officesOf, replacedOne, saying, titleOfNext, tokensOf } from './offices';
import { contains, namesOf, notFirst, termsOf, wordsOf, type Term } from './officeTerms';
import { isoPhrase, listPhrase, spanWords, writtenPhrase } from './phrases';
import { datedSpan } from './pairing';
import type { Claim, FactRule, Verdict } from './rule';
import { JOINED_NAMES, MEMBERSHIP } from './words';

export const officeHolders: FactRule = {
  tolerates: new Set(['became']),
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

/** A verb of trying or meaning to, before the person: what follows was not done. */
const TRIED = new RegExp(
  String.raw`\b(?:(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|plann?(?:ed|ing|s)|hop(?:ed|es|ing)|sought|seeks?|` +
    // Or tried the person in the post: "Schleicher tries Strasser as vice-chancellor".
    String.raw`seeking)\s+to\b|\btr(?:y|ies|ied|ying)\s+$)`,
  'i',
);

function check(claim: Claim): Verdict {
  const { ctx, entity: p, text, clause, mention: m, severities } = claim;
  if (p.kind !== 'person' || severities.dates === undefined || replacedOne(text, m)) return undefined;
  // A post another tried to give them: "Schleicher tries to split the Nazis w/ Gregor Strasser as vice-chancellor".
  if (TRIED.test(text.slice(clause.from, m.start))) return undefined;
  const under = led(text, clause, m);
  // "Chancellor Papen", "President Ebert": the title before the name is held at the clause's date.
  const title = under
    ? undefined
    : (titled(ctx.kb, text, clause, m) ?? apposed(ctx.kb, text, clause, m) ?? titleInName(ctx.kb, p, text, m));
  const runs = under || title ? undefined : running(text, m);
  // People who ran a body together are its leaders loosely, not each its head: "Himmler & Heydrich ran the SS".
  const partner = clause.mentions.filter((x) => x.end <= m.start && x.kind !== 'date').pop();
  if (runs && partner?.kind === 'person' && JOINED_NAMES.test(text.slice(partner.end, m.start))) return undefined;
  // A title the name opens with stays out of the finding: its fix is the other holder's name after the title.
  const at =
    title && title.start === m.start
      ? { ...claim.at, start: claim.at.start + (/^\s*/.exec(text.slice(title.end))![0].length + title.end - m.start) }
      : claim.at;
  // "replaced as First Secretary by Andropov": the post taken up then.
  const replacing =
    !!title &&
    /\b(?:replaced|succeeded)\s+as\s+(?:the\s+)?$/i.test(text.slice(0, title.start)) &&
    /^\s+by\s+$/i.test(text.slice(title.end, m.start));
  const said =
    under || title
      ? { change: replacing ? ('start' as const) : ('held' as const), at: m.end }
      : (runs ?? saying(text, clause.from, m));
  if (!said || said.change === 'end' || ('self' in said && said.self)) return undefined;
  const office = under ?? title ?? officeAt(text, clause.mentions, said.at);
  // A title before another's name is theirs: "Hindenburg: Chancellor Papen was dismissed".
  if (!under && !title && office && titleOfNext(text, clause.mentions, office.end)) return undefined;
  const named = office && !office.candidates ? ctx.kb.get(office.id) : undefined;
  // "In control of the Cheka", "the NKVD under Beria": the body's head is the office whose names name the body.
  // A post named by its head's title is its own head: "the first head of the Provisional Govt was Kerensky".
  let o = named && (runs || under) ? (headOf(ctx.kb, named) ?? ownHead(ctx.kb, named)) : named;
  // What the body was for may stand between it and its head: "Four Year Plan (1936) → autarky + rearmament, run
  // by Schacht". Walk back over up to three aims that have no head of their own.
  if (under && !o) o = aimedBody(ctx.kb, clause.mentions, under);
  const terms = o ? (termsOf(ctx.kb).get(o.id) ?? []) : undefined;
  if (!o || !terms || !office || (!terms.length && !o.holders)) return undefined;
  // A Russian minister said to hold a German office is a name read in the wrong topic ("war minister" in a note
  // that speaks mostly of Germany), not a claim.
  // Whoever holds a post is of its topic: a person of another pack, or of the packs every topic shares (world
  // leaders: "Premier Churchill"), said to hold an office they are unknown to is a title read in the wrong
  // country, not a claim; they are judged only against an office that knows them.
  const ofTopic = !!p.pack && p.pack === o.pack && !ctx.kb.packTopics().shared.has(p.pack);
  // Known to the office: the roles rule (offices.ts) is the one to ask.
  // offices.ts reads the roles of a known holder; "under" is this rule's alone, and a known holder's own terms
  // (below) keep it silent.
  const known = o.related?.some((r) => r.id === p.id) || terms.some((t) => t.holder === p);
  if (!known && !ofTopic) return undefined;
  if (known && !under && !title && !runs) return undefined;
  // A title of the person's own, of another office: "Chancellor Dollfuss" (of Austria).
  if (title && !known && ownTitle(p, text.slice(title.start, title.end))) return undefined;
  if (!under && !title && p.roles?.length && namedRoles(ctx.kb, p, tokensOf(text, said.at, clause.to)))
    return undefined;
  // A name the person shares with a holder the office lists is that holder's: "Milyutin" in "Dmitry Milyutin was
  // minister of war" is not Nikolai, his brother.
  const holders = (o.related ?? []).map((r) => ctx.kb.get(r.id)).filter((x): x is Entity => !!x && x !== p);
  const shared = (n: string[]) => holders.some((h) => namesOf(h).some((hn) => hn.join(' ') === n.join(' ')));
  const ownNames = namesOf(p).filter((n) => !shared(n));
  if (!known && (o.facts ?? []).some((f) => ownNames.some((n) => contains(wordsOf(f.text), n)))) return undefined;
  // "The Provisional Government, first headed by Kerensky": the first to hold the post.
  if (under && firstHead(text, under, m)) {
    const other = notFirst(o, terms, p);
    return other ? [factFinding(at, severities.dates, Code.WrongDate, ...other)] : [];
  }
  // "The Cheka, set up Dec 1917, headed by Yagoda": under a body, the clause's one date is the claim's.
  const dates = clause.mentions.filter((x) => x.kind === 'date');
  const d =
    dateOf(ctx.kb, text, clause, m, under ? m.end : office.end, text.slice(under ? m.end : office.end, clause.to)) ??
    ((under || title) && dates.length === 1 ? dates[0] : undefined) ??
    // "Beria ran the NKVD at the height of the Terror in 1937": the one date after the body, no clause between.
    (runs &&
    dates.length === 1 &&
    dates[0].start > office.end &&
    RUN_TO_DATE.test(text.slice(office.end, dates[0].start))
      ? dates[0]
      : undefined);
  // No date written: a body that lived a span of its own is dated by it ("the Cheka, headed by Yagoda": the Cheka
  // of 1917–22, whose only head was Dzerzhinsky), when the office outlived it under other names.
  const lived = !d && under && named !== o && named!.end ? datedSpan(named!) : undefined;
  const from = lived ? lived.from : d?.date && !d.date.approximate ? parseIsoDate(d.date.from) : undefined;
  const to = lived ? lived.to : d?.date && !d.date.approximate ? parseIsoDate(d.date.to) : undefined;
  // A title after a verb in the past perfect is held before the clause's date: "Balmashov, who had shot the
  // Interior Minister Dmitry Sipyagin, was hanged in May 1902".
  if (title && /\bhad\s+\p{L}+\s+(?:the\s+)?$/iu.test(text.slice(clause.from, title.start))) return undefined;
  // Every holder known (`holders`), and the person not one of them: wrong at any date, and with none.
  // Never, unless another office the title names lists the person ("Premier", "Chairman of the Council of
  // Ministers": Sovnarkom's chairmen and the Council of Ministers' both).
  // Never held, unless a role of the person's own bears the title as written ("Minister-Chairman … and Minister of
  // the Interior": Lvov's Provisional Government post, not the Empire's).
  const never =
    !known &&
    !!o.holders &&
    // An office gone before the person's time is another state's of the same title: "interior minister" of
    // 1953 is the USSR's, not the Empire's.
    !goneBefore(terms, p, from) &&
    !o.holders.ids.includes(p.id) &&
    !sameTitleHeld(ctx.kb, o, p) &&
    !ownTitle(p, text.slice(office.start, office.end));
  // A title before the name tells who the person was, not what they held at the date of their fate: "NKVD chief
  // Yezhov, who ran the worst of the Terror, was himself shot in 1940".
  const fated = !!title && title.end <= m.start && !!d && FATE.test(text.slice(m.end, d.start));
  if (!from || !to || (lived && never) || fated) return never ? neverHeld(claim, o, o.holders!.source) : undefined;
  const touching = terms.filter((t) => startKey(t.from) <= endKey(to) && startKey(from) <= endKey(t.to));
  const began = terms.filter((t) => startKey(t.from) >= startKey(from) && endKey(t.from) <= endKey(to));
  // Exactly one named holder fits the date; a term the data cannot attribute, or a second one: stay silent.
  const fit =
    said.change === 'start'
      ? began.length === 1 && began[0]
      : touching.length === 1 &&
          endKey(touching[0].to) >= endKey(to) &&
          // The whole date written, or all of it the office existed: its first term ("Dec 1917" for the Cheka,
          // whose first head took over on the 20th).
          (startKey(touching[0].from) <= startKey(from) || touching[0] === terms[0])
        ? touching[0]
        : undefined;
  // A holder named by the title at a date before their first term, when no named holder held it then: "as General
  // Secretary, Stalin …" in 1919 (from 1922).
  const own = terms.filter((t) => t.holder === p);
  // Not the post's first holder in the weeks before it was set up, doing its work under another name: "Defence
  // Minister Noske" in the Spartacist rising of January 1919 (the ministry from February).
  const forerunner = own.length > 0 && own[0] === terms[0] && monthKey(own[0].from) - monthKey(to, true) <= 1;
  if (title && own.length && endKey(to) < startKey(own[0].from) && touching.every((t) => !t.holder) && !forerunner) {
    const written = writtenPhrase(d!).replace(/^in /, '');
    const message = `${p.label} became ${o.label} ${isoPhrase(own[0].fromIso)}, after ${written}.`;
    return [factFinding(at, severities.dates, Code.WrongDate, message, own[0].source)];
  }
  // Held over a span of years of which the person had only the last weeks: "1936–38 the NKVD was run by Beria"
  // (from late November 1938; Yezhov ran it through the rest).
  const mostly = (under || title || runs) && !fit && d ? mostlyAnother(touching, p, from, to) : undefined;
  if (mostly) {
    const { mine, other } = mostly;
    const message =
      `${p.label} held the post of ${o.label} only from ${formatIso(mine.fromIso)}: ` +
      `${writtenPhrase(d!)} it was mostly ${other.holder!.label}.`;
    return [factFinding(at, severities.dates, Code.WrongDate, message, other.source, other.holder!.label)];
  }
  // A holder at another time, said to hold it over a span that named others held from end to end: "in 1937–38,
  // when the NKVD was run by Yagoda" (Yezhov, then Beria).
  const others =
    (under || title || runs) && !fit && d && own.length ? coveredByOthers(touching, p, from, to) : undefined;
  if (others) {
    const names = listPhrase(others.map((t) => t.holder!.label));
    const message =
      `${p.label} did not hold that post then: ${writtenPhrase(d!)} it was ${names} ` +
      `who held the post of ${o.label}.`;
    return [factFinding(at, severities.dates, Code.WrongDate, message, others[0].source)];
  }
  // One never in the office, said to hold it over years another held from the end of the first to the start of the
  // last: "Finance Minister 1892–1903 = Pobedonostsev" (Witte, September 1892 to August 1903).
  const held = fit || (!known && said.change === 'held' && !lived ? innerFit(terms, from, to) : undefined);
  if (!held || !held.holder) return never ? neverHeld(claim, o, o.holders!.source) : [];
  // A known holder whose own terms are not told apart may have held it in a term of no named holder; not when every
  // term at the date is another's ("a Provisional Government formed under Kerensky" in March 1917: Lvov's).
  if (
    touching.some((t) => t.holder === p) ||
    (known && !terms.some((t) => t.holder === p) && touching.some((t) => !t.holder))
  )
    return [];
  const when = d ? writtenPhrase(d) : `while the ${named!.label} existed (${spanWords(from, to)})`;
  // A body that is its own head's post is led, not held: "the German Labour Front under Baldur von Schirach".
  const written = text.slice(office.start, office.end);
  const body = o === named && !POST.test(written) && !HEAD_TITLE.test(written);
  const did =
    said.change === 'start'
      ? `became ${o.label} ${isoPhrase(held.fromIso)}`
      : body
        ? `led the ${o.label}`
        : `held the post of ${o.label}`;
  // A holder at another time ("the Cheka, Dec 1917, headed by Yagoda"): not then, rather than never.
  const then =
    known || terms.some((t) => t.holder === p)
      ? `did not ${body ? 'lead it' : 'hold that post'} then`
      : `never ${body ? 'led it' : 'held that post'}`;
  const message = `${p.label} ${then}: ${when} it was ${held.holder.label} who ${did}.`;
  return [factFinding(at, severities.dates, Code.WrongDate, message, held.source, held.holder.label)];
}

/**
 * The name right after the verb. The verb's words read past a "the" that a body's name may hold itself: "Kerensky
 * headed the Provisional Government" names "the Provisional Government".
 */
function officeAt(text: string, mentions: readonly Mention[], at: number): Mention | undefined {
  return mentions.find((x) =>
    x.start >= at
      ? /^\s*(?:new\s+)?$/i.test(text.slice(at, x.start))
      : x.end > at && /^the\s+$/i.test(text.slice(x.start, at)),
  );
}

/** A verb of a person's fate: their arrest, trial or death. */
const FATE = /\b(?:shot|executed|killed|murdered|hanged|died|arrested|tried|sentenced|purged)\b/i;

/**
 * For a span of whole years, three or more, the one term that covers every year but its first and last: the
 * years it names in full.
 */
function innerFit(terms: Term[], from: PartialDate, to: PartialDate): Term | undefined {
  if (from.month !== undefined || to.month !== undefined || to.year - from.year < 2) return undefined;
  const a = startKey({ year: from.year + 1 }),
    b = endKey({ year: to.year - 1 });
  const touching = terms.filter((t) => startKey(t.from) <= b && a <= endKey(t.to));
  return touching.length === 1 && startKey(touching[0].from) <= a && endKey(touching[0].to) >= b
    ? touching[0]
    : undefined;
}

/**
 * The terms that cover the whole date written, one after another, all named and none the person's: several holders
 * at once, for a person whose own terms lie elsewhere.
 */
function coveredByOthers(touching: Term[], p: Entity, from: PartialDate, to: PartialDate): Term[] | undefined {
  // Each term known to the month at least: a year alone may begin after the date written, within that year.
  if (
    touching.length < 2 ||
    touching.some((t) => !t.holder || t.holder === p || t.from.month === undefined || t.to.month === undefined)
  )
    return undefined;
  const sorted = [...touching].sort((a, b) => startKey(a.from) - startKey(b.from));
  // A gap of days is a handover, at the ends as between terms: Müller resigned on 27 March 1930 and Brüning was
  // appointed on the 30th; Brüning left on 30 May 1932.
  const first = dayNumber(sorted[0].from, false),
    last = dayNumber(sorted[sorted.length - 1].to, true);
  if (first - dayNumber(from, false) > HANDOVER || dayNumber(to, true) - last > HANDOVER) return undefined;
  for (let i = 1; i < sorted.length; i++)
    if (dayNumber(sorted[i].from, false) - dayNumber(sorted[i - 1].to, true) > HANDOVER) return undefined;
  return sorted;
}

/** The most days between one holder's leaving and the next one's coming that are a handover, not a gap. */
const HANDOVER = 7;

/**
 * For a span of a year or more, the person's one term, under a tenth of it, and another named holder's, more than
 * half of it, both recorded to the month or day.
 */
function mostlyAnother(
  touching: Term[],
  p: Entity,
  from: PartialDate,
  to: PartialDate,
): { mine: Term; other: Term } | undefined {
  const a = dayNumber(from, false),
    b = dayNumber(to, true);
  if (b - a < 365) return undefined;
  const share = (t: Term) => (Math.min(b, dayNumber(t.to, true)) - Math.max(a, dayNumber(t.from, false))) / (b - a);
  // The person's own term: named in the office's fact, or begun on the day a role of theirs began.
  const mine = touching.filter(
    (t) => t.holder === p || (!t.holder && (p.roles ?? []).some((r) => r.from === t.fromIso)),
  );
  if (mine.length !== 1 || mine[0].from.month === undefined || share(mine[0]) >= 0.1) return undefined;
  const other = touching.find((t) => t.holder && t.holder !== p && t.from.month !== undefined && share(t) > 0.5);
  return other && { mine: mine[0], other };
}

/**
 * Did the office's known terms all end years before the date written, or before the person was old enough to hold
 * it? A title of that name then was another state's office.
 */
function goneBefore(terms: readonly Term[], p: Entity, from: PartialDate | undefined): boolean {
  if (!terms.length) return false;
  const last = Math.max(...terms.map((t) => t.to.year));
  const born = p.born ? parseIsoDate(p.born.date) : undefined;
  return (!!from && from.year > last + 1) || (!!born && born.year + ADULT_YEARS > last);
}
/** How old one must be, at the least, to hold a post of state. */
const ADULT_YEARS = 20;

/** "Pobedonostsev = Minister of Finance": the person never held the post, and the posts they held. */
function neverHeld(claim: Claim, o: Entity, source: string): Verdict {
  const { entity: p, severities } = claim;
  const posts = (p.roles ?? []).filter((r) => !wordsOf(r.title).some((w) => MEMBERSHIP.has(w))).map((r) => r.title);
  const held = posts.length ? ` (posts held: ${listPhrase(posts.slice(0, 3))})` : '';
  const message = `${p.label} never held the post of ${o.label}${held}.`;
  return [factFinding(claim.at, severities.dates!, Code.WrongDate, message, source)];
}

/** Words that say a head was the first: "at first", "from the start", "right from the outset". */
const FROM_START = String.raw`(?:at\s+first|(?:right\s+)?from\s+the\s+(?:start|outset|beginning|first))`;

/**
 * Between a body (or a policy with an office of its own) and the person who ran it: "the NKVD under Beria", "the
 * Cheka, led by Dzerzhinsky", "Four Year Plan run by Schacht".
 */
const UNDER = new RegExp(
  // Up to three words, and the "in" of a date taken out: "was set up in [December 1917] under Yagoda".
  String.raw`^(?:\s*\([^()]*\))?(?:\s+[\p{L}-]+){0,3}?(?:\s+(?:in|on))?\s*(?:[,–—-]|→|->)?\s*(?:(?:was|were)\s+)?` +
    String.raw`(?:(?:first|1st)\s+)?(?:under|(?:led|headed|run|chaired)(?:\s+${FROM_START})?\s+by|controlled\s+by|` +
    // "put in the hands of Schacht", "entrusted to Schacht".
    String.raw`(?:put|placed)\s+in\s+the\s+hands\s+of|entrusted\s+to|` +
    // "Cheka set up Dec 1917 → head: Yagoda", "NKVD chief at the time = Beria".
    String.raw`(?:head|chief|leader|boss|chairman|plenipotentiary|director)` +
    String.raw`(?:\s+[\p{L}]+){0,8}?\s*(?:\(\s*\)\s*)?[:=])\s*$`,
  'iu',
);

/** The body the person ran, named just before them: "the NKVD under Beria". */
function led(text: string, clause: { mentions: Mention[] }, m: Mention): Mention | undefined {
  // Most names stand after no "by" or "under", nor an equals sign, a colon or "was": the cheap test first.
  if (!/(?:\bby|\bunder|\bwas|\bof|\bto)\s+$|[:=–,]\s*$/i.test(text.slice(Math.max(0, m.start - 10), m.start)))
    return undefined;
  // The body, a bracket, a few words and a date on the way: "Cheka (secret police) set up Dec 1917, headed by".
  const before = clause.mentions.filter((x) => x.end <= m.start && x.kind !== 'date');
  // The body, or the one before it when the title of its head stands between: "NKVD chief at the height of the
  // terror (1936–38) = Beria".
  let body = before.pop();
  if (body && body.kind !== 'organisation' && body.kind !== 'policy') {
    const earlier = before.pop();
    if (earlier?.kind === 'organisation' && /^\s+(?:head|chief|leader|boss|chairman)\b/i.test(text.slice(earlier.end)))
      body = earlier;
  }
  const between = body && withoutDates(text, clause.mentions, body.end, m.start);
  if (!body || (body.kind !== 'organisation' && body.kind !== 'policy')) return undefined;
  // An army's men serve under, and are led by, a field commander who need not head it: "Red Army under
  // Tukhachevsky beaten outside Warsaw", "put down by the Red Army under Tukhachevsky".
  if (MILITARY.test(text.slice(body.start, body.end))) return undefined;
  // "… headed by Kerensky"; "the first head of the Provisional Govt was Kerensky".
  const headOfBefore =
    ((HEAD_OF.test(text.slice(0, body.start)) || HEAD_NAMED.test(text.slice(body.start, body.end))) &&
      /^\s*(?:\([^()]*\)\s*)?(?:was|=|:|–)\s*$/.test(between!)) ||
    // "The Cheka's first chairman was Yagoda".
    HEAD_OWNED.test(between!) ||
    // "the first head of the Provisional Government, Alexander Kerensky": after a comma, only the first head.
    (/^\s*,\s*$/.test(between!) && firstTitled(text, body));
  // A post held "under" someone serves them: "minister of war under Alexander III"; a body that set a thing up
  // "under" someone set it up with them at its head: "Cheka set up by Sovnarkom under Dzerzhinsky".
  // "Under" right after the body only: "the SS intelligence service under Heydrich" is the SD's head.
  if (
    /\bunder\s*$/i.test(between!) &&
    (POST.test(text.slice(body.start, body.end)) ||
      // Only a body that made the thing: "carried out by the NKVD under Yagoda" names the NKVD's head.
      /\b(?:set\s+up|created|founded|formed|established)\s+by\s+(?:the\s+)?$/i.test(text.slice(0, body.start)) ||
      nounBefore(between!.replace(/\bunder\s*$/i, '')))
  )
    return undefined;
  return UNDER.test(between!) || headOfBefore ? body : undefined;
}

/**
 * Words between a body and "under" that name something of its own, not what was done to it: "the SS intelligence
 * service under Heydrich" (the SD), but not "the Cheka, set up Dec 1917 under Yagoda".
 */
function nounBefore(words: string): boolean {
  const rest = words.replace(/^\s*\([^()]*\)/, '');
  return /\p{L}/u.test(rest) && !/\b(?:\p{L}+ed|set\s+up|run|led|formed|founded|begun|built)\b/iu.test(rest);
}

/** The name of an armed force, whose men serve "under" a commander who does not head it. */
const MILITARY = /\b(?:army|armies|wehrmacht|reichswehr|navy|fleet|guards?|freikorps|corps|division|troops)\b/i;

/** The name of a post, not of a body: a minister, a commissar, a secretary. */
const POST =
  /\b(?:minister|commissar|secretary|procurator|chancellor|president|emperor|tsar|premier|plenipotentiary)\b/i;

/** Before a body: the title of its head. */
const HEAD_OF = /\b(?:head|leader|chairman|chief|boss|premier)\s+of\s+(?:the\s+)?$/i;
/** A post named by its body's head: "head of the Provisional Govt". */
const HEAD_NAMED = /^(?:head|leader|chairman|chief|boss|premier)\s+of\b/i;

/** After a body, its head's title: "'s first chairman was". */
const HEAD_OWNED = /^['’]s\s+(?:(?:first|1st)\s+)?(?:head|leader|chairman|chief|boss|premier)\s+(?:was|=|:|–)\s*$/i;

/** Before the head's name: "led at first by", "headed from the start by". */
const FIRST_BY = new RegExp(String.raw`\b(?:led|headed|chaired|run)\s+${FROM_START}\s+by\s+$`, 'i');

/** After the head's name, words that say they were its first: "right from the start", "from its creation". */
const AFTER_FIRST = new RegExp(
  String.raw`^\s+(?:${FROM_START}|from\s+(?:its|the)\s+(?:creation|formation|founding|birth))\b`,
  'i',
);

/** Is the body named as its first head's post: "the first head of the Provisional Government", "1st PG head of"? */
function firstTitled(text: string, body: Mention): boolean {
  const before = text.slice(0, body.start);
  return (
    FIRST_HEAD_OF.test(before) ||
    (/\b(?:first|1st)\s+$/i.test(before) && HEAD_NAMED.test(text.slice(body.start, body.end)))
  );
}
const FIRST_HEAD_OF = /\b(?:first|1st)\s+(?:head|leader|chairman|chief|premier)\s+of\s+(?:the\s+)?$/i;

/** Is it the body's first head that the clause names: "first headed by", "the first head of …"? */
function firstHead(text: string, body: Mention, m: Mention): boolean {
  return (
    /^['’]s\s+(?:first|1st)\s/i.test(text.slice(body.end, m.start)) ||
    // "The first Provisional Government was headed by Kerensky".
    (/\b(?:first|1st)\s+$/i.test(text.slice(0, body.start)) &&
      /^\s+(?:was|were)\s+(?:led|headed|chaired|run)\s+by\s+$/i.test(text.slice(body.end, m.start))) ||
    /\b(?:first|1st)\s+(?:(?:led|headed|chaired|run)\s+by|under)\s+$/i.test(text.slice(body.end, m.start)) ||
    // "led at first by Alexander Kerensky", "headed from the start by Kerensky".
    FIRST_BY.test(text.slice(body.end, m.start)) ||
    // "headed by Kerensky right from the start", "… from its creation".
    AFTER_FIRST.test(text.slice(m.end)) ||
    // "the first head of the Provisional Government …".
    firstTitled(text, body) ||
    // "1st PG leader: Kerensky".
    (/\b(?:first|1st)\s+$/i.test(text.slice(0, body.start)) &&
      /^\s+(?:head|leader|chairman|chief|premier)\s*(?:\([^()]*\)\s*)?(?:[:=–—]|was)\s*$/i.test(
        text.slice(body.end, m.start),
      ))
  );
}

/**
 * Between a title and the name: nothing, or an equals sign, a colon or a dash, after a bracket; or a few words
 * and an equals sign or colon ("NKVD chief at the height of the terror (1936–38) = Beria").
 */
const TITLE_TO_NAME =
  /^\s+$|^\s*(?:\([^()]*\)\s*)?(?:[:=–—]|\s-)\s*$|^(?:\s+\p{L}+){1,8}?\s*(?:\([^()]*\)\s*)?(?:[:=]|\s+was)\s*$/u;

/** Before a title, words that say it was not held then: "ex-Chancellor Brüning", "the future President". */
const NOT_THEN = /\b(?:ex|former|future|later|then|acting|deputy|vice|would-be|sometime)[\s-]*$/i;

/**
 * The office whose title stands right after the name between commas, or in a bracket: "Röhm, leader of the SS,
 * shot" — only an office that lists every holder it had (`holders`).
 */
function apposed(kb: KnowledgeBase, text: string, clause: { mentions: Mention[] }, m: Mention): Mention | undefined {
  const next = clause.mentions.find((x) => x.start >= m.end);
  const o = next && !next.candidates ? kb.get(next.id) : undefined;
  if (!o?.holders || !/^\s*[,(]\s*$/.test(text.slice(m.end, next!.start))) return undefined;
  return /^\s*(?:[,)]|→|->|–|$)/.test(text.slice(next!.end)) ? next : undefined;
}

/** The office whose title stands right before the name: "Chancellor Papen", "Pres. Hindenburg". */
function titled(kb: KnowledgeBase, text: string, clause: { mentions: Mention[] }, m: Mention): Mention | undefined {
  const i = clause.mentions.indexOf(m);
  // A gloss in a bracket is no title: "new Premier (Chairman of Council of Ministers) = Khrushchev".
  const before = clause.mentions.slice(0, Math.max(0, i)).filter((x) => x.kind !== 'date' && !inBracket(text, x.start));
  // An event named in the words between a title and its colon is no title: "NKVD chief at the height of the Great
  // Terror (1936–38): Beria".
  const last = before.pop();
  const t =
    last && last.kind !== 'organisation' && before.length && before[before.length - 1].kind === 'organisation'
      ? before[before.length - 1]
      : last;
  // "Chancellor Papen"; "first Reich President (Feb 1919) = Scheidemann", "finance minister 1892–1903 = Witte",
  // "People's Commissar for Nationalities – Bukharin"; "as General Secretary, Stalin …".
  const between = withoutDates(text, clause.mentions, t?.end ?? 0, m.start).replace(/\([^()]*\)/g, ' ');
  // Not a title held "as" by a name just before it: "Brezhnev as First Secretary, Kosygin as Premier".
  const holder = t && clause.mentions.filter((x) => x.end <= t.start && x.kind === 'person').pop();
  const as =
    !!t &&
    /^\s*,\s*$/.test(between) &&
    /\bas\s+(?:the\s+)?$/i.test(text.slice(0, t.start)) &&
    !(holder && /^\s+as\s+(?:the\s+)?$/i.test(text.slice(holder.end, t.start)));
  // "replaced as First Secretary by Andropov": the one named after "by" took the post.
  const by =
    !!t && /^\s+by\s+$/i.test(between) && /\b(?:replaced|succeeded)\s+as\s+(?:the\s+)?$/i.test(text.slice(0, t.start));
  if (!t || t.kind !== 'organisation' || t.candidates || !(TITLE_TO_NAME.test(between) || as || by)) return undefined;
  // The title of a name before it, in apposition, and a name owning what follows, hold no title between them:
  // "Pobedonostsev, Procurator of the Holy Synod 1880–1905 – Alexander III's old tutor".
  const owner = clause.mentions.filter((x) => x.end <= t.start && x.kind !== 'date').pop();
  if (
    /^['’]s\b/.test(text.slice(m.end)) &&
    owner?.kind === 'person' &&
    /^\s*,\s*(?:the\s+)?$/i.test(text.slice(owner.end, t.start))
  )
    return undefined;
  if (NOT_THEN.test(text.slice(Math.max(0, t.start - 12), t.start))) return undefined;
  // A title is a post's: a party's name before a member's is no title ("the Octobrist Alexander Guchkov").
  const o = kb.get(t.id);
  return o?.holders || (termsOf(kb).has(t.id) && (POST.test(o!.label) || HEAD_TITLE.test(o!.label))) ? t : undefined;
}

/**
 * A title the name itself opens with, one of the person's roles: "Chancellor Brüning" is a name of Brüning's. The
 * office it names, as a mention of its own over the title's words; only one office, and no word before it that
 * says the title was not held then.
 */
function titleInName(kb: KnowledgeBase, p: Entity, text: string, m: Mention): Mention | undefined {
  if (!p.roles?.length || NOT_THEN.test(text.slice(Math.max(0, m.start - 12), m.start))) return undefined;
  // A name repeats through a note: what its words hold is looked up once per knowledge base.
  const written = text.slice(m.start, m.end);
  const key = `${p.id}\u0000${written}`;
  const cache = titlesInNames(kb);
  let found = cache.get(key);
  if (found === undefined) {
    const named = namedRoles(kb, p, tokensOf(written, 0, written.length));
    const offices =
      named && named.end < written.length ? new Set(named.roles.flatMap((r) => officesOf(kb, p, r))) : undefined;
    found = offices?.size === 1 ? { length: named!.end, id: [...offices][0].id } : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(key, found);
  }
  return found
    ? { start: m.start, end: m.start + found.length, kind: 'organisation', id: found.id, misspelling: false }
    : undefined;
}

/** Per knowledge base, a name as written and the title it opens with, if any. */
const titlesInNames = perKnowledgeBase(() => new Map<string, { length: number; id: string } | null>());

/**
 * Between the body a person ran and the date of it ("in", "on", "from"): words of time and place, no clause of
 * their own.
 */
const RUN_TO_DATE = new RegExp(
  String.raw`^(?![^]*(?:[,;:(→]|\b(?:which|who|whom|that|after|before|when|until|since|while|whose|and|but)\b))` +
    String.raw`[^]{0,60}\b(?:in|on|from)\s+$`,
  'i',
);

/** Running a body rather than holding a title: "was in control of", "was in charge of", "ran", "headed". */
const RUNNING =
  /\s+(?:(?:was|were)\s+in\s+(?:sole\s+)?(?:control|charge)\s+of|ran|headed|heads|controlled)\s+(?:the\s+)?/iy;

function running(text: string, m: { end: number }): { change: 'held'; at: number } | undefined {
  RUNNING.lastIndex = m.end;
  const x = RUNNING.exec(text);
  return x ? { change: 'held', at: m.end + x[0].length } : undefined;
}

/** Before the aims named just before "run by": the body with a head, if the aims are all it is joined to. */
function aimedBody(kb: KnowledgeBase, mentions: readonly Mention[], aim: Mention): Entity | undefined {
  const before = mentions.filter((x) => x.end <= aim.start && x.kind !== 'date');
  for (let k = before.length - 1, skipped = 0; k >= 0 && skipped < 3; k--, skipped++) {
    const e = kb.get(before[k].id);
    const head = e && headOf(kb, e);
    if (head) return head;
    if (!e || (e.kind !== 'concept' && e.kind !== 'policy')) return undefined;
  }
  return undefined;
}

/**
 * The office that heads a body: one with holders that lists the body in `related` and has a name that names
 * the body ("head of the Cheka" for the Cheka); undefined when none, or more than one, does.
 */
function headOf(kb: KnowledgeBase, body: Entity): Entity | undefined {
  if (body.kind !== 'organisation' && body.kind !== 'policy') return undefined;
  const bodyNames = [body.label, ...body.aliases].map(wordsOf).filter((n) => n.length);
  const heads = kb.entities.filter(
    (o) =>
      termsOf(kb).has(o.id) &&
      o.related?.some((r) => r.id === body.id) &&
      [o.label, ...o.aliases].some((a) => bodyNames.some((n) => contains(wordsOf(a), n))),
  );
  if (heads.length === 1) return heads[0];
  // Several posts name the body (its foreign minister, its chairman): its head is the one whose title says so.
  const titled = heads.filter((o) => [o.label, ...o.aliases].some((a) => HEAD_TITLE.test(a)));
  return titled.length === 1 ? titled[0] : undefined;
}

/** A body that has holders of its own: a post ("Minister-Chairman of the Provisional Government"). */
function ownHead(kb: KnowledgeBase, body: Entity): Entity | undefined {
  return termsOf(kb).has(body.id) ? body : undefined;
}

/** The words of a head's title. */
const HEAD_TITLE = /\b(?:head|chairman|chairwoman|chair|president|leader|chief|premier|prime\s+minister)\b/i;

/** Does one of the person's roles bear the title written ("Chancellor" in "Chancellor of Austria")? */
function ownTitle(p: Entity, written: string): boolean {
  const ws = wordsOf(written);
  return ws.length > 0 && (p.roles ?? []).some((r) => contains(wordsOf(r.title), ws));
}

/** Does another office that shares a name with this one list the person among its holders? */
function sameTitleHeld(kb: KnowledgeBase, o: Entity, p: Entity): boolean {
  const byName = officesByName(kb);
  return [o.label, ...o.aliases].some((a) =>
    byName.get(a.toLowerCase())?.some((x) => x !== o && x.holders!.ids.includes(p.id)),
  );
}

/** The offices with a list of holders, by each of their names in lower case: built once per knowledge base. */
const officesByName = perKnowledgeBase((kb) => {
  const out = new Map<string, Entity[]>();
  for (const x of kb.entities) {
    if (!x.holders) continue;
    for (const a of new Set([x.label, ...x.aliases].map((y) => y.toLowerCase())))
      out.set(a, [...(out.get(a) ?? []), x]);
  }
  return out;
});
