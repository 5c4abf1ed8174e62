/**
 * How a person died: "executed" for a suicide ("Tomsky was executed in 1936"), a suicide for an execution, an
 * assassination for a suicide — against the `manner` the knowledge base gives a death, where the source says so
 * plainly; a death in battle for any other; and an execution by other means than the recorded `method` ("Perovskaya
 * was shot": she was hanged).
 *
 * Precision first. Only the person as the subject of the words that say how they died, right after the name
 * ("Tomsky was executed", "Bukharin committed suicide", "Hitler's assassination"), and only the pairs that cannot
 * both be right. "Murdered" for a judicial killing is how many write of the purges: never a finding.
 */
import { monthKey, parseIsoDate } from '../../kb/dates';
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import type { Clause } from './clauses';
import { Code, factFinding } from '../findings';
import { withoutDates } from './clauses';
import { keyPersonLine, plainApposition } from './pairing';
import { isoPhrase } from './phrases';
import type { Claim, DatedClaim, FactRule, Verdict } from './rule';
import { MONTH_THEN_NUMBER } from './words';

type Manner = NonNullable<NonNullable<Entity['died']>['manner']>;
type Method = NonNullable<NonNullable<Entity['died']>['method']>;

/** A pattern from its parts, case-insensitive and sticky: it matches right after the name. */
const sticky = (...parts: string[]) => new RegExp(parts.join('|'), 'iy');
// Or in a relative clause right after the name: "Friedrich Ebert, who was assassinated in 1925".
const PASSIVE = String.raw`(?:\s*,\s*who)?\s+(?:was|were|is|are|had\s+been|got)\s+`;
const SELF = String.raw`(?:him|her)self`;
/** A short place or court after a participle: "tried at Nuremberg", "put on trial before the People's Court". */
const PLACED = String.raw`(?:\s+(?:at|in|before|by)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?`;
/**
 * Notes drop the "was": "Zinoviev executed 1936", "A3 assassinated 1894". Without it, the verb must be followed by
 * nothing it could act on (a date, a bracket, "in", "by", the clause's end): "Hitler executed Röhm" is not his death.
 */
const BARE = (verbs: string) =>
  String.raw`(?:\s*[–—:]|\s+-)?(?:\s+[a-z]+ed${PLACED},?(?:\s+and)?){0,3}\s+(?:${verbs})` +
  String.raw`(?=\s*(?:$|[\d(,;.:!?→+–—-]|(?:in|at|by|after|on|for|following|without|with|along|alongside)\b|w\/|` +
  String.raw`${MONTH_THEN_NUMBER}))`;

/**
 * After a death told as a noun, its own: what ends the clause or places it ("Hitler's suicide in the bunker"), not
 * an object or a noun it qualifies ("Stalin's execution of Bukharin", "Stalin's hanging judge").
 */
const OWN_DEATH = String.raw`(?=\s*(?:$|[\d(),;.:!?→–—-]|(?:in|at|on|by|after|was|came|for|near|during|following)\b))`;

/** Right after the person's name: the words that say how they died. */
const SAID: [Manner, RegExp][] = [
  [
    'executed',
    sticky(
      String.raw`${PASSIVE}(?:executed|hanged|guillotined|beheaded|put\s+to\s+death|` +
        String.raw`shot\s+by\s+(?:a\s+)?firing\s+squad)\b`,
      // "Göring was sentenced at Nuremberg and hanged in October 1946".
      String.raw`${PASSIVE}(?:sentenced|condemned|tried|put\s+on\s+trial)\b[^.;,]{0,40}?` +
        String.raw`\band\s+(?:then\s+)?(?:was\s+)?(?:executed|hanged)\b`,
      BARE(String.raw`executed|hanged|guillotined|beheaded|shot\s+by\s+(?:a\s+)?firing\s+squad`),
      String.raw`['’]s?\s+(?:execution|hanging)\b${OWN_DEATH}`,
    ),
  ],
  [
    'suicide',
    sticky(
      // In the past or in notes' present: "Rennenkampf shoots himself as his army is destroyed".
      String.raw`\s+(?:commit(?:ted|s)\s+suicide|kill(?:ed|s)\s+${SELF}|` +
        String.raw`t(?:ook|akes)\s+(?:his|her)\s+own\s+life)\b`,
      String.raw`\s+(?:shot|shoots|poisoned|poisons|hanged|hangs)\s+${SELF}\b`,
      String.raw`['’]s?\s+suicide\b${OWN_DEATH}`,
    ),
  ],
  [
    'natural',
    sticky(
      // "died quietly of natural causes": an adverb may come first.
      String.raw`\s+died\s+(?:[a-z]+ly\s+)?(?:of\s+(?:a\s+)?(?:natural\s+causes|old\s+age|stroke|` +
        String.raw`heart\s+attack|illness|` +
        String.raw`disease|cancer|pneumonia|kidney\s+disease|tuberculosis|typhus|typhoid|cholera|influenza|flu|` +
        String.raw`heart\s+failure)|` +
        String.raw`naturally|peacefully|` +
        String.raw`in\s+(?:his|her)\s+(?:bed|sleep))\b`,
      String.raw`['’]s?\s+natural\s+death\b${OWN_DEATH}`,
    ),
  ],
  [
    'battle',
    sticky(
      String.raw`${PASSIVE}killed\s+in\s+(?:battle|action|combat)\b`,
      String.raw`\s+(?:killed|died|fell)\s+(?:in\s+(?:battle|action|combat)|fighting)\b`,
    ),
  ],
  [
    'assassinated',
    sticky(
      String.raw`${PASSIVE}(?:assassinated|murdered|blown\s+up)\b`,
      BARE(String.raw`assassinated|murdered|blown\s+up`),
      String.raw`['’]s?\s+(?:assassination|murder)\b${OWN_DEATH}`,
    ),
  ],
];

/**
 * Before the words: a short bracket, a relative clause about the person ("Rommel, who knew of the plotters, was
 * …") or "himself" ("Stresemann himself was assassinated"), then an arrow.
 */
const LEAD = new RegExp(
  String.raw`(?:\s*\([^()]{0,40}\))?(?:,\s+who\s+[^,;.()→]{1,50},|\s+(?:him|her)self(?=\s+(?:was|had)\s))?` +
    // A glossary's colon or dash: "Yezhov: committed suicide in 1940".
    String.raw`(?:\s*(?:→|->|=>|:|[–—])(?=\s))?`,
  'y',
);

/** Right after the name: a trial, then the death it sentenced them to. */
const TRIED = sticky(
  String.raw`(?:${PASSIVE}|\s+)(?:tried|court[\s-]martialled|court[\s-]martialed|sentenced|condemned)\b[^.;,]{0,40}?` +
    String.raw`(?:\band|\s[+&])\s+(?:then\s+)?(?:was\s+|were\s+)?(?:executed|hanged|shot|guillotined)\b`,
);

/** The pairs that cannot both be right: [said, recorded]. */
const CONTRADICTS = new Set([
  'executed:suicide',
  'executed:assassinated',
  'executed:natural',
  'suicide:executed',
  'suicide:assassinated',
  'suicide:natural',
  'assassinated:suicide',
  'assassinated:natural',
  'natural:executed',
  'natural:assassinated',
  'natural:suicide',
  'executed:battle',
  'suicide:battle',
  'assassinated:battle',
  'natural:battle',
  'battle:executed',
  'battle:suicide',
  'battle:assassinated',
  'battle:natural',
  // Killed without a trial: "executed" and "assassinated" are loose words for it, not errors.
  'suicide:murdered',
  'natural:murdered',
  'battle:murdered',
]);

const NOUN: Record<Manner, string> = {
  executed: 'an execution',
  suicide: 'a suicide',
  assassinated: 'an assassination',
  natural: 'a natural death',
  murdered: 'a killing without trial',
  battle: 'a death in battle',
};

/**
 * "Shot" alone may be a wound ("Lenin shot & wounded by Kaplan"): it tells a killing only with a date in the
 * month the person died ("Stresemann shot by nationalists Oct 1929"), and then only against a natural death.
 */
const SHOT = sticky(String.raw`${PASSIVE}shot(?:\s+dead)?\b(?!\s+(?:and|&)\s+wounded)`, BARE('shot(?:\s+dead)?'));

export const deathManner: FactRule = {
  // "Then" and "later" tell the order of a life: "Then Stresemann was assassinated in October 1929".
  tolerates: new Set(['then', 'later']),
  dated: (claim) => check(claim) ?? shot(claim),
  undated: (claim) => check(claim),
};

/** Before a person: words that make them the target of a killing, not its subject. */
const TARGETED = new RegExp(
  String.raw`\b(?:kill|killing|assassinate|assassinating|murder|murdering|shoot|shooting|shot\s+at|attempts?\s+on|` +
    String.raw`plots?\s+(?:against|on)|plotted\s+against)\s+(?:the\s+)?(?:life\s+of\s+)?$`,
  'i',
);

/** After a person, a possessive and someone else: kin, a friend, an aide. */
const OWNED = new RegExp(
  String.raw`^['’]s\s+(?:\p{Ll}+\s+){0,2}(?:wife|husband|widow|son|daughter|child|children|brother|sister|` +
    String.raw`father|mother|uncle|aunt|nephew|niece|cousin|friend|lover|mistress|secretary|bodyguard|aide|deputy|` +
    String.raw`ally|rival)\b`,
  'u',
);

function shot(claim: DatedClaim): Verdict {
  const { entity: p, text, mention: m, severities } = claim;
  const died = p.kind === 'person' && p.died?.manner === 'natural' ? parseIsoDate(p.died.date) : undefined;
  if (!died?.month || severities.confusions === undefined) return undefined;
  const month = monthKey(died);
  if (monthKey(claim.from) !== month || monthKey(claim.to, true) !== month) return undefined;
  SHOT.lastIndex = afterLead(text, claim.clause, m);
  if (!SHOT.test(text)) return undefined;
  const message = `${p.label} was not shot dead: the death was natural (${diedWhen(p)}).`;
  return [factFinding(claim.at, severities.confusions, Code.Confusion, message, p.died!.source)];
}

function check(claim: Claim): Verdict {
  const { entity: p, text, mention: m, severities } = claim;
  const recorded = p.kind === 'person' ? p.died?.manner : undefined;
  if (!recorded || severities.confusions === undefined) return undefined;
  // The target of a plot is not who the line's death is about: "Ulyanov plots to kill Alex III → hanged".
  if (TARGETED.test(text.slice(Math.max(0, m.start - 40), m.start))) return undefined;
  // Nor is one whose kin or man it is: "Stalin's second wife, Nadezhda Alliluyeva, shot herself in 1932".
  if (OWNED.test(text.slice(m.end, m.end + 40))) return undefined;
  const starts = [afterLead(text, claim.clause, m), ...keyParts(claim)];
  // Killed without trial, told as tried and put to death: "Luxemburg and Liebknecht were tried for treason and
  // executed" (murdered by Freikorps officers, 15 January 1919).
  if (recorded === 'murdered')
    for (const from of starts) {
      TRIED.lastIndex = from;
      if (!TRIED.test(text)) continue;
      const message = `${p.label} was never tried: the death was ${NOUN[recorded]} (${diedWhen(p)}).`;
      return [factFinding(claim.at, severities.confusions, Code.Confusion, message, p.died!.source)];
    }
  for (const [said, re] of SAID) {
    let words: string | undefined;
    for (const from of starts) {
      re.lastIndex = from;
      words = re.exec(text)?.[0];
      if (words) break;
    }
    if (!words) continue;
    if (said === 'executed' && recorded === 'executed') return wrongMethod(claim, words);
    if (!CONTRADICTS.has(`${said}:${recorded}`)) return undefined;
    const message = `${p.label}'s death was not ${NOUN[said]} but ${NOUN[recorded]} (${diedWhen(p)}).`;
    return [factFinding(claim.at, severities.confusions, Code.Confusion, message, p.died!.source)];
  }
  return undefined;
}

/** How an execution was carried out, from the words that tell it; none for "executed", "put to death". */
const METHODS: [Method, RegExp][] = [
  ['hanged', /\b(?:hanged|hanging)\b/i],
  ['shot', /\bshot\b/i],
  ['guillotined', /\b(?:guillotined|beheaded)\b/i],
];

/** An execution told by the wrong means: "Perovskaya shot by firing squad" (she was hanged). */
function wrongMethod(claim: Claim, words: string): Verdict {
  const { entity: p, severities } = claim;
  const recorded = p.died!.method;
  const said = METHODS.find(([, re]) => re.test(words))?.[0];
  if (!recorded || !said || said === recorded) return undefined;
  const message = `${p.label} was not ${said} but ${recorded} (${diedWhen(p)}).`;
  return [factFinding(claim.at, severities.confusions!, Code.Confusion, message, p.died!.source)];
}

/**
 * Where the words of the death may begin: past a bracket and an arrow ("Kolchak (Siberia) → killed in battle"), or an
 * apposition in plain words ("Rommel, suspected of involvement in the plot, is executed").
 */
function afterLead(text: string, clause: Clause, m: Mention): number {
  let from = m.end + plainApposition(text, clause, m.end);
  // Others joined to the person share the deed: "Kapp + Lüttwitz executed for high treason".
  for (const x of clause.mentions)
    if (x.start >= from && x.kind === 'person' && /^\s*(?:\+|&|,|and)\s*$/i.test(text.slice(from, x.start)))
      from = x.end;
  LEAD.lastIndex = from;
  return from + (LEAD.exec(text)?.[0].length ?? 0);
}

/** The date of the person's death, in words: "23 May 1945". */
function diedWhen(p: Entity): string {
  return isoPhrase(p.died!.date).replace(/^(?:on|in) /, '');
}

/**
 * On a key-people line (the person opens it, a gloss follows after a dash), or a line the person opens with a dash or
 * an arrow soon after the name, where each later part after a comma, a dash, an arrow or "and" begins: "- Gustav
 * Stresemann – DVP, chancellor 1923, foreign minister 1923–29, assassinated Oct 1929". None once another person is
 * named.
 */
function keyParts(claim: Claim): number[] {
  const { text, clause, mention: m } = claim;
  // The person opens the line, and a dash, a colon or an arrow follows the name, at once or after a date: "Alex III
  // d. 1894 at Livadia – blown up by a bomb", "Gapon → fled abroad, … and died peacefully in London".
  // A date may lead the line: "- Oct 1944 – Rommel, implicated in the plot, tried … and hanged".
  const lead = withoutDates(text, clause.mentions, clause.from, m.start);
  const opens = /^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*)?\s*(?:[–—:]\s*)?$/.test(lead);
  // Or a comma soon after the name: "Himmler was captured by the British, put on trial and hanged"; or a second
  // verb joined by "and", "&" or "+": "Röhm was given a pistol in his cell and shot himself".
  const parted = /^[^,;]{0,40}?(?:\s[–—]\s|→)|^[^;]{0,60}?,|^[^;.]{0,60}?\s(?:and|&|\+)\s/.test(text.slice(m.end));
  if (!keyPersonLine(text, clause, m) && !(opens && parted)) return [];
  const other = clause.mentions.find((x) => x.kind === 'person' && x.start > m.end);
  // A relative clause tells of others: "leader of Operation Reinhard, in which … Jews … were murdered".
  // Not one right after the name, which tells of the person: "Himmler, who had tried to negotiate, was captured …".
  const own = /^\s*,\s*who\b[^,;]*,/i.exec(text.slice(m.end))?.[0].length ?? 0;
  const relative = text
    .slice(m.end + own, other ? other.start : clause.to)
    .search(/,\s*(?:in\s+|of\s+|by\s+)?(?:which|whom|who|where)\b/i);
  const end = relative >= 0 ? m.end + own + relative : other ? other.start : clause.to;
  // A part told in the plural is of others: "…, were murdered".
  // A word of order may open a part: "…, arrested 1939, then shot himself in 1940".
  return [...text.slice(m.end, end).matchAll(/(?:[,;–—]|→|\s(?:and|&|\+)(?=\s))(?:\s+(?:then|later|finally))?/g)]
    .map((x) => m.end + x.index! + x[0].length)
    .filter((at) => !/^\s*were\b/i.test(text.slice(at)));
}
