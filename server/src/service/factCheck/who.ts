/**
 * Who did it: a document said to be signed or written by someone, an event said to be carried out by a country or
 * led by a person, a body said to be founded by someone, that the knowledge base's complete list (`signedBy`,
 * `authors`, `participants`, `ledBy`, `founders`) leaves out ("the Nazi–Soviet Pact, signed by Litvinov and
 * Ribbentrop": Molotov signed it; "France and Britain occupied the Ruhr": France and Belgium did; "the Wannsee
 * Conference, chaired by Eichmann": Heydrich chaired it; "the Gestapo, set up by Himmler": Göring set it up).
 *
 * Precision first. Only "<thing> was signed / written / carried out (…) by <names>", the names right after "by", and
 * "<names> signed / wrote / occupied <thing>", the names right before the verb; only names of the kind the list
 * holds (people for signers and authors); and never a country the knowledge base ties to one on the list or to
 * the event itself ("Russia" for the Russian Empire, a country that joined later).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { foldName } from '../../kb/normalise';
import type { Entity, Who } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase, tied } from './kbIndex';
import { datedSpan, writtenIn } from './pairing';
import { termsOf } from './officeTerms';
import { withoutDates } from './clauses';
import { listPhrase, theName } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';
import type { Clause } from './clauses';
import { isTrial } from './trials';

interface Role {
  key: 'signedBy' | 'authors' | 'participants' | 'ledBy' | 'founders' | 'suppressedBy';
  /** After the thing, up to the first name: "was signed in Moscow by". */
  after: RegExp;
  /** After the last name, up to the thing: "signed the". */
  before: RegExp;
  /** How the finding says it (of signers and authors). */
  did: string;
  /** Only a list of bodies: a body issues what a person drafted ("issued by Nicholas II" is no author's name). */
  bodies?: boolean;
  /** Only a battle's list: its commanders on both sides. */
  battles?: boolean;
  /** The armies and troops on the way to the name are part of the wording: "crushed by the Red Army under". */
  forces?: boolean;
  /** Only the first thing its clause names: "1st Duma 1906: Kadets biggest party, chairman Muromtsev" (the Duma's). */
  opening?: boolean;
}

/** A rank or a title before a name: "Gen.", "Field Marshal", "chief", "the civilian politician". */
const TITLE =
  String.raw`chief|head|leader|boss|commander|Gen\.?|General|Field\s+Marshal|Marshal|Admiral|Adm\.|` +
  String.raw`politician|statesman|diplomat`;
/** A body named in a title before a name: "NKVD chief". */
const TITLE_BODY = new RegExp(String.raw`^\s+(?:${TITLE})\s+$`, 'i');
/** A title named as an office: "SS leader", "NKVD chief". */
const TITLE_END = new RegExp(String.raw`\b(?:${TITLE})$`, 'i');
/** Before the verb: punctuation, a dash or an arrow ("Wannsee Conference 20 Jan 1942 → chaired by"). */
const LEAD = String.raw`^(?:[\s,:;=–—-]|→|->|\*\*|__)*`;
/**
 * "by", then the name; a rank or a title may come between, with the body it heads: "by Gen. Paulus", "by NKVD chief
 * Yagoda" (the body is then no name of the list's: see TITLE_BODY). Not across "and": "set up in 1924 and led by
 * Thälmann" names its leader, not its founder.
 */
const BY =
  String.raw`\s+(?:(?:(?!\band\s)[^,;.]){0,40}?\s)?by\s+` +
  // A bracket may open the name, as a link's: "by [Gustav Stresemann]", "by [[Gustav Stresemann]]".
  String.raw`(?:the\s+)?(?:(?:[A-Za-z.]+\s+){0,2}?(?:${TITLE})\s+)?\[{0,2}$`;
const ROLES: Role[] = [
  {
    key: 'signedBy',
    // The kind of thing may be said again: "Brest-Litovsk (3 Mar 1918) → treaty signed … by".
    after: new RegExp(
      LEAD + String.raw`(?:(?:the\s+)?(?:treaty|pact|agreement|peace|armistice)\s+)?(?:(?:was|were)\s+)?signed` + BY,
      'i',
    ),
    before: /^\s+(?:signed|signs|sign)\s+(?:the\s+)?$/i,
    did: 'was signed by',
  },
  {
    key: 'authors',
    after: new RegExp(
      LEAD + String.raw`(?:(?:was|were)\s+)?(?:written|drafted|drawn\s+up|authored|composed|penned|framed)` + BY,
      'i',
    ),
    before: /^\s+(?:wrote|writes|drafted|drafts|drew\s+up|authored|composed|penned|framed)\s+(?:the\s+)?$/i,
    did: 'was written by',
  },
  {
    key: 'authors',
    after: new RegExp(
      LEAD +
        String.raw`(?:(?:(?:was|were)\s+)?(?:issued|published|promulgated)` +
        BY +
        // "order no 1 came from the provisional government", "= decree of the Provisional Government".
        String.raw`|(?:came|coming)\s+from\s+(?:the\s+)?$|` +
        String.raw`(?:(?:an?|the)\s+)?(?:decree|order|proclamation)\s+(?:of|from)\s+(?:the\s+)?$)`,
      'i',
    ),
    before: /^\s+(?:(?:has|have|had)\s+)?(?:issued|issues|published|promulgated)\s+(?:the\s+)?$/i,
    did: 'was issued by',
    bodies: true,
  },
  {
    key: 'ledBy',
    after: new RegExp(
      LEAD +
        String.raw`(?:(?:was|were)\s+)?(?:led|chaired|headed|presided\s+over|organi[sz]ed|masterminded|planned|` +
        String.raw`introduced|brought\s+in|run|directed|commanded|convened)` +
        BY.replace('{0,40}', '{0,20}'),
      'i',
    ),
    // Or an apposition: "Alfred Hugenberg, leader of the DVP and owner of a newspaper empire", "Stresemann = leader
    // of the DNVP".
    before: new RegExp(
      String.raw`^\s+(?:led|chaired|headed|presided\s+over|organi[sz]ed|masterminded|introduced|commanded|convened|` +
        // "took charge of the Four-Year Plan", "was in charge of", "was put in charge of".
        String.raw`took\s+charge\s+of|(?:was|were)\s+(?:(?:put|placed)\s+)?in\s+charge\s+of)\s+` +
        String.raw`(?:the\s+)?$|^\s*(?:[,=:–—]|(?<=\s)-)\s*(?:the\s+)?(?:leader|head|chairman)\s+of\s+(?:the\s+)?` +
        // A word for the party's politics may come before its name: "leader of the nationalist DNVP".
        String.raw`(?:(?:nationalist|conservative|liberal|socialist|communist|catholic|right-wing|left-wing)\s+)?$|` +
        // "Robert Ley was the leader of the Hitler Youth".
        String.raw`^\s+(?:was|were|is)\s+(?:the\s+)?(?:leader|head|chairman)\s+of\s+(?:the\s+)?$`,
      'i',
    ),
    did: 'was led by',
  },
  {
    // A chair named after what else is said of the meeting, after a comma or a dash: "Wannsee Conference 20 Jan 1942
    // Berlin villa, ~90 min, 15 officials, chaired by Himmler", "opened in the Tauride Palace, chairman Martov".
    key: 'ledBy',
    after: new RegExp(
      String.raw`^[^.;!?→()]{0,90}?(?:,|\s[–—-])\s*(?:(?:(?:was|were)\s+)?(?:chaired|presided\s+over)\s+by\s+|` +
        String.raw`chair(?:man|woman|person)?(?:\s+elected)?\s*(?:=|:)?\s*)(?:(?:${TITLE})\s+)?\[{0,2}$`,
      'i',
    ),
    before: /(?!)/,
    did: 'was chaired by',
    opening: true,
  },
  {
    key: 'founders',
    after: new RegExp(
      LEAD +
        String.raw`(?:(?:was|were)\s+)?(?:first\s+)?(?:founded|set\s+up|created|established|formed|` +
        String.raw`built(?:\s+up)?(?:\s+from\s+scratch)?)` +
        BY,
      'i',
    ),
    before: new RegExp(
      String.raw`^\s+(?:founded|founds|set\s+up|sets\s+up|created|creates|established|establishes|formed|forms|` +
        String.raw`built|builds)\s+(?:the\s+)?$`,
      'i',
    ),
    did: 'was founded by',
  },
  {
    // A battle's armies "under" their commanders: "Tannenberg → Second Army under Rennenkampf encircled". Only a
    // battle, whose list names both sides' commanders; never across a verb of putting down ("crushed by troops
    // under Frunze" is about the other side).
    key: 'ledBy',
    after: new RegExp(
      String.raw`^\s*(?:[,:;–—-]|→|->)?\s*(?:(?!.*\b(?:crush|suppress|put\s+down|defeat|attack|storm))` +
        String.raw`[^,;.→]{0,30}?\s)?(?:under|commanded\s+by)\s+(?:the\s+command\s+of\s+)?(?:(?:${TITLE})\s+)?$`,
      'i',
    ),
    before: /(?!)/,
    did: 'was led by',
    battles: true,
  },
  {
    // A rising put down: "crushed across the ice by the Red Army under Budyonny", "Red Army troops under Budyonny storm
    // Kronstadt".
    key: 'suppressedBy',
    after: new RegExp(
      LEAD +
        String.raw`(?:(?:was|were)\s+)?(?:crushed|suppressed|put\s+down|quelled|smashed|stormed)` +
        String.raw`(?:(?:(?!\band\s)[^,;.]){0,60}?\s)?(?:by|under)\s+(?:the\s+)?(?:command\s+of\s+)?` +
        String.raw`(?:(?:${TITLE})\s+)?\[{0,2}$`,
      'i',
    ),
    before: new RegExp(
      String.raw`^\s+(?:crushed|crushes|crush|suppressed|suppresses|put\s+down|puts\s+down|quelled|quells|smashed|` +
        String.raw`stormed|storms|storm)\s+(?:the\s+)?$`,
      'i',
    ),
    did: 'was put down under',
    forces: true,
  },
  {
    key: 'participants',
    after: new RegExp(
      String.raw`^[\s,]*(?:(?:(?:was|were)\s+)?(?:carried\s+out|launched|fought|undertaken|staged|attended)` +
        BY +
        String.raw`|\s+by\s+(?:the\s+)?$)`,
      'i',
    ),
    before: new RegExp(
      String.raw`^\s+(?:occupied|occupy|occupies|invaded|invade|invades|annexed|annex|took\s+part\s+in|` +
        String.raw`fought\s+(?:in\s+|at\s+)?|attended|launched|carried\s+out)\s*(?:the\s+)?$`,
      'i',
    ),
    did: 'took part',
  },
];
/** What a document said, between commas after it and before its verb: ", telling soldiers to …, was issued". */
const SAID_BETWEEN = new RegExp(
  String.raw`^\s*,\s*(?:telling|ordering|calling|giving|allowing|promising|granting|demanding|which|that)\b` +
    String.raw`[^,]{0,90},(?=\s*(?:was|were)\s)`,
  'i',
);

/** Before an office held as a title: "as War Commissar". */
const AS_TITLE = /\bas\s+(?:the\s+)?$/i;

/** An office held "as" a title: "Trotsky as War Commissar". */
function heldAs(offices: ReadonlyMap<string, unknown>, text: string, x: Mention): boolean {
  return x.kind === 'organisation' && offices.has(x.id) && AS_TITLE.test(text.slice(Math.max(0, x.start - 8), x.start));
}

/** The words between two names, a title held "as" left out: "Trotsky as War Commissar built the Red Army". */
function wordsBetween(text: string, held: readonly Mention[], from: number, to: number): string {
  const title = held.find((x) => x.start >= from && x.end <= to);
  return title
    ? text.slice(from, to).replace(text.slice(from, title.end), ' ').replace(/^\s+/, ' ')
    : text.slice(from, to);
}
/** Between names: "and", "&", "+", a comma. */
const JOINED = /^\s*(?:,|and|&|\+|,\s*and)\s*$/i;
/** What a verb of taking part makes of a place: "occupied the Ruhr" names the Occupation of the Ruhr. */
const ACT: [RegExp, string][] = [
  [/\boccup/i, 'occupation'],
  [/\binvad/i, 'invasion'],
  [/\bannex/i, 'annexation'],
];

export const who: FactRule = {
  // Who did a thing is not changed by when: "who headed the SD and later chaired the Wannsee Conference",
  // "Stresemann, leader of the DNVP, stayed on as Foreign Minister until 1929".
  tolerates: new Set(['later', 'then', 'until', 'became']),
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (severities.confusions === undefined) return undefined;
  // The offices the clause names as titles held "as": no names of anyone.
  const offices = termsOf(ctx.kb);
  const held = clause.mentions.filter((x) => heldAs(offices, text, x));
  if (held.includes(m)) return undefined;
  // A body in a title before a name is no name of its own ("run by NKVD chief Yagoda"), nor is a title
  // ("chaired by SS leader Himmler"). An office is a title too: "by War Commissar Zinoviev", "Trotsky as War
  // Commissar built …".
  const after = clause.mentions.filter((x, i, all) => {
    if (x.start < m.end || x.kind === 'date' || held.includes(x)) return false;
    const next = all[i + 1];
    if (x.kind !== 'organisation' || next?.kind !== 'person') return true;
    const between = text.slice(x.end, next.start);
    return (
      !TITLE_BODY.test(between) &&
      !(/^\s+$/.test(between) && (TITLE_END.test(text.slice(x.start, x.end)) || offices.has(x.id)))
    );
  });
  // The thing as a gloss in a bracket stands for what the bracket glosses: "purges (Great Terror) run by".
  const gloss = text[m.start - 1] === '(' && text[m.end] === ')' ? 1 : 0;
  // After "of", the words that follow may be the head noun's: "the programme of the Labour Front, directed by Speer".
  // So may they after a thing named as the second of a pair or the end of a span: "held between the July Days and
  // the October Revolution, led by Stalin and Sverdlov".
  // Or a thing something was formed from: "formed from the Duma committee, led first by Prince Lvov".
  const ofThing = /\b(?:of|and|between|to|until|from)\s+(?:the\s+)?$/i.test(text.slice(clause.from, m.start));
  for (const role of ofThing ? [] : ROLES) {
    // A town named for the treaty signed there or the rising put down there: "Brest-Litovsk (3 Mar 1918) → signed for
    // the Bolsheviks by Trotsky".
    const thing = (e.kind === 'place' && doneAt(ctx.kb, e, clause, role.key)) || e;
    const list = listOf(ctx.kb, thing, role);
    if (role.opening && clause.mentions.some((x) => x.end <= m.start && !['date', 'place', 'person'].includes(x.kind)))
      continue;
    // A rising is judged only at its own time: "the Kronstadt mutiny of 1906" is another.
    if (list && (!role.forces || inTime(thing, clause))) {
      // "<thing> … by A and B": a date on the way is no part of the wording; nor a place before a dash ("Armistice
      // … at Compiègne – signed by Stresemann").
      // The side it was signed for is no name of the list's: "signed for the Bolsheviks by Trotsky".
      const forSide = (x: Mention) =>
        role.key === 'signedBy' && /\bfor\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 9), x.start));
      // Armies on the way are part of the wording too: "crushed by the Red Army under Budyonny".
      const onWay = (y: Mention) => y.kind === 'place' || forSide(y) || (!!role.forces && y.kind === 'organisation');
      const first = after.find((x, i) => {
        if (role.forces && x.kind !== 'person') return false;
        // A bracket is no wording either: "Wannsee Conference (20 Jan 1942) chaired by", "Order No. 1 (1 Mar), issued
        // by".
        // Nor is the date it was made "of": "the Nazi–Soviet Pact of 23 August 1939, signed in Moscow by".
        const wording = withoutDates(text, clause.mentions, m.end + gloss, x.start)
          .replace(/^\s*\([^()]{0,40}\)/, '')
          .replace(/^\s+(?:of|on|in)\s+(?=,)/i, ' ')
          // Nor the "in" of a date before the verb: "The Wannsee Conference in January 1942 was chaired by".
          // A date in square brackets leaves them behind: "The armistice of [11 November 1918] was signed by".
          .replace(/\[\s*\]/g, '')
          .replace(/^\s+(?:on|in|of)\s+(?=(?:was|were)\s)/i, ' ')
          // Nor what the thing said, between commas: "Order No. 1, telling soldiers to …, was issued by".
          .replace(SAID_BETWEEN, ' ');
        // After a dash, what the thing was: "'Dizzy with Success' article March 1930 – written by Molotov"; a spaced
        // hyphen is a dash: "Wannsee Conference in a villa - chaired by Himmler".
        const tail = (/(?:[–—:]|\s-(?=\s))\s*(?:(?!\s-\s)[^–—:])*$/.exec(wording)?.[0] ?? '').replace(/^\s?./, '');
        // Places on the way are part of the wording: "Gestapo set up in Prussia by Himmler".
        const placesBefore = after.slice(0, i).every(onWay);
        return placesBefore ? role.after.test(wording) || (!!tail && role.after.test(tail)) : role.after.test(tail);
      });
      if (!first || !after.slice(0, after.indexOf(first)).every(onWay)) continue;
      return wrong(claim, thing, role, list, forward(text, after.slice(after.indexOf(first))));
    }
  }
  // "<A and B> signed the <thing>": the claim is the last name before the verb; "… headed the SD and later
  // chaired the Wannsee Conference": each thing done in turn, joined by "and".
  const upTo = clause.mentions.filter((x) => x.end <= m.end && x.kind !== 'date' && !held.includes(x));
  // A question asks, it does not tell: "Why did Stalin sign the Nazi-Soviet Pact?".
  if (upTo.length && /\b(?:did|does|do)\s+$/i.test(text.slice(Math.max(clause.from, upTo[0].start - 8), upTo[0].start)))
    return undefined;
  // Each thing done in turn is judged: "headed the Gestapo and later chaired the Wannsee Conference".
  const found: Diagnostic[] = [];
  const done = () => (found.length ? found : undefined);
  for (let k = 0, from = m.end; k < after.length && k < 3; from = after[k].end, k++) {
    const next = after[k];
    if (next.candidates) return done();
    let between = wordsBetween(text, held, from, next.start);
    if (k > 0) {
      const and = /^\s*(?:,\s*)?(?<=\s)and\s+(?:(?:later|then|also)\s+)?/i.exec(between);
      if (!and) return done();
      between = ' ' + between.slice(and[0].length);
    }
    // A document a body is said to own is one it issued: "the Provisional Government's Order No. 1".
    if (k === 0 && next.kind === 'document' && /^['’]s\s+(?:own\s+)?$/.test(between)) {
      const issued = ROLES.find((r) => r.bodies)!;
      const doc = ctx.kb.get(next.id);
      const list = doc && listOf(ctx.kb, doc, issued);
      if (list && e.kind === 'organisation') found.push(...(wrong(claim, doc, issued, list, [m]) ?? []));
      return done();
    }
    // A party the person is said to own is one they led: "Hitler joined Hugenberg's Centre Party" (the DNVP).
    if (k === 0 && next.kind === 'organisation' && /^['’]s\s+$/.test(between)) {
      const party = ctx.kb.get(next.id);
      if (party) found.push(...(ledOther(claim, party, next) ?? []));
      return done();
    }
    // The verb may be the event's name itself: "occupied the Ruhr" names the Occupation of the Ruhr.
    const named = k === 0 && /^\s+$/.test(between) ? /^\S+/.exec(text.slice(next.start, next.end)) : null;
    for (const role of ROLES) {
      const wording = named ? ` ${named[0]} ` : between;
      if (!role.before.test(wording)) continue;
      const acted = role.key === 'participants' ? actedOn(ctx.kb, between, next) : ctx.kb.get(next.id);
      const thing = (acted?.kind === 'place' && doneAt(ctx.kb, acted, clause, role.key)) || acted;
      const list = thing && (!role.forces || inTime(thing, clause)) && listOf(ctx.kb, thing, role);
      // A party with no list of its leaders: a leader of another party is no leader of it ("Stresemann, leader of the
      // Centre Party", "Stresemann led the Centre Party").
      if (thing && !list && role.key === 'ledBy') found.push(...(ledOther(claim, thing, next) ?? []));
      if (!thing || !list) break;
      // An apposition tells of the person, whose name the rest of the line goes on with: no name to put instead.
      const apposed = /^\s*(?:[,=:–—]|(?<=\s)-)/.test(wording);
      found.push(...(wrong(claim, thing, role, list, backward(text, upTo), !apposed) ?? []));
      break;
    }
  }
  return done();
}

/**
 * The one document signed, or rising put down, at the place with a list for the role, at the clause's date if it
 * writes one: "Brest-Litovsk (3 Mar 1918)" is the treaty (the Ukrainian treaty signed there in February is
 * another); "storm Kronstadt" is the rising of 1921.
 */
function doneAt(kb: KnowledgeBase, place: Entity, clause: Clause, key: Role['key']): Entity | undefined {
  const found = listsAt(kb)
    .get(key)
    ?.get(place.id)
    ?.filter((d) => inTime(d, clause));
  return found?.length === 1 ? found[0] : undefined;
}
/** Every exact date the clause writes falls in the entity's time. */
function inTime(e: Entity, clause: Clause): boolean {
  const span = datedSpan(e);
  return clause.mentions.every(
    (x) => x.kind !== 'date' || !x.date || x.date.approximate || (!!span && writtenIn(span, x)),
  );
}
/** For each role a place may stand for, and each place, what was signed or put down there with that role's list. */
const listsAt = perKnowledgeBase((kb) => {
  const map = new Map<Role['key'], Map<string, Entity[]>>();
  for (const d of kb.entities)
    for (const key of ['signedBy', 'suppressedBy'] as const)
      if (d[key] && d.at && (key !== 'signedBy' || d.kind === 'document')) {
        const at = map.get(key) ?? new Map<string, Entity[]>();
        map.set(key, at);
        for (const id of d.at.ids) at.set(id, [...(at.get(id) ?? []), d]);
      }
  return map;
});

/** The entity's list for the role; a trial's participants are its defendants, whom nobody "carried out". */
function listOf(kb: KnowledgeBase, e: Entity, role: Role): Who | undefined {
  if (role.battles && !/^(?:(?:First|Second|Third)\s+)?Battle\b/.test(e.label)) return undefined;
  const list = role.key === 'participants' && isTrial(e) ? undefined : e[role.key];
  return role.bodies && list?.ids.some((id) => kb.get(id)?.kind === 'person') ? undefined : list;
}

/** The first name and those joined to it: "A, B and C". */
function forward(text: string, names: Mention[]): Mention[] {
  const out = names.slice(0, 1);
  for (let j = 1; j < names.length && JOINED.test(text.slice(names[j - 1].end, names[j].start)); j++) {
    // A name after a comma that goes on with words of its own opens another clause: "chaired by Himmler, Eichmann
    // there too".
    if (/^\s*,\s*$/.test(text.slice(names[j - 1].end, names[j].start)) && !LIST_GOES_ON.test(text.slice(names[j].end)))
      break;
    out.push(names[j]);
  }
  return out;
}

/** After a name in a list: the list goes on or ends. */
const LIST_GOES_ON = /^\s*(?:$|[,;.)\]|]|and\b|&|\+|–|—|-\s|→|\()/;

/** The last name and those joined to it, walking back, in the order written. */
function backward(text: string, names: Mention[]): Mention[] {
  const out = names.slice(-1);
  for (let j = names.length - 2; j >= 0 && JOINED.test(text.slice(names[j].end, names[j + 1].start)); j--)
    out.unshift(names[j]);
  return out;
}

/** The event a verb of taking part makes of a place: "occupied the Ruhr" → the Occupation of the Ruhr. */
function actedOn(kb: KnowledgeBase, verb: string, x: Mention): Entity | undefined {
  const named = kb.get(x.id);
  if (!named || named.kind !== 'place') return named;
  const noun = ACT.find(([re]) => re.test(verb))?.[1];
  if (!noun) return undefined;
  const found = kb.entities.filter(
    (e) =>
      e.kind === 'event' &&
      e.label.toLowerCase().includes(noun) &&
      (e.related?.some((r) => r.id === named.id) || e.label.includes(named.label)),
  );
  // Every such event, with or without its list: "Germany invaded Poland" may be the German or the Soviet invasion.
  return found.length === 1 ? found[0] : undefined;
}

/** A party's name. */
const PARTY = /\bParty\b/;
/** A title that heads a body: "Chairman of the German People's Party". */
const HEAD_TITLE = /\b(?:chairman|chair|leader|head|president)\b/i;

/**
 * "Stresemann, leader of the Centre Party": a person the knowledge base gives the head of another party, and no
 * role in this one nor any tie to it, said in an apposition to lead a party that has no list of its leaders.
 */
function ledOther(claim: Claim, party: Entity, at: Mention): Verdict {
  const { ctx, entity: p, clause, severities } = claim;
  if (p.kind !== 'person' || party.kind !== 'organisation' || tied(p, party)) return undefined;
  const roles = p.roles ?? [];
  if (roles.some((r) => r.body === party.id)) return undefined;
  const led = roles.filter((r) => r.body && r.body !== party.id && HEAD_TITLE.test(r.title));
  const other = led.length === 1 ? ctx.kb.get(led[0].body!) : undefined;
  // Parties only: a person's roles may leave out a post in a body of the state.
  if (!other || other.kind !== 'organisation' || !PARTY.test(party.label) || !PARTY.test(other.label)) return undefined;
  const message = `${p.label} was ${led[0].title}, not a leader of the ${party.label}.`;
  const where = { line: clause.line, start: at.start, end: at.end };
  return [factFinding(where, severities.confusions!, Code.Confusion, message, led[0].source)];
}

function wrong(claim: Claim, thing: Entity, role: Role, list: Who, names: Mention[], fixable = true): Verdict {
  const { ctx, clause, severities, text } = claim;
  const listed = list.ids.map((id) => ctx.kb.get(id)).filter((x): x is Entity => !!x);
  if (!names.length || !listed.length) return undefined;
  // A list of people judges people, one of bodies judges bodies, a mixed one both (the Cheka: Sovnarkom, Lenin and
  // Dzerzhinsky).
  const people = listed.some((x) => x.kind === 'person');
  const bodies = listed.some((x) => x.kind !== 'person');
  // Several names, one of them right, after two things of a kind: each may be the other's ("3 MSPD + 3 USPD, led by
  // Ebert + Haase").
  const respectively =
    names.length > 1 &&
    names.some((s) => list.ids.includes(s.id)) &&
    clause.mentions.some(
      (x) =>
        x.id !== thing.id && x.end <= names[0].start && !names.includes(x) && ctx.kb.get(x.id)?.kind === thing.kind,
    );
  if (respectively) return undefined;
  // The last of parts joined, then a comma: what follows is of the whole the parts make up ("Council of People's
  // Deputies = 3 SPD + 3 USPD, headed by Ebert").
  const own = clause.mentions.filter((x) => x.id === thing.id && x.end <= names[0].start).pop();
  if (
    own &&
    /(?:\+|&|\band)\s*(?:\d+\s+)?$/.test(text.slice(Math.max(clause.from, own.start - 8), own.start)) &&
    /^\s*,/.test(text.slice(own.end, names[0].start))
  )
    return undefined;
  // A body led by several, one of them its head: the others led it beside them ("Himmler and Heydrich led the SS").
  if (role.key === 'ledBy' && names.length > 1 && names.some((s) => list.ids.includes(s.id))) return undefined;
  const out = [];
  for (const s of names) {
    const x = s.candidates ? undefined : ctx.kb.get(s.id);
    if (!x || list.ids.includes(x.id)) continue;
    // Of a rising: one the knowledge base ties to it took part in putting it down, though the source's list leaves
    // them out (Dybenko's division at Kronstadt).
    if (role.key === 'suppressedBy' && tied(x, thing)) continue;
    // A name that one on the list bears too is theirs: "Witte and Rosen signed" (Roman Rosen, not Friedrich).
    const written = foldName(text.slice(s.start, s.end));
    if (listed.some((y) => [y.label, ...y.aliases].some((a) => foldName(a) === written))) continue;
    // Only a name of the list's kind, and none the knowledge base ties to the list or to the thing.
    if (x.kind === 'person' ? !people : !bodies || (x.kind !== 'place' && x.kind !== 'organisation')) continue;
    // A country tied to one listed ("Russia" for the Russian Empire) or to the event may be a loose name for it.
    if (x.kind === 'place' && [thing, ...listed].some((y) => tied(x, y))) continue;
    const who = listPhrase(listed.map(theName));
    const message =
      role.key === 'participants'
        ? `${thing.label}: ${who} took part, not ${theName(x)}.`
        : `${thing.label} ${role.did} ${who}, not ${x.kind === 'person' ? x.label : theName(x)}.`;
    out.push(
      factFinding(
        { line: clause.line, start: s.start, end: s.end },
        severities.confusions!,
        Code.Confusion,
        message,
        list.source,
        // One person on the list, for one person written: the name to put in its place.
        fixable && listed.length === 1 && x.kind === 'person' && listed[0].kind === 'person'
          ? listed[0].label
          : undefined,
      ),
    );
  }
  return out.length ? out : undefined;
}
