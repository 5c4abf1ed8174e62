/**
 * The recogniser, case by case: a line of a note and every mention expected in it, as `written=id`
 * (`*` marks a misspelling). The fixture knowledge base keeps these stable.
 */
import * as assert from 'assert';
import { bundledKnowledgeBase, mentionsOf, serviceWith } from '../helpers';
import type { LanguageService } from '../../server/src/service/languageService';

const CASES: [string, string[]][] = [
  // People: surnames, full names, initials, birth names, transliterations, possessives, any capitalisation.
  ['Trotsky and Stalin quarrelled.', ['Trotsky=leon-trotsky', 'Stalin=joseph-stalin']],
  ['Leon Trotsky led the Red Army.', ['Leon Trotsky=leon-trotsky']],
  [
    'L. D. Trotsky, born Lev Davidovich Bronstein.',
    ['L. D. Trotsky=leon-trotsky', 'Lev Davidovich Bronstein=leon-trotsky'],
  ],
  [
    'Koba, later Stalin, was born Dzhugashvili.',
    ['Koba=joseph-stalin', 'Stalin=joseph-stalin', 'Dzhugashvili=joseph-stalin'],
  ],
  ['Zinovyev and Trotskii', ['Zinovyev=grigory-zinoviev', 'Trotskii=leon-trotsky']],
  ["Trotsky's army and Stalin’s post", ['Trotsky=leon-trotsky', 'Stalin=joseph-stalin']],
  ['Stalins position', ['Stalins=joseph-stalin']],
  ['how did stalin get into power', ['stalin=joseph-stalin']],
  ['Leon\u00a0Trotsky with a non-breaking space', ['Leon\u00a0Trotsky=leon-trotsky']],
  // Misspellings: listed ones and near misses.
  ['Zionev and Kamenev', ['Zionev=grigory-zinoviev*']],
  ['Bukarins ideas were untested', ['Bukarins=nikolai-bukharin*']],
  ['the Krondstadt sailors', ['Krondstadt=kronstadt*']],
  ['the city of Petrolgrad', ['Petrolgrad=saint-petersburg*']],
  ['Trotksy again', ['Trotksy=leon-trotsky*']],
  // A slip keeps the name's first letter: "Zrotsky" is some other word.
  ['Zrotsky again', []],
  // Derived words and ordinary words are not slips.
  ['Stalinist and Trotskyist ideas', []],
  ['the service was slow; Service wrote a biography', ['Service=robert-service']],
  ['on the left of the party the Left opposed him', ['the Left=left-opposition']],
  // Ambiguous names resolved by context, never by chance.
  ['Kirov was murdered in 1934.', ['Kirov=sergei-kirov', '1934=1934']],
  ['He was exiled to Kirov.', ['Kirov=kirov-city']],
  // Places by every name they bore.
  ['Petrograd became Leningrad', ['Petrograd=saint-petersburg', 'Leningrad=saint-petersburg']],
  // Congresses and conferences.
  ['at the 13th Party Congress', ['13th Party Congress=party-congress-13']],
  ['the 15th party congress 1927', ['15th party congress=party-congress-15', '1927=1927']],
  ['the Thirteenth Congress', ['Thirteenth Congress=party-congress-13']],
  ['the XIII Party Congress', ['XIII Party Congress=party-congress-13']],
  ['the Tenth Congress banned factions', ['Tenth Congress=tenth-congress']],
  ['the 13th Party Conference', ['13th Party Conference=party-conference-13']],
  ['the 14th Party Congress', []],
  // Policies and acronyms.
  [
    'the NEP and Socialism in One Country',
    ['NEP=new-economic-policy', 'Socialism in One Country=socialism-in-one-country'],
  ],
  // Dates.
  ['In 1923, Stalin appointed 30% of delegates', ['1923=1923', 'Stalin=joseph-stalin']],
  ['100,000 people and 1500 troops', []],
  ['January 1924', ['January 1924=1924-01']],
  ['on 21 January 1924 he died', ['21 January 1924=1924-01-21']],
  ['on January 21, 1924 he died', ['January 21, 1924=1924-01-21']],
  ['21/1/1924', ['21/1/1924=1924-01-21']],
  ['the crisis of 1927-8', ['1927-8=1927/1928']],
  ['in 1927–28', ['1927–28=1927/1928']],
  // Ranges of months or days within one year.
  ['Strikes Oct–Dec 1905.', ['Oct–Dec 1905=1905-10/1905-12']],
  ['Tannenberg, 26–30 Aug 1914', ['26–30 Aug 1914=1914-08-26/1914-08-30']],
  // A Czech or Slovak date, spaced.
  ['Nuremberg laws 15. 9. 1935', ['15. 9. 1935=1935-09-15']],
  // A count in thousands is no decade.
  ['kolkhozes of 1000s of acres in the 1930s', ['1930s=1930/1939']],
  ['30 June–2 July 1934: purge', ['30 June–2 July 1934=1934-06-30/1934-07-02']],
  // Not a day in the Old Style and the New in two months.
  [
    '30 June–2 July 1934 and 19 February/3 March 1861',
    ['30 June–2 July 1934=1934-06-30/1934-07-02', '3 March 1861=1861-03-03'],
  ],
  // A month in lower case, as notes typed without capitals write it, before a year in full; not before a short
  // year, nor as a word ("march on the palace", "may 2").
  ['stalin dies on 5 march 1953', ['stalin=joseph-stalin', '5 march 1953=1953-03-05']],
  ['in may 1917 he came back', ['may 1917=1917-05']],
  ['strikes oct–dec 1905', ['oct–dec 1905=1905-10/1905-12']],
  ['the front, 26–30 aug 1914', ['26–30 aug 1914=1914-08-26/1914-08-30']],
  ['they march on the palace and may 2 more follow; mar 36', []],
  // Two days joined by a slash: one day in the Old Style and the New, 13 days apart in 1900–1918 and 12 in the
  // 1800s; any other pair numbers a post in a thread, and only the month is a date.
  ['1/14 March 1917: the tsar abdicates', ['1/14 March 1917=1917-03-01/1917-03-14']],
  ['19 February/3 March 1861', ['3 March 1861=1861-03-03']],
  ['19/3 March 1861', ['March 1861=1861-03']],
  ['14/27 Nov 1923: the Beer Hall Putsch flops', ['Nov 1923=1923-11']],
  ['15/27 Aug 1914: war with Germany', ['Aug 1914=1914-08']],
  // Months as students of other languages write them, a point after the day, and the year first (sets 233–235).
  ['9 noiembrie 1918 and 14. juli 1934', ['9 noiembrie 1918=1918-11-09', '14. juli 1934=1934-07-14']],
  ['law of 20. studenoga 1918. and 1. des 1933', ['20. studenoga 1918=1918-11-20', '1. des 1933=1933-12-01']],
  ['1918 m. lapkričio 9 d. and 1918. november 9.', ['1918 m. lapkričio 9 d=1918-11-09', '1918. november 9=1918-11-09']],
  ['rujna 1911 and Kasım 1918', ['rujna 1911=1911-09', 'Kasım 1918=1918-11']],
  // Estonian's, with May only after a day's point; Ukrainian's, Greek's and Slovene's (sets 249, 250, 252, 262).
  ['back 3. mail 1917; 20. detsembril 1918', ['3. mail 1917=1917-05-03', '20. detsembril 1918=1918-12-20']],
  ['20 hrudnia 1918, 25 Oktovriou 1917', ['20 hrudnia 1918=1918-12-20', '25 Oktovriou 1917=1917-10-25']],
  ['the mail 1917 and night 15./16. januarja 1919', ['1917=1917', 'januarja 1919=1919-01']],
  // Months in Roman numerals (set 236): with a day, spaced or tight, and alone before a year written tight. A ruler's
  // number before a spaced year is no month, nor is the month of a day that does not exist.
  ['on 15.XI.1924 and 17. X. 1905', ['15.XI.1924=1924-11-15', '17. X. 1905=1905-10-17']],
  ['by XI.1923 and in I.1933', ['XI.1923=1923-11', 'I.1933=1933-01']],
  ['Nicholas II. 1894 and 31.II.1920', ['1894=1894', '1920=1920']],
  // Years and days in words, as notes copied from a spoken lesson write them (sets 144, 247). A century word alone is
  // a count, and a day that does not exist is no day.
  ['in nineteen-oh-five and eighteen sixty-one', ['nineteen-oh-five=1905', 'eighteen sixty-one=1861']],
  [
    'May nineteen twenty-three and 25 October nineteen seventeen',
    ['May nineteen twenty-three=1923-05', '25 October nineteen seventeen=1917-10-25'],
  ],
  ['the twenty-fifth of October nineteen seventeen', ['twenty-fifth of October nineteen seventeen=1917-10-25']],
  [
    'ninth to tenth of november nineteen thirty eight',
    ['ninth to tenth of november nineteen thirty eight=1938-11-09/1938-11-10'],
  ],
  ['nineteen deputies for the first time; thirty first of february 1920', ['february 1920=1920-02']],
  // An English month after a list's number is the month alone: "3. March 1917".
  ['3. March 1917 – the tsar abdicates', ['March 1917=1917-03']],
  // A range of months across years; a later month alone is another date.
  ['Chancellor Mar 1930–May 1932', ['Mar 1930–May 1932=1930-03/1932-05']],
  ['Chancellor March 1930 – May 1932', ['March 1930 – May 1932=1930-03/1932-05']],
  ['from May 1932 – March 1930', ['May 1932=1932-05', 'March 1930=1930-03']],
  // A month and year to a later year: "| Nov 1907–1912 | Third Duma |".
  ['Nov 1907–1912 Third Duma', ['Nov 1907–1912=1907-11/1912']],
  ['from 1912 – 1907 Duma', ['1912=1912', '1907=1907']],
  ['from May 1912 – 1907', ['May 1912=1912-05', '1907=1907']],
  // A figure after a spaced dash is no year.
  ['in 1933 – 95% voted yes', ['1933=1933']],
  ['1924 – 1941', ['1924 – 1941=1924/1941']],
  ['between 1917 and 1923', ['between 1917 and 1923=1917/1923']],
  ['in the 1920s', ['1920s=1920/1929']],
  ['in the late 1920s', ['1920s=1926/1929']],
  ['born c. 1905', ['c. 1905=1905']],
  ['Caesar died in 44 BC', ['44 BC=-0044']],
  ['crowned in AD 800', ['AD 800=0800']],
  ['**1922**', ['1922=1922']],
];

/**
 * Two-digit years, read in the bundled packs' periods (Russia 1855–1964, Germany 1918–1945): after a month, with a
 * day, or with an apostrophe where 1–31 could be a day; none where two centuries fit a period.
 */
const SHORT_YEAR_CASES: [string, string[]][] = [
  ['- 20 Jul 44: bomb', ['20 Jul 44=1944-07-20']],
  ['famine of Mar 91', ['Mar 91=1891-03']],
  ["the strike of Feb '17", ["Feb '17=1917-02"]],
  ['on 3 May 21 people died', []],
  ['in Mar 21 the sailors', []],
  ['Mar 61 was the year', []],
  // A time of day after a day and month is no year (set 163).
  ['Congress opens 25 Oct 10.45 pm', []],
  ['opens 25 Oct 10 pm', []],
  // A count of a people after a day and month (set 181).
  ['9 Nov 16 Nazis + 4 police killed', []],
  ['opens 25 Oct 10: the day', ['25 Oct 10=1910-10-25']],
];

const MARKDOWN_CASES: [string, string[]][] = [
  ['```\nStalin in code\n```\nTrotsky in prose', ['Trotsky=leon-trotsky']],
  ['~~~md\nStalin\n~~~', []],
  ['    Stalin in indented code\n\nTrotsky', ['Trotsky=leon-trotsky']],
  ['- item\n    Stalin continues the item', ['Stalin=joseph-stalin']],
  ['Inline `Stalin` code and Trotsky', ['Trotsky=leon-trotsky']],
  // A date marked out in backticks is a date; code that begins with a number is not.
  ['Trotsky exiled `Jan 1928`', ['Trotsky=leon-trotsky', 'Jan 1928=1928-01']],
  ['Trotsky `1 + 1928`', ['Trotsky=leon-trotsky']],
  ['---\ntitle: Stalin\n---\nTrotsky', ['Trotsky=leon-trotsky']],
  ['<!-- Stalin\nstill a comment -->Trotsky', ['Trotsky=leon-trotsky']],
  ['<span title="Stalin">Trotsky</span>', ['Trotsky=leon-trotsky']],
  ['see https://example.org/Stalin_1924 and [Trotsky](https://en.wikipedia.org/wiki/Stalin)', ['Trotsky=leon-trotsky']],
  ['[ref]: https://example.org/Stalin', []],
  ['# Stalin and the NEP', ['Stalin=joseph-stalin', 'NEP=new-economic-policy']],
  ['| Stalin | 1924 |\n|---|---|', ['Stalin=joseph-stalin', '1924=1924']],
  ['```\nunclosed fence Stalin', []],
];

describe('recogniser', () => {
  let service: LanguageService;
  before(async () => {
    service = await serviceWith({});
  });

  for (const [text, expected] of CASES) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepStrictEqual(mentionsOf(service, text), expected);
    });
  }

  describe("two-digit years, in the packs' periods", () => {
    let bundled: LanguageService;
    before(async () => {
      bundled = await serviceWith({}, bundledKnowledgeBase(), []);
    });
    for (const [text, expected] of SHORT_YEAR_CASES) {
      it(`reads ${JSON.stringify(text)}`, () => {
        assert.deepStrictEqual(
          mentionsOf(bundled, text).filter((m) => /=\d/.test(m)),
          expected,
        );
      });
    }
  });

  describe('Markdown structure', () => {
    for (const [text, expected] of MARKDOWN_CASES) {
      it(`reads ${JSON.stringify(text)}`, () => {
        assert.deepStrictEqual(mentionsOf(service, text), expected);
      });
    }
  });
});

/** Overlapping names in the bundled packs: a name that starts inside another and reaches further wins. */
const OVERLAPS: [string, string[]][] = [
  // Russian names as Polish and German write them (sets 283, 284), never as slips.
  [
    'Stołypin, Kiereński, Trocki, Samsonow, Chruszczow, Chruschtschow, Sinowjew',
    [
      'Stołypin=pyotr-stolypin',
      'Kiereński=alexander-kerensky',
      'Trocki=leon-trotsky',
      'Samsonow=alexander-samsonov',
      'Chruszczow=nikita-khrushchev',
      'Chruschtschow=nikita-khrushchev',
      'Sinowjew=grigory-zinoviev',
    ],
  ],
  [
    'Beer Hall Putsch 8–9 listopada 1923',
    ['Beer Hall Putsch=beer-hall-putsch', '8–9 listopada 1923=1923-11-08/1923-11-09'],
  ],
  // A name written as one key, as Dataview fields have it; an underscore that closes an emphasis is no part of it.
  ['bloody_sunday:: 9 Jan 1905', ['bloody_sunday=bloody-sunday-1905', '9 Jan 1905=1905-01-09']],
  ['_Bloody Sunday_ in 1905', ['Bloody Sunday=bloody-sunday-1905', '1905=1905']],
  // Two attempts on Lenin's life: the date decides, or else a name on the line that one of them is tied to.
  [
    "1 Jan 1918: attempt on Lenin's life",
    ['1 Jan 1918=1918-01-01', "attempt on Lenin's life=attempt-on-lenin-january-1918"],
  ],
  [
    "30 Aug 1919: attempt on Lenin's life by Kaplan",
    ['30 Aug 1919=1919-08-30', "attempt on Lenin's life=assassination-attempt-on-lenin", 'Kaplan=fanny-kaplan'],
  ],
  // One name of two things done, the date beside it deciding: Lenin's decree and Stolypin's (set 277).
  [
    'Lenin issued the Land Decree in Nov 1917.',
    ['Lenin=vladimir-lenin', 'Land Decree=decree-on-land', 'Nov 1917=1917-11'],
  ],
  [
    '9 Nov 1906: land decree lets peasants leave the commune',
    ['9 Nov 1906=1906-11-09', 'land decree=stolypin-land-reforms'],
  ],
  ['In 1918 the Left SR uprising failed.', ['1918=1918', 'Left SR uprising=left-sr-uprising']],
  ['After the reichstag fire of 1933', ['reichstag fire=reichstag-fire', '1933=1933']],
  ['The Reichstag passed the Enabling Act.', ['The Reichstag=reichstag', 'Enabling Act=enabling-act-1933']],
  ['The Left Opposition formed in 1923.', ['Left Opposition=left-opposition', '1923=1923']],
  // The words the lost name began with keep a name of their own.
  [
    'April 1922: Stalin becomes General Secretary of the party.',
    ['April 1922=1922-04', 'Stalin=joseph-stalin', 'General Secretary of the party=general-secretary'],
  ],
  // A numbered congress of another body is not the party's congress of that number.
  [
    'The Second Congress of Soviets met in 1917.',
    ['Second Congress of Soviets=second-congress-of-soviets', '1917=1917'],
  ],
  [
    'The 2nd Congress of the RSDLP met in 1903.',
    ['2nd Congress=party-congress-2', 'RSDLP=russian-social-democratic-labour-party', '1903=1903'],
  ],
  // A compound ordinal is read whole, never as its last word.
  ['The Twenty-Second Congress met in 1961.', ['Twenty-Second Congress=party-congress-22', '1961=1961']],
  ['The Thirty-Second Congress met in 1961.', ['1961=1961']],
  // "<what> of <whom>" is also written "<whom>'s <what>".
  ["After Beria's fall in 1953", ["Beria's fall=arrest-of-beria", '1953=1953']],
  ["Stalin's death", ["Stalin's death=death-of-stalin"]],
  // A country's name is a name, not a slip for a neighbour's.
  ['In 1914 Russia and Prussia', ['1914=1914', 'Russia=russia', 'Prussia=prussia']],
  // A timeline's year before a dash counts for nothing against a longer name after it.
  ['1861 – Emancipation Edict signed 19 Feb', ['1861=1861', 'Emancipation Edict=emancipation-edict']],
  ['1921–22 – famine on the Volga', ['1921–22 – famine=russian-famine-1921-1922', 'the Volga=volga']],
  // A name whose first words stand in a bracket: "Munich (Beer Hall) Putsch".
  ['the Munich (Beer Hall) Putsch failed', ['Munich=munich', 'Beer Hall) Putsch=beer-hall-putsch']],
  ['the putsch (in Munich) Hitler led', ['Munich=munich', 'Hitler=adolf-hitler']],
  // "Gd Duke", notes' short form of "Grand Duke", names the grand duke, not the Tsar of the same first name.
  [
    'Tsar took supreme command, Gd Duke Nicholas sent to Caucasus',
    [
      'Tsar took supreme command=nicholas-takes-supreme-command',
      'Gd Duke Nicholas=grand-duke-nicholas-nikolaevich',
      'Caucasus=caucasus',
    ],
  ],
  // Names as Lithuanian students write them, in their case endings (set 233).
  [
    'Leninas, Trockis, Chruščiovas, Kerenskis, Voznesenskas, Ježovas, Želiabovas, Kaganovičius, Pobedonoscevas',
    [
      'Leninas=vladimir-lenin',
      'Trockis=leon-trotsky',
      'Chruščiovas=nikita-khrushchev',
      'Kerenskis=alexander-kerensky',
      'Voznesenskas=nikolai-voznesensky',
      'Ježovas=nikolai-yezhov',
      'Želiabovas=andrei-zhelyabov',
      'Kaganovičius=lazar-kaganovich',
      'Pobedonoscevas=konstantin-pobedonostsev',
    ],
  ],
  ['Hitleris ir Hindenburgas, Maskva', ['Hitleris=adolf-hitler', 'Hindenburgas=paul-von-hindenburg', 'Maskva=moscow']],
  // Names in Ukraine's romanisation (set 250), Moscow as Greek writes it (set 252), a short form (set 259).
  [
    'Purishkevych, Trotskyi, Kerenskyi and Khrushchov',
    [
      'Purishkevych=vladimir-purishkevich',
      'Trotskyi=leon-trotsky',
      'Kerenskyi=alexander-kerensky',
      'Khrushchov=nikita-khrushchev',
    ],
  ],
  ['Mosha rising; Stalin as GenSec', ['Mosha=moscow', 'Stalin=joseph-stalin', 'GenSec=general-secretary']],
  // In a telegram's capitals, a plural after a day and month is a count, not a short year (set 253).
  ['9 NOV 16 NAZIS + 4 POLICE KILLED', ['NAZIS=nsdap']],
];

/** A surname after another person's given name is that other person's, unknown here: no mention. */
const OTHER_BEARERS: [string, string[]][] = [
  ['Joseph Chamberlain died in 1914.', ['1914=1914']],
  ['Fyodor Kerensky was his headmaster.', []],
  ["Stalin's son Yakov Dzhugashvili died in 1943.", ['Stalin=joseph-stalin', '1943=1943']],
  ['Austen Chamberlain won the prize.', ['Austen Chamberlain=austen-chamberlain']],
  // A given name no one in the knowledge base bears leaves the person as they were.
  ['Leo Trotsky fled.', ['Trotsky=leon-trotsky']],
];

describe('recogniser on the bundled packs', () => {
  let service: LanguageService;
  before(async () => {
    service = await serviceWith({}, await bundledKnowledgeBase());
  });
  for (const [text, expected] of [...OVERLAPS, ...OTHER_BEARERS]) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepStrictEqual(mentionsOf(service, text), expected);
    });
  }
});
