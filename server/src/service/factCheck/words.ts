/** The words the fact checker reads around a claim: each list one word a line, so that a change shows in a diff. */

/** Words that, right before a date, make it a relation rather than the entity's own date. */
export const RELATING = new Set([
  'after',
  'before',
  'since',
  'until',
  'till',
  'by',
  'following',
  'prior',
  'from',
  'to',
  'between',
  'around',
  'about',
  'approximately',
  'circa',
  'c',
  'ca',
  'early',
  'late',
  'mid',
  'later',
  'earlier',
  'than',
  // A comparison: "the same men as 1917".
  'as',
]);

/** Words of refusal: they deny what follows them, but a name out of its time is out of it all the same. */
export const REFUSALS: readonly string[] = ['refuses', 'refused', 'refusing', 'declines', 'declined'];

export const HEDGES = new Set([
  'not',
  'never',
  'nothing',
  'none',
  "didn't",
  "wasn't",
  'no',
  'perhaps',
  'possibly',
  'probably',
  'maybe',
  'may',
  'might',
  'allegedly',
  'reportedly',
  'supposedly',
  'claimed',
  'claims',
  'disputed',
  'contested',
  'or',
  'then',
  'later',
  'renamed',
  'became',
  'formerly',
  'now',
  'called',
  'known',
  'until',
  'anniversary',
  // A refusal denies what follows: "Hindenburg refuses to make Hitler Chancellor".
  ...REFUSALS,
  'some',
  'say',
  'says',
  'argue',
  'argues',
  'argued',
  'according',
  'believe',
  'believed',
  'think',
  'thought',
  'suggest',
  'suggests',
  'suggested',
  'seems',
  'seemed',
  'likely',
  'unlikely',
  'estimated',
  'estimate',
  'if',
  'whether',
]);

/**
 * Hedges that tell of their own part of a sentence only: words of time, and a refusal ("…, and his brother Michael
 * refused the throne").
 */
export const PART_HEDGES: readonly string[] = ['then', 'later', 'until', ...REFUSALS];

/** Verbs that make a person the actor: acting after one's death is an anachronism. */
export const ACTING = new Set([
  'attended',
  'spoke',
  'speaks',
  'wrote',
  'writes',
  'ordered',
  'orders',
  'appointed',
  'appoints',
  'argued',
  'argues',
  'led',
  'leads',
  'met',
  'meets',
  'signed',
  'signs',
  'gave',
  'gives',
  'visited',
  'visits',
  'said',
  'says',
  'decided',
  'decides',
  'voted',
  'votes',
  'launched',
  'launches',
  'introduced',
  'introduces',
  'announced',
  'announces',
  'demanded',
  'demands',
  'denounced',
  'denounces',
  'expelled',
  'expels',
  'arrested',
  'arrests',
  'organised',
  'organized',
  'organises',
  'organizes',
  'attacked',
  'attacks',
  'advised',
  'advises',
  'welcomed',
  'welcomes',
  'negotiated',
  'negotiates',
  'proposed',
  'proposes',
  'approved',
  'approves',
  'rejected',
  'rejects',
  'supported',
  'supports',
  'backed',
  'backs',
  'opposed',
  'opposes',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
  'warned',
  'warns',
  'accepted',
  'accepts',
  'refused',
  'refuses',
  'promised',
  'promises',
]);

/** Words of dying next to a person and a date: the date is their death's. */
export const DEATH_WORDS = anyWord([
  'die',
  'died',
  'dies',
  'death',
  'killed',
  'murdered',
  'assassinated',
  'executed',
  'shot',
  'dead',
  'blown up',
]);

/** Death words that may also wound: with a date other than the death's, they may tell of an attack survived. */
// prettier-ignore
export const NOT_ALWAYS_FATAL = new Set([
  'shot',
  'shoots',
]);

/** Words of a role's title that make it a seat in a body rather than an office. */
// prettier-ignore
export const MEMBERSHIP = new Set([
  'member',
  'members',
]);

/** Words of birth next to a person and a date: the date is their birth's. */
// prettier-ignore
export const BIRTH_WORDS = anyWord([
  'born',
  'birth',
]);

/** "is debated" hedges; "the congress debated the Georgian affair" only reports. */
export const DEBATED = new RegExp(
  `\\b(?:${['is', 'are', 'was', 'were', 'remain', 'remains', 'much', 'hotly', 'still', 'long'].join(
    '|',
  )})\\s+debated\\b`,
  'i',
);

/**
 * A clause that moves away from the date leading its line: "1933 – the fire. The decree follows the next day",
 * "…; two weeks later he resigned", "…; the Kapp Putsch is still sixteen months away". Such a clause is not dated by
 * the line.
 */
const UNIT = String.raw`(?:day|week|month|year|night|morning|spring|summer|autumn|winter)`;
const COUNT =
  String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|several|few|some|` +
  String.raw`\d+)`;
export const RELATIVE_TIME = new RegExp(
  String.raw`\b(?:the\s+(?:next|following|previous|same)\s+${UNIT}` +
    // "still sixteen months away", "two years on".
    String.raw`|${COUNT}\s+${UNIT}s?\s+(?:later|after|before|earlier|away|on)` +
    String.raw`|later|afterwards|earlier|soon(?:\s+after)?|next\s+${UNIT}|by\s+then|eventually|in\s+time)\b`,
  'i',
);

/** Between names that are a clause's subject together: "Zinoviev and Kamenev", "Zinoviev + Kamenev". */
export const JOINED_NAMES = /^\s*(?:,|and|&|\+)\s*(?:the\s+)?$/;

/** Words a full stop follows without ending the sentence: "Wannsee Conf. (20 Jan 1942)", "Gen. Kornilov". */
// prettier-ignore
export const ABBREVIATIONS = new Set([
  'c', 'ca', 'St', 'Dr', 'Mr', 'Mrs', 'e.g', 'i.e', 'etc', 'vs', 'No', 'approx', 'Conf', 'Gen', 'Govt', 'govt',
  'Pres', 'Dept', 'Col', 'Lt', 'Adm', 'Prof', 'Capt', 'Maj', 'Gov', 'esp', 'incl', 'cf', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Assoc', 'Art', 'Arts', 'Ch', 'Vol', 'pp', 'Sec',
  // "d." and "b.", died and born: "Stresemann d. Oct 1929".
  'd', 'b', 'Min', 'est',
  // Names notes shorten: "called on Bolsh. to …", "Nich. abdicates", "Kh. denounced Stalin".
  'Bolsh', 'Mensh', 'Prov', 'Nich', 'Alex', 'Kh',
]);

/** A pattern that finds any of the words, whole, in any case. */
function anyWord(list: string[]): RegExp {
  return new RegExp(`\\b(${list.join('|')})\\b`, 'i');
}

/** A month's name or its abbreviation, then a digit: a date ("Oct 1929", "Dec. 1934"), capitalised or not. */
export const MONTH_THEN_NUMBER =
  String.raw`(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)` +
  String.raw`[a-z]*\.?\s+\d`;

/** Words that tell of fighting, in a clause that names a battle by its place: the battle is meant. */
export const FIGHTING =
  /\b(?:fleet|navy|destroyed|defeated|defeat|sunk|routed|beaten|crushed|victory|encircled|surrendered|won|lost)\b/i;

/** Nouns of what told of an occasion or came after it, before its name: "announcement of", "news of". */
export const TOLD_OF = new RegExp(
  String.raw`\b(?:announcements?|news|reports?|reaction|reactions|response|coverage|commemorations?|aftermath|` +
    String.raw`funerals?|photos?|photographs?|accounts?|memories|anniversary)\s+(?:of|on|to|about)\s+(?:the\s+)?$`,
  'i',
);

/** Words that give a count as the whole one: "in all", "altogether". */
export const IN_ALL = String.raw`(?:in\s+all|in\s+total|altogether|overall|all\s+told)`;
