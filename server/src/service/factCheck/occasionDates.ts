/**
 * Occasion dates: a congress, event or document paired with a date it did not happen at ("The 12th Party
 * Congress in 1924"), or a party conference taken for the congress of the same number (a confusion).
 */
import { dayNumber, endKey, monthKey, parseIsoDate, startKey, type PartialDate } from '../../kb/dates';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import type { Clause } from './clauses';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { foldName } from '../../kb/normalise';
import { Code, factFinding } from '../findings';
import { ordinalSuffix } from '../seriesNames';
import { perKnowledgeBase, tied } from './kbIndex';
import { congressAfter, datedSpan, oldStyleSpan, overlaps, writtenIn } from './pairing';
import { correctedDate, oldStyleNote, spanWords, whenPhrase } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';

/** Before a speech or report: the verb that delivers it ("Khrushchev gave the Secret Speech"). */
const DELIVERED = /\b(?:gave|delivered|made|presented)\s+(?:the\s+|his\s+|her\s+|a\s+)?$/i;
/** Between it and the congress it was delivered at. */
const AT = /^\s*,?\s*(?:at|to|before)\s+(?:the\s+)?$/i;

export const occasionDates: FactRule = {
  /**
   * A speech delivered at a congress that met at another time: "Khrushchev gave the Secret Speech at the 22nd
   * Party Congress" (the 20th, February 1956).
   */
  undated(claim: Claim): Verdict {
    const { ctx, entity: e, text, clause, mention: m, severities } = claim;
    if (severities.dates === undefined) return undefined;
    if (e.kind === 'policy' || !DELIVERED.test(text.slice(Math.max(clause.from, m.start - 30), m.start)))
      return otherCongress(claim);
    if (e.kind !== 'document' && e.kind !== 'event') return undefined;
    const c = congressAfter(ctx, text, clause, m.end, AT);
    const s = datedSpan(e);
    if (!c || !s || overlaps(s.from, s.to, c.span.from, c.span.to)) return undefined;
    const when = spanWords(c.span.from, c.span.to);
    const message = `${e.label}: ${spanWords(s.from, s.to)}, not at the ${c.entity.label} (${when}).`;
    const where = { line: clause.line, start: c.mention.start, end: c.mention.end };
    return [factFinding(where, severities.dates, Code.WrongDate, message, s.citation)];
  },

  dated(claim: DatedClaim): Verdict {
    const { ctx, entity: e, severities } = claim;
    const other = severities.dates !== undefined ? otherCongress(claim) : undefined;
    if (other) return other;
    const occasion = e.kind === 'congress' || e.kind === 'event' || (e.kind === 'document' && madeAtOnce(e));
    if (!occasion || severities.dates === undefined) return undefined;
    // A document put to use is dated by its use, not its making: "Brüning rules by Art. 48 decree", "governs under
    // Article 48".
    if (e.kind === 'document' && usedThen(claim)) return [];
    // A later part of it has a date of its own: "In 1926 Hitler wrote the second volume of Mein Kampf".
    if (
      e.kind === 'document' &&
      LATER_PART.test(claim.text.slice(Math.max(0, claim.mention.start - 30), claim.mention.start))
    )
      return [];
    const s = datedSpan(e);
    if (!s || overlaps(s.from, s.to, claim.from, claim.to)) return [];
    // A campaign a congress of the clause debated at its own date: "[1927-12] 15th Congress: only 'voluntary'
    // collectivisation at this point" (collectivisation ran from 1928).
    if (e.kind === 'event' && e.end && congressThen(claim)) return [];
    // The small hours after its day: "signed in the early hours of 24 Aug 1939, though dated 23 Aug".
    if (smallHoursAfter(claim, s)) return [];
    // The date is that of a thing put at this congress whose own congress met then: "Secret Speech at the 19th Party
    // Congress, 25 Feb 1956" (otherCongress says the number is wrong; the date is right).
    if (ownCongressThen(claim)) return [];
    // A later publication of what was made before: "the speech was only published in the USSR in 1989".
    if (e.kind !== 'event' && startKey(claim.from) > endKey(s.to) && publishedThen(claim)) return [];
    // What a document still did later: "In 1923 the Treaty of Versailles still angered Germans" (not "Stresemann
    // died 3 Oct 1930, still Foreign Minister": a death is no document).
    if (e.kind === 'document' && startKey(claim.from) > endKey(s.to) && STILL.test(claim.text.slice(claim.mention.end)))
      return [];
    // An assembly elected before it met: "the National Assembly, elected Jan 1919" (it met in February).
    if (startKey(claim.to) < startKey(s.from) && electedThen(claim)) return [];
    const os = oldStyleSpan(e);
    if (os && overlaps(os.from, os.to, claim.from, claim.to)) return [];
    // Another date of the clause that fits it makes this one a point of comparison: "Hyperinflation: $1 = 4.2 marks
    // in July 1914, but 4.2 trillion marks by 15 Nov 1923".
    if (e.kind === 'event' && fitsElsewhere(claim, s)) return [];
    // The date leading the line is another clause's, and dates this one only loosely: "3 Apr 1917 – Lenin arrives at
    // the Finland Station; April Theses" (presented the next day).
    if (claim.date === claim.clause.lineDate && claim.date.start < claim.clause.from && near(s, os, claim)) return [];
    // A day after an event known by its first day only, which may have run on: "4 Nov 1918 | Kiel mutiny → first
    // workers' and soldiers' council" (the mutiny began on 3 November).
    if (
      e.kind === 'event' &&
      !e.end &&
      LASTING.test(e.label) &&
      s.from.day !== undefined &&
      claim.from.day !== undefined
    ) {
      const after = dayNumber(claim.from) - dayNumber(s.from);
      if (after >= 0 && after <= RAN_ON_DAYS) return [];
    }
    // A month written for a day at its edge: "May 1932 Papen's cabinet of barons" (appointed 1 June).
    if (claim.from.day === undefined && claim.from.month !== undefined && near(s, os, claim, EDGE_DAYS)) return [];
    // A date the knowledge base gives a step of it within a year of its span: "Oct 1925: Locarno treaties guarantee
    // Germany's western borders" (negotiated and initialled that October, signed in December).
    if (ownStep(e, s, claim)) return [];
    // Its end told by what ended it, a little later: "Mar 1856: Treaty of Paris ends the Crimean War" (fighting
    // ended in February).
    // Or told as over after its name: "ukaz announcing the peace treaty = Crimean war over".
    const ending =
      e.kind === 'event' &&
      (ENDING.test(claim.text.slice(Math.max(0, claim.mention.start - 12), claim.mention.start)) ||
        OVER.test(claim.text.slice(claim.mention.end, claim.mention.end + 16)));
    if (ending && soonAfter(claim, s.to)) return [];
    // Another thing of the same name at that date: Ukraine's own Treaty of Brest-Litovsk of 9 February 1918.
    if (namesakeAt(ctx.kb, e, claim) || longerNameAt(ctx.kb, e, claim)) return [];
    const twin = severities.confusions !== undefined ? twinAt(ctx.kb.entities, e, claim) : undefined;
    if (twin) {
      const written = claim.text.slice(claim.mention.start, claim.mention.end);
      const kw = e.series!.keyword,
        other = twin.entity.series!.keyword;
      const fixed = written.replace(new RegExp(kw, 'i'), (w) =>
        w[0] === w[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other,
      );
      const message =
        `The ${written} met ${whenPhrase(s.from, s.to)}; in ${claim.value.words} it was the ${fixed}` +
        ` (${spanWords(twin.from, twin.to)}).`;
      return [factFinding(claim.at, severities.confusions!, Code.Confusion, message, twin.citation, fixed)];
    }
    const was = spanWords(s.from, s.to) + oldStyleNote(claim.date, os?.from);
    const message = `${e.label}: ${was}, not ${claim.value.words}.`;
    // What ended it is dated by its end: "Mar 1857: Treaty of Paris ends the Crimean War" → February 1856.
    const fix = ending ? correctedDate(claim.date, s.to) : correctedDate(claim.date, s.from, os?.from);
    return [factFinding(claim.dateAt, severities.dates, Code.WrongDate, message, s.citation, fix)];
  },
};

/**
 * Does a dated fact of the entity, in the year before it began, hold the date written: a step on the way to it (a
 * treaty negotiated and initialled before it was signed)?
 */
function ownStep(e: Entity, s: { from: PartialDate; to: PartialDate }, claim: DatedClaim): boolean {
  return (e.facts ?? []).some((f) => {
    const a = f.date ? parseIsoDate(f.date) : undefined;
    const b = f.end ? parseIsoDate(f.end) : a;
    if (!a || !b) return false;
    const before = startKey(a) >= startKey({ year: s.from.year - 1 }) && endKey(b) < startKey(s.from);
    return before && overlaps(a, b, claim.from, claim.to);
  });
}

/** How many days a line's leading date may stand from an occasion it dates in a later clause. */
const LOOSE_DAYS = 7;

/** Events that go on for days, by their labels' words: not a murder or a signing. */
const LASTING = /\b(?:mutiny|revolt|rising|uprising|strikes?|riots?|rebellion|battle|siege|pogrom|protests?|putsch)\b/i;

/** How many days after its recorded first day an event of no recorded end may still be dated. */
const RAN_ON_DAYS = 2;

/** How many days a month written may miss a day at its edge by. */
const EDGE_DAYS = 1;

/** Is the date within a week (or `days`) of the span, in either calendar? */
function near(
  s: { from: PartialDate; to: PartialDate },
  os: { from: PartialDate; to: PartialDate } | undefined,
  claim: DatedClaim,
  days = LOOSE_DAYS,
): boolean {
  const apart = (x: { from: PartialDate; to: PartialDate }) =>
    Math.max(dayNumber(claim.from) - dayNumber(x.to, true), dayNumber(x.from) - dayNumber(claim.to, true));
  return [s, ...(os ? [os] : [])].some((x) => apart(x) <= days);
}

/** Before an event, the verb of ending it ("ends the"): the date is its end's, a little later if a treaty's. */
const ENDING = /\bend(?:s|ed|ing)?\s+(?:the\s+)?$/i;
/** After an event's name: it is over. */
const OVER = /^\s+(?:(?:is|was)\s+)?(?:over|ends|ended|finished)\b/i;

/** Is the date written within two months after the recorded end? */
function soonAfter(claim: DatedClaim, end: PartialDate): boolean {
  return startKey(claim.from) >= startKey(end) && monthKey(claim.from) - monthKey(end, true) <= 2;
}

/** Before a document, a later part of it: "the second volume of", "vol. 2 of". */
const LATER_PART = new RegExp(
  String.raw`\b(?:(?:second|2nd|third|3rd|last|final)\s+(?:volume|vol\.|part|book)|` +
    String.raw`(?:volume|vol\.|part)\s+(?:2|3|two|three|ii|iii))\s+of\s+(?:the\s+)?["“*_]?$`,
  'i',
);

/**
 * Before a document put to use: "under", "using", "invoked", a verb of governing and "with", "by" or "through"
 * ("governs with Art. 48"); "by", "with" or "through" alone when "decree" follows it.
 */
const USING = new RegExp(
  String.raw`\b(?:under|using|used|uses|invoked|invoking|invokes|via|` +
    String.raw`(?:govern(?:s|ed|ing)?|rul(?:e|es|ed|ing))\s+(?:\p{L}+\s+)?(?:with|w\/|by|through))\s+(?:the\s+)?$`,
  'iu',
);
/** A name of a document's use, which its label does not hold: "emergency decree" or "rule by decree" (Article 48). */
const USE_WORDS = /\b(?:decrees?|powers)\b/i;
const BY_DECREE = /\b(?:by|with|through)\s+(?:the\s+|an?\s+)?$/i;

/** Verbs of what was done with a document once made: hiding it, reading it out, debating it, annulling it. */
const HANDLED =
  String.raw`(?:suppress(?:ed|es|ing)?|hid|hidden|hides?|hiding|read|reads|reading|ignor(?:ed|es|e|ing)|` +
  String.raw`discuss(?:ed|es|ing)?|leak(?:ed|s)?|smuggled|debat(?:ed|es|e)|reveal(?:ed|s)?|quot(?:ed|es|e)|` +
  String.raw`banned|burn(?:ed|t)|` +
  // Or ending it: "treaty annulled after German defeat Nov 1918".
  String.raw`annull?(?:ed|s)?|cancel(?:l?ed|s)?|revok(?:ed|es)|repudiat(?:ed|es)|renounc(?:ed|es)|abrogat(?:ed|es)|` +
  String.raw`scrapped|voided|torn\s+up|tore\s+up)`;
/** Before the document: such a verb, its object the document ("suppress Lenin's Testament"). */
const HANDLED_BEFORE = new RegExp(
  String.raw`\b${HANDLED}\s+(?:out\s+|aloud\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?$`,
  'iu',
);
/** After the document: such a verb in the passive, or as a participle ("the Testament, read out to delegates"). */
const HANDLED_AFTER = new RegExp(String.raw`^(?:\s*,)?\s+(?:(?:was|were|is|are|got)\s+)?${HANDLED}\b`, 'iu');

function usedThen(claim: DatedClaim): boolean {
  const { text, clause, mention: m } = claim;
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  // "rules by Art. 48 decree", "governs with Article 48 decrees", "through Article 48 powers".
  if (USING.test(before) || (BY_DECREE.test(before) && /^\s+(?:decrees?|powers)\b/i.test(text.slice(m.end))))
    return true;
  // What was issued under it, named after it, one of several or someone's: "Hindenburg's Art. 48 decree sacks the
  // Prussian govt", "an Article 48 decree", "Art. 48 powers" (not "the Nuremberg Laws decree", the laws themselves).
  const issued = /^\s+(?:emergency\s+)?(decrees?|powers)\b/i.exec(text.slice(m.end));
  if (
    issued &&
    !USE_WORDS.test(claim.entity.label) &&
    (/s$/i.test(issued[1]) ||
      /(?:['’]s|\ban?)\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) ||
      // An article of a constitution issues nothing of its own: "Art. 48 decree sacks the Prussian cabinet".
      !!claim.entity.related?.some((r) => r.relation === 'part of' && claim.ctx.kb.get(r.id)?.kind === 'document'))
  )
    return true;
  // The law it was issued under, in a bracket after another document: "Reichstag Fire Decree (Art. 48)".
  const document = clause.mentions.filter((x) => x.kind === 'document' && x.end <= m.start).pop();
  if (document && /^\s*\($/.test(text.slice(document.end, m.start))) return true;
  // Or after a decree the recogniser did not name: "Decree for the Protection of People + State (Art 48)".
  if (/\bdecrees?\b[^()]{0,60}\(\s*$/i.test(text.slice(clause.from, m.start))) return true;
  // Still in force after it was made: "1937 – the Nuremberg Laws were still in force".
  if (IN_FORCE.test(text.slice(m.end, clause.to))) return true;
  // Or dated by its coming into force, which may follow its making by months: "The first sterilisation law came
  // into force 1 Jan 1934" (passed in July 1933).
  if (INTO_FORCE.test(text.slice(clause.from, clause.to))) return true;
  // Handled after it was made: "Zinoviev and Kamenev helped suppress Lenin's Testament in May 1924", "the
  // Testament, read out to delegates in May 1924".
  if (HANDLED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || HANDLED_AFTER.test(text.slice(m.end)))
    return true;
  // Named by its use: "emergency decree issued by Hindenburg after the fire of 27 Feb 1933" (under Article 48).
  if (USE_WORDS.test(text.slice(m.start, m.end)) && !USE_WORDS.test(claim.entity.label)) return true;
  // Joined to the one who used it: "→ Brüning + Article 48".
  const person = clause.mentions.filter((x) => x.kind === 'person' && x.end <= m.start).pop();
  if (person && /^\s*(?:\+|&|\bwith)\s*$/.test(text.slice(person.end, m.start))) return true;
  const made = claim.entity.start && parseIsoDate(claim.entity.start.date);
  if (!made || startKey(claim.from) <= endKey(made)) return false;
  // Put to use after it was made, told after its name: "In 1925 Art. 48 was used".
  if (USED_AFTER.test(text.slice(m.end))) return true;
  // An article of a law is made with the law, and a later date beside it is its use unless the clause says it was
  // made then: "20 Jul 1932  Prussian coup  Art. 48, Prussian govt sacked" (not "Art. 48 added in 1932").
  return partOfDocument(claim) && !MADE.test(text.slice(clause.from, clause.to));
}

const USED_AFTER = /^\s+(?:(?:was|were|is|are|got|being)\s+)?(?:used|invoked|applied)\b/i;

/** Is the entity a part of a document, such as an article of a constitution? */
function partOfDocument(claim: DatedClaim): boolean {
  const { entity, ctx } = claim;
  return !!entity.related?.some((r) => r.relation === 'part of' && ctx.kb.get(r.id)?.kind === 'document');
}

/** Words of a law or its article being made. */
const MADE = new RegExp(
  String.raw`\b(?:adopt(?:ed|s)?|introduc(?:ed|es|e)|creat(?:ed|es|e)|pass(?:ed|es)?|enact(?:ed|s)?|written|wrote|` +
    String.raw`draft(?:ed|s)?|add(?:ed|s)?|insert(?:ed|s)?|sign(?:ed|s)?|establish(?:ed|es)?|came\s+in|made)\b`,
  'i',
);
/** Does the clause name a congress or a conference held at the date written, besides the claim's own entity? */
function congressThen(claim: DatedClaim): boolean {
  const { ctx, clause, mention: m } = claim;
  return clause.mentions.some((x) => {
    if (x === m || x.kind !== 'congress') return false;
    const c = ctx.kb.get(x.id);
    const span = c && datedSpan(c);
    return !!span && overlaps(span.from, span.to, claim.from, claim.to);
  });
}

/** A document going on after its own time, right after its name: "still", "continued to". */
const STILL = /^\s*(?:(?:was|were|had)\s+)?(?:still|continued\s+to|went\s+on\s+to)\b/i;
/** After a document: words of it being in force. */
const IN_FORCE =
  /^\s+(?:(?:was|were|is|are)\s+)?(?:still\s+(?:in\s+force|valid|applied)|in\s+force|remained|stayed)\b/i;

/** Words of a law's coming into force. */
const INTO_FORCE = new RegExp(
  // Or by its ratification, which follows its signing: "Concordat ratified 10 Sept 1933" (signed 20 July).
  String.raw`\b(?:(?:came|comes|come|coming|went|goes|entered|enters)\s+into\s+(?:force|effect)|` +
    String.raw`ratif(?:ied|ies|y|ication)|` +
    String.raw`took\s+effect|takes\s+effect|in\s+force\s+(?:from|on|in)|effective\s+(?:from|on))\b`,
  'i',
);

/** "Elected" and what may stand between it and its date: "elected Jan 1919", "elected in a landslide in". */
const ELECTED = /\b(?:elected|voted\s+in)\b[^.;:()]*$/i;
/** Words of a later publication between a thing and its date. */
const PUBLISHED = new RegExp(
  String.raw`\b(?:published|printed|reprinted|republished|released|declassified|translated|revealed|leaked|` +
    String.raw`serialised|serialized)\b|\bmade\s+public\b`,
  'i',
);

function publishedThen(claim: DatedClaim): boolean {
  const { text, mention: m, date: d } = claim;
  return PUBLISHED.test(text.slice(Math.min(m.end, d.end), Math.max(m.start, d.start)));
}

/** "Elected" just before the date: the date is the election's. */
function electedThen(claim: DatedClaim): boolean {
  const { text, clause, date: d } = claim;
  return ELECTED.test(text.slice(Math.max(clause.from, d.start - 30), d.start));
}

/** Does another exact date in the clause, after the one written, fall in the span? */
function fitsElsewhere(claim: DatedClaim, s: { from: PartialDate; to: PartialDate }): boolean {
  return claim.clause.mentions.some(
    (x) =>
      x !== claim.date &&
      x.kind === 'date' &&
      !!x.date &&
      !x.date.approximate &&
      x.start >= claim.date.end &&
      writtenIn(s, x),
  );
}

/** Before a day: the hours after midnight, which belong to the day before's night. */
const SMALL_HOURS = /\b(?:(?:early|small|wee)\s+(?:hours|hrs)|after\s+midnight)\s+(?:of|on)\s+(?:the\s+)?$/i;

/** Is the date the day after the span, written as its small hours? */
function smallHoursAfter(claim: DatedClaim, s: { from: PartialDate; to: PartialDate }): boolean {
  if (claim.from.day === undefined || s.to.day === undefined) return false;
  const before = claim.text.slice(Math.max(0, claim.date.start - 30), claim.date.start);
  return SMALL_HOURS.test(before) && dayNumber(claim.from) - dayNumber(s.to) === 1;
}

/** Entities whose label holds a bracket, by the label without it: "Treaty of Brest-Litovsk (Ukraine)". */
const bareLabels = perKnowledgeBase((kb) => {
  const map = new Map<string, Entity[]>();
  for (const x of kb.entities) {
    if (!x.label.includes('(')) continue;
    const key = foldName(x.label.replace(/\s*\([^()]*\)/g, '')).replace(/^the /, '');
    const list = map.get(key);
    if (list) list.push(x);
    else map.set(key, [x]);
  }
  return map;
});

/** Is the name written, at the date written, another entity's: one whose label is that name and a bracket? */
function namesakeAt(kb: KnowledgeBase, e: Entity, claim: DatedClaim): boolean {
  const written = foldName(claim.text.slice(claim.mention.start, claim.mention.end)).replace(/^the /, '');
  return (bareLabels(kb).get(written) ?? []).some((x) => {
    const s = x.id !== e.id ? datedSpan(x) : undefined;
    return !!s && overlaps(s.from, s.to, claim.from, claim.to);
  });
}

/**
 * A series' name written short, that begins another occasion's name of that date: "2nd Congress Oct 1917 set up
 * SNK" is the 2nd Congress of Soviets (25 October Old Style), not the party's of 1903.
 */
function longerNameAt(kb: KnowledgeBase, e: Entity, claim: DatedClaim): boolean {
  if (!e.series) return false;
  const written = foldName(claim.text.slice(claim.mention.start, claim.mention.end)).replace(/^the /, '');
  if ([e.label, ...e.aliases].some((n) => foldName(n) === written)) return false;
  return occasionNames(kb).some(([name, x]) => {
    if (x === e || !name.startsWith(`${written} `)) return false;
    const s = datedSpan(x),
      os = oldStyleSpan(x);
    return (
      (!!s && overlaps(s.from, s.to, claim.from, claim.to)) || (!!os && overlaps(os.from, os.to, claim.from, claim.to))
    );
  });
}

/** Per knowledge base: every folded name of a congress or an event, with its entity. */
const occasionNames = perKnowledgeBase((kb) => {
  const out: [string, Entity][] = [];
  for (const x of kb.entities)
    if (x.kind === 'congress' || x.kind === 'event')
      for (const n of [x.label, ...x.aliases]) out.push([foldName(n), x]);
  return out;
});

/** The other series of the same number (the conference for a congress) that did meet at the date written. */
function twinAt(entities: readonly Entity[], e: Entity, claim: DatedClaim) {
  if (!e.series) return undefined;
  const twin = entities.find(
    (x) => x.series && x.series.number === e.series!.number && x.series.keyword !== e.series!.keyword,
  );
  const ts = twin ? datedSpan(twin) : undefined;
  return twin && ts && overlaps(ts.from, ts.to, claim.from, claim.to) ? { entity: twin, ...ts } : undefined;
}

/**
 * Is the congress written as the occasion of a thing put at another congress of its series (otherCongress), one
 * that met at the date?
 */
function ownCongressThen(claim: DatedClaim): boolean {
  const { ctx, entity: e, text, clause, mention: m } = claim;
  if (e.kind !== 'congress') return false;
  return clause.mentions.some((x) => {
    if (x.start >= m.start || x.candidates) return false;
    const thing = ctx.kb.get(x.id);
    const put = thing && misplaced(ctx, text, clause, x, thing);
    return !!put && put.c.mention === m && overlaps(put.hs.from, put.hs.to, claim.from, claim.to);
  });
}

/** Between a thing and the congress written as its occasion: a comma, or up to four words and "at", "to", "by". */
// A bracket (its date taken out) and a dash may come first: "Secret Speech (Feb 1956) – delivered to the 22nd …".
// Or a session of it, and "of" before a date taken out: "Secret Speech" of 25 February 1956, to a closed session of
// the 22nd …".
const OCCASION = new RegExp(
  String.raw`^["”’]?\s*(?:\([^()]*\)\s*)?(?:of\s*(?=[,–—:]))?` +
    // A date taken out leaves its commas: "Secret Speech, Feb 1956, at the 22nd …".
    String.raw`(?:(?:[,–—:]\s*)+|(?:[,–—:]\s*)*(?:\(?[\p{L}'’]+\s+){0,4}?(?:at|to|by|before|from)\s)\s*(?:the\s+)?` +
    String.raw`(?:(?:an?\s+|the\s+)?(?:closed\s+|secret\s+|private\s+|special\s+)?(?:session|meeting|sitting)\s+of\s+` +
    String.raw`(?:the\s+)?)?$`,
  'iu',
);

/**
 * A policy, document or event put at another congress of the series than the one the knowledge base ties it to:
 * "Secret Speech, 22nd Party Congress" (the 20th), "NEP brought in at the 12th Party Congress" (the 10th). The
 * congress it belongs to is the one tied to it in `related` whose dates hold its start, or else the only one tied
 * to it; a congress written that is tied to it too ("NEP" and the 11th Congress) is never a finding.
 */
/** An intention, before the thing or after it. */
const MEANT_BEFORE = /\b(?:meant|intended|wanted|planned|hoped|wished)\s+(?:for\s+)?(?:the|his|her|a|its)\s+$/i;
const MEANT_AFTER = /^\s*(?:(?:was|were|is)\s+)?(?:meant|intended|planned|due|supposed|designed)\s+(?:to|for)\b/i;

/**
 * The congress written as the occasion of a policy, document or event that the knowledge base ties to another
 * congress of the series, with that other congress ("home") and its dates.
 */
function misplaced(ctx: ServiceContext, text: string, clause: Clause, m: Mention, e: Entity) {
  if (e.kind !== 'policy' && e.kind !== 'document' && e.kind !== 'event') return undefined;
  // What was meant for a congress need not have come to it: "Lenin meant the Testament to be read out at the 12th
  // Party Congress", "the Testament was intended for the 12th Congress".
  if (
    MEANT_BEFORE.test(text.slice(Math.max(clause.from, m.start - 30), m.start)) ||
    MEANT_AFTER.test(text.slice(m.end))
  )
    return undefined;
  // A title in quotes after the name is the thing's own, and whatever it names is no occasion: 'Secret Speech "On
  // the cult of personality" at a closed session of the 19th …'.
  const title = /^\s*["“][^"“”\n]{1,80}["”]/.exec(text.slice(m.end));
  const c = congressAfter(ctx, text, clause, m.end + (title ? title[0].length : 0), OCCASION, true);
  const s = datedSpan(e);
  const kw = c?.entity.series?.keyword;
  if (!c || !s || !kw || tied(c.entity, e)) return undefined;
  const own = ctx.kb.entities.filter((x) => x.series?.keyword === kw && tied(x, e));
  const holding = own.filter((x) => {
    const xs = datedSpan(x);
    return xs && overlaps(xs.from, xs.to, s.from, s.from);
  });
  const home = holding.length === 1 ? holding[0] : own.length === 1 ? own[0] : undefined;
  const hs = home && datedSpan(home);
  if (!home || !hs || home.series!.number === c.entity.series!.number) return undefined;
  return { c, home, hs };
}

function otherCongress(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  const put = misplaced(ctx, text, clause, m, e);
  if (!put) return undefined;
  const { c, home, hs } = put;
  const written = text.slice(c.mention.start, c.mention.end);
  const n = home.series!.number;
  const fixed = written.replace(/\b\d+(?:st|nd|rd|th)\b/i, `${n}${ordinalSuffix(n)}`);
  const message =
    `${e.label} belongs to the ${home.label} (${spanWords(hs.from, hs.to)}), not the ${c.entity.label}` +
    ` (${spanWords(c.span.from, c.span.to)}).`;
  const where = { line: clause.line, start: c.mention.start, end: c.mention.end };
  return [
    factFinding(
      where,
      severities.dates!,
      Code.WrongDate,
      message,
      tieSource(e, home),
      fixed !== written ? fixed : undefined,
    ),
  ];
}

/** The source of a fact of either that names the other; else the congress's dates' source. */
function tieSource(e: Entity, home: Entity): string {
  const n = `${home.series!.number}${ordinalSuffix(home.series!.number)}`;
  const ofE = (e.facts ?? []).find((f) => new RegExp(`\\b${n}\\b`).test(f.text));
  const ofHome = (home.facts ?? []).find((f) => [e.label, ...e.aliases].some((a) => f.text.includes(a)));
  return (ofE ?? ofHome)?.source ?? home.start!.source;
}

/** The most days a document's making may span and still be dated as one occasion. */
const MAKING_DAYS = 62;

/**
 * Was the document made at one time: no end, or an end within two months of its start, the days it was made over
 * ("issued 10 March, dated 14 March"; Lenin's Testament, 23 December – 4 January)? A later end is the time it was in
 * force, and a date inside that is no date of its making.
 */
function madeAtOnce(e: Entity): boolean {
  if (!e.end) return true;
  const a = parseIsoDate(e.start?.date ?? ''),
    b = parseIsoDate(e.end.date);
  return !!a?.day && !!b?.day && dayNumber(b) - dayNumber(a) <= MAKING_DAYS;
}
