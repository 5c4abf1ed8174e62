/**
 * Where an event happened or a document was signed: "Nicholas abdicated at Tsarskoe Selo" (at Pskov), "Treaty of
 * Portsmouth (England)" (Portsmouth, New Hampshire), against every place the knowledge base records (`at`).
 *
 * The event is named ("the Treaty of Brest-Litovsk, signed at …") or told of a person with a verb that one of their
 * events is named by (personEvents.ts: "Nicholas abdicated" is the Abdication of Nicholas II).
 *
 * Precision first. Only a place written right after the event, or after the person and the verb, with "at" or "in"
 * (never "near"), or in a bracket just after the event's name; nothing but a date between; and only where the
 * knowledge base can tell it is none of the places recorded (places.ts).
 */
import type { Entity } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { withoutDates } from './clauses';
import { eventTold, saidWords } from './personEvents';
import { placeFinding } from './places';
import type { Claim, FactRule, Verdict } from './rule';

/** After the event's name (a bracket, a comma, a dash aside): a verb of happening, and "at" or "in". */
const AFTER_EVENT = new RegExp(
  // A noun for the event: "Khodynka Field crush in …".
  String.raw`^\s*(?:(?:crush|stampede|disaster|tragedy|massacre|festivities|blast)\s+)?` +
    // What a law went through, after a dash: "Enabling Act 23 March 1933 – vote held in the Reichstag chamber".
    String.raw`(?:[–—:-]\s*(?:the\s+)?(?:vote|debate|session|sitting)\s+)?` +
    // "of" before a date taken out: "Beer Hall Putsch of [8–9 November 1923] in Nuremberg".
    String.raw`(?:\([^()]*\)\s*)?(?:[,:–—-]\s*)?(?:of\s+)?(?:(?:was|were|is|had\s+been)\s+)?` +
    String.raw`(?:(?:signed|held|fought|issued|agreed|drawn\s+up|announced|took\s+place|happened|met|began|` +
    // A law through its parliament: "the Enabling Act was passed in the Reichstag building".
    String.raw`passed|voted|adopted|approved|` +
    // "Stauffenberg's bomb goes off at the Berghof".
    String.raw`goes\s+off|went\s+off|exploded|explodes|` +
    // An execution told in the passive: "The Romanovs were shot in the cellar of a house in Tobolsk".
    String.raw`(?<=\b(?:was|were)\s+)(?:shot|executed|killed|murdered)|` +
    // "… shot in [July 1918] at Tobolsk", "… shot in a cellar at Tobolsk": a date taken out, a few words.
    // "… shot in the Ipatiev House in Tobolsk": a building of up to four words ("the cellar of a house").
    // The "in" of a date taken out may come first: "shot in [July 1918] in a merchant's house in Tobolsk".
    String.raw`broke\s+out|started)\s+)?` +
    // Who did it, in a word or two: "shot by firing squad at Tobolsk", "signed by Trotsky at Brest".
    String.raw`(?:by\s+(?:a\s+|the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)?(?:(?:in|on|at)\s+){0,2}` +
    String.raw`(?:(?:a|an|the)\s+(?:[\p{L}'’]+\s+){1,4}?)?` +
    // "on the outskirts of St Petersburg", "just outside Moscow": the town it lay by (never "near").
    String.raw`(?:at|in|(?<=\b(?:outskirts|suburbs|edge)\s+)of|outside)\s+(?:the\s+)?` +
    // Or the building first, then its town after a comma: "shot in the cellar of the Ipatiev House, Tobolsk".
    String.raw`(?:(?:[\p{L}'’-]+\s+){1,6}?[\p{L}'’-]+,\s*)?$`,
  'iu',
);
/** After a person's name: their building ("Hitler's headquarters", "Hitler's Berchtesgaden HQ"). */
const OWNER = /^['’]s\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:headquarters|HQ|residence|retreat|bunker|villa|chalet)\b/u;
/** The words of an owner's building before the place: " at Hitler's headquarters at ", " at Hitler's ". */
const OWNED = new RegExp(
  String.raw`\s(?:at|in)\s\p{Lu}[\p{L}-]*['’]s` +
    String.raw`(?:\s(?:headquarters|HQ|residence|retreat|bunker|villa|chalet)\s(?:at|in))?\s$`,
  'u',
);
/** A bracket opening right after the event's name: "Treaty of Portsmouth (England)". */
const BRACKET = /^\s*\(\s*$/;
/** After the person, the verb and what follows it, up to the "at" or "in" before the place. */
const AT = /\s+(?:at|in)\s+(?:the\s+)?$/i;

export const eventPlace: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (severities.confusions === undefined || (e.kind === 'person' ? false : !e.at)) return undefined;
  const i = clause.mentions.indexOf(m);
  // Whom a document was dictated or sent to is no place: "dictated Mein Kampf to Rudolf Hess in Spandau prison".
  const told = (x: Mention) =>
    e.kind === 'document' && x.kind === 'person' && /^\s+to\s+$/i.test(text.slice(m.end, x.start));
  // Whose building it was is no place: "exploded at Hitler's headquarters at Berchtesgaden".
  const owner = (x: Mention) => x.kind === 'person' && OWNER.test(text.slice(x.end, x.end + 40));
  const next = clause.mentions.slice(i + 1).find((x) => x.kind !== 'date' && !told(x) && !owner(x));
  if (!next || next.kind !== 'place' || next.candidates) return undefined;
  // The "in" of a date between is the date's: "At Locarno in 1925 Germany accepted …" names no place of Locarno's.
  const lastDate = clause.mentions.filter((x) => x.kind === 'date' && x.start >= m.end && x.end <= next.start).pop();
  if (lastDate && !/\b(?:at|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,6}?$/iu.test(text.slice(lastDate.end, next.start)))
    return undefined;
  const person = clause.mentions.slice(i + 1).find((x) => told(x) && x.end <= next.start);
  // Each run of spaces read as one: the patterns below look at the words' end, and a long run would be read again
  // from each of its spaces.
  const words = withoutDates(text, clause.mentions, person ? person.end : m.end, next.start)
    .replace(/\s+/g, ' ')
    // The owner's building read as a building: "at Hitler's headquarters at", "at Hitler's [Berchtesgaden] HQ".
    .replace(OWNED, ' at the ');
  let thing: Entity | undefined;
  if (e.kind === 'person') {
    const at = AT.exec(words);
    if (!at || /^['’]/.test(text.slice(m.end)) || m.bareS) return undefined;
    // A day written without its year is no part of the verb: "abdicated on 2 March at Tsarskoye Selo".
    // Nor where the person was: "abdicated aboard the royal train at Mogilev", "in his train at Pskov".
    const said = saidWords(
      words
        .slice(0, at.index)
        .replace(/\s+(?:in|on|aboard)\s+(?:his|her|the|a|an)\s+(?:\p{L}+\s+)?\p{L}+\s*$/u, '')
        .replace(/(?:\s+on)?\s+\d{1,2}\s+\p{L}+\.?\s*$/u, '')
        // The "on" or "in" of a date taken out: "abdicated on [2 March 1917] aboard the imperial train at Mogilev".
        .replace(/\s+(?:on|in)\s*$/u, ''),
    );
    thing = said.length && said.length <= 6 ? eventTold(ctx.kb, e, said) : undefined;
  } else if (AFTER_EVENT.test(words) || (BRACKET.test(words) && /^\s*\)/.test(text.slice(next.end)))) thing = e;
  if (!thing?.at) return undefined;
  return placeFinding(claim, next, thing.at, (where, said) => `${thing!.label}: at ${where}, not ${said}.`);
}
