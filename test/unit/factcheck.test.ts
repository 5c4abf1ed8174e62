/**
 * The fact checker on the bundled knowledge base: sentences with a factual slip and the finding expected, and
 * at least as many correct sentences that must stay silent — the real student notes among them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { bundledKnowledgeBase, serviceWith, SHARED_NOTES, ROOT } from '../helpers';
import type { LanguageService } from '../../server/src/service/languageService';

const URI = 'file:///notes/check.md';

/** [sentence, code, message pattern, quick-fix text or undefined] */
const CAUGHT: [string, string, RegExp, string | undefined][] = [
  // "May" the month is no hedge.
  ['Lenin died in May 1925.', 'wrong-date', /Death of Vladimir Lenin: 21 January 1924, not May 1925/, 'January 1924'],
  [
    'The 13th Party Congress in January 1924 condemned Trotsky.',
    'confusion',
    /13th Party Congress met on 23–31 May 1924; in January 1924 it was the 13th Party Conference/,
    '13th Party Conference',
  ],
  [
    '1926: the 15th Party Congress expelled the opposition.',
    'confusion',
    /15th Party Congress met on 2–19 December 1927; in 1926 it was the 15th Party Conference/,
    '15th Party Conference',
  ],
  [
    'The Lenin Enrolment of 1923 brought in new members.',
    'wrong-date',
    /Lenin Enrolment: January 1924 – May 1924, not 1923/,
    '1924',
  ],
  ['At the 13th party congress in 1925 Trotsky was attacked.', 'wrong-date', /23–31 May 1924, not 1925/, '1924'],
  ['Kirov was murdered on 1 December 1933.', 'wrong-date', /1 December 1934/, '1 December 1934'],
  [
    'In 1920 Leningrad was short of bread.',
    'anachronism',
    /Leningrad got that name in 1924; in 1920 it was Petrograd/,
    'Petrograd',
  ],
  [
    'Lenin wrote to the party in 1925.',
    'anachronism',
    /Vladimir Lenin died on 21 January 1924, before 1925/,
    undefined,
  ],
  ['Zinoviev died in 1938.', 'wrong-date', /Grigory Zinoviev died on 25 August 1936, not in 1938/, '1936'],
  [
    'Lenin spoke at the 14th Party Congress.',
    'anachronism',
    /Vladimir Lenin died on 21 January 1924, before the 14th Congress .* \(18–31 December 1925\)/,
    undefined,
  ],
  ['The 12th Party Congress in 1924 debated the Georgian affair.', 'wrong-date', /17–25 April 1923, not 1924/, '1923'],
  [
    'In 1919 the Red Army held Leningrad against Yudenich.',
    'anachronism',
    /Leningrad got that name in 1924; in 1919 it was Petrograd/,
    'Petrograd',
  ],
  [
    'The 17th Party Congress, the “Congress of Victors”, met in 1936.',
    'wrong-date',
    /26 January – 10 February 1934, not 1936/,
    '1934',
  ],
  ['The Fundamental Laws of June 1906 kept the autocracy.', 'wrong-date', /6 May 1906, not June 1906/, 'May 1906'],
  ['Father Gapon died in 1905.', 'wrong-date', /Georgy Gapon died on 10 April 1906, not in 1905/, '1906'],
  // A list item that opens with a name gives its date after a comma.
  [
    '- Kapp Putsch, March 1921 – Freikorps seized Berlin',
    'wrong-date',
    /Kapp Putsch: 13–18 March 1920, not March 1921/,
    'March 1920',
  ],
  // Acting on a policy that did not exist yet.
  [
    'Stresemann welcomed the Hoover Moratorium as a chance to end reparations.',
    'anachronism',
    /Gustav Stresemann died on 3 October 1929, before the Hoover Moratorium \(20 June 1931\)/,
    undefined,
  ],
  // Shot, after an execution: no one is shot after dying.
  [
    'Marshal Tukhachevsky was shot in 1939.',
    'wrong-date',
    /Mikhail Tukhachevsky died in June 1937, not in 1939/,
    '1937',
  ],
  [
    'Stolypin advised Nicholas to take personal command in 1915.',
    'anachronism',
    /died on 18 September 1911, before 1915/,
    undefined,
  ],
];

const SILENT: string[] = [
  // Old Style dates are right too: the Fundamental Laws are of 23 April 1906 (O.S.), 6 May (N.S.).
  'The Fundamental Laws of April 1906 kept the autocracy.',
  // A possessive name is not what the verb is about.
  'Bloody Sunday, 9 January 1905: Father Gapon’s march was shot at outside the Winter Palace.',
  "On 9 January 1905 Gapon's procession was shot at.",
  'The 13th Party Congress in May 1924 heard the Testament read to delegations.',
  'The 15th party congress 1927 expelled Trotsky and Zinoviev.',
  'The 13th Party Conference in January 1924 condemned Trotsky.',
  'Lenin died in January 1924.',
  'Kirov was murdered in Leningrad in 1934.',
  'Petrograd was renamed Leningrad in 1924.',
  'In 1920 Petrograd was short of bread.',
  'After the 13th Party Congress, in 1925, Trotsky lost his post.',
  'The Kronstadt rebellion of March 1921 shocked Lenin.',
  'The Shakhty trial in 1928 blamed engineers.',
  'Lenin’s Testament was not published in 1924.',
  'Some say the Lenin Enrolment began in 1923.',
  'Trotsky was murdered in Mexico in 1940.',
  'Between 1929 and 1933 collectivisation transformed the countryside.',
  'The Great Purge began in 1934 with the murder of Kirov.',
  'The 17th Party Congress, the "Congress of Victors", met in 1934.',
  'In 1919 the Red Army held the city that is Leningrad in later notes.',
  'In 1919 the Red Army held Petrograd, which the party renamed Leningrad five years on.',
  'In 1925 the Red Army paraded through Leningrad.',
  'Whether the 12th Party Congress in 1924 was free is still debated.',
  'The 13th Party Congress of 1924 looked back on the Georgian affair.',
  'Lenin spoke at the 10th Party Congress.',
  'Lenin’s Testament was read to delegates at the 13th Party Congress.',
  'Lenin wrote nothing that the 14th Party Congress could use.',
  'The date of the 12th Party Congress, 1924, is much debated in this textbook.',
  'The 17th Party Congress, held before the show trials, was followed by mass arrests in 1936.',
  // "Shot" may wound: before the death, it says nothing sure.
  'Tukhachevsky was shot at in 1920 and survived.',
  '- Kapp Putsch, March 1920 – Freikorps seized Berlin',
  // The comma after a name that does not open the item still starts another clause.
  '- The Red Army, 1921: the Kronstadt rebellion was crushed.',
  // An arrow leads on to something else: the date is the law's, not the Duma's.
  "- Stolypin's electoral law of June 1907 -> 3rd Duma dominated by landowners",
  // A clause that moves on from the date leading its line is not dated by it.
  '27 February 1933 – the Reichstag fire. The Reichstag Fire Decree follows the next day.',
  '1918 – the Left SR uprising in Moscow; two weeks later Lenin was shot.',
  // "the Left" of "the Left SR uprising" is not the Left Opposition of 1923.
  'In July 1918 the Left SR uprising failed.',
  // A date leading the line dates its first sentence only.
  '3. 8–9 November 1923: the Beer Hall Putsch. Hitler gets five years and writes Mein Kampf in prison.',
  // A numbered congress of another body.
  'The Second Congress of Soviets met on 25 October 1917.',
  // Another's death on the way: Hindenburg's, not Hitler's.
  '- Aug 1934 – Hindenburg dies → Hitler = Führer, army oath',
  // The Stavka of 1914–18 is not the Soviet one of 1941.
  '- Aug 1915 – Nicholas took personal command at Stavka → Alexandra + Rasputin run home front',
  // A newspaper is not a document of one date.
  'Dizzy with Success appeared in Pravda on 2 March 1930.',
];

/** Sentence lists of one rule: caught (with the finding expected) and silent, at least as many silent as caught. */
interface RuleCases {
  caught: [string, string, RegExp, string | undefined][];
  silent: string[];
}

/** The rules added for issue 15, each with its own lists. */
const RULES: Record<string, RuleCases> = {
  'questions and answers': {
    caught: [
      // A multiple choice's letter after the marker; a tick after the answer; "which" and a noun before the verb.
      [
        '**Q2.** When did the Spartacist Rising take place in Berlin?\n> Answer: b) January 1920 ✔',
        'wrong-date',
        /Spartacist uprising: 5–12 January 1919, not January 1920/,
        'January 1919',
      ],
      [
        '**Q5.** Which minister was shot dead by right-wing nationalists in June 1922?\nA: Matthias Erzberger ✔',
        'wrong-date',
        /Matthias Erzberger died on 26 August 1921, not in June 1922/,
        undefined,
      ],
      [
        '**Q9.** Which Nazi official chaired the Wannsee Conference in January 1942?\nA: Adolf Eichmann ✔',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Adolf Eichmann/,
        'Reinhard Heydrich',
      ],
      [
        'Q: When did President Hindenburg die, allowing Hitler to merge the two top offices as Führer?\nA: August 1935',
        'wrong-date',
        /Paul von Hindenburg died on 2 August 1934, not in August 1935/,
        'August 1934',
      ],
      [
        'When was the Kronstadt uprising?\n1920',
        'wrong-date',
        /Kronstadt rebellion: 1–18 March 1921, not 1920/,
        '1921',
      ],
      [
        '## When did Zinoviev die?\n\n- 1938',
        'wrong-date',
        /Grigory Zinoviev died on 25 August 1936, not in 1938/,
        '1936',
      ],
      ['Q: When was the 12th Party Congress? A: 1924', 'wrong-date', /17–25 April 1923, not 1924/, '1923'],
      ['Q: When was the Kronstadt uprising?\nA: **1919**', 'wrong-date', /1–18 March 1921, not 1919/, '1921'],
      ['In what year was Kirov murdered?\n1933', 'wrong-date', /Sergei Kirov died on 1 December 1934/, '1934'],
      ['When was the Kronstadt uprising? – 1920', 'wrong-date', /1–18 March 1921, not 1920/, '1921'],
      ['> When did the Beer Hall Putsch take place?\n> In 1920', 'wrong-date', /8–9 November 1923, not 1920/, '1923'],
      [
        'In which year did Hitler become Chancellor?\n1932',
        'wrong-date',
        /Reich Chancellor on 30 January 1933/,
        '1933',
      ],
      // A bare "Q" and "A" on lines of their own.
      ['Q\nWhen did Lenin die?\nA\n1925', 'wrong-date', /Vladimir Lenin died on 21 January 1924, not in 1925/, '1924'],
      // Who did it: the answer takes the place of "Who".
      [
        'Who became General Secretary in 1922?\nTrotsky',
        'wrong-date',
        /Leon Trotsky never held that post: in 1922 it was Joseph Stalin who became General Secretary/,
        'Joseph Stalin',
      ],
      [
        'Q: Who was Commissar for War in 1920?\nA: Zinoviev',
        'wrong-date',
        /Grigory Zinoviev never held that post: in 1920 it was Leon Trotsky/,
        'Leon Trotsky',
      ],
      // The question's date is given: the finding goes on the answer, with no fix of the question.
      [
        'Who became Chancellor in 1930?\nPapen',
        'wrong-date',
        /Franz von Papen became Chancellor of Germany on 1 June 1932, not in 1930/,
        undefined,
      ],
    ],
    silent: [
      '**Q2.** When did the Spartacist Rising take place in Berlin?\n> Answer: b) January 1919 ✔',
      '**Q5.** Which minister was shot dead by right-wing nationalists in June 1922?\nA: Walther Rathenau ✔',
      '**Q9.** Which Nazi official chaired the Wannsee Conference in January 1942?\nA: Reinhard Heydrich ✔',
      // Marked wrong by the writer: no claim.
      '**Q9.** Who chaired the Wannsee Conference in January 1942?\nA: Adolf Eichmann ✗',
      // A remark after the comma is not asked.
      'Q: When did Lenin die, leaving Stalin as General Secretary?\nA: January 1924',
      'Q: When did President Hindenburg die, allowing Hitler to merge the two top offices as Führer?\nA: August 1934',
      'Who became General Secretary in 1922?\nStalin',
      'Who became Chancellor in 1930?\nBrüning',
      'Q: Who was Commissar for War in 1920?\nA: Trotsky',
      // The answer says more than a name.
      'Who became General Secretary in 1922?\nTrotsky thought Stalin a mediocrity.',
      // Two questions, one answer.
      'Who became General Secretary in 1922, and why?\nTrotsky',
      'When was the Kronstadt uprising?\n1921',
      'Q: When was the Kronstadt uprising?\nA: March 1921',
      // Not a question about when: the date on the next line answers nothing.
      'Why was the Kronstadt uprising important?\n1920 was a hard year.',
      'How did Stalin get into power?\n1920: the Kronstadt sailors were still loyal.',
      // The answer does not open with the date.
      'When was the Kronstadt uprising?\nAfter the civil war, not in 1920.',
      // The question holds a date of its own.
      'When in 1921 was the Kronstadt uprising?\n1920',
      // Too far from the question.
      'When was the Kronstadt uprising?\n\n\n\n1920',
      'When did Lenin die?\n1924',
      'When was the Kronstadt uprising?\n- c. 1920',
      '## When did Zinoviev die?\nHe was shot in 1936.',
      'When was the Kronstadt uprising? In March 1921.',
      // Two questions, one answer.
      'When did Stalin become General Secretary and when did Lenin die?\n1922',
      'Why did the uprising matter? In 1920 nothing had changed.',
      'When did Hitler become Chancellor?\n- 30 January 1933',
    ],
  },
  'death tolls': {
    caught: [
      [
        'Grain requisitioning helped cause the famine of 1921–22, which killed about half a million people.',
        'wrong-figure',
        /five million people — not 500,000/,
        undefined,
      ],
      [
        'The famine of 1932–33 killed 50 million people.',
        'wrong-figure',
        /Soviet famine of 1932–1933: estimates .* run from about 5\.7 to 8\.7 million — not 50 million/,
        undefined,
      ],
      [
        'The bombing of Dresden killed 200,000 people.',
        'wrong-figure',
        /Bombing of Dresden: up to 25,000 people were killed — not 200,000/,
        undefined,
      ],
    ],
    silent: [
      'Grain requisitioning in Tambov province, which killed about half a million people, …',
      // The toll in the famine's own clause is the famine's, whatever caused it.
      'Grain requisitioning helped cause the famine of 1921–22, which killed about 5 million people.',
      'The Soviet famine of 1932–1933 killed about 7 million people.',
      'About 25,000 died in the bombing of Dresden.',
      // A part of the toll, in a place the clause names.
      'In the famine of 1932–33 around 3.9 million died in Ukraine.',
      // Within twice the highest estimate: an estimate of its own, not an error.
      'The Holocaust killed 11 million people.',
      'Bloody Sunday 1905: 200 people were killed.',
      // Not a death toll.
      'The Great Purge saw 1.5 million people arrested.',
    ],
  },
  'known inversions': {
    caught: [
      // A deed that was another's, in the present tense of an irregular verb, after a title, or past an aside.
      [
        '- Aug 1917 – commander-in-chief General Brusilov sends troops towards Petrograd, but the march collapses',
        'confusion',
        /Aleksei Brusilov: it was General Lavr Kornilov, commander-in-chief from 1 August 1917, who sent troops/,
        'General Kornilov',
      ],
      [
        'General Brusilov, the new commander-in-chief, sends troops towards Petrograd; Kerensky panics',
        'confusion',
        /it was General Lavr Kornilov/,
        'General Kornilov',
      ],
      [
        '| Nov 1932 | Reichstag election: the Nazi vote rises again | Papen still cannot build a majority |',
        'confusion',
        /the Nazi vote fell from 37.3% to 33.1%/,
        undefined,
      ],
      [
        'In January 1878 Vera Figner shot and seriously wounded General Trepov.',
        'confusion',
        /it was Vera Zasulich who shot/,
        'Vera Zasulich',
      ],
      [
        'In August 1917 General Brusilov sent troops towards Petrograd.',
        'confusion',
        /it was General Lavr Kornilov/,
        'General Kornilov',
      ],
      [
        '- Wrangel → advanced on Petrograd from Estonia (autumn 1919), stopped in the suburbs',
        'confusion',
        /Pyotr Wrangel: the White advance from Estonia .* was General Nikolai Yudenich's/,
        'Yudenich',
      ],
      ['Seeckt agreed to put down the Kapp Putsch.', 'confusion', /Seeckt refused/, undefined],
      [
        'Bukharin argued that NEP should be scrapped quickly to pay for industrialisation.',
        'confusion',
        /chief defender of the NEP/,
        undefined,
      ],
      [
        'The Left wanted to slow down industrialisation.',
        'confusion',
        /Left Opposition: it called for rapid industrialisation; the note says the opposite/,
        undefined,
      ],
      ['The Right wanted rapid industrialisation.', 'confusion', /Right Opposition: it defended the NEP/, undefined],
      ['Stalin favoured permanent revolution.', 'confusion', /set against Trotsky's permanent revolution/, undefined],
      // The stance's own verb of arguing, and "against" or "a critic of" for "opposed".
      [
        'Bukharin argued against NEP.',
        'confusion',
        /Nikolai Bukharin: he was the chief defender of the NEP/,
        undefined,
      ],
      ['- Bukharin = fiercest critic of NEP', 'confusion', /chief defender of the NEP/, undefined],
      ['- Stresemann → against Germany joining the League of Nations', 'confusion', /brought Germany into/, undefined],
      // Support given; "called for" and "called on" are no naming; a document's "until" bounds nothing.
      [
        'April Theses: the Bolsheviks should give full support to the Provisional Govt.',
        'confusion',
        /April Theses: the theses demanded no support at all/,
        undefined,
      ],
      [
        'The April Theses called for cooperation with the Provisional Government until the war was over.',
        'confusion',
        /April Theses: the theses demanded no support at all/,
        undefined,
      ],
      ['- April Theses → called on Bolsh. to back the Prov Govt', 'confusion', /demanded no support at all/, undefined],
    ],
    silent: [
      '- Aug 1917 – commander-in-chief General Kornilov sends troops towards Petrograd, but the march collapses',
      'General Kornilov, the new commander-in-chief, sends troops towards Petrograd; Kerensky panics',
      'General Brusilov, replaced by Kornilov, watched as troops were sent towards Petrograd.',
      '| July 1932 | Reichstag election: the Nazi vote rises again | 230 seats |',
      'In January 1878 Vera Zasulich shot General Trepov.',
      'In 1916 Brusilov attacked in Galicia.',
      'In 1920 Wrangel advanced from the Crimea.',
      // A deed that was another's, told of the one who did it.
      'In October 1919 Yudenich advanced on Petrograd from Estonia.',
      // "when" opens a clause with a subject of its own.
      'Provenance: words attributed to General Hans von Seeckt when the government asked the army to put down the ' +
        'Kapp Putsch, Berlin.',
      'Preobrazhensky argued that NEP should be scrapped.',
      'Bukharin argued that NEP should continue.',
      'The Left Opposition called for rapid industrialisation.',
      'The Right opposed rapid industrialisation.',
      'Trotsky attacked Socialism in One Country.',
      'The Left did not want to slow down industrialisation.',
      // Another thing named between the subject and what is wanted: whose wish it is, is unclear.
      'The Right, unlike the Left, wanted to slow down industrialisation.',
      // The entity is not the clause's subject.
      'Stalin accused the Left of wanting to slow down industrialisation.',
      // Arguing that is not the subject's own stance; a person's stance bounded by "until"; a name "called".
      'Historians have argued that Bukharin wanted to end NEP.',
      'Bukharin wanted to end NEP until the famine of 1921.',
      'Bukharin, called "the favourite of the whole party", defended NEP.',
      'Bukharin was the leading critic of rapid industrialisation.',
      'April Theses: the Bolsheviks should give no support to the Provisional Govt.',
    ],
  },
  'who signed': {
    caught: [
      // A date and a name in square brackets; a description before the name; "of" and a date before the verb.
      [
        "- The armistice of [11 November 1918] was signed on Germany's behalf by [Gustav Stresemann].",
        'confusion',
        /Armistice of 11 November 1918 was signed by .*Matthias Erzberger.*, not Gustav Stresemann/,
        undefined,
      ],
      [
        'The armistice was signed for Germany by the civilian politician Gustav Stresemann.',
        'confusion',
        /Armistice of 11 November 1918 was signed by .*, not Gustav Stresemann/,
        undefined,
      ],
      [
        'The Wannsee Conference of 20 January 1942 was chaired by Heinrich Himmler, with Eichmann taking the minutes.',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Heinrich Himmler/,
        'Reinhard Heydrich',
      ],
      [
        'The Nazi-Soviet Pact, 23 Aug 1939, was signed by Litvinov and Ribbentrop.',
        'confusion',
        /Molotov–Ribbentrop Pact was signed by Vyacheslav Molotov and Joachim von Ribbentrop, not Maxim Litvinov/,
        undefined,
      ],
      ['Stalin signed the Nazi-Soviet Pact.', 'confusion', /not Joseph Stalin/, undefined],
      // The side it was signed for, between; the town named for the treaty signed there, at its date.
      [
        'The Treaty of Brest-Litovsk was signed for Soviet Russia by Trotsky.',
        'confusion',
        /Treaty of Brest-Litovsk was signed by Grigori Sokolnikov, Georgy Chicherin and Grigory Petrovsky, not Leon/,
        undefined,
      ],
      [
        '- Brest-Litovsk (3 Mar 1918) → treaty signed for the Bolsheviks by Trotsky',
        'confusion',
        /Treaty of Brest-Litovsk was signed by .*, not Leon Trotsky/,
        undefined,
      ],
      // The "in" of a date before the verb.
      [
        'The Wannsee Conference in January 1942 was chaired by Heinrich Himmler.',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Heinrich Himmler/,
        'Reinhard Heydrich',
      ],
    ],
    silent: [
      'The armistice was signed for Germany by the Centre politician Matthias Erzberger.',
      "- The armistice of [11 November 1918] was signed on Germany's behalf by [Matthias Erzberger].",
      'The Wannsee Conference of 20 January 1942 was chaired by Heydrich, with Eichmann taking the minutes.',
      'The Wannsee Conference in January 1942 was chaired by Reinhard Heydrich.',
      'The Nazi-Soviet Pact was signed by Molotov and Ribbentrop.',
      'Molotov signed the Nazi-Soviet Pact in August 1939.',
      'The Munich Agreement was signed by Hitler, Chamberlain, Mussolini and Daladier.',
      'The Munich Agreement was not signed by Stalin.',
      // No signers recorded: nothing to say.
      'The Treaty of Riga was signed by Trotsky.',
      '- Treaty of Brest-Litovsk signed by Sokolnikov, March 1918.',
      'Trotsky led the Soviet delegation at Brest-Litovsk until February 1918.',
    ],
  },
  'who put a rising down': {
    caught: [
      // The troops and their army on the way to the name; the town for the rising put down there.
      [
        '- Mar 1921: Kronstadt sailors rise – crushed across the ice by the Red Army under Budyonny',
        'confusion',
        /Kronstadt rebellion was put down under Mikhail Tukhachevsky, .*, not Semyon Budyonny/,
        undefined,
      ],
      [
        'The Kronstadt rising of March 1921 was suppressed by troops under Mikhail Frunze.',
        'confusion',
        /Kronstadt rebellion was put down under Mikhail Tukhachevsky, .*, not Mikhail Frunze/,
        undefined,
      ],
      [
        '- 18 Mar 1921: Red Army units under Budyonny storm Kronstadt over the ice.',
        'confusion',
        /Kronstadt rebellion was put down under Mikhail Tukhachevsky, .*, not Semyon Budyonny/,
        undefined,
      ],
      [
        'Budyonny crushed the Kronstadt rebellion.',
        'confusion',
        /Kronstadt rebellion was put down under Mikhail Tukhachevsky, .*, not Semyon Budyonny/,
        undefined,
      ],
      // "The rising" names again the rising, or the town of the rising, named just above.
      [
        'In March 1921 the sailors at Kronstadt rose.\nThe rising was crushed by troops under Frunze on the ice.',
        'confusion',
        /Kronstadt rebellion was put down under Mikhail Tukhachevsky, .*, not Mikhail Frunze/,
        undefined,
      ],
      [
        '## Kronstadt, March 1921\n- Context: the revolt was put down by Red Army troops under Budyonny',
        'confusion',
        /Kronstadt rebellion was put down under Mikhail Tukhachevsky, .*, not Semyon Budyonny/,
        undefined,
      ],
    ],
    silent: [
      'The Kronstadt rebellion was crushed across the ice by troops under Tukhachevsky.',
      'Kronstadt rising, March 1921: crushed by the Red Army under Trotsky and Tukhachevsky.',
      // Dybenko's division took part, though the source's list of commanders leaves him out.
      'The Kronstadt rising was put down by troops under Dybenko and Tukhachevsky.',
      'Tukhachevsky stormed Kronstadt across the ice in March 1921.',
      "Budyonny's cavalry crushed the Whites in the Crimea in 1920.",
      'In March 1921 sailors at Kronstadt rose.\nThe rising was crushed by troops under Tukhachevsky.',
      'Kronstadt sailors helped storm the Winter Palace in October 1917.',
      // No list for the Tambov rising: nothing to say.
      'The Tambov rising was crushed by troops under Tukhachevsky.',
      'In March 1921 the sailors at Kronstadt rose.\nThe rising shocked Lenin and helped bring in the NEP.',
      'The Kronstadt rising was crushed, and Budyonny was sent to fight Makhno.',
    ],
  },
  'a part of a total, a figure of another election written there, followers, a post taken weeks later': {
    caught: [
      [
        'In July 1932 the Nazis took 290 of the 608 seats.',
        'wrong-figure',
        /Nazi Party won 230 seats in the July 1932 German federal election, not 290/,
        '230',
      ],
      [
        'The Nazis polled 2.6 per cent in 1928, but 18.3 per cent and 107 seats in 1928.',
        'wrong-figure',
        /Nazi Party won 12 seats in the 1928 German federal election, not 107 \(107 seats was its result in the 1930/,
        '12',
      ],
      // Old Style is October 1905 at most: not September.
      [
        'Witte became chairman of the Council of Ministers in September 1905.',
        'wrong-date',
        /Sergei Witte became Chairman of the Council of Ministers on 6 November 1905, not in September 1905/,
        'November 1905',
      ],
      // Four months before the post was set up is no forerunner's weeks.
      [
        'As General Secretary, Stalin built up his power in 1921.',
        'wrong-date',
        /Joseph Stalin became General Secretary of the Central Committee on 3 April 1922, after 1921/,
        undefined,
      ],
    ],
    silent: [
      'The Nazis polled 2.6 per cent in 1928, but 18.3 per cent and 107 seats in September 1930.',
      'July 1932: Nazis the largest party, with 230 of 608 seats.',
      'In July 1932 the Nazis took 37.3 per cent and 230 of the 608 seats.',
      'The show trials went on: Zinoviev and Kamenev in 1936, the "Trotskyites" in 1937.',
      // 24 October 1905 Old Style.
      'Witte became the first chairman of the Council of Ministers in October 1905.',
      '- The Spartacist rising (January 1919) was crushed when Defence Minister Noske sent in the Freikorps.',
      '- ousted in October 1964: Brezhnev as First Secretary, Kosygin as Premier',
    ],
  },
  'a date as a sentence of its own, a brief event begun, a time still away, how one was, a date before a flight': {
    caught: [
      [
        'March 1921. The Kapp Putsch begins in Berlin.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      [
        'Munich, November 1924. The Beer Hall Putsch fails in a hail of police bullets.',
        'wrong-date',
        /Beer Hall Putsch: 8–9 November 1923, not November 1924/,
        'November 1923',
      ],
      [
        'The Night of the Long Knives begins on 30 June 1933.',
        'wrong-date',
        /Night of the Long Knives: 30 June – 2 July 1934, not 30 June 1933/,
        '30 June 1934',
      ],
      [
        'Stresemann, exhausted and ill, dies in October 1930.',
        'wrong-date',
        /Gustav Stresemann died on 3 October 1929, not in October 1930/,
        'October 1929',
      ],
      [
        'Early in 1920 Kolchak escapes to Japan.',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped to Japan/,
        undefined,
      ],
    ],
    silent: [
      'March 1920. The Kapp Putsch begins in Berlin.',
      'Munich, November 1923. The Beer Hall Putsch fails in a hail of police bullets.',
      'The Night of the Long Knives begins on 30 June 1934.',
      'November 1918. Germany signs the armistice; the Kapp Putsch is still sixteen months away.',
      '- November 1918: Germany signs the armistice; the Kapp Putsch is still sixteen months away.',
      // A long event's beginning is argued.
      'The Great Terror began in 1936.',
      'Stresemann, exhausted and ill, dies in October 1929.',
      'In 1920 Kolchak was shot at Irkutsk.',
    ],
  },
  'two verbs of one deed after an opening date': {
    caught: [
      [
        'In August 1915 the army was encircled and destroyed at Tannenberg.',
        'wrong-date',
        /Battle of Tannenberg \(1914\): 26–30 August 1914, not August 1915/,
        'August 1914',
      ],
    ],
    silent: [
      'In August 1914 the army was encircled and destroyed at Tannenberg.',
      // A second deed with its own object still takes the date from the first.
      'In 1915 the army was rebuilt and joined the fighting that followed Tannenberg.',
    ],
  },
  'a compound ordinal, a surrender signed in a town, an armistice of another war': {
    caught: [
      [
        'The Twenty-Second Congress met in 1959.',
        'wrong-date',
        /22nd Congress of the Communist Party of the Soviet Union: 17–31 October 1961, not 1959/,
        '1961',
      ],
    ],
    silent: [
      "After the Twenty-Second Congress in October 1961, Stalin's body was removed from the Mausoleum.",
      '8 May 1945 The Wehrmacht signs the unconditional surrender in Berlin',
      '15 Dec 1917 Armistice with Germany & Austria',
    ],
  },
  'a speech to a closed session of a congress': {
    caught: [
      [
        '- In February 1956 Khrushchev gave his Secret Speech to a closed session of the 19th Party Congress.',
        'wrong-date',
        /Secret Speech belongs to the 20th Congress .*, not the 19th Congress/,
        '20th Party Congress',
      ],
      [
        'His "Secret Speech" of 25 February 1956, to a closed session of the 22nd Party Congress, attacked Stalin.',
        'wrong-date',
        /Secret Speech belongs to the 20th Congress .*, not the 22nd Congress/,
        '20th Party Congress',
      ],
    ],
    silent: [
      '- On 25 February 1956 Khrushchev gave his Secret Speech to a closed session of the Twentieth Party Congress.',
      'His "Secret Speech" of 25 February 1956, to a closed session of the 20th Party Congress, attacked Stalin.',
      'The Reichsmark replaced the Rentenmark in 1924.',
    ],
  },
  'a place by a later name, in a clause of several dates all years before it': {
    caught: [
      [
        'In November 1942 the Sixth Army was encircled at Volgograd, and it surrendered in February 1943.',
        'anachronism',
        /Volgograd got that name on 10 November 1961; in November 1942 it was Stalingrad/,
        'Stalingrad',
      ],
    ],
    silent: [
      'In November 1942 the Sixth Army was encircled at Stalingrad, and it surrendered in February 1943.',
      // A renaming told: the later name is its subject.
      'Stalingrad was renamed Volgograd in 1961, long after the battle of 1942–43.',
    ],
  },
  'a labelled arrow, a thing seized, a time before a year, a date of comparison, a gloss in a bracket': {
    caught: [
      [
        'Trotsky —exiled to→ Alma-Ata (January 1928); Order No. 1 —issued by→ the Provisional Government',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        'Reichswehr —crushed→ the Kapp Putsch in March 1920',
        'confusion',
        /Reichswehr: its leaders refused to put down the Kapp Putsch/,
        undefined,
      ],
    ],
    silent: [
      'Zinoviev & Kamenev —broke with Stalin (December 1925)→ joined Trotsky in the United Opposition',
      'The Czechoslovak Legion (about 40,000 former POWs) seized much of the Trans-Siberian Railway in 1918.',
      '- Hyperinflation: the pre-1914 rate was 4.20 marks to the dollar; by 15 November 1923 it was 4.2 trillion.',
      '  - Hyperinflation: $1 = 4.2 marks in July 1914, but 4.2 trillion marks by 15 Nov 1923',
      'Town councils (dumas) —created by→ the urban reform of 1870, on a narrow property franchise',
      '- Soviet troops captured Königsberg after a short siege in April 1945.',
    ],
  },
  "a date after a speaker's or caption's label, a site near its town": {
    caught: [
      [
        'CAPTION: 15 September 1937 – the Nuremberg Laws strip Jews of citizenship.',
        'wrong-date',
        /Nuremberg Laws: 15 September 1935, not 15 September 1937/,
        '15 September 1935',
      ],
      [
        'CAPTION: Lenin dies at Gorki, near Moscow, on 21 January 1923.',
        'wrong-date',
        /Vladimir Lenin died on 21 January 1924, not on 21 January 1923/,
        '21 January 1924',
      ],
    ],
    silent: [
      'CAPTION: 15 September 1935 – the Nuremberg Laws strip Jews of citizenship.',
      'CAPTION: Lenin dies at Gorki, near Moscow, on 21 January 1924.',
      // A law still in force after it was made is dated by it no longer.
      'Note: 1937 – the Nuremberg Laws were still in force.',
    ],
  },
  'what a speaker says of "I"': {
    caught: [
      [
        'HEYDRICH: In April 1933 I created the Gestapo, the Prussian secret state police.',
        'confusion',
        /Gestapo was founded by Hermann Göring, not Reinhard Heydrich/,
        undefined,
      ],
      [
        '**Stresemann:** Worn out by work, I died after a stroke in October 1931.',
        'wrong-date',
        /Gustav Stresemann died on 3 October 1929, not in October 1931/,
        'October 1929',
      ],
    ],
    silent: [
      'GÖRING: In April 1933 I created the Gestapo, the Prussian secret state police.',
      '**Stresemann:** Worn out by work, I died after a stroke in October 1929.',
      // Another person between the label and "I": whose deed it is is not known.
      'HOST: Heydrich? I read that he created the Gestapo.',
      // Not a person's label.
      'CAPTION: In April 1933 I think Göring created the Gestapo.',
    ],
  },
  'a pronoun with a verb in the present, and a pronoun after how the person was': {
    caught: [
      [
        'Gustav Stresemann held the Foreign Ministry for six years.\nHe dies in October 1931.',
        'wrong-date',
        /Gustav Stresemann died on 3 October 1929, not in October 1931/,
        'October 1929',
      ],
      [
        'Gustav Stresemann held the Foreign Ministry.\nWorn out, he died in October 1931.',
        'wrong-date',
        /Gustav Stresemann died on 3 October 1929, not in October 1931/,
        'October 1929',
      ],
    ],
    silent: [
      'Gustav Stresemann held the Foreign Ministry for six years.\nHe dies in October 1929.',
      'Gustav Stresemann held the Foreign Ministry.\nWorn out, he died in October 1929.',
      // Two people on the line above: whose death it is is not known.
      'Stresemann shares the 1926 Nobel Peace Prize with Aristide Briand.\nWorn out, he dies in October 1931.',
    ],
  },
  'a party leader in apposition before "became", and "called off"': {
    caught: [
      [
        '- Stresemann, leader of the Centre Party, became chancellor in August 1923 and called off passive resistance.',
        'confusion',
        /Gustav Stresemann was Chairman of the German People's Party, not a leader of the Centre Party/,
        undefined,
      ],
    ],
    silent: [
      "- Stresemann, leader of the German People's Party, became chancellor in August 1923.",
      // "Became" what it was renamed: no leader said.
      '- The Cheka became the GPU in 1922, still under Dzerzhinsky.',
    ],
  },
  'a post with its place in apposition, a field label before a leading date, a law still in force': {
    caught: [
      [
        '- 1 Dec 1936: Sergei Kirov, Leningrad party boss, shot at the Smolny by Leonid Nikolaev',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1936/,
        '1 December 1934',
      ],
      [
        '- Turning point: 1 December 1936 – Kirov shot at the Smolny by Leonid Nikolaev.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1936/,
        '1 December 1934',
      ],
    ],
    silent: [
      '- 1 Dec 1934: Sergei Kirov, Leningrad party boss, shot at the Smolny by Leonid Nikolaev',
      '- Turning point: 1 December 1934 – Kirov shot at the Smolny by Leonid Nikolaev.',
      '- 1937 – the Nuremberg Laws were still in force.',
      'Note: 1937 – the Nuremberg Laws remained in force.',
    ],
  },
  'a term whose fact names the holder it followed': {
    caught: [
      [
        '- January 1925: Trotsky replaced as Commissar for War by Stalin.',
        'wrong-date',
        /Joseph Stalin did not hold that post then: in January 1925 it was Mikhail Frunze who became/,
        'Mikhail Frunze',
      ],
    ],
    silent: [
      '- January 1925: Trotsky replaced as Commissar for War by Frunze.',
      '- 25 January 1925: Frunze succeeded Trotsky as War Commissar.',
    ],
  },
  'a month in lower case, a death as the second verb, a death in the event the date is of (sets 70, 105)': {
    caught: [
      [
        'stalin has a stroke at his kuntsevo dacha on 1 march and dies on 5 march 1952',
        'wrong-date',
        /Joseph Stalin died on 5 March 1953, not on 5 March 1952/,
        '5 March 1953',
      ],
      [
        '[00:25] first big thing is the cheka, the secret police, set up in december 1918 under felix dzerzhinsky',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      [
        'Stalin has a stroke at his dacha on 1 March and dies on 5 March 1952',
        'wrong-date',
        /Joseph Stalin died on 5 March 1953, not on 5 March 1952/,
        '5 March 1953',
      ],
      // A range of days within a month, said as it is read.
      [
        "and they're all shot there on the night of 16-17 july 1918, in sverdlovsk, as the czechs get close",
        'anachronism',
        /Sverdlovsk got that name in 1924; on 16–17 July 1918 it was Yekaterinburg/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      'stalin has a stroke at his kuntsevo dacha on 1 march and dies on 5 march 1953',
      '[00:25] first big thing is the cheka, the secret police, set up in december 1917 under felix dzerzhinsky',
      '- night of the long knives june 1934: röhm & SA leaders killed',
      '- Night of the Long Knives June 1934: Röhm and SA leaders killed',
      'Stalin met Churchill at Yalta and died in 1953',
      'Stalin has a stroke at his dacha on 1 March and dies on 5 March 1953',
      'Kirov argued with Stalin and died on 1 December 1934',
      'Stresemann shared the 1926 Nobel Peace Prize with Briand and died on 3 October 1929.',
      // The agent of a passive in the item above is not the subject of the item under it.
      '- Khrushchev\n  - ousted in October 1964 and replaced as First Secretary by Brezhnev\n' +
        '    - lived on quietly on a state pension and died in 1971',
    ],
  },
  'cloze markup, ticked choices, terms in italics, sums of money, survivors, broken pacts (sets 109-114)': {
    caught: [
      // A finding across a cloze's markup has no quick fix: the fix would take the markup with it.
      [
        'The {{c1::Cheka}} was set up on 20 December {{c2::1918}} under Felix Dzerzhinsky.',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not 20 December 1918/,
        undefined,
      ],
      [
        '{{c1::Kirov}} was shot in the Smolny on {{c2::1 December 1935::date}}.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1935/,
        '1 December 1934',
      ],
      [
        'Q3. When was the Cheka set up? (a) December 1917 (b) December 1918 ✔ (c) March 1918',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      [
        '- August 1906: a bomb killed 28 people and Stolypin.',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in August 1906/,
        'September 1911',
      ],
      ['The Ruhr occupation cost 17,000 lives.', 'wrong-figure', /not 17,000/, undefined],
      [
        '- Molotov signed the Nazi-Soviet Pact in June 1941.',
        'wrong-date',
        /Molotov–Ribbentrop Pact: 23 August 1939, not June 1941/,
        'August 1939',
      ],
      [
        '- 1899 — Rouble put on the gold standard as the climax of the currency reform',
        'wrong-date',
        /Russia's adoption of the gold standard: 1897, not 1899/,
        '1897',
      ],
    ],
    silent: [
      'The {{c1::Cheka}} was set up on 20 December {{c2::1917}} under Felix Dzerzhinsky.',
      'Q3. When was the Cheka set up? (a) December 1918 (b) December 1917 ✔ (c) March 1918',
      'Q12. The land captains created in 1889 were: (a) elected by the peasants (b) nobles appointed by the ' +
        'government ✔ (c) judges chosen by the Duma',
      'Q5. True or false: the Cheka was set up in December 1918. True / False ✔',
      '- *Kadety* (Constitutional Democrats) formed in October 1905.',
      '- *Pakt Molotova–Ribbentropa* (Nazi–Soviet Pact), 23 August 1939: non-aggression and the division of Poland.',
      '- August 1906: a bomb at his dacha on Aptekarsky Island killed 28 people, but Stolypin was only slightly hurt.',
      '- France and Belgium occupied the Ruhr early in 1923, and a dollar that cost about 17,000 marks in January ' +
        '1923 cost 4.2 trillion marks by December.',
      '- On 22 June 1941 Germany tore up the Nazi–Soviet non-aggression pact and launched Operation Barbarossa.',
      "Explanation: Trotsky was arrested in 1905 as one of the leaders of the capital's Soviet – twelve years " +
        'before he led the Military Revolutionary Committee.',
      'The battle was fought near Allenstein; it was named Tannenberg to avenge the defeat of 1410.',
      '- 1928-01 — Trotsky deported to Alma-Ata in Kazakhstan',
      'Witte put the rouble on the gold standard in 1897.',
      'Germany put the mark back on the gold standard in 1924.',
    ],
  },
  'a body something was formed from, a year as a subject, a body in a title before a name (sets 103, 108)': {
    caught: [
      [
        '- The Provisional Committee of the State Duma, led by Prince Lvov, took power in March 1917.',
        'confusion',
        /Provisional Committee of the State Duma was led by Mikhail Rodzianko, not Georgy Lvov/,
        'Mikhail Rodzianko',
      ],
    ],
    silent: [
      '**Provisional Government** (March–October 1917) – formed from the Duma committee, led first by Prince Lvov ' +
        'and then from July by Kerensky; kept Russia in the war.',
      'Question: why did the February Revolution succeed where 1905 had failed?',
      "Ban on factions: passed at the same congress; Workers' Opposition leader Shlyapnikov was shot in 1937",
    ],
  },
  'other arrows, a level begun at, what the writer owns up to, a news dateline, and more (sets 116-126)': {
    caught: [
      [
        '- Redemption payments: I said 49 years – the peasants were to pay them off over 20 years.',
        'wrong-figure',
        /up to 49 years — not 20/,
        undefined,
      ],
      [
        'PETROGRAD, 5 JANUARY 1919 — CONSTITUENT ASSEMBLY MEETS FOR THE FIRST AND LAST TIME',
        'wrong-date',
        /Constituent Assembly: 18–19 January 1918 \(5 January 1918 Old Style\), not 5 January 1919/,
        '5 January 1918',
      ],
      [
        '- Lenin dies Jan 1926 ⇒ Petrograd renamed',
        'wrong-date',
        /Vladimir Lenin died on 21 January 1924/,
        'January 1924',
      ],
      [
        '- Hitler was tried in Munich in 1925.',
        'wrong-date',
        /Adolf Hitler was tried at the Beer Hall Putsch trial \(26 February – 1 April 1924\), not in 1925/,
        undefined,
      ],
      ['- Hitler died in 1956.', 'wrong-date', /Adolf Hitler died on 30 April 1945/, '1945'],
      // A ruler's number is no "I" owning up.
      [
        '- Alexander I had defeated Napoleon by 1815, and Nicholas I had died in 1857.',
        'wrong-date',
        /Nicholas I died on 2 March 1855, not in 1857/,
        '1855',
      ],
    ],
    silent: [
      '- 1st & 2nd dissolved fast; June 1907 electoral law ⇒ 3rd Duma packed with gentry',
      '- Dawes Plan (August 1924): reparations started at 1 billion marks a year, rising to 2.5 billion.',
      '- Redemption payments: I said 20 years – the peasants were to pay them off over 49 years.',
      '- I wrote the Four-Year Plan (1936) was run by Himmler – correction: it was run by Göring.',
      'PETROGRAD, 5 JANUARY 1918 — CONSTITUENT ASSEMBLY MEETS FOR THE FIRST AND LAST TIME',
      // Set 125: another thing's date after a clause of its own; the one beaten; a death declared by a court.
      '28. Hitler was tried for HIGH TREASON, and the first volume of MEIN KAMPF appeared in 1925.',
      '41. In the 1932 presidential election Hindenburg beat Hitler with 53 PER CENT of the vote in the second round.',
      '47. A German court only officially declared Hitler DEAD in 1956.',
      // A total of something wider after the semicolon (set 126).
      'The siege of Leningrad lasted from September 1941 to January 1944 and killed over a million civilians; in all ' +
        'about 27 million Soviet citizens died.',
    ],
  },
  "a deed that was another's, told in the passive, and a later step before a body (sets 109-123)": {
    caught: [
      [
        '- The republic was proclaimed from a balcony of the Reichstag by Friedrich Ebert.',
        'confusion',
        /Friedrich Ebert: it was Scheidemann who proclaimed the republic on 9 November 1918/,
        'Philipp Scheidemann',
      ],
      [
        '- Republic proclaimed from the Reichstag by Ebert',
        'confusion',
        /it was Scheidemann who proclaimed the republic/,
        'Scheidemann',
      ],
      // Convening a meeting is leading it (sets 94, 107).
      [
        '- The Wannsee Conference of 20 January 1942, convened by Himmler, brought together 15 officials.',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Heinrich Himmler/,
        'Reinhard Heydrich',
      ],
      // Who set Dachau up (set 117).
      [
        '- The first concentration camp, Dachau, was set up by Göring in March 1933.',
        'confusion',
        /Dachau concentration camp was founded by Heinrich Himmler, not Hermann Göring/,
        'Heinrich Himmler',
      ],
      // A suicide told in notes' present tense (sets 37, 76, 116).
      [
        '- Tannenberg (late Aug 1914): Rennenkampf shoots himself as his army is destroyed',
        'confusion',
        /Paul von Rennenkampf's death was not a suicide but a killing without trial/,
        undefined,
      ],
      [
        '→ Röhm, arrested at Bad Wiessee, takes his own life in his cell at Stadelheim.',
        'confusion',
        /Ernst Röhm's death was not a suicide/,
        undefined,
      ],
      [
        '- In December 1925 Zinoviev joined the United Opposition.',
        'anachronism',
        /The United Opposition did not exist yet in December 1925/,
        undefined,
      ],
    ],
    silent: [
      '- The republic was proclaimed by Scheidemann, and Ebert became chancellor.',
      '- Ebert was made chancellor by Prince Max; the republic was proclaimed by Scheidemann.',
      '- The republic proclaimed by Scheidemann was defended by Ebert and the army.',
      // A step after the date on the way to a body is of a later time (set 123).
      '- Zinoviev and Kamenev broke with Stalin in December 1925 and then joined Trotsky in the United Opposition.',
      '- Tannenberg (late Aug 1914): Samsonov shoots himself as his army is destroyed',
      '- Hitler takes his own life in the bunker on 30 April 1945.',
      '- The Wannsee Conference, convened by Heydrich, met in January 1942.',
      '- Dachau was set up by Himmler in March 1933.',
      '- Dachau was set up by the SS in March 1933.',
    ],
  },
  'who chaired the Constituent Assembly': {
    caught: [
      [
        'The Constituent Assembly, chaired by Kerensky, met in January 1918.',
        'confusion',
        /Constituent Assembly was led by Viktor Chernov, not Alexander Kerensky/,
        'Viktor Chernov',
      ],
      [
        'Kerensky chaired the Constituent Assembly.',
        'confusion',
        /Constituent Assembly was led by Viktor Chernov, not Alexander Kerensky/,
        'Viktor Chernov',
      ],
      // The Assembly's own name keeps its date: it met once, in January 1918.
      [
        'The Bolsheviks dissolved the Constituent Assembly in March 1918.',
        'wrong-date',
        /Constituent Assembly: 18–19 January 1918, not March 1918/,
        'January 1918',
      ],
    ],
    silent: [
      'Chernov chaired the Constituent Assembly in January 1918.',
      'The Constituent Assembly was led by the SRs, the largest party.',
      // The dissolution is another entry, with no chair: who ordered it is no slip of Chernov's.
      'The dissolution of the Constituent Assembly was organised by Lenin in January 1918.',
    ],
  },
  "an office in a glossary's shorthand: a colon, a hyphen, held 'from' a date": {
    caught: [
      [
        'Stalin: General Secretary from April 1924.',
        'wrong-date',
        /Joseph Stalin became General Secretary of the Central Committee on 3 April 1922, not in April 1924/,
        'April 1922',
      ],
      [
        'Stalin = General Secretary from April 1924.',
        'wrong-date',
        /became General Secretary of the Central Committee on 3 April 1922, not in April 1924/,
        'April 1922',
      ],
      [
        'Stalin: General Secretary 1920.',
        'wrong-date',
        /was General Secretary of the Central Committee from 3 April 1922 to 16 October 1952, not in 1920/,
        undefined,
      ],
      ['Hitler - Chancellor 1932.', 'wrong-date', /Heinrich Brüning held the post/, undefined],
      [
        '- Hitler – Chancellor from January 1932 onwards',
        'wrong-date',
        /Adolf Hitler became Reich Chancellor on 30 January 1933, not in January 1932/,
        'January 1933',
      ],
    ],
    silent: [
      'Stalin: General Secretary from April 1922.',
      'Hitler - Chancellor 1933.',
      // A span from its start to its end: a term held, judged as before.
      'Stalin – General Secretary from April 1922 to 1952.',
      'Stalin – General Secretary from 1924 to 1926, building up his power.',
      'Hitler – Chancellor from January 1933 onwards.',
      // The title of the one named next: no office of the first.
      'Hindenburg: Chancellor Papen was dismissed in December 1932.',
      'Hindenburg – Chancellor Brüning ruled by decree from 1930.',
    ],
  },
  "a million as German notes write it, 'Mio' (set 130)": {
    caught: [
      [
        'The famine of 1932–33 killed 50 Mio people.',
        'wrong-figure',
        /estimates of the deaths from starvation run from about 5\.7 to 8\.7 million — not 50 Mio/,
        undefined,
      ],
    ],
    silent: [
      '- List of 11 Mio Jews in Europe at the Wannsee Conference; the meeting lasted only about 2 hours',
      'The famine of 1932–33 killed about 7 Mio. people.',
    ],
  },
  'names in German spelling are names, not slips (set 130)': {
    caught: [
      [
        'Kamenew was shot in August 1937.',
        'wrong-date',
        /Lev Kamenev died on 25 August 1936, not in August 1937/,
        'August 1936',
      ],
      [
        'Trotzki was murdered in Mexico in 1941.',
        'wrong-date',
        /Leon Trotsky died on 21 August 1940, not in 1941/,
        '1940',
      ],
    ],
    silent: [
      'Kamenew und Sinowjew were shot in August 1936; Bucharin and Rykow followed in March 1938.',
      'In the year 1934 was Kirow murdered in Leningrad, and Jeschow later ran the NKVD.',
    ],
  },
  'names in French spelling are names, not slips (set 147)': {
    caught: [
      [
        'Staline died in March 1952.',
        'wrong-date',
        /Joseph Stalin died on 5 March 1953, not in March 1952/,
        'March 1953',
      ],
      [
        'Toukhatchevski was shot in June 1938.',
        'wrong-date',
        /Mikhail Tukhachevsky died in June 1937, not in June 1938/,
        'June 1937',
      ],
      ['Khodynka field: crush for free mugs → 13 000 dead', 'wrong-figure', /not 13 000/, undefined],
    ],
    silent: [
      'le 1er mars 1881 Alexandre II tué à St Petersbourg; Perovskaïa pendue en avril',
      'Raspoutine assassiné en décembre 1916 par Youssoupov; Lénine rentre en avril 1917 (Finland Station)',
      'Koltchak fusillé à Irkoutsk en février 1920; Tchernov présidait la Constituante',
      '1863 university statute (Golovnin) = autonomy; censorship relaxed 1865',
      'charged with poisoning Zhdanov (d. 1948) and Shcherbakov (d. 1945); big purge of Jews expected',
      'March 1953: Beria clears the doctors; investigator Ryumin blamed, later executed',
      'Khodynka field: crush for free mugs & food → 1 389 dead, ~1 500 injured',
      '- Dec 1932 Schleicher chancellor, tries to split the Nazis w/ Gregor Strasser as vice-chancellor',
      'Nicolas II abdique le 15 mars 1917 à Pskov; Stolypine assassiné à Kiev en 1911',
    ],
  },
  'a decimal comma in a share of the vote (set 156)': {
    caught: [['- 5/3/1933 elections: NSDAP 33,9% -> no majority', 'wrong-figure', /43.9%.*not 33,9%/, '43.9']],
    silent: ['- 5/3/1933 elections: NSDAP 43,9% -> no majority', 'March 1933: Nazis 43,9 per cent, SPD 18,3 per cent'],
  },
  'a document dated by its use, or by what it still did (sets 130, 131)': {
    caught: [
      ['Article 48 was written in 1920.', 'wrong-date', /Article 48: 11 August 1919, not 1920/, '1919'],
      // "Still" tells of a document, not of a death (set 140).
      [
        '- Stresemann died 3 Oct 1930, still Foreign Minister',
        'wrong-date',
        /3 October 1929, not 3 October 1930/,
        '3 October 1929',
      ],
      [
        'The Treaty of Versailles was signed in 1920.',
        'wrong-date',
        /Treaty of Versailles: 28 June 1919, not 1920/,
        '1919',
      ],
    ],
    silent: [
      '- Presidential cabinets: Brüning (April 1930 – May 1932) governs with Art. 48',
      'Provenance: emergency decree issued by Pres. Hindenburg after the fire of 27 Feb 1933.',
      'In 1923 the Treaty of Versailles still angered Germans.',
      'Brüning ruled by decree from 1930 to 1932.',
    ],
  },
  'a date of what told of an occasion, not of the occasion (set 131)': {
    caught: [
      [
        "- Kirov's murder (2 Dec 1934)",
        'wrong-date',
        /Assassination of Sergei Kirov: 1 December 1934, not 2 December 1934/,
        '1 December 1934',
      ],
    ],
    silent: [
      "## Source C – Pravda announcement of Kirov's murder (2 Dec 1934)",
      "- the news of Kirov's murder reached Moscow on 2 Dec 1934",
    ],
  },
  'a railway taken, in the present tense (set 130)': {
    caught: [
      [
        '- Work on the Trans-Siberian Railway began in 1895.',
        'wrong-date',
        /Trans-Siberian Railway: began in 1891, not 1895/,
        '1891',
      ],
    ],
    silent: [
      '- June/July 1918: Czechoslovak Legion takes most of the Trans-Siberian Railway (Omsk, Samara)',
      '- 1918: the Legion captures stretches of the Trans-Siberian Railway',
    ],
  },
  'a short title line over a list names its subject, as a label does (set 134)': {
    caught: [
      [
        '# Ep 7 – Stalin\n\n[00:19:05] Kirov\n- shot 1 Dec 1936',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1936/,
        '1 December 1934',
      ],
      // A field's line is no title: the heading names the subject of the fields under it (set 143).
      [
        '## Kristallnacht\nDate: Nov 1938\nKilled: 91 (early reports)\nArrested: c. 3,000 Jewish men sent to camps',
        'wrong-figure',
        /Kristallnacht: up to 30,000 Jewish men were arrested/,
        undefined,
      ],
    ],
    silent: [
      '# Ep 5 – Weimar: killed by the Depression (1918–33)\n\n[00:15:00] Versailles\n- signed 28 June 1919',
      // The title names no one: the heading's subject is not the item's ("Lenin" died in 1924).
      '# Stalin\n\n[00:31:10] Lenin and the succession\n- died 1924',
    ],
  },
  "a scholar's reference is no date and no name of the note's (set 137)": {
    caught: [
      [
        'In January 1905 the marchers reached the Winter Palace in Petrograd (Figes 1996: 177).',
        'anachronism',
        /Petrograd got that name on 31 August 1914/,
        'Saint Petersburg',
      ],
    ],
    silent: [
      '**Bibliography:** Conquest, R. (1989) *Stalin and the Kirov Murder*. Knight, A. (1999) *Who Killed Kirov?*.',
      'Pobedonostsev was Ober-Procurator of the Holy Synod from 1880 (Byrnes 1968: 140).',
      '**Notes:** [1] Pares 1939, p. 102. [2] Byrnes 1968, p. 152.',
      'The Vyborg signatories were barred from standing again (Pares 1939: 102; Byrnes, 1968, p. 140).',
    ],
  },
  'struck-through words are taken back (set 133)': {
    caught: [
      [
        '- Stolypin shot at Kiev opera ~~Sept 1911~~ Sept 1912',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in September 1912/,
        'September 1911',
      ],
    ],
    silent: [
      '- Stolypin shot at Kiev opera ~~Sept 1912~~ 1 Sept 1911 – died 4 days later',
      '- the Kronstadt rising, ~~1920~~ 1921, was crushed by Tukhachevsky',
    ],
  },
  "notes' '+' joins a second deed as 'and' does (set 132)": {
    caught: [
      [
        'Kádár took over; Nagy was arrested 22 Nov + executed in 1956.',
        'wrong-date',
        /Imre Nagy died on 16 June 1958, not in 1956/,
        '1958',
      ],
    ],
    silent: [
      "HOST: Papen's 'Cabinet of Barons' lifted the SA ban + on 20 July 1932 sacked the Prussian state govt.",
      'Papen lifted the SA ban + sacked the Prussian govt on 20 July 1932.',
    ],
  },
  "a bracket of a person's own, an abbreviation in a bracket, a fraction (sets 133, 143)": {
    caught: [
      [
        '- Kirov (b. Kostrikov, 1886) was shot in the Kremlin in 1934.',
        'confusion',
        /Sergei Kirov died in Leningrad, not the Kremlin/,
        undefined,
      ],
    ],
    silent: [
      'Victim: Sergei Kirov (b. Kostrikov 1886), Leningrad party boss, 48',
      '- Kirov (b. Kostrikov, 1886) – Leningrad party boss, replaced Zinoviev there',
      '- Jan 1919 elections → "Weimar Coalition" = SPD, Centre, DDP (c. 3/4 of seats)',
      '- new opposition: SRs (c. 1901, peasant socialism), liberal Union of Liberation (1903–04)',
    ],
  },
  "a date that closes the deed before 'and' (set 142)": {
    caught: [
      [
        'The RSDLP was founded in 1898 and Stalin became General Secretary in 1924.',
        'wrong-date',
        /Joseph Stalin became General Secretary of the Central Committee on 3 April 1922, not in 1924/,
        '1922',
      ],
    ],
    silent: [
      "The Marxist RSDLP was founded in 1898 and Lenin's What Is to Be Done? came out in 1902.",
      'The Cheka was set up in December 1917 and the Red Army was founded by Trotsky.',
    ],
  },
  "notes' short names: SD, W2, MilRevKom, 5-yr plans (sets 129, 136, 141, 143)": {
    caught: [
      ['The SD was founded in 1935.', 'wrong-date', /SD \(Sicherheitsdienst\): set up in 1931, not 1935/, '1931'],
    ],
    silent: [
      '2nd Duma: Feb–June 1907 — dissolved after an SD deputy was framed for plotting mutiny',
      '- both monarchs went – N2 abdicated March 1917, W2 abdicated 9 Nov 1918 + fled to Holland',
      '25 Oct 1917 (= 7 Nov NS): MilRevKom declares Prov Govt deposed → Sovnarkom',
      '- funny thing: Trotsky proposed 5-yr plans to the CC in April 1926',
    ],
  },
  "a figure someone else gave, parties' sum, a post only offered (sets 134, 143)": {
    caught: [
      [
        'Jan 1919: the DDP had 75% of the vote.',
        'wrong-figure',
        /German Democratic Party won 18\.6% of the vote/,
        '18.6',
      ],
      [
        '- Kristallnacht 9–10 Nov 1938: 36 dead',
        'wrong-figure',
        /Kristallnacht: at least 91 Jews were killed in the pogrom itself/,
        undefined,
      ],
    ],
    silent: [
      "- Kristallnacht 9–10 Nov 1938: Heydrich's own report said 36 dead, later counts at least 91",
      'Coalition: SPD + Centre + DDP had c. 75% of the vote in Jan 1919',
      'Dec 1932: Gen. Kurt von Schleicher — tries to split Nazis by offering Gregor Strasser Vice-Chancellor',
    ],
  },
  "a killer's surname is the killer's (sets 129, 143)": {
    caught: [
      [
        '- Plehve was killed by Kalyayev in 1904.',
        'confusion',
        /Vyacheslav von Plehve was killed by Yegor Sazonov, not Ivan Kalyayev/,
        'Yegor Sazonov',
      ],
    ],
    silent: [
      '- June 1904 Bobrikov (gov-gen of Finland) killed; 15 July 1904 Plehve blown up by Sazonov',
      '- Plehve was assassinated by Sazonov, an SR, in July 1904.',
    ],
  },
  "a field's label that is its verb, and 'd.' or 'b.' under a person (sets 138, 143)": {
    caught: [
      [
        '# Cheka\nFounded: 20 Dec 1918',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not 20 December 1918/,
        '20 December 1917',
      ],
      [
        '- Stresemann\n  - d. 3 Oct 1930',
        'wrong-date',
        /Gustav Stresemann died on 3 October 1929, not on 3 October 1930/,
        '3 October 1929',
      ],
    ],
    silent: [
      '# Cheka\nFounded: 20 Dec 1917\nLed by: Dzerzhinsky',
      '- Stresemann\n  - d. 3 Oct 1929',
      // A label that is no verb stays a label: "Date" tells nothing of the heading's person.
      '## Stresemann\nDate: 3 Oct 1930',
    ],
  },
  'Kętrzyn, Rastenburg until 1945 (sets 127-144: fourteen times)': {
    caught: [
      [
        "- 20 July 1944 bomb at the Wolf's Lair near Kętrzyn",
        'anachronism',
        /Kętrzyn got that name in 1946; on 20 July 1944 it was Rastenburg/,
        'Rastenburg',
      ],
    ],
    silent: [
      "- Stauffenberg's bomb exploded at Rastenburg on 20 July 1944.",
      "- The Wolf's Lair near Kętrzyn is now a museum.",
    ],
  },
  'the Reichsmark came in 1924; in November 1923 it was the Rentenmark': {
    caught: [
      [
        '- The Reichsmark was introduced in November 1923.',
        'wrong-date',
        /Reichsmark: introduced on 30 August 1924, not November 1923/,
        'August 1924',
      ],
      // Brought in "new" by its maker.
      [
        '- Stresemann brought in the new Reichsmark on 15 Nov 1923.',
        'wrong-date',
        /Reichsmark: introduced on 30 August 1924, not 15 November 1923/,
        '30 August 1924',
      ],
    ],
    silent: ['- The Reichsmark was introduced in August 1924.', '- The Rentenmark was introduced in November 1923.'],
  },
  'false alarms of sets 127–144: a namesake, an election, a joint deed, a name that outlived its body': {
    caught: [
      // The July plot's Beck is Ludwig, decided by the date near; Józef's death stays a finding of its own.
      [
        'Józef Beck killed himself in 1944.',
        'confusion',
        /Józef Beck's death was not a suicide but a natural death/,
        undefined,
      ],
      [
        '9 Nov 1918: Ebert proclaimed the republic.',
        'confusion',
        /it was Scheidemann who proclaimed the republic/,
        'Scheidemann',
      ],
      [
        'The Scheidemann government took office in October 1919.',
        'wrong-date',
        /13 February – 20 June 1919, not October 1919/,
        'February 1919',
      ],
      [
        'The Weimar Constitution was adopted on 31 July 1920.',
        'wrong-date',
        /Weimar Constitution: 11 August 1919/,
        '11 August 1919',
      ],
      ['In 1922 the KGB shot thousands.', 'anachronism', /The KGB did not exist yet in 1922/, undefined],
      ['In 1925 the NKVD of the USSR shot thousands.', 'anachronism', /The NKVD did not exist yet in 1925/, undefined],
      ['In 1950 the Cheka shot thousands.', 'anachronism', /The Cheka no longer existed in 1950/, undefined],
      ['In 1907 the Bukharinites met.', 'anachronism', /The Right Opposition did not exist yet in 1907/, undefined],
    ],
    silent: [
      '- July Plot 20 July 1944: Stauffenberg was shot that night + Beck killed himself.',
      '- 9 Nov Ebert + Scheidemann (SPD) proclaimed the republic; armistice 11 Nov',
      '- Germany: Scheidemann govt resigned 20 June 1919 rather than sign; Bauer govt accepted 23 June',
      'The Weimar National Assembly was elected in January 1919.',
      '- Weimar National Assembly\n  - elected Jan 1919, turnout 83%',
      '- Weimar constitution\n  - passed by the Nat Assembly 31 July 1919, promulgated 11 Aug 1919',
      '- Cheka\n  - Feb 1922 reorganised as GPU under the NKVD',
      'In 1922 the NKVD ran the prisons.',
      'H – 4 Nov 1956 Red Army crushes it, Kádár installed',
      'HOST: Correct! 3rd Duma (Nov 1907-June 1912): Octobrists 154, Rightists 147, Kadets 54',
    ],
  },
  'false alarms of sets 145–152: a law used, a namesake treaty, a question, a change of seats, a loose day': {
    caught: [
      ['Cheka born 20 Dec 1918 – opponents dragged away,', 'wrong-date', /20 December 1917/, '20 December 1917'],
      [
        '- Hitler released 20 Dec 1925 after serving only 9 months',
        'wrong-date',
        /Release of Adolf Hitler: 20 December 1924, not 20 December 1925/,
        '20 December 1924',
      ],
      ['In 1905 the Petrograd workers marched.', 'anachronism', /Petrograd got that name/, 'Saint Petersburg'],
      ['The Reichstag fire was in March 1933.', 'wrong-date', /27 February 1933, not March 1933/, 'February 1933'],
      [
        '- Cheka set up le 20/12/1918 to fight counter-revolution',
        'wrong-date',
        /20 December 1917/,
        '20 December 1917',
      ],
      ['Article 48 was written in 1920.', 'wrong-date', /Article 48: 11 August 1919, not 1920/, '1919'],
      [
        '15 Sept 1936 – the Nuremberg Laws decree, Jews lose citizenship',
        'wrong-date',
        /Nuremberg Laws/,
        '15 September 1935',
      ],
      ['The Treaty of Brest-Litovsk was signed in December 1917.', 'wrong-date', /3 March 1918/, 'March 1918'],
      ['Nov 1932: the Nazis won 34 seats.', 'wrong-figure', /Nazi Party won 196 seats/, '196'],
      ['The Bolsheviks were set up in 1910.', 'wrong-date', /set up in 1903/, '1903'],
      [
        '- Cheka (political police) set up Dec 1918 under Dzerzhinsky',
        'wrong-date',
        /20 December 1917/,
        'December 1917',
      ],
      ['Schacht became Economics Minister on 2 Aug 1935.', 'wrong-date', /3 August 1934/, '3 August 1934'],
      ['In 1924 the United Opposition met.', 'anachronism', /The United Opposition did not exist yet/, undefined],
    ],
    silent: [
      'Hitler was released on 20 December 1924 after nine months in Landsberg.',
      'In late Aug Kornilov, born in 1870 into a family of Siberian Cossacks, sent the cavalry towards Petrograd.',
      'The war produced the Petrograd crisis – but 1905 & the Duma period show the deeper weakness.',
      '| Nov 1932 | Nazis down 34 seats to 196 (33.1%) |',
      "| Kristallnacht | 9–10 Nov 1938; Heydrich's own report: only 36 dead, 7,500 shops |",
      '- Trans-Siberian rly (Moscow–Vladivostok) – 1891–1902\n- track: c. 5,800 km built 1861–90 → 59,616 km by 1905',
      '📍 Prussia (largest state) — 20 July 1932 "Prussian coup": Art. 48 decree sacks the Prussian cabinet',
      'May 1932 Papen\'s "cabinet of barons"; 20 July Prussian coup; lifts the SA ban',
      '- Dec 1932 [[Kurt von Schleicher]] chancellor – tries to get Gregor Strasser as vice-chancellor',
      "- 1932: 'Prussian coup' – Hindenburg's Art. 48 decree sacks the Prussian govt",
      '- 1933: Reichstag Fire Decree (Art. 48) – suspends free speech, press, assembly',
      '- NB Ukraine had signed its OWN separate Treaty of Brest-Litovsk on 9 Feb 1918 (2 treaties, same name)',
      '**Q4. Why did Stalin sign the Nazi-Soviet Pact? [6]**',
      'Nov 1932: the Nazis drop 34 seats to 196 (33.1%) & are still the biggest party.',
      'Back in May 1918 the Bolsheviks brought in conscription; the Red Terror began in September.',
      'Dec 1925: Zinoviev & Kamenev break w/ Stalin & end up beside Trotsky in the "United Opposition".',
      '- Witte made 1st chairman of the Council of Ministers 20 Oct 1905 = effectively first PM',
      'Schacht became Economics Minister on 2 Aug 1934 – the very SAME day Hindenburg died.',
    ],
  },
  'ends and stances the data tells otherwise, and deaths told as a second verb (sets 145–155)': {
    caught: [
      [
        '- Kerensky refused to arm the Red Guards, defended city only w/ loyal troops.',
        'confusion',
        /Kerensky gave weapons to the Petrograd workers/,
        undefined,
      ],
      ['- The Vyborg Manifesto was issued by the Octobrists.', 'confusion', /chiefly Kadets and Trudoviks/, undefined],
      ['Witte refuses to borrow abroad.', 'confusion', /he drew foreign capital into Russia/, undefined],
      [
        '- Samsonov himself was captured and held as a POW',
        'confusion',
        /Samsonov was never taken prisoner/,
        undefined,
      ],
      ['- Grinevitsky captured & hanged for it', 'confusion', /Hryniewiecki was never tried or hanged/, undefined],
      ['- Bogrov shot dead by guards on the spot', 'confusion', /Bogrov did not die on the spot/, undefined],
      ['- Kolchak fled abroad to exile', 'confusion', /Kolchak did not escape/, undefined],
      [
        '- Röhm was given a pistol in his cell in Stadelheim and shot himself.',
        'confusion',
        /Ernst Röhm's death was not a suicide but a killing without trial/,
        undefined,
      ],
      ['- Yezhov: committed suicide in 1940', 'confusion', /Nikolai Yezhov's death was not a suicide/, undefined],
      [
        '- Yezhov resigns Nov 1938, arrested 1939, then shot himself in 1940',
        'confusion',
        /Nikolai Yezhov's death was not a suicide/,
        undefined,
      ],
    ],
    silent: [
      '- Kerensky armed the Red Guards to stop Kornilov.',
      '- The Vyborg Manifesto was issued by Kadet and Trudovik deputies in Finland.',
      '- Samsonov shot himself in the forest after the defeat at Tannenberg',
      '- Hryniewiecki threw the second bomb and was himself fatally wounded',
      '- Bogrov was tried and hanged in Kiev in September 1911',
      '- Kolchak handed over at Irkutsk and shot in Feb 1920',
      '- Röhm refused to shoot himself and was shot by SS men on 1 July 1934',
      '- Hitler ordered Röhm arrested and later shot himself in 1945',
      '- Rennenkampf was sacked and Samsonov shot himself',
      '- Yezhov: arrested 1939, shot Feb 1940',
    ],
  },
  "where it happened: the Kroll Opera House, the Tauride Palace, Versailles, a town's outskirts (sets 145–155)": {
    caught: [
      [
        '- Enabling Act 23 March 1933 – vote held in the Reichstag chamber',
        'confusion',
        /Enabling Act \(1933\): at Kroll Opera House, not Reichstag chamber/,
        'Kroll Opera House',
      ],
      [
        'The Enabling Act was passed in the Reichstag building.',
        'confusion',
        /at Kroll Opera House/,
        'Kroll Opera House',
      ],
      [
        'The Constituent Assembly met in the Smolny Institute.',
        'confusion',
        /at Tauride Palace, not Smolny/,
        'Tauride Palace',
      ],
      [
        'The Armistice was signed in a railway carriage at Versailles in November 1918.',
        'confusion',
        /at Compiègne, not Versailles/,
        'Compiègne',
      ],
      [
        '- 1896: Khodynka Field stampede on the outskirts of St Petersburg during coronation festivities',
        'confusion',
        /Khodynka Tragedy: at Moscow, not St Petersburg/,
        'Moscow',
      ],
      [
        'The **Enabling Act** was passed on 23 March in the Kroll Opera House by 444 votes to 194.',
        'wrong-figure',
        /not 194/,
        undefined,
      ],
    ],
    silent: [
      'The Enabling Act was passed in the Kroll Opera House in Berlin on 23 March 1933.',
      'The Enabling Act was passed in Berlin.',
      'The Constituent Assembly met in the Tauride Palace in Petrograd.',
      'The Constituent Assembly met in Petrograd in January 1918.',
      'The Treaty of Versailles was signed at Versailles in June 1919.',
      'The Armistice was signed in a railway carriage at Compiègne.',
      '- 1896: Khodynka Field stampede on the outskirts of Moscow during coronation festivities',
      'Versailles was a harsh treaty.',
    ],
  },
  'a count of the thing named just above (sets 145–160)': {
    caught: [
      [
        '- Kristallnacht 9–10 Nov – c.7,500 businesses smashed\n- about 3,000 Jewish men sent to concentration camps',
        'wrong-figure',
        /Kristallnacht: up to 30,000 Jewish men were arrested.* — not 3,000/,
        undefined,
      ],
      [
        '- Treaty of Versailles signed 28 June 1919\n- army cut to 10,000 men, no air force',
        'wrong-figure',
        /limited the German army to 100,000 men — not 10,000/,
        undefined,
      ],
    ],
    silent: [
      '- Kristallnacht 9–10 Nov – c.7,500 businesses smashed\n- about 30,000 Jewish men sent to concentration camps',
      // Another time, another count.
      '- Kristallnacht 9–10 Nov 1938 – c.7,500 businesses smashed\n- in 1942 some 3,000 Jewish men were deported',
      // A loose unit ties nothing: temporary obligation's years are not the redemption payments'.
      '- redemption payments over 49 yrs\n- temporary obligation: in some regions nearly 20 yrs',
      // Two things named above: whose count it is, is not clear.
      '- Kristallnacht and the Anschluss in 1938\n- about 3,000 Jewish men sent to camps',
      // Too far above, past a heading.
      '- Kristallnacht 9–10 Nov\n## Later\n- about 3,000 Jewish men sent to concentration camps',
    ],
  },
  'a body begun in a definition, by its maker or with a description; a killing after the date (sets 161–176)': {
    caught: [
      [
        '- Cheka = All-Russian Extraordinary Commission vs counter-rev & sabotage, set up 20 Dec 1918 by Sovnarkom',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not 20 December 1918/,
        '20 December 1917',
      ],
      [
        '| Cheka | All-Russian Extraordinary Commission vs counter-revolution + sabotage, set up 20 Dec 1918 |',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      [
        '- The Cheka secret police was set up on 20 Dec 1918.',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      [
        '- Sovnarkom set up the Cheka on 20 Dec 1918.',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      [
        "- Niemöller's Pastors' Emergency League sets up the Confessing Church in 1936",
        'wrong-date',
        /Confessing Church: set up in 1934, not 1936/,
        '1934',
      ],
      [
        '- On 1 Dec 1936 Nikolaev shoots Kirov.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934/,
        '1 December 1934',
      ],
      [
        '- Stolypin became premier in July 1907.',
        'wrong-date',
        /Stolypin became Prime Minister in July 1906/,
        'July 1906',
      ],
      [
        "- Lenin's Testament dictated in May 1924.",
        'wrong-date',
        /Lenin's Testament: 23 December 1922 – 4 January 1923, not May 1924/,
        'December 1922',
      ],
      [
        '- Mit brennender Sorge issued 10 March 1938',
        'wrong-date',
        /Mit brennender Sorge \(1937\): 10–14 March 1937, not 10 March 1938/,
        '10 March 1937',
      ],
      [
        '- The Kapp Putsch was in 1919 and the Nazis moved to the right',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not 1919/,
        '1920',
      ],
      [
        '## Treaty of Brest-Litovsk\n- treaty signed Nov 1918',
        'wrong-date',
        /Treaty of Brest-Litovsk: 3 March 1918/,
        'March 1918',
      ],
      [
        '- NB emancipation of the serfs in 1863',
        'wrong-date',
        /Emancipation of the serfs: 3 March 1861, not 1863/,
        '1861',
      ],
      [
        '- Trotsky removed as War Commissar in Jan 1927.',
        'wrong-date',
        /Trotsky left the post of .* in 1925, not in January 1927: Kliment Voroshilov held the post/,
        '1925',
      ],
      [
        '- Malenkov forced out as PM in 1957',
        'wrong-date',
        /Malenkov left the post of .* in February 1955, not in 1957: Nikolai Bulganin held the post/,
        '1955',
      ],
      ['- Yezhov shot Feb 1939, Beria takes over', 'wrong-date', /Yezhov died on 4 February 1940/, 'February 1940'],
      [
        '- Sept 1916 Nikolai II takes supreme command (Stavka), Grand Duke sent to the Caucasus',
        'wrong-date',
        /Nicholas II takes supreme command: 5 September 1915, not September 1916/,
        'September 1915',
      ],
      [
        '- Kapp + Lüttwitz executed for high treason afterwards',
        'confusion',
        /Wolfgang Kapp's death was not an execution but a natural death/,
        undefined,
      ],
      [
        '- Rasputin murdered Dec 1916 in the Joesoepov palace on the Mojka, plot led by prince Lvov',
        'confusion',
        /Rasputin was killed by Felix Yusupov and Vladimir Purishkevich, not Georgy Lvov/,
        undefined,
      ],
      ['- 1962: Gagarin 1st man in space – Vostok from Baikonur', 'wrong-date', /Vostok 1 .*12 April 1961/, '1961'],
      ['- Heydrich assassinated (May 1943)', 'wrong-date', /Heydrich died on 4 June 1942/, 'June 1942'],
      ['| 8 Nov 1918 | Kiel mutiny |', 'wrong-date', /Kiel mutiny: 3 November 1918, not 8 November/, '3 November 1918'],
      [
        '4. Cheka set up? → Dec 1918 ✓',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      ['17. Stolypin made PM? → July 1908 ✓', 'wrong-date', /Stolypin became Prime Minister in July 1906/, 'July 1906'],
      ['- Nagy fled to Yugoslavia and lived there in exile', 'confusion', /Nagy was not let go into exile/, undefined],
      [
        '- Denikin was captured + shot by the Reds in 1920',
        'confusion',
        /Denikin was never taken by the Reds/,
        undefined,
      ],
      ['- assassin Bogrov lynched by crowd in the theatre', 'confusion', /Bogrov did not die on the spot/, undefined],
      [
        '- Jan 1878 Vera Zasulich shoots gen. Trepov — jury found her guilty, sent to katorga.',
        'confusion',
        /Vera Zasulich was acquitted/,
        undefined,
      ],
    ],
    silent: [
      '- Cheka = All-Russian Extraordinary Commission vs counter-rev & sabotage, set up 20 Dec 1917 by Sovnarkom',
      // Something else named on the way is what was set up.
      '- Cheka = secret police, replaced by the GPU, set up Feb 1922',
      '- The Cheka secret police was set up on 20 Dec 1917.',
      // What was made is another thing of the body's.
      "- In 1922 Sovnarkom set up the Cheka's successor, the GPU.",
      '- On 1 Dec 1934 Nikolaev shoots Kirov.',
      // An attempt the Tsar survived.
      '- In 1866 Karakozov shoots Alexander II but misses.',
      '- Karakozov shot Alexander II in 1866 but missed.',
      '- Stolypin became premier in July 1906.',
      // A document made over days: issued on one, dated another.
      '- Mit brennender Sorge issued 10 March 1937 but dated 14 March; in German not Latin',
      // A document handled after it was made.
      "- Zinoviev and Kamenev did help suppress Lenin's Testament in May 1924, saving Stalin.",
      "- Lenin's Testament was read out to delegates in May 1924.",
      // A chat's question without its question mark, and its answer (set 162).
      '[16:17] Sam: kapp putsch was 1919 right\n[16:17] Priya: nope 13 march 1920. kapp + lüttwitz',
      '- land and liberty split in 1881 yeah',
      // A count that fits makes another on the line a point of comparison (set 168).
      '## 1923\n- passive resistance → govt pays strikers in Rentenmarks\n' +
        '- $1 = 18,000 marks Jan 1923 → over 4 trillion marks Nov 1923',
      // A post someone was tried in.
      '- Dec 1932 Schleicher (Defence Min.) chancellor → tries Strasser as vice-chancellor',
      // Items parted by spaced slashes (set 170).
      '- 1923 hyperinflation, Munich Putsch / 1924 Dawes / 1925 Locarno',
      // What a petition asked for, in a bracket, is no occasion its bearer attended.
      'By 8 Jan 110,000 were on strike and Gapon led the march with the petition (8 hr day, constituent assembly).',
      // A speaker in the first person (set 171).
      'Malenkov: Beria, Khrushchev, Bulganin and I were with Stalin; he was found collapsed... died 5 March 1953.',
      // A thing of someone the knowledge base does not know (set 174).
      "- NB emancipation 1861 was 2 yrs before Lincoln's Emancipation Proclamation (1863)",
      // Dutch numbers: dots group thousands, a comma is a decimal point; a total to a time is no event's count.
      '## Great Retreat 1915\n- by end aug 1915 ca 3,7 mln casualties, 733.000 dead, up to 1,8 mln POW',
      '- Kristallnacht: 30.000 Jewish men sent to concentration camps',
      '- Dekulakization: 1,8 mln peasants deported 1930–31',
      // A treaty annulled, and killers listed after the deed (set 176).
      '## Treaty of Brest-Litovsk\n- treaty annulled after German defeat Nov 1918',
      '## Rasputin\n- night of 16/17 Dec 1916 killed at the Yusupov palace: Yusupov, Purishkevich, Gd Duke Dmitri',
      '## Kirov\n- killed in the Smolny by Leonid Nikolaev (b. 1904, ex-party member) – NKVD almost certainly involved',
      // Two bodies and their two leaders.
      "- 10 Nov Council of People's Representatives: 3 MSPD + 3 USPD, led by Ebert + Haase",
      // What only a person undergoes, under an event's heading (set 169).
      '## 7. Munich Putsch\n- released 20 Dec 1924 after only about 9 months',
      // A name after a word of time that relates it to the line's date (set 173).
      'PETROGRAD, SEPTEMBER 1917 – Kornilov (replaced Brusilov after the failed July offensive) sends troops.',
      '- Sept 1915 Nikolai II takes supreme command (Stavka)',
      // A quiz's bare question answered rightly; a yes-or-no question is not asking when (set 183).
      '4. Cheka set up? → Dec 1917 ✓',
      // Nagy's exile in Moscow before the war was real; Denikin was arrested in 1917 by the Provisional Government.
      '- Nagy lived in exile in Moscow in the 1930s',
      '- Denikin was arrested with Kornilov in August 1917',
      '5. Was the Cheka set up by Lenin? → Dec 1918, yes',
      // A crisis of two years (set 183).
      '30. Which war minister sacked for the shell shortage 1915? → Sukhomlinov ✓',
      // An assassination dated by its attack; a mutiny's second day; a war over when its treaty was signed; a decree
      // issued under Article 48; words given to no one (sets 177, 180).
      '**6. Heydrich assassinated (May 1942)** – Czech resistance fighters trained by Britain',
      "| 4 Nov 1918 | Kiel mutiny -> first workers' + soldiers' council |",
      '| 31 Mar 1856 | ukaz announcing the peace treaty = Crimean war over |',
      '| 28 Feb 1933 | Decree for the Protection of People + State (Art 48) – basic rights suspended |',
      "**3. 'Wager on the strong' land reforms (1906–11)** – aim = peasant farmers loyal to the tsar",
      '**1. Grain procurement crisis (1927–28)** – Stalin turns against NEP, Bukharin defeated 1928',
      // An office of the same title in another state: the Empire's interior ministry was gone by 1953 (set 179).
      '| doctors exonerated by decree of 31 Mar 1953 – issued by Beria as interior minister | Ryumin blamed |',
      '- 1929 Trotsky deported to Turkey',
      // Removed within the term, or after it with no one else in the post yet.
      '- Trotsky removed as War Commissar in Jan 1925.',
      '- Malenkov resigned as PM in Feb 1955',
      // One executed, shot when he was.
      '- Yezhov shot Feb 1940',
      // A birth on the item above dates none of this one's deeds (set 169).
      '## 8. Provisional Govt\n- Kornilov (b.1870, Cossack family) = C-in-C\n- Bolsheviks help defend Petrograd',
    ],
  },
  'a part of a total, a range that meets the record, leaders together, names listed (sets 181–192)': {
    caught: [
      // A toll over part of its time is still too many if it passes the whole; a count over a wider time too few.
      ['- In 1937–38 some 20 million died in the Gulag', 'wrong-figure', /Gulag: .* — not 20 million/, undefined],
      [
        '- E: official figures = about 68,169 executions in 1936-38, plus 116,000 deaths in the Gulag.',
        'wrong-figure',
        /Great Purge: declassified Soviet records give 681,692 people shot .* — not 68,169/,
        undefined,
      ],
      // The count the cue names, not the one joined after it.
      [
        '  - c. 1.5 million arrested; c. 68,000 executed 1937–38 (official) + 116,000 Gulag deaths',
        'wrong-figure',
        /Great Purge: .* — not 68,000/,
        undefined,
      ],
      // A range that misses the record by far.
      [
        '- Constituent Assembly election 1917: Bolsheviks c. 40–45% of the vote',
        'wrong-figure',
        /won 23\.3% of the vote .* not 45%/,
        undefined,
      ],
      // The battle of 1914 misdated, with its namesake of 1410 in the knowledge base.
      [
        '- Battle of Tannenberg, Aug 1915: Samsonov encircled',
        'wrong-date',
        /Battle of Tannenberg \(1914\): 26–30 August 1914, not August 1915/,
        'August 1914',
      ],
      // A glossary's term and its date in a bracket (set 185); a chronicle's day under its year's heading (set 186).
      [
        '**Cheka** (20 Dec 1918) – All-Russian Extraordinary Commission vs counter-revolution & sabotage',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not 20 December 1918/,
        '20 December 1917',
      ],
      [
        '**Four Year Plan** (1938) – Göring in charge of the economy, aim = autarky',
        'wrong-date',
        /Four-Year Plan: introduced in 1936, not 1938/,
        '1936',
      ],
      ['## 1923\n- 9 Mar – Hitler launches the Munich Putsch', 'wrong-date', /not 9 March 1923/, '8 November 1923'],
      [
        '## 1921\n- 5 Jan: Kronstadt rising crushed',
        'wrong-date',
        /1–18 March 1921, not 5 January 1921/,
        '1 March 1921',
      ],
      // A scale word as Scandinavian and Czech notes write it (sets 194, 198); a list's own noun (set 198).
      [
        '- Emancipation manifesto 19. 2. 1861 (OS)\n- freed c. 2,3 mil. serfs, total pop. of empire 74 mil.',
        'wrong-figure',
        /not 2,3 mil\./,
        undefined,
      ],
      [
        '- Versailles: army max 15,000 men',
        'wrong-figure',
        /limited the German army to 100,000 men — not 15,000/,
        undefined,
      ],
      // A label of several words, an arrow, a place after a comma, an agent's gloss, a Czech date (sets 192–196).
      [
        '- The most notorious meeting: Wannsee Conference, 20 Nov 1942, in a lakeside villa',
        'wrong-date',
        /Wannsee Conference: 20 January 1942, not 20 November 1942/,
        '20 January 1942',
      ],
      ['→ 10th Party Congress, Moscow, 8–16 March 1922', 'wrong-date', /8–16 March 1921, not 8–16 March 1922/, '1921'],
      [
        '- Stolypin shot by Dmitri Bogrov (informer) in Kiev, 14 Sept 1912',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not on 14 September 1912/,
        '18 September 1911',
      ],
      [
        '- Nuremberg laws 15. 9. 1934: Reich citizenship law',
        'wrong-date',
        /15 September 1935, not 15 September 1934/,
        '15 September 1935',
      ],
      // Fates the record contradicts (sets 202, 203).
      ['Step 11 → Molotov expelled + shot.', 'confusion', /Molotov was never shot/, undefined],
      [
        '- Anti-Party Group plot 1957 fails -> Malenkov taken out and shot.',
        'confusion',
        /Malenkov was never shot/,
        undefined,
      ],
      // An alias with an ordinal in figures, and the ordinal still singles out its series (sets 149, 199, 204, 208).
      ["41. Lenin's 1st stroke May 1923 → TRUE", 'wrong-date', /May 1922, not May 1923/, 'May 1922'],
      ['- 1st Duma opened 27 April 1907 – lasted just 72 days', 'wrong-date', /not 27 April 1907/, '27 April 1906'],
    ],
    silent: [
      // A part of the Gulag's time (set 184), and shares read as a range (set 184).
      '**Numbers**: official 681,692 executions + ~116,000 Gulag deaths 1937–38; estimates up to 1.2m',
      '- Constituent Assembly elections (from 12 Nov 1917 (25 Nov NS)) → Bolsheviks (c. 25–29%)',
      // A name the knowledge base does not know stands between the body and the date (set 181).
      '**RAD**: Unemployment Relief Act June 1933; Reich Labour Service compulsory from 1935 — men 18–25',
      // A relative's given name is no slip of a place's (set 182).
      "Anna's cousin Kolya was a sailor at Kronstadt; on 1 March 1921 15,000 people met in Anchor Square.",
      // The line as first built is shorter than Moscow–Vladivostok today (sets 161, 162, 172, 191).
      '- Trans-Siberian begun 1891, most built by 1902, c. 4,000 miles Moscow–Vladivostok',
      // A death within a purge's days (set 191); an older spelling of a country (set 187).
      '- 30 June–2 July 1934: Röhm + SA leaders shot by SS + Gestapo (Heydrich); army reassured',
      '- 1957 anti-party group coup fails -> Malenkov exiled to Kazakstan',
      // What a document cannot do: meet (set 187).
      '## Weimar constitution\n- National Assembly elected 19 jan 1919\n- met 6 feb 1919 in Weimar (Berlin unsafe)',
      // Leaders together; names listed side by side (set 185).
      '**Gestapo** (1933–) – secret police, branch of the SS. Himmler & Heydrich ran the SS machine.',
      '- Himmler and Heydrich led the SS.',
      '**Alexander II** (r. 1855–81) – "Tsar Liberator" – see Emancipation Edict, Zemstva, Assassination.',
      // Members named, not the body; a date long after a body began is of something it did (set 185).
      "**Spartacists** (Jan 1919) – Luxemburg & Liebknecht's communist rising, crushed by the Freikorps.",
      '**Reichstag** (27 Feb 1933) – the building burnt; van der Lubbe arrested',
      // The right day under the year's heading; a renaming's day in the Old Style (set 186).
      '## 1921\n- 1–18 Mar: Kronstadt rising crushed',
      '## 1914\n- 18 Aug: St Petersburg renamed Petrograd (too German)',
      // A day measured against another event's (set 188).
      "Date of death 13 Mar 1915 (NS) - same day & month as Alex II's murder, 34 yrs on.",
      // Names as Czech students write them (set 194): a Czech place name, a case ending, a plural, c for ts, and a
      // form two names share.
      '- 1905: Bloody Sunday in Petrohrad, Gapon leads the march',
      '## Krize + nástup Hitlera 1929–33',
      '- NB the 2 Miljutins are brothers! Nikolaj (emancipation) vs Dmitrij (war min., army)',
      '- born 1868, 26 y.o. at accession, also taught by Pobedonoscev',
      "- Gorkij: doesnt Lenin's govt drag off to prison all who think differently?",
      // A change, not a result; a law's coming into force; a use of Article 48 (sets 196, 197).
      '- Nov 1932: Nazis LOST about 2 million votes and 34 seats, down to 196 (33.1%) – but still the largest party.',
      '- The first sterilisation law came into force 1 Jan 1934 – "courts for hereditary health".',
      "1930: Müller's grand coalition collapsed → from April Brüning (Centre) ruled by Art. 48.",
      // "He" after a line that names two people, one as the owner of a document (set 197).
      "Lenin's Testament (finished 4 Jan 1923) said Stalin should be kept on.\nHe died at Gorki on 21 Jan 1924.",
      // A list's other noun; a scale word (set 198); a series' name written short (set 198).
      '- army 100,000, no air force, no subs, navy max 15,000 men + 6 battleships',
      '- freed c.23 mill serfs out of total pop. of c.74 mill',
      '- 2nd Congress Oct 1917 set up SNK w/ Lenin as chair, passed Decrees on Peace + Land',
      // A place's own count under the Wannsee Conference (set 199); a birth the sources date a year apart, and a
      // count in thousands (set 200).
      '- 20 Jan 1942 Wannsee – 15 officials at an SS villa\n- Lidice destroyed – c. 340 killed (192 men, 60 women)',
      '[^12]: Nestor Makhno (1889–1934)',
      '[^6]: kolkhozes of 1000s of acres, 100,000s of peasants',
      // Names as Hungarian students write them (set 201).
      '- 1906: Sztolipin became PM; Buharin and Kamenyev later; Moszkva, Pszkov',
      '- II. Miklós: b. 1868. május 18. (6 May OS)\n- told Tver nobility their hopes were "senseless dreams"',
      // A thing's deputies met later; another thing born; a count of the dead (sets 201, 203, 205).
      '- 18 May 1918: c. 400 Constituent Assembly deputies meet + condemn the treaty',
      '## Process 1: how the Kaiser fell + the republic was born (Oct 1918 – Jan 1919)',
      'Step 8 → famine 1932–33 (Conquest: up to 5m died 1929–33).',
      "- 12 Aug 1906 bomb at Stolypin's: 27 dead, 32 wounded incl 2 of his children. he was unhurt",
      // One of the purges; the congress that made the treaty; the whole a list's parts make up; an idea of a body
      // (sets 205, 207, 208).
      '- party purge 1935 expelled 250,000',
      '| Alexander II | inherited Crimean War; Congress of Paris opened 25 Feb 1856 → Treaty of Paris |',
      "- 10 Nov Council of People's Deputies = 3 SPD + 3 USPD, headed by Ebert",
      "27. the labour-service idea went back to Brüning's Voluntary Labour Service of 1931 → TRUE",
      // A count of a place of its own, under the thing named above it (set 199).
      '- Kristallnacht 9–10 Nov 1938 – synagogues burned\n- about 3,000 Jewish men sent to the camps from Vienna',
      // A city's strikers, by the student's short name for it (set 214).
      '- by 3 Jan 1905 all 13,000 Putilov workers out; by 8 Jan over 110,000 strikers in St P',
      // A Stakhanovite of his own (set 205).
      '- Busygin (Gorky car works) forged 966 crankshafts in a shift, Sept 1935',
      // Names as Turkish students write them (set 209); a death sentence, not a death (set 213); another cell's place
      // (set 215).
      '- Kruşçev denounced Stalin in 1956; Buharin; Moskova',
      '- Aug 1879 NV exec committee (22 members) "sentences" Alex II to death',
      "| Grand Duke Sergei (tsar's uncle) killed by SR Kalyaev – Feb 1905 | defeat at Mukden | Baltic Fleet sunk |",
      // The battle of 1410 that the battle of 1914 was named after (set 188).
      "Hindenburg named it Tannenberg after the Teutonic Knights' defeat in 1410, at roughly the same spot.",
    ],
  },
  'a title given oneself, a deed shared, an announcement by its agent, Romanian and Latvian spellings (sets 185–232)': {
    caught: [
      // The title as notes shorten it, taken up by oneself (sets 185, 188, 191, 193).
      [
        '- Nicholas II made himself C-in-C in September 1916.',
        'wrong-date',
        /Nicholas II became Supreme Commander-in-Chief of the Russian Army on 5 September 1915, not in Sept/,
        'September 1915',
      ],
      [
        '- In Sept 1916 Nicholas II appointed himself supreme commander.',
        'wrong-date',
        /Nicholas II became Supreme Commander-in-Chief .* not in September 1916/,
        'September 1915',
      ],
      // Two people it befell together (sets 130, 188).
      [
        '- Trotsky & Zinoviev expelled from the party 14 Nov 1925.',
        'wrong-date',
        /Expulsion of Trotsky and Zinoviev from the party: November 1927, not 14 November 1925/,
        'November 1927',
      ],
      // A heading that leads with its date, as a list item does (set 219).
      [
        '### 27 Feb 1934 – Reichstag fire',
        'wrong-date',
        /Reichstag fire: 27 February 1933, not 27 February 1934/,
        '27 February 1933',
      ],
      // The law that set a body up dates it (sets 217, 225); the rouble put on gold standard (sets 217, 218, 225, 229).
      [
        '- zemstva (local councils, district + provincial) set up by law of 1 Jan 1874',
        'wrong-date',
        /Zemstvo: set up in 1864, not 1 January 1874/,
        '1864',
      ],
      [
        '- rouble put on gold standard 1887 -> confidence for investors',
        'wrong-date',
        /Russia's adoption of the gold standard: 1897, not 1887/,
        '1897',
      ],
      // Who shot at a person who lived: the attempt's perpetrator (sets 164, 184, 217).
      [
        '- 30 Aug 1918: Lenin shot twice (badly wounded) by Maria Spiridonova (SR) → Red Terror',
        'confusion',
        /Assassination attempt on Lenin \(1918\): made by Fanny Kaplan, not Maria Spiridonova/,
        'Fanny Kaplan',
      ],
      // The doer between the deed and its place; St Petersburg as Finnish names it (set 218).
      [
        '- Tsar + family shot by firing squad at Tobolsk 17 July 1918',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        '- Khodynka disaster on Khodynka field in Pietari, 4 days after coronation',
        'confusion',
        /Khodynka Tragedy: at Moscow, not Pietari/,
        'Moscow',
      ],
      // Another named after the death's word is no one who died: "Yusupov's palace" (set 153).
      [
        "## Rasputin\n- murdered at Yusupov's palace Dec 1915",
        'wrong-date',
        /Grigori Rasputin died on 30 December 1916, not in December 1915/,
        'December 1916',
      ],
      // A name that ends in a participle, its agent, then the date (sets 147, 191).
      [
        "- Doctors' Plot announced by Pravda & Izvestia in Jan 1952: 9 doctors arrested",
        'wrong-date',
        /Announcement of the Doctors' Plot: 13 January 1953, not January 1952/,
        'January 1953',
      ],
    ],
    silent: [
      // The right month, the Old Style month, and others' terms.
      '- Nicholas II made himself C-in-C in Aug 1915.',
      '- Grand Duke Nicholas became commander-in-chief in 1914.',
      '- Kornilov became Supreme Commander in July 1917.',
      // A title one claimed is no term of the office (set 205).
      '| Wolfgang Kapp | Prussian civil servant | named himself Reichskanzler | forced out after 4–5 days |',
      // Two people, but the event tells of one only.
      '- Trotsky and Bukharin expelled from the party in 1929.',
      "- The Doctors' Plot was announced in January 1953.",
      // Names as Romanian students write them (set 217).
      '- Troțki led the Red Army; Stolîpin PM 1906; Hrușciov spoke in 1956; Grinevițki threw the bomb; Voroșilov',
      // A body in lower case that ends another's name, there at the date (set 217).
      '- towns get elected dumas 1870 (municipal statute)',
      // A comparison (set 217); what a deed avenged (sets 220, 222).
      '## Kronstadt (1921)\n- sailors were mostly the SAME men as 1917 – 94% recruited before 1918',
      '- Gustav von Kahr killed too – payback for 1923, 11 yrs on',
      // Another named before the death's word; a thing of theirs blown up (set 221).
      'A3 → N2: A3 dies of kidney disease Oct 1894 aged 49',
      'terrorists ✗ Stolypin: house blown up Aug 1906, his daughter crippled',
      // The party's own conference, written without its number (set 221).
      '1st FYP → officially ran from Oct 1928 but only approved by the Party Conference in April 1929',
      // A day before its month is no count (set 222).
      '## Night of the Long Knives (1934)\n- killed 30 June–2 July: Gregor Strasser, ex-Chancellor Schleicher',
      // The namesake treaty, with Ukraine (set 224).
      '- NB other Brest-Litovsk treaty 9 Feb 1918 (Ukraine)',
      '- Lenin was shot by the SR Fanya Kaplan, 30 Aug 1918',
      // Names as Latvian students write them, in their case endings (set 225).
      '- Staļins, Ļeņins, Hruščovs, Zasuliča in Pēterburga; Arhangeļska; Kameņevs; Buharins; Plehanovs',
      // A round hundred after a day and a month is a count (set 225).
      '- 1 Nov leave Warsaw Pact -> 4 Nov 1000 tanks into Budapest',
      // The admiral, not the minister of the same name (set 229).
      '31 Mar 1904 – flagship Petropavlovsk hits mines off Port Arthur, Adm Makarov killed',
      // "w/" for with; a part of a month of the name's own; a cause told after the deed (sets 228, 229).
      '1930 – Brüning (Centre) chancellor, rules w/ Art 48, raises taxes + cuts spending',
      "29 Oct 1918 – sailors' revolt starts at Wilhelmshaven (wouldn't sail out), Kiel mutiny early Nov",
      '- Feb 1936 – David Frankfurter had shot Wilhelm Gustloff, but Nazis held back bc of Berlin Olympics',
    ],
  },
  "a title in quotes, the small hours after a day, a line's day kept, what was meant (sets 218–248)": {
    caught: [
      // A title in quotes between the thing and its occasion (set 218).
      [
        '- 25.2.1956 Secret Speech "On the cult of personality" at closed session of 19th Party Congress',
        'wrong-date',
        /Secret Speech belongs to the 20th Congress .* not the 19th Congress/,
        '20th Party Congress',
      ],
      // A date in a month's name of another language (sets 201, 233, 235).
      [
        '- Cheka set up 20. des 1918, leader Feliks Dzerzhinskij',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      [
        '- Kerensky PM from 1917. május 8.',
        'wrong-date',
        /Alexander Kerensky became Minister-Chairman/,
        '21 July 1917',
      ],
      // A shot the person lived through, told as the attempt it was (sets 242, 246).
      [
        '- Lenin was shot on 30 Aug 1919 but survived',
        'wrong-date',
        /Assassination attempt on Lenin \(1918\): 30 August 1918, not 30 August 1919/,
        '30 August 1918',
      ],
      // What came in, and what was set up, in a clause of its own (sets 245, 246).
      [
        '- The Rentenmark came in on 15 Nov 1924, so inflation was finally stopped.',
        'wrong-date',
        /Rentenmark: introduced on 15 November 1923/,
        '15 November 1923',
      ],
      [
        '- The Cheka, which was set up in Dec 1918, hunted enemies.',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      // One named with the killers who is none of them (sets 127, 203, 236, 238).
      [
        '- Rasputin killed by Yusupov, Purishkevich + Grand Duke Michael, body pushed under the ice',
        'confusion',
        /Grigori Rasputin was killed by Felix Yusupov and Vladimir Purishkevich, not Grand Duke Michael/,
        undefined,
      ],
      // "Say" as a noun hedges nothing (set 238).
      [
        '- October Manifesto drafted by Stolypin - civil rights, parties allowed, Duma w/ real say over laws',
        'confusion',
        /October Manifesto was written by Sergei Witte, not Pyotr Stolypin/,
        'Sergei Witte',
      ],
      // A spaced hyphen is a dash before who did it (sets 238, 239).
      [
        '- 20 Jan 1942 Wannsee Conference in a villa - chaired by Himmler, ~15 officials',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Heinrich Himmler/,
        'Reinhard Heydrich',
      ],
      // The invasion of eastern Poland in the words notes use (set 219).
      [
        '17 Sept 1940 – Red Army invades E. Poland',
        'wrong-date',
        /Soviet invasion of Poland: 17 September/,
        '17 September 1939',
      ],
      // Two days after, small hours or not (sets 240, 242, 246).
      [
        '- Nazi-Soviet Pact signed in the early hours of 25 Aug 1939',
        'wrong-date',
        /Molotov–Ribbentrop Pact: 23 August 1939, not 25 August 1939/,
        '23 August 1939',
      ],
    ],
    silent: [
      // "N1" is Nicholas I, as "N2" is Nicholas II (set 221).
      'Nicholas I → Alexander II (A2): N1 dies Feb/Mar 1855, Crimean War being lost',
      // A name after a comma that goes on with words of its own is none of the doers (set 248).
      '- Treaty of Brest-Litovsk signed 3 March 1918 by Sokolnikov, Trotsky having refused to sign',
      // The killers named together; and "say" as a verb still hedges.
      '- Rasputin killed by Prince Yusupov, Purishkevich and Grand Duke Dmitri in Dec 1916',
      '- Some say Stolypin drafted the October Manifesto.',
      // A line's day kept by its first thing dates no later clause (set 234).
      '- 17.9.1939. Soviets invade eastern Poland; Winter War vs Finland 105 days',
      // The small hours after the day (sets 240, 242, 246).
      '- Molotov-Ribbentrop Pact actually signed in the early hours of 24 Aug 1939, though dated 23 Aug',
      // A later deed after "but" (set 240).
      '- Hitler tried for treason but left Landsberg Dec 1924 after only 9 months',
      // Two bodies joined by a slash after an arrow (set 242).
      '- [[RSDLP]] formed 1898, 1903 congress in London → Bolshevik/Menshevik split',
      // A bracket after the body with its own date (set 244).
      'Unemployment is down from 6 million in 1932 to 0.4 million - but the RAD (compulsory since 1935) makes every ' +
        'man 18-25 dig ditches for 6 months on pocket money.',
      // A year as a topic beside a name; a point of reference after the date; what was meant (set 245).
      '## Kapp Putsch and 1923',
      '- Land and Liberty, which Natanson pulled together in 1876 after the failure of going to the people, wanted it',
      '- Lenin meant the Testament to be read out at the 12th Party Congress in April 1923, but it was only read to ' +
        'delegations at the 13th Congress in May 1924.',
      // A count under a broad heading, after a sibling that opens with an event of its own (set 239).
      '## 1905 revolution\n- bloody sunday = 9 jan 1905\n- deaths: official-ish "over 100 killed, ~300 wounded"',
    ],
  },
  'dates in words, Roman months, a multiple choice, telegrams, lakhs (sets 236, 247, 249–264)': {
    caught: [
      // A month in Roman numerals (set 236).
      [
        '- Rasputin killed 17.XII.1915 at the Yusupov palace',
        'wrong-date',
        /Grigori Rasputin died on 30 December 1916/,
        '30 December 1916',
      ],
      [
        '- Anti-Party Group tries to oust Khrushchev VI.1955',
        'wrong-date',
        /Anti-Party Group: 18–29 June 1957, not June 1955/,
        'June 1957',
      ],
      // Years and days in words (sets 144, 247).
      [
        'cheka set up on the twentieth of december nineteen eighteen',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not 20 December 1918/,
        '20 December 1917',
      ],
      [
        'kristallnacht ninth to tenth of november nineteen thirty seven',
        'wrong-date',
        /Kristallnacht: 9–10 November 1938/,
        '1938',
      ],
      [
        '- the Enabling Act was passed in March nineteen thirty-four',
        'wrong-date',
        /Enabling Act .*23 March 1933, not March 1934/,
        'March 1933',
      ],
      // The answer a multiple choice chose, past the options (set 257).
      [
        '**Q6.** When was the Kapp Putsch?\nA) Jan 1919  B) March 1920  C) March 1921  D) Nov 1923\n' +
          'My answer: C – March 1921',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      // Counts in lakhs (set 251).
      ['- Siege of Leningrad: approx 80 lakh starved', 'wrong-figure', /around 900,000 — not 80 lakh/, undefined],
      // A month as Estonian writes it (set 249).
      [
        '- Cheka set up 20. detsembril 1918, boss Felix Dzerzhinsky',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not 20 December 1918/,
        '20 December 1917',
      ],
      // An apposition with a post and an age, then a dash before the deed (set 251).
      [
        '- Sergei Kirov, Leningrad party boss, aged 48 – shot 1st Dec 1935 at about 16:30 in the Smolny.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1935/,
        '1 December 1934',
      ],
      // Another name of the person in the bracket after their name is still theirs (set 168).
      [
        '- Kirov (real name Kostrikov) shot 1 Dec 1935, Smolny, Leningrad',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1935/,
        '1 December 1934',
      ],
      // Who proclaimed the republic, in a telegram's words (set 253).
      [
        'SAME DAY EBERT PROCLAIMS REPUBLIC OUTSIDE REICHSTAG STOP',
        'confusion',
        /it was Scheidemann who proclaimed the republic on 9 November 1918/,
        'Scheidemann',
      ],
    ],
    silent: [
      // A thing in a gloss after a person's name is not dated by the person's date (sets 185, 260).
      '## Murders\n- Erzberger (signed the armistice) murdered Aug 1921',
      // A railway seized is not built then (sets 250, 260).
      '- Czechoslovak Legion grabs Trans-Siberian railway June–July 1918 (Omsk, Samara, Vladivostok)',
      // The true day, read the same way past the apposition (set 251).
      '- Sergei Kirov, Leningrad party boss, aged 48 – shot 1st Dec 1934 at about 16:30 in the Smolny.',
      // What a petition asked for had not happened yet (set 250).
      '- 9 Jan 1905 Bloody Sunday: march to the Winter Palace with a petition (8-hr day, constituent assembly)',
      '- 9 Jan 1905 Bloody Sunday: the petition demanded a constituent assembly',
      // A birth told with its place, in a person's entry (set 255).
      '### Stresemann\n- b. Berlin 1878, DVP, Nobel Peace Prize 1926 w/ Briand',
      // Another deed after a dash is not the killing's (set 255).
      '1. Yagoda (– 1936) – NKVD boss when Kirov killed – replaced by Yezhov 1936',
      // A body's records, read later (set 255).
      '## Great Terror 1937–38\n- KGB figures: 1.5 million arrests in under 15 months',
      // Beria's appointment was made public in December 1938 (set 259).
      '- Yezhov NKVD chief from 1936 → "Yezhovshchina"; Beria replaces Yezhov Dec 1938',
      // A toll over part of the war is no low count of all of it (set 263).
      'Jun-Dec 1941  Soviet losses                   2.6 mill soldiers killed        3.3 mill taken POW',
      // The options of a multiple choice answer nothing (set 257).
      '**Q6.** When was the Kapp Putsch?\nA) Jan 1919  B) March 1920  C) March 1921  D) Nov 1923\n' +
        'My answer: B – March 1920',
      // A telegram's STOP ends a sentence (set 253).
      'MALENKOV OUT AS PM FEB 1955 STOP KGB SET UP MARCH 1954 STOP WARSAW PACT MAY 1955 STOP',
      'BULGANIN PM 1955 STOP DIES 1975 STOP',
      // Lakhs, and billions written "bln" (sets 250, 251).
      '- Leningrad siege from Sept 1941, approx 900 days, approx 8 lakh starved',
      '- reparations fixed 1921 (London schedule) at 132 bln gold marks (£6.6 bln)',
      // A year joined by "+" to a name at a heading's end (sets 250, 264).
      '## Kapp Putsch + 1923',
      // What a point of reference names owns no toll after it (set 257).
      'Reason: 9 Nov = anniversary of the Beer Hall Putsch; Goebbels organised the "spontaneous" pogrom, ' +
        '91 Jews killed.',
      // The tsarist ministry by the name the Soviet one shares (set 258).
      '## Ministry of Internal Affairs, St Petersburg, 12 July 1889',
      // Zhelyabov was born in 1851 (set 254).
      '- plot run by Andrei Zhelyabov (1851–1881), bomb throwers coordinated by Sofia Perovskaya (1853–1881)',
      '- Stolypin shot at the Kiev opera house on 14.IX.1911, died four days later',
      '- Hitler appointed Chancellor on the thirtieth of January nineteen thirty-three',
      '- Lenin died on the twenty-first of January nineteen twenty-four after a third stroke',
      '- Emancipation of the serfs in eighteen sixty-one, on the nineteenth of February (Old Style)',
      '- Kristallnacht on the ninth to tenth of November nineteen thirty-eight',
    ],
  },
  "an article put to use, a group's seats (sets 201, 261, 263, 265–280)": {
    caught: [
      // An article made later, or used before it was made, is still misdated.
      ['- Art. 48 added to the constitution in 1932', 'wrong-date', /Article 48: 11 August 1919, not 1932/, '1919'],
      [
        '- In 1918 Art. 48 was used to sack the Prussian govt',
        'wrong-date',
        /Article 48: 11 August 1919, not 1918/,
        '1919',
      ],
      // A pronoun after the comma is still the party.
      [
        '- 2nd Duma 1907 – SRs stopped boycotting, they got ~200 seats',
        'wrong-figure',
        /Socialist Revolutionary Party won 37 seats in the Second Duma, not 200/,
        '37',
      ],
      // A share said to be of the vote is held to the tallies, however they differ; a bare one far off still is.
      [
        '- Constituent Assembly elections Nov 1917: SRs won 58% of the vote',
        'wrong-figure',
        /Socialist Revolutionary Party won 37.6% of the vote/,
        undefined,
      ],
      [
        '- Constituent Assembly elections Nov 1917 → Bolsheviks won ~60%',
        'wrong-figure',
        /won 23.3% of the vote .* not 60%/,
        undefined,
      ],
      // Dates written year first (sets 265, 277), and ranges in another language's months (sets 250, 280).
      [
        '[1918-12-20] KEY Cheka set up, Dzerzhinsky in charge',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      [
        '- 1918.12.20 Cheka founded under Dzerzhinsky',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      ['- 1st Duma 27 kvitnia – 9 lypnia 1907', 'wrong-date', /First Duma: 10 May – 21 July 1906/, '1906'],
      // A date marked out in backticks is read (set 275).
      [
        '- Wannsee Conference held on `20 January 1943`',
        'wrong-date',
        /Wannsee Conference: 20 January 1942/,
        '20 January 1942',
      ],
      // A date opening a line of results reaches every party on it (set 277).
      ['[1917-11] results: SRs c.40%, Bolsheviks just 9%', 'wrong-figure', /not 9%/, undefined],
      // A date in a pasted row's first field dates the row (set 276); commas that group thousands part no fields.
      [
        '20 Dec 1918,Cheka set up,Dzerzhinsky (a Pole),,,secret police',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      [
        'Para 3: Kristallnacht 9–10 Nov – up to 1,500 synagogues + 7,500 businesses hit; c.9,100 Jews killed; ' +
          '20–30,000 men',
        'wrong-figure',
        /Kristallnacht: at least 91 Jews were killed/,
        undefined,
      ],
      // The attempt on Lenin's life that Kaplan made, named beside it (sets 242, 276).
      [
        "- 30 Aug 1919: attempt on Lenin's life by Kaplan",
        'wrong-date',
        /30 August 1918, not 30 August 1919/,
        '30 August 1918',
      ],
      // Months in Welsh, Indonesian and Tagalog, Vietnamese and Chinese dates, a night of two days (sets 265–280).
      [
        '- Cheka set up 20 Rhagfyr 1918, head = Dzerzhinsky',
        'wrong-date',
        /Cheka: set up on 20 December 1917/,
        '20 December 1917',
      ],
      [
        '- Stalin article "Dizzy with Success" Maret 1932',
        'wrong-date',
        /Dizzy with Success: 2 March 1930/,
        'March 1930',
      ],
      [
        '- Cheka set up ngày 20 tháng 12 năm 1918, head = Dzerzhinsky',
        'wrong-date',
        /Cheka: set up on 20 December/,
        '20 December 1917',
      ],
      ['- Enabling Act 1933年5月23日, 4 years', 'wrong-date', /Enabling Act \(1933\): 23 March 1933/, '23 March 1933'],
      [
        '- Rasputin killed night 16/17 Desember 1915 in Yusupov palace',
        'wrong-date',
        /Rasputin died on 30 December 1916/,
        '1916',
      ],
      // An announcement known to the day, on that day in another year (17 sets in all).
      [
        '- "liquidation of the kulaks as a class" announced by Stalin 27 Dec 1931',
        'wrong-date',
        /Dekulakization: announced on 27 December 1929, not 27 December 1931/,
        '27 December 1929',
      ],
      // A chair named after what else is said of the meeting (sets 134–280: 20 hits).
      [
        '- Wannsee Conference 20 Jan 1942 Berlin villa, ~90 min, 15 officials, chaired by Himmler',
        'confusion',
        /Wannsee Conference was chaired by Reinhard Heydrich, not Heinrich Himmler/,
        'Reinhard Heydrich',
      ],
      [
        '## Constituent Assembly\n- opened 5 Jan 1918 in Tauride Palace, chairman Martov',
        'confusion',
        /Constituent Assembly was chaired by Viktor Chernov, not Julius Martov/,
        'Viktor Chernov',
      ],
    ],
    silent: [
      // The chair is the first thing's, not a party's after it (sets 174, 242, 269, 280).
      '- 1st Duma 1906: Kadets biggest party, chairman Muromtsev; dissolved after ca 2 months',
      '- Wannsee Conference 20 Jan 1942, villa in Berlin suburb, chaired by Heydrich; Eichmann took the minutes',
      '- Stalin announced "liquidation of the kulaks as a class" on 27 Dec 1929, at a conference of agrarians',
      '- 27 Dec 1930: a year since the "liquidation of the kulaks as a class" began',
      "- Rasputin killed on the night of 16/17 Dec 1916 (OS) at Yusupov's palace",
      // The first attempt on Lenin's life, of 1 January 1918 (Old Style), and a row's note of another's name.
      "1 Jan 1918,attempt on Lenin's life,,,,not the famous one - that was Aug",
      '17 Apr 1818,Alex II born,Alexander II,Moscow,,"eldest son of Nicholas I, v. military upbringing"',
      // The death's own date after its word (set 275).
      '- June 1953 **Khrushchev** + Marshal *Zhukov* arrest Beria → shot `23 Dec 1953`',
      // What a petition asked for, listed after a colon (set 277).
      "[1905-01] Gapon's petition: 8 hr day, trade unions, constituent assembly by universal suffrage",
      // Stolypin's land decree (set 277), the Third Duma's end (set 277), a people's party of the same name and
      // seat counts that tallies give differently (set 277), a campaign debated at a congress (set 277).
      '[1906-11-09] KEY land decree - peasants can turn their plots into private property, leave commune',
      '[1912-08-30] NB 3rd Duma ends = the ONLY Duma to sit its full 5 yr term',
      '[1917-11] others: Kadets 4.7%, Mensheviks 2.6%, Left SRs only 1% where they ran separately, Ukrainian SRs 7.7%',
      '[1917-11] Bolsheviks 175 out of 715 seats; with the Left SRs stil only c.30% of deputies',
      '[1927-12] 15th Congress: only "voluntary" collectivisation at this point',
      '[1933-03] SS set up first concentration camp at Dachau - 188,000 prisoners by 1945',
      // The item before names whom a bare verb is about (set 278).
      "## Alexander III (r. 1881–94)\n- Alex Ulyanov (Lenin's older bro) – plot to kill Alex III on 1 March 1887\n" +
        '- hanged 20 May 1887 (p. 47) -> Lenin "I\'ll make them pay for this"',
      // What was announced at a date (set 278), a treaty's ratification (set 279), a night of two days (set 280).
      '- 13 Jan 1953 TASS announces Jewish doctors murdered Zhdanov etc. – looked like a new purge coming',
      '- Concordat ratified 10 Sept 1933 – and technically still in force today',
      '- Rosa Luxemburg at Karl Liebknecht murdered by Freikorps night of 15–16 Enero 1919; killers got off lightly',
      // A bare share of a contested election may be of the seats (sets 184, 267).
      '*Constituent Assembly elections Nov 1917 – SRs 58%, Bolsheviks only 29%*',
      // A year that names a state of things to measure by (set 271).
      '## Treaty of Versailles\n- lost c. 13.5% of 1914 territory (7 mil people) + all colonies',
      // A count in a city is a part of the country's (set 265).
      '## 1905 revolution\n- 1905.1.3 all 13,000 Putilov workers on strike; by 8 Jan ~110,000-120,000 strikers in city',
      // A later date beside an article of a law is its use (sets 201, 263).
      '20 Jul 1932    "Prussian coup"                  Art. 48, Prussian govt sacked     ' +
        'Papen controls Prussian police',
      '- 20 July 1932 "Prussian coup": Art. 48 used to sack the KPD-led Prussian govt, Papen Reich Commissioner',
      '- In 1925 Art. 48 was used again',
      // The seats after a comma are the group's the comma names (set 261).
      '- 2nd Duma 1907 – SDs + SRs stopped boycotting, left got ~200 seats, > 1/3',
    ],
  },
  'a name made a modifier, a list after a colon, a society of two lives (sets 281–288)': {
    caught: [
      // A scale word of another language counts as such: 80 million is far more than were freed (set 296).
      ['- Emancipation Manifesto 1861: 80 milyon serfs freed', 'wrong-figure', /not 80 milyon/, undefined],
      // An office in notes' shorthand, in lower case, with a date in Polish (set 284); a term as a range (set 293).
      [
        '- Hitler chancellor 30 stycznia 1932 – appointed by Hindenburg',
        'wrong-date',
        /Adolf Hitler was Reich Chancellor from 30 January 1933 .* not on 30 January 1932/,
        undefined,
      ],
      [
        '- Stresemann chancellor 1923–29, steadies everything',
        'wrong-date',
        /Gustav Stresemann was Chancellor of Germany from 13 August 1923 to November 1923, not in 1923–1929/,
        undefined,
      ],
      // A general's end, his name as Polish writes it (set 284).
      [
        '- gen. Samsonow was taken prisoner by the Germans',
        'confusion',
        /Samsonov was never taken prisoner: he shot himself/,
        undefined,
      ],
      // A mind map's arrow between a name and its date (set 292); a treaty named by its place, signed (sets 290, 293).
      [
        '- October Manifesto → Oct 1906 → promises Duma + civil liberties',
        'wrong-date',
        /October Manifesto: 30 October 1905, not October 1906/,
        'October 1905',
      ],
      [
        '  - Rhineland remilitarised → 7 March 1937 → Locarno dead',
        'wrong-date',
        /Remilitarisation of the Rhineland: 7 March 1936, not 7 March 1937/,
        '7 March 1936',
      ],
      [
        '- Brest-Litovsk signed March 1919 – massive losses',
        'wrong-date',
        /3 March 1918, not March 1919/,
        'March 1918',
      ],
      [
        '- Versailles signed 28 June 1920',
        'wrong-date',
        /Treaty of Versailles: 28 June 1919, not 28 June 1920/,
        '28 June 1919',
      ],
      // Germany's entry to the League and its exit, as notes put them (sets 284, 288, 290, 294).
      [
        '- Germany was admitted to the League of Nations in 1929',
        'wrong-date',
        /Germany joins the League of Nations \(1926\): 8 September 1926, not 1929/,
        '1926',
      ],
      [
        '- Germany withdrew from the League of Nations in 1935.',
        'wrong-date',
        /withdrawal from the League of Nations \(1933\): October 1933 – 12 November 1933, not 1935/,
        '1933',
      ],
      // The option a multiple choice names as the answer is said of the stem (set 301).
      ['Q2. Nuremberg Laws? a) 1933 b) 1935 c) 1938 -- answer: c', 'wrong-date', /Nuremberg Laws: .* not 1938/, '1935'],
      // Raw HTML's tags are no words (set 287).
      [
        '<li><b>Zemstva</b> (elected local councils) set up 1874 – but nobles dominated them</li>',
        'wrong-date',
        /Zemstvo: set up in 1864, not 1874/,
        '1864',
      ],
      // A share with a decimal comma, far off (set 305).
      [
        '- Anschluss March 1938; plebiscite in April: 9,7% yes',
        'wrong-figure',
        /Anschluss: .*99\.73% in favour — not 9,7/,
        undefined,
      ],
      // A date between a thing and the congress it is put at (sets 282, 293, 296, 302, 308).
      [
        '- Secret Speech, Feb 1956, to the 22nd Party Congress',
        'wrong-date',
        /Secret Speech belongs to the 20th Congress .* not the 22nd Congress/,
        '20th Party Congress',
      ],
      // Khrushchev's premiership, from 1958 (sets 286, 298, 303, 308).
      [
        '- Khrushchev became Premier in 1953.',
        'wrong-date',
        /Nikita Khrushchev became Chairman of the Council of Ministers on 27 March 1958, not in 1953/,
        '1958',
      ],
      // An office held "since" or "right from" a date (sets 285, 287, 293, 305, 307).
      [
        '- Kerensky Prime Minister right from March 1917',
        'wrong-date',
        /Alexander Kerensky became Minister-Chairman of the Provisional Government on 21 July 1917, not in March 1917/,
        'July 1917',
      ],
      // The party of 1876–79 is the one a later date is nearer (not the society of 1861–64).
      [
        'Land and Liberty assassinated Alexander II in 1881.',
        'anachronism',
        /Land and Liberty no longer existed in 1881: it ended in 1879/,
        undefined,
      ],
    ],
    silent: [
      // A number scaled in the writer's own language (set 296), a date a document was kept until (set 292).
      '- Kristallnacht 1938: up to 1500 synagogues, 7500+ shops, 20–30 bin Jewish men to camps',
      "## Lenin's Testament\n- kept quiet til May 1924 → then read out to CC",
      // The same claims, true.
      '- Germany was admitted to the League of Nations in September 1926.',
      '- Germany withdrew from the League of Nations in October 1933.',
      '- Hitler chancellor 30 stycznia 1933 – appointed by Hindenburg',
      '- Stresemann foreign minister 1923–29, steadies everything',
      '- October Manifesto → Oct 1905 → promises Duma + civil liberties',
      '- Brest-Litovsk signed 3 March 1918 – massive losses',
      // The people around a person are the subject, not the person (set 300).
      "- assassins of Alex II hanged, People's Will crushed",
      // The options not chosen (set 301); a date a verb takes as its object (set 302); a sibling that opens with its
      // day and month before a person (set 303); the agent of a passive above "he" (set 299).
      'Q3. When was the Emancipation Edict? a) 1858 b) 1861 c) 1866 -- answer: b',
      '### Joseph Stalin (1878–1953)\n- real birthday 18 Dec 1878, but USSR celebrated 21 Dec 1879 as the official one',
      "9. **1943** – **Feb** – Stalingrad surrender; Goebbels 'total war' speech\n" +
        '   - **18 Feb** – Hans + Sophie Scholl (White Rose) caught with leaflets at Munich uni\n' +
        "   - tried by Freisler's People's Court + executed on the same day, 22 Feb",
      'Finally, in October 1964, he was removed by the Central Committee and replaced as First Secretary by ' +
        'Brezhnev.\n' +
        'He was allowed to retire on a pension and died in 1971.',
      '<li><b>Zemstva</b> (elected local councils) set up 1864 – but nobles dominated them</li>',
      '<tr><td>1921</td><td>Kronstadt rising crushed</td></tr><tr><td>1922</td><td>USSR set up</td></tr>',
      // "It" for the body the line has named (sets 307, 309); a share with a decimal comma (set 305); town dumas in
      // French (set 305); a town named after a person, before it bore the name (set 306).
      '- Potemkin mutiny June 1905 at Odessa\n' +
        '- Trotsky chaired the Petersburg Soviet in 1905 – and chaired it again in Sept 1917',
      '- Potemkin mutiny June 1905 at Odessa\n- St Petersburg Soviet set up Oct 1905, and yes Trotsky chaired it',
      '- Anschluss mars 1938 ; plebiscite in avril : 99,7% yes',
      '- city reform (doumas municipales) en 1870',
      '| Jan 1925 | Trotsky loses War Commissar job (to Frunze) | | |',
      '- Secret Speech, Feb 1956, to the 20th Party Congress',
      '- Khrushchev became Premier in 1958, keeping the post of First Secretary.',
      '- Stalin General Secretary since April 1922',
      // The town, where nothing was signed (set 290).
      '- Trotsky went to Brest-Litovsk in 1919 to see the ruins.',
      '- Brest-Litovsk → March 1919 → loses Ukraine, Baltics, Poland',
      // A name joined to a word that makes it a modifier (set 282).
      "- Germany's very last WW1-related payment (interest on old bonds) was made in {{c1::2010}}",
      '- The last WWI-era veteran died in 2012.',
      // A date in a bracket after a list item of its own, after a colon (set 281).
      "**Summary:** Alexander II reformed because the Crimean War exposed Russia's weakness: emancipation (1861), " +
        'zemstva and juries (1864)',
      // The first Land and Liberty, of 1861–64 (set 281).
      '| Radicals – name? | Land and Liberty (Zemlya i Volya) – name first used by a secret society 1861–64; the ' +
        'famous party refounded 1876 (Natanson) |',
      // A Dataview key names the item's event (set 285).
      '## 1905 Revolution\n- bloody_sunday:: 9 Jan 1905 (O.S.) → 22 Jan in western calendar\n' +
        '- march to Winter Palace w/ petition led by Father Gapon\n' +
        "- Tsar's officials: only 96 dead + 333 injured (other estimates way higher)",
    ],
  },
  'look-alike bodies': {
    caught: [
      [
        "Lenin's Testament was read out to the Central Executive Committee.",
        'confusion',
        /Lenin's Testament: the Central Committee, not the Central Executive Committee/,
        'Central Committee',
      ],
    ],
    silent: [
      "Lenin's Testament was read to the Central Committee in May 1924.",
      // A body the event does not record, with no look-alike it does: nothing to say.
      'The Decree on Land was approved by the Central Executive Committee.',
      // Not what the event went to or came from.
      "Lenin's Testament worried the Central Executive Committee.",
    ],
  },
  "a date that is not the thing's own": {
    caught: [
      // Published before it was made; an office taken before its term, even in Old Style.
      ['The Secret Speech was published in 1950.', 'wrong-date', /Secret Speech: 25 February 1956, not 1950/, '1956'],
      [
        '- Sept 1917 – Sovnarkom set up with Lenin as chairman',
        'wrong-date',
        /Chairman of the Council of People's Commissars from 8 November 1917 .*, not in September 1917/,
        undefined,
      ],
    ],
    silent: [
      // A document joined to the one who used it; an office taken in October Old Style (8 November New Style).
      "- Mar 1930 – Müller's Grand Coalition collapses over unemployment insurance → Brüning + Article 48",
      '- Oct 1917 – Sovnarkom set up with Lenin as chairman',
      // A toll counted after the war; a later publication; a bold label before words with a subject of their own.
      '- 1946 – Stalin publicly put Soviet war losses at only approx 7 million',
      '- the Secret Speech was only officially published in the USSR in 1989',
      '- **New opposition:** the RSDLP founding congress met secretly in Minsk in March 1898',
    ],
  },
  'table rows': {
    caught: [
      [
        '| c. 9,000 | Russian soldiers taken prisoner at Tannenberg, August 1914 |',
        'wrong-figure',
        /92,000 Russian prisoners — not 9,000/,
        undefined,
      ],
      [
        '| c. 500,000 | deaths in the 1921–1922 famine, mainly along the Volga |',
        'wrong-figure',
        /five million people — not 500,000/,
        undefined,
      ],
      [
        '| Kapp Putsch | Mar 1921 | Berlin seized; collapsed after a general strike |',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      // The first cell is what the row is about; a cell that opens with a verb says something of it.
      [
        '| Kirov | murdered in Leningrad, 1 Dec 1936 |',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1936/,
        '1 December 1934',
      ],
      // A flight on the way to a death in exile: the death is the fate told.
      [
        '| Gapon | fled abroad after BS → died of illness in exile, 1906 |',
        'confusion',
        /Georgy Gapon was killed without trial on 10 April 1906; the note's "died of illness in exile" is wrong/,
        undefined,
      ],
    ],
    silent: [
      // A year is no count.
      '| 1921 | famine along the Volga |',
      '| c. 92,000 | Russian soldiers taken prisoner at Tannenberg, August 1914 |',
      // A count in the first cell runs on into the next.
      "| c. 3,000 | people executed in Stolypin's crackdown 1906–1909 |",
      '| Nov 1907–1912 | Third Duma, dominated by the Octobrists | the only Duma to run its full term |',
      '| Martin Niemöller | a U-boat commander in the First World War | arrested 1937 | survived the war |',
      // Cells apart: the date of the fate is not the conference's.
      '| Reinhard Heydrich | head of the SD | chaired the Wannsee Conference | ' +
        'attacked in Prague in May 1942, died on 4 June 1942 |',
      '| Kirov | murdered in Leningrad, 1 Dec 1934 |',
      '| Person | Fate |\n|---|---|\n| Trotsky | murdered in Mexico City, Aug 1940 |',
      // A row's date is its second cell's first sentence only.
      '| Aug 1934 | Hind. dies → H = Führer, army oath to H personally |',
      '| Mar 1935 | conscription, Wehrmacht + Luftwaffe announced | Stresa Front |',
      // A first cell that names two things names no one subject.
      '| Kirov and Stalin | murdered in Leningrad, 1 Dec 1936 |',
    ],
  },
  'who voted against a law': {
    caught: [
      // An answer whose vote is the question's party's.
      [
        'Q: How did the Catholic Centre Party vote on the Enabling Act?\nA: it voted against, like the SPD',
        'confusion',
        /Enabling Act \(1933\): only the Social Democratic Party of Germany voted against it, not the Centre Party/,
        undefined,
      ],
      [
        'Q: How did the SPD vote on the Enabling Act?\nA: voted for',
        'confusion',
        /Enabling Act \(1933\): the Social Democratic Party of Germany voted against it/,
        undefined,
      ],
      [
        '- Enabling Act (Mar 1933)\n- the Centre Party was the only party to vote against',
        'confusion',
        /Enabling Act \(1933\): only the Social Democratic Party of Germany voted against it, not the Centre Party/,
        undefined,
      ],
      [
        '- Enabling Act, 23 March 1933: passed 444–94\n  - only the KPD deputies voted against it',
        'confusion',
        /Enabling Act \(1933\): only the Social Democratic Party of Germany voted against it, not the Communist/,
        undefined,
      ],
      [
        '- Enabling Act (Mar 1933)\n- SPD voted for it to avoid a ban',
        'confusion',
        /Enabling Act \(1933\): the Social Democratic Party of Germany voted against it/,
        undefined,
      ],
    ],
    silent: [
      '- Enabling Act: only the SPD voted against it; the KPD could not vote.',
      '- The SPD voted against the Enabling Act.',
      '- Enabling Act: the Centre Party did not vote against it.',
      // Another thing voted on, with the law on the line above.
      '- Enabling Act (Mar 1933) passed 444–94\n- in 1930 the SPD voted for Brüning and his budget',
      '- Enabling Act (Mar 1933) passed 444–94\n- the KPD voted against the Young Plan',
      'Q: How did the SPD vote on the Enabling Act?\nA: it voted against it',
      'Q: How did the SPD and the Centre Party vote on the Enabling Act?\nA: voted against',
    ],
  },
  'wiki links, bold, a plain apposition, and what is not yet (sets 26 and 27)': {
    caught: [
      [
        '- The USSR launched **Sputnik**, the first artificial satellite, in **October 1959**.',
        'wrong-date',
        /Sputnik 1: 4 October 1957, not October 1959/,
        'October 1957',
      ],
      [
        'Khrushchev attacked Stalin in the **Secret Speech** to the **22nd Party Congress** in February 1956.',
        'wrong-date',
        /Secret Speech belongs to the 20th Congress/,
        '20th Party Congress',
      ],
      [
        '- [[Leon Trotsky]] was murdered in [[Mexico City]] in 1938.',
        'wrong-date',
        /Leon Trotsky died on 21 August 1940, not in 1938/,
        '1940',
      ],
      [
        '- 1861 – Emancipation Edict signed\n- approx 2.3 million privately owned serfs freed by the edict',
        'wrong-figure',
        /23 million privately owned and household serfs — not 2.3 million/,
        undefined,
      ],
      [
        '- Feb 1943 – Stalingrad lost: approx 9,000 Germans go into Soviet captivity',
        'wrong-figure',
        /about 91,000 Germans were taken prisoner.* — not 9,000/,
        undefined,
      ],
      [
        '7. Who was the first President, and how did he leave office? – Friedrich Ebert, who was assassinated in 1925.',
        'confusion',
        /Friedrich Ebert's death was not an assassination but a natural death/,
        undefined,
      ],
      [
        '8. What was the Kapp Putsch and how was it beaten? – A right-wing coup in Berlin in March 1921.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      [
        '- The [[Kapp Putsch]] of March 1921 was defeated not by the army but by a general strike.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      ['- The [[Dawes Plan]] of 1926 rescheduled reparations.', 'wrong-date', /Dawes Plan: introduced in 1924/, '1924'],
      [
        '- [[Sergei Kirov]], the popular Leningrad party boss, was shot at the Smolny in December 1936.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not in December 1936/,
        'December 1934',
      ],
      [
        '- Nicholas issued the [[October Manifesto]] in October 1905.\n' +
          '  - It was drawn up by [[Pyotr Stolypin]], who then became chairman of the new Council of Ministers.',
        'confusion',
        /October Manifesto was written by Sergei Witte, not Pyotr Stolypin/,
        'Sergei Witte',
      ],
      [
        '- The Cheka was set up in December 1917.\n  - Its first chairman was Genrikh Yagoda.',
        'wrong-date',
        /The first Head of the Soviet secret police .* was Felix Dzerzhinsky/,
        'Felix Dzerzhinsky',
      ],
      [
        '- The first Provisional Government was headed by Alexander Kerensky.',
        'wrong-date',
        /The first Minister-Chairman of the Provisional Government was Georgy Lvov/,
        'Georgy Lvov',
      ],
    ],
    silent: [
      // A bracketed date right after a wiki link is the linked name's.
      '> From the accession of [[Alexander II]] (1855) to the outbreak of the [[Russo-Japanese War]].',
      // The "in" of the date, not of a place.
      '- At **Locarno** in 1925 Germany accepted its new western borders.',
      // What was promised did not exist yet, nor does "a Duma"; two topics side by side.
      '4. Which document promised civil rights and an elected Duma in October 1905? – The October Manifesto.',
      'In 1905 the Tsar conceded a Duma to split the opposition.',
      '## Round 1 – 1905 and the Dumas',
      // Germany, not the USSR, joined the League in 1926.
      '- Locarno (1925), League of Nations membership (1926) and the Young Plan (1929) followed.',
      'Germany joined the League of Nations in 1926.',
      // Another man of the surname, by his given name.
      'Joseph Chamberlain died in 1914.',
      'His headmaster was Fyodor Kerensky, who died in 1910.',
      '- **Sputnik**, the first artificial satellite, went up in **October 1957**.',
      'Leon Trotsky, who was assassinated in Mexico in 1940, had been expelled in 1929.',
      '8. What was the Kapp Putsch? – A right-wing coup in Berlin in March 1920, beaten by a general strike.',
      '9. What was the Treaty of Versailles? – The peace Germany signed in June 1919.',
      'Lenin died not in 1925 but in 1924.',
      '- The Dawes Plan of 1924 rescheduled reparations.',
      '- Sergei Kirov, the popular Leningrad party boss, was shot at the Smolny on 1 December 1934.',
      // "It" at the margin may be the heading's subject, not the line above's.
      '## Treaty of Berlin (1926)\n- Stresemann presented it as part of the Locarno policy.\n' +
        '- It was renewed by a protocol signed on 24 June 1931.',
      '- Nicholas issued the October Manifesto in October 1905.\n' +
        '  - It was drawn up by Sergei Witte, who then became chairman of the new Council of Ministers.',
      '- The Cheka was set up in December 1917.\n  - Its first chairman was Felix Dzerzhinsky.',
      '- The Provisional Government was headed by Alexander Kerensky from July 1917.',
    ],
  },
  'a place named years before it bore the name, the date not beside it; a building on the way to the town': {
    caught: [
      [
        'On 1 March 1881 Alexander II was killed by a bomb on the Catherine Canal embankment in Petrograd.',
        'anachronism',
        /Petrograd got that name on 31 August 1914; on 1 March 1881 it was Saint Petersburg/,
        'Saint Petersburg',
      ],
      [
        '- The Constituent Assembly was dispersed by Red Guards in January 1919.',
        'wrong-date',
        /Constituent Assembly: 18–19 January 1918, not January 1919/,
        'January 1918',
      ],
      [
        '- 8–9 Nov 1924 – Munich (Beer Hall) Putsch fails, Bürgerbräukeller',
        'wrong-date',
        /Beer Hall Putsch: 8–9 November 1923/,
        '1923',
      ],
      [
        '- Q: who built the Red Army as Commissar for War? A: Stalin',
        'confusion',
        /Red Army was founded by .* Leon Trotsky/,
        undefined,
      ],
      [
        'In July 1918 the Romanovs were shot in the Ipatiev House in Tobolsk.',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      'On 1 March 1881 Alexander II was killed by a bomb on the Catherine Canal in St Petersburg (later Petrograd).',
      // Its present name may be used of any time.
      'The Red Army took Tbilisi and proclaimed a Soviet republic on 25 February 1921.',
      // A person's name, a renaming told, a relation to the date.
      'The 17th Party Congress, ending on 10 February 1934, heard reports from Molotov and Kuibyshev.',
      "In 1924 the local committee renamed Yuzovka 'Stalin'.",
      "Many reference works simplify this to 'Stalino from 1924'.",
      'In July 1918 the Romanovs were shot in the Ipatiev House in Yekaterinburg, after months at Tobolsk.',
      '- The Constituent Assembly was dispersed by Red Guards in January 1918.',
      '- The Kronstadt sailors were crushed by the Red Army, which had been founded in 1918.',
      '- 8–9 Nov 1923 – Munich (Beer Hall) Putsch fails, Bürgerbräukeller',
      '- Q: who built the Red Army as Commissar for War? A: Trotsky',
      'In 1930, when Stalin was at the height of his power, he pursued a policy that later hurt Nazi Germany.',
    ],
  },
  'a trial for one killed without trial, a death abroad told with "there", a plan in the hands of its head': {
    caught: [
      [
        '- Karl Liebknecht was tried for treason and executed.',
        'confusion',
        /Karl Liebknecht was never tried: the death was a killing without trial \(15 January 1919\)/,
        undefined,
      ],
      [
        '- Admiral Kolchak got away to Paris and died there in exile.',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920; the note's "died there in exile" is wrong/,
        undefined,
      ],
      [
        '- In 1936 the Four Year Plan was put in the hands of Schacht.',
        'wrong-date',
        /Hjalmar Schacht never held that post: in 1936 it was Hermann Göring/,
        'Hermann Göring',
      ],
      [
        '- Four Year Plan 1936 → plenipotentiary = Schacht',
        'wrong-date',
        /Hjalmar Schacht never held the post of Plenipotentiary for the Four-Year Plan/,
        undefined,
      ],
      [
        '- Hugenberg and the Stahlhelm welcomed the Young Plan.',
        'confusion',
        /Alfred Hugenberg: as DNVP chairman he led the committee that organised the 1929 referendum against/,
        undefined,
      ],
      [
        '- Stalin\'s "Dizzy with Success" article told officials to speed collectivisation up even further.',
        'confusion',
        /Dizzy with Success: Stalin's article of 2 March 1930 blamed local officials' excesses/,
        undefined,
      ],
    ],
    silent: [
      '- Rosa Luxemburg and Karl Liebknecht were murdered by Freikorps officers without trial.',
      '- Rosa Luxemburg was tried in 1914 for inciting soldiers to disobey and sentenced to a year in prison.',
      '- Bukharin was tried and executed in March 1938.',
      '- Trotsky fled to Mexico and died there in 1940, murdered on Stalin’s orders.',
      '- In 1936 the Four Year Plan was put in the hands of Göring.',
      '- Four Year Plan 1936 → plenipotentiary = Göring',
      '- Hugenberg and the DNVP campaigned against the Young Plan.',
      '- Stalin\'s "Dizzy with Success" article told officials to slow collectivisation down.',
    ],
  },
  'counts across a semicolon, as answers, and crushed to death (sets 26 and 27)': {
    caught: [
      [
        '- At Tannenberg (August 1914) the Second Army was encircled; the Germans took about 9,000 prisoners.',
        'wrong-figure',
        /Battle of Tannenberg \(1914\): the Germans took 92,000 Russian prisoners — not 9,000/,
        undefined,
      ],
      [
        "- 1896: Khodynka Field disaster during Nicholas II's coronation festivities in Moscow – about 140 people " +
          'crushed to death',
        'wrong-figure',
        /Khodynka Tragedy: .* 1,389 — not 140/,
        undefined,
      ],
      [
        '12. What happened after Kristallnacht in November 1938? – About 3,000 Jewish men were arrested.',
        'wrong-figure',
        /up to 30,000 Jewish men were arrested.* — not 3,000/,
        undefined,
      ],
      [
        '13. Roughly how many people died in the famine of 1921–22? – Around 500,000.',
        'wrong-figure',
        /the famine killed an estimated five million people — not 500,000/,
        undefined,
      ],
      ['Q: How many died in the Khodynka disaster?\nA: about 140', 'wrong-figure', /1,389 — not 140/, undefined],
      [
        "7. Whose murder in Leningrad was used to launch the purges? – Sergei Kirov's, on 1 December 1935.",
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1935/,
        '1 December 1934',
      ],
      [
        '- Stalin became General Secretary in **April 1924**, a job most comrades thought was just paperwork.',
        'wrong-date',
        /became General Secretary of the Central Committee on 3 April 1922, not in April 1924/,
        'April 1922',
      ],
      // The event's name "Stalin becomes General Secretary" overlaps the office's; the name before it is still read.
      [
        '- April 1923: Stalin becomes General Secretary of the party',
        'wrong-date',
        /became General Secretary of the Central Committee on 3 April 1922, not in April 1923/,
        'April 1922',
      ],
      [
        '- 1895: Construction of the Trans-Siberian Railway begins',
        'wrong-date',
        /Trans-Siberian Railway: began in 1891, not 1895/,
        '1891',
      ],
    ],
    silent: [
      '- April 1922: Stalin becomes General Secretary of the party',
      '- At Tannenberg (August 1914) the Second Army was encircled; the Germans took about 92,000 prisoners.',
      '- At Tannenberg the Second Army was encircled. In 1915 the Germans took about 9,000 prisoners at Gorlice.',
      "- 1896: Khodynka Field disaster during Nicholas II's coronation – about 1,389 people crushed to death",
      '12. What happened after Kristallnacht in November 1938? – About 30,000 Jewish men were arrested.',
      '13. Roughly how many people died in the famine of 1921–22? – Around 5 million.',
      'Q: How many died in the Khodynka disaster?\nA: about 1,400',
      // A place after the number may be a part: its count is its own.
      '- The Winter War: about 25,000 Finnish soldiers died in Finland.',
      'Q: How many died in the famine of 1921–22?\nA: 5 million, mostly on the Volga',
      "7. Whose murder in Leningrad was used to launch the purges? – Sergei Kirov's, on 1 December 1934.",
      '- Stalin became General Secretary in April 1922, a job most comrades thought was just paperwork.',
      '- Stalin was General Secretary in 1924, a post he had held since 1922.',
      '- 1891: Construction of the Trans-Siberian Railway begins',
      '- 1895: Construction of the Trans-Siberian Railway reaches Lake Baikal',
    ],
  },
  'notes read as their writers mean them (sets 20 and 21)': {
    caught: [
      // A date before a policy's start leading the item.
      ['- 1927 – Young Plan cuts total reparations', 'wrong-date', /Young Plan: introduced in 1929, not 1927/, '1929'],
      // "Then" before a death: the order of a life, no doubt.
      [
        'Then Stresemann was assassinated in October 1929, just weeks before the Wall Street Crash.',
        'confusion',
        /Gustav Stresemann's death was not an assassination but a natural death/,
        undefined,
      ],
      // "Then" describing a body at the time is no hedge.
      [
        '- In September 1919 Hitler joined the NSDAP, then just a few dozen men meeting in Munich beer halls.',
        'anachronism',
        /The Nazi Party did not exist yet in September 1919/,
        undefined,
      ],
      // A condition's own negation ("only when … did not") leaves the main claim standing.
      [
        'Order No. 1, issued by the Provisional Government on 14 March, told soldiers to obey their officers only ' +
          'when orders did not clash with the Soviet’s decisions.',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet/,
        undefined,
      ],
      // A noun for the event, and its name as the field; a bomb that went off.
      [
        '- May 1896 – coronation; Khodynka Field crush in St Petersburg, approx 1,389 dead',
        'confusion',
        /Khodynka Tragedy: at Moscow, not St Petersburg/,
        'Moscow',
      ],
      [
        "- 20 July 1944 – Stauffenberg's bomb goes off at the Berghof but Hitler survives",
        'confusion',
        /20 July plot: at Wolf's Lair and Berlin, not the Berghof/,
        undefined,
      ],
      // The date a treaty is "of" is no break before who signed it; a party's leader "under" it is none before
      // its stance.
      [
        '- the Nazi–Soviet Pact of 23 August 1939, signed in Moscow by Litvinov and Ribbentrop',
        'confusion',
        /Molotov–Ribbentrop Pact was signed by Vyacheslav Molotov and Joachim von Ribbentrop, not Maxim Litvinov/,
        undefined,
      ],
      [
        '- DNVP under Hugenberg supported the Young Plan in the Dec 1929 referendum',
        'confusion',
        /the DNVP and the rest of the nationalist right rejected the Young Plan/,
        undefined,
      ],
      // A toll that "kills"; a dated line whose person follows the date's dash; a possessive trial.
      ['- 1921–22 – Volga famine kills approx 500,000', 'wrong-figure', /not 500,000/, undefined],
      [
        "- 1887 – Alexander Ulyanov (Lenin's brother) plots to kill Alex III → exiled to Siberia",
        'confusion',
        /Alexander Ulyanov was executed on 20 May 1887, not exiled/,
        undefined,
      ],
      ['## Witte\n- discouraged foreign investment', 'confusion', /he drew foreign capital into Russia/, undefined],
      // What someone was told not to do, and a reason's own negation, deny nothing of the claim.
      [
        '- Its biggest party was the Kadets, led by Alexander Guchkov, and they told Russians not to pay taxes.',
        'confusion',
        /Constitutional Democratic Party was led by Pavel Milyukov, not Alexander Guchkov/,
        'Pavel Milyukov',
      ],
      [
        '- the famine of 1891–92 killed around 4 million people, partly because grain exports were not stopped',
        'wrong-figure',
        /some historians estimate 375,000–400,000 deaths — not 4 million/,
        undefined,
      ],
      // "Half a million", after ", and", with where most died.
      [
        '- requisitioning led to revolts, and the famine of 1921–22 killed around half a million people, mostly ' +
          'along the Volga',
        'wrong-figure',
        /killed an estimated five million people — not 500,000/,
        undefined,
      ],
      // An apposition of an office taken; a work named with its genre and date; "Then" opening a sentence.
      [
        'Meanwhile Hindenburg, elected president in 1926 after Ebert’s death, was a monarchist.',
        'wrong-date',
        /Hindenburg became President of Germany on 12 May 1925, not in 1926/,
        '1925',
      ],
      [
        '- Then in his “Dizzy with Success” article of March 1931 he blamed local officials.',
        'wrong-date',
        /Dizzy with Success: 2 March 1930, not March 1931/,
        'March 1930',
      ],
      // A state created, "formally"; a leader named in an apposition.
      [
        '- Dec 1924 – USSR formally created',
        'wrong-date',
        /Soviet Union: created on 30 December 1922, not December 1924/,
        'December 1922',
      ],
      [
        'Alfred Hugenberg, leader of the DVP and owner of a huge newspaper empire, ran the campaign.',
        'confusion',
        /German People's Party was led by Gustav Stresemann, not Alfred Hugenberg/,
        // No name to put instead: the rest of the line tells of Hugenberg.
        undefined,
      ],
      // A death told in a later part of a line the person opens, after a date or past an apposition.
      [
        "- Oct 1944 – Rommel, implicated in the plot, tried by the People's Court and hanged",
        'confusion',
        /Erwin Rommel's death was not an execution but a suicide/,
        undefined,
      ],
      [
        '- Himmler, who had tried to negotiate, was captured by the British, put on trial and hanged at Nuremberg.',
        'confusion',
        /Heinrich Himmler's death was not an execution but a suicide/,
        undefined,
      ],
      // A body set up a generation after the date of the item above, opening this one as its actor.
      [
        '- The terror peaked in 1937–38 under NKVD chief Yezhov.\n- The KGB carried out the mass operations.',
        'anachronism',
        /The KGB did not exist yet in 1937–1938: it was set up on 13 March 1954/,
        undefined,
      ],
      // A date, the one thing it dates, then a dash, dates the line; an agent a generation later after an arrow.
      [
        "- 9 Jan 1905 Bloody Sunday – Fr Gapon leads workers' march to the Winter Palace, Petrograd",
        'anachronism',
        /Petrograd got that name on 31 August 1914; on 9 January 1905 it was Saint Petersburg/,
        'Saint Petersburg',
      ],
      [
        '- Dec 1905 Moscow armed uprising (Presnya) → crushed by the Red Army',
        'anachronism',
        /The Red Army did not exist yet in December 1905/,
        undefined,
      ],
      // Names notes write: "Oct Manifesto", "Aug 1934 plebiscite".
      [
        '- Oct Manifesto 1905 – drafted by Stolypin → promises elected Duma + civil rights',
        'confusion',
        /October Manifesto was written by Sergei Witte, not Pyotr Stolypin/,
        'Sergei Witte',
      ],
      [
        '- 19 Aug 1934 plebiscite → only c. 40% voted yes to merging the offices',
        'wrong-figure',
        /1934 German head of state referendum: the official count gave 38.4 million yes votes/,
        undefined,
      ],
      // A reason's negation ("as not going far enough"); a second thing done "and then".
      [
        '- Octobrists – rejected the October Manifesto as not going far enough',
        'confusion',
        /Octobrists: they were constitutional monarchists who wanted the October Manifesto carried out/,
        undefined,
      ],
      [
        'The Trans-Siberian Railway was begun in 1881 under Alexander III and then driven on by Witte.',
        'wrong-date',
        /Trans-Siberian Railway: began in 1891, not 1881/,
        '1891',
      ],
      // A description of the thing before its verb.
      [
        '- **Land Captains (1889):** a liberal measure that weakened the nobility in the villages',
        'confusion',
        /Land Captains: the land captains, drawn mostly from the nobility/,
        undefined,
      ],
    ],
    silent: [
      '- 1930 – Young Plan payments reduced',
      '- Young Plan agreed 1929 – payments to run until 1988',
      '- Brüning (1930–32) governs with Article 48 decrees',
      '- Dec 1933 – Reichstag fire trial in Leipzig: van der Lubbe sentenced to death',
      '- He missed Lenin’s funeral in January 1924 because he was convalescing in the Caucasus.',
      '- Konev commanded fronts at Moscow, Kursk and in Ukraine.',
      '- At the coronation festivities on Khodynka Field in Moscow the crowd stampeded.',
      '- DNVP under Hugenberg opposed the Young Plan in the Dec 1929 referendum',
      '- 1921–22 – Volga famine kills approx 5 million',
      "- 20 July 1944 – Stauffenberg's bomb goes off at the Wolf's Lair but Hitler survives",
      '- the Nazi–Soviet Pact of 23 August 1939, signed in Moscow by Molotov and Ribbentrop',
      '## Witte\n- attracted foreign investment',
      '- 1887 – Alexander Ulyanov (Lenin’s brother) plots to kill Alex III → hanged',
      '- Its biggest party was the Kadets, led by Pavel Milyukov, and they told Russians not to pay taxes.',
      '- the famine of 1891–92 killed around 400,000 people, partly because grain exports were not stopped',
      '- the famine of 1921–22 killed around 5 million people, and half a million fled to the towns',
      '- requisitioning led to revolts in Tambov, and 1,000 rebels were killed there',
      'Meanwhile Hindenburg, elected president in 1925 after Ebert’s death, was a monarchist.',
      '- Then in his “Dizzy with Success” article of March 1930 he blamed local officials.',
      '- After Eisner’s murder in February 1919 a Bavarian Soviet Republic was declared and then violently suppressed.',
      '- **Land Captains (1889):** a measure that strengthened the nobility in the villages',
      '- The Soviet Union was formally created in December 1922.',
      'Alfred Hugenberg, leader of the DNVP, ran the campaign.',
      '- The terror peaked in 1937–38 under NKVD chief Yezhov.\n- The NKVD carried out the mass operations.',
      '- The terror peaked in 1937–38 under NKVD chief Yezhov.\n\n- The KGB later kept the files.',
      "- 9 Jan 1905 Bloody Sunday – Fr Gapon leads workers' march to the Winter Palace, St Petersburg",
      '- Dec 1905 Moscow armed uprising (Presnya) → crushed by the army',
      '- Oct 1917 revolution → Red Army formed by Trotsky',
      // A count after the comma is of others' deaths.
      '- 8–9 Nov 1923 Munich Putsch – started in the Bürgerbräukeller, Hitler + Ludendorff, 16 Nazis killed',
      '- Aug 1934 plebiscite: c. 10% voted no',
      // The tsar's Council of Ministers, not the USSR's; "the Soviet government" at any time.
      '- In 1915 Nicholas II urged the Council of Ministers to endorse his taking command of the army.',
      '- The Soviet government decreed the test range on 12 February 1955.',
      // A name inside another thing's phrase; another name between the verb of beginning and the date.
      '- the Harzburg Front of nationalists and Nazis was formed in 1931',
      '- the mass recruitment of workers into the Communist Party launched in 1924',
      '- Munich, where the Nazi Party was founded and Hitler attempted his putsch in 1923',
      '- Octobrists – did not reject the October Manifesto',
      '- The revolt began at Wilhelmshaven on 29 October 1918 and then the Kiel mutiny followed in November.',
      '- After Eisner’s murder in February 1919 a Bavarian Soviet Republic was declared and then violently crushed.',
      '- Aug 1934 plebiscite: approx 90% voted yes',
      // A relative clause, or a part in the plural, tells of others.
      '- Globocnik led Operation Reinhard, in which around 1.5 million Jews were murdered in the camps.',
      '- Himmler ran the camps, where hundreds of thousands were hanged or shot',
      '- Rommel, implicated in the plot, was given the choice of poison; others were tried and hanged',
    ],
  },
  'how a person died': {
    caught: [
      [
        'Briand and Stresemann shared the Nobel Peace Prize; Briand died in 1926.',
        'wrong-date',
        /Aristide Briand died on 7 March 1932, not in 1926/,
        '1932',
      ],
      [
        'Tomsky was executed in 1936.',
        'confusion',
        /Mikhail Tomsky's death was not an execution but a suicide/,
        undefined,
      ],
      ['Bukharin committed suicide in 1938.', 'confusion', /death was not a suicide but an execution/, undefined],
      [
        'Kirov was executed in 1934.',
        'confusion',
        /Sergei Kirov's death was not an execution but an assassination/,
        undefined,
      ],
      [
        'Hitler was assassinated in 1945.',
        'confusion',
        /Adolf Hitler's death was not an assassination but a suicide/,
        undefined,
      ],
    ],
    silent: [
      // The date of the elections, not of the fire.
      'The Reichstag Fire and the elections of March 1933 gave Hitler his opening.',
      // A companion after "with" is not the one who died.
      'Stresemann shared the 1926 Nobel Peace Prize with Briand and died on 3 October 1929.',
      'Tomsky shot himself in 1936.',
      'Bukharin was executed in 1938.',
      // "Murdered" for a judicial killing is how many write of the purges.
      'Bukharin was murdered by Stalin in 1938.',
      "Kirov's murder in 1934 was used by Stalin.",
      // The person is not the one who died.
      'Stalin had Bukharin executed.',
      'Tomsky was not executed: he shot himself.',
      // Ordzhonikidze's death is contested: the knowledge base records no manner.
      'Ordzhonikidze shot himself in 1937.',
      'Göring killed himself before he could be hanged.',
    ],
  },
  'office holders': {
    caught: [
      // A body that carried a thing out, under its head; running a body over years others held.
      [
        'In 1937–38 the Great Terror was carried out by the NKVD under Genrikh Yagoda.',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then: in 1937–1938 it was Nikolai Yezhov and Lavrentiy Beria/,
        undefined,
      ],
      [
        '- Genrikh Yagoda ran the NKVD at the height of the Terror in 1937–38',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then: in 1937–1938 it was Nikolai Yezhov and Lavrentiy Beria/,
        undefined,
      ],
      [
        'On 2 May 1933 the trade unions were replaced by the German Labour Front under Baldur von Schirach.',
        'wrong-date',
        /Baldur von Schirach never led it: on 2 May 1933 it was Robert Ley who led the German Labour Front/,
        'Robert Ley',
      ],
      // Every holder listed (`holders`): anyone else never held the post, with or without a date.
      [
        'Milyukov became Minister-Chairman in 1917.',
        'wrong-date',
        /Pavel Milyukov never held the post of Minister-Chairman .* \(posts held: Minister of Foreign Affairs/,
        undefined,
      ],
      ['Röhm = head of the SS.', 'wrong-date', /Ernst Röhm never held the post of Reichsführer-SS/, undefined],
      [
        '30 Jan 1933 – Hindenburg appoints Hitler chancellor, with Schleicher as vice-chancellor',
        'wrong-date',
        /Kurt von Schleicher never held that post: on 30 January 1933 it was Franz von Papen/,
        'Franz von Papen',
      ],
      [
        'Trotsky became General Secretary in 1922.',
        'wrong-date',
        /Leon Trotsky never held that post: in 1922 it was Joseph Stalin who became .* on 3 April 1922/,
        'Joseph Stalin',
      ],
      [
        'Bukharin was Chairman of Sovnarkom in 1928.',
        'wrong-date',
        /Nikolai Bukharin never held that post: in 1928 it was Alexei Rykov/,
        'Alexei Rykov',
      ],
      [
        'Zinoviev was Commissar for War in 1920.',
        'wrong-date',
        /Grigory Zinoviev never held that post: in 1920 it was Leon Trotsky/,
        'Leon Trotsky',
      ],
      // Running a body: its head is the office whose names name it.
      [
        'Stalin was in control of the Cheka in 1920.',
        'wrong-date',
        /Joseph Stalin never held that post: in 1920 it was Felix Dzerzhinsky/,
        'Felix Dzerzhinsky',
      ],
      // A body's name that holds its own "the", after a verb of running.
      [
        'Kerensky headed the Provisional Government in March 1917.',
        'wrong-date',
        /Alexander Kerensky did not hold that post then: in March 1917 it was Georgy Lvov/,
        'Georgy Lvov',
      ],
      // The first head, said with "from the start", "from its creation", or in an apposition after "first head of".
      [
        'The new Provisional Government, headed from the start by Alexander Kerensky, decided to fight on.',
        'wrong-date',
        /The first Minister-Chairman of the Provisional Government was Georgy Lvov .*, not Alexander Kerensky/,
        'Georgy Lvov',
      ],
      [
        'Evidence: the first head of the Provisional Government, Alexander Kerensky, had to share power.',
        'wrong-date',
        /The first Minister-Chairman of the Provisional Government was Georgy Lvov .*, not Alexander Kerensky/,
        'Georgy Lvov',
      ],
      [
        'the provisional government was headed by kerensky right from the start',
        'wrong-date',
        /The first Minister-Chairman of the Provisional Government was Georgy Lvov .*, not Alexander Kerensky/,
        'Georgy Lvov',
      ],
      [
        'Kerensky heads the Provisional Government from its creation in March 1917',
        'wrong-date',
        /Alexander Kerensky did not hold that post then: in March 1917 it was Georgy Lvov/,
        'Georgy Lvov',
      ],
      [
        'Alexander Kerensky headed the new Provisional Government from March 1917.',
        'wrong-date',
        /Alexander Kerensky did not hold that post then: in March 1917 it was Georgy Lvov/,
        'Georgy Lvov',
      ],
    ],
    silent: [
      // An army's field commander does not head it.
      '- August 1920: Red Army under Mikhail Tukhachevsky beaten outside Warsaw by Piłsudski',
      '- Tambov rising 1920–21, put down by the Red Army under Tukhachevsky.',
      '- Nikolai Yezhov ran the NKVD at the height of the Terror in 1937–38',
      'On 2 May 1933 the trade unions were replaced by the German Labour Front under Robert Ley.',
      'The Cheka was set up by Sovnarkom under Dzerzhinsky in December 1917.',
      'Dzerzhinsky ran the Cheka in 1919.',
      'The Provisional Government, headed from the start by Georgy Lvov, decided to fight on.',
      'Evidence: the first head of the Provisional Government, Georgy Lvov, resigned in July 1917.',
      'Evidence: the head of the Provisional Government, Alexander Kerensky, fled in November 1917.',
      'Lenin, chairman of Sovnarkom, and Trotsky, Commissar for War, signed it in 1918.',
      // The title of the name before it, and a name that owns what follows.
      "- Konstantin Pobedonostsev, Procurator of the Holy Synod 1880–1905 – Alexander III's old tutor",
      'Kerensky headed the Provisional Government from July 1917.',
      'the provisional government was headed by lvov right from the start',
      'Kerensky headed the Provisional Government in August 1917.',
      'Lvov headed the Provisional Government in March 1917.',
      'Trotsky was in control of the Red Army in 1919.',
      'Stalin became General Secretary in 1922.',
      'Rykov became Chairman of Sovnarkom in 1924.',
      // Two holders began in the year written: the knowledge base cannot say which is meant.
      // Acting for the holder is not holding the post.
      'Kamenev was acting chairman of Sovnarkom in 1923.',
      // Sverdlov stood in for Lenin in 1918: the office's facts name him.
      'Sverdlov was Chairman of Sovnarkom in September 1918.',
      'Trotsky wanted to become General Secretary in 1922.',
      'Himmler = head of the SS from 1929.',
      'Lvov became Minister-Chairman in March 1917.',
      'Kerensky = Minister-Chairman from July 1917, after Lvov resigned.',
      'Röhm = head of the SA, Himmler head of the SS.',
    ],
  },
  'where a person fled or was exiled to': {
    caught: [
      [
        '- 9 Nov 1918 – Kaiser Wilhelm II abdicates → flees to Sweden, never comes back',
        'confusion',
        /Kaiser Wilhelm II went into exile in the Netherlands, not Sweden/,
        'the Netherlands',
      ],
      ['Wilhelm II went into exile in Britain.', 'confusion', /in the Netherlands, not Britain/, 'the Netherlands'],
    ],
    silent: [
      'Kaiser Wilhelm II fled to the Netherlands in November 1918.',
      'Kaiser Wilhelm II fled to Doorn.',
      'Trotsky was exiled to Mexico in 1937.',
      'Trotsky was deported to Turkey in 1929.',
      'Lenin fled to Finland in July 1917.',
      'Lenin was exiled to Siberia in 1897.',
      'Kapp fled to Sweden after the putsch.',
    ],
  },
  'where it happened': {
    caught: [
      [
        'Stalin, Roosevelt and Churchill met at Potsdam in February 1945 to plan post-war Europe.',
        'confusion',
        /Yalta Conference: held at Yalta/,
        undefined,
      ],
      [
        'In February 1945 the Big Three met at Potsdam to decide the future of Germany.',
        'confusion',
        /held at Yalta \(Crimea\) and Livadia, not Potsdam; the Potsdam Conference at Potsdam was 17 July – 2 August/,
        undefined,
      ],
      [
        'In Spandau prison Hitler dictated the first volume of Mein Kampf to Rudolf Hess.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        'Nicholas II abdicated at Tsarskoe Selo in March 1917.',
        'confusion',
        /Abdication of Nicholas II: at Pskov, not Tsarskoe Selo/,
        'Pskov',
      ],
      ['The Beer Hall Putsch took place in Berlin in November 1923.', 'confusion', /at Munich, not Berlin/, 'Munich'],
      ['Bloody Sunday in Moscow, January 1905.', 'confusion', /at Saint Petersburg, not Moscow/, 'Saint Petersburg'],
      [
        'Trotsky murdered 1940 in Norway with an ice axe.',
        'confusion',
        /Leon Trotsky died in Mexico City \(Mexico\), not Norway/,
        undefined,
      ],
    ],
    silent: [
      // A place that hosted no meeting of its kind is not judged.
      'In February 1945 Stalin and Churchill met in Moscow.',
      'In July 1945 the Big Three met at Potsdam.',
      // The meeting of that date, at its own place; and the other one at its own date.
      'In February 1945 the Big Three met at Yalta.',
      // The second volume was written after his release.
      'At Obersalzberg Hitler wrote the second volume of Mein Kampf.',
      'Nicholas II abdicated at Pskov in March 1917.',
      'The Beer Hall Putsch in Munich failed.',
      'Trotsky was murdered in Mexico in 1940.',
      'Kirov was murdered at the Smolny in Leningrad in 1934.',
      'Hitler shot himself in the Führerbunker in Berlin.',
      'The Treaty of Brest-Litovsk was signed in March 1918.',
      'Bloody Sunday in St Petersburg, January 1905.',
    ],
  },
  'the congress a thing belongs to': {
    caught: [
      [
        'Secret Speech, 22nd Party Congress, Feb 1956',
        'wrong-date',
        /Secret Speech belongs to the 20th Congress .*, not the 22nd Congress/,
        '20th Party Congress',
      ],
      [
        "- Lenin's Testament (“remove Stalin”)\n  - read to delegates at the 15th Party Congress but not published",
        'wrong-date',
        /Lenin's Testament belongs to the 13th Congress/,
        '13th Party Congress',
      ],
    ],
    silent: [
      'Khrushchev gave the Secret Speech at the 20th Party Congress.',
      'NEP was debated at the 11th Party Congress.',
      "Lenin's Testament was read to delegates at the 13th Party Congress.",
      'The ban on factions came at the 10th Party Congress.',
    ],
  },
  'who issued it, and wants said in other words': {
    caught: [
      // Owned by the body; what it said between commas; bold before a dash; "came from", "decree of", "has issued".
      [
        "Dual power began because the Provisional Government's Order No. 1 told soldiers to obey the Soviet.",
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        '- Order No. 1, telling soldiers to obey orders the Soviet agreed to, was issued by the Provisional Government',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        '3. **Order No. 1** – issued by the Provisional Government on 1 March, it told soldiers to elect committees.',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet/,
        undefined,
      ],
      [
        '- order no 1 came from the provisional government: soldiers committees',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet/,
        undefined,
      ],
      [
        '- **Order No. 1** = decree of the Provisional Government telling soldiers to obey officers',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet/,
        undefined,
      ],
      [
        '- The Duma committee has issued Order No. 1: every unit is to elect a committee.',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Provisional Committee of the State Duma/,
        undefined,
      ],
      [
        'Order No. 1 was issued by the Provisional Government.',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        'Molotov backed the Virgin Lands scheme.',
        'confusion',
        /Vyacheslav Molotov: .*opposed Khrushchev's Virgin Lands campaign/,
        undefined,
      ],
    ],
    silent: [
      "Dual power began because the Petrograd Soviet's Order No. 1 told soldiers to obey the Soviet.",
      '- Order No. 1, telling soldiers to obey only orders the Soviet agreed with, was issued by the Petrograd Soviet',
      '3. **Order No. 1** – issued by the Petrograd Soviet on 1 March, it told soldiers to elect committees.',
      '- order no 1 came from the petrograd soviet: soldiers committees',
      '- **Order No. 1** = decree of the Petrograd Soviet telling soldiers to obey officers',
      '- The Petrograd Soviet has issued Order No. 1: every unit is to elect a committee.',
      "- The Provisional Government's answer to Order No. 1 was to ignore it.",
      'Order No. 1 was issued by the Petrograd Soviet.',
      'The October Manifesto was issued by Nicholas II.',
      'Molotov, Malenkov and Kaganovich opposed the Virgin Lands scheme.',
      'The DNVP wanted the Young Plan scrapped.',
    ],
  },
  "verdicts, and claims said in notes' shorthand": {
    caught: [
      [
        '- Vera Zasulich shot Governor Trepov (1878) and was sentenced to hard labour in Siberia.',
        'confusion',
        /Vera Zasulich was acquitted \(Zasulich affair, 1878\)/,
        undefined,
      ],
      [
        '- 1878: Vera Zasulich shot General Trepov – she was convicted by a jury and the case made her famous.',
        'confusion',
        /Vera Zasulich was acquitted/,
        undefined,
      ],
      [
        '- juries tested: Vera Zasulich shot governor Trepov (1878) → convicted & sent to hard labour in Siberia',
        'confusion',
        /Vera Zasulich was acquitted/,
        undefined,
      ],
      [
        '- trial 1924: Hitler & Ludendorff both jailed in Landsberg',
        'confusion',
        /Erich Ludendorff was acquitted \(Beer Hall Putsch trial, 1924\)/,
        undefined,
      ],
      [
        '- Vera Zasulich shot Gen. Trepov 1878 → jury convicted her, exiled to Siberia',
        'confusion',
        /Vera Zasulich was acquitted \(Zasulich affair, 1878\)/,
        undefined,
      ],
      [
        '- Novocherkassk June 1962 – troops fired on striking workers, approx 2,600 killed',
        'wrong-figure',
        /Novocherkassk massacre: 24 .* — not 2,600/,
        undefined,
      ],
      [
        '- Kirov shot Dec 1936 at the Smolny, Leningrad',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934/,
        'December 1934',
      ],
      [
        '- Alexander II killed 13 March 1881 by bombers\n  - bomb on the Catherine Canal, Petrograd',
        'anachronism',
        /Petrograd got that name on 31 August 1914; in 1881 it was Saint Petersburg/,
        'Saint Petersburg',
      ],
      [
        '- Emancipation Edict 1861 – serfs freed, redemption payments for 49 yrs\n  - roughly 2 million serfs freed',
        'wrong-figure',
        /the manifesto freed more than 23 million .* — not 2 million/,
        undefined,
      ],
      [
        '## Great Purge\n- ~7 million shot 1937–38 (official NKVD figs)',
        'wrong-figure',
        /declassified Soviet records give 681,692 people shot in 1937–38.* — not 7 million/,
        undefined,
      ],
      [
        '- reparations set 1921 at 132 trillion gold marks',
        'wrong-figure',
        /132 billion gold marks.* — not 132 trillion/,
        undefined,
      ],
      [
        '- Kosygin = new First Secretary, Brezhnev = premier',
        'wrong-date',
        /Alexei Kosygin never held the post of First Secretary of the Central Committee/,
        undefined,
      ],
      [
        '- Romanovs shot at Sverdlovsk, July 1918 (Ipatiev House)',
        'anachronism',
        /Sverdlovsk got that name in 1924; in July 1918 it was Yekaterinburg/,
        'Yekaterinburg',
      ],
      [
        '- political murders: Erzberger 1921, Rathenau June 1924 (both by Organisation Consul)',
        'wrong-date',
        /Walther Rathenau died on 24 June 1922, not in June 1924/,
        'June 1922',
      ],
      ['- Zemstva (elected local councils) set up 1874', 'wrong-date', /Zemstvo: set up in 1864, not 1874/, '1864'],
      [
        '- Four Year Plan 1936 run by Schacht → autarky + rearmament',
        'confusion',
        /Four-Year Plan was led by Hermann Göring, not Hjalmar Schacht/,
        'Hermann Göring',
      ],
      [
        '- 1936: Chancellor Papen sent troops into the Rhineland',
        'wrong-date',
        /Franz von Papen did not hold that post then: in 1936 it was Adolf Hitler/,
        'Adolf Hitler',
      ],
      [
        '- Cheka (secret police) set up Dec 1917, headed by Yagoda',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then: in December 1917 it was Felix Dzerzhinsky/,
        'Felix Dzerzhinsky',
      ],
      [
        '## Versailles (28 June 1919)\n- army cut to 10,000 men, no air force, no tanks',
        'wrong-figure',
        /limited the German army to 100,000 men — not 10,000/,
        undefined,
      ],
    ],
    silent: [
      // A second verb of the same subject, "she" after a dash, a label before the name: acquitted, as she was.
      '- Vera Zasulich shot Governor Trepov (1878) and was acquitted by a jury.',
      '- 1878: Vera Zasulich shot General Trepov – she was acquitted by a jury.',
      '- juries tested: Vera Zasulich shot governor Trepov (1878) → acquitted by the jury',
      // A sub-item under a date tells of its time, not of that day, and of what came of it.
      '- October Manifesto 17 Oct 1905\n  - Kadets (Milyukov) → wanted more, a real constitution',
      '- 1905 revolution\n  - led to the October Manifesto and the Duma',
      '- 1918: Civil War begins\n  - the Red Army, the Cheka and the Gulag',
      '- 1914: war\n  - St Petersburg renamed Petrograd',
      // A world leader is not the Soviet premier misnamed.
      '- In 1941 Premier Churchill met Stalin',
      '- 1961: President Kennedy met Khrushchev in Vienna',
      '- Emancipation Edict 1861 – serfs freed, redemption payments for 49 yrs\n  - about 23 million serfs freed',
      '## Great Purge\n- ~680,000 shot 1937–38 (official NKVD figs)',
      '- reparations set 1921 at 132 billion gold marks',
      '- Khrushchev = new First Secretary, Malenkov = premier',
      '- Romanovs shot at Yekaterinburg, July 1918 (Ipatiev House)',
      '- political murders: Erzberger 1921, Rathenau 1922 (both by Organisation Consul)',
      '- key figures: Lenin 1917, Stalin 1924',
      '- Zemstva (elected local councils) set up 1864',
      '- Four Year Plan 1936 run by Göring',
      '- In 1930 Chancellor Brüning ruled by decree',
      '- President Hindenburg appointed Hitler in January 1933',
      '- ex-Chancellor Brüning fled Germany in 1934',
      '- In 1936 Chancellor Hitler remilitarised the Rhineland',
      '- trial 1924: Hitler jailed, Ludendorff acquitted',
      '- Vera Zasulich shot Trepov in 1878; the jury acquitted her',
      '- Ludendorff was jailed in 1924',
      '- Novocherkassk 1962 – 24 killed',
      '- Novocherkassk 1962 – 2,600 killed and wounded',
      '- Kirov shot Dec 1934 at the Smolny, Leningrad',
      '- Cheka (secret police) set up Dec 1917, headed by Dzerzhinsky',
      '## Versailles (28 June 1919)\n- army cut to 100,000 men, no air force, no tanks',
    ],
  },
  'offices and appointments': {
    caught: [
      [
        'In 1936 Reichsmarschall Göring was put in charge of the Four-Year Plan.',
        'wrong-date',
        /Hermann Göring became Reichsmarschall on 19 July 1940, after 1936/,
        undefined,
      ],
      [
        'Karl Dönitz became President of Germany in March 1945.',
        'wrong-date',
        /Karl Dönitz became President of Germany on 30 April 1945, not in March 1945/,
        'April 1945',
      ],
      // Held over a span that leaves years to another holder.
      [
        'Stresemann was Chancellor from 1923 to 1929.',
        'wrong-date',
        /Stresemann was Chancellor of Germany from 13 August 1923 to November 1923, not in 1923–1929: Wilhelm Marx/,
        undefined,
      ],
      [
        'Lenin became Chairman of Sovnarkom in 1918.',
        'wrong-date',
        /Vladimir Lenin became Chairman of the Council of People's Commissars on 8 November 1917, not in 1918/,
        '1917',
      ],
      [
        'Trotsky was appointed Commissar for War in 1917.',
        'wrong-date',
        /Leon Trotsky became People's Commissar for Military and Naval Affairs in 1918, not in 1917/,
        '1918',
      ],
      [
        'Hitler became Chancellor in 1932.',
        'wrong-date',
        /Adolf Hitler became Reich Chancellor on 30 January 1933/,
        '1933',
      ],
      [
        'Hitler became Chancellor of Germany in 1932, but Hindenburg distrusted him.',
        'wrong-date',
        /Reich Chancellor on 30 January 1933, not in 1932/,
        '1933',
      ],
      ['Stalin was appointed General Secretary in 1923.', 'wrong-date', /on 3 April 1922, not in 1923/, '1922'],
      [
        'The Politburo removed Rykov from the position of Premier in 1929.',
        'wrong-date',
        /Alexei Rykov left the post of .* on 19 December 1930, not in 1929/,
        '1930',
      ],
      [
        'Trotsky was Commissar for War in 1917.',
        'wrong-date',
        /Leon Trotsky was People's Commissar for Military and Naval Affairs from 1918 to 1925, not in 1917/,
        undefined,
      ],
      ['1918: Lenin became Chairman of Sovnarkom.', 'wrong-date', /on 8 November 1917, not in 1918/, '1917'],
      [
        'Schleicher became Chancellor in November 1932.',
        'wrong-date',
        /Kurt von Schleicher became Chancellor of Germany on 3 December 1932, not in November 1932/,
        'December 1932',
      ],
      [
        'Frunze succeeded Trotsky as Commissar for War in 1924.',
        'wrong-date',
        /on 25 January 1925, not in 1924/,
        '1925',
      ],
      ['Hitler was sworn in as Chancellor in 1932.', 'wrong-date', /Reich Chancellor on 30 January 1933/, '1933'],
      ['Stalin was appointed as Secretary-General in 1923.', 'wrong-date', /on 3 April 1922, not in 1923/, '1922'],
      [
        "Lenin's appointment as Chairman of Sovnarkom in 1918.",
        'wrong-date',
        /on 8 November 1917, not in 1918/,
        '1917',
      ],
      [
        "Trotsky's removal as Commissar for War in 1924.",
        'wrong-date',
        /left the post of .* in 1925, not in 1924/,
        '1925',
      ],
      [
        'When did Hindenburg become President?\n1926',
        'wrong-date',
        /Hindenburg became President of Germany on 12 May 1925/,
        '1925',
      ],
      ['When did Lenin become Chairman of Sovnarkom?\n1918', 'wrong-date', /on 8 November 1917, not in 1918/, '1917'],
    ],
    silent: [
      'In 1942 Reichsmarschall Göring still led the Luftwaffe.',
      // Named on the last day of April: the month after is how many date it.
      'Karl Dönitz became Reich President in May 1945 and ran the Flensburg government.',
      // A span written in years: right when each year has a term of theirs in it.
      'Brüning was Chancellor from 1930 to 1932.',
      'Hitler was Chancellor from 1933 to 1945.',
      'Lenin was Chairman of Sovnarkom from 1917 to 1924.',
      'Lenin became Chairman of Sovnarkom in 1917.',
      'Frunze succeeded Trotsky as Commissar for War in 1925.',
      "Lenin's appointment as Chairman of Sovnarkom in 1917.",
      "Trotsky's removal as Commissar for War in 1925.",
      'Molotov succeeded Rykov as Premier in 1930.',
      // A seat in a body is not an office.
      'Molotov became a candidate member of the Politburo in 1920.',
      'Hitler became Chancellor in January 1933.',
      'Hitler became Chancellor of Germany in 1933, leaving Papen as his deputy.',
      'Stalin was appointed as Secretary-General in 1922.',
      'The rest of the Politburo removed Rykov from the position of Premier in 1930.',
      'Trotsky resigned from the head of the Red Army in 1925.',
      // A second term the role does not give: an office's fact names the person then.
      'Lenin became Chairman of Sovnarkom in 1923.',
      // A title two roles share: right for one of them.
      "Stalin became People's Commissar in 1917.",
      'Kamenev became Chairman in 1918.',
      // After the term ended: perhaps a later term the knowledge base lacks. (A removal then is checked only
      // where another held the post by that date.)
      'Molotov became Foreign Commissar in 1953.',
      // No role in the knowledge base for the office named.
      'Stalin became Premier in 1941.',
      // The date does not stand with the office.
      'Kamenev sided with the triumvirate against Trotsky, but was shot in 1936.',
      'Lenin became Chairman of Sovnarkom and in 1918 moved the capital to Moscow.',
      'Perhaps Hitler became Chancellor in 1932.',
      'Trotsky was Commissar for War in 1920.',
    ],
  },
  'one name, two things': {
    caught: [
      ['The Beer Hall Putsch of 1920 failed.', 'wrong-date', /Beer Hall Putsch: 8–9 November 1923, not 1920/, '1923'],
      ['The Kronstadt rebellion of 1920 shocked Lenin.', 'wrong-date', /1–18 March 1921, not 1920/, '1921'],
      ['The Night of the Long Knives in 1933.', 'wrong-date', /30 June – 2 July 1934, not 1933/, '1934'],
      ['The Battle of Stalingrad in 1941.', 'wrong-date', /23 August 1942 – 2 February 1943, not 1941/, '1942'],
      ['The Holodomor of 1925.', 'wrong-date', /Soviet famine of 1932–1933: 1932 – 1933, not 1925/, '1932'],
      // An ordinal singles out one of a numbered line: it is no common word.
      ['The First Duma met in 1905.', 'wrong-date', /First Duma: 10 May – 21 July 1906, not 1905/, '1906'],
      ["Hitler's appointment as Chancellor in 1932.", 'wrong-date', /30 January 1933, not 1932/, '1933'],
    ],
    silent: [
      'The revolution of 1905 forced the October Manifesto.',
      // Another famine the knowledge base lacks, and one it has.
      'The Great Famine of 1891 hit the Volga.',
      'The Great Famine in 1921 hit the Volga.',
      'The famine of 1891 was terrible.',
      // Another civil war, another five-year plan, another purge.
      'The Civil War in 1936 divided Spain.',
      'The Five-Year Plan in 1933 built canals.',
      'The Great Purge of 1931 expelled many.',
      'The depression of 1922 hit farmers.',
      // The city, not the battle; the town, not the battle; the village, not the massacre.
      'Stalingrad in 1930 had a new tractor plant.',
      'Kursk in 1920 was a small town.',
      'Katyn in 1920 was a village.',
      // A person the event's name borrows.
      'Kaplan was born in 1890.',
      // The title of an office held then, also a name of the event that made it.
      'Hitler was Führer and Reich Chancellor in 1939.',
    ],
  },
  'what befell a person, with any verb': {
    caught: [
      // Where from and where to, of places the event tells of.
      [
        'Trotsky was deported from the Soviet Union to Turkey in February 1927.',
        'wrong-date',
        /Trotsky's deportation from the USSR: 18 January 1929 – February 1929, not February 1927/,
        'January 1929',
      ],
      [
        'Trotsky was expelled from the Communist Party in 1929.',
        'wrong-date',
        /Expulsion of Trotsky and Zinoviev from the party: November 1927, not 1929/,
        '1927',
      ],
      ['Trotsky was deported in 1928.', 'wrong-date', /Trotsky's deportation from the USSR: 18 January 1929/, '1929'],
      [
        'Nicholas II abdicated in 1918, leaving no heir.',
        'wrong-date',
        /Abdication of Nicholas II: 15 March 1917, not 1918/,
        '1917',
      ],
      [
        'Trotsky was expelled from the party in 1926.',
        'wrong-date',
        /Expulsion of Trotsky .*: November 1927, not 1926/,
        '1927',
      ],
      ['Bukharin was removed from the Politburo in 1928.', 'wrong-date', /17 November 1929, not 1928/, '1929'],
      ['When did Nicholas II abdicate?\n1918', 'wrong-date', /Abdication of Nicholas II: 15 March 1917/, '1917'],
      ['Zinoviev was executed in 1938.', 'wrong-date', /Grigory Zinoviev died on 25 August 1936, not in 1938/, '1936'],
      ['When was Trotsky deported?\n1928', 'wrong-date', /Trotsky's deportation from the USSR/, '1929'],
      // One of several people the event names.
      [
        'Zinoviev was removed from the Politburo in 1925.',
        'wrong-date',
        /23 July – 22 November 1926, not 1925/,
        '1926',
      ],
      // The wrong occasion: a plenum did it months later.
      [
        'Trotsky was removed from the Politburo at the 14th Congress.',
        'wrong-date',
        /Removal of Trotsky and Zinoviev from the Politburo: 23 July – 22 November 1926, not at the 14th Congress/,
        undefined,
      ],
    ],
    silent: [
      'Trotsky was deported to Siberia in 1900.',
      // Not a party of someone else's.
      'Trotsky was expelled from the Nazi Party in 1929.',
      // His own party, written in full, is "the party".
      'Trotsky was expelled from the Communist Party in November 1927.',
      'Trotsky was deported in 1929.',
      'Nicholas II abdicated in March 1917, leaving no heir.',
      'Trotsky was expelled from the party in 1927.',
      'Bukharin was removed from the Politburo in 1929.',
      // The event's name says more than the note: he was exiled abroad in 1929, to Alma-Ata in 1928.
      'Trotsky was exiled in 1929.',
      // No event of that name.
      'Trotsky was expelled in 1929.',
      'Lenin returned to Moscow in 1918.',
      // Shot, not killed: Fanny Kaplan's attempt on Lenin.
      'Lenin was shot in 1918 by Kaplan.',
      'Kamenev was shot in 1936.',
      // Hedged.
      'Perhaps Trotsky was deported in 1928.',
      // It befell him more than once: Zinoviev was expelled in 1927, 1932 and 1934.
      'Zinoviev was expelled from the party in 1932.',
      // The occasion tells of it: the 15th Congress found Trotsky already expelled, and expelled the rest.
      'Trotsky was expelled from the party at the 15th Party Congress.',
      'Bukharin was removed from the Politburo in November 1929, before the 16th Party Congress.',
    ],
  },
  'the subject a list item leaves out': {
    caught: [
      [
        '## Sergei Kirov (1886–1934)\nFate: shot dead in the Kremlin in December 1934',
        'confusion',
        /Sergei Kirov died in Leningrad, not the Kremlin/,
        undefined,
      ],
      [
        'Constituent Assembly:\n- dissolved in March 1918 after one session',
        'wrong-date',
        /18–19 January 1918, not March 1918/,
        'January 1918',
      ],
      [
        '## Stolypin\n- wager on the strong\n- peasants could leave the mir\n' +
          '- by 1914 approx 90% of peasant households had left the commune',
        'wrong-figure',
        /not 90/,
        undefined,
      ],
      ['## Stalin\n- became General Secretary in 1924', 'wrong-date', /3 April 1922, not in 1924/, '1922'],
      [
        '# Stalin 1924–41 – rise + rule\n\n## Background\n- became General Secretary in 1924, just after Lenin died',
        'wrong-date',
        /Joseph Stalin became General Secretary .* on 3 April 1922, not in 1924/,
        '1922',
      ],
      [
        '- Trotsky\n  - expelled from the party in 1926',
        'wrong-date',
        /Expulsion of Trotsky .*: November 1927, not 1926/,
        '1927',
      ],
      ['## Zinoviev\n* executed in 1938', 'wrong-date', /Grigory Zinoviev died on 25 August 1936, not in 1938/, '1936'],
      // A later clause of the line, about the person the line opens with.
      [
        '- Trotsky removed from Politburo Oct 1926; expelled from the party at the 14th Party Congress',
        'wrong-date',
        /Expulsion of Trotsky and Zinoviev from the party: November 1927, not at the 14th Congress/,
        undefined,
      ],
      [
        'Trotsky was deported in 1929; expelled from the party in 1926.',
        'wrong-date',
        /November 1927, not 1926/,
        '1927',
      ],
    ],
    silent: [
      // A label that names someone is no field of the heading's person.
      '## Sergei Kirov (1886–1934)\nZinoviev: expelled from the party in November 1927',
      // A field's label heads its line as a list marker does; the heading's person is the subject.
      '## Sergei Kirov (1886–1934)\nFate: shot dead at the Smolny in Leningrad in December 1934',
      // A label line heads the items under it: Brest-Litovsk, not the Assembly above.
      'Constituent Assembly:\n- When it finally met in January 1918 it sat for only about 13 hours.\n' +
        'Brest-Litovsk:\n- Signed on 3 March 1918: Russia lost about a third of its population.',
      // An item with a thing of its own and its date is no sibling's.
      '## Alexander II – reform\n- redemption payments spread over 49 yrs\n' +
        '- military reform 1874 (Milyutin) – conscription for all classes, service cut from 25 yrs',
      '## Stalin\n- became General Secretary in 1922',
      '- Trotsky\n  - expelled from the party in 1927',
      // The parent names two people, or none.
      '## Stalin v Trotsky\n- expelled from the party in 1926',
      '- Bukharin, Rykov, Tomsky\n  - removed from the Politburo in 1928',
      '## The purges\n- executed in 1938',
      // The item names its own subject, or does not open with a verb.
      '## Trotsky\n- Stalin became General Secretary in 1922',
      '## Stalin\n- Five-Year Plans from 1928',
      '## Trotsky\n- Red Army founded in 1918',
      // A heading that names someone else stops the search upward.
      '# Stalin\n## Trotsky\n- became Commissar for War in 1918',
      // The later clause names its own subject, or the line does not open with a person.
      '- Stalin became General Secretary in 1922; Lenin died in 1924.',
      '- In 1926 Trotsky was removed; expelled from the party in 1926 were others.',
      '- Trotsky expelled 1927; deported 1929',
    ],
  },
  'election results': {
    caught: [
      [
        '- July 1932: Nazis largest party, 230 seats with 43.9% of the vote',
        'wrong-figure',
        /Nazi Party won 37.3% of the vote in the July 1932 .* not 43.9% \(43.9% .* in the March 1933/,
        '37.3',
      ],
      [
        'In the July 1932 election the Nazis won 250 seats.',
        'wrong-figure',
        /230 seats in the July 1932 German federal election, not 250/,
        '230',
      ],
      // "1932" means both elections of that year: the figure fits neither.
      ['In 1932 the Nazis won 45% of the vote.', 'wrong-figure', /37.3% .* and 33.1% .* not 45%/, undefined],
      ['In July 1932 the Nazis won over 40% of the vote.', 'wrong-figure', /37.3% .* not 40%/, '37.3'],
      // A date that names an election; a "no" elsewhere in the clause.
      [
        '- July 1932 election – Nazis win 320 seats, biggest party but no majority',
        'wrong-figure',
        /230 seats in the July 1932 German federal election, not 320/,
        '230',
      ],
    ],
    silent: [
      '- July 1932: Nazis largest party, 230 seats with 37.3% of the vote',
      '- Nov 1932: Nazis fell to 196 seats (33.1%)',
      'In 1932 the Nazis won 33% of the vote.',
      'In July 1932 the Nazis won about 37% of the vote.',
      'In July 1932 the Nazis won nearly 40% of the vote.',
      'In July 1932 the Nazis won over a third of the vote, 37.4%.',
      '- Sept 1930 election: Nazis from 12 to 107 seats',
      // A number of another party, of another election, or of another kind.
      'In 1930 the Nazis won 18% and the SPD 24.5%.',
      'In 1932 Hitler won 36.8% in the presidential election.',
      'In July 1932 unemployment stood at 30% and the Nazis won 230 seats.',
      '- July 1932 election – Nazis win 230 seats, biggest party but no majority',
      'In July 1932 the Nazis did not win 320 seats.',
    ],
  },
  'where and by whom a person died': {
    caught: [
      // What was done to them first, joined by "and".
      [
        '- Kolchak was handed over by the Czechs and shot in Omsk, February 1920',
        'confusion',
        /Alexander Kolchak died in Irkutsk, not Omsk/,
        'Irkutsk',
      ],
      [
        '- Context: Röhm was arrested at Bad Wiessee and shot in his cell in Spandau prison in Berlin',
        'confusion',
        /Ernst Röhm died in Munich, not Spandau prison/,
        undefined,
      ],
      [
        'Alexander II was killed on 1 March 1881.\n' +
          'The fatal second bomb beside the Catherine Canal was thrown by Andrei Zhelyabov.',
        'confusion',
        /Alexander II was killed by Ignacy Hryniewiecki, not Andrei Zhelyabov/,
        'Ignacy Hryniewiecki',
      ],
      [
        'Stolypin was shot in St Petersburg in 1911.',
        'confusion',
        /Pyotr Stolypin died in Kiev, not St Petersburg/,
        'Kiev',
      ],
      [
        '- Kirov (Leningrad party boss) shot Dec 1934 at the Smolny, Moscow',
        'confusion',
        /Sergei Kirov died in Leningrad, not Moscow/,
        'Leningrad',
      ],
      [
        '## Stolypin (PM 1906–11)\n- shot by Dmitry Bogrov at the opera in St Petersburg, Sept 1911, died days later',
        'confusion',
        /Pyotr Stolypin died in Kiev, not St Petersburg/,
        'Kiev',
      ],
      [
        'Alexander II was assassinated by Zasulich in 1881.',
        'confusion',
        /Alexander II was killed by Ignacy Hryniewiecki, not Vera Zasulich/,
        'Ignacy Hryniewiecki',
      ],
      // A body, against the bodies the killing's event records as its doers.
      [
        '- A2 killed 13 March 1881 (1 Mar OS) by Land and Liberty bombers',
        'confusion',
        /Assassination of Alexander II: the People's Will carried it out, not the Land and Liberty/,
        "the People's Will",
      ],
    ],
    silent: [
      '- Kolchak was handed over by the Czechs and shot in Irkutsk, February 1920',
      '- Röhm was arrested at Bad Wiessee and shot in Stadelheim prison in Munich',
      '- Kolchak was captured in Omsk and later shot.',
      'Alexander II was killed on 1 March 1881.\n' +
        'The fatal second bomb beside the Catherine Canal was thrown by Ignacy Hryniewiecki.',
      'Stolypin was shot in Kiev in 1911.',
      'Kirov was shot in Leningrad in 1934.',
      'Trotsky was murdered in Mexico City in 1940.',
      // A country or region holds the town; a site near a town is not the town.
      'Trotsky was murdered in Mexico in 1940.',
      'Lenin died near Moscow in 1924.',
      // Someone else's death, or the town of something else.
      'Stolypin, who had been shot at in St Petersburg in 1906, was killed in 1911.',
      'Kirov was murdered by Nikolaev.',
      // Someone the knowledge base ties to the victim may have ordered it.
      'Kirov was murdered by Stalin.',
      // A body's members may have done it.
      "Alexander II was assassinated by the People's Will in 1881.",
      "Alexander II was killed by a People's Will bomb.",
      // A body named after the killing, not as its doer.
      'Alexander II was killed in 1881, and Land and Liberty had split two years before.',
      'Stolypin was not shot in St Petersburg.',
    ],
  },
  'offices in notes shorthand, and a term written with the wrong start or end': {
    caught: [
      [
        '- Stresemann = Chancellor 1923–29 → stability',
        'wrong-date',
        /Stresemann was Chancellor of Germany from 13 August 1923 to November 1923, not in 1923–1929/,
        undefined,
      ],
      [
        '- Sergei Witte Minister of Finance from 1896 to 1903',
        'wrong-date',
        /Sergei Witte was Minister of Finance from 1892 to 1903, not in 1896–1903/,
        undefined,
      ],
      [
        'Trotsky was Commissar for War in 1926.',
        'wrong-date',
        /not in 1926: Kliment Voroshilov held the post/,
        undefined,
      ],
      [
        'Army reforms – Loris-Melikov as War Minister in 1874',
        'wrong-date',
        /Loris-Melikov never held that post: in 1874 it was Dmitry Milyutin/,
        'Dmitry Milyutin',
      ],
    ],
    silent: [
      '- Stresemann = Chancellor Aug–Nov 1923',
      '- Sergei Witte Minister of Finance from 1892 to 1903',
      'Witte was Minister of Finance in 1896.',
      'Trotsky was Commissar for War in 1920.',
      'Milyutin as War Minister in 1874 reformed the army.',
      // The term's end is not the one recorded: a part of the term, not the term.
      'Stalin was General Secretary from 1924 to 1930.',
      // A name and an office side by side, but not about each other.
      'Trotsky Commissar for War? No: in 1926 it was Voroshilov.',
      'Trotsky was Commissar for War from 1918 to 1925.',
      'Kerensky became Prime Minister in July 1917.',
      // A one-word bracket is a remark, not a name of the role.
      'Göring was acting in 1937 as the economy minister.',
    ],
  },
  'when a body or a policy began': {
    caught: [
      [
        '**12 July 1879** – Alexander III approves the Land Captain Statute, placing nobles over the communes.',
        'wrong-date',
        /Land Captains: introduced on 24 July 1889, not 12 July 1879/,
        '24 July 1889',
      ],
      [
        '- The **Dawes Plan** (1926) rescheduled reparations and brought in American loans.',
        'wrong-date',
        /Dawes Plan: introduced in 1924, not 1926/,
        '1924',
      ],
      ['- Zemstva set up 1874', 'wrong-date', /Zemstvo: set up in 1864, not 1874/, '1864'],
      ['In 1874 the zemstva were set up.', 'wrong-date', /Zemstvo: set up in 1864, not 1874/, '1864'],
      ['- Land Captains created 1881', 'wrong-date', /Land Captains: introduced on 24 July 1889, not 1881/, '1889'],
      ['- Young Plan 1927 → total cut', 'wrong-date', /Young Plan: introduced in 1929, not 1927/, '1929'],
      [
        '- NEP brought in at the 12th Party Congress → + ban on factions',
        'wrong-date',
        /New Economic Policy: introduced on 21 March 1921, not at the 12th Congress/,
        undefined,
      ],
      // Another body of the name began then: the name may be the slip, so no date is offered.
      [
        '- 1905 – Petrograd Soviet set up, Trotsky a leading figure',
        'wrong-date',
        /Petrograd Soviet: set up on 12 March 1917, not 1905; in 1905 it was the St Petersburg Soviet\./,
        undefined,
      ],
    ],
    silent: [
      // A later date may tell of the policy at work.
      "**1891** – Alexander III approves the Land Captains' powers over the famine relief.",
      // The Old Style date of the statute, within a year of its start.
      '**12 July 1889** – Alexander III approves the Land Captain Statute.',
      '- The **Dawes Plan** (1924) rescheduled reparations and brought in American loans.',
      'The Congress of Soviets met on 14–16 March 1918 to ratify the Brest-Litovsk treaty.',
      // What a deed was done to bring about is not dated by it.
      'He also changed the electoral law in June 1907 to produce a more conservative Third Duma.',
      // The subject after "did" is the maker.
      'Q: What body did the Bolsheviks set up in December 1917 to fight "counter-revolution and sabotage"?',
      '- Zemstva set up 1864, reformed 1890',
      '- Young Plan 1929 → total cut',
      // Within a year of the recorded start: a beginning is dated loosely.
      'The Cheka was set up in 1918.',
      'Collectivisation introduced 1928',
      // A span that holds the start, or a date that is not the beginning.
      '- NEP 1921–28',
      'The zemstva were still weak in 1874.',
      // A body named at the head of an item with a date says nothing of its start.
      '- Politburo 1925: Stalin + Zinoviev + Kamenev',
      'By 1874 the zemstva had set up schools.',
      '- 1905 – St Petersburg Soviet set up, Trotsky a leading figure',
      '- NEP introduced at the 10th Party Congress, March 1921',
      // Within a year: War Communism began in June 1918, the 8th Congress met in March 1919.
      'War Communism was introduced at the 8th Congress.',
    ],
  },
  'deaths and acts in notes shorthand': {
    caught: [
      [
        '- Tomsky executed after the trial',
        'confusion',
        /Tomsky's death was not an execution but a suicide/,
        undefined,
      ],
      ['- Zinoviev executed in 1938', 'wrong-date', /Grigory Zinoviev died on 25 August 1936, not in 1938/, '1936'],
      // A natural death, recorded or said.
      [
        '## Alexander III\n- assassinated 1894',
        'confusion',
        /Alexander III's death was not an assassination but a natural death/,
        undefined,
      ],
      [
        'Bukharin died of a heart attack in 1938.',
        'confusion',
        /Bukharin's death was not a natural death but an execution/,
        undefined,
      ],
      // Acting after death, the act's date across what it acts on.
      [
        "- Stresemann attacked the Nazis' big gains in the Sept 1930 election",
        'anachronism',
        /Gustav Stresemann died on 3 October 1929, before the 1930 German federal election \(14 September 1930\)/,
        undefined,
      ],
      [
        'Lenin denounced the kulaks in 1928.',
        'anachronism',
        /Vladimir Lenin died on 21 January 1924, before 1928/,
        undefined,
      ],
    ],
    silent: [
      // "soon" is later than the line's date.
      '**16 April 1917** – Lenin reaches the Finland Station, and soon presents his April Theses.',
      // The person killed someone: the death is not theirs.
      'Hitler executed Röhm in 1934.',
      'Stalin killed millions in 1937.',
      'Hitler executed many SA leaders in 1934.',
      '- Kirov assassinated 1934',
      'Lenin died of a stroke in 1924.',
      // Disputed deaths have no manner recorded.
      'Stalin died of a stroke in 1953.',
      "- Stresemann attacked the Nazis' gains in the 1928 election",
      // The later date belongs to a relative clause.
      'Lenin criticised Stalin, who ruled until 1953.',
      'Lenin warned against Stalin (General Secretary from 1922 to 1952).',
      'Stresemann attacked the Nazis, who later won in 1930.',
    ],
  },
  'who wrote, and who took part': {
    caught: [
      [
        'The April Theses were written by Trotsky.',
        'confusion',
        /April Theses was written by Vladimir Lenin, not Leon/,
        'Vladimir Lenin',
      ],
      [
        'Mein Kampf was written by Hess in Landsberg.',
        'confusion',
        /written by Adolf Hitler, not Rudolf Hess/,
        'Adolf Hitler',
      ],
      [
        '- Jan 1923 – France & Britain occupy Ruhr after missed payments',
        'confusion',
        /Occupation of the Ruhr: France and Belgium took part, not the United Kingdom/,
        undefined,
      ],
      [
        'Britain and Germany fought in the Crimean War.',
        'confusion',
        /Crimean War: .* took part, not Germany/,
        undefined,
      ],
    ],
    silent: [
      'Lenin wrote the April Theses in 1917.',
      'Mein Kampf was written by Hitler in Landsberg.',
      'In 1923 France and Belgium occupied the Ruhr.',
      // Two invasions of Poland: which one the verb means is not sure.
      'Germany invaded Poland on 1 Sept 1939.',
      // A loose name for a country on the list.
      'Russia and Britain fought in the Crimean War.',
      // Not the wording of taking part, or not the act the event is.
      'Britain protested when France occupied the Ruhr.',
      'Britain left the Ruhr in 1926.',
      'Trotsky wrote about the April Theses.',
      'Hess typed Mein Kampf as Hitler dictated it.',
      'Britain did not take part when France and Belgium occupied the Ruhr.',
    ],
  },
  'a body under the one who ran it': {
    caught: [
      [
        "In 1929 Hitler joined Hugenberg's Centre Party against the Young Plan.",
        'confusion',
        /Alfred Hugenberg was Chairman of the German National People's Party \(DNVP\), not a leader of the Centre/,
        undefined,
      ],
      [
        'In 1936 Hjalmar Schacht was put in charge of the Four-Year Plan.',
        'confusion',
        /Four-Year Plan was led by Hermann Göring, not Hjalmar Schacht/,
        'Hermann Göring',
      ],
      [
        '- 1920: the Cheka, led by Stalin',
        'wrong-date',
        /Stalin never held that post: in 1920 it was Felix Dzerzhinsky/,
        'Felix Dzerzhinsky',
      ],
      [
        '- 1937: NKVD under Beria',
        'wrong-date',
        /Beria did not hold that post then: in 1937 it was Nikolai Yezhov/,
        'Nikolai Yezhov',
      ],
    ],
    silent: [
      "Brüning's Centre Party lost votes in 1932.",
      "In 1929 Hitler joined Hugenberg's DNVP against the Young Plan.",
      'In 1936 Göring was put in charge of the Four-Year Plan.',
      '- 1937: the NKVD under Yezhov',
      // Beria took over in November 1938: the span's last weeks, but from then on it was his.
      '- 1938–40: NKVD under Beria',
      'The Cheka, led by Dzerzhinsky, in 1920.',
      // A country is not a body with a head.
      '- 1937: Germany under Hitler',
    ],
  },
  'a battle named after a city not yet so named': {
    caught: [
      [
        'Stalin defended Stalingrad in 1918.',
        'anachronism',
        /Stalingrad got that name on 10 April 1925; in 1918 it was Tsaritsyn/,
        'Tsaritsyn',
      ],
    ],
    silent: [
      'Stalin defended Tsaritsyn in 1918.',
      // The battle, at its date.
      'The Red Army held Stalingrad in 1942.',
      // The city, by its name then.
      'Khrushchev visited Stalingrad in 1955.',
    ],
  },
  'amounts and trials': {
    caught: [
      ['Redemption payments were spread over 29 years.', 'wrong-figure', /up to 49 years — not 29/, undefined],
      ['The siege of Leningrad lasted 500 days.', 'wrong-figure', /the siege lasted 872 days.*not 500/, undefined],
      [
        '- Stakhanov Aug 1935 → cut 1,020 tonnes of coal in one shift → Stakhanovites',
        'wrong-figure',
        /Stakhanov: he was credited with 102 tonnes .* not 1,020/,
        undefined,
      ],
      [
        'The Treaty of Versailles cut the army to 10,000 men.',
        'wrong-figure',
        /army to 100,000 men — not 10,000/,
        undefined,
      ],
      [
        '- Emancipation of the serfs 1861\n  - freed approx 2.3 million privately owned serfs',
        'wrong-figure',
        /freed more than 23 million .* not 2.3 million/,
        undefined,
      ],
      // A sub-item that names nothing: its figures are its parent's.
      [
        '- Emancipation Edict 1861\n  - roughly 2 million serfs freed (private serfs only, state peasants later)',
        'wrong-figure',
        /freed more than 23 million .* not 2 million/,
        undefined,
      ],
      [
        'Bukharin tried alongside Zinoviev and Kamenev in 1936',
        'wrong-date',
        /Bukharin was tried at the Trial of the Twenty-One \(March 1938\), not in 1936/,
        undefined,
      ],
    ],
    silent: [
      // A count some sources give lower is held only to half of it.
      'Kristallnacht: about 20,000 Jewish men were arrested.',
      'Redemption payments were spread over 49 years.',
      // An exact count, rounded.
      'The siege of Leningrad lasted almost 900 days.',
      'Stakhanov cut 102 tonnes of coal in one shift in 1935.',
      'The Treaty of Versailles cut the army to 100,000 men.',
      // The navy's men are not the army's.
      'The Treaty of Versailles limited the navy to 15,000 men.',
      'The emancipation of the serfs freed about 23 million serfs.',
      'Bukharin was tried in March 1938.',
      'Zinoviev and Kamenev were tried in 1936.',
      // Nobody "staged" a trial as its defendant.
      'Stalin staged the Trial of the Sixteen in 1936.',
      'Bukharin was tried alongside Rykov and Yagoda in 1938.',
      // A sub-item's date is not its parent's.
      '- Emancipation Edict 1861\n  - state peasants done separately later (1866)',
      '- Emancipation Edict 1861\n  - about 23 million serfs freed',
    ],
  },
  'what was done to a place': {
    caught: [
      [
        '- Rhineland remilitarised 1935',
        'wrong-date',
        /Remilitarisation of the Rhineland: 7 March 1936, not 1935/,
        '1936',
      ],
      ['Hitler remilitarised the Rhineland in 1935.', 'wrong-date', /Rhineland: 7 March 1936, not 1935/, '1936'],
    ],
    silent: [
      'Hitler remilitarised the Rhineland in March 1936.',
      '- Ruhr occupied 1923–25',
      // A country invaded more than once: no event is named by the verb.
      'The Red Army invaded Poland in 1920.',
    ],
  },
  'a month in a name singles it out': {
    caught: [['- October Manifesto 1906', 'wrong-date', /October Manifesto: 30 October 1905, not 1906/, '1905']],
    silent: [
      '- October Manifesto 1905',
      // The Old Style date of the same day.
      'The October Manifesto was issued on 17 October 1905.',
    ],
  },
  'a speech at a congress': {
    caught: [
      [
        'Khrushchev gave the Secret Speech at the 22nd Party Congress.',
        'wrong-date',
        /Secret Speech: 25 February 1956, not at the 22nd Congress .* \(17–31 October 1961\)/,
        undefined,
      ],
    ],
    silent: [
      'Khrushchev delivered the Secret Speech to the 20th Congress.',
      // Not the speech's delivery.
      'Khrushchev attacked Stalin again at the 22nd Congress, after the Secret Speech.',
    ],
  },
  'notes shorthand, more of it': {
    caught: [
      [
        '- Nazi-Soviet Pact 23 Aug 1939 – signed by Ribbentrop and Litvinov',
        'confusion',
        /signed by Vyacheslav Molotov and Joachim von Ribbentrop, not Maxim Litvinov/,
        undefined,
      ],
      [
        '- Stresemann assassinated Oct 1929 → Weimar loses its best statesman',
        'confusion',
        /Stresemann's death was not an assassination but a natural death/,
        undefined,
      ],
      ['- Himmler – captured, tried and hanged at Nuremberg', 'confusion', /not an execution but a suicide/, undefined],
      [
        "- 1881 – Alex II blown up by People's Will bomb in Moscow",
        'confusion',
        /Alexander II died in Saint Petersburg, not Moscow/,
        'Saint Petersburg',
      ],
      [
        "## Stolypin\n- died of typhus in 1911 → lost tsarism's best minister",
        'confusion',
        /Stolypin's death was not a natural death but an assassination/,
        undefined,
      ],
      [
        '- 1930 – Brüning chancellor, rules by decree; FM Stresemann backs the emergency decrees',
        'anachronism',
        /Stresemann died on 3 October 1929, before 1930/,
        undefined,
      ],
      [
        '- 1936 – 1st show trial: Zinoviev, Kamenev and Bukharin all tried + shot',
        'wrong-date',
        /Bukharin was tried at the Trial of the Twenty-One \(March 1938\), not in 1936/,
        undefined,
      ],
    ],
    silent: [
      '- Nazi-Soviet Pact 23 Aug 1939 – signed by Ribbentrop and Molotov',
      '- Kirov assassinated Dec 1934 → purges',
      '- Göring – captured, tried and sentenced at Nuremberg',
      '- Stolypin shot Sept 1911, died days later',
      '- 1928 – Müller chancellor; FM Stresemann backs the Young Plan',
      '- 1936 – 1st show trial: Zinoviev and Kamenev both tried + shot',
      // The verb is the one acting on someone else.
      '- Hitler – ordered, planned and executed the purge in 1934',
      '- 1938 – 3rd show trial: Bukharin and Rykov tried + shot',
      "- 1881 – Alex II blown up by People's Will bomb in St Petersburg",
    ],
  },
  'bodies by the name they bore': {
    caught: [
      ['Hitler joined the Nazi Party in 1919.', 'anachronism', /The Nazi Party did not exist yet in 1919/, undefined],
      ['Hitler led the NSDAP in 1919.', 'anachronism', /set up on 24 February 1920/, undefined],
    ],
    silent: [
      'Hitler joined the DAP in 1919.',
      "Hitler joined the German Workers' Party in 1919.",
      'Hitler led the NSDAP in 1921.',
      // A role shows the body at work then.
      'Yezhov was Chairman of the Party Control Commission in 1937.',
    ],
  },
  'the date beside a name, in the ways notes write it': {
    caught: [
      // An apposition in plain words that opens with "our"; an event told with a verb phrase.
      [
        '**Stalin:** Kirov, our Leningrad party chief, was shot at the Smolny Institute in December 1936.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not in December 1936/,
        'December 1934',
      ],
      [
        '**Hitler:** On the night of 27 February 1934 the Reichstag building went up in flames.',
        'wrong-date',
        /Reichstag fire: 27 February 1933, not 27 February 1934/,
        '27 February 1933',
      ],
      // A participle and a date that end the sentence, after a name anywhere in it.
      [
        'Peace with Germany came with the Treaty of Brest-Litovsk, signed on 3 March 1919.',
        'wrong-date',
        /Treaty of Brest-Litovsk: 3 March 1918, not 3 March 1919/,
        '3 March 1918',
      ],
      [
        'As Foreign Minister he negotiated the Dawes Plan and the Locarno treaties, signed in 1927.',
        'wrong-date',
        /Locarno Treaties: 1 December 1925, not 1927/,
        '1925',
      ],
      [
        '- Bloody Sunday – 9 Jan 1906 – Fr Gapon led a peaceful march',
        'wrong-date',
        /Bloody Sunday \(1905\): 22 January 1905 \(9 January 1905 Old Style\), not 9 January 1906/,
        '9 January 1905',
      ],
      [
        '- Kapp Putsch (March 1921): Freikorps seized Berlin',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920/,
        'March 1920',
      ],
      [
        '- Nicholas abdicated 2 March 1916 at Pskov',
        'wrong-date',
        /Abdication of Nicholas II: 15 March 1917 \(2 March 1917 Old Style\), not 2 March 1916/,
        '2 March 1917',
      ],
    ],
    silent: [
      '**Stalin:** Kirov, our Leningrad party chief, was shot at the Smolny Institute in December 1934.',
      '**Hitler:** On the night of 27 February 1933 the Reichstag building went up in flames.',
      'Peace with Germany came with the Treaty of Brest-Litovsk, signed on 3 March 1918.',
      'Lenin backed the Treaty of Brest-Litovsk, although he was attacked for it in 1919.',
      '- Kapp Putsch – March 1920 – Freikorps seized Berlin',
      '- Bloody Sunday (9 Jan 1905) – Gapon led a peaceful march',
      // "Nicholas" alone is the tsar of the date near it: Nicholas I in 1855.
      '- Nicholas died 1855 during the Crimean War',
      'Nicholas I died in 1855 during the Crimean War.',
      '- Nicholas took personal command of the army in 1915',
      // A date after a dash that starts another thing: the putsch's aftermath.
      '- Kapp Putsch, March 1920 – Freikorps in Berlin; general strike, March 1921 in Saxony',
    ],
  },
  'beginnings dated to the month, and long events begun': {
    caught: [
      [
        '- Cheka set up Dec 1918 → "All-Russian Extraordinary Commission"',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      [
        '- 1st FYP began 1930 – heavy industry, Gosplan targets',
        'wrong-date',
        /First five-year plan: began in 1928, not 1930/,
        '1928',
      ],
      [
        '- NEP announced at the 8th Party Congress, March 1921 → tax in kind',
        'wrong-date',
        /New Economic Policy: introduced on 21 March 1921, not at the 8th Congress/,
        undefined,
      ],
    ],
    silent: [
      '- Cheka set up Jan 1918',
      // The plan was adopted in April 1929, backdated to October 1928.
      '- 1st FYP began 1929',
      'This was caused as the NEP started to stall in 1926.',
      'The Great Purge began in 1934 with the murder of Kirov.',
      'The Civil War began in 1918.',
      '- NEP announced at the 10th Party Congress, March 1921',
    ],
  },
  'bodies named years before they were set up': {
    caught: [
      [
        '- millions arrested by the KGB, sent to Gulag camps, approx 680,000 shot 1937–38',
        'anachronism',
        /The KGB did not exist yet in 1937–1938: it was set up on 13 March 1954/,
        undefined,
      ],
      [
        '- Ebert–Groener pact 10 Nov 1918 – Groener, head of the Wehrmacht, backs govt',
        'anachronism',
        /The Wehrmacht did not exist yet on 10 November 1918/,
        undefined,
      ],
      [
        "- 1887 plot to kill A3 → Alexander Ulyanov (Lenin's older bro), a Bolshevik, hanged",
        'anachronism',
        /did not exist yet in 1887: it was set up in 1903/,
        undefined,
      ],
    ],
    silent: [
      '1917: Cheka set up (forerunner of the KGB)',
      '- 1917 Cheka → later the KGB',
      '- 1861 emancipation → mir controlled peasants → Land Captains',
      '* The SS, led by Himmler from 1929, and the Gestapo (secret police).',
      '1905: St Petersburg Soviet, a model for the Petrograd Soviet',
      '- 1937 purges run by the NKVD',
    ],
  },
  'a body heads by its own years': {
    caught: [
      [
        '- Cheka headed by Yagoda',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then: while the Cheka existed/,
        'Felix Dzerzhinsky',
      ],
    ],
    silent: ['- Cheka headed by Dzerzhinsky', '- the NKVD under Yagoda', '- SS under Himmler'],
  },
  'a figure in the opening words of an item': {
    caught: [
      [
        '## Treaty of Versailles\n- army max 1,000,000 men, no tanks, Rhineland demilitarised',
        'wrong-figure',
        /limited the German army to 100,000 men — not 1,000,000/,
        undefined,
      ],
    ],
    silent: [
      '## Treaty of Versailles\n- army max 100,000 men, no tanks, Rhineland demilitarised',
      '## Treaty of Versailles\n- Rhineland demilitarised, army 1,000,000 before the war',
    ],
  },
  'arrows: a date before one, hedges after it': {
    caught: [
      [
        '- Lenin died 21 Jan 1922 → Petrograd renamed Leningrad days later',
        'wrong-date',
        /Death of Vladimir Lenin: 21 January 1924, not 21 January 1922/,
        '21 January 1924',
      ],
      [
        '- Sept 1937 → Nuremberg Laws → Jews lose citizenship',
        'wrong-date',
        /Nuremberg Laws: 15 September 1935/,
        'September 1935',
      ],
      [
        '- 1916 → St Petersburg renamed Petrograd (sounds less German)',
        'wrong-date',
        /renamed Petrograd on 31 August 1914, not 1916/,
        '1914',
      ],
    ],
    silent: [
      '- Sept 1935 → Nuremberg Laws → Jews lose citizenship',
      '- 1914 → St Petersburg renamed Petrograd (sounds less German)',
      // A day of its own, without its year, is not dated by the line's date.
      '- Feb 1917 – revolution in Petrograd; tsar abdicates 2 March',
      // A promise of a body not yet set up.
      '- Oct 1905 – general strike → October Manifesto (Witte) promises an elected Duma',
      '- Lenin died 21 Jan 1924 → Petrograd renamed Leningrad days later',
      '- Tsaritsyn renamed Stalingrad in 1925',
    ],
  },
  'titles as notes shorten them, and a date after a comma': {
    caught: [
      [
        '- Stolypin appointed PM 1908',
        'wrong-date',
        /Pyotr Stolypin became Prime Minister in July 1906, not in 1908/,
        '1906',
      ],
      [
        '- Hindenburg elected president, April 1927 → old monarchist field marshal',
        'wrong-date',
        /Paul von Hindenburg became President of Germany on 12 May 1925, not in April 1927/,
        'May 1925',
      ],
    ],
    silent: [
      '- Stolypin appointed PM 1906',
      '- Hindenburg elected president, April 1925 → old monarchist field marshal',
      // The date after the comma begins something else.
      '- Hindenburg elected president, 1927 saw him praised by the right',
    ],
  },
  "an item that opens with its parent's head word": {
    caught: [
      [
        '## Brest-Litovsk\n- treaty signed 3 March 1919 → Russia out of WWI',
        'wrong-date',
        /Treaty of Brest-Litovsk: 3 March 1918, not 3 March 1919/,
        '3 March 1918',
      ],
      [
        '## Kapp Putsch\n- putsch failed March 1921 after a general strike',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920/,
        'March 1920',
      ],
    ],
    silent: [
      '## Brest-Litovsk\n- treaty signed 3 March 1918 → Russia out of WWI',
      // Not the head word of the parent's name: the army is not the treaty.
      '## Treaty of Versailles\n- army reduced 1921 to its limit',
      '## Kapp Putsch\n- strike began March 1920 across Berlin',
    ],
  },
  'a subject carried across arrows, and heads named with a colon or equals sign': {
    caught: [
      [
        '- Tomsky → arrested → executed 1936',
        'confusion',
        /Mikhail Tomsky's death was not an execution but a suicide/,
        undefined,
      ],
      [
        '- Cheka set up Dec 1917 → head: Genrikh Yagoda',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then: in December 1917 it was Felix Dzerzhinsky/,
        'Felix Dzerzhinsky',
      ],
      [
        '- first Reich President (Feb 1919) = Philipp Scheidemann',
        'wrong-date',
        /Philipp Scheidemann never held that post: in February 1919 it was Friedrich Ebert/,
        'Friedrich Ebert',
      ],
    ],
    silent: [
      '- Tomsky → attacked as a Rightist → shot himself 1936',
      // A possessive is not the subject: the son is.
      "- Stalin's son Yakov captured 1941 → Stalin refused a swap → died in Sachsenhausen camp 1943",
      '- Cheka set up Dec 1917 → head: Felix Dzerzhinsky',
      '- first Reich President (Feb 1919) = Friedrich Ebert',
      // One message once a line, though the subject is read twice.
      '- Zinoviev → expelled from the party 1927 → shot 1936',
    ],
  },
  'stances in notes shorthand': {
    caught: [
      [
        '- Hugenberg (DNVP, press baron) → strong supporter of the Young Plan',
        'confusion',
        /Alfred Hugenberg: as DNVP chairman/,
        undefined,
      ],
      [
        '- Bukharin → Right, but against NEP and demanding rapid industrialisation',
        'confusion',
        /Nikolai Bukharin: he backed the NEP/,
        undefined,
      ],
      [
        '- April Theses → Lenin backs supporting the Provisional Government',
        'confusion',
        /Vladimir Lenin: in his April Theses/,
        undefined,
      ],
    ],
    silent: [
      '- Hugenberg (DNVP, press baron) → strong opponent of the Young Plan',
      '- Bukharin → Right, defending NEP and demanding slower industrialisation',
      '- April Theses → Lenin backs all power to the soviets',
      '- Lenin wanted to continue the war against the Whites',
    ],
  },
  'names and bodies out of their time, by the things and headings that date them': {
    caught: [
      [
        '- 1 Dec 1934 → Kirov (popular Petrograd party boss) shot at Smolny',
        'anachronism',
        /Petrograd bore that name until 1924; on 1 December 1934 it was Leningrad/,
        'Leningrad',
      ],
      [
        '- War Communism = grain requisitioning squads backed by the KGB',
        'anachronism',
        /The KGB did not exist yet in the time of War communism/,
        undefined,
      ],
      [
        '### March 1920 – Kapp Putsch\n- Wehrmacht wont fire on fellow soldiers (Seeckt)',
        'anachronism',
        /The Wehrmacht did not exist yet in 1920/,
        undefined,
      ],
      [
        '### 9 Jan 1905 – Bloody Sunday\n- marchers head for the Winter Palace in Petrograd → troops fire',
        'anachronism',
        /Petrograd got that name on 31 August 1914; in 1905 it was Saint Petersburg/,
        'Saint Petersburg',
      ],
      // A diary's paragraph, dated by its entry's heading; a "not" on the body's deed; "until" after it; "late 1905".
      [
        '### Berlin, 20 March 1920\nThe Wehrmacht would not fire on the putschists.',
        'anachronism',
        /The Wehrmacht did not exist yet in 1920/,
        undefined,
      ],
      [
        'Leon Trotsky was the leading figure of the Petrograd Soviet of 1905 until its members were arrested.',
        'anachronism',
        /The Petrograd Soviet did not exist yet in 1905/,
        undefined,
      ],
      [
        'Trotsky was the leading figure in the Petrograd Soviet during the general strike of late 1905.',
        'anachronism',
        /The Petrograd Soviet did not exist yet in 1905/,
        undefined,
      ],
    ],
    silent: [
      '### Berlin, 20 March 1920\nThe Reichswehr would not fire on the putschists.',
      '## Russia 1855–1917\nThe Petrograd Soviet was set up in March 1917.',
      'In 1920 it was not the Wehrmacht but the Reichswehr.',
      'In 1920 the Wehrmacht did not exist yet.',
      'The Wehrmacht was not set up until 1935, so in 1920 there was only the Reichswehr.',
      'The cabinet of 1905 lasted until the February Revolution put the Provisional Government in its place.',
      // Its first name and its present one may be written at any date.
      '- In 1920 St Petersburg was hungry.',
      '- In 1942 Tsaritsyn was besieged.',
      '- War Communism → Cheka terror; later the KGB',
      '- War Communism → requisitioning → KGB',
      // A period's heading does not date what is said under it.
      '## Russia 1855–1917\n- capital Petrograd, Leningrad',
      // A list of what came of it, not what it did.
      '### 1918 – Civil War\n- the Red Army, the Cheka and the Gulag',
      '### 9 Jan 1905 – Bloody Sunday\n- marchers head for the Winter Palace in St Petersburg',
    ],
  },
  'deaths, figures and heads in notes shorthand': {
    caught: [
      [
        '### 1 March 1881 – Alex II assassinated\n- blown up in Moscow → 1st bomb hit carriage',
        'confusion',
        /Alexander II died in Saint Petersburg, not Moscow/,
        'Saint Petersburg',
      ],
      [
        '- Gapon fled abroad after → later died quietly of natural causes in exile',
        'confusion',
        /Georgy Gapon was killed without trial on 10 April 1906; the note's "died quietly of natural causes in exile"/,
        undefined,
      ],
      [
        '- 1921 London schedule → reparations fixed at 13.2 bn gold marks',
        'wrong-figure',
        /132 billion gold marks.* — not 13.2 bn/,
        undefined,
      ],
      [
        '- Four Year Plan (1936) → autarky + rearmament, run by Hjalmar Schacht',
        'wrong-date',
        /Hjalmar Schacht never held that post: in 1936 it was Hermann Göring/,
        'Hermann Göring',
      ],
    ],
    silent: [
      '### 1 March 1881 – Alex II assassinated\n- blown up in St Petersburg → 1st bomb hit carriage',
      '- Gapon fled abroad after → later returned to Russia and was hanged by SRs',
      '- 1921 London schedule → reparations fixed at 132 bn gold marks',
      '- Four Year Plan (1936) → autarky + rearmament, run by Hermann Göring',
      // Another body between: its head is not the plan's.
      '- Four Year Plan (1936) → the SS + rearmament, run by Himmler',
    ],
  },
  'the right killer, a bracketed date, work begun, sentenced and hanged': {
    caught: [
      [
        '- 1913 – PM Stolypin shot at the Kiev opera by Dmitry Bogrov',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in 1913/,
        '1911',
      ],
      [
        '- Stresemann died of a stroke in Oct 1930, just as the Depression was biting.',
        'wrong-date',
        /3 October 1929, not October 1930/,
        'October 1929',
      ],
      [
        '- 1898 – work begins on the Trans-Siberian Railway (later Witte pet project)',
        'wrong-date',
        /Trans-Siberian Railway: began in 1891, not 1898/,
        '1891',
      ],
      [
        '- Göring was sentenced at Nuremberg and hanged in October 1946.',
        'confusion',
        /Hermann Göring's death was not an execution but a suicide/,
        undefined,
      ],
      [
        '- Wannsee Conference (20 Jan 1942) chaired by Himmler → coordination',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Heinrich Himmler/,
        'Reinhard Heydrich',
      ],
    ],
    silent: [
      '- 1911 – PM Stolypin shot at the Kiev opera by Dmitry Bogrov',
      '* The Novocherkassk massacre (June 1962) and the Cuban Missile Crisis (October 1962).',
      '- 1891 – work begins on the Trans-Siberian Railway (later Witte pet project)',
      '- Ribbentrop was sentenced at Nuremberg and hanged in October 1946.',
      '- Wannsee Conference (20 Jan 1942) chaired by Heydrich → coordination',
      // A body's members go by its name a while after it became another.
      'In January 1919 the Spartacists rose in Berlin and were crushed by the Freikorps.',
    ],
  },
  'titles before names, stances with their leaders': {
    caught: [
      [
        "- People's Commissar for Nationalities – Bukharin.",
        'wrong-date',
        /Nikolai Bukharin never held the post of People's Commissar for Nationalities/,
        undefined,
      ],
      [
        '- Already in 1919, as General Secretary, Stalin was quietly building his power base.',
        'wrong-date',
        /Joseph Stalin became General Secretary of the Central Committee on 3 April 1922, after 1919/,
        undefined,
      ],
      [
        '- DNVP leader Hugenberg backed the Young Plan (1929) enthusiastically in the Reichstag.',
        'confusion',
        /Alfred Hugenberg: as DNVP chairman/,
        undefined,
      ],
      [
        '- Pobedonostsev – a firm believer in Western-style parliaments and a free press.',
        'confusion',
        /Konstantin Pobedonostsev: he attacked democracy, parliaments/,
        undefined,
      ],
    ],
    silent: [
      "- People's Commissar for Nationalities – Stalin.",
      '- In 1923, as General Secretary, Stalin built his power base.',
      '- DNVP leader Hugenberg fought the Young Plan (1929) in a referendum.',
      '- Pobedonostsev – a firm believer in autocracy and Orthodoxy.',
      // A date before the title: the one who held it then.
      '- 1925: as General Secretary, Stalin moved against Trotsky.',
    ],
  },
  'who did it, asked on a flashcard or done in turn': {
    caught: [
      [
        'Q: Who headed the Gestapo and later chaired the Wannsee Conference?\nA: Adolf Eichmann',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Adolf Eichmann/,
        'Reinhard Heydrich',
      ],
      [
        'Q: Who chaired the Wannsee Conference?\nA: Himmler, the SS chief.',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Heinrich Himmler/,
        'Reinhard Heydrich',
      ],
    ],
    silent: [
      'Q: Who headed the Gestapo and later chaired the Wannsee Conference?\nA: Reinhard Heydrich',
      'Q: Who chaired the Wannsee Conference?\nA: Heydrich, the head of the RSHA.',
      // Not what the question asks: the answer's remark is its own.
      'Q: Who attended the Wannsee Conference?\nA: Eichmann, who took the minutes.',
    ],
  },
  'the first to head a body': {
    caught: [
      [
        '- the Provisional Government, first headed by Kerensky, on one side',
        'wrong-date',
        /Provisional Government was Georgy Lvov \(from 15 March 1917\), not Alexander Kerensky/,
        'Georgy Lvov',
      ],
      [
        '- The first head of the Provisional Govt was Kerensky.',
        'wrong-date',
        /The first Minister-Chairman of the Provisional Government was Georgy Lvov/,
        'Georgy Lvov',
      ],
    ],
    silent: [
      '- the Provisional Government, first headed by Prince Lvov, on one side',
      '- The first head of the Provisional Govt was Prince Lvov.',
      // Its head, not its first: Kerensky led it from July 1917.
      '- the Provisional Government, headed by Kerensky from July',
    ],
  },
  'famous words in the wrong mouth': {
    caught: [
      [
        "- Lenin's Testament – said Trotsky was 'too rude', should be removed",
        'confusion',
        /“too rude”: Vladimir Lenin said this of Joseph Stalin, not of Leon Trotsky/,
        undefined,
      ],
      [
        '- "Dizzy with Success" article March 1930 – written by Molotov',
        'confusion',
        /Dizzy with Success was written by Joseph Stalin, not Vyacheslav Molotov/,
        'Joseph Stalin',
      ],
      [
        '- "Senseless dreams" – Alexander III to the zemstvo men',
        'confusion',
        /these are Nicholas II's words, not Alexander III's/,
        undefined,
      ],
    ],
    silent: [
      "- Lenin's Testament – said Stalin was 'too rude', should be removed",
      '- "Dizzy with Success" article March 1930 – written by Stalin',
      // A few words of a long quote are anyone's.
      '- Chamberlain hoped for "peace in Europe" after meeting Hitler',
      // Two people besides the speaker: no telling whom the note gives the words to.
      '- "Enrich yourselves!" – Trotsky and Zinoviev attacked the slogan',
      "- Lenin's Testament also praised Trotsky, 'perhaps the most capable man'",
    ],
  },
  'where a death was, not where a clause went on to': {
    caught: [
      ['- Kirov was shot in Moscow in 1934.', 'confusion', /Sergei Kirov died in Leningrad, not Moscow/, 'Leningrad'],
    ],
    silent: [
      '- Marshal Tukhachevsky was shot in 1937 with the high command, a loss felt in the Winter War against Finland.',
      '- Kirov shot at the Smolny, Leningrad, Dec 1934',
    ],
  },
  'the congress a speech or decree belongs to, and war dead': {
    caught: [
      [
        '- The Secret Speech was delivered to the Supreme Soviet (25 Feb 1956) – it attacked Stalin.',
        'confusion',
        /Secret Speech: at the 20th Congress of the .* \(14–25 February 1956\), not the Supreme Soviet/,
        undefined,
      ],
      [
        '- Decree on Land (Oct 1917) passed by the Constituent Assembly → estates handed to peasants.',
        'confusion',
        /Decree on Land: at the Second All-Russian Congress of Soviets .*, not the Constituent Assembly/,
        undefined,
      ],
      [
        '- USSR war dead c. 2.7 million (soldiers + civilians)',
        'wrong-figure',
        /about 26.6–27 million; the exact figures are disputed — not 2.7 million/,
        undefined,
      ],
    ],
    silent: [
      '- The Secret Speech was delivered to the 20th Party Congress.',
      '- Decree on Land passed by the Second Congress of Soviets',
      '- Soviet war dead approx 27 million soldiers and civilians together.',
      // Read out later at party meetings: not where it was given.
      '- The Secret Speech was later read out to party members across the USSR.',
    ],
  },
  'a span of years mostly held by another': {
    caught: [
      [
        '- 1937–38: NKVD under Beria',
        'wrong-date',
        /Lavrentiy Beria held the post of .* only from 25 November 1938: in 1937–1938 it was mostly Nikolai Yezhov/,
        'Nikolai Yezhov',
      ],
      [
        '- NKVD chief at the height of the terror (1936–38) = Beria',
        'wrong-date',
        /only from 25 November 1938: in 1936–1938 it was mostly Nikolai Yezhov/,
        'Nikolai Yezhov',
      ],
    ],
    silent: [
      '- 1937–38: NKVD under Yezhov',
      '- 1938–40: NKVD under Beria',
      // Two holders, each for a good part of the span.
      '- 1934–38: the NKVD under Yagoda',
      // A party and its founder after a dash are no title and holder.
      '- SRs founded 1901–02 – Viktor Chernov, peasant party, used terror',
    ],
  },
  'where the Romanovs were shot': {
    caught: [
      [
        '- The Romanovs were shot in July 1918 at Tobolsk.',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        '- July 1918 → Romanovs shot in a cellar at Tobolsk',
        'confusion',
        /at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      '- The Romanovs were shot in July 1918 at Yekaterinburg.',
      '- July 1918 → Romanovs shot in a cellar at the Ipatiev House, Yekaterinburg',
      '- The Romanovs were held at Tobolsk before Yekaterinburg.',
    ],
  },
  'a place and a comma before the date, titles before "of", posts taken by another': {
    caught: [
      [
        '- Kirov shot in Leningrad, 1 Dec 1936 → pretext for purges',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1936/,
        '1 December 1934',
      ],
      [
        '- Capital – moved from Leningrad to Moscow, March 1918',
        'anachronism',
        /Leningrad got that name in 1924; in March 1918 it was Petrograd/,
        'Petrograd',
      ],
      [
        '- Witte = Prime Minister 1892–1903 → the "Great Spurt"',
        'wrong-date',
        /Sergei Witte was Chairman of the Council of Ministers from 6 November 1905 to 5 May 1906, not in 1892–1903/,
        undefined,
      ],
      [
        '- Ousted Oct 1964 → replaced as First Secretary by Andropov',
        'wrong-date',
        /Yuri Andropov never held that post: in October 1964 it was Leonid Brezhnev who became First Secretary/,
        'Leonid Brezhnev',
      ],
    ],
    silent: [
      '- Kirov shot in Leningrad, 1 Dec 1934 → pretext for purges',
      '- Capital – moved from Petrograd to Moscow, March 1918',
      '- Witte = Minister of Finance 1892–1903 → the "Great Spurt"',
      '- Ousted Oct 1964 → replaced as First Secretary by Brezhnev',
      // The date after the comma begins something else.
      '- Kirov shot in Leningrad, 1936 saw the first show trial',
    ],
  },
  "a timeline's year, then its month": {
    caught: [
      [
        '- 1913, Sept – Stolypin shot in Kiev',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in 1913/,
        '1911',
      ],
    ],
    silent: [
      '- 1911, Sept – Stolypin shot in Kiev',
      // A comma and a name after the year start something else.
      '- 1913, Stolypin’s reforms stalled – he had been shot in Kiev in 1911',
    ],
  },
  'where-questions on flashcards': {
    caught: [
      [
        'Q: Where were the Romanovs shot (July 1918)?\nA: Tobolsk, in the cellar of the Ipatiev House.',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        'Q: Where was Alexander II killed?\nA: Moscow',
        'confusion',
        /Alexander II died in Saint Petersburg, not Moscow/,
        'Saint Petersburg',
      ],
    ],
    silent: [
      'Q: Where were the Romanovs shot?\nA: Yekaterinburg (Ipatiev House)',
      'Q: Where was Alexander II killed?\nA: St Petersburg, by a bomb',
      // Not a where-question: the place is the answer to something else.
      'Q: What was the capital in 1918?\nA: Moscow',
    ],
  },
  'fates told as a life that went on': {
    caught: [
      // A flight in any tense; a country abroad that shares a border region with home; a time after "When".
      [
        "- Kolchak's Whites pushed back across Siberia → Kolchak escapes to Japan (1920)",
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped to Japan/,
        undefined,
      ],
      [
        'When his armies collapsed in 1919, Kolchak escaped into exile in Paris.',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped into exile/,
        undefined,
      ],
      [
        '13/27 Admiral Kolchak, the White "Supreme Ruler" of Siberia, manages to escape into exile in Manchuria, 1920',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped into exile/,
        undefined,
      ],
      [
        '- Beria was arrested in June 1953 and sent off to manage a power station in Kazakhstan.',
        'confusion',
        /not sent off to manage a power station/,
        undefined,
      ],
      [
        'After his arrest in June 1953, Beria was demoted to running a power station in Kazakhstan.',
        'confusion',
        /not demoted to running a power station/,
        undefined,
      ],
      [
        '- Beria arrested (June 1953) → packed off to manage a power station in Kazakhstan',
        'confusion',
        /Beria was executed on 23 December 1953, not packed off to manage a power station/,
        undefined,
      ],
      [
        '- Beria arrested June 1953 → stripped of posts, exiled to Kazakhstan',
        'confusion',
        /Lavrentiy Beria was executed on 23 December 1953, not exiled/,
        undefined,
      ],
      [
        "- Lenin's brother Alexander Ulyanov → student plot to kill the tsar (1887) → exiled to Siberia",
        'confusion',
        /Alexander Ulyanov was executed on 20 May 1887, not exiled/,
        undefined,
      ],
      [
        '- Zinoviev and Kamenev (Trial of the Sixteen, Aug 1936) were sent to the Gulag and died there.',
        'confusion',
        /was executed on 25 August 1936, not sent to the Gulag/,
        undefined,
      ],
      // Whose kin the person is, before the name; a lead-in with hedges of its own; the end of the story told.
      [
        "- Lenin's older bro Alexander Ulyanov → student plot to kill Alex III (1887) → exiled to Siberia",
        'confusion',
        /Alexander Ulyanov was executed on 20 May 1887, not exiled/,
        undefined,
      ],
      [
        '17. Terror did not vanish: Alexander Ulyanov was exiled to Siberia for the 1887 plot on the tsar.',
        'confusion',
        /Alexander Ulyanov was executed on 20 May 1887, not exiled/,
        undefined,
      ],
      [
        '- Perovskaya was spared the rope and sent into exile in Siberia.',
        'confusion',
        /Sofia Perovskaya was executed on 15 April 1881, not sent into exile/,
        undefined,
      ],
      [
        '- Alexander Ulyanov → exiled to Siberia for life',
        'confusion',
        /executed on 20 May 1887, not exiled/,
        undefined,
      ],
    ],
    silent: [
      "- Kolchak's Whites pushed back across Siberia → Kolchak flees to Irkutsk (1920)",
      'When his armies collapsed in 1919, Kolchak tried to escape but was handed over and shot.',
      '13/27 Admiral Kolchak, the White "Supreme Ruler" in Siberia, is shot at Irkutsk in February 1920',
      '- Malenkov was expelled from the Presidium in June 1957 and sent off to manage a power station in Kazakhstan.',
      'After his fall in 1957, Malenkov was packed off to run a power station in Kazakhstan.',
      '- Malenkov demoted (1957) → sent to manage a power station in Kazakhstan',
      // A life sentence to exile that ended in release, before a later death.
      '- Kamenev → exiled to Siberia for life, freed by the February Revolution',
      // A lead-in that names someone is no lead-in: its hedge holds.
      '- Zinoviev did not say: Alexander Ulyanov was exiled to Siberia in 1887.',
      // Exiled long before they were shot.
      '- Kamenev was exiled to Siberia in 1915.',
      '- Zinoviev expelled 1927, exiled 1928',
      // Murdered by an assassin years after his exile.
      '- Trotsky exiled to Alma-Ata 1928',
      // No date to tie the exile to the end of the life.
      '- Bukharin exiled to Siberia',
      '- Beria arrested June 1953 → stripped of posts, shot in December',
    ],
  },
  'a battle named by its place, in a clause of fighting': {
    caught: [
      [
        '- In 1904 the Baltic Fleet was destroyed at Tsushima.',
        'wrong-date',
        /Battle of Tsushima: 27–28 May 1905, not 1904/,
        '1905',
      ],
      ['- Tsushima 1904: Russian fleet sunk', 'wrong-date', /Battle of Tsushima: 27–28 May 1905, not 1904/, '1905'],
    ],
    silent: [
      '- Tsushima 1905: Russian fleet sunk',
      // No fighting told: the place.
      '- Tsushima (1904) – an island between Korea and Japan',
      '- In 1904 the Baltic Fleet sailed for the Far East.',
    ],
  },
  'a relative clause denies only itself; a day without its year': {
    caught: [
      [
        'Order No. 1, issued by the Provisional Government, told troops to obey orders that did not defy the Soviet.',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        '- Nicholas II abdicated on 2 March at Tsarskoye Selo, for himself and his son.',
        'confusion',
        /Abdication of Nicholas II: at Pskov, not Tsarskoye Selo/,
        'Pskov',
      ],
    ],
    silent: [
      'Order No. 1, issued by the Petrograd Soviet, told soldiers to obey only orders that did not contradict it.',
      '- Nicholas II abdicated on 2 March at Pskov, for himself and his son.',
      // The denial is the claim's own.
      'Order No. 1 was not issued by the Provisional Government.',
    ],
  },
  'glosses, asides, suicides and things called by their head word': {
    caught: [
      [
        '- Kirov (party boss in Leningrad) shot at the Smolny, 1 Dec 1935',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not on 1 December 1935/,
        '1 December 1934',
      ],
      ['Hitler shot himself at the Berghof.', 'confusion', /Adolf Hitler died in Berlin, not the Berghof/, undefined],
      [
        'Alexander III upheld the Loris-Melikov "constitution".',
        'confusion',
        /rejected the Loris-Melikov constitution/,
        undefined,
      ],
      [
        '- Hugenberg (press baron) spoke in favour of the Young Plan.',
        'confusion',
        /referendum against the Young Plan/,
        undefined,
      ],
      [
        '- Emancipation Edict (1861) → serfdom ended\n- some 3 million serfs were freed by the edict',
        'wrong-figure',
        /more than 23 million privately owned and household serfs — not 3 million/,
        undefined,
      ],
      ['- Soviet war dead (soldiers and civilians): about 3 million', 'wrong-figure', /26\.6–27 million/, undefined],
    ],
    silent: [
      '- Kirov (party boss in Leningrad) shot at the Smolny, 1 Dec 1934',
      // Shot before the death: perhaps wounded, not killed.
      '- Kirov (party boss in Leningrad) shot at the Smolny, 1 Dec 1933',
      'Hitler shot himself in the bunker in Berlin.',
      'Hitler often stayed at the Berghof.',
      'Alexander III rejected the Loris-Melikov "constitution".',
      '- Hugenberg (press baron) spoke against the Young Plan.',
      '- Emancipation Edict (1861) → serfdom ended\n- some 23 million serfs were freed by the edict',
      // Two things the word could call: silent.
      '- Emancipation Manifesto (1861), October Manifesto (1905)\n- some 3 million serfs were freed by the manifesto',
      '- Soviet war dead (soldiers and civilians): about 27 million',
    ],
  },
  'died in exile, said of a death at home; a sentence for one who was shot': {
    caught: [
      [
        '- Kamenev → broken by the trial, later died in exile',
        'confusion',
        /Lev Kamenev was executed in Moscow \(Russia\) on 25 August 1936; not in exile/,
        undefined,
      ],
      [
        '- Erzberger (signed the armistice) ended his days in exile',
        'confusion',
        /Matthias Erzberger was assassinated in Bad Griesbach \(Germany\) on 26 August 1921; not in exile/,
        undefined,
      ],
      [
        '- Beria arrested June 1953 → sentenced to 10 years',
        'confusion',
        /Lavrentiy Beria was executed on 23 December 1953, not sentenced to 10 years/,
        undefined,
      ],
      [
        '- the 1887 plot → Alexander Ulyanov banished to Siberia',
        'confusion',
        /Alexander Ulyanov was executed on 20 May 1887, not banished/,
        undefined,
      ],
    ],
    silent: [
      // Killed where he had been exiled to: Trotsky in Mexico, the tsar at Yekaterinburg.
      'Trotsky died in exile in Mexico.',
      'Nicholas II died in exile at Yekaterinburg.',
      // Not killed: where a natural death was is not judged.
      'Lenin died in exile.',
      '- Kamenev → died in Moscow, not in exile',
      '- Beria arrested June 1953 → sentenced to death, shot Dec 1953',
    ],
  },
  "who and which, answered on the question's own line": {
    caught: [
      [
        'Q: Who ran the NKVD in 1937? A: Beria',
        'wrong-date',
        /Lavrentiy Beria did not hold that post then: in 1937 it was Nikolai Yezhov/,
        'Nikolai Yezhov',
      ],
      [
        'Q: Which Chancellor ruled by Art. 48 decrees in July 1930? – Papen',
        'wrong-date',
        /Franz von Papen did not hold that post then: in July 1930 it was Heinrich Brüning/,
        'Heinrich Brüning',
      ],
      [
        'Beria ran the NKVD in 1937.',
        'wrong-date',
        /in 1937 it was Nikolai Yezhov who held the post/,
        'Nikolai Yezhov',
      ],
    ],
    silent: [
      'Q: Who ran the NKVD in 1937? A: Yezhov',
      'Q: Which Chancellor ruled by Art. 48 decrees in July 1930? – Brüning',
      'Beria ran the NKVD in 1940.',
      // Two questions, one answer.
      'Q: Who ran the NKVD in 1937, and who replaced him? A: Beria',
    ],
  },
  'a body at the date of the item above': {
    caught: [
      [
        '- 1874 "going to the people" → peasants hand students over\n- → mass arrests by the Okhrana, then trials',
        'anachronism',
        /The Okhrana did not exist yet in 1874: it was set up in 1881/,
        undefined,
      ],
      [
        '- from late 1929 dekulakisation\n- families deported to special settlements by the KGB',
        'anachronism',
        /The KGB did not exist yet in 1929/,
        undefined,
      ],
    ],
    silent: [
      // Set side by side, each of its own time.
      "## Nicholas II's coronation vs the New Opposition",
      // A body set up soon after the item above: what came of it.
      '- 1878 Zasulich acquitted\n- → more arrests by the Okhrana',
      // Not the one who did it.
      '- from late 1929 dekulakisation\n- the KGB archives later opened',
      // A place under the item above, with no arrow: items in a list are not all of one year.
      '- Stalin – General Secretary from 1922\n- Zinoviev ran the party in Leningrad',
    ],
  },
  "answers that leave the person out; a battle's armies under their commanders": {
    caught: [
      [
        'Q: How did Stolypin die? A: shot at the Kiev Opera House, Sept 1913, with the Tsar in the theatre',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in September 1913/,
        'September 1911',
      ],
      ['Q: Stolypin – how did he die?\nA: shot at the Kiev opera, 1913', 'wrong-date', /not in 1913/, '1911'],
      [
        '- Aug 1914 Tannenberg → Second Army under Rennenkampf encircled',
        'confusion',
        /Tannenberg \(1914\) was led by Alexander Samsonov, Paul von Hindenburg and Erich Ludendorff, not Paul/,
        undefined,
      ],
    ],
    silent: [
      'Q: How did Stolypin die? A: shot at the Kiev Opera House, Sept 1911, with the Tsar in the theatre',
      // Two people asked about: whose death the answer tells is not known.
      'Q: How did Stolypin and Bogrov die? A: shot at the Kiev opera, 1913',
      '- Aug 1914 Tannenberg → Second Army under Samsonov encircled',
      // Not a battle: the other side's commander, after a verb of putting down.
      '- Kronstadt 1921 → crushed by Red Army troops under Tukhachevsky',
    ],
  },
  'a figure beside a gloss and before a consequence, under the nearest thing named': {
    caught: [
      [
        '- 1921 famine (Volga): approx 500,000 died → ARA feeds millions',
        'wrong-figure',
        /Russian famine of 1921–1922: the famine killed an estimated five million people — not 500,000/,
        undefined,
      ],
      [
        '## 1905 revolution\n- Bloody Sunday, 9 Jan 1905 – march to the Winter Palace\n- troops fired: 20,000 killed',
        'wrong-figure',
        /Bloody Sunday.* — not 20,000/,
        undefined,
      ],
      [
        '## 1905 revolution\n- marchers heading for the Winter Palace in Petrograd',
        'anachronism',
        /Petrograd/,
        'Saint Petersburg',
      ],
    ],
    silent: [
      '- 1921 famine (Volga): approx 5 million died → ARA feeds 10 million',
      // The figure is the nearer thing's: Bloody Sunday's official toll, not the revolution's.
      '## 1905 revolution\n- Bloody Sunday, 9 Jan 1905 – march on the Winter Palace\n- official figure 96 killed',
      // Two things on the line above: whose figure it is is not known.
      '## 1905 revolution\n- Bloody Sunday and the Moscow uprising\n- troops fired: c. 20,000 killed',
      // The heading names a period, not one event.
      '## Russia 1905–1917\n- marchers heading for the Winter Palace in Petrograd',
    ],
  },
  'the body that decided a thing, and a speech to a session of the wrong body': {
    caught: [
      [
        '- ban on factions ("On Party Unity") voted through by the Congress of Soviets',
        'confusion',
        /Ban on factions: at the 10th Congress of the Russian Communist Party \(Bolsheviks\) \(8–16 March 1921\), not/,
        undefined,
      ],
      [
        'Khrushchev delivered his Secret Speech to a closed session of the Supreme Soviet.',
        'confusion',
        /Secret Speech: at the 20th Congress of the Communist Party of the Soviet Union/,
        undefined,
      ],
      [
        '- Secret Speech, Feb 1956 → attack on the cult of Stalin\n- speech read out to the Supreme Soviet',
        'confusion',
        /Secret Speech: at the 20th Congress/,
        undefined,
      ],
    ],
    silent: [
      '- ban on factions ("On Party Unity") voted through by the 10th Party Congress',
      'Khrushchev delivered his Secret Speech to a closed session of the 20th Party Congress.',
      // Two speeches above: which one is meant is not known.
      "- Secret Speech (1956) and Milyukov's 'stupidity or treason' speech\n- speech read out to the Supreme Soviet",
    ],
  },
  'what a document calls for, after an arrow': {
    caught: [
      [
        '- April Theses → support the Provisional Govt, keep fighting',
        'confusion',
        /April Theses: the theses demanded no support at all for the Provisional Government/,
        undefined,
      ],
    ],
    silent: [
      '- April Theses → no support for the Provisional Govt, end the war',
      // A person after the arrow is the one who does it.
      '- April Theses → Kamenev: support the Provisional Govt for now',
    ],
  },
  'a battle by its town, a date in a bracket after a name, a numbered name': {
    caught: [
      [
        'The turning point came at Stalingrad, where Paulus finally surrendered in February 1942.',
        'wrong-date',
        /Battle of Stalingrad: 23 August 1942 – 2 February 1943, not February 1942/,
        undefined,
      ],
      [
        '- political murders: Erzberger (Aug 1921), Rathenau (June 1921)',
        'wrong-date',
        /Walther Rathenau died on 24 June 1922, not in June 1921/,
        'June 1922',
      ],
      ['- Space race → Sputnik Oct 1959 → Gagarin 1961', 'wrong-date', /Sputnik 1: 4 October 1957/, 'October 1957'],
    ],
    silent: [
      'The turning point came at Stalingrad, where Paulus finally surrendered in February 1943.',
      // A rising in the town, not the battle named after it.
      'In January 1919 the Spartacists rose in Berlin and were crushed by the Freikorps.',
      // The town by a name it did not bear then: the town, not the battle of 1918–20.
      'In 1942 Tsaritsyn was besieged.',
      '- political murders: Erzberger (Aug 1921), Rathenau (June 1922)',
      // A bracket that says more than a date is an aside.
      '- Rathenau (Foreign Minister from 1921) was murdered in June 1922',
    ],
  },
  'he or she, for the one person the line above names': {
    caught: [
      // A section about one person: "He" with no one named just above, and after an opening phrase.
      [
        '### Leon Trotsky (1879–1940)\nExpelled in 1927.\nHe was deported from the USSR to Turkey in February 1927.',
        'wrong-date',
        /Trotsky's deportation from the USSR: 18 January 1929 – February 1929, not February 1927/,
        'January 1929',
      ],
      [
        '### Pyotr Stolypin (1862–1911)\n- Courts-martial hanged radicals.\n- He was shot by Bogrov in September 1913.',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in September 1913/,
        'September 1911',
      ],
      [
        '### Alexander Kolchak (1874–1920)\nWhen his armies collapsed in 1919, he escaped into exile in Paris.',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped into exile/,
        undefined,
      ],
      [
        'Q: What happened to Stauffenberg after the bomb failed?\nA: He shot himself in the Bendlerblock that night.',
        'confusion',
        /Claus von Stauffenberg's death was not a suicide but an execution/,
        undefined,
      ],
      [
        '- Trotsky lost the power struggle\n- He was murdered in Norway in 1940',
        'confusion',
        /Leon Trotsky died in Mexico City \(Mexico\), not Norway/,
        undefined,
      ],
    ],
    silent: [
      '### Leon Trotsky (1879–1940)\nExpelled in 1927.\nHe was deported from the USSR to Turkey in February 1929.',
      '### Pyotr Stolypin (1862–1911)\n- Rasputin gained influence at court.\n- He was murdered in December 1913.',
      '## Trotsky and Stalin\nThey quarrelled.\nHe was deported to Turkey in February 1927.',
      '### Alexander Kolchak (1874–1920)\nWhen his armies collapsed in 1919, Denikin escaped into exile in Paris.',
      '- Trotsky lost the power struggle\n- He was murdered in Mexico in 1940',
      // Two people above: whom the pronoun means is not known.
      '- Trotsky lost out to Stalin\n- He was murdered in Norway in 1940',
      // Not a verb in the past after the pronoun.
      '- Trotsky lost the power struggle\n- He says he was murdered in Norway',
    ],
  },
  'a label, a gloss on the way, the line date across a semicolon, a death in a camp': {
    caught: [
      [
        '**Evidence:** Wannsee Conference (Berlin), Jan 1943 – the Final Solution co-ordinated',
        'wrong-date',
        /Wannsee Conference: 20 January 1942, not January 1943/,
        'January 1942',
      ],
      ['- Stresemann dies (stroke) Oct 1930', 'wrong-date', /Gustav Stresemann died on 3 October 1929/, 'October 1929'],
      [
        '- 5 Mar 1953 – Stalin dies; Bulganin becomes Chairman of the Council of Ministers',
        'wrong-date',
        /Nikolai Bulganin became Chairman of the Council of Ministers on 8 February 1955/,
        '8 February 1955',
      ],
      [
        '- Bukharin died in a Kolyma labour camp after his trial',
        'confusion',
        /Nikolai Bukharin was executed on 15 March 1938; the note's "died in a Kolyma labour camp" is wrong/,
        undefined,
      ],
      [
        '- Wannsee Conference, 20 Jan 1942\n- the meeting was chaired by Adolf Eichmann',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Adolf Eichmann/,
        'Reinhard Heydrich',
      ],
    ],
    silent: [
      // Old Style: the line's date may be 7–8 November New Style.
      '- 25–26 Oct 1917 – Bolsheviks take power; Sovnarkom set up with Lenin as chairman',
      '- Stresemann dies (stroke) Oct 1929',
      // A bracket that names something is no gloss: the date may be its.
      '- Stresemann dies (after Locarno) Oct 1930',
      '- Solzhenitsyn was sent to a labour camp',
      // The figure is the reform's, whatever "the commune" names.
      '## Stolypin\n- peasants could leave the mir\n- by 1914 approx 15% of households had left the commune',
    ],
  },
  'a title after the name, an ending said with its participle, how an event came out': {
    caught: [
      [
        '- 30 June 1934 → Röhm, leader of the SS, shot',
        'wrong-date',
        /Ernst Röhm never held that post: on 30 June 1934 it was Heinrich Himmler/,
        'Heinrich Himmler',
      ],
      ['- Bukharin (Right) → wanted NEP scrapped', 'confusion', /he was the chief defender of the NEP/, undefined],
      [
        '- Kursk July 1943 → German victory',
        'confusion',
        /Kursk ended the last great German offensive in the east in a decisive Soviet victory/,
        undefined,
      ],
    ],
    silent: [
      '- 30 June 1934 → Himmler, leader of the SS, orders the shootings',
      '- Bukharin (Right) → wanted NEP kept',
      '- Hugenberg wanted the Young Plan scrapped',
      '- Kursk July 1943 → Soviet victory',
      '- Kursk July 1943 → no German victory',
    ],
  },
  'a refusal, a trial named after an event, a sentence of death': {
    caught: [
      ['- July 1932 – Hindenburg makes Hitler Chancellor', 'wrong-date', /not in July 1932/, undefined],
      [
        '- Dec 1933 – the Reichstag fire',
        'wrong-date',
        /Reichstag fire: 27 February 1933, not December 1933/,
        'February 1933',
      ],
      [
        '- Kapp Putsch: Seeckt refused to use the Wehrmacht against fellow soldiers',
        'anachronism',
        /Wehrmacht/,
        undefined,
      ],
    ],
    silent: [
      '- July 1932 – Nazis largest party, but Hindenburg refuses to make Hitler Chancellor',
      '- Dec 1933 – Reichstag fire trial in Leipzig: van der Lubbe sentenced to death',
      '- Oct 1933 – Germany leaves the League of Nations & the Disarmament Conference',
    ],
  },
  "a death told in notes' shorthand, along with others": {
    caught: [
      [
        '- Rommel implicated → hanged along w/ the other plotters, Oct 44',
        'confusion',
        /Erwin Rommel's death was not an execution but a suicide/,
        undefined,
      ],
    ],
    silent: ['- Rommel implicated → forced to take poison, Oct 44', '- Witzleben → hanged along w/ the other plotters'],
  },
  "stances in notes' present tense": {
    caught: [
      [
        '- 9 Nov 1918: Ebert proclaims the republic',
        'confusion',
        /it was Scheidemann who proclaimed the republic/,
        'Scheidemann',
      ],
      ['- March 1933: the SPD votes for the Enabling Act', 'confusion', /vote against the Enabling Act/, undefined],
    ],
    silent: [
      '- 9 Nov 1918: Scheidemann proclaims the republic',
      '- March 1933: the SPD votes against the Enabling Act',
      '- March 1933: the SPD never votes for the Enabling Act',
    ],
  },
  'a post held over a span by others, and every holder of a post': {
    caught: [
      [
        '- June 1922 – Foreign Minister Erzberger gunned down',
        'wrong-date',
        /Matthias Erzberger never held the post of Foreign Minister of Germany/,
        undefined,
      ],
      [
        '- June 1904: Interior Minister Stolypin escapes an SR bomb',
        'wrong-date',
        /Pyotr Stolypin did not hold that post then: in June 1904 it was Vyacheslav von Plehve/,
        'Vyacheslav von Plehve',
      ],
      [
        '- 1923: Chancellor Hitler',
        'wrong-date',
        /Adolf Hitler did not hold that post then: in 1923 it was Wilhelm Cuno, Gustav Stresemann and Wilhelm Marx/,
        undefined,
      ],
    ],
    silent: [
      '- 1933: Chancellor Hitler',
      '- June 1922 – Foreign Minister Rathenau gunned down',
      '- June 1904: Interior Minister Plehve escapes an SR bomb',
      // A year alone: when in it a term began is not known.
      '- 1904: Interior Minister Sviatopolk-Mirsky',
    ],
  },
  'names and years written short': {
    caught: [
      [
        '- Wannsee Conf. (20 Jan 41) – Heydrich coordinates the Final Solution',
        'wrong-date',
        /Wannsee Conference: 20 January 1942, not 20 January 1941/,
        '20 January 1942',
      ],
      [
        '- Anschluss (Mar 36): troops into Austria',
        'wrong-date',
        /Anschluss: 12–13 March 1938, not March 1936/,
        'March 1938',
      ],
    ],
    silent: [
      '- Wannsee Conf. (20 Jan 42) – Heydrich coordinates the Final Solution',
      '- Anschluss (Mar 38): troops into Austria',
      // A day and month, then a number of people: no year.
      '- Anschluss, 12 Mar 38 people arrested in Vienna',
    ],
  },
  'a death told after a chain of participles, a relative clause, or "shot" in the month of a natural death': {
    caught: [
      [
        '- Himmler captured, tried at Nuremberg and hanged 1946',
        'confusion',
        /Heinrich Himmler's death was not an execution but a suicide/,
        undefined,
      ],
      [
        "- Rommel, who knew of the plotters, was put on trial before the People's Court and hanged",
        'confusion',
        /Erwin Rommel's death was not an execution but a suicide/,
        undefined,
      ],
      [
        '- Stresemann shot by nationalists Oct 1929 → huge loss for Weimar',
        'confusion',
        /Gustav Stresemann was not shot dead: the death was natural \(3 October 1929\)/,
        undefined,
      ],
      [
        '- Wannsee Conference 20 Jan 1942 → chaired by Eichmann',
        'confusion',
        /Wannsee Conference was led by Reinhard Heydrich, not Adolf Eichmann/,
        'Reinhard Heydrich',
      ],
    ],
    silent: [
      '- Göring captured, tried at Nuremberg and sentenced to hang, but poisoned himself',
      '- Hitler ordered Röhm arrested and executed',
      // A wound, or a month the person did not die in.
      '- 30 Aug 1918 Lenin shot & wounded by Fanny Kaplan',
      '- Stresemann shot at by nationalists 1923',
      '- Stresemann shot by nationalists 1929',
      '- Wannsee Conference 20 Jan 1942 → minutes taken by Eichmann',
    ],
  },
  'a successor in an office: replaced or succeeded by someone other than the next holder': {
    caught: [
      [
        'Brüning sacked (May 1932) → replaced as chancellor by Schleicher',
        'confusion',
        /successor as Chancellor of Germany was Franz von Papen/,
        undefined,
      ],
      [
        'In May 1932 Hindenburg dismissed Brüning and replaced him with Kurt von Schleicher.',
        'confusion',
        /successor as Chancellor of Germany was Franz von Papen/,
        undefined,
      ],
      [
        'Brüning was replaced by Schleicher.',
        'confusion',
        /Brüning's successor as Chancellor of Germany was Franz von Papen \(on 1 June 1932\), not Kurt von Schleicher/,
        undefined,
      ],
      [
        '- Papen (Jun–Dec 1932) → replaced in Dec 1932 by Brüning',
        'confusion',
        /successor as Chancellor of Germany was Kurt von Schleicher \(on 3 December 1932\), not Heinrich Brüning/,
        undefined,
      ],
      [
        '- Brüning succeeded Papen as Chancellor',
        'confusion',
        /Franz von Papen's successor as Chancellor of Germany was Kurt von Schleicher/,
        undefined,
      ],
      [
        '- Yagoda replaced by Beria (Sept 1936)',
        'confusion',
        /Genrikh Yagoda's successor as Head of the Soviet secret police \(Cheka, OGPU, NKVD\) was Nikolai Yezhov/,
        undefined,
      ],
      [
        '- Malenkov replaced by Khrushchev as premier, Feb 1955',
        'confusion',
        /Georgy Malenkov's successor as Chairman of the Council of Ministers of the USSR was Nikolai Bulganin/,
        undefined,
      ],
    ],
    silent: [
      'Brüning was replaced as chancellor by Papen.',
      'Hindenburg dismissed Brüning and replaced him with Franz von Papen.',
      // Göring held the post for three months between them: an acting holder is passed over.
      'Schacht was replaced by Funk.',
      '- Papen (Jun–Dec 1932) → replaced in Dec 1932 by Schleicher',
      '- Schleicher succeeded Papen as Chancellor',
      '- Yagoda replaced by Yezhov (Sept 1936)',
      '- Malenkov replaced by Bulganin as premier, Feb 1955',
      // A post the knowledge base does not have, held by neither as an office it has.
      '- Zinoviev replaced by Kirov in Leningrad 1926',
      // Replaced as something else than an office the next holder took.
      '- Yagoda replaced by Yezhov as NKVD chief; Yezhov replaced by Beria',
      '- Hitler replaced Hindenburg as head of state',
    ],
  },
  'a state named before it was set up': {
    caught: [
      [
        '- 1920 the USSR invades Poland',
        'anachronism',
        /The Soviet Union did not exist yet in 1920: it was set up on 30 December 1922/,
        undefined,
      ],
      [
        '- Mar 1918 – Treaty of Brest-Litovsk: the USSR gave up Poland, the Baltic lands',
        'anachronism',
        /The Soviet Union did not exist yet in March 1918/,
        undefined,
      ],
    ],
    silent: [
      '- 1917–1991: the USSR',
      '- Dec 1922 USSR formed',
      // A country that goes on, and a state after its end: its lands.
      '- 1918 Finland independent',
      "- 1919 the Russian Empire's old borders gone",
    ],
  },
  'a death place said of a family, and no death the person dealt': {
    caught: [
      [
        '- July 1918 – Nicholas II, Alexandra & their five children shot at Tobolsk on the orders of the Ural Soviet',
        'confusion',
        /Nicholas II died in Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        '- Nicholas II & family shot in Tobolsk, July 1918',
        'confusion',
        /died in Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      '- Nicholas II and his family shot at Yekaterinburg',
      '- Hitler and Himmler killed millions in Poland',
      '- Himmler killed Jews in Poland',
      '- Stalin and Molotov executed thousands in Moscow',
    ],
  },
  'a speech given to a body, the verb left out': {
    caught: [
      [
        '- Secret Speech "On the Cult of Personality" to the Supreme Soviet, Feb 1956',
        'confusion',
        /Secret Speech: at the 20th Congress of the Communist Party of the Soviet Union .*not the Supreme Soviet/,
        undefined,
      ],
    ],
    silent: [
      '- Secret Speech to the 20th Party Congress, Feb 1956',
      "- Secret Speech → reaction to the Politburo's fears",
    ],
  },
  'where it happened: two sites known by their regions, a person on a train': {
    caught: [
      [
        '- July Plot 1944 at the Berghof',
        'confusion',
        /20 July plot: at Wolf's Lair and Berlin, not the Berghof/,
        undefined,
      ],
      [
        '- N2 abdicated 2 Mar in his train at Tsarskoe Selo',
        'confusion',
        /Abdication of Nicholas II: at Pskov, not Tsarskoe Selo/,
        'Pskov',
      ],
    ],
    silent: [
      "- July Plot 1944 at the Wolf's Lair, Rastenburg",
      '- Nicholas II abdicated aboard the royal train at Pskov',
    ],
  },
  'a body answering a who-question': {
    caught: [
      [
        'Q: Who carried out mass arrests in 1937?\nA: the KGB',
        'anachronism',
        /The KGB did not exist yet in 1937: it was set up on 13 March 1954/,
        undefined,
      ],
    ],
    silent: [
      'Q: Who carried out mass arrests in 1937?\nA: the NKVD',
      '- Q: which party voted against the Enabling Act? A: only the SPD',
    ],
  },
  'where a person was held': {
    caught: [
      [
        '- Thälmann imprisoned in Landsberg',
        'confusion',
        /Ernst Thälmann was held in Moabit Prison, Hanover, Bautzen Prison and Buchenwald, not Landsberg/,
        undefined,
      ],
    ],
    silent: ['- Niemöller imprisoned in Dachau and Sachsenhausen', '- Thälmann jailed in Moabit, then Bautzen'],
  },
  'a key-people line: the person, a gloss after a dash, the fate with its date': {
    caught: [
      [
        '- Walther Rathenau – Jewish foreign minister, murdered June 1924',
        'wrong-date',
        /Walther Rathenau died on 24 June 1922, not in June 1924/,
        'June 1922',
      ],
      [
        '- Gustav Stresemann – DVP, chancellor 1923, foreign minister 1923–29, assassinated Oct 1929',
        'confusion',
        /Gustav Stresemann's death was not an assassination but a natural death/,
        undefined,
      ],
    ],
    silent: [
      '- Walther Rathenau – Jewish foreign minister, murdered June 1922',
      '- Kirov – Leningrad boss, shot Dec 1934',
      '- Himmler – head of the SS, poisoned himself 1945',
      // The fate of another person named on the way is theirs, not the line's person's.
      '- Stalin – General Secretary, Kirov shot Dec 1934',
    ],
  },
  'a camp before it opened, a death told as a noun, the ex-Tsar': {
    caught: [
      [
        '- Nov 1938 – Kristallnacht: approx 30,000 Jewish men sent to Auschwitz',
        'anachronism',
        /Auschwitz did not exist yet in November 1938: it was opened in 1940/,
        undefined,
      ],
      [
        "- 30 Apr 1945 – Hitler's suicide at the Berghof",
        'confusion',
        /Death of Adolf Hitler: at Führerbunker, not the Berghof/,
        'Führerbunker',
      ],
      [
        '- July 1918 – ex-tsar & family shot at Tobolsk',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      // A name written with " & " or " + " between its words; the building first, its town after a comma.
      [
        '- Tsar + family shot July 1918 in Tobolsk (Czechs approaching)',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        '- July 1918 → ex-Tsar & family shot in the cellar of the Ipatiev House, Tobolsk',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      '- July 1918 → ex-Tsar & family shot in the cellar of the Ipatiev House, Yekaterinburg',
      '- Tsar + family moved to Tobolsk in August 1917',
      '- 1942 – Jews deported to Auschwitz',
      '- German authorities began building it in November 1938 near the village of Ravensbrück.',
      "- Hitler's suicide in the Führerbunker, 30 April 1945",
    ],
  },
  'a stance reversed with "&" for "and"': {
    caught: [
      [
        '- Crimean War 1853–56: Russia defeated Britain & France → peace signed at Paris 1856',
        'confusion',
        /Crimean War: Russia lost the Crimean War/,
        undefined,
      ],
    ],
    silent: ['- Crimean War 1853–56: Britain & France defeated Russia → peace signed at Paris 1856'],
  },
  'an office with a gloss before "=", and a title two offices share': {
    caught: [
      [
        '- Mar 1953 – new Premier (Chairman of Council of Ministers) = Khrushchev',
        'wrong-date',
        /Nikita Khrushchev did not hold that post then: in March 1953 it was Joseph Stalin and Georgy Malenkov/,
        undefined,
      ],
    ],
    silent: [
      '- Mar 1953 – new Premier (Chairman of Council of Ministers) = Malenkov',
      // Khrushchev was Chairman of the Council of Ministers (1958–64), though never of Sovnarkom.
      '- 1958: Chairman of the Council of Ministers = Khrushchev',
    ],
  },
  'a pronoun opening a later clause of the line': {
    caught: [
      [
        '- Himmler ran the SS. He was hanged at Nuremberg in 1946.',
        'confusion',
        /Heinrich Himmler's death was not an execution but a suicide/,
        undefined,
      ],
    ],
    silent: [
      // Two people before it, or one who does not open the line, or a heading that names another.
      '- Stalin beat Trotsky; he was murdered in Mexico in 1940.',
      "- Nazi lawyer and Hitler's adviser who ran occupied Poland; he was hanged at Nuremberg in 1946.",
      "## Hans Frank\n- Himmler's rival in Poland; he was hanged at Nuremberg in 1946.",
    ],
  },
  'who signed, led or took part: a bracket, a title or a body before the name; where a person was born': {
    caught: [
      [
        'The Treaty of Versailles was signed by Stresemann.',
        'confusion',
        /Treaty of Versailles was signed by .*Hermann Müller.*, not Gustav Stresemann/,
        undefined,
      ],
      [
        '- Order No. 1 (1 Mar), issued by the Provisional Govt: soldiers committees set up in every unit',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        '- Wannsee Conference, chaired by SS leader Himmler',
        'confusion',
        /led by Reinhard Heydrich, not/,
        'Reinhard Heydrich',
      ],
      ['- Four Year Plan (1936) – introduced by Schacht', 'confusion', /led by Hermann Göring, not/, 'Hermann Göring'],
      [
        '- 1942–43 Stalingrad: German 6th Army commanded by Gen. Guderian',
        'confusion',
        /Battle of Stalingrad was led by .*, not Heinz Guderian/,
        undefined,
      ],
      [
        '- Wannsee Conference, Jan 1942\n- Himmler chaired it',
        'confusion',
        /led by Reinhard Heydrich, not/,
        'Reinhard Heydrich',
      ],
      [
        'Q: Who chaired the Wannsee Conference? → Himmler',
        'confusion',
        /led by Reinhard Heydrich, not/,
        'Reinhard Heydrich',
      ],
      [
        '- July 1932 election: Nazis won a majority',
        'confusion',
        /July 1932 German federal election: .* no majority/,
        undefined,
      ],
      [
        '- Apr 1933 – Gestapo set up in Prussia by Himmler',
        'confusion',
        /Gestapo was founded by Hermann Göring, not Heinrich Himmler/,
        'Hermann Göring',
      ],
      [
        '- Cheka set up Dec 1917 by Trotsky',
        'confusion',
        /Cheka was founded by .*Lenin.*, not Leon Trotsky/,
        undefined,
      ],
      [
        '- Stalin founded the Comintern in 1919',
        'confusion',
        /Comintern was founded by Vladimir Lenin, not/,
        'Vladimir Lenin',
      ],
      [
        '## Assassination of Alexander II (1881)\n- the fatal second bomb was thrown by Vera Zasulich',
        'confusion',
        /Alexander II was killed by Ignacy Hryniewiecki, not Vera Zasulich/,
        'Ignacy Hryniewiecki',
      ],
      [
        'Q: When was the Kronstadt uprising?\n→ 1920',
        'wrong-date',
        /Kronstadt rebellion: 1–18 March 1921, not 1920/,
        '1921',
      ],
      ['- Stalin was born in Tbilisi in 1878', 'confusion', /Joseph Stalin was born in Gori, not Tbilisi/, 'Gori'],
      ['- Apr 1917: Lenin backed the Prov Govt', 'confusion', /Vladimir Lenin: in his April Theses/, undefined],
      [
        '- Brüning – Chancellor 1928–32, deflation',
        'wrong-date',
        /Heinrich Brüning was Chancellor of Germany from 30 March 1930 to 1 June 1932, not in 1928–1932/,
        undefined,
      ],
      [
        '- October Manifesto – 17 Oct 1906 (drafted by Witte): civil liberties + elected Duma',
        'wrong-date',
        /October Manifesto: 30 October 1905 \(17 October 1905 Old Style\), not 17 October 1906/,
        '17 October 1905',
      ],
      [
        '- Kristallnacht, 9–10 Nov 1936, after vom Rath was shot in Paris',
        'wrong-date',
        /Kristallnacht: 9–10 November 1938, not/,
        '1938',
      ],
      [
        '- Nazi-Soviet Pact, Aug 1939\n- signed by Litvinov and Ribbentrop',
        'confusion',
        /Molotov–Ribbentrop Pact was signed by Vyacheslav Molotov and Joachim von Ribbentrop, not Maxim Litvinov/,
        undefined,
      ],
      [
        '- Mar 1921 – Kapp Putsch in Berlin, govt flees to Dresden then Stuttgart',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      [
        '- 1935: Italy invades Abyssinia, condemned by the UN',
        'anachronism',
        /The United Nations did not exist yet in 1935: it was set up on 24 October 1945/,
        undefined,
      ],
      [
        '- Scheidemann was the first President of Germany',
        'wrong-date',
        /Philipp Scheidemann never held the post of President of Germany/,
        undefined,
      ],
      [
        '- Sergei Witte, Procurator of the Holy Synod, 1890s',
        'wrong-date',
        /Sergei Witte never held that post: in the 1890s it was Konstantin Pobedonostsev/,
        'Konstantin Pobedonostsev',
      ],
      [
        '- Hitler (born in Munich, 1889) moved to Vienna',
        'confusion',
        /Adolf Hitler was born in Braunau am Inn, not Munich/,
        'Braunau am Inn',
      ],
      [
        '- Oct 1923: Chancellor Brüning ends passive resistance',
        'wrong-date',
        /Heinrich Brüning did not hold that post then: in October 1923 it was Gustav Stresemann/,
        'Gustav Stresemann',
      ],
    ],
    silent: [
      // The right signers, leaders and birthplaces; a larger place that holds the town.
      '- Four Year Plan (1936) – run by Göring',
      '- Stalin was born in Gori, Georgia, in 1878.',
      '- Hitler was born in Austria in 1889.',
      '- Lenin was born in Simbirsk (now Ulyanovsk) in 1870.',
      // A birth the name does not head: someone else's.
      "- Stalin's daughter Svetlana was born in Moscow in 1926.",
      // What follows "of the" may be the head noun's, not the thing's.
      '- The programme of the German Labour Front, directed by Albert Speer, improved workplaces.',
      // The armed force of a country that took part.
      '- On 19 November 1942 the Red Army launched Operation Uranus.',
      // A title not yet held, said so.
      '- Oct 1923: future Chancellor Brüning, then a Centre Party official',
      // "It" for the one thing the line above names; two things named, or one on the line itself: silent.
      '- Wannsee Conference, Jan 1942\n- Heydrich chaired it',
      '- Wannsee Conference and the Final Solution\n- Himmler chaired it',
      '- Himmler attended the Wannsee Conference; Heydrich chaired it',
      // A post of the person's own that bears the title written; a post held under a monarch.
      '- Lvov was Minister of the Interior in 1917',
      '- Vannovsky was minister of war under Alexander III (1881–98).',
      // A party's name before a member's is no title; a title in the past perfect; the one a relative pronoun made.
      "- The committees' first congress, in July 1915, chose the Octobrist Alexander Guchkov to chair it.",
      '- Balmashov, who had shot the Interior Minister Dmitry Sipyagin, was hanged in May 1902.',
      '- Octobrist deputy speaker whom Nicholas II made minister of the interior in September 1916.',
      // The right thrower; a first bomb, which did not kill; two victims above.
      '- Alexander II assassinated 1881\n- the fatal bomb was thrown by Hryniewiecki',
      '- Alexander II assassinated 1881\n- the first bomb was thrown by Rysakov',
      '- Alexander II and Plehve were both killed by bombs\n- the fatal bomb was thrown by Zhelyabov',
      // An election named by its month and year, said rightly.
      '- July 1932 election: Nazis 37.3%, 230 seats, the largest party',
      // The founders the list gives, people and bodies; a body set up "under" its head.
      '- Cheka set up Dec 1917 by Lenin',
      '- Cheka set up by Sovnarkom under Dzerzhinsky',
      '- Gestapo set up by Göring in April 1933; Himmler took it over in 1934',
      // The first holder, rightly; "First Secretary" is a title, not an ordinal.
      '- Ebert was the first President of Germany',
      '- Sept 1953: Khrushchev became First Secretary',
      // The UN after its founding; "un" in another language is no name.
      '- 1956 Suez crisis: the UN called for a ceasefire',
      '- un peu de tout, 1935',
      // A stance said rightly with "Govt" shortened.
      '- Apr 1917: Lenin attacked the Prov Govt',
      // "Under" after a noun of its own names that noun's head: the SD's, not the SS's.
      '- 1939: the SS intelligence service under Reinhard Heydrich joined the police',
      // "Then" between two things named, not places, still hedges; Ulbricht is no slip of Olbricht.
      '- 1921: Kapp Putsch, then the Ruhr',
      '- 1961: Ulbricht ordered the Berlin Wall built',
      // A participle under the item above: the right signers; a heading's subject comes first.
      '- Nazi-Soviet Pact, Aug 1939\n- signed by Molotov and Ribbentrop',
      '## Mit brennender Sorge (1937)\n- condemned breaches of the 1933 Concordat\n- read out in March 1937',
      // A consequence after an arrow, of what the words before it say, is not dated by the line (sets 16 and 17).
      '- 1855 – A2 becomes tsar in middle of Crimean War (lost → Treaty of Paris 1856)',
      '- June 1907 – Stolypin rewrites electoral law ("coup") → conservative 3rd Duma',
      '- 1898: RSDLP founded at Minsk → split into Bolsheviks and Mensheviks at the 1903 congress.',
      // A key-people line with the right term; a date between commas after the name, right.
      '- Brüning – Chancellor 1930–32, deflation',
      '- Kristallnacht, 9–10 Nov 1938, after vom Rath was shot in Paris',
      // An answer after an arrow, right.
      'Q: When was the Kronstadt uprising? → 1921',
      'Q: Who chaired the Wannsee Conference?\n→ Heydrich',
      // A first name of another person is no slip of a place's name.
      '- Nicholas and Alexandra were shot at Yekaterinburg in July 1918.',
    ],
  },
  'a life span, a one-word title, a death in battle, an execution by its means, a stance urged on others': {
    caught: [
      [
        '- Lenin (1870–1926), leader of the Bolsheviks',
        'wrong-date',
        /Vladimir Lenin died on 21 January 1924, not in 1926/,
        '1924',
      ],
      ['- Brezhnev (1906–80)', 'wrong-date', /Leonid Brezhnev died on 10 November 1982, not in 1980/, '82'],
      ['- Nicholas II (1868–1917), last tsar', 'wrong-date', /Nicholas II died on 17 July 1918, not in 1917/, '1918'],
      [
        '- Lenin (22 Apr 1872 – 21 Jan 1924)',
        'wrong-date',
        /Vladimir Lenin was born on 22 April 1870, not on 22 April 1872/,
        '22 April 1870',
      ],
      [
        '- Alexander III – tsar 1881–96, counter-reforms',
        'wrong-date',
        /Alexander III was Emperor of Russia from 13 March 1881 to 1 November 1894, not in 1881–1896/,
        undefined,
      ],
      [
        '- Sophia Perovskaya (organiser) – shot by firing squad, Apr 1881',
        'confusion',
        /Sofia Perovskaya was not shot but hanged \(15 April 1881\)/,
        undefined,
      ],
      [
        '- Kornilov – executed by the PG after his failed coup',
        'confusion',
        /Lavr Kornilov's death was not an execution but a death in battle \(13 April 1918\)/,
        undefined,
      ],
      [
        '- Lenin urged the Bolsheviks to co-operate with the PG',
        'confusion',
        /Vladimir Lenin: in his April Theses \(1917\) he called for all power to the soviets/,
        undefined,
      ],
      [
        '- Hindenburg was the 1st President of Germany',
        'wrong-date',
        /The first President of Germany was Friedrich Ebert \(from 11 February 1919\), not Paul von Hindenburg/,
        'Friedrich Ebert',
      ],
      [
        '- 1st PG leader: Kerensky (Mar–Jul 1917)',
        'wrong-date',
        /The first Minister-Chairman of the Provisional Government was Georgy Lvov/,
        'Georgy Lvov',
      ],
      [
        '- Q: Finance Minister 1892–1903, behind the Great Spurt?\n- A: Pobedonostsev – loans, gold standard 1897',
        'wrong-date',
        /Konstantin Pobedonostsev never held that post: in 1892–1903 it was Sergei Witte/,
        'Sergei Witte',
      ],
      [
        '- Q: Chancellor in July 1930?\n- A: Papen',
        'wrong-date',
        /in July 1930 it was Heinrich Brüning/,
        'Heinrich Brüning',
      ],
      [
        '- Trotsky was finally killed with an ice axe by Ramón Mercader in Norway, Aug 1940.',
        'confusion',
        /Leon Trotsky died in Mexico City \(Mexico\), not Norway/,
        undefined,
      ],
      [
        '- Beria ran the NKVD at the height of the Terror in 1937.',
        'wrong-date',
        /Lavrentiy Beria did not hold that post then: in 1937 it was Nikolai Yezhov/,
        'Nikolai Yezhov',
      ],
      [
        '- April Theses: Bolsheviks should cooperate with the Provisional Govt',
        'confusion',
        /April Theses: the theses demanded no support at all for the Provisional Government/,
        undefined,
      ],
      [
        '- Chancellor Mar 1930–May 1932: Schleicher',
        'wrong-date',
        /in March 1930–May 1932 it was Hermann Müller and Heinrich Brüning who held the post of Chancellor/,
        undefined,
      ],
      [
        '- Lenin (Apr 1870 – Jan 1925)',
        'wrong-date',
        /Vladimir Lenin died on 21 January 1924, not in January 1925/,
        undefined,
      ],
      [
        '- Red Army built up by Stalin as Commissar for War → conscription',
        'confusion',
        /Red Army was founded by the Council of People's Commissars, .* and Leon Trotsky, not Joseph Stalin/,
        undefined,
      ],
      [
        '- Stalin as War Commissar built the Red Army',
        'confusion',
        /Red Army was founded by .* not Joseph Stalin/,
        undefined,
      ],
      [
        "- Stalin's assassination in 1953",
        'confusion',
        /Joseph Stalin's death was not an assassination but a natural death/,
        undefined,
      ],
      [
        '- Secret Speech (Feb 1956) to a closed session of the Supreme Soviet → attacked the cult',
        'confusion',
        /Secret Speech: at the 20th Congress of the Communist Party of the Soviet Union/,
        undefined,
      ],
      [
        '- Feb 1956 Secret Speech "On the Cult of Personality" – closed session of the Supreme Soviet',
        'confusion',
        /Secret Speech: at the 20th Congress/,
        undefined,
      ],
      [
        '- Art. 48 → Reichsrat could rule by emergency decree',
        'confusion',
        /Article 48 let the Reich President, not the Reichstag, the Reichsrat or the Chancellor/,
        undefined,
      ],
      [
        '- Hitler wrote Mein Kampf in Spandau prison',
        'confusion',
        /Mein Kampf: at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      // Where its writer was held, with the writing after an arrow or ", where he"; or "while in" after it.
      [
        '- Hitler jailed in Spandau → dictates Mein Kampf to Hess',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau/,
        undefined,
      ],
      [
        '- Hitler imprisoned at Spandau, where he writes Mein Kampf.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau/,
        undefined,
      ],
      [
        '- → wrote Mein Kampf while locked up in Spandau prison',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        '- 1881: assassination of Alexander II organised by Land and Liberty',
        'confusion',
        /Assassination of Alexander II was led by the People's Will, Andrei Zhelyabov and Sofia Perovskaya/,
        undefined,
      ],
      [
        '- Witte later died quietly in exile in Switzerland',
        'confusion',
        /Sergei Witte died in Saint Petersburg \(Russia\) on 13 March 1915; not in exile/,
        undefined,
      ],
      [
        '- Gapon later died of illness in exile, 1906',
        'confusion',
        /Georgy Gapon was killed without trial on 10 April 1906; the note's "died of illness in exile" is wrong/,
        undefined,
      ],
      [
        '- Kolchak escaped to Manchuria, 1920',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped to Manchuria/,
        undefined,
      ],
      [
        '- 1933: Hitler appointed Chancellor by Pres. Ebert',
        'anachronism',
        /Friedrich Ebert died on 28 February 1925, before 1933/,
        undefined,
      ],
      [
        '- Pobedonostsev urged Alex III to accept the Loris-Melikov constitution',
        'confusion',
        /Konstantin Pobedonostsev: in 1881 he persuaded Alexander III to reject the Loris-Melikov constitution/,
        undefined,
      ],
      [
        '- Crash → US loans recalled → unemployment approx 600,000 by 1932',
        'wrong-figure',
        /Great Depression in Germany: at the peak of the crisis in 1932 about 6 million .* — not 600,000/,
        undefined,
      ],
      [
        '- May 1945 – Red Army takes Berlin; total Soviet war dead approx 2.7 million',
        'wrong-figure',
        /Great Patriotic War: .* at about 26.6–27 million; .* — not 2.7 million/,
        undefined,
      ],
      [
        '- 30 Apr 1945 – Hitler & Eva Braun kill themselves at the Berghof',
        'confusion',
        /Eva Braun died in Berlin, not the Berghof/,
        undefined,
      ],
      [
        '- NEP announced at 10th Party Congress, March 1922',
        'wrong-date',
        /10th Congress of the Russian Communist Party \(Bolsheviks\): 8–16 March 1921, not March 1922/,
        'March 1921',
      ],
      [
        '- Concordat w/ Protestant Church (20 Jul 33) – clergy out of politics',
        'confusion',
        /Concordat \(1933\): the Concordat of 20 July 1933 was a treaty between the German Reich and the Holy See/,
        undefined,
      ],
      [
        '- Hitler dictated Mein Kampf to Rudolf Hess in Spandau prison.',
        'confusion',
        /Mein Kampf: at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        "- Stresemann d. Oct 1931 → loss of Weimar's best statesman",
        'wrong-date',
        /Gustav Stresemann died on 3 October 1929/,
        'October 1929',
      ],
      [
        '- Alex III d. 1894 at Livadia – blown up by a terrorist bomb',
        'confusion',
        /Alexander III's death was not an assassination but a natural death/,
        undefined,
      ],
      [
        '- NKVD chief at the height of the Great Terror (1936–38): Beria',
        'wrong-date',
        /Lavrentiy Beria held the post of Head of the Soviet secret police .* only from 25 November 1938/,
        'Nikolai Yezhov',
      ],
      [
        'Q: When did Stalin die? / A: 5 Mar 1955, at his dacha',
        'wrong-date',
        /Joseph Stalin died on 5 March 1953/,
        '5 March 1953',
      ],
      ['- Trans-Siberian Railway begun 1881 → Moscow–Vladivostok', 'wrong-date', /began in 1891, not 1881/, '1891'],
      [
        '- Zemstva (elected local councils) est. 1874 → schools',
        'wrong-date',
        /Zemstvo: set up in 1864, not 1874/,
        '1864',
      ],
      ['- the Gulag was run by the Komsomol', 'confusion', /Gulag was led by .* not the Komsomol/, undefined],
      [
        '- Trotsky killed w/ an ice axe Aug 1940 in Paris by NKVD agent Mercader',
        'confusion',
        /Leon Trotsky died in Mexico City, not Paris/,
        'Mexico City',
      ],
      [
        '- Kirov murdered in Leningrad (Dec 1936) → pretext for mass arrests.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934/,
        'December 1934',
      ],
      [
        '- NKVD chief at the height of the terror (1937–38) was Yagoda.',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then: in 1937–1938 it was Nikolai Yezhov and Lavrentiy Beria/,
        undefined,
      ],
      [
        '- Beria arrested June 1953 & sent to a labour camp.',
        'confusion',
        /Lavrentiy Beria was executed on 23 December 1953, not sent to a labour camp/,
        undefined,
      ],
      [
        '- Alexander III then approved Loris-Melikov\'s "constitution" and put it into effect (1881).',
        'confusion',
        /Alexander III: persuaded by Pobedonostsev, he rejected the Loris-Melikov constitution/,
        undefined,
      ],
      [
        '- 1 Mar – Order No. 1 issued by the Provisional Government: soldiers obey only if orders do not contradict it',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        '- Gapon → ended his days in exile in Switzerland',
        'confusion',
        /Georgy Gapon was killed without trial on 10 April 1906; the note's "ended his days in exile" is wrong/,
        undefined,
      ],
    ],
    silent: [
      // A life said rightly; a reign or a term in the bracket; both ends wrong, or one far off: no life span.
      '- Lenin (1870–1924), leader of the Bolsheviks',
      '- Stolypin (1862–1911)',
      '- Alexander III (1881–94)',
      '- Stalin (1922–53)',
      '- Nicholas II (1894–1917)',
      '- Lenin (1872–1926)',
      '- Wilhelm II (1859–1918)',
      // A reign given rightly with the one-word title.
      '- Alexander III – tsar 1881–94, counter-reforms',
      // An execution by the means recorded, or told without its means; a death in battle said rightly.
      '- Perovskaya was hanged in April 1881',
      '- Perovskaya executed 1881',
      '- Kornilov killed in battle, April 1918',
      // A stance urged on others, said rightly; urged by another on the one whose stance it is not.
      '- Lenin urged the Bolsheviks to oppose the Provisional Government',
      '- Kamenev urged the Bolsheviks to support the Provisional Government',
      // The first holder, rightly; the first of a kind.
      '- 1st PG leader: Lvov',
      '- Hindenburg – first President elected by the people, 1925',
      // "It" with a body named beside the thing above; a part of a double name is no slip.
      '- VTsIK was set up after the October Revolution\n- Lev Kamenev chaired it from 26 October to 8 November 1917',
      '- Erich Koch-Weser was interior minister',
      // A question with no question word, answered rightly; one without a "Q" marker; a span whose middle years
      // two held.
      '- Q: Finance Minister 1892–1903, behind the Great Spurt?\n- A: Witte – loans, gold standard 1897',
      '- Chancellor in July 1930?\n- Papen',
      '- Chancellor 1928–1931: Müller',
      // The one who ran it then; a date in a clause of its own; what a document rejects, said so.
      '- Yezhov ran the NKVD at the height of the Terror in 1937.',
      '- Beria ran the NKVD, which had shot thousands in 1937.',
      '- April Theses: Bolsheviks should oppose the Provisional Govt',
      // Held over months, rightly; a life over months, rightly.
      '- Chancellor Mar 1930–May 1932: Brüning',
      '- Lenin (Apr 1870 – Jan 1924)',
      // The one who built it, with the office held as a title; a death as a noun with an object, or an adjective.
      '- Trotsky as War Commissar built the Red Army: conscription',
      '- Red Army built by War Commissar Trotsky',
      "- Stalin's hanging judge: he presided over the Moscow show trials",
      "- Stalin's execution of Bukharin, 1938",
      // A speech at its congress, told with a dash; a document put to use after it was made; its powers rightly given.
      '- Feb 1956 Secret Speech "On the Cult of Personality" – closed session of the 20th Party Congress',
      '- Mar 1930: Müller falls → Brüning rules by Art. 48 decree',
      '- 1930: Brüning used Article 48 to pass the budget',
      '- Article 48 let the President rule by emergency decree',
      // Where it was written, rightly, or in a place of the region it lies in; the assassins rightly named.
      '- Hitler wrote Mein Kampf in Landsberg prison',
      '- Mein Kampf written at Berchtesgaden',
      '- Hitler jailed in Landsberg → dictates Mein Kampf to Hess',
      '- wrote Mein Kampf while in Landsberg prison',
      // Where another was held, or a place the writer only visited.
      '- Hess, jailed in Landsberg with Hitler, typed Mein Kampf',
      '- Hitler visited Spandau and wrote Mein Kampf',
      "- Assassination of Alexander II organised by People's Will",
      // A death in exile where it was one; at home, told so.
      '- Trotsky died in exile in Mexico',
      '- Kerensky died in exile in New York',
      '- Witte died in Petrograd in 1915',
      // Fled to a town at home; fled with no date near the death.
      '- Kolchak fled to Irkutsk in January 1920',
      '- Kolchak escaped to Manchuria',
      // Appointed by one alive then, or within a year of the death; a body founded by the dead, banned later.
      '- 1925: Luther appointed Chancellor by Pres. Ebert',
      '- 1933: the KPD, founded by Liebknecht and Luxemburg, banned',
      // Urged to take up what the one who urged opposed, said rightly.
      '- Pobedonostsev urged Alex III to reject the Loris-Melikov constitution',
      // A figure told by its words, rightly; at a date it does not hold for; with no date; with another thing named.
      '- 1932: 6 million unemployed',
      '- unemployment 1930: 3 million',
      '- unemployment c. 600,000',
      '- 1932: Hitler Youth membership 600,000 unemployed members',
      '- 1945: Soviet war dead c. 27 million',
      '- unemployment in Berlin 1932: 600,000',
      // A congress's date after a comma, rightly; a date after a comma that the clause goes on from.
      '- NEP announced at 10th Party Congress, March 1921',
      '- Concordat signed with the Catholic Church, July 1933',
      '- Hitler dictated Mein Kampf to Hess in Landsberg',
      // Died and born written short, rightly; a beginning argued by two years; the Gulag's keepers.
      '- Stresemann d. Oct 1929',
      "- Great Purge began in 1934 with Kirov's murder",
      '- the Gulag was run by the NKVD',
      '- NKVD chief at the height of the Great Terror (1936–38): Yezhov',
      // One title, two works: Chernyshevsky's novel of 1863, not Lenin's pamphlet of 1902.
      '- Chernyshevsky – "What Is to Be Done?" (1863) – wrote it while locked up in the Peter & Paul Fortress',
      "- Alexander III then rejected Loris-Melikov's constitution",
      '- Lenin spoke at the 10th Party Congress, March 1921, and attacked the Workers Opposition',
      // A body describing a person at the date of their birth.
      '- Ramón Mercader, the NKVD agent who killed Trotsky, was born in 1913.',
      '- 30 Apr 1945 – Hitler & Eva Braun kill themselves in the bunker in Berlin',
    ],
  },
  'a label that opens a line': {
    caught: [
      [
        "Evidence: The Locarno Treaties, signed in 1927, guaranteed Germany's western borders.",
        'wrong-date',
        /Locarno Treaties: 1 December 1925, not 1927/,
        '1925',
      ],
    ],
    silent: [
      "Evidence: The Locarno Treaties, signed in 1925, guaranteed Germany's western borders.",
      // The label is no name: the treaty opens the words all the same, and its date is right.
      'Link: The Locarno Treaties, signed in December 1925, brought Germany into the League in 1926.',
    ],
  },
  'true sentences of the knowledge base itself': {
    caught: [],
    silent: [
      // "He" under a heading that names someone else.
      '## John F. Kennedy\n- He met Khrushchev at Vienna in June 1961.\n' +
        '- He was assassinated in Dallas, Texas, on 22 November 1963.',
      // Someone the person had killed.
      '- Gustav von Kahr turned against the putsch; Hitler had him murdered in 1934.',
      // A title of the person's own office, not the one of that name in the pack.
      '- Austrian Nazis seized the Federal Chancellery and killed Chancellor Engelbert Dollfuss in July 1934.',
      // A body named in a longer or qualified name, a second verb's clause, a plan, or weeks before its start.
      '- Adopted on 26 June 1940 by the Presidium of the Supreme Soviet.',
      "- The Munich People's Court sentenced him to death on 16 January 1920.",
      '- He joined the Russian Social Democratic Labour Party in 1898 and sided with the Bolsheviks.',
      '- Konev led the 1st Ukrainian Front to Berlin in 1945, and was the first commander of the Warsaw Pact forces.',
      '- Bulygin drafted the plan for a State Duma in 1905.',
      '- On the night of 16–17 May 1934 NKVD officers arrested Mandelstam.',
      // A thing named as the reference of what the date tells, or joined after it was made.
      '- Enacted by the cabinet on 19 May 1933 under the Enabling Act, without going before the Reichstag.',
      '- Hitler was held there in 1924 after the failed Beer Hall Putsch.',
      '- Italy joined the Anti-Comintern Pact on 6 November 1937.',
      // The date of another thing, of a work, and a state's name after it changed.
      '- In a speech of 7 January 1933 on the first five-year plan, Stalin warned of wreckers.',
      "- Trotsky's 1924 essay on the October Revolution set off the 'literary debate'.",
      '- His poem Babi Yar (1961) dealt with the Nazi massacre of Jews at Kiev.',
      '- Woods carried out the executions of ten former leaders of Nazi Germany on 16 October 1946.',
      // A date that goes with a second verb, or a second item.
      '- He invaded Abyssinia in 1935, agreed the Rome–Berlin Axis with Hitler and declared war on the Allies in 1940.',
      '- Russia fought it in the Crimean War and in 1877–78.',
      '- Hitler had the carriage moved back for the signing of the 1940 armistice.',
      // A figure under a heading whose thing has figures, with another thing named in passing on the way.
      "## Battle of Tsushima\n- Japan's victory there, with Mukden, decided the Russo-Japanese War.\n" +
        '- The Russians lost about 4,380 dead and 5,917 captured.',
      // The one replaced held the post until then; an acting holder between them is passed over.
      '- Funk replaced Schacht as Reich Minister of Economics in 1938.',
      '- Shepilov followed Molotov as Foreign Minister on 1 June 1956.',
      // Found on set 15's true lines: a change of seats, and a death counted from the line's date.
      '- Nov 1932 Nazis lose 34 seats (down to 196) but still biggest',
      '- 29 Apr 1945 Hitler married Eva Braun → both killed themselves next day',
      // A death after a comma is the sentence's subject's, not a name's in the words before it.
      '- Papen, the chancellor of 1932 who helped bring Hitler to power, died in 1969.',
      '- Aug 1940 – Trotsky, still writing against Stalin from exile, murdered with an ice axe by Mercader',
    ],
  },
  'exam prose: a participle between commas, an apposition naming a body, asides beside a figure (sets 24, 25)': {
    caught: [
      [
        'The Land Captains, introduced in 1899, were nobles who could overrule the zemstvo.',
        'wrong-date',
        /Land Captains: introduced on 24 July 1889, not 1899/,
        '1889',
      ],
      [
        '- The Trans-Siberian Railway, begun in 1881, was meant to link European Russia with the Pacific.',
        'wrong-date',
        /Trans-Siberian Railway: began in 1891, not 1881/,
        '1891',
      ],
      [
        'The Cheka, founded in December 1918, was led by Dzerzhinsky.',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      [
        'Sergei Kirov, the popular Politburo member, was shot on 1 December 1934 in Moscow.',
        'confusion',
        /Sergei Kirov died in Leningrad, not Moscow/,
        'Leningrad',
      ],
      [
        '**Link:** Stresemann himself was assassinated in October 1929, just weeks before the Wall Street Crash.',
        'confusion',
        /Gustav Stresemann's death was not an assassination but a natural death/,
        undefined,
      ],
      [
        'Rasputin was murdered by Prince Felix Yusupov and fellow conspirators in December 1915.',
        'wrong-date',
        /Grigori Rasputin died on 30 December 1916, not in December 1915/,
        'December 1916',
      ],
      [
        '- Kristallnacht 9–10 Nov 1938 (after vom Rath shot in Paris) – synagogues burnt, approx 3,000 Jewish men ' +
          'sent to the camps',
        'wrong-figure',
        /Kristallnacht: up to 30,000 Jewish men were arrested/,
        undefined,
      ],
      [
        '- Volga famine 1921 – approx 500,000 died, cannibalism reported, American Relief Administration helped',
        'wrong-figure',
        /Russian famine of 1921–1922: the famine killed an estimated five million people — not 500,000/,
        undefined,
      ],
      [
        '- Nuremberg Laws Sept 1936 – Jews lose citizenship, no marriage/relations with "Aryans"',
        'wrong-date',
        /Nuremberg Laws: 15 September 1935, not September 1936/,
        'September 1935',
      ],
    ],
    silent: [
      // A participle of another act, or a second verb after the apposition, keeps its own date.
      'Stalin, born in 1878, died in March 1953.',
      'Lenin, exiled in 1897, returned to Petrograd in April 1917.',
      'Trotsky, expelled in 1927, was murdered in 1940.',
      'The Cheka, founded in 1917, was replaced by the GPU in 1922.',
      // A work is dated by its publication, not by when it was finished.
      'Doctor Zhivago, completed in 1956, was published in Italy in 1957.',
      'The Land Captains, introduced in 1889, were nobles.',
      'Sergei Kirov, the popular Politburo member, was shot on 1 December 1934 in Leningrad.',
      'Stresemann himself died of a stroke in October 1929.',
      'Kirov was murdered by Nikolaev and his accomplices in 1934.',
      'Hitler himself had Röhm murdered in 1934.',
      // The right figures, beside glosses and asides.
      '- Kristallnacht 9–10 Nov 1938 (after vom Rath shot in Paris) – synagogues burnt, approx 30,000 Jewish men ' +
        'sent to the camps',
      '- Volga famine 1921 – approx 5 million died, cannibalism reported, American Relief Administration helped',
      '- Nuremberg Laws Sept 1935 – Jews lose citizenship, no marriage/relations with "Aryans"',
      // A denial that names a thing other than a concept still denies.
      '- The Bolsheviks seized power in 1917, no thanks to the Mensheviks',
    ],
  },
  'flashcards: a glossary term and its definition, when and where, how many, "it" after a semicolon (set 29)': {
    caught: [
      [
        'Kapp Putsch – right-wing coup of March 1922, when the Ehrhardt Brigade marched into Berlin.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1922/,
        'March 1920',
      ],
      [
        'Wannsee Conference – meeting of 20 January 1943 at a villa on the Wannsee in Berlin.',
        'wrong-date',
        /Wannsee Conference: 20 January 1942, not 20 January 1943/,
        '20 January 1942',
      ],
      [
        'Nazi-Soviet Pact – non-aggression pact signed on 23 August 1938 by Molotov and Ribbentrop in Moscow.',
        'wrong-date',
        /Molotov–Ribbentrop Pact: 23 August 1939, not 23 August 1938/,
        '23 August 1939',
      ],
      [
        '**Q:** When and where was Stolypin shot?\n**A:** In September 1913, at the Kiev opera house.',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in September 1913/,
        'September 1911',
      ],
      [
        '**Q:** When did Germany join the League of Nations?\n**A:** In 1924, with a permanent seat on the Council.',
        'wrong-date',
        /Germany joins the League of Nations \(1926\): 8 September 1926, not 1924/,
        '1926',
      ],
      [
        '**Q:** How many Jewish men were sent to concentration camps after Kristallnacht (9–10 November 1938)?\n' +
          '**A:** Around 3,000, mostly to Dachau, Buchenwald and Sachsenhausen.',
        'wrong-figure',
        /Kristallnacht: up to 30,000 Jewish men were arrested/,
        undefined,
      ],
      [
        'Volga famine (1921–22) – caused by drought on top of grain requisitioning; ' +
          'it killed about half a million people.',
        'wrong-figure',
        /Russian famine of 1921–1922: the famine killed an estimated five million people/,
        undefined,
      ],
    ],
    silent: [
      'Kapp Putsch – right-wing coup of March 1920, when the Ehrhardt Brigade marched into Berlin.',
      'Wannsee Conference – meeting of 20 January 1942 at a villa on the Wannsee in Berlin.',
      // A person's definition tells of many years; a date after a second verb or another thing is theirs.
      'Stolypin – prime minister from 1906, shot at the Kiev opera house.',
      'Kapp Putsch – coup against the government of Bauer, who had taken office in June 1919.',
      'Kapp Putsch – coup in Berlin, put down by a general strike; the Freikorps had been ordered to disband in 1920.',
      '**Q:** When and where was Stolypin shot?\n**A:** In September 1911, at the Kiev opera house.',
      '**Q:** When did Germany join the League of Nations?\n**A:** In 1926, with a permanent seat on the Council.',
      '**Q:** How many Jewish men were sent to concentration camps after Kristallnacht (9–10 November 1938)?\n' +
        '**A:** Around 30,000, mostly to Dachau, Buchenwald and Sachsenhausen.',
      // A place that answers where, after a number that is no count of the thing.
      '**Q:** Where were most of the Jewish men taken after Kristallnacht?\n' +
        '**A:** To Dachau, Buchenwald and Sachsenhausen.',
      'Volga famine (1921–22) – caused by drought on top of grain requisitioning; it killed about five million people.',
      // "It" after a semicolon, when the line is no definition of the thing it opens with.
      'War Communism brought on the Volga famine of 1921; it killed about half a million people.',
    ],
  },
  'flashcards: a glossary line read as a sentence about its term, and where-answers that name a part of a place': {
    caught: [
      [
        'Order No. 1 – instruction issued by the Provisional Government telling soldiers to obey their officers.',
        'confusion',
        /Order No. 1 was issued by the Petrograd Soviet, not the Russian Provisional Government/,
        undefined,
      ],
      [
        'Night of the Long Knives – purge launched on 30 June 1933, in which the SS murdered Röhm.',
        'wrong-date',
        /Night of the Long Knives: 30 June – 2 July 1934, not 30 June 1933/,
        '30 June 1934',
      ],
      [
        '**Q:** Where was Kirov shot?\n**A:** In a corridor of the Kremlin in Moscow, by Leonid Nikolaev.',
        'confusion',
        /Sergei Kirov died in Leningrad, not the Kremlin/,
        undefined,
      ],
      [
        '**Q:** Where were Nicholas II and his family shot in July 1918?\n' +
          '**A:** In the cellar of the Ipatiev House in Tobolsk.',
        'confusion',
        /Nicholas II died in Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      'Order No. 1 – instruction issued by the Petrograd Soviet telling soldiers to obey their officers.',
      '**Q:** Where was Kirov shot?\n**A:** In a corridor of the Smolny Institute in Leningrad, by Leonid Nikolaev.',
      '**Q:** Where were Nicholas II and his family shot in July 1918?\n' +
        '**A:** In the cellar of the Ipatiev House in Yekaterinburg.',
      // Words that say when or whether are kept; an event's definition keeps its own words.
      '- Provisional Govt – first headed by Lvov – shared "dual power" with the Petrograd Soviet.',
      'Night of the Long Knives – purge launched on 30 June 1934, in which the SS murdered Röhm.',
      // A definition whose words name something is not read as the term's.
      'Order No. 1 – Soviet instruction issued by the Petrograd Soviet to the army.',
    ],
  },
  'a killer before the verb, asked "who assassinated", and a place by a name it got after the time of the line': {
    caught: [
      [
        'Ivan Kalyayev assassinated Stolypin.',
        'confusion',
        /Pyotr Stolypin was killed by Dmitry Bogrov, not Ivan Kalyayev/,
        'Dmitry Bogrov',
      ],
      [
        '**Q:** Who assassinated Stolypin?\n' +
          '**A:** Ivan Kalyayev, a revolutionary who was also an informer for the Okhrana.',
        'confusion',
        /Pyotr Stolypin was killed by Dmitry Bogrov, not Ivan Kalyayev/,
        'Dmitry Bogrov',
      ],
      [
        '**Q:** Where was Alexander II killed in March 1881?\n' +
          '**A:** On the embankment of the Catherine Canal in Petrograd, on his way back to the Winter Palace.',
        'anachronism',
        /Petrograd got that name on 31 August 1914; in March 1881 it was Saint Petersburg/,
        'Saint Petersburg',
      ],
      [
        'Bloody Sunday – the day troops fired on the procession to the Winter Palace in Petrograd.',
        'anachronism',
        /Petrograd got that name on 31 August 1914; at the time of Bloody Sunday \(1905\) it was Saint Petersburg/,
        'Saint Petersburg',
      ],
      [
        'Fearing further attacks, Alexander III spent much of his reign away from Petrograd at Gatchina.',
        'anachronism',
        /Petrograd got that name on 31 August 1914; Alexander III died on 1 November 1894, when it was Saint Pete/,
        'Saint Petersburg',
      ],
    ],
    silent: [
      'Dmitry Bogrov assassinated Stolypin.',
      '**Q:** Who assassinated Stolypin?\n**A:** Dmitry Bogrov, an anarchist who was also an informer for the Okhrana.',
      // Who shot someone who lived on; one who may have ordered it; who the killer was asked of.
      'Kaplan shot Lenin in August 1918.',
      'Stalin killed Kirov in 1934.',
      '**Q:** Who did Stolypin hang?\n**A:** Ivan Kalyayev.',
      // The name it bore then, the present name, one given before the person died, and a later name said as such.
      'Bloody Sunday – troops fired on the procession in St Petersburg.',
      'Rasputin was murdered in Petrograd.',
      'Lenin lived in Petrograd.',
      'Alexander II was killed in St Petersburg (later Petrograd) by a bomb.',
      'Alexander II is buried in the Peter and Paul Cathedral in what is now St Petersburg.',
      'Kirov was shot in Leningrad.',
    ],
  },
  'a leader named after an equals sign, and two parties that both voted (set 24)': {
    caught: [
      [
        '- Stresemann = leader of the DNVP, foreign minister 1923–29',
        'confusion',
        /German National People's Party was led by Alfred Hugenberg, not Gustav Stresemann/,
        undefined,
      ],
      [
        '- Enabling Act passed 444–94: SPD and the Catholic Centre both voted against, KPD deputies already arrested',
        'confusion',
        /Enabling Act \(1933\): only the Social Democratic Party of Germany voted against it, not the Centre Party/,
        undefined,
      ],
    ],
    silent: [
      '- Hugenberg = leader of the DNVP from 1928',
      '- Stresemann = leader of the DVP, foreign minister 1923–29',
      '- Enabling Act passed 444–94: only the SPD voted against, the Catholic Centre voted for',
    ],
  },
  'a share of the vote after another name the recogniser does not know (set 28)': {
    caught: [
      [
        '- Constituent Assembly elections Nov 1917: SRs only ~24% of the vote',
        'wrong-figure',
        /Socialist Revolutionary Party won 37.6% of the vote/,
        undefined,
      ],
    ],
    silent: [
      // "Bolsh." is the Bolsheviks, written short: the share is theirs, not the SRs'.
      '- Constituent Assembly elections Nov 1917: SRs largest, Bolsh. only ~24% of the vote',
    ],
  },
  'Fanny Kaplan is a person, not a name of the attempt on Lenin (a sentence of the knowledge base)': {
    caught: [
      ['- Kaplan was executed in 1920.', 'wrong-date', /Fanny Kaplan died on 3 September 1918, not in 1920/, '1918'],
    ],
    silent: [
      '- Kaplan was executed on 3 September 1918.',
      '- The Cheka executed Kaplan on 3 September 1918.',
      '- Fanny Kaplan shot Lenin on 30 August 1918.',
    ],
  },
  'a word of time tells of its own part of a sentence (set 30)': {
    caught: [
      [
        'In March 1922 the Kapp Putsch briefly seized Berlin and forced the government to flee, until a general ' +
          'strike by the trade unions brought it down.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1922/,
        'March 1920',
      ],
      [
        "Stalin's foreign policy then swung to a deal with Hitler: the Nazi-Soviet Pact of August 1938 divided " +
          'Eastern Europe.',
        'wrong-date',
        /Molotov–Ribbentrop Pact: 23 August 1939, not August 1938/,
        'August 1939',
      ],
      [
        'The Nazi-Soviet Pact of August 1938 divided Eastern Europe, and Stalin ignored repeated warnings before ' +
          'Germany invaded on 22 June 1941.',
        'wrong-date',
        /Molotov–Ribbentrop Pact: 23 August 1939, not August 1938/,
        'August 1939',
      ],
    ],
    silent: [
      // The word of time opens the part it tells of: the Provisional Government is not dated 1905.
      "- The Russian Empire's cabinet in the shape of 1905, until the February Revolution put the Provisional " +
        'Government in its place.',
      // A name before a noun of someone else names that one.
      '- Town west of Kraków, then in Austrian Galicia, where the Trotsky biographer Isaac Deutscher was born in ' +
        '1907.',
      // Led by, not founded by: "and" ends the words of founding.
      '- Paramilitary league of the KPD, set up in 1924 and led by Ernst Thälmann, which fought the SA until it was ' +
        'banned in 1929.',
      'Lenin was sent into exile in Siberia in 1897, and later he moved to Munich.',
      'In March 1920 the Kapp Putsch seized Berlin, until a general strike brought it down.',
    ],
  },
  'a date after a place, fates joined by "+", an apposition of suspicion, an office taken (sets 28, 30)': {
    caught: [
      [
        '- Spartacist rising in Berlin, Jan 1920, crushed by army + Freikorps',
        'wrong-date',
        /Spartacist uprising: 5–12 January 1919, not January 1920/,
        'January 1919',
      ],
      [
        '- Kolchak (Siberia) escaped to Manchuria + died in exile',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920; the note's "died in exile" is wrong/,
        undefined,
      ],
      [
        '- Bukharin sentenced to 10 yrs in the gulag + died in a camp',
        'confusion',
        /Nikolai Bukharin was executed on 15 March 1938; the note's "died in a camp" is wrong/,
        undefined,
      ],
      [
        '- Beria, the feared security chief, was arrested in June 1953 and quietly pensioned off.',
        'confusion',
        /Lavrentiy Beria was executed on 23 December 1953, not pensioned off/,
        undefined,
      ],
      [
        '- October 1944: Field Marshal Rommel, suspected of involvement in the plot, is executed by firing squad',
        'confusion',
        /Erwin Rommel's death was not an execution but a suicide/,
        undefined,
      ],
      [
        '- July 1918: Nicholas II, his wife and their five children are shot at Tobolsk',
        'confusion',
        /Nicholas II died in Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        '- in Spandau prison Hitler dictates Mein Kampf to Hess',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        '- Apr 1924: Hitler sentenced to five years; in Spandau prison he dictates Mein Kampf to Rudolf Hess.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        '- 1964: Khrushchev is ousted, and Alexei Kosygin replaces him as First Secretary of the party',
        'wrong-date',
        /Alexei Kosygin never held that post: in 1964 it was Leonid Brezhnev who became First Secretary/,
        'Leonid Brezhnev',
      ],
    ],
    silent: [
      '- Spartacist rising in Berlin, Jan 1919, crushed by army + Freikorps',
      '- Kolchak (Siberia) handed over at Irkutsk + shot Feb 1920',
      // Killed abroad: a death in exile.
      '- Trotsky escaped abroad + died in exile in Mexico',
      // A natural death: being pensioned off was the end of the career, not of the life.
      '- Khrushchev was ousted in October 1964 and quietly pensioned off.',
      '- Rommel, suspected of involvement in the plot, was forced to take poison in October 1944.',
      '- Nicholas II, his wife and their five children are shot at Yekaterinburg in July 1918',
      '- In Landsberg prison Hitler dictates Mein Kampf to Hess',
      '- Apr 1924: Hitler sentenced to five years; in Landsberg prison he dictates Mein Kampf to Rudolf Hess.',
      '- In 1964 Brezhnev replaced Khrushchev as First Secretary.',
      // "She" after the arrow is Kaplan, who is named before Lenin.
      '- 30 Aug 1918 Fanny Kaplan shoots Lenin → she was executed on 3 Sept, no trial → Red Terror',
    ],
  },
  'a date ending the clause dates the name opening it; the agent and the object of a death (sets 31, 32)': {
    caught: [
      [
        '- Kirov, Leningrad party boss, shot at the Smolny, Dec 1936',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not in December 1936/,
        'December 1934',
      ],
      [
        '- Rasputin murdered by Prince Felix Yusupov and others, Dec 1917',
        'wrong-date',
        /Grigori Rasputin died on 30 December 1916, not in December 1917/,
        'December 1916',
      ],
      [
        '- Nicholas takes personal command of the army at Mogilev, Sept 1916',
        'wrong-date',
        /Nicholas II takes supreme command: 5 September 1915, not September 1916/,
        'September 1915',
      ],
      [
        '- Battle of Volgograd, Aug 1942–Feb 1943 – Paulus and the 6th Army surrendered',
        'anachronism',
        /Volgograd got that name on 10 November 1961/,
        'Stalingrad',
      ],
      [
        '8. Stolypin was shot by Dmitry Bogrov at the Kiev Opera House in September 1913, in front of the Tsar.',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in September 1913/,
        'September 1911',
      ],
      [
        '4. Prince Felix Yusupov and his fellow plotters murdered Rasputin in December 1915 and dumped his body.',
        'wrong-date',
        /Grigori Rasputin died on 30 December 1916, not in December 1915/,
        'December 1916',
      ],
      [
        '6. In October 1905 workers set up the Petrograd Soviet to coordinate the general strike.',
        'anachronism',
        /Petrograd Soviet did not exist yet in October 1905/,
        undefined,
      ],
    ],
    silent: [
      '- Kirov, Leningrad party boss, shot at the Smolny, Dec 1934',
      '- Trotsky criticised the NEP, 1923',
      // Shot, and lived on: the date is before the death.
      '- Kaplan shot Lenin in August 1918.',
      '- Stolypin was shot by Dmitry Bogrov at the Kiev Opera House in September 1911.',
      '- the siege of Leningrad, 1941–44',
      '- In March 1917 workers set up the Petrograd Soviet.',
      // Someone named in the apposition may have died then: the date is not the opening name's.
      '- Kirov, the man Nikolaev shot, was buried in Moscow, Dec 1934',
    ],
  },
  'totals over a span, naming and refusal, a person in an apposition, executions placed (sets 31, 32)': {
    caught: [
      [
        '- NKVD records show that around 68,000 people were shot in 1937–38 alone.',
        'wrong-figure',
        /Great Purge: declassified Soviet records give 681,692 people shot in 1937–38.* — not 68,000/,
        undefined,
      ],
      [
        "- 1937–38: roughly 68,000 people shot, according to the secret police's own records",
        'wrong-figure',
        /Great Purge: .* — not 68,000/,
        undefined,
      ],
      [
        '4. Elected local councils called zemstva were set up in 1870 to look after roads.',
        'wrong-date',
        /Zemstvo: set up in 1864, not 1870/,
        '1864',
      ],
      [
        '2. The Cheka, the new secret police under Felix Dzerzhinsky, was set up in December 1918.',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      [
        '2. After his arrest in June 1953, Beria was sent to manage a power station in Kazakhstan.',
        'confusion',
        /Lavrentiy Beria was executed on 23 December 1953, not sent to manage a power station/,
        undefined,
      ],
      [
        '5. Hitler’s Beer Hall Putsch of 8–9 November 1923 in Nuremberg was broken up by the police.',
        'confusion',
        /Beer Hall Putsch: at Munich, not Nuremberg/,
        'Munich',
      ],
      [
        '2. Nicholas II abdicated on 2 March in his train at Mogilev, and his brother Michael refused the throne.',
        'confusion',
        /Abdication of Nicholas II: at Pskov, not Mogilev/,
        'Pskov',
      ],
      [
        '4. The Romanovs were shot in the cellar of a house in Tobolsk in July 1918.',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      // A count of a few, or of a part of the span, or of one city's dead.
      '- 1937–38: 3 of the 5 marshals shot',
      '- 1937: about 350,000 people shot',
      '- In Leningrad about 40,000 people were shot in 1937–38.',
      '- 1937–38: roughly 680,000 people shot',
      '- Elected local councils called zemstva were set up in 1864.',
      '- Nicholas II abdicated on 2 March in his train at Pskov, and his brother Michael refused the throne.',
      // The refusal is the claim's own: it still hedges it.
      '- Hindenburg refused to make Hitler Chancellor in August 1932.',
      '- The Romanovs were shot in the cellar of the Ipatiev House in Yekaterinburg in July 1918.',
      '- Khrushchev was ousted in October 1964 and sent to live on a pension in Moscow.',
    ],
  },
  'the slips every set makes: Bukharin and NEP, the Nazi vote in November 1932, what replaced the unions': {
    caught: [
      [
        '- Bukharin (Right) wanted NEP wound up quickly + fast industrialisation',
        'confusion',
        /chief defender of the NEP/,
        undefined,
      ],
      [
        '- On the Right, Bukharin argued for abandoning NEP quickly.',
        'confusion',
        /chief defender of the NEP/,
        undefined,
      ],
      ["- The Right's leader, Bukharin, opposed the NEP.", 'confusion', /chief defender of the NEP/, undefined],
      ['- Bukharin – on the Left, wanted NEP ended quickly', 'confusion', /chief defender of the NEP/, undefined],
      [
        '- Nov 1932: Nazi vote went up again → looked unstoppable',
        'confusion',
        /Nazi Party: in the November 1932 election the Nazi vote fell from 37.3% to 33.1%/,
        undefined,
      ],
      [
        '- In November 1932 the Nazi vote rose again.',
        'confusion',
        /the Nazi vote fell from 37.3% to 33.1%/,
        undefined,
      ],
      [
        '- In the November 1932 election the Nazis gained further ground.',
        'confusion',
        /November 1932 German federal election: the Nazi vote fell/,
        undefined,
      ],
      ['- Nov 1932 election: Nazis gained 34 seats', 'confusion', /the party lost 34 seats/, undefined],
      [
        '- 2 May 1933 trade unions smashed → replaced by Strength Through Joy (KdF)',
        'confusion',
        /taken by the German Labour Front \(DAF\) under Robert Ley/,
        undefined,
      ],
      [
        '7. On 2 May 1933 the trade unions were dissolved and replaced by the Reich Labour Service under Robert Ley.',
        'confusion',
        /taken by the German Labour Front \(DAF\)/,
        undefined,
      ],
      [
        '- Witte deliberately kept foreign capital out of Russian industry.',
        'confusion',
        /drew foreign capital/,
        undefined,
      ],
    ],
    silent: [
      '- Bukharin wanted NEP kept going for decades.',
      // Another's stance after a dash: it is Bukharin's alone, not Rykov's or Tomsky's.
      '- the Right: Bukharin, Rykov, Tomsky – Bukharin defended NEP, wanted slow industrialisation',
      // Other elections: the vote did rise.
      '- July 1932: Nazi vote rose to 37.3%',
      '- 1930: Nazi vote rose to 18.3%',
      '- Nov 1932: Nazi vote fell to 33.1%',
      '- 2 May 1933: trade unions abolished, replaced by the German Labour Front (DAF)',
      '- Witte drew foreign capital into Russian industry.',
      '- Bukharin (Right) wanted NEP kept + slow industrialisation',
      '- Trotsky and the Left wanted NEP ended quickly.',
      '- March 1933: Nazi vote rose to 43.9%',
      '- In November 1932 the KPD vote rose again.',
      '- In November 1932 the Nazis remained the largest party.',
    ],
  },
  'the people and numbers every set gets wrong: Lvov for Yusupov, brothers, leaders, prisoners (set 33)': {
    caught: [
      [
        '- Rasputin was murdered in December 1916 by a group led by Prince Lvov.',
        'confusion',
        /Grigori Rasputin was killed by Felix Yusupov and Vladimir Purishkevich, not Georgy Lvov/,
        undefined,
      ],
      [
        '- War Minister Nikolai Milyutin brought in universal military service in 1874.',
        'wrong-date',
        /Nikolai Milyutin never held that post: in 1874 it was Dmitry Milyutin/,
        'Dmitry Milyutin',
      ],
      [
        '- Robert Ley was the leader of the Hitler Youth.',
        'confusion',
        /Hitler Youth was led by .*not Robert Ley/,
        undefined,
      ],
      [
        '- Schacht took charge of the Four-Year Plan from 1936 to prepare the economy for war.',
        'confusion',
        /Four-Year Plan was led by Hermann Göring, not Hjalmar Schacht/,
        'Hermann Göring',
      ],
      [
        '- The killing of Alexander II (1 March 1881) was planned by Land and Liberty’s executive committee.',
        'confusion',
        /Assassination of Alexander II was led by the People's Will/,
        undefined,
      ],
      [
        '- At Tannenberg in August 1914 about 9,000 Russian soldiers were taken prisoner.',
        'wrong-figure',
        /the Germans took 92,000 Russian prisoners — not 9,000/,
        undefined,
      ],
      [
        '- True: Foreign Minister Walther Rathenau was shot dead by nationalists in June 1921.',
        'wrong-date',
        /Walther Rathenau died on 24 June 1922, not in June 1921/,
        'June 1922',
      ],
      [
        '- Lenin’s April Theses called for the Bolsheviks to back the Provisional Government for the time being.',
        'confusion',
        /April Theses: the theses demanded no support at all/,
        undefined,
      ],
      [
        '- Zinoviev backed Lenin’s call for an armed rising in October 1917.',
        'confusion',
        /Grigory Zinoviev: in October 1917 Zinoviev and Kamenev opposed/,
        undefined,
      ],
      [
        '- He launched the Virgin Lands scheme in 1958 to grow grain in Kazakhstan.',
        'wrong-date',
        /Virgin Lands campaign: introduced in September 1953, not 1958/,
        '1953',
      ],
      [
        '- The Nazis jumped from 12 seats to 170 in September 1930.',
        'wrong-figure',
        /Nazi Party won 107 seats in the 1930 German federal election, not 170/,
        '107',
      ],
    ],
    silent: [
      '- Rasputin was murdered in December 1916 by a group led by Prince Felix Yusupov.',
      '- War Minister Dmitry Milyutin brought in universal military service in 1874.',
      '- Baldur von Schirach was the leader of the Hitler Youth.',
      '- Göring took charge of the Four-Year Plan from 1936.',
      '- At Tannenberg in August 1914 about 92,000 Russian soldiers were taken prisoner.',
      '- Rathenau was shot dead by nationalists in June 1922.',
      // Shot and wounded: the date of the shooting, not of the death.
      '- Lenin was shot by Fanny Kaplan in August 1918.',
      '- Khrushchev launched the Virgin Lands scheme in 1954.',
      // The party founded under an earlier name.
      "- Anton Drexler founded the German Workers' Party in January 1919.",
      // The earlier count, then the result.
      '- The Nazis jumped from 12 seats to 107 in September 1930.',
      // What the deed was for is not done at its date.
      '- Stolypin changed the electoral law in June 1907 so that the Third Duma would be far more conservative.',
      '- Lenin’s April Theses called for the Bolsheviks to oppose the Provisional Government.',
    ],
  },
  'a definition after a dash, a site and its town, a plan followed, the leader of another party (set 34)': {
    caught: [
      [
        '- [[Cheka]] – set up in December 1918 under [[Felix Dzerzhinsky]]',
        'wrong-date',
        /Cheka: set up on 20 December 1917, not December 1918/,
        'December 1917',
      ],
      [
        '- [[Kirov]] shot in the Smolny, Leningrad, in December 1936 – ==the excuse for mass arrests==',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not in December 1936/,
        'December 1934',
      ],
      [
        '- The [[Secret Speech]] (Feb 1956) – delivered to the 22nd Party Congress',
        'wrong-date',
        /Secret Speech belongs to the 20th Congress/,
        '20th Party Congress',
      ],
      [
        '- In 1937–38 the [[KGB]] troikas sentenced people according to arrest quotas',
        'anachronism',
        /The KGB did not exist yet in 1937–1938/,
        undefined,
      ],
      [
        '- Gustav Stresemann, leader of the Centre Party, was Chancellor for about a hundred days in 1923.',
        'confusion',
        /Gustav Stresemann was Chairman of the German People's Party, not a leader of the Centre Party/,
        undefined,
      ],
      [
        '- Sipyagin was blown up by an SR bomb in July 1904.',
        'wrong-date',
        /Dmitry Sipyagin died on 15 April 1902, not in July 1904/,
        'April 1902',
      ],
    ],
    silent: [
      '- [[Cheka]] – set up in December 1917 under [[Felix Dzerzhinsky]]',
      '- [[Kirov]] shot in the Smolny, Leningrad, in December 1934 – ==the excuse for mass arrests==',
      '- The [[Secret Speech]] (Feb 1956) – delivered to the 20th Party Congress',
      // "According to" a person is a hedge still.
      '- According to Conquest, in 1937–38 the KGB sentenced people by quota.',
      '- Gustav Stresemann, leader of the German People’s Party, was Chancellor in 1923.',
      // A party member who led none: no finding.
      '- Heinrich Brüning, leader of the Centre Party in the Reichstag, became chancellor in 1930.',
      '- Plehve was blown up by an SR bomb in July 1904.',
      '- Lenin was shot by an SR gunman in August 1918.',
    ],
  },
  'the rate of 1923, a strike called, a glossary’s murder, a train, the first head (sets 35, 36)': {
    caught: [
      [
        '- Passive resistance was funded by printing money; by November 1923 one US dollar cost 4.2 billion marks.',
        'wrong-figure',
        /Hyperinflation in the Weimar Republic: by November 1923 one US dollar was worth 4,210,500,000,000/,
        undefined,
      ],
      [
        '- Hyperinflation – by November 1923 one dollar cost ==4.2 billion marks==',
        'wrong-figure',
        /— not 4.2 billion/,
        undefined,
      ],
      [
        '- The Kapp Putsch of March 1921 collapsed when the trade unions called a general strike.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      [
        '- Rasputin was finally murdered by Prince Felix Yusupov and his fellow conspirators in December 1915.',
        'wrong-date',
        /Grigori Rasputin died on 30 December 1916, not in December 1915/,
        'December 1916',
      ],
      [
        '- Nicholas II abdicated on 2 March 1917 aboard the imperial train at Mogilev.',
        'confusion',
        /Abdication of Nicholas II: at Pskov, not Mogilev/,
        'Pskov',
      ],
      [
        '**Sergei Kirov** – popular Leningrad party boss whose murder in December 1936 was the pretext for arrests.',
        'wrong-date',
        /Sergei Kirov died on 1 December 1934, not in December 1936/,
        'December 1934',
      ],
      [
        '**Nuremberg Laws** – September 1936: Jews stripped of German citizenship.',
        'wrong-date',
        /Nuremberg Laws: 15 September 1935, not September 1936/,
        'September 1935',
      ],
      [
        '- The Provisional Government was led at first by Alexander Kerensky.',
        'wrong-date',
        /The first Minister-Chairman of the Provisional Government was Georgy Lvov .*not Alexander Kerensky/,
        'Georgy Lvov',
      ],
    ],
    silent: [
      '- By November 1923 one US dollar cost 4.2 trillion marks.',
      // Another time of the year: another rate.
      '- Hyperinflation: Jan 1923 – a dollar cost 17,000 marks',
      '- In January 1923 a dollar cost 17,000 marks.',
      '- By November 1923 a loaf of bread cost 200 billion marks.',
      '- The Kapp Putsch of March 1920 collapsed when the trade unions called a general strike.',
      // "Called for" asks for what had not yet begun.
      '- At the Central Committee plenum of July 1926 it called for faster industrial growth and collectivisation.',
      '- Rasputin was finally murdered by Prince Felix Yusupov and his fellow conspirators in December 1916.',
      '**Sergei Kirov** – popular Leningrad party boss whose murder in December 1934 was the pretext for arrests.',
      '- The Provisional Government was led at first by Prince Georgy Lvov.',
    ],
  },
  'Königsberg before it was Kaliningrad, and the majority the Nazis never won alone (sets 31, 36)': {
    caught: [
      [
        '| April 1945 | Red Army storms Kaliningrad, capital of East Prussia |',
        'anachronism',
        /Kaliningrad got that name on 4 July 1946; in April 1945 it was Königsberg/,
        'Königsberg',
      ],
      [
        '| 5 March 1933 | Reichstag election: the Nazis win an outright majority |',
        'confusion',
        /Nazi Party: in the March 1933 election the Nazis won 43.9% of the vote and 288 seats, short of a majority/,
        undefined,
      ],
    ],
    silent: [
      '| April 1945 | Red Army storms Königsberg, capital of East Prussia |',
      '- 1946: Königsberg renamed Kaliningrad after Mikhail Kalinin',
      // With the DNVP they had one.
      '- March 1933: the Nazis won a majority with the DNVP',
      '- March 1933: the Nazis won 43.9%, still no outright majority',
    ],
  },
  'true lines of a chronology: a step before the signing, an end by treaty, a month of its own, a line along which': {
    caught: [
      [
        '- Oct 1926: Locarno treaties guarantee Germany’s western borders.',
        'wrong-date',
        /Locarno Treaties: 1 December 1925, not October 1926/,
        'December 1925',
      ],
      // The treaty is dated, not the war's last month (the armistice of February 1856).
      [
        '- Mar 1857: Treaty of Paris ends the Crimean War.',
        'wrong-date',
        /Treaty of Paris \(1856\): 30 March 1856, not March 1857/,
        'March 1856',
      ],
      [
        '- Aug 1923: Stresemann becomes Chancellor; passive resistance called off in 1925.',
        'wrong-date',
        /End of passive resistance in the Ruhr \(1923\): 26 September 1923, not 1925/,
        '1923',
      ],
    ],
    silent: [
      // Negotiated and initialled at Locarno that October; signed in London in December.
      '- Oct 1925: Locarno treaties guarantee Germany’s western borders.',
      // Fighting ended in February; the treaty that ended the war was signed on 30 March.
      '- Mar 1856: Treaty of Paris ends the Crimean War; Black Sea neutralised.',
      '- Aug 1923: Stresemann becomes Chancellor (only about 100 days); passive resistance called off in September.',
      '- May 1918: revolt of the Czechoslovak Legion along the Trans-Siberian Railway.',
      'In 1888 the imperial train was derailed at Borki. The family survived.',
      '- elected Nov 1917 → SRs biggest party; Bolsheviks won c. 24% of vote',
    ],
  },
  'an office named with whose it is: "the party\'s General Secretary"': {
    caught: [
      [
        "Stalin became the party's General Secretary in April 1924, a post that let him control appointments.",
        'wrong-date',
        /Joseph Stalin became General Secretary of the Central Committee on 3 April 1922, not in April 1924/,
        'April 1922',
      ],
    ],
    silent: [
      "Stalin became the party's General Secretary in April 1922, a post that let him control appointments.",
      "Hitler became Germany's Chancellor in January 1933.",
    ],
  },
  'who threw the bomb that killed, said actively or as "killed by a bomb thrown by"': {
    caught: [
      [
        '## Alexander II (1855–1881)\n\n- Sofia Perovskaya threw the bomb that fatally wounded the Tsar.',
        'confusion',
        /Alexander II was killed by Ignacy Hryniewiecki, not Sofia Perovskaya/,
        'Ignacy Hryniewiecki',
      ],
      [
        '- Alexander II was killed on 1 March 1881 by a bomb thrown by Andrei Zhelyabov.',
        'confusion',
        /Alexander II was killed by Ignacy Hryniewiecki, not Andrei Zhelyabov/,
        'Ignacy Hryniewiecki',
      ],
      [
        '## Alexander II (1855–1881)\n\n- [[Andrei Zhelyabov]] – threw the bomb that ==fatally wounded the Tsar==',
        'confusion',
        /not Andrei Zhelyabov/,
        'Ignacy Hryniewiecki',
      ],
    ],
    silent: [
      '## Alexander II (1855–1881)\n\n- Ignacy Hryniewiecki threw the bomb that fatally wounded the Tsar.',
      '- Alexander II was killed on 1 March 1881 by a bomb thrown by Ignacy Hryniewiecki.',
      // The first bomb, which missed the Tsar.
      '- Nikolai Rysakov threw the first bomb, which wrecked the carriage; Perovskaya gave the signal.',
      '- Stolypin was killed in 1911 by Bogrov, who fired at him in the Kiev opera house.',
    ],
  },
  'a government formed under one who headed it only later': {
    caught: [
      [
        '- Mar 1917: Provisional Government formed under Kerensky, with Milyukov as Foreign Minister',
        'wrong-date',
        /Alexander Kerensky did not hold that post then: in March 1917 it was Georgy Lvov/,
        'Georgy Lvov',
      ],
    ],
    silent: [
      '- Mar 1917: Provisional Government formed under Prince Lvov, with Milyukov as Foreign Minister',
      '- July 1917: the Provisional Government was headed by Kerensky after Lvov resigned',
    ],
  },
  'a party led, said with its politics or with "led"': {
    caught: [
      [
        '- Gustav Stresemann, leader of the nationalist DNVP, was chancellor in 1923.',
        'confusion',
        /German National People's Party was led by Alfred Hugenberg, not Gustav Stresemann/,
        undefined,
      ],
      [
        '- Stresemann led the Centre Party.',
        'confusion',
        /Gustav Stresemann was Chairman of the German People's Party, not a leader of the Centre Party/,
        undefined,
      ],
    ],
    silent: [
      '- Gustav Stresemann, leader of the liberal DVP, was chancellor in 1923.',
      '- Alfred Hugenberg, leader of the nationalist DNVP, owned a press empire.',
      '- Stresemann led the DVP.',
    ],
  },
  'a flight told at the fall of a power, and a life lived out in exile after "where"': {
    caught: [
      [
        '- Admiral Kolchak, "Supreme Ruler" of the Whites in Siberia, escaped abroad when his armies collapsed.',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped abroad/,
        undefined,
      ],
      [
        'Evidence: Kolchak, the self-styled Supreme Ruler, escaped to exile in Paris after his armies collapsed.',
        'confusion',
        /not escaped to exile in Paris/,
        undefined,
      ],
      [
        'Admiral Kolchak eventually escaped to Manchuria, where he lived out his life in exile.',
        'confusion',
        /Alexander Kolchak was executed/,
        undefined,
      ],
    ],
    silent: [
      // A flight with no fall of the person's power: it may be a step on the way.
      '- Zinoviev escaped abroad after the 1905 revolution and returned in 1917.',
      '- Kolchak fled east when his armies collapsed, but was handed over and shot at Irkutsk.',
      '- Kerensky escaped abroad when his government collapsed and lived out his life in exile.',
    ],
  },
  'a place where the toll was worst, and a battle named after a town at a date far from it': {
    caught: [
      [
        '- famine 1921–22 esp. Volga – roughly 500,000 deaths',
        'wrong-figure',
        /Russian famine of 1921–1922: the famine killed an estimated five million people — not 500,000/,
        undefined,
      ],
      [
        '- The famine of 1921–22 in the Volga region killed around 500,000 people.',
        'wrong-figure',
        /not 500,000/,
        undefined,
      ],
      [
        '- 1918 Stalin sent to get grain, took over defence of Stalingrad, big row w/ Trotsky',
        'anachronism',
        /Stalingrad got that name on 10 April 1925; in 1918 it was Tsaritsyn/,
        'Tsaritsyn',
      ],
      [
        '- Stalin clashed with Trotsky over the defence of Stalingrad in 1918.',
        'anachronism',
        /Stalingrad got that name on 10 April 1925; in 1918 it was Tsaritsyn/,
        'Tsaritsyn',
      ],
    ],
    silent: [
      '- famine 1921–22 esp. Volga – roughly 5 million deaths',
      '- The famine of 1921–22 in the Volga region killed around 5 million people.',
      // A part of the toll, in a place after the number.
      '- The famine of 1932–33 killed 3.9 million in Ukraine alone.',
      '- Stalin clashed with Trotsky over the defence of Tsaritsyn in 1918.',
      '- The defence of Stalingrad in 1942 held the Volga crossing.',
      '- Stalin at Tsaritsyn 1918 – the city got renamed Stalingrad in 1925',
    ],
  },
  'a body set up under its head in a date, a revolt told by its sailors, a programme told to others': {
    caught: [
      [
        '- The Cheka (secret police) was set up in December 1917 under Yakov Sverdlov.',
        'wrong-date',
        /Yakov Sverdlov never held that post: in December 1917 it was Felix Dzerzhinsky/,
        'Felix Dzerzhinsky',
      ],
      [
        'To defend the revolution, the Cheka was set up in December 1917 under Genrikh Yagoda.',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then/,
        'Felix Dzerzhinsky',
      ],
      [
        '- The Kronstadt sailors rose against the Bolsheviks in March 1920, demanding free elections.',
        'wrong-date',
        /Kronstadt rebellion: 1–18 March 1921, not March 1920/,
        'March 1921',
      ],
      [
        '- April Theses – Bolsheviks to back the Provisional Government; end the war',
        'confusion',
        /April Theses: the theses demanded no support at all/,
        undefined,
      ],
      [
        'In his April Theses Lenin told the Bolsheviks to give conditional support to the Provisional Government.',
        'confusion',
        /April Theses: the theses demanded no support at all/,
        undefined,
      ],
      ['- April Theses called for backing the Provisional Government', 'confusion', /no support at all/, undefined],
    ],
    silent: [
      '- The Cheka (secret police) was set up in December 1917 under Felix Dzerzhinsky.',
      // The body of the head after "under" is the coalition, not the party named first.
      '- In May 1928 the Nazis won only 12 seats and the SPD led a grand coalition under Hermann Müller.',
      '- The Kronstadt sailors rose against the Bolsheviks in March 1921, demanding free elections.',
      // The sailors of 1917 are not the rising of 1921.
      '- In July 1917 Kronstadt sailors joined the armed demonstrations in Petrograd.',
      '- April Theses – Bolsheviks to withdraw support from the Provisional Government; end the war',
      'In his April Theses Lenin told the Bolsheviks to give no support to the Provisional Government.',
      '- April Theses called for an end to the war',
    ],
  },
  'a filled-in gap, an "until" clause of its own, an apposition of its own time, a name holding its year (set 59, 61)':
    {
      caught: [
        [
          '- The [Kronstadt rising] took place in [March 1920].',
          'wrong-date',
          /1–18 March 1921, not March 1920/,
          'March 1921',
        ],
        [
          '- In the [Kapp Putsch] of [March 1921] Freikorps units seized Berlin until a general strike defeated them.',
          'wrong-date',
          /Kapp Putsch: 13–18 March 1920, not March 1921/,
          'March 1920',
        ],
        [
          '- Stalin was appointed [General Secretary] of the party in [1924].',
          'wrong-date',
          /3 April 1922, not in 1924/,
          '1922',
        ],
        [
          "- Pogroms in 1881 and the May Laws of 1883 hit Russia's Jews.",
          'wrong-date',
          /15 May 1882, not 1883/,
          '1882',
        ],
      ],
      silent: [
        '- Stalin was appointed [General Secretary] of the party in [1922].',
        '- Stalin became [General Secretary](https://example.org/gensec) in 1922.',
        '- [x] Stalin became General Secretary in 1922.',
        '- In the [Kapp Putsch] of [March 1920] Freikorps units seized Berlin until a general strike defeated them.',
        // The cabinet came before the Provisional Government: "until" names the body that replaced it.
        '- The 1905 cabinet lasted until the February Revolution put the Provisional Government in its place.',
        '- Pastor Martin Niemöller, a U-boat commander in the First World War, helped found the Confessing Church.',
        "| Pogroms in 1881 and the May Laws of 1882 hit Russia's Jews |",
      ],
    },
  'where a site lies, and the Romanovs shot in a house of several words': {
    caught: [
      [
        '- Dachau, the first SS-run concentration camp, opened in March 1933 near Nuremberg.',
        'confusion',
        /Dachau concentration camp lies near Munich, not Nuremberg/,
        'Munich',
      ],
      [
        '- first concentration camp Dachau opened March 1933, just outside Berlin, set up by Himmler',
        'confusion',
        /Dachau concentration camp lies near Munich, not Berlin/,
        'Munich',
      ],
      [
        '2. **Dachau** – the first concentration camp opened in March 1933, just outside Berlin.',
        'confusion',
        /Dachau concentration camp lies near Munich, not Berlin/,
        'Munich',
      ],
      [
        "- The Romanovs were shot in July 1918 in a merchant's house in Tobolsk.",
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        'The Reds also eliminated rival symbols: the Romanov family was shot in July 1918 at Tobolsk.',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
    ],
    silent: [
      '- [[Dachau]], near Munich, opened in March 1933 – one of the first concentration camps',
      '- Dachau, the first SS concentration camp, opened near Munich in March 1933.',
      // The camp is named, then others: a town after another camp is that camp's.
      '- Prisoners were moved from Dachau to camps near Berlin such as Sachsenhausen.',
      '- Dachau opened in March 1933; the Nuremberg Laws followed in 1935.',
      "- The Romanovs were shot in July 1918 in a merchant's house in Yekaterinburg.",
      'The Reds also eliminated rival symbols: the Romanov family was shot in July 1918 at Yekaterinburg.',
    ],
  },
  'Mein Kampf written where Hitler was held, in more words; the Katyn Forest placed; an attempt at a putsch': {
    caught: [
      [
        '- 1924: Hitler serves his sentence in Spandau prison, where he dictates the first volume of Mein Kampf',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        '- Hitler, meanwhile, was serving his sentence in Spandau prison, where he dictated Mein Kampf.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        'Evidence: In Spandau prison Hitler dictated the first volume of Mein Kampf to Rudolf Hess.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        '- Hitler got five years but served only nine months in Spandau prison, where he wrote Mein Kampf.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        'Hitler tried the Munich Putsch, failed, and was sent to Spandau prison, where he wrote Mein Kampf.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        'After the failed Beer Hall Putsch in November 1923 he wrote "Mein Kampf" in Spandau prison.',
        'confusion',
        /Mein Kampf: written at Landsberg Prison, not Spandau prison/,
        undefined,
      ],
      [
        '- Polish officers shot by the NKVD in the Katyn Forest near Kiev (spring 1940)',
        'confusion',
        /Katyn Forest lies near Smolensk, not Kiev/,
        'Smolensk',
      ],
    ],
    silent: [
      '- 1924: Hitler serves his sentence in Landsberg prison, where he dictates the first volume of Mein Kampf',
      'Evidence: In Landsberg prison Hitler dictated the first volume of Mein Kampf to Rudolf Hess.',
      '- Hitler was sentenced to five years but served only nine months in Landsberg, where he wrote Mein Kampf.',
      'After the failed Beer Hall Putsch in Munich in November 1923 he wrote "Mein Kampf" in Landsberg prison.',
      // "tried" the putsch is an attempt, not a trial.
      'In November 1923 Hitler tried the Munich Putsch from the Bürgerbräukeller and failed.',
      // A town with no prison after it is no place of holding.
      'In 1926 Hitler wrote the second volume of Mein Kampf in Berchtesgaden.',
      '- Polish officers shot by the NKVD in the Katyn Forest near Smolensk (spring 1940)',
    ],
  },
  'sets 63–66: a flight before a killing, a span from one time to another, a field label before the line': {
    caught: [
      [
        'E: Gapon fled abroad, came back after the October Manifesto and was arrested and executed by police in 1906.',
        'confusion',
        /Georgy Gapon was killed without trial on 10 April 1906, not executed/,
        undefined,
      ],
      [
        'Sophia Perovskaya was exiled to Siberia for life, while the other ringleaders were hanged.',
        'confusion',
        /Sofia Perovskaya was executed on 15 April 1881, not exiled/,
        undefined,
      ],
      [
        '- Context: in April 1945 the Red Army stormed Kaliningrad, the capital of East Prussia',
        'anachronism',
        /Kaliningrad got that name on 4 July 1946; in April 1945 it was Königsberg/,
        'Königsberg',
      ],
    ],
    silent: [
      '- Context: Gapon fled abroad but was later murdered by Socialist Revolutionaries in 1906 as a police agent',
      '_From the October Revolution to the defeat of the Left: Civil War, War Communism, NEP and the struggle._',
      '- Context: in April 1945 the Red Army stormed Königsberg, the capital of East Prussia',
      '- Evidence: in February 1954 the Crimea was transferred from the Russian Federation to the Ukrainian SSR.',
    ],
  },
  'sets 63–66: a treaty named in other names, one shot who was never attacked before, a timestamp, a glossary': {
    caught: [
      [
        'E: The Treaty of Versailles was signed on 28 June 1920 in the Hall of Mirrors.',
        'wrong-date',
        /Treaty of Versailles: 28 June 1919, not 28 June 1920/,
        '28 June 1919',
      ],
      ['- Kirov shot 1 Dec 1933', 'wrong-date', /Sergei Kirov died on 1 December 1934/, '1 December 1934'],
      [
        '[07:30] Kapp Putsch in Berlin, March 1921 – defeated by a general strike',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      [
        '**Kapp Putsch** – attempt by Wolfgang Kapp and General Lüttwitz to seize power in Berlin in March 1921.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1921/,
        'March 1920',
      ],
      [
        '- Context: Khrushchev was removed by his colleagues in October 1962',
        'wrong-date',
        /Removal of Khrushchev: 14 October 1964, not October 1962/,
        'October 1964',
      ],
      [
        '[20:40] Rasputin murdered by Yusupov and friends, Dec 1915',
        'wrong-date',
        /Murder of Rasputin: 30 December 1916, not December 1915/,
        'December 1916',
      ],
    ],
    silent: [
      '- Context: Khrushchev was removed by his colleagues in October 1964',
      'E: The Treaty of Versailles was signed on 28 June 1919 in the Hall of Mirrors.',
      'Brockdorff-Rantzau resigned on 20 June 1919 rather than accept the Treaty of Versailles.',
      // Shot on 14 September, he died four days later.
      '- Stolypin was shot on 14 September 1911 at the Kiev opera.',
      '- Röhm was shot on 30 June 1934 in the Night of the Long Knives.',
      // Lenin was shot in 1918 and lived; a ruler shot at lives too.
      '- Lenin was shot by Fanny Kaplan in August 1918.',
      '- Alexander II was shot at by Karakozov in April 1866.',
      '[07:30] Kapp Putsch in Berlin, March 1920 – defeated by a general strike',
      '**Kapp Putsch** – attempt by Wolfgang Kapp and General Lüttwitz to seize power in Berlin in March 1920.',
    ],
  },
  'false alarms of sets 69 and 70: a sentence in quotes, a phrase of two eras, cells apart, kin, a name as head': {
    caught: [
      ['- Alexander II died in 1879.', 'wrong-date', /Alexander II died on 13 March 1881, not in 1879/, '1881'],
      [
        '- Stalin shot himself in March 1953.',
        'confusion',
        /Joseph Stalin's death was not a suicide but a natural death/,
        undefined,
      ],
    ],
    silent: [
      '| Split in 1879 over tactics | Its Executive Committee "sentenced" Alexander II to death in 1879 |',
      '1. How far was 1861 a "revolution from above"?',
      '| Stakhanov cut 102 tonnes of coal on 31 August 1935 | "Liquidation of the kulaks as a class" |',
      "- Stalin's second wife, Nadezhda Alliluyeva, shot herself in November 1932.",
      '# russia\n\n## marxists\n- rsdlp founded 1898 at a congress in minsk w/ just 9 delegates',
    ],
  },
  'a flashcard exported as "front;back", read as one line': {
    caught: [
      [
        'Cheka (December 1917);political police, headed by Genrikh Yagoda',
        'wrong-date',
        /Genrikh Yagoda did not hold that post then: in December 1917 it was Felix Dzerzhinsky/,
        'Felix Dzerzhinsky',
      ],
      [
        'Murder of Kirov;shot in Leningrad by Leonid Nikolaev, 1 December 1936',
        'wrong-date',
        /Assassination of Sergei Kirov: 1 December 1934, not 1 December 1936/,
        '1 December 1934',
      ],
      [
        "In 1879 Land and Liberty split into?;People's Will and the Emancipation of Labour group",
        'anachronism',
        /The Emancipation of Labour did not exist yet in 1879/,
        undefined,
      ],
    ],
    silent: [
      'Fanny Kaplan;shot and wounded Lenin in August 1918',
      'Cheka (December 1917);political police, headed by Felix Dzerzhinsky',
      'Murder of Kirov;shot in Leningrad by Leonid Nikolaev, 1 December 1934',
    ],
  },
  'a "Who am I?" riddle: "I" and "My" are the answer below': {
    caught: [
      [
        '## Who am I?\nI was shot at the Kiev Opera House in September 1912.\nAnswer: Pyotr Stolypin',
        'wrong-date',
        /Pyotr Stolypin died on 18 September 1911, not in September 1912/,
        'September 1911',
      ],
      [
        '## What am I?\nI was set up in December 1917.\nMy first chairman was Genrikh Yagoda.\nAnswer: the Cheka',
        'wrong-date',
        /The first Head of the Soviet secret police .* was Felix Dzerzhinsky .*, not Genrikh Yagoda/,
        'Felix Dzerzhinsky',
      ],
    ],
    silent: [
      '## Who am I?\nI was shot at the Kiev Opera House in September 1911.\nAnswer: Pyotr Stolypin',
      '## What am I?\nI was set up in December 1917.\nMy first chairman was Felix Dzerzhinsky.\nAnswer: the Cheka',
      // No answer below, or one past a blank line: no one to read "I" as.
      '## Who am I?\nI was shot at the Kiev Opera House in September 1912.',
      '## Who am I?\nI was shot at the Kiev Opera House in September 1912.\n\nAnswer: Pyotr Stolypin',
    ],
  },
  'a count written after other words: the votes against after "votes to"': {
    caught: [
      [
        '- The Enabling Act (23 March 1933) passed by 444 votes to 194; only the SPD voted against.',
        'wrong-figure',
        /Enabling Act \(1933\): the 94 votes against the act were all cast by Social Democrats — not 194/,
        undefined,
      ],
    ],
    silent: [
      '- The Enabling Act (23 March 1933) passed by 444 votes to 94; only the SPD voted against.',
      // Another vote's tally, in a clause of its own.
      '- The Enabling Act passed in March 1933; in 1932 the Reichstag voted 512 votes to 42 against Papen.',
    ],
  },
  '"he" after a field\'s label is the person the line above names': {
    caught: [
      [
        '- Author: Pyotr Stolypin, PM from 1906\n- Context: he was shot at the Bolshoi Theatre in Moscow in 1911',
        'confusion',
        /Pyotr Stolypin died in Kiev, not Moscow/,
        'Kiev',
      ],
    ],
    silent: [
      '- Author: Pyotr Stolypin, PM from 1906\n- Context: he was shot at the opera house in Kiev in 1911',
      // Two people above: no telling which.
      '- Author: Stolypin, with Witte\n- Context: he was shot at the Bolshoi Theatre in Moscow in 1911',
    ],
  },
  'false alarms of sets 71–74: a name cut short, a myth labelled, a line date of another clause': {
    caught: [
      [
        '- In 1925–26 Stalin allied with Bukharin and the Right Opposition to defeat Zinoviev and Kamenev.',
        'anachronism',
        /The Right Opposition did not exist yet in 1925–1926/,
        undefined,
      ],
      [
        '✅ Hitler was elected chancellor by the German people.',
        'confusion',
        /Adolf Hitler: President Hindenburg appointed him chancellor/,
        undefined,
      ],
      [
        'Fact: Hitler was elected chancellor by the German people.',
        'confusion',
        /Adolf Hitler: President Hindenburg appointed him chancellor/,
        undefined,
      ],
      [
        '- 3 Jun 1917 – Lenin speaks; April Theses',
        'wrong-date',
        /April Theses: 17 April 1917, not 3 June 1917/,
        '17 April 1917',
      ],
    ],
    silent: [
      '- In 1925–26 Stalin allied with Bukharin and the Right to defeat Zinoviev and Kamenev.',
      'Myth: Hitler was elected chancellor by the German people.',
      '- **Myth**: Hitler was elected chancellor by the German people.',
      // A cross alone marks a myth (set 161).
      '❌ Hitler was elected chancellor by the German people.',
      '- ❌ Vera Zasulich was convicted for shooting General Trepov in 1878.',
      "- 3 Apr 1917 – Lenin arrives at Petrograd's Finland Station after crossing Germany by train; April Theses",
    ],
  },
  'sets 71–74: a reason denied, a long agent, the Ruhr occupied': {
    caught: [
      [
        '- March 1922: the Kapp Putsch collapsed because of a general strike, not because the army stopped it.',
        'wrong-date',
        /Kapp Putsch: 13–18 March 1920, not March 1922/,
        'March 1920',
      ],
      [
        'Fact: Rasputin was murdered by aristocratic conspirators led by Prince Felix Yusupov in December 1915.',
        'wrong-date',
        /Murder of Rasputin: 30 December 1916, not December 1915/,
        'December 1916',
      ],
      [
        '- Jan 1922 – French and Belgian troops occupy the Ruhr to collect unpaid reparations',
        'wrong-date',
        /Occupation of the Ruhr: 11 January 1923 – 25 August 1925, not January 1922/,
        'January 1923',
      ],
      [
        '- Context: after his defeat Kolchak escaped to Paris, where he lived in exile',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped to Paris/,
        undefined,
      ],
      [
        'Fact: After his armies collapsed, Kolchak escaped to exile in Paris.',
        'confusion',
        /Alexander Kolchak was executed on 7 February 1920, not escaped to exile in Paris/,
        undefined,
      ],
      [
        '- Content: reports that the former Tsar and his family have been shot in Tobolsk',
        'confusion',
        /Execution of the Romanov family: at Yekaterinburg, not Tobolsk/,
        'Yekaterinburg',
      ],
      [
        'E: Stresemann, leader of the DNVP, stayed on as Foreign Minister until 1929.',
        'confusion',
        /German National People's Party was led by Alfred Hugenberg, not Gustav Stresemann/,
        undefined,
      ],
      [
        '- In "Dizzy with Success" (Pravda, 2 March 1930) Stalin called for collectivisation to be speeded up.',
        'confusion',
        /Dizzy with Success: .*called a temporary halt/,
        undefined,
      ],
      [
        '[05:20] Stalin\'s "Dizzy with Success" article demanded collectivisation go even faster',
        'confusion',
        /Dizzy with Success: .*called a temporary halt/,
        undefined,
      ],
    ],
    silent: [
      '- In "Dizzy with Success" (Pravda, 2 March 1930) Stalin called for a pause in collectivisation.',
      '- In 1930 Stalin called for collectivisation to be speeded up again after a pause.',
      'E: Stresemann, leader of the DVP, stayed on as Foreign Minister until 1929.',
      '- Content: reports that the former Tsar and his family have been shot in Yekaterinburg',
      'Fact: After his armies collapsed, Kolchak was handed over at Irkutsk and shot in February 1920.',
      '- After his defeat Kolchak fled to Irkutsk, where he was handed over and shot in February 1920.',
      '- March 1920: the Kapp Putsch collapsed because of a general strike, not because the army stopped it.',
      '- Jan 1923 – French and Belgian troops occupy the Ruhr to collect unpaid reparations',
      // A denial of the claim itself still silences it.
      '- March 1922: the Kapp Putsch in Berlin did not happen then.',
    ],
  },
  'false alarms of sets 51–58: a relative by first name, a footnote marker, an attempt, a question, a title': {
    caught: [
      [
        'In the September 1930 election the Nazis leapt from 12 seats to 170.',
        'wrong-figure',
        /Nazi Party won 107 seats in the 1930 German federal election, not 170/,
        '107',
      ],
      [
        '- In 1940 NKVD chief Yezhov ran the Terror.',
        'wrong-date',
        /Yezhov did not hold that post then/,
        'Lavrentiy Beria',
      ],
      [
        'Show trials: Bukharin in 1938.[^2] Marshal Tukhachevsky was shot in 1938 in the purge of the army.',
        'wrong-date',
        /Tukhachevsky died in June 1937, not in 1938/,
        '1937',
      ],
      [
        "- Alexander III's father Alexander II was assassinated in 1882.",
        'wrong-date',
        /Alexander II died on 13 March 1881/,
        '1881',
      ],
      [
        '- In November 1923 Hitler and Ludendorff were tried for treason.',
        'wrong-date',
        /Ludendorff was tried at the Beer Hall Putsch trial/,
        undefined,
      ],
    ],
    silent: [
      'In the September 1930 election the Nazis leapt from 12 seats to 107.',
      // Alexander's elder brother, Tsarevich Nicholas Alexandrovich, not Nicholas II.
      'Alexander III was never meant to be tsar. His older brother Nicholas died in 1865.',
      'Show trials: Kamenev in 1936, Bukharin in 1938.[^2] Marshal Tukhachevsky was shot in 1937 in the purge.',
      '- NKVD chief Yezhov, who ran the worst of the Terror, was himself shot in 1940',
      'On 8–9 November 1923 Hitler and General Ludendorff tried to seize power in Munich, but police stopped them.',
      "## Top 5 people in the October Revolution\n\nQuestion: Was the Tsar's fall in February 1917 inevitable?",
    ],
  },
  "the slips of every set in more ways: a writer's article, a setting, a highlight, someone's headquarters": {
    caught: [
      [
        '- After Nuremberg, Albert Speer served twenty years in Landsberg prison.',
        'confusion',
        /Albert Speer was held in Nuremberg and Spandau Prison, not Landsberg prison/,
        undefined,
      ],
      [
        '- "Dizzy with Success" (1930) – Stalin urged officials to speed up and push more peasants into the kolkhozes',
        'confusion',
        /Dizzy with Success: .*called a temporary halt/,
        undefined,
      ],
      [
        '- Stalin\'s article "Dizzy with Success" (March 1930) demanded that collectivisation be speeded up.',
        'confusion',
        /Dizzy with Success: .*called a temporary halt/,
        undefined,
      ],
      [
        '| 2 March 1930 | Stalin\'s article "Dizzy with Success" orders collectivisation to be speeded up | Pravda |',
        'confusion',
        /Dizzy with Success: .*called a temporary halt/,
        undefined,
      ],
      [
        '- In 1897 Witte took the rouble off the gold standard.',
        'confusion',
        /Sergei Witte: his currency reform of 1897 .* exchangeable for gold/,
        undefined,
      ],
      [
        '- The Kornilov affair badly weakened the Bolsheviks just weeks before October.',
        'confusion',
        /Kornilov affair: .*rise in support for the Bolsheviks/,
        undefined,
      ],
      ['- November 1932 – the Nazi vote ==rose again to a new peak==', 'confusion', /Nazi vote fell/, undefined],
      [
        '- In the November 1932 election the Nazis gained even more seats and votes.',
        'confusion',
        /Nazi Party: in the November 1932 election the Nazi vote fell/,
        undefined,
      ],
      [
        "On 20 July 1944 Stauffenberg's briefcase bomb exploded at Hitler's headquarters at Berchtesgaden.",
        'confusion',
        /20 July plot: at Wolf's Lair and Berlin, not Berchtesgaden/,
        undefined,
      ],
      [
        "- July 1944: Stauffenberg's bomb explodes at Hitler's Berchtesgaden headquarters but fails to kill him",
        'confusion',
        /20 July plot: at Wolf's Lair and Berlin, not Berchtesgaden/,
        undefined,
      ],
      [
        '- N2 abdicated on his train at Mogilev, 2 March 1917, in favour of brother Michael (who said no)',
        'confusion',
        /Abdication of Nicholas II: at Pskov, not Mogilev/,
        'Pskov',
      ],
    ],
    silent: [
      '- "Dizzy with Success" (Pravda, March 1930) – Stalin called a temporary halt and blamed local officials',
      '- Stalin\'s article "Dizzy with Success" (March 1930) demanded that joining collective farms be voluntary.',
      // Only the article's writer says what it says: another person named after it speaks for himself.
      '- "Dizzy with Success" (March 1930) – Molotov urged local officials to speed up',
      '- In 1897 Witte put the rouble on the gold standard.',
      '- The Kornilov affair strengthened the Bolsheviks, who soon won a majority in the Petrograd Soviet.',
      // The Nazis did gain in July 1932: the election that opens the line dates the claim.
      '- In the July 1932 election the Nazis gained even more seats and votes.',
      "On 20 July 1944 Stauffenberg's bomb exploded at Hitler's headquarters, the Wolf's Lair, in East Prussia.",
      '- N2 abdicated on his train at Pskov, 2 March 1917, in favour of brother Michael (who said no)',
      '- In the November 1932 election the Nazi vote fell and the party lost 34 seats.',
      '- After Nuremberg, Albert Speer served twenty years in Spandau prison.',
      '- Stalin\'s article "Dizzy with Success" ordered officials to stop forcing peasants into collective farms.',
    ],
  },
};

/**
 * Every finding on every example note and real student note, as `line:code:text:fix`: a new finding, or a lost
 * one, is a change to review here. The real notes' dates are right; their slips are misspelt names.
 */
const PINNED: Record<
  | 'shared'
  | 'examples'
  | 'heldout'
  | 'heldout2'
  | 'heldout3'
  | 'heldout4'
  | 'heldout5'
  | 'heldout6'
  | 'heldout7'
  | 'heldout8'
  | 'heldout9'
  | 'heldout10'
  | 'heldout11'
  | 'heldout12'
  | 'heldout13'
  | 'heldout14'
  | 'heldout15'
  | 'heldout16'
  | 'heldout17'
  | 'heldout18'
  | 'heldout19'
  | 'heldout20'
  | 'heldout21'
  | 'heldout26'
  | 'heldout27'
  | 'heldout24'
  | 'heldout25'
  | 'heldout29',
  Record<string, string[]>
> = {
  shared: {
    'essay-general-secretary.md': [],
    'stalin-to-power.md': [
      '15:misspelling:Zionev:Zinoviev',
      "30:misspelling:Bukarins:Bukharin's",
      '32:misspelling:Zionev:Zinoviev',
    ],
    'stalins-soviet-union.md': ['56:misspelling:Petrolgrad:Petrograd'],
  },
  examples: {
    'economy.md': [],
    'flashcards.md': [
      '6:wrong-date:1918:1917',
      '14:wrong-date:1920:1923',
      '28:wrong-date:1905:1906',
      '34:wrong-date:Trotsky:Joseph Stalin',
      '42:wrong-date:Papen:',
    ],
    'alexander-ii-reforms.md': [],
    'dumas-and-war.md': [],
    'khrushchev.md': [],
    'nazi-foreign-policy.md': [],
    'nazi-control.md': [],
    'power-struggle.md': ['24:misspelling:Zionev:Zinoviev', "24:misspelling:Bukarins:Bukharin's"],
    'slips.md': [
      '8:misspelling:Krondstadt:Kronstadt',
      '2:confusion:13th Party Congress:13th Party Conference',
      '3:wrong-date:1923:1924',
      '4:confusion:15th Party Congress:15th Party Conference',
      '5:anachronism:Leningrad:Petrograd',
      '6:anachronism:Lenin:',
      '7:wrong-date:1 December 1933:1 December 1934',
      '9:confusion:Tomsky:',
      '10:wrong-date:Bukharin:Alexei Rykov',
      '11:wrong-figure:50 million:',
      '12:confusion:The Left:',
    ],
    'terror.md': [],
    'tsarist-russia.md': [],
    'ussr-1941-1964.md': [],
    'weimar-crisis.md': [],
  },
  heldout: {
    // 15 of the 29 errors in the answer key, and nothing on the 17 true statements it says look like errors.
    'russia-1881-1917.md': [
      '14:wrong-date:from 1896 to 1903:',
      '20:wrong-figure:20,000:',
      '22:confusion:Stolypin:Sergei Witte',
      '33:confusion:St Petersburg:Kiev',
      '37:anachronism:Stolypin:',
    ],
    'stalin-1924-1941.md': [
      '3:anachronism:Stalingrad:Tsaritsyn',
      '4:wrong-date:1924:1922',
      '11:wrong-date:14th Party Congress:',
      '13:confusion:Bukharin:',
      '28:wrong-date:1 Dec 1935:1 December 1934',
      '30:confusion:Tomsky:',
      '31:wrong-date:1939:1937',
      '35:wrong-date:1936:1938',
      '39:confusion:Litvinov:',
    ],
    'weimar-nazi-1918-1939.md': [
      '4:wrong-date:March 1921:March 1920',
      '5:confusion:Britain:',
      '11:wrong-date:from 1923 to 1929:',
      '16:anachronism:Stresemann:',
      '24:wrong-figure:43.9:37.3',
      '33:wrong-date:30 June 1933:30 June 1934',
      '33:confusion:Röhm:',
    ],
  },
  // A second set, written on 5 December 2026 without sight of the checker (README.md there: 68 errors, 48 true
  // statements that look like errors). The first three were the set the session tuned on: 2 of 34 found before,
  // 12 after. The last three were measured once, at the end: 3 of 34 (5 after the third set's fixes). Nothing is
  // raised on a true statement.
  heldout2: {
    'russia_alexII_alexIII.md': [
      '8:wrong-figure:2.3 million:',
      '15:wrong-date:1874:1864',
      '18:wrong-date:Loris-Melikov:',
      '24:confusion:Vera Zasulich:',
      "25:confusion:Land and Liberty:the People's Will",
      '26:anachronism:Petrograd:Saint Petersburg',
      '30:confusion:Pobedonostsev:',
      '32:wrong-date:1881:1889',
      '36:confusion:A3:',
    ],
    'stalin_power_economy.md': [
      '5:wrong-date:15th Party Congress:13th Party Congress',
      '10:confusion:Bukharin:',
      '13:wrong-date:Nov 1929:November 1927',
      '18:wrong-figure:1,020:',
      '26:confusion:Moscow:Leningrad',
      '29:confusion:sent to gulag:',
      '30:wrong-date:1936:',
      '32:wrong-date:Beria:Nikolai Yezhov',
      '33:wrong-figure:7 million:',
    ],
    'weimar_1918_1929.md': [
      '5:confusion:Ebert:',
      // "Luxemburg & Liebknecht → tried for treason + executed": each of the two, at each name.
      '11:confusion:Luxemburg:',
      '11:confusion:Liebknecht:',
      '13:confusion:crushed:',
      '13:confusion:the Reichswehr:',
      '18:wrong-figure:10,000:',
      '23:confusion:Britain:',
      '26:confusion:Ludendorff:',
      '30:wrong-date:1923–29:',
      '33:wrong-date:1927:1929',
      '35:anachronism:Stresemann:',
      '39:confusion:Art. 48:',
      '44:wrong-figure:18:2.6',
    ],
    'revolutions_1905_1921.md': [
      '6:confusion:Stolypin:Sergei Witte',
      '14:confusion:St Petersburg:Kiev',
      '21:confusion:the Provisional Govt:',
      '30:wrong-figure:60:',
      '33:anachronism:Sverdlovsk:Yekaterinburg',
      '34:confusion:Kolchak:',
      '38:confusion:Kronstadt revolt:',
      '39:wrong-date:March 1922:March 1921',
    ],
    'khrushchev_1953_64.md': [
      '6:wrong-date:Malenkov:Nikita Khrushchev',
      '10:wrong-date:22nd Party Congress:20th Party Congress',
      // "Imre Nagy → shot during the street fighting, Nov 1956": he was hanged in June 1958.
      '19:wrong-date:Nov 1956:June 1958',
      '29:confusion:Molotov:',
      '29:confusion:Malenkov:',
      '29:confusion:Kaganovich:',
      '32:wrong-figure:2,600:',
      '37:wrong-date:Aug 1962:August 1961',
      '44:wrong-date:Kosygin:',
    ],
    'nazi_consolidation_foreign.md': [
      '3:anachronism:Ebert:',
      '7:wrong-figure:52:43.9',
      '10:confusion:Centre Party:',
      '18:wrong-date:Röhm:',
      '19:confusion:Röhm:',
      '24:wrong-date:Sept 1933:September 1935',
      '36:confusion:Litvinov:',
      '40:confusion:Himmler:Reinhard Heydrich',
    ],
  },
  // A third set, written at the session's end and measured once unread (README.md there): 6 of 36 found; 15 after
  // fixes prompted by its misses.
  heldout3: {
    'russia_1855_1917.md': [
      '4:wrong-date:1863:1861',
      '5:wrong-figure:2 million:',
      '10:confusion:Moscow:Saint Petersburg',
      '21:wrong-date:1904:1905',
      '24:wrong-date:1905:',
      '25:confusion:Stolypin:Sergei Witte',
      '26:confusion:Octobrists:',
      '35:confusion:died:',
      '42:confusion:the Provisional Government:',
      '43:confusion:Tsarskoe Selo:Pskov',
    ],
    'ussr_1917_1964.md': [
      '26:misspelling:collectivisaton:Collectivization',
      '5:wrong-date:Jan 1919:January 1918',
      '6:confusion:Trotsky:',
      '9:anachronism:Stalingrad:Tsaritsyn',
      '15:wrong-date:12th Party Congress:',
      '19:wrong-date:1924:1922',
      '20:confusion:Lenin:',
      '27:wrong-figure:50,000:',
      '31:wrong-date:1936:',
      '34:confusion:Norway:',
    ],
    'germany_1918_1945.md': [
      '37:misspelling:Kristalnacht:Kristallnacht',
      '3:confusion:Sweden:the Netherlands',
      '6:wrong-date:March 1921:March 1920',
      '12:confusion:Spandau prison:',
      '17:confusion:Stresemann:',
      '23:anachronism:Stresemann:',
      '24:wrong-figure:320:230',
      '26:wrong-date:Schleicher:Franz von Papen',
      '32:confusion:Centre Party:',
      '44:confusion:Litvinov:',
      '49:confusion:Himmler:',
    ],
  },
  // A fourth set, written at the fourth session's start (README.md there): 5 of 60 found unread at the start, 8
  // after the first changes; then read and tuned on.
  heldout4: {
    'germany_1918_1933.md': [
      '4:confusion:Sweden:the Netherlands',
      '6:anachronism:the Wehrmacht:',
      '7:confusion:Stresemann:',
      '14:wrong-figure:10,000:',
      '21:wrong-date:June 1924:June 1922',
      '33:confusion:DNVP:',
      '37:wrong-figure:600,000:',
      '43:wrong-date:Papen:',
    ],
    'germany_1933_1945.md': [
      '18:confusion:Bishop Galen:',
      '23:confusion:Schacht:Hermann Göring',
      '30:wrong-date:Sep 1938:September 1935',
      '33:confusion:Warsaw:Prague',
      '38:wrong-figure:9:',
      '46:confusion:Himmler:',
      '48:confusion:Berchtesgaden:',
      '52:confusion:Göring:',
    ],
    'russia_1855_1894.md': [
      '10:wrong-figure:9:',
      '15:wrong-date:1874:1864',
      '17:confusion:Vera Zasulich:',
      '18:wrong-date:Loris-Melikov:Dmitry Milyutin',
      '31:anachronism:Emancipation of Labour:',
      '39:confusion:Witte:Konstantin Pobedonostsev',
      '43:anachronism:Bolshevik:',
      '46:confusion:Tsarskoe Selo:Livadia',
    ],
    'russia_1894_1917.md': [
      '12:confusion:Britain:',
      '16:anachronism:Petrograd Soviet:',
      '17:confusion:Stolypin:Sergei Witte',
      '18:confusion:Octobrists:',
      '35:confusion:Samsonov:',
      '43:confusion:Tsarskoe Selo:Pskov',
      '46:confusion:the Provisional Govt:',
    ],
    'ussr_1917_1941.md': [
      '5:wrong-date:Yagoda:Felix Dzerzhinsky',
      '12:confusion:Omsk:Yekaterinburg',
      '17:confusion:escaped into exile:',
      '24:wrong-date:7th Party Congress:',
      '24:wrong-date:March 1921:March 1918',
      '36:confusion:Bukharin:',
      '40:wrong-figure:1,020:',
      '42:confusion:Molotov:Joseph Stalin',
      '46:wrong-date:Dec 1936:December 1934',
      '50:wrong-date:Yezhov:Lavrentiy Beria',
    ],
    'ussr_1941_1964.md': [
      '4:confusion:Molotov:Joseph Stalin',
      '31:confusion:exiled:',
      '36:wrong-date:22nd Party Congress:20th Party Congress',
      // "Gagarin 1st man in space 12 April 1963".
      '42:wrong-date:12 April 1963:12 April 1961',
      '45:wrong-figure:2,600:',
    ],
  },
  // A fifth set, written during the fourth session and never read while the checker changed: 13 of 60 found at
  // the start, 21 at the end, nothing on a true statement.
  heldout5: {
    'lenin_and_civil_war.md': [
      '6:wrong-date:Dec 1918:December 1917',
      '7:wrong-date:Yagoda:Felix Dzerzhinsky',
      '27:anachronism:Leningrad:Petrograd',
      '28:confusion:escaped to Manchuria:',
      '29:confusion:Tobolsk:Yekaterinburg',
      '45:wrong-date:8th Party Congress:',
      '52:confusion:Trotsky:',
      '53:wrong-date:Jan 1926:January 1924',
    ],
    'nazi_germany.md': [
      '7:confusion:SPD:',
      '7:confusion:Centre Party:',
      '9:confusion:Berlin:Munich',
      '10:confusion:trade unions banned:',
      '12:wrong-date:30 June 1935:30 June 1934',
      '26:confusion:Schacht:Hermann Göring',
      '36:confusion:Eichmann:Reinhard Heydrich',
      '47:wrong-date:June 1942:June 1941',
      '53:confusion:hanged:',
    ],
    'russia_revolutions_1905_1917.md': [
      '5:wrong-date:9 Jan 1906:9 January 1905',
      '9:anachronism:Petrograd Soviet:',
      '12:confusion:Stolypin:Sergei Witte',
      '13:confusion:Octobrists:',
      '29:wrong-figure:90:',
      '31:confusion:Stolypin:',
      '39:confusion:Tsarskoe Selo:Petrograd',
      '44:confusion:the Provisional Government:',
      '46:wrong-date:2 March 1916:2 March 1917',
      '47:wrong-date:Kerensky:Georgy Lvov',
    ],
    'stalin_and_khrushchev.md': [
      '10:confusion:Bukharin:',
      '13:wrong-date:1930:1928',
      '28:confusion:exiled:',
      '29:wrong-date:Beria:Nikolai Yezhov',
      '31:anachronism:KGB:',
      '32:confusion:Norway:',
      '42:wrong-date:5 March 1955:5 March 1953',
      '43:confusion:Khrushchev:',
      '45:wrong-date:22nd Party Congress:20th Party Congress',
    ],
    'tsarist_reform_and_reaction.md': [
      '8:wrong-date:1863:1861',
      '18:wrong-date:Loris-Melikov:Dmitry Milyutin',
      "28:confusion:Land and Liberty:the People's Will",
      '32:wrong-date:Stolypin:',
      '35:wrong-date:1899:1889',
      '39:confusion:Alex III:',
      '44:confusion:Witte:',
      '46:wrong-figure:900:',
    ],
    'weimar_germany.md': [
      '7:anachronism:the Wehrmacht:',
      '8:confusion:Stresemann:',
      '23:wrong-figure:1,000,000:',
      '28:wrong-date:March 1921:March 1920',
      '43:confusion:DNVP:',
      '46:wrong-date:Oct 1927:October 1929',
    ],
  },
  // A sixth set, written in the fifth session: 10 of 60 found unread at its start; then read and worked on.
  heldout6: {
    'germany_1918_1933.md': [
      '13:wrong-date:Philipp Scheidemann:Friedrich Ebert',
      '21:wrong-figure:13.2 bn:',
      '26:anachronism:Wehrmacht:',
      '32:confusion:Spandau:',
      '37:wrong-date:Sept 1928:September 1926',
      '39:wrong-date:April 1927:May 1925',
      '42:confusion:Hugenberg:',
    ],
    'germany_1933_1945.md': [
      '9:confusion:Concordat:',
      '12:confusion:Röhm:',
      '14:wrong-figure:40:',
      '21:confusion:Confessing Church:',
      '25:confusion:Robert Ley:',
      '29:wrong-date:Hjalmar Schacht:Hermann Göring',
      '30:wrong-date:Sept 1937:September 1935',
      '36:anachronism:the UN:',
      '43:wrong-date:20 Jan 1941:20 January 1942',
    ],
    'russia_1855_1904.md': [
      '10:wrong-figure:2 million:',
      '19:anachronism:Cheka:',
      '29:confusion:Moscow:Saint Petersburg',
      '35:confusion:Pobedonostsev:',
      '38:confusion:exiled:',
      '39:wrong-date:1898:1894',
      '46:wrong-date:1898:1891',
    ],
    'russia_1905_1917.md': [
      '5:anachronism:Petrograd:Saint Petersburg',
      '6:confusion:died quietly of natural causes in exile:',
      '21:wrong-date:1908:1906',
      '24:confusion:Moscow:Kiev',
      '29:wrong-date:1916:1914',
      '30:wrong-figure:9,000:',
      '33:confusion:Prince Lvov:',
      '39:confusion:the Provisional Govt:',
      '46:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '7:wrong-date:Genrikh Yagoda:Felix Dzerzhinsky',
      '20:wrong-date:3 March 1919:3 March 1918',
      '27:wrong-date:Zinoviev:',
      '28:confusion:Tobolsk:Yekaterinburg',
      '30:confusion:died in exile:',
      '34:anachronism:KGB:',
      '36:confusion:Congress of Soviets:',
      '46:wrong-date:21 Jan 1922:21 January 1924',
      '52:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '10:anachronism:Petrograd:Leningrad',
      '13:wrong-date:Lavrentiy Beria:Nikolai Yezhov',
      '16:confusion:Norway:',
      '21:confusion:Litvinov:',
      '29:wrong-figure:2.7 million:',
      '33:wrong-date:5 March 1951:5 March 1953',
      '38:confusion:exiled:',
      '39:confusion:Supreme Soviet:',
    ],
  },
  // A seventh set, written in the fifth session: 10 of 60 at its start, 14 unread midway; then read and worked on.
  heldout7: {
    'germany_1918_1933.md': [
      '5:confusion:Ebert:Scheidemann',
      '9:wrong-date:Mar 1921:March 1920',
      '19:confusion:Article 48:',
      '24:anachronism:the Wehrmacht:',
      '25:wrong-date:Erzberger:',
      '28:confusion:Spandau prison:',
      '35:confusion:Hugenberg:',
      '36:wrong-date:Oct 1930:October 1929',
    ],
    'germany_1933_1945.md': [
      '10:wrong-date:Aug 1935:August 1934',
      '19:confusion:Centre Party:',
      '26:confusion:Confessing Church:',
      '30:wrong-date:Schacht:Hermann Göring',
      '47:wrong-date:Sept 1937:September 1935',
      '48:wrong-figure:3,000:',
      '50:confusion:Himmler:Reinhard Heydrich',
      '54:confusion:the Berghof:',
      '55:confusion:Göring:',
    ],
    'russia_1855_1904.md': [
      '13:wrong-date:1898:1891',
      '16:wrong-figure:3 million:',
      '24:anachronism:Petrograd:Saint Petersburg',
      '27:confusion:sent into exile:',
      '32:confusion:Pobedonostsev:',
    ],
    'russia_1905_1917.md': [
      '8:wrong-date:1913:1911',
      '10:wrong-date:Aug 1916:August 1915',
      '16:confusion:died quietly in exile:',
      '34:wrong-figure:9,000:',
      '41:confusion:Mogilev:Pskov',
      '43:wrong-date:Kerensky:Georgy Lvov',
      '44:confusion:the Provisional Govt:',
      '49:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '6:wrong-date:Dec 1918:December 1917',
      '11:wrong-date:21 Jan 1923:21 January 1924',
      '16:confusion:Constituent Assembly:',
      '19:wrong-date:Bukharin:',
      '30:confusion:Tobolsk:Yekaterinburg',
      '45:wrong-date:Stalin:',
    ],
    'ussr_1928_1964.md': [
      '7:wrong-date:Dec 1936:December 1934',
      '13:wrong-date:1959:1957',
      '18:confusion:Bukharin:',
      '24:wrong-date:Beria:Nikolai Yezhov',
      '26:confusion:sent to the Gulag:',
      '27:anachronism:KGB:',
      '29:confusion:Istanbul:Mexico City',
      '35:wrong-figure:2.7 million:',
      '47:confusion:Supreme Soviet:',
    ],
  },
  // An eighth set, written in the fifth session: 14 of 60 at its start, 19 unread late on; then read and worked on.
  heldout8: {
    'germany_1918_1933.md': [
      '7:confusion:Article 48:',
      '18:anachronism:NSDAP:',
      '20:confusion:Spandau prison:',
      '26:wrong-date:1927:1925',
      '28:confusion:Stresemann:',
      '34:wrong-figure:207:107',
    ],
    'germany_1933_1945.md': [
      '20:confusion:Adolf Eichmann:Reinhard Heydrich',
      '33:wrong-date:Sept 1936:September 1935',
      '35:wrong-figure:3,000:',
      '50:wrong-date:20 Jan 1943:20 January 1942',
      '54:confusion:shot:',
    ],
    'russia_1855_1904.md': [
      '11:wrong-date:1866:1864',
      '25:confusion:urged:',
      '31:confusion:exiled:',
      '34:wrong-date:Oct 1896:November 1894',
      '39:wrong-date:1892–1903:',
      '40:wrong-figure:900:',
    ],
    'russia_1905_1917.md': [
      '3:anachronism:Petrograd:Saint Petersburg',
      '6:confusion:lived out the rest of his life quietly in exile:',
      '17:wrong-date:September 1913:September 1911',
      '22:wrong-figure:9,000:',
      '25:wrong-date:1916:1915',
      '32:confusion:Tsarskoye Selo:Pskov',
      '34:wrong-date:Kerensky:Georgy Lvov',
      '35:confusion:the Provisional Government:',
      '39:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '4:confusion:Constituent Assembly:',
      '13:wrong-date:3 March 1919:3 March 1918',
      '17:anachronism:Leningrad:Petrograd',
      '24:confusion:Tobolsk:Yekaterinburg',
      '44:wrong-date:January 1925:January 1924',
      '49:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '17:wrong-date:1 Dec 1936:1 December 1934',
      '19:confusion:sent to the Gulag:',
      '23:wrong-date:Beria:Nikolai Yezhov',
      '24:anachronism:KGB:',
      '27:confusion:Paris:Mexico City',
      '36:wrong-figure:2.7 million:',
      '47:confusion:Supreme Soviet:',
      '49:confusion:Khrushchev:',
      '52:wrong-date:Oct 1959:October 1957',
      '54:wrong-date:Andropov:Leonid Brezhnev',
    ],
  },
  // A ninth set, written late in the fifth session and never read while the checker changed: 11 of 60 at the
  // session's start, 18 counted unread, 20 at its end (two rules prompted by its writer's report), nothing on a true
  // statement.
  heldout9: {
    'germany_1918_1933.md': [
      '15:confusion:Ebert:Scheidemann',
      '30:wrong-date:June 1921:June 1922',
      '42:wrong-date:1926:1925',
      '45:confusion:Stresemann:',
      '48:wrong-figure:600,000:',
      '51:confusion:KPD:',
      '54:wrong-date:Papen:',
    ],
    'germany_1933_1945.md': [
      '12:confusion:Concordat:',
      '13:anachronism:Waffen-SS:',
      '21:confusion:Confessing Church:',
      '25:confusion:Robert Ley:',
      '32:wrong-date:Schacht:Hermann Göring',
      '40:wrong-date:Mar 36:March 1938',
      '49:confusion:the Berghof:',
      '50:confusion:Rommel:',
      '56:wrong-figure:3,000:',
      '58:wrong-date:20 Jan 41:20 January 1942',
    ],
    'russia_1855_1904.md': [
      '10:wrong-figure:2.3 million:',
      '14:wrong-date:Loris-Melikov:',
      '22:confusion:Pobedonostsev:',
      '22:confusion:Alexander III:',
      '26:confusion:exiled:',
      '32:wrong-date:1881:1891',
      '39:confusion:St Petersburg:Moscow',
      '42:anachronism:Bolshevik:',
      '43:confusion:Kalyaev:Yegor Sazonov',
    ],
    'russia_1905_1917.md': [
      '5:wrong-date:May 1904:May 1905',
      '9:confusion:died in exile:',
      "14:anachronism:Petrograd Soviet of Workers' Deputies:",
      '17:confusion:Octobrists:',
      '33:wrong-figure:9,000:',
      '36:wrong-date:1916:1915',
      '43:confusion:the Provisional Government:',
      '44:confusion:Tsarskoe Selo:Pskov',
    ],
    'russia_1917_1928.md': [
      '10:wrong-date:Dec 1918:December 1917',
      '13:confusion:Trotsky:',
      '23:anachronism:Leningrad:Petrograd',
      '30:wrong-figure:500,000:',
      '31:confusion:Frunze:',
      '32:confusion:Congress of Soviets:',
      '35:wrong-date:Dec 1923:December 1922',
      '45:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '11:wrong-date:December 1935:December 1934',
      '13:wrong-date:Genrikh Yagoda:',
      '15:wrong-figure:68,000:',
      '21:wrong-date:Maxim Litvinov:Vyacheslav Molotov',
      '25:wrong-date:February 1942:',
      '33:confusion:Trofim Lysenko:',
      '39:confusion:Supreme Soviet:',
    ],
  },
  heldout10: {
    'germany_1918_1933.md': [
      '14:confusion:Article 48:',
      '21:wrong-date:March 1921:March 1920',
      '23:confusion:died in exile:',
      '29:confusion:Spandau prison:',
      '37:wrong-date:1926:1929',
      '38:confusion:Hugenberg:',
      '43:anachronism:NSDAP:',
      '46:wrong-date:Papen:Heinrich Brüning',
      '48:wrong-figure:600,000:',
    ],
    'germany_1933_1945.md': [
      '7:confusion:KPD:',
      '11:confusion:Röhm:',
      '24:confusion:Bishop von Galen:',
      '37:wrong-date:Sept 1936:September 1935',
      '39:wrong-date:9–10 Nov 1937:1938',
      '46:anachronism:the Reichswehr:',
      '53:confusion:Himmler:Reinhard Heydrich',
      '58:confusion:the Berghof:',
    ],
    'russia_1855_1904.md': [
      '9:wrong-figure:2 million:',
      '12:wrong-date:1866:1864',
      '21:anachronism:the Okhrana:',
      '24:confusion:Moscow:Saint Petersburg',
      '25:confusion:Zhelyabov:Ignacy Hryniewiecki',
      '30:confusion:Alexander III:',
      '34:confusion:exiled:',
      '36:wrong-date:1896:1894',
    ],
    'russia_1905_1917.md': [
      '5:anachronism:Petrograd:Saint Petersburg',
      '9:wrong-date:17 Oct 1906:17 October 1905',
      '11:confusion:ended his days in exile:',
      '25:wrong-date:Sept 1913:September 1911',
      '31:confusion:Rennenkampf:',
      '42:confusion:the Provisional Govt:',
      '44:wrong-date:Kerensky:Georgy Lvov',
      '50:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '5:wrong-date:Dec 1918:December 1917',
      '7:wrong-figure:70:',
      '10:confusion:Trotsky:',
      '11:anachronism:USSR:',
      '18:confusion:Stalin:',
      '20:confusion:Tobolsk:Yekaterinburg',
      '22:confusion:died in exile:',
      '33:confusion:Congress of Soviets:',
      '40:wrong-date:Jan 1925:January 1924',
    ],
    'ussr_1928_1964.md': [
      '11:anachronism:KGB:',
      '13:confusion:Dizzy with Success:',
      '19:wrong-date:1 Dec 1935:1 December 1934',
      '25:confusion:Norway:',
      '34:wrong-figure:2 million:',
      '45:confusion:sentenced to a labour camp:',
      '49:wrong-date:Feb 1957:February 1956',
      '50:confusion:Supreme Soviet:',
    ],
  },
  heldout11: {
    'germany_1918_1933.md': [
      '4:confusion:Ebert:Scheidemann',
      '25:anachronism:NSDAP:',
      '26:wrong-date:8–9 Nov 1924:1923',
      '27:confusion:Spandau prison:',
      // "Apr 1926 – Hindenburg elected President after Ebert's death": the line's date is the election's, not the
      // death's, and a fix to February 1925 would misdate the election. Said once, and the line left alone.
      '36:confusion:Hugenberg:',
      '36:confusion:DNVP:',
      '37:confusion:Stresemann:',
    ],
    'germany_1933_1945.md': [
      '7:confusion:Catholic Centre Party:',
      '9:confusion:Himmler:Hermann Göring',
      '12:anachronism:the Waffen-SS:',
      '13:wrong-date:2 Aug 1935:2 August 1934',
      '37:wrong-date:20 Jan 1941:20 January 1942',
      '38:confusion:Adolf Eichmann:Reinhard Heydrich',
      '45:wrong-figure:59:',
      '51:confusion:Rommel:',
      '52:confusion:the Berghof:',
    ],
    'russia_1855_1904.md': [
      '7:wrong-figure:3 million:',
      '11:wrong-date:1870:1864',
      '16:wrong-date:13 March 1883:13 March 1881',
      '17:confusion:Land and Liberty:',
      '18:confusion:Vera Zasulich:Ignacy Hryniewiecki',
      '22:confusion:Alex III:',
      '26:confusion:exiled:',
      '29:confusion:Tsarskoe Selo:Livadia',
      '43:anachronism:Bolshevik party:',
    ],
    'russia_1905_1917.md': [
      '9:wrong-date:17 Oct 1906:17 October 1905',
      '15:confusion:rejected:',
      '32:wrong-figure:9,000:',
      '35:wrong-date:Dec 1915:December 1916',
      '41:confusion:the Provisional Govt:',
      '44:wrong-date:Kerensky:Georgy Lvov',
    ],
    'russia_1917_1928.md': [
      '4:confusion:Constituent Assembly:',
      '4:wrong-date:26 Oct 1917:18 January 1918',
      '10:anachronism:the USSR:',
      '17:confusion:Stalin:',
      '21:confusion:Tobolsk:Yekaterinburg',
      '23:confusion:lived out his days in exile:',
      '38:wrong-date:21 Jan 1925:21 January 1924',
      '41:confusion:Nikolai Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '14:wrong-date:Mar 1932:March 1930',
      '19:wrong-date:1 Dec 1935:1 December 1934',
      '21:confusion:exiled:',
      '22:confusion:Nikolai Yezhov:',
      '22:anachronism:KGB:',
      '33:confusion:Kursk:',
      '35:wrong-figure:2.7 million:',
      '44:confusion:Supreme Soviet:',
    ],
  },
  heldout12: {
    'germany_1918_1933.md': [
      '5:confusion:Ebert:Scheidemann',
      '11:confusion:Rosa Luxemburg:',
      '19:wrong-date:March 1921:March 1920',
      '24:confusion:Spandau prison:',
      '33:wrong-date:Oct 1930:October 1929',
      '38:wrong-figure:600,000:',
    ],
    'germany_1933_1945.md': [
      '7:wrong-date:30 Jun 1935:30 June 1934',
      '22:anachronism:the RSHA:',
      '23:confusion:Concordat:',
      '28:confusion:Schacht:Hermann Göring',
      '35:wrong-figure:3,000:',
      '45:wrong-date:Jan 1943:January 1942',
    ],
    'russia_1855_1904.md': [
      '19:wrong-date:1866:1864',
      '26:confusion:Vera Zasulich:Ignacy Hryniewiecki',
      '28:confusion:exiled:',
      // "hanged in the Peter & Paul Fortress, St P": Shlisselburg, by the student's short name for the city.
      '40:confusion:St P:Shlisselburg',
      '41:wrong-figure:4 million:',
      '53:confusion:A3:',
    ],
    'russia_1905_1917.md': [
      '7:confusion:died of illness in exile:',
      '12:wrong-date:17 Oct 1906:17 October 1905',
      '16:wrong-date:Oct 1905:',
      '29:wrong-figure:9,000:',
      '33:confusion:Prince Lvov:',
      '38:confusion:the Provisional Govt:',
      '39:confusion:Tsarskoe Selo:Pskov',
      '55:wrong-date:Sept 1913:September 1911',
    ],
    'russia_1917_1928.md': [
      '16:anachronism:the USSR:',
      '23:confusion:Tobolsk:Yekaterinburg',
      '24:confusion:Maria Spiridonova:Fanny Kaplan',
      '34:confusion:2nd Congress of Soviets:',
      '35:wrong-figure:500,000:',
      '41:confusion:Bukharin:',
      '42:confusion:Rykov:',
      '53:wrong-date:21 Jan 1925:21 January 1924',
    ],
    'ussr_1928_1964.md': [
      '20:wrong-date:Beria:Nikolai Yezhov',
      '24:confusion:died in a Kolyma labour camp:',
      '27:anachronism:KGB:',
      '31:wrong-figure:2.7 million:',
      '34:confusion:Lysenko:',
      '54:wrong-date:1 Dec 1936:1 December 1934',
    ],
  },
  heldout13: {
    'germany_1918_1933.md': [
      '5:confusion:Ebert:Scheidemann',
      '16:confusion:Article 48:',
      '20:wrong-date:Mar 1921:March 1920',
      '26:confusion:Spandau:',
      '35:confusion:DNVP:',
      '36:confusion:Stresemann:',
      '44:wrong-figure:320:230',
      '47:confusion:Brüning:',
    ],
    'germany_1933_1945.md': [
      '8:anachronism:the Waffen-SS:',
      '12:wrong-date:Röhm:Heinrich Himmler',
      '15:wrong-figure:38:',
      '21:confusion:Pastor Niemöller:',
      '27:confusion:Himmler:Hermann Göring',
      '34:wrong-date:Sept 1936:September 1935',
      '41:wrong-date:March 1937:March 1938',
      '49:confusion:Eichmann:Reinhard Heydrich',
      '53:confusion:the Berghof:',
      '54:confusion:Himmler:',
    ],
    'russia_1855_1904.md': [
      '6:wrong-figure:19:',
      '12:anachronism:Petrograd:Saint Petersburg',
      '23:confusion:Pobedonostsev:',
      '28:confusion:Alex III:',
      '34:wrong-date:1895:1891',
      '45:wrong-date:1905:1903',
    ],
    'russia_1905_1917.md': [
      '6:confusion:died quietly in exile:',
      '9:wrong-date:17 Oct 1906:17 October 1905',
      '28:confusion:Moscow:Kiev',
      '29:wrong-date:April 1914:April 1912',
      '33:wrong-figure:9,000:',
      '43:confusion:the Provisional Govt:',
      '45:wrong-date:Kerensky:Georgy Lvov',
      '51:confusion:the April Theses:',
      '55:anachronism:Leningrad:Petrograd',
    ],
    'russia_1917_1928.md': [
      '4:wrong-date:Yagoda:Felix Dzerzhinsky',
      '10:wrong-date:Mar 1919:March 1918',
      '17:confusion:Stalin:',
      '18:confusion:Tobolsk:Yekaterinburg',
      '20:confusion:died in exile:',
      '22:anachronism:the USSR:',
      '24:wrong-figure:500,000:',
      '29:wrong-date:Mar 1922:March 1921',
      '43:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '15:wrong-date:Dec 1936:December 1934',
      '17:wrong-date:Beria:Nikolai Yezhov',
      '19:anachronism:KGB:',
      '22:confusion:Norway:',
      '25:confusion:Litvinov:',
      '29:confusion:Kursk:',
      '40:confusion:exiled:',
      '42:confusion:Supreme Soviet:',
      '46:wrong-date:Oct 1961:October 1962',
    ],
  },
  heldout14: {
    'germany_1918_1933.md': [
      '13:confusion:Art. 48:',
      '20:wrong-date:Mar 1921:March 1920',
      '32:wrong-date:1926:1924',
      '33:confusion:Ebert:',
      '40:anachronism:NSDAP:',
      '45:wrong-figure:600,000:',
    ],
    'germany_1933_1945.md': [
      '16:wrong-date:Sept 1937:September 1935',
      '17:anachronism:Auschwitz:',
      '19:wrong-date:Jan 1941:January 1942',
      '20:confusion:Himmler:Reinhard Heydrich',
      '29:wrong-date:Schacht:Hermann Göring',
      '35:wrong-figure:9:',
      '49:confusion:the Berghof:Führerbunker',
      '53:confusion:Göring:',
    ],
    'russia_1855_1904.md': [
      '4:confusion:Crimean War:',
      '9:wrong-date:1863:1861',
      '23:confusion:Moscow:Saint Petersburg',
      '26:confusion:Loris-Melikov:Konstantin Pobedonostsev',
      '38:wrong-date:1881:1891',
      '46:anachronism:Petrograd:Saint Petersburg',
      '50:wrong-date:1903:1898',
    ],
    'russia_1905_1917.md': [
      '7:wrong-date:Oct 1906:October 1905',
      '22:confusion:Moscow:Kiev',
      '28:wrong-figure:9,000:',
      '32:wrong-date:Dec 1915:December 1916',
      '33:confusion:Witte:',
      '39:confusion:the Provisional Govt:',
      '46:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '6:wrong-date:Genrikh Yagoda:Felix Dzerzhinsky',
      '11:confusion:Trotsky:',
      '18:confusion:Tobolsk:Yekaterinburg',
      '21:confusion:escaped to exile in Paris:',
      '39:wrong-date:21 Jan 1925:21 January 1924',
      '46:confusion:Bukharin:Leon Trotsky',
    ],
    'ussr_1928_1964.md': [
      '11:wrong-date:Dec 1936:December 1934',
      '13:wrong-date:Yagoda:',
      '15:anachronism:KGB:',
      '16:confusion:Oslo:Mexico City',
      '26:wrong-figure:2 million:',
      '36:confusion:exiled:',
      '37:wrong-date:Feb 1957:February 1956',
      '40:confusion:Khrushchev:',
    ],
  },
  heldout15: {
    'germany_1918_1933.md': [
      '8:wrong-date:June 1924:June 1922',
      '9:confusion:Gustav Stresemann:',
      '19:wrong-date:Mar 1921:March 1920',
      '32:anachronism:the Wehrmacht:',
      '42:confusion:Spandau prison:',
      '51:wrong-figure:600,000:',
    ],
    'germany_1933_1945.md': [
      '6:confusion:Heinrich Himmler:',
      '10:confusion:Clemens von Galen:',
      '19:wrong-date:Sept 1937:September 1935',
      '22:wrong-date:Jan 1944:January 1942',
      '26:anachronism:Auschwitz:',
      '30:confusion:SA:',
      '34:wrong-date:Schacht:Hermann Göring',
      '46:confusion:the Berghof:',
      '51:wrong-figure:3,000:',
      '53:confusion:Himmler:Reinhard Heydrich',
    ],
    'russia_1855_1904.md': [
      '10:confusion:exiled:',
      '20:wrong-date:1881:1891',
      '21:wrong-date:1896:1894',
      '27:wrong-figure:9:',
      '33:anachronism:Petrograd:Saint Petersburg',
      '36:confusion:Moscow:Saint Petersburg',
    ],
    'russia_1905_1917.md': [
      '18:wrong-date:1910:1912',
      '27:confusion:Stolypin:Sergei Witte',
      '29:anachronism:Red Army:',
      '39:confusion:Moscow:Kiev',
      '43:wrong-figure:2,000:',
      '52:confusion:the Provisional Govt:',
      '53:confusion:Lenin:',
    ],
    'russia_1917_1928.md': [
      '8:confusion:Bukharin:',
      '18:wrong-date:Mar 1919:March 1918',
      '21:wrong-date:21 Jan 1925:21 January 1924',
      '24:confusion:Constituent Assembly:',
      '25:wrong-figure:60:',
      '34:confusion:Tobolsk:Yekaterinburg',
      '49:confusion:Trotsky:',
    ],
    'ussr_1928_1964.md': [
      '16:wrong-date:Dec 1936:December 1934',
      '19:wrong-date:Feb 1942:',
      '35:anachronism:KGB:',
      '36:confusion:Istanbul:Mexico City',
      '50:wrong-date:Khrushchev:',
      '51:confusion:sent to run a power station:',
      '52:confusion:Supreme Soviet:',
    ],
  },
  heldout16: {
    'germany_1918_1933.md': [
      '21:wrong-date:Mar 1921:March 1920',
      '32:confusion:Stresemann:',
      '38:wrong-date:Schleicher:',
      '39:wrong-figure:600,000:',
      '46:wrong-date:8–9 Nov 1924:1923',
      '49:confusion:Spandau prison:',
    ],
    'germany_1933_1945.md': [
      '7:confusion:KPD:',
      '10:anachronism:the United Nations:',
      '11:wrong-date:30 June 1935:30 June 1934',
      '13:wrong-figure:40:',
      '19:confusion:Niemöller:',
      '24:wrong-date:Schacht:Hermann Göring',
      '32:wrong-date:9–10 Nov 1939:1938',
      '49:confusion:Berchtesgaden:',
      '53:confusion:Himmler:Reinhard Heydrich',
      '57:confusion:Himmler:',
    ],
    'russia_1855_1904.md': [
      '12:wrong-date:1883:1881',
      '38:confusion:Moscow:Saint Petersburg',
      '40:confusion:Sophia Perovskaya:',
      '41:confusion:Bakunin:',
      '46:confusion:A3:',
      '51:wrong-date:1881–96:',
      '55:wrong-date:Pobedonostsev:Sergei Witte',
      '56:wrong-figure:900:',
      '57:anachronism:State Duma:',
    ],
    'russia_1905_1917.md': [
      '5:anachronism:Petrograd:Saint Petersburg',
      '10:wrong-date:17 Oct 1906:17 October 1905',
      '25:wrong-date:Sept 1913:September 1911',
      '40:confusion:Tsarskoye Selo:Pskov',
      '45:wrong-date:Kerensky:Georgy Lvov',
      '50:confusion:Lenin:',
      '54:confusion:Kornilov:',
    ],
    'russia_1917_1928.md': [
      '4:wrong-date:Genrikh Yagoda:Felix Dzerzhinsky',
      '7:wrong-date:3 Mar 1919:3 March 1918',
      '8:anachronism:the USSR:',
      '9:confusion:Tobolsk:Yekaterinburg',
      '32:confusion:died in exile:',
      '35:confusion:Stalin:',
      '56:wrong-date:21 Jan 1926:21 January 1924',
    ],
    'ussr_1928_1964.md': [
      '7:wrong-date:Dec 1936:December 1934',
      '11:wrong-date:22 June 1942:22 June 1941',
      '30:confusion:sent to the Gulag:',
      '33:anachronism:KGB:',
      '40:confusion:Kursk:',
      '42:wrong-figure:2.7 million:',
      '50:confusion:Supreme Soviet:',
      '56:wrong-date:Malenkov:',
    ],
  },
  heldout17: {
    'germany_1918_1933.md': [
      '26:wrong-date:March 1922:March 1920',
      '33:confusion:Spandau:',
      '40:confusion:DNVP:',
      '41:wrong-date:Oct 1931:October 1929',
      '46:wrong-figure:600,000:',
    ],
    'germany_1933_1945.md': [
      '7:wrong-figure:88:43.9',
      '12:wrong-date:Aug 1935:August 1934',
      '24:confusion:Pastor Niemöller:',
      '32:wrong-date:Albert Speer:Hermann Göring',
      '42:wrong-date:9–10 Nov 1936:1938',
      '43:confusion:Himmler:Reinhard Heydrich',
      '54:confusion:Himmler:',
    ],
    'russia_1855_1904.md': [
      '8:wrong-date:1863:1861',
      '9:wrong-figure:3 million:',
      '28:confusion:Pobedonostsev:',
      '31:wrong-date:1887:1894',
      '46:anachronism:Petrograd:Saint Petersburg',
      '52:confusion:St Petersburg:Moscow',
    ],
    'russia_1905_1917.md': [
      '24:confusion:Milyukov:Alexander Guchkov',
      '35:wrong-figure:5,000:',
      '37:wrong-date:Sept 1916:September 1915',
      '39:wrong-date:Dec 1915:December 1916',
      '46:confusion:Tsarskoe Selo:Pskov',
      '49:confusion:the Provisional Govt:',
      '54:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '8:wrong-date:Dec 1918:December 1917',
      '15:anachronism:The USSR:',
      '22:confusion:Tobolsk:Yekaterinburg',
      '23:confusion:died there in exile:',
      '30:wrong-date:March 1920:March 1921',
      '34:wrong-figure:50,000:',
      '40:confusion:Trotsky:',
      '45:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '19:wrong-date:Dec 1936:December 1934',
      '22:wrong-date:Beria:Nikolai Yezhov',
      '25:anachronism:KGB:',
      '28:confusion:Norway:',
      '33:wrong-date:22 June 1942:22 June 1941',
      '36:wrong-figure:2 million:',
      '50:confusion:allowed to retire:',
      '51:confusion:Supreme Soviet:',
    ],
  },
  heldout18: {
    'germany_1918_1933.md': [
      '9:wrong-date:Hindenburg:Friedrich Ebert',
      '18:wrong-date:Mar 1921:March 1920',
      '19:anachronism:the Wehrmacht:',
      '23:wrong-date:Brüning:Gustav Stresemann',
      '25:confusion:Spandau:',
      '32:confusion:Stresemann:',
      '34:wrong-date:Oct 1931:October 1929',
      '40:wrong-figure:600,000:',
    ],
    'germany_1933_1945.md': [
      '6:confusion:KPD:',
      '11:wrong-date:Aug 1935:August 1934',
      '22:confusion:Confessing Church:',
      '29:wrong-date:9–10 Nov 1939:1938',
      '48:confusion:Eichmann:Reinhard Heydrich',
      '52:confusion:the Berghof:',
      '53:confusion:Himmler:',
    ],
    'russia_1855_1904.md': [
      '12:wrong-figure:2 million:',
      '15:wrong-date:1874:1864',
      '28:wrong-date:Loris-Melikov:Konstantin Pobedonostsev',
      '37:confusion:Alex III:',
      '40:wrong-date:Stolypin:Sergei Witte',
      '43:wrong-date:1881:1891',
      '45:anachronism:Petrograd:Saint Petersburg',
    ],
    'russia_1905_1917.md': [
      '5:confusion:Gapon:',
      "7:anachronism:Petrograd Soviet of Workers' Deputies:",
      '9:wrong-date:Oct 1906:October 1905',
      '25:wrong-date:Sept 1913:September 1911',
      '30:wrong-figure:1,000:',
      '41:confusion:the Provisional Govt:',
      '44:wrong-date:Kerensky:Georgy Lvov',
      '48:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '7:wrong-date:Trotsky:',
      '13:wrong-date:Mar 1919:March 1918',
      '21:confusion:Tobolsk:Yekaterinburg',
      // "Denikin → captured by the Reds and shot, 1920": he died in exile in 1947.
      '22:confusion:Denikin:',
      '26:anachronism:the USSR:',
      '43:wrong-date:Zinoviev:',
      '47:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '17:wrong-date:Dec 1935:December 1934',
      '21:wrong-date:Beria:Nikolai Yezhov',
      '22:anachronism:KGB:',
      '25:confusion:Paris:Mexico City',
      '43:confusion:Secret Speech:',
      '52:wrong-date:5 Mar 1955:5 March 1953',
    ],
  },
  heldout19: {
    'germany_1918_1933.md': [
      '4:confusion:Ebert:Scheidemann',
      '12:confusion:Article 48:',
      '14:confusion:Stresemann:',
      '15:wrong-date:Mar 1921:March 1920',
      '19:confusion:Spandau:',
      '26:wrong-date:Oct 1931:October 1929',
      '27:confusion:Ebert:',
      '46:anachronism:NSDAP:',
    ],
    'germany_1933_1945.md': [
      '9:wrong-date:30 June 1935:30 June 1934',
      '18:confusion:Pastor Niemöller:',
      '22:wrong-date:Albert Speer:Hermann Göring',
      '26:confusion:Munich:',
      '32:wrong-date:Sept 1933:September 1935',
      '35:confusion:Himmler:Reinhard Heydrich',
      '42:confusion:Rommel:',
    ],
    'russia_1855_1904.md': [
      '10:wrong-date:1868:1864',
      '16:confusion:Moscow:Saint Petersburg',
      '21:confusion:Alexander III:',
      '25:confusion:exiled:',
      '29:wrong-date:Stolypin:Sergei Witte',
      '30:wrong-figure:900:',
      '38:wrong-date:1898:1903',
      '47:wrong-date:Mar 1883:March 1881',
    ],
    'russia_1905_1917.md': [
      '6:wrong-date:Oct 1905:',
      '9:wrong-date:17 Oct 1906:17 October 1905',
      '23:wrong-figure:9,000:',
      '26:wrong-date:Aug 1916:August 1915',
      '32:confusion:Tsarskoye Selo:Pskov',
      '33:wrong-date:Milyukov:Georgy Lvov',
      '34:confusion:the Provisional Govt:',
      '36:confusion:April Theses:',
      '38:confusion:Brusilov:Kornilov',
    ],
    'russia_1917_1928.md': [
      '5:wrong-date:Zinoviev:Felix Dzerzhinsky',
      '8:confusion:Trotsky:',
      '15:confusion:Tobolsk:Yekaterinburg',
      '17:confusion:died in exile:',
      '19:anachronism:the USSR:',
      '23:wrong-figure:50,000:',
      '27:confusion:Comintern:',
      '34:wrong-date:21 Jan 1923:21 January 1924',
      '36:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '15:wrong-date:Dec 1936:December 1934',
      '17:wrong-date:Yagoda:',
      '19:confusion:KGB:',
      '21:confusion:Turkey:',
      '24:confusion:Litvinov:',
      '26:wrong-date:22 June 1942:22 June 1941',
      '28:confusion:Kursk:',
      '29:wrong-figure:2.7 million:',
      '35:confusion:sent to a labour camp:',
      '38:confusion:Supreme Soviet:',
    ],
  },
  heldout20: {
    'germany_1918_1933.md': [
      '4:confusion:Ebert:Scheidemann',
      '16:anachronism:NSDAP:',
      '24:confusion:Spandau prison:',
      '33:wrong-date:1927:1929',
      '34:confusion:DNVP:',
      '35:confusion:Stresemann:',
    ],
    'germany_1933_1945.md': [
      '10:confusion:it:',
      '19:wrong-date:Schacht:Hermann Göring',
      '24:wrong-date:Mar 1939:March 1938',
      '32:wrong-date:20 Jan 1941:20 January 1942',
      '34:confusion:Adolf Eichmann:Reinhard Heydrich',
      '35:wrong-figure:9,000:',
      '38:confusion:the Berghof:',
      '39:confusion:Rommel:',
    ],
    'russia_1855_1904.md': [
      '8:wrong-figure:2.3 million:',
      '36:wrong-date:1886:1889',
      '37:confusion:exiled:',
      '38:wrong-date:1895:1891',
      '45:confusion:discouraged:',
      '50:confusion:St Petersburg:Moscow',
      '51:wrong-date:1898:1903',
    ],
    'russia_1905_1917.md': [
      '12:wrong-date:Oct 1905:',
      '16:wrong-date:Apr 1907:April 1906',
      '29:wrong-figure:9,000:',
      '30:wrong-date:Sept 1916:September 1915',
      '35:confusion:the Provisional Government:',
      '43:confusion:Brusilov:Kornilov',
    ],
    'russia_1917_1928.md': [
      '8:anachronism:the USSR:',
      '18:confusion:Tobolsk:Yekaterinburg',
      '27:wrong-date:Mar 1922:March 1921',
      '30:wrong-figure:500,000:',
      '35:wrong-date:Dec 1924:December 1922',
    ],
    'ussr_1928_1964.md': [
      '14:wrong-date:1 Dec 1935:1 December 1934',
      '16:wrong-date:Beria:Nikolai Yezhov',
      '18:wrong-figure:68,000:',
      '20:confusion:died in a labour camp:',
      '23:confusion:Norway:',
      '30:wrong-date:Feb 1942:',
      '39:wrong-date:19th Party Congress:20th Party Congress',
    ],
  },
  heldout21: {
    'germany_1918_1933.md': [
      '13:wrong-date:March 1921:March 1920',
      '16:anachronism:NSDAP:',
      '30:confusion:Alfred Hugenberg:',
      '31:confusion:Stresemann:',
      '32:wrong-date:1926:1925',
      '34:wrong-figure:12:107',
    ],
    'germany_1933_1945.md': [
      '11:confusion:KPD:',
      '17:anachronism:the Wehrmacht:',
      '22:wrong-date:Hjalmar Schacht:Hermann Göring',
      '25:wrong-date:September 1936:September 1935',
      '27:wrong-figure:3,000:',
      '33:wrong-date:January 1941:January 1942',
      '36:confusion:Himmler:',
      '37:confusion:the Berghof:',
      '39:confusion:Himmler:',
    ],
    'russia_1855_1904.md': [
      '39:misspelling:Vishnegradsky:Vyshnegradsky',
      '7:wrong-date:1870:1864',
      '36:confusion:Land Captains:',
      '41:wrong-figure:4 million:',
      '44:confusion:St Petersburg:Moscow',
    ],
    'russia_1905_1917.md': [
      '9:anachronism:Petrograd Soviet of Workers’ Deputies:',
      '13:confusion:Alexander Guchkov:Pavel Milyukov',
      '14:confusion:Stolypin’s land reforms:',
      '17:wrong-date:September 1912:September 1911',
      '21:wrong-date:September 1916:September 1915',
      '34:confusion:the Provisional Government:',
    ],
    'russia_1917_1928.md': [
      '5:wrong-date:December 1918:December 1917',
      '16:anachronism:Leningrad:Petrograd',
      '17:confusion:died in exile:',
      '19:wrong-figure:half a :',
      '35:confusion:Bukharin:',
      '41:wrong-date:December 1924:December 1922',
    ],
    'ussr_1928_1964.md': [
      '10:wrong-date:March 1931:March 1930',
      '12:wrong-date:1 December 1935:1 December 1934',
      '15:wrong-date:Genrikh Yagoda:',
      '16:anachronism:KGB:',
      '17:wrong-figure:68,000:',
      '19:confusion:Litvinov:',
    ],
  },
  heldout26: {
    'germany_1918_1933.md': [
      '16:wrong-date:March 1921:March 1920',
      '17:confusion:Berlin:Bad Griesbach',
      '31:confusion:Gustav Stresemann:',
      '32:wrong-date:1926:1924',
      '36:confusion:Stresemann:',
      '41:wrong-figure:3 million:',
      '49:confusion:Nazis:',
    ],
    'germany_1933_1945.md': [
      '15:confusion:Centre Party:',
      '16:confusion:Nuremberg:Munich',
      '28:wrong-date:September 1936:September 1935',
      '29:wrong-figure:3,000:',
      '30:wrong-date:January 1941:January 1942',
      '34:confusion:Clemens von Galen:',
      '43:confusion:tried:',
    ],
    'russia_1855_1904.md': [
      '16:wrong-figure:29:',
      '29:anachronism:Petrograd:Saint Petersburg',
      '35:confusion:died in exile:',
      '46:wrong-date:Ivan Vyshnegradsky:Sergei Witte',
      '50:confusion:Pyotr Lavrov:',
      '55:confusion:St Petersburg:Moscow',
    ],
    'russia_1905_1917.md': [
      '13:wrong-date:October 1906:October 1905',
      '14:confusion:Pyotr Stolypin:Sergei Witte',
      '16:anachronism:Petrograd Soviet:',
      '33:wrong-figure:9,000:',
      '40:confusion:Moscow:Kiev',
      '41:wrong-date:December 1915:December 1916',
      '46:wrong-date:Alexander Kerensky:Georgy Lvov',
      '47:confusion:April Theses:',
    ],
    'russia_1917_1928.md': [
      '12:wrong-date:July 1918:December 1917',
      '23:confusion:lived out his life in exile:',
      '28:confusion:Tobolsk:Yekaterinburg',
      '29:anachronism:Stalingrad:Tsaritsyn',
      '34:wrong-date:Twelfth Party Congress:',
      '34:wrong-date:1921:1923',
      '48:confusion:Nikolai Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '17:wrong-date:December 1936:December 1934',
      '19:wrong-date:Lavrentiy Beria:Nikolai Yezhov',
      '20:anachronism:KGB:',
      '29:wrong-date:22 June 1942:22 June 1941',
      '38:wrong-date:Twenty-Second Party Congress:',
      '39:confusion:Anti-Party Group:',
    ],
  },
  heldout27: {
    'germany_1918_1933.md': [
      '12:confusion:Friedrich Ebert:',
      '16:wrong-date:March 1921:March 1920',
      '17:wrong-date:Matthias Erzberger:',
      '20:wrong-figure:4.2 million:',
      '26:confusion:Centre Party:',
      '38:confusion:November 1932 election:',
      '46:wrong-date:1925:1926',
    ],
    'germany_1933_1945.md': [
      '8:confusion:SPD:',
      '16:wrong-date:Hjalmar Schacht:Hermann Göring',
      '20:wrong-figure:3,000:',
      '25:confusion:Heinrich Himmler:Reinhard Heydrich',
      '30:anachronism:Kaliningrad:Königsberg',
      '41:confusion:Göring:',
    ],
    'russia_1855_1904.md': [
      '7:wrong-date:1858:1856',
      '40:anachronism:Petrograd:Saint Petersburg',
      '42:wrong-date:1895:1891',
      '43:wrong-figure:140:',
    ],
    'russia_1905_1917.md': [
      '10:confusion:Pavel Milyukov:Alexander Guchkov',
      '28:confusion:The Provisional Government:',
      '32:confusion:General Brusilov:General Kornilov',
      '46:confusion:Odessa:Kiev',
      '47:wrong-figure:9,000:',
      '48:wrong-date:December 1915:December 1916',
    ],
    'russia_1917_1928.md': [
      '7:wrong-date:Genrikh Yagoda:Felix Dzerzhinsky',
      '21:wrong-figure:500,000:',
      '28:wrong-date:Twelfth Party Congress:',
      '29:wrong-date:April 1924:April 1922',
      '33:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '15:wrong-date:1 December 1935:1 December 1934',
      '16:wrong-date:Lavrentiy Beria:Nikolai Yezhov',
      '23:wrong-figure:500:',
      '31:wrong-date:22nd Party Congress:20th Party Congress',
      '32:wrong-date:October 1959:October 1957',
    ],
  },
  heldout24: {
    'germany_1918_1933.md': [
      '31:confusion:Spandau prison:',
      '35:confusion:Stresemann:',
      '38:wrong-date:1928:1926',
      '42:confusion:Stresemann:',
      '49:wrong-figure:170:107',
    ],
    'germany_1933_1945.md': [
      '7:confusion:Catholic Centre:',
      '8:confusion:Berlin:Munich',
      '11:wrong-date:Röhm:Heinrich Himmler',
      '30:wrong-date:Sept 1936:September 1935',
      '31:wrong-figure:3,000:',
      '33:wrong-date:Jan 1941:January 1942',
      '39:anachronism:Volgograd:Stalingrad',
    ],
    'russia_1855_1904.md': [
      '7:wrong-figure:29:',
      '9:wrong-date:1870:1864',
      '11:wrong-date:Dmitry Tolstoy:Dmitry Milyutin',
      '23:anachronism:Petrograd:Saint Petersburg',
      '34:confusion:sentenced to hard labour:',
      '35:wrong-date:1896:1894',
      '41:confusion:Witte:',
      '49:confusion:St Petersburg:Moscow',
    ],
    'russia_1905_1917.md': [
      '9:anachronism:Petrograd Soviet:',
      '11:confusion:Octobrists:',
      '32:wrong-figure:9,000:',
      '37:confusion:Prince Lvov:',
      '42:confusion:Mogilev:Pskov',
      '44:confusion:the Provisional Govt:',
      '48:confusion:General Brusilov:General Kornilov',
    ],
    'russia_1917_1928.md': [
      '5:wrong-date:Dec 1918:December 1917',
      '16:confusion:Tobolsk:Yekaterinburg',
      '18:anachronism:Stalingrad:Tsaritsyn',
      '29:wrong-figure:500,000:',
      '30:confusion:Budyonny:',
      '33:wrong-date:March 1921:March 1922',
      '38:wrong-date:Dec 1924:December 1922',
    ],
    'ussr_1928_1964.md': [
      '13:confusion:Dizzy with Success:',
      '19:wrong-date:Dec 1936:December 1934',
      '22:wrong-figure:68,000:',
      '24:anachronism:KGB:',
      '28:wrong-date:Aug 1938:August 1939',
      '43:confusion:packed off to run a power station:',
      '44:wrong-date:19th Party Congress:20th Party Congress',
      '53:confusion:Kosygin:',
    ],
  },
  heldout25: {
    'germany_1918_1933.md': [
      '22:wrong-date:March 1921:March 1920',
      '30:wrong-figure:4.2 million:',
      '31:confusion:Spandau:',
      '37:confusion:Centre Party:',
      '39:wrong-date:1927:1925',
      '43:confusion:Stresemann:',
      '51:confusion:Kurt von Schleicher:',
      '53:confusion:the Nazis:',
    ],
    'germany_1933_1945.md': [
      '9:confusion:KPD:',
      '25:wrong-date:Hjalmar Schacht:Hermann Göring',
      '36:wrong-date:September 1936:September 1935',
      '37:wrong-figure:3,000:',
      '38:wrong-date:March 1939:March 1938',
      '39:confusion:Adolf Eichmann:Reinhard Heydrich',
      '45:confusion:Berchtesgaden:',
      '49:confusion:Göring:',
    ],
    'russia_1855_1904.md': [
      '11:wrong-figure:19:',
      '30:confusion:Nikolai Rysakov:Ignacy Hryniewiecki',
      '40:wrong-date:1899:1889',
      '41:anachronism:Petrograd:Saint Petersburg',
      '48:wrong-date:1881:1891',
      '51:confusion:Witte:',
    ],
    'russia_1905_1917.md': [
      '9:anachronism:Petrograd:Saint Petersburg',
      '11:confusion:lived out his days quietly in exile:',
      '16:confusion:Pyotr Stolypin:Sergei Witte',
      '22:wrong-date:April 1907:April 1906',
      '40:wrong-figure:9,000:',
      '50:confusion:the Provisional Government:',
      '53:confusion:General Brusilov:General Kornilov',
    ],
    'russia_1917_1928.md': [
      '8:wrong-date:Genrikh Yagoda:Felix Dzerzhinsky',
      '22:confusion:Tobolsk:Yekaterinburg',
      '23:anachronism:Stalingrad:Tsaritsyn',
      '26:confusion:General Wrangel:General Yudenich',
      '36:wrong-date:Twelfth Party Congress:',
      '45:wrong-date:January 1923:January 1924',
      '50:confusion:Bukharin:',
    ],
    'ussr_1928_1964.md': [
      '22:confusion:Moscow:Leningrad',
      '24:wrong-date:Genrikh Yagoda:',
      '33:wrong-date:August 1938:August 1939',
      '46:wrong-date:22nd Party Congress:20th Party Congress',
      '51:wrong-date:Alexei Kosygin:Leonid Brezhnev',
    ],
  },
  heldout29: {
    'germany_1918_1933.md': [
      '10:wrong-date:Gustav Stresemann:',
      '17:anachronism:NSDAP:',
      '19:wrong-date:March 1922:March 1920',
      '38:wrong-date:1924:1926',
      '41:confusion:was:',
    ],
    'germany_1933_1945.md': [
      '13:confusion:Centre Party:',
      '17:wrong-date:30 June 1933:30 June 1934',
      '30:confusion:Rudolf Hess:Robert Ley',
      '43:wrong-figure:3,000:',
      '45:wrong-date:20 January 1943:20 January 1942',
      '50:confusion:was:',
    ],
    'russia_1855_1904.md': [
      '10:wrong-figure:29:',
      '29:confusion:Land and Liberty:',
      '32:anachronism:Petrograd:Saint Petersburg',
    ],
    'russia_1905_1917.md': [
      '4:anachronism:Petrograd:Saint Petersburg',
      '10:confusion:died quietly in exile:',
      '25:confusion:Ivan Kalyayev:Dmitry Bogrov',
      '28:wrong-date:September 1913:September 1911',
      '32:wrong-figure:9,000:',
      '49:wrong-date:Alexander Kerensky:Georgy Lvov',
      '51:confusion:the Provisional Government:',
    ],
    'russia_1917_1928.md': ['24:confusion:Tobolsk:Yekaterinburg', '31:wrong-figure:half a :', '41:confusion:opposed:'],
    'ussr_1928_1964.md': [
      '15:wrong-date:December 1936:December 1934',
      '18:confusion:the Kremlin:',
      '20:anachronism:KGB:',
      '30:wrong-date:23 August 1938:23 August 1939',
      '32:wrong-figure:300:',
    ],
  },
};

describe('fact checking', () => {
  let service: LanguageService;
  before(async () => {
    service = await serviceWith({}, bundledKnowledgeBase(), []);
  });

  function check(text: string) {
    service.openNote(URI, 1, text);
    return service.diagnostics(URI).filter((d) => d.code !== 'misspelling');
  }

  it("moves a finding about a heading's person with its item when lines come before it", () => {
    service.openNote(URI, 1, 'Tuesday\n## Stalin\n- became General Secretary in 1924\n');
    assert.deepStrictEqual(
      service.diagnostics(URI).map((d) => d.range.start.line),
      [2],
    );
    // Two lines after the first: the heading and the item are not scanned again, and their findings are kept.
    const at = { line: 0, character: 7 };
    service.changeNote(URI, 2, [{ range: { start: at, end: at }, text: '\nNotes\n' }]);
    assert.deepStrictEqual(
      service.diagnostics(URI).map((d) => d.range.start.line),
      [4],
    );
  });

  it('holds at least as many silent sentences as caught ones for each rule', () => {
    for (const [rule, cases] of Object.entries(RULES))
      assert.ok(cases.silent.length >= cases.caught.length, `${rule}: ${cases.silent.length} < ${cases.caught.length}`);
  });

  for (const [rule, cases] of Object.entries(RULES)) {
    for (const [text, code, message, fix] of cases.caught) caught(`${rule}: ${text}`, text, code, message, fix);
    for (const text of cases.silent) silent(`${rule}: ${text}`, text);
  }

  function caught(name: string, text: string, code: string, message: RegExp, fix: string | undefined) {
    it(`catches ${name}`, () => {
      const diags = check(text);
      assert.strictEqual(diags.length, 1, JSON.stringify(diags.map((d) => d.message)));
      assert.strictEqual(diags[0].code, code);
      assert.match(String(diags[0].message), message);
      assert.match(String(diags[0].message), /\(source: [^)]+\)/);
      assert.match(diags[0].codeDescription?.href ?? '', /^https?:\/\//);
      const actions = service.codeActions(URI, diags[0].range, diags);
      if (fix === undefined) assert.strictEqual(actions.length, 0);
      else {
        assert.strictEqual(actions[0].edit!.changes![URI][0].newText, fix);
        const lines = text.split('\n'),
          r = diags[0].range;
        // The finding lies on the answer's date (or the mention) as written, in figures or in words.
        const written = lines[r.start.line].slice(r.start.character, r.end.character);
        assert.ok(/\d|\b(?:eighteen|nineteen)\b/i.test(written) || !/^\d/.test(fix), written);
      }
    });
  }

  function silent(name: string, text: string) {
    it(`stays silent: ${name}`, () => {
      assert.deepStrictEqual(
        check(text).map((d) => d.message),
        [],
      );
    });
  }

  for (const [text, code, message, fix] of CAUGHT) caught(text, text, code, message, fix);
  for (const text of SILENT) silent(text, text);

  for (const [dir, notes] of [
    [SHARED_NOTES, PINNED.shared],
    [path.join(ROOT, 'test', 'fixtures', 'example-notes'), PINNED.examples],
    // Written without sight of the checker, with an answer key (README.md there): what it finds, and no more.
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes'), PINNED.heldout],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-2'), PINNED.heldout2],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-3'), PINNED.heldout3],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-4'), PINNED.heldout4],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-5'), PINNED.heldout5],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-6'), PINNED.heldout6],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-7'), PINNED.heldout7],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-8'), PINNED.heldout8],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-9'), PINNED.heldout9],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-10'), PINNED.heldout10],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-11'), PINNED.heldout11],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-12'), PINNED.heldout12],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-13'), PINNED.heldout13],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-14'), PINNED.heldout14],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-15'), PINNED.heldout15],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-16'), PINNED.heldout16],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-17'), PINNED.heldout17],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-18'), PINNED.heldout18],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-19'), PINNED.heldout19],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-20'), PINNED.heldout20],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-21'), PINNED.heldout21],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-26'), PINNED.heldout26],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-27'), PINNED.heldout27],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-24'), PINNED.heldout24],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-25'), PINNED.heldout25],
    [path.join(ROOT, 'test', 'fixtures', 'heldout-notes-29'), PINNED.heldout29],
  ] as const) {
    if (!fs.existsSync(dir)) continue;
    it(`pins the findings of every note in ${path.basename(dir)}`, () => {
      const files = fs.readdirSync(dir).filter((x) => x.endsWith('.md') && x !== 'README.md');
      assert.deepStrictEqual(files.sort(), Object.keys(notes).sort());
    });
    for (const [f, expected] of Object.entries(notes)) {
      it(`finds exactly the pinned findings in ${path.basename(dir)}/${f}`, () => {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        service.openNote(URI, 1, text);
        const lines = text.split(/\r?\n/);
        const got = service.diagnostics(URI).map((d) => {
          const r = d.range;
          const written = lines[r.start.line].slice(r.start.character, r.end.character);
          return `${r.start.line}:${d.code}:${written}:${(d.data as { fix?: string } | undefined)?.fix ?? ''}`;
        });
        assert.deepStrictEqual(got, expected);
      });
    }
  }
});

describe('related words are not misspellings', () => {
  let service: LanguageService;
  before(async () => {
    service = await serviceWith({}, bundledKnowledgeBase(), []);
  });
  function misspellings(text: string): string[] {
    service.openNote(URI, 1, text);
    return service
      .diagnostics(URI)
      .filter((d) => d.code === 'misspelling')
      .map((d) => (d.data as { written: string }).written);
  }

  /** A name with a deriving ending is a word of its own: linked to the entity, never "did you mean". */
  const RELATED = [
    'Trotskyism',
    'Leninist',
    'Stalinism',
    'Menshevism',
    'Bolshevism',
    'Nazism',
    'Germans',
    'Trotskyists',
    // Names and words as French writes them (set 147).
    'Staline',
    'Lénine',
    'Raspoutine',
    'Khrouchtchev',
    'Toukhatchevski',
    'Vychnegradski',
    'Stalinisme',
    'Russie',
    'Crimée',
    // Places and things as Spanish writes them (set 156).
    'Rusia',
    'Petrogrado',
    'Leningrado',
    'Urales',
    'Lituania',
    'Besarabia',
    'Holocausto',
    'Moscú',
    'Varsovia',
    // The scholarly romanisation, as Italian and Slavic-speaking students write it (set 167).
    'Trotskij',
    'Kerenskij',
    'Dzeržinskij',
    'Kolčak',
    'Žukov',
    'Timošenko',
    'Brežnev',
    'Pjatakov',
    'Kollontaj',
    'Plechanov',
    'Chruščëv',
    'Mosca',
    'Kazakistan',
    // A hill of Sevastopol and a historian, no slips of Maklakov or Paris (sets 163, 165).
    'Malakhov',
    'Pares',
    // Portuguese names of places and bodies (set 178).
    'Alemanha',
    'Berlim',
    'França',
    'Crimeia',
    'Japão',
    'Romênia',
    'Spartakistas',
    // Spanish and Italian France, one slip from the Portuguese França.
    'Francia',
    // Names as Croatian, Danish and half-scholarly spellings write them (sets 234, 235).
    'Kamenjev',
    'Mogiljev',
    'Sevastopolj',
    'Tukhachevskij',
    'Petersborg',
    // Names in Lithuanian's endings, which the possessive's s had read as slips (set 233).
    'Stalinas',
    'Stolypinas',
    'Scheidemannas',
    'Peterburgas',
    'Maskva',
  ];
  for (const w of RELATED) {
    it(`does not take ${w} for a misspelling`, () => {
      assert.deepStrictEqual(misspellings(`${w} is discussed in the textbook.`), []);
    });
  }

  /** A French form is read only where its whole skeleton is the name's: a slip stays a slip. */
  it('still takes a slip of a name for one, whatever its language', () => {
    assert.deepStrictEqual(misspellings('Stallin and Lennin argued.'), ['Stallin', 'Lennin']);
    assert.deepStrictEqual(misspellings('Briande and Stresemann met at Locarno.'), ['Briande']);
    // A vowel added to a name is a Spanish place's or thing's, never a person's; "Lenina" is Lenin in a Slavic case.
    assert.deepStrictEqual(misspellings('Lenina and Trotskyo argued.'), ['Trotskyo']);
    // A name in the scholarly romanisation beside a slip of it: the slip is still one.
    assert.deepStrictEqual(misspellings('Kolčak met Kolchek.'), ['Kolchek']);
  });

  /** A given name in a letter's greeting or close is no slip of a place's name (set 244). */
  it("does not take a letter's Kolya or Katya for a slip of Kolyma or Katyn", () => {
    assert.deepStrictEqual(misspellings('Respectfully, Kolya'), []);
    assert.deepStrictEqual(misspellings('Yr cousin, Katya'), []);
    assert.deepStrictEqual(misspellings('Dear Kolya, the camps are far.'), []);
    // Without the cue, the slip is still said.
    assert.deepStrictEqual(misspellings('Kolya camps were the worst.'), ['Kolya']);
  });

  /** A family named by its name in the plural is no slip of the name (set 129). */
  it('does not take the Goebbelses for a misspelling of Goebbels', () => {
    assert.deepStrictEqual(
      misspellings('30 April both commit suicide in the bunker; the Goebbelses kill their 6 children + themselves'),
      [],
    );
    // A slip anywhere else is still one.
    assert.deepStrictEqual(misspellings('Goebbelz ran the propaganda ministry.'), ['Goebbelz']);
    // Names that end in "ch" take "es" too (set 161).
    assert.deepStrictEqual(
      misspellings("Lenin: peasants more dangerous than 'all the Denikins, Kolchaks and Yudeniches'."),
      [],
    );
    assert.deepStrictEqual(misspellings('Yudenech marched on Petrograd.'), ['Yudenech']);
  });

  /** A name given is written as given: never "did you mean" the name it honours. */
  it('does not take a name given in quotes for a misspelling', () => {
    assert.deepStrictEqual(misspellings('Gatchina near Petrograd was renamed "Trotsk" in his honour in 1923.'), []);
    assert.deepStrictEqual(misspellings('Gatchina was renamed Trotsk in 1923.'), []);
    // A slip anywhere else is still one.
    assert.deepStrictEqual(misspellings('Trotsk built the Red Army.'), ['Trotsk']);
  });

  /** A common word a letter away from a name, capitalised at the head of a line, is that word. */
  const PLAIN = ['Birth of the Republic', 'Worth noting: the Kaiser fled.', 'Brand new parties formed.'];
  for (const t of PLAIN) {
    it(`does not take a common word for a misspelling: ${t}`, () => {
      assert.deepStrictEqual(misspellings(`## ${t}`), []);
    });
  }

  it('lists the common words as scripts/plain-words.mjs makes them (npm run words)', async () => {
    const { plainWordsSource, OUT } = await import(path.join(ROOT, 'scripts', 'plain-words.mjs'));
    assert.strictEqual(fs.readFileSync(path.join(ROOT, OUT), 'utf8'), plainWordsSource());
  });

  /** A word beside another capitalised name is part of a name the knowledge base lacks, not a slip. */
  const OTHER_NAMES = [
    'The Scholls were tried before Judge Roland Freisler.',
    'Hitler dictated it to his secretary Traudl Junge.',
    'The pilot, Francis Gary Powers, was captured.',
    'Eichmann was seized by Israeli agents in 1960.',
  ];
  for (const t of OTHER_NAMES) {
    it(`does not take part of another name for a misspelling: ${t}`, () => {
      assert.deepStrictEqual(misspellings(t), []);
    });
  }
  it("still reports a slip whose first name is the person's: Grigory Zionev", () => {
    assert.deepStrictEqual(misspellings('Grigory Zionev sided with Stalin.'), ['Zionev']);
  });
  it('still reports a slip before a month: Kristalnacht Nov 1938', () => {
    assert.deepStrictEqual(misspellings('- Kristalnacht Nov 1938'), ['Kristalnacht']);
  });

  /** Real slips are still reported. */
  const SLIPS = ['Zionev', 'Bukarins', 'Petrolgrad', 'Krondstadt', 'Trotksy', 'Stallin', 'Kamanev', 'Rikov'];
  for (const w of SLIPS) {
    it(`still reports the slip ${w}`, () => {
      assert.deepStrictEqual(misspellings(`${w} is discussed in the textbook.`), [w]);
    });
  }
});
