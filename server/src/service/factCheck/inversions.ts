/**
 * Inversions: a note that says an entity wanted the opposite of what it stood for ("the Left wanted to slow down
 * industrialisation"), against the known inversions the knowledge base records with the right account and its
 * source.
 *
 * Precision first. The entity must be the first thing the clause names (alone or with names joined to it: "Molotov
 * and Kaganovich"), what it is said to want must follow a verb of wanting right after it ("wanted to", "favoured",
 * "called for"), or be a phrase with its own verb right after the names ("rejected the October Manifesto"), and
 * nothing else may be named between them. A participle after the object turns it round ("wanted the Young Plan
 * scrapped"): silent. A negation or a hedge in the clause silences it, as for every rule.
 */
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Diagnostic } from 'vscode-languageserver-types';
import { foldName } from '../../kb/normalise';
import type { Entity, Inversion } from '../../kb/types';
import { Code, factFinding } from '../findings';
import type { Mention } from '../../recogniser/types';
import { blankDates, datedWithin, hedgesIn, inBracket, withoutDates } from './clauses';
import { perKnowledgeBase } from './kbIndex';
import { termsOf } from './officeTerms';
import type { Claim, FactRule, Verdict } from './rule';
import { JOINED_NAMES, REFUSALS } from './words';

/** A verb of wanting, then its object. */
const WANTING = new RegExp(
  String.raw`\b(?:wanted|wanting|wants|favou?red|favou?ring|favou?rs|supported|supporting|supports|backed|backing|` +
    String.raw`backs|calls?\s+for|called\s+for|calling\s+for|argued\s+for|` +
    // "demanded that collectivisation be speeded up".
    String.raw`(?:argued|insisted|believed|demanded|demands|ordered|orders|declared|declares)\s+that|` +
    // An order: "'Dizzy with Success' orders collectivisation to be speeded up".
    String.raw`ordered|orders|` +
    String.raw`pushed\s+for|pressed\s+for|campaigned\s+for|demanded|demanding|demands|wished|aimed|planned|tried|` +
    String.raw`preferred|advocated|advocating|advocates|` +
    String.raw`defended|sought|urged|proposed|championed|promoted|endorsed|welcomed|accepted|agreed|hoped|approved|` +
    String.raw`believed\s+in|(?:an?\s+)?(?:(?:firm|strong|great|keen)\s+)?believer\s+in|insisted\s+on|` +
    String.raw`(?:was|were)\s+(?:all\s+)?for|in\s+favou?r\s+of|` +
    // Praise and confirmation: "praised the T4 killings", "confirmed the Loris-Melikov 'constitution'".
    String.raw`praised|praising|praises|confirmed|confirming|confirms|upheld|upholding|upholds|embraced|` +
    String.raw`embracing|embraces|championing|champions|` +
    // "was a big fan of", and in notes without the verb: "→ strong supporter of".
    String.raw`(?:(?:was|were)\s+)?(?:an?\s+)?(?:(?:big|huge|keen|strong|great|firm|staunch|loyal|passionate|` +
    String.raw`enthusiastic|leading)\s+)?(?:fans?|supporters?|backers?|champions?|advocates?)\s+of)` +
    String.raw`\s+(?:to\s+)?(?:the\s+|a\s+)?$`,
);
/**
 * A verb of urging with the ones urged, then "to": "urged the Bolsheviks to co-operate with the PG" is a stance of
 * the one who urged. The ones urged may be named; their words end at "to".
 */
const URGING = new RegExp(
  String.raw`\b(?:urged|urging|urges|told|tells|ordered|orders|encouraged|encourages|called\s+on|calls\s+on|` +
    // "called for the Bolsheviks to back the Provisional Government".
    String.raw`called\s+for|calls\s+for|` +
    String.raw`pressed|presses|pushed|persuaded|instructed|asked)\s+((?:[\p{L}'’.-]+\s+){1,4}?)to\s+` +
    // "urged Alexander III to accept the Loris-Melikov constitution": a verb of taking it up on the way.
    String.raw`(?:(?:accept|keep|support|back|adopt|approve|continue|introduce|go\s+ahead\s+with)\s+)?` +
    String.raw`(?:the\s+|a\s+)?$`,
  'u',
);
/**
 * What a document tells others to do, after a colon or a dash: "April Theses: Bolsheviks should cooperate with the
 * PG". Those told may be named; their words end at the verb.
 */
const TOLD =
  /(?:[:–—→]|\s-|->)\s+((?:[\p{L}'’.-]+\s+){1,4}?)(?:should|must|ought\s+to|(?:are|were)\s+to|to)\s+(?:the\s+|a\s+)?$/u;
/**
 * Before a phrase that holds its own verb ("rejected the October Manifesto", "voted for the Enabling Act"): only
 * an arrow, a colon or an auxiliary.
 */
const OWN_VERB = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:\*\*)?(?:→|->|=|:|,|–|-)?(?:\*\*)?\s*` +
    // A second verb of the same subject: "the trade unions were dissolved and replaced by …".
    String.raw`(?:and\s+)?` +
    // A description of the thing first: "Land Captains (1889): a liberal measure that weakened the nobility".
    String.raw`(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|which)\s+)?` +
    // An adverb of manner may come first: "Witte deliberately kept foreign capital out".
    String.raw`(?:(?:was|were|had|have|all|both|then|also|afterwards|himself|herself|deliberately|actively|openly|` +
    String.raw`strongly|firmly)\s+)*` +
    // A critic named with an article and a word of degree: "= fiercest critic of NEP", "was the main critic of".
    String.raw`(?:(?:the|a|an)\s+)?(?:(?:fiercest|fierce|main|chief|leading|strongest|strong|biggest|harshest|` +
    String.raw`harsh|bitter|key|outspoken|loudest)\s+)?$`,
  'u',
);
/** A phrase that opens with a verb in the past, or in the present tense of an irregular one. */
const VERB_LED = new RegExp(
  String.raw`^(?:\p{L}+ed|put|threw|stood|fought|took|taken|held|led|sent|won|lost|gave|ran|broke|kept|shot|` +
    // Their present tense, as notes write it: "Brusilov sends troops towards Petrograd".
    String.raw`puts|throws|stands|fights|takes|leads|sends|wins|loses|gives|runs|breaks|keeps|shoots|refuses)\s`,
  'u',
);
/** After the object of a verb of wanting, a participle turns it round: "wanted the Young Plan scrapped". */
const TURNED = /^\s+(?:\p{L}+ed|torn|undone|thrown\s+out|overthrown|done\s+away)\b/u;
/** Between a writer and their work: "Stalin's March 1930 article "Dizzy with Success"". */
const WRITER = new RegExp(
  String.raw`^['’]s?\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:article|speech|essay|pamphlet|book|letter|sermon|report|` +
    String.raw`encyclical|decree|theses)\s*[,:]?\s*["“‘']?$`,
  'iu',
);
/**
 * After a document, its writer as the one who said it, after a bracket, a dash or a colon: ""Dizzy with Success"
 * (Pravda, March 1930) – Stalin urged local officials to …".
 */
const THEN_WRITER = /^["”’']?\s*(?:article|speech|essay|pamphlet|letter)?\s*(?:\([^()]*\)\s*)?(?:[:–—]|\s-|→|->)\s*$/u;
/** A word that opens a clause of its own, with its own subject. */
const SUBORDINATE = /\b(?:when|whenever|while|whereas|because|although|though|if|unless)\s/i;
/** What may be named between the subject and what it is said to want. */
const OTHER_OK = new Set(['date', 'policy', 'concept']);

const NONE: ReadonlySet<string> = new Set();

/** Words of arguing: a hedge ("some argue"), unless it is the stance's own verb (see `ownArgument`). */
const ARGUING = ['argue', 'argues', 'argued'];

export const inversions: FactRule = {
  // A refusal is a stance of its own: "Rathenau refused to sign the Treaty of Rapallo"; "then" and "later" tell
  // the order of things, not a doubt: "Alexander III then approved Loris-Melikov's constitution". "Until", "called"
  // and a verb of arguing are asked about below.
  tolerates: new Set([...REFUSALS, 'then', 'later', 'until', 'called', ...ARGUING]),
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (!e.inversions?.length || severities.confusions === undefined) return undefined;
  // The subject: the first thing named in the clause, or after its last dash or colon before the entity
  // ("the Right: Bukharin, Rykov, Tomsky – Bukharin wanted …").
  const part = Math.max(
    clause.from,
    ...[...text.slice(clause.from, m.start).matchAll(/\s(?:[–—:]|→|->)\s|:\s/g)].map(
      (x) => clause.from + x.index! + x[0].length,
    ),
  );
  // "Until" bounds a stance in time ("backed Stalin until 1928"), except a document's, whose words do not change:
  // "April Theses: cooperate with the Prov Govt until the war was over".
  // Asked only where one of those words stands: hedgesIn is a pass over the clause.
  const hedges = /\b(?:until|called|argue[sd]?)\b/i.test(text.slice(clause.from, clause.to))
    ? hedgesIn(text, clause)
    : NONE;
  if (hedges.has('until') && e.kind !== 'document') return undefined;
  // "Called" names a thing ("the so-called …", "was called"), unless it calls for or on: "called for cooperation".
  if (hedges.has('called') && /\bcalled\b(?!\s+(?:for|on|upon)\b)/i.test(text.slice(clause.from, clause.to)))
    return undefined;
  // A deed that was another's, told in the passive with the person as its agent: "the republic was proclaimed from
  // a balcony of the Reichstag by Friedrich Ebert".
  const passive = passiveDeed(ctx.kb, e, fold(text.slice(clause.from, m.start)));
  if (passive) return [inversionFinding(claim, passive)];
  // The subject may be several names joined: "Molotov, Malenkov and Kaganovich backed …".
  const named = clause.mentions.filter((x) => x.kind !== 'date' && x.start >= part && !inBracket(text, x.start));
  // "Hugenberg's DNVP": what the first name owns is the subject; "DNVP leader Hugenberg", "The Right's leader,
  // Bukharin,": the leader is.
  if (
    named.length > 1 &&
    (/^['’]s?\s+["“‘']?$|^\s+(?:leader|chairman|chief|head|boss)\s+$|^['’]s\s+(?:leader|chief|head)\s*,\s*$/i.test(
      text.slice(named[0].end, named[1].start),
    ) ||
      // An author's work: "Stalin's article 'Dizzy with Success' demanded …", "Lenin's (April) Theses".
      (named[1].kind === 'document' && WRITER.test(text.slice(named[0].end, named[1].start))) ||
      // A title before the name: "commander-in-chief General Brusilov sends troops …".
      (named[1].kind === 'person' &&
        termsOf(ctx.kb).has(named[0].id) &&
        /^\s+$/.test(text.slice(named[0].end, named[1].start))))
  )
    named.shift();
  // A setting before a comma is no subject: "On the Right, Bukharin argued for …". Nor is an event the clause opens
  // with, and it dates what is said: "In the November 1932 election the Nazis gained even more seats".
  let setting: Entity | undefined;
  if (named.length > 1) {
    const before = text.slice(part, named[0].start),
      between = text.slice(named[0].end, named[1].start);
    if (/\b(?:on|in|within|among|for)\s+(?:the\s+)?$/i.test(before) && /^\s*,\s*$/.test(between)) named.shift();
    else if (
      named[0].kind === 'event' &&
      /^\s*(?:[-*+]\s+)?(?:in|at|during)\s+the\s+$/i.test(before) &&
      /^\s*,?\s*$/.test(between) &&
      // Unless the event's own inversions say it: "In the November 1932 election the Nazis gained further ground".
      !anyPhrase(ctx.kb)
        .get(named[0].id)
        ?.test(fold(text.slice(named[0].end, clause.to)))
    )
      setting = ctx.kb.get(named.shift()!.id);
  }
  const subject = [named[0]];
  for (let i = 1; i < named.length && JOINED_NAMES.test(text.slice(named[i - 1].end, named[i].start)); i++)
    subject.push(named[i]);
  if (!subject.includes(m)) return undefined;
  const last = subject[subject.length - 1];
  const rest = fold(text.slice(last.end, clause.to));
  if (ARGUING.some((w) => hedges.has(w)) && !ownArgument(rest)) return undefined;
  // The same with its dates blanked: a date between the name and an arrow is no part of the wording ("Kursk July
  // 1943 → German victory").
  const undated = blankDates(rest, clause.mentions, last.end, clause.to);
  // One pass of all the entity's phrases at once first: most clauses hold none of them.
  const any = anyPhrase(ctx.kb).get(e.id);
  if (!any?.test(rest)) return undefined;
  for (const [phrase, inv, verbLed] of phrasesByEntity(ctx.kb).get(e.id) ?? []) {
    // An outcome of one time is read only in a clause dated then: "Nov 1932: Nazi vote went up again".
    if (inv.date && !datedWithin(clause, inv.date, inv.end ?? inv.date) && !settingWithin(setting, inv)) continue;
    // The one whose deed it was, named beside them, makes it a deed done together: "Ebert + Scheidemann proclaimed
    // the republic" names the man who did.
    if (inv.by && subject.some((x) => x.id === inv.by)) continue;
    for (let hit = findPhrase(rest, phrase, 0); hit; hit = findPhrase(rest, phrase, hit[0] + 1)) {
      const [at, length] = hit;
      const after = rest.charAt(at + length);
      if (/[\p{L}\p{N}]/u.test(after) || (at > 0 && /[\p{L}\p{N}]/u.test(rest.charAt(at - 1)))) continue;
      const before = rest.slice(Math.max(0, at - 40), at);
      // What a document calls for, or how an event came out, after an arrow or a colon in notes' shorthand:
      // "April Theses → support the Provisional Govt", "Kursk July 1943 → German victory".
      // An aside between commas that names no one may stand first: "General Brusilov, the new commander-in-chief,
      // sends troops towards Petrograd".
      const asideIn = /^\s*,[^,]{1,40},/.exec(undated.slice(0, at));
      const namesIn = (n: number) =>
        clause.mentions.some((x) => x.kind === 'person' && x.start > last.end && x.end <= last.end + n);
      const ownVerb =
        (verbLed || !!inv.date || e.kind === 'document' || e.kind === 'event') &&
        (OWN_VERB.test(undated.slice(0, at)) ||
          (!!asideIn && !namesIn(asideIn[0].length) && OWN_VERB.test(undated.slice(asideIn[0].length, at))));
      const urged = ownVerb ? undefined : (URGING.exec(before) ?? (e.kind === 'document' ? TOLD.exec(before) : null));
      if (!ownVerb && ((!WANTING.test(before) && !urged) || TURNED.test(rest.slice(at + length)))) continue;
      // The ones urged are no part of what stands between: "urged the Bolsheviks to …".
      const urgedFrom = urged ? last.end + at - urged[0].length + urged[0].indexOf(urged[1]) : Infinity;
      // Nothing else named between the subject and what it is said to want.
      const from = last.end,
        to = last.end + at;
      // A policy or an idea may be named on the way ("the main critic of NEP, wanted …"); a person or a body not.
      // An aside between commas right after the subject is no part of it ("Lysenko, backed by Stalin, championing
      // …"); nor is the place a person is "of" ("Bishop von Galen of Münster").
      // Or after a dash, naming no one: "Bukharin – on the Left, wanted NEP ended" (not "… – Bukharin was …").
      const dashed = /^\s*(?:,|[–—]|\s-)[^,]{1,40},/.exec(text.slice(from, to));
      const aside =
        dashed &&
        (/^\s*,/.test(dashed[0]) ||
          !clause.mentions.some((x) => x.kind === 'person' && x.start >= from && x.end <= from + dashed[0].length))
          ? dashed
          : null;
      // A clause of its own on the way has its own subject: "words attributed to Seeckt when the government asked the
      // army to put down the Kapp Putsch".
      if (SUBORDINATE.test(text.slice(from, to))) continue;
      // Nor is its leader after "under": "DNVP under Hugenberg supported the Young Plan".
      const under = /^\s+(?:under|led\s+by|headed\s+by)\s+/i.exec(text.slice(from, to));
      const leader = under && clause.mentions.find((x) => x.kind === 'person' && x.start === from + under[0].length);
      const asideEnd = aside ? from + aside[0].length : leader ? leader.end : from;
      // The document's writer, right after it, says what it says: ""Dizzy with Success" (March 1930) – Stalin told …".
      const writer = (x: Mention) =>
        e.kind === 'document' &&
        x.kind === 'person' &&
        !!e.authors?.ids.includes(x.id) &&
        (THEN_WRITER.test(withoutDates(text, clause.mentions, from, x.start)) ||
          // "In his April Theses Lenin told …", "In "Dizzy with Success" Stalin called for …".
          (/\bin\s+(?:(?:his|her)\s+)?["“‘']?$/i.test(text.slice(clause.from, m.start)) &&
            /^["”’']?\s*(?:\([^()]*\)\s*)?$/.test(text.slice(from, x.start)))) &&
        // Where the writer's own inversions find it, theirs is the one finding: "April Theses → Lenin backs …".
        !ownFinding(claim, x);
      if (
        clause.mentions.some(
          (x) =>
            x.start >= asideEnd &&
            !writer(x) &&
            x.end <= to &&
            !OTHER_OK.has(x.kind) &&
            !inBracket(text, x.start) &&
            !(x.start >= urgedFrom && x.kind !== 'date') &&
            !(x.kind === 'place' && /^\s+of\s+$/.test(text.slice(from, x.start))),
        )
      )
        continue;
      return [inversionFinding(claim, inv)];
    }
  }
  return undefined;
}

/**
 * The finding for an inversion the claim's words say, actively or in the passive. A deed that was another's names
 * them, and their name is the fix.
 */
function inversionFinding(claim: Claim, inv: Inversion): Diagnostic {
  const { ctx, entity: e, text, clause, mention: m } = claim;
  const other = inv.by ? ctx.kb.get(inv.by) : undefined;
  const message = other ? `${e.label}: ${inv.text}.` : `${e.label}: ${inv.text}; the note says the opposite.`;
  return factFinding(
    { line: clause.line, start: m.start, end: m.end },
    claim.severities.confusions!,
    Code.Confusion,
    message,
    inv.source,
    other && nameFor(text.slice(m.start, m.end), e, other),
  );
}

/** Does the person's own stance, read as the claim's subject, find the clause wrong? */
function ownFinding(claim: Claim, x: Mention): boolean {
  const person = claim.ctx.kb.get(x.id);
  return !!person?.inversions?.length && !!check({ ...claim, entity: person, mention: x });
}

/** Does the event the clause opens with begin within an inversion's time: "In the November 1932 election …". */
function settingWithin(setting: Entity | undefined, inv: Inversion): boolean {
  const at = setting?.start?.date;
  return (
    !!at &&
    !!inv.date &&
    at.slice(0, inv.date.length) >= inv.date &&
    at.slice(0, inv.date.length) <= (inv.end ?? inv.date)
  );
}

/**
 * The other's name, written as the name it replaces was: a surname for a surname ("Wrangel" → "Yudenich", "General
 * Brusilov" → "General Kornilov"), a full name for a full name ("Vera Figner" → "Vera Zasulich").
 */
function nameFor(written: string, e: Entity, other: Entity): string {
  const words = written.trim().split(/\s+/);
  const surname = other.label.split(/\s+/).pop()!;
  if (words.length === 1) return surname;
  const full = [e.label, ...e.aliases].some((n) => foldName(n) === foldName(written) && /\s/.test(n.trim()));
  return full && !TITLES.test(words[0]) ? other.label : [...words.slice(0, -1), surname].join(' ');
}
/** Titles a surname may follow: "General Brusilov". */
const TITLES = /^(?:General|Admiral|Marshal|Field|Prince|Count|Tsar|Grand|Comrade|President|Chancellor)$/;

/**
 * Is the one verb of arguing in the clause the subject's own, right after it: "Bukharin argued against NEP" (or "that
 * NEP should be scrapped") is a stance; "Bukharin, some argued, wanted …" and "historians argue that …" are not.
 */
function ownArgument(rest: string): boolean {
  return (
    (rest.match(/\bargue[sd]?\b/g) ?? []).length === 1 &&
    /^\s*(?:[=:→,–-]\s*)?(?:(?:was|were|had|also|then|later|\p{L}+ly)\s+)?argue[sd]?\s+(?:for|against|that)\b/u.test(
      rest,
    )
  );
}

/**
 * Lower case with one apostrophe and one hyphen, keeping every character where it was; a double quote is a space
 * (`the T4 "euthanasia" killings` holds "the T4 euthanasia killings" once spaces are read loosely).
 */
function fold(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/["\u201c\u201d]/g, ' ')
      // A highlight's marks are no words: "the Nazi vote ==rose again==".
      .replace(/==/g, '  ')
  );
}

/** Where a phrase occurs in the folded text from `from`, its words apart by any run of spaces: index and length. */
function findPhrase(rest: string, phrase: RegExp, from: number): [number, number] | undefined {
  phrase.lastIndex = from;
  const x = phrase.exec(rest);
  return x ? [x.index, x[0].length] : undefined;
}

/** "Against", or a critic of: how notes say "opposed". */
const CRITIC = String.raw`against|(?:critic|opponent|enemy)s?\s+of`;
/** Support, or support given: "support the PG", "give it full support", "give full support to the PG". */
const GIVEN_SUPPORT =
  String.raw`(?:support|back|(?:give|giving|gave)\s+(?:(?:full|total|critical|conditional|wholehearted|` +
  String.raw`unconditional|some|its|their)\s+)?support\s+to)`;

/** Verbs of ending a thing, whose participle may follow it: "scrap NEP", "NEP scrapped". */
const ENDING = new Set(['scrap', 'end', 'abandon', 'abolish', 'drop', 'dismantle']);
/** Each verb of ending as a gerund: "argued for abandoning NEP". */
const ENDING_GERUND: Record<string, string> = {
  scrap: 'scrapping',
  end: 'ending',
  abandon: 'abandoning',
  abolish: 'abolishing',
  drop: 'dropping',
  dismantle: 'dismantling',
};
/** Any participle of ending, after the object: "wanted NEP wound up quickly". */
const ENDED = String.raw`(?:scrapped|ended|abandoned|abolished|dropped|dismantled|wound\s+up|stopped|halted)`;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The present tense of a verb in the past, every way English may make it: proclaims, opposes, crushes. */
function presentForms(past: string): string[] {
  const stem = past.slice(0, -2);
  return [`${stem}s`, `${stem}es`, `${past.slice(0, -1)}s`];
}

/** Notes shorten "government" and the Provisional Government: "Prov Govt", "PG". */
function short(pattern: string): string {
  return pattern
    .replace(/provisional\\s\+government/g, String.raw`(?:prov(?:isional|\.)?\s+gov(?:ernmen)?'?t\.?|pg)`)
    .replace(/(?<![\p{L}(?:|])government/gu, String.raw`gov(?:ernmen)?'?t\.?`);
}

/** For each entity, its inversions' phrases, folded, as patterns whose words any spaces may part; longest first. */
const phrasesByEntity = perKnowledgeBase((kb) => {
  const out = new Map<string, [RegExp, Inversion, boolean][]>();
  for (const e of kb.entities) {
    if (!e.inversions?.length) continue;
    const list: [string, Inversion][] = [];
    for (const inv of e.inversions) for (const s of inv.says) list.push([fold(s).trim(), inv]);
    list.sort((a, b) => b[0].length - a[0].length);
    out.set(
      e.id,
      list.map(([p, inv]) => {
        // "and" is written "&" or "+" as often: "Russia defeated Britain & France".
        const words = p.split(/\s+/).map((w) => (w === 'and' ? '(?:and|&|\\+)' : escape(w)));
        // One led by a verb of ending is said with its participle after the object too: "wanted NEP scrapped".
        // Or as a gerund: "argued for abandoning NEP".
        const ending = ENDING.has(words[0]) && words.length > 1;
        const ended = ending ? `|${words.slice(1).join('\\s+')}\\s+${ENDED}` : '';
        if (ending) words[0] = `(?:${words[0]}|${ENDING_GERUND[words[0]]})`;
        // A phrase led by a verb in the past is said in notes' present tense too: "Ebert proclaims the republic".
        if (/^\p{L}{3,}ed$/u.test(words[0])) words[0] = `(?:${[words[0], ...presentForms(words[0])].join('|')})`;
        // Opposing is said as being against, or a critic of: "Bukharin = fiercest critic of NEP".
        if (words[0].startsWith('(?:opposed|')) words[0] = `(?:${words[0]}|${CRITIC})`;
        // Support is given: "should give full support to the Provisional Govt".
        if (words[0] === 'support' && words.length > 1) words[0] = GIVEN_SUPPORT;
        const pattern = short(`(?:${words.join('\\s+')}${ended})`);
        return [new RegExp(pattern, 'gu'), inv, VERB_LED.test(p + ' ')];
      }),
    );
  }
  return out;
});

/**
 * For each entity, the deeds its inversions say it did (a phrase led by a verb in the past), said in the passive
 * with the entity as the agent right after "by": "<object> (was) <participle> … by".
 */
const passivesByEntity = perKnowledgeBase((kb) => {
  const out = new Map<string, [RegExp, Inversion][]>();
  for (const e of kb.entities) {
    for (const inv of e.inversions ?? []) {
      for (const s of inv.says) {
        const [verb, ...object] = fold(s).trim().split(/\s+/);
        if (!/^\p{L}{3,}ed$/u.test(verb) || !object.length) continue;
        const thing = object.filter((w, i) => i > 0 || !['the', 'a', 'an'].includes(w)).map(escape);
        if (!thing.length) continue;
        // No other agent on the way: "the republic proclaimed by Scheidemann was defended by Ebert".
        const re = new RegExp(
          String.raw`\b${thing.join('\\s+')}\s+(?:(?:was|were|is|being)\s+)?${escape(verb)}\b` +
            String.raw`(?:(?!\bby\b)[^.;:!?]){0,50}?\sby\s+$`,
          'u',
        );
        const list = out.get(e.id) ?? [];
        list.push([re, inv]);
        out.set(e.id, list);
      }
    }
  }
  return out;
});

/** The deed that was another's, told in the passive in the words before the person's name. */
function passiveDeed(kb: KnowledgeBase, e: Entity, before: string): Inversion | undefined {
  if (!/\sby\s+$/.test(before)) return undefined;
  return passivesByEntity(kb)
    .get(e.id)
    ?.find(([re]) => re.test(before.slice(-120)))?.[1];
}

/** For each entity, one pattern that any of its inversions' phrases matches. */
const anyPhrase = perKnowledgeBase((kb) => {
  const out = new Map<string, RegExp>();
  for (const [id, list] of phrasesByEntity(kb)) out.set(id, new RegExp(list.map(([re]) => re.source).join('|'), 'u'));
  return out;
});
