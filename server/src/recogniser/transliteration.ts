/**
 * Russian names as French writes them: "Staline", "Raspoutine", "Khrouchtchev", "Toukhatchevski", "Perovskaïa" are
 * Stalin, Rasputin, Khrushchev, Tukhachevsky and Perovskaya, not slips of them. Both spellings are brought to one
 * skeleton of sounds, each letter group that writes one Russian sound becoming one symbol: the English
 * romanisation's shch, kh, zh, ch, sh, ts and y; the French chtch, tch, kh, j, ch, ts, ou and the e of a final -ine.
 * Words of a letter or two more than the name ("Lénine") are what a slip looks like, so only a whole skeleton that
 * matches counts; a word is folded (lower case, no diacritics) before it comes here.
 *
 * The scholarly romanisation, which Italian, Czech and many a Slavic-speaking student use, writes the hushing sounds
 * with a háček and y as j: "Kolčak", "Žukov", "Chruščëv", "Trotskij", "Pjatakov". It is read from the word as
 * written, before its diacritics are folded away. Dutch has spellings of its own: "Chroesjtsjov", "Zinovjev".
 */

/** Letter groups and their symbols, in the order they are replaced (longest first). */
type Rules = readonly (readonly [RegExp, string])[];

/** Last, on every side: "th" is t, and a doubled letter one ("Russia", "Rusia"). */
const COMMON: Rules = [
  [/th/g, 't'],
  [/(\p{L})\1/gu, '$1'],
];

const ENGLISH: Rules = [
  [/shch/g, 'Q'],
  [/kh/g, 'H'],
  [/zh/g, 'Z'],
  [/ch/g, 'C'],
  [/sh/g, 'S'],
  [/ts/g, 'T'],
  [/sk(?:y|iy|ii)$/, 'ski'],
  [/(?:iy|yi)$/, 'i'],
  // A y between a vowel and an e is a glide English spellings keep or drop: "Nikolayev", "Nikolaev".
  [/([aeiou])y(?=e)/g, '$1'],
  [/y/g, 'i'],
  [/ii/g, 'i'],
  ...COMMON,
];

const FRENCH: Rules = [
  [/chtch/g, 'Q'],
  [/tch/g, 'C'],
  [/kh/g, 'H'],
  [/ch/g, 'S'],
  [/j/g, 'Z'],
  [/ts/g, 'T'],
  [/ou/g, 'u'],
  [/y/g, 'i'],
  [/ii/g, 'i'],
  ...COMMON,
];

/** Spanish and Italian write few double letters and no "th", and end a name in a vowel: "Petrogrado", "Rusia". */
const ROMANCE: Rules = [[/y/g, 'i'], ...COMMON];

function skeleton(word: string, rules: Rules): string {
  return rules.reduce((w, [from, to]) => w.replace(from, to), word);
}

/** The skeleton of a name as English romanises Russian: "khrushchev" → "HruQev". */
export function englishSkeleton(word: string): string {
  return skeleton(word, ENGLISH);
}

/** The skeletons a word written the French way may have: with its final e and without it ("Staline"). */
export function frenchSkeletons(word: string): string[] {
  const base = skeleton(word, FRENCH);
  // French writes a Russian name's final -in as -ine: "Staline", "Lénine", "Raspoutine".
  return base.endsWith('ine') ? [base, base.slice(0, -1)] : [base];
}

/**
 * The skeletons a place or a thing may have in Spanish or Italian: as written, without a vowel added after a final
 * consonant ("Stalingrado", "Concordato") and with a plural's "es" as "s" ("Urales"). Never for a person: "Stalino"
 * was a town, not Stalin.
 */
export function romanceSkeletons(word: string): string[] {
  const base = skeleton(word, ROMANCE);
  const out = [base];
  if (/[^aeiou][aoe]$/.test(base)) out.push(base.slice(0, -1));
  if (/[^aeiou]es$/.test(base)) out.push(base.slice(0, -2) + 's');
  return out;
}

/**
 * The skeleton of a name as Dutch writes it, from the word in lower case: ch is kh, tsj ch, sj sh, zj zh, oe u, j y,
 * and the o after a hushing sound or jo an e, as Russian's ё ("Chroesjtsjov", "Zinovjev", "Mogiljov", "Boecharin").
 * Undefined for a word with none of those letters.
 */
export function dutchSkeleton(written: string): string | undefined {
  if (!/j|ch|oe/.test(written)) return undefined;
  const w = written
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ch/g, 'kh')
    .replace(/tsj/g, 'ch')
    .replace(/sj/g, 'sh')
    .replace(/zj/g, 'zh')
    .replace(/oe/g, 'u')
    .replace(/(sh|ch|zh)ov$/, '$1ev')
    .replace(/jo/g, 'e')
    .replace(/j/g, 'y');
  return englishSkeleton(w);
}

/**
 * The skeleton of a word in the scholarly romanisation, from the word as written in lower case: ch is kh, č ch, š sh,
 * ž zh, j y ("chruščëv" → khrushchev, "trotskij" → trotskiy), and Turkish's ç and ş as č and š ("Kruşçev", "Troçki"),
 * then the English skeleton. Undefined for a word with none of those letters, whose English skeleton is its own.
 */
export function scholarlySkeleton(written: string): string | undefined {
  if (!/[čšžçşj]|ch/.test(written)) return undefined;
  return englishSkeleton(scholarlyLetters(written));
}

/** The scholarly romanisation's letters in English ones: ch kh, č ch, š sh, ž zh, j y, other marks dropped. */
function scholarlyLetters(written: string): string {
  return written
    .replace(/ch/g, 'kh')
    .replace(/[čç]/g, 'ch')
    .replace(/[šş]/g, 'sh')
    .replace(/ž/g, 'zh')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/j/g, 'y');
}

/**
 * Letters that may write a Russian name the scholarly or the Dutch way (or Lithuanian's "Trockis"), in a word as
 * written in lower case.
 */
export const ROMANISED =
  /j|ch|oe|yi$|[čšžçşșțţîâāēīūļņķģ]|c(?![hk])|ck(?:as|is|us|ys)$|sz|cs|zs|ny|gy|h|rz|[oe]w$|[aeiou]w[aeiou]|cki$/;

/** The skeletons a word as written may have in the scholarly and the Dutch romanisation. */
export function writtenSkeletons(written: string): string[] {
  return [
    scholarlySkeleton(written),
    dutchSkeleton(written),
    czechSkeleton(written),
    hungarianSkeleton(written),
    romanianSkeleton(written),
    latvianSkeleton(written),
    ...lithuanianSkeletons(written),
    croatianSkeleton(written),
    ukrainianSkeleton(written),
    polishSkeleton(written),
    germanSkeleton(written),
    // A name in English letters but for the scholarly ending: "Tukhachevskij".
    /(?:kh|ch|sh|zh).*ij$/.test(written) ? englishSkeleton(written.replace(/ij$/, 'iy')) : undefined,
  ].filter((k): k is string => !!k);
}

/**
 * The skeleton of a Russian name in Ukraine's romanisation: -ych for -ich ("Purishkevych"), -yi for -y ("Trotskyi",
 * "Kerenskyi"), and "shchov" for "shchev" ("Khrushchov"). Undefined for a word with none of them.
 */
export function ukrainianSkeleton(written: string): string | undefined {
  if (!/(?:ych|yi|shchov)$/.test(written)) return undefined;
  return englishSkeleton(
    written
      .replace(/ych$/, 'ich')
      .replace(/yi$/, 'y')
      .replace(/shchov$/, 'shchev'),
  );
}

/**
 * The skeleton of a name as Polish writes it: szcz shch, sz sh, cz ch, c ts, rz and ż zh, ł l, w v, ie after a
 * consonant the e of Russian's е, then as the scholarly romanisation ("Chruszczow", "Stołypin", "Kiereński",
 * "Samsonow", "Trocki").
 * Undefined for a word with none of Polish's own letters or a w.
 */
export function polishSkeleton(written: string): string | undefined {
  if (!/[łńśćżź]|sz|cz|rz|w|cki$/.test(written)) return undefined;
  return hushedSkeleton(
    written
      .replace(/szcz/g, 'šč')
      .replace(/sz/g, 'š')
      .replace(/cz/g, 'č')
      .replace(/c(?![hč])/g, 'ts')
      .replace(/rz|ż/g, 'ž')
      .replace(/ł/g, 'l')
      .replace(/w/g, 'v')
      .replace(/([bdfgklmnprstvz])ie/g, '$1e'),
  );
}

/**
 * The skeleton of a name as German writes it: tsch ch, sch sh, w v, j y, then as the scholarly romanisation
 * ("Chruschtschow", "Kornilow", "Sinowjew" as zinovyev). Undefined for a word with neither sch nor w.
 */
export function germanSkeleton(written: string): string | undefined {
  if (!/sch|w/.test(written)) return undefined;
  return hushedSkeleton(
    written
      .replace(/tsch/g, 'č')
      .replace(/sch/g, 'š')
      .replace(/w/g, 'v')
      .replace(/^s(?=[aeiou])/, 'z'),
  );
}

/**
 * The skeleton of a name as Croatian and Serbian write it: lj and nj the soft l and n ("Kamenjev", "Mogiljev",
 * "Sevastopolj"), then as the scholarly romanisation. Undefined for a word with neither.
 */
export function croatianSkeleton(written: string): string | undefined {
  if (!/[ln]j/.test(written)) return undefined;
  return englishSkeleton(scholarlyLetters(written.replace(/([ln])j/g, '$1')));
}

/** Lithuanian's nominative endings on a name: "Leninas", "Hitleris", "Sergejus", "Kaganovičius". */
export const LITHUANIAN_ENDINGS: readonly string[] = ['ius', 'as', 'is', 'us', 'ys'];
/** A name of three letters or more and one of those endings (the shortest stem first, so "-ius" before "-us"). */
const LITHUANIAN_FORM = new RegExp(String.raw`^(\p{L}{3,}?)(?:${LITHUANIAN_ENDINGS.join('|')})$`, 'u');

/** A stem and, for one in -sk, the -sky name Lithuanian's ending took the y of ("Kerenskis", "Voznesenskas"). */
export function withSky(stem: string): string[] {
  return /sk$/.test(stem) ? [stem, `${stem}y`] : [stem];
}

/**
 * The skeletons a name may have as Lithuanian writes it, in a case ending (-as, -is, -us, -ius, -ys): the ending
 * dropped, a -sky name's y given back ("Kerenskis", "Voznesenskas"), c ts (also before k: "Trockis"), ch kh, an i
 * between a consonant and a, o or u the softness of the consonant ("Želiabovas", "Chruščiovas"), then as the
 * scholarly romanisation; with the o after a hushing sound read as e and as o (Khrushchev, Yezhov). Empty for a word
 * in none of those endings.
 */
export function lithuanianSkeletons(written: string): string[] {
  const m = LITHUANIAN_FORM.exec(written);
  if (!m) return [];
  const w = scholarlyLetters(
    m[1]
      .replace(/c(?!h)/g, 'ts')
      .replace(/([čšž])i(?=[aou])/g, '$1')
      .replace(/([bdfgklmnprstvz])i(?=[aou])/g, '$1j'),
  );
  return withSky(w).flatMap((x) => {
    const hushed = x.replace(/(sh|ch|zh)ov$/, '$1ev');
    return hushed !== x ? [englishSkeleton(x), englishSkeleton(hushed)] : [englishSkeleton(x)];
  });
}

/**
 * The skeleton of a name as Latvian writes it, in a case ending (-s, -a, -u, -ā, -am, -ai): a long vowel's macron
 * and a soft consonant's comma dropped, h kh, then as the scholarly romanisation ("Staļins", "Zasuliča",
 * "Arhangeļska", "Hruščovs"). Undefined for a word with none of Latvian's own letters.
 */
export function latvianSkeleton(written: string): string | undefined {
  if (!/[āēīūļņķģ]|[čšž][aus]$/.test(written)) return undefined;
  return hushedSkeleton(written.replace(/(?:am|ai|s|a|u|ā)$/, ''));
}

/**
 * The skeleton of a name as Romanian writes it: ș sh, ț ts, î and â the y of Russian's ы, c before e or i ch (its i
 * silent before another vowel), j zh, and an h that is no part of another letter kh ("Troțki", "Stolîpin",
 * "Hrușciov", "Grinevițki"). Undefined for a word with none of Romanian's own letters.
 */
export function romanianSkeleton(written: string): string | undefined {
  if (!/[șşțţîâ]/.test(written)) return undefined;
  return hushedSkeleton(
    written
      .replace(/[șş]/g, 'š')
      .replace(/[țţ]/g, 'ts')
      .replace(/[îâ]/g, 'y')
      .replace(/ci(?=[aou])/g, 'č')
      .replace(/c(?=[ei])/g, 'č')
      .replace(/j/g, 'ž'),
  );
}

/**
 * The skeleton of a name as Hungarian writes it: sz is s, s sh, zs zh, cs ch, ny and gy the plain n and d, and an h
 * that is no part of another letter kh ("Sztolipin", "Moszkva", "Hruscsov", "Buharin", "Kamenyev"). Undefined for a
 * word with none of those letters.
 */
export function hungarianSkeleton(written: string): string | undefined {
  const hungarian = /sz|cs|zs/.test(written);
  if (!hungarian && !/ny|gy|(?<![cksztgp])h/.test(written)) return undefined;
  let w = written;
  if (hungarian)
    w = w
      .replace(/sz/g, '\u0001')
      .replace(/zs/g, 'ž')
      .replace(/cs/g, 'č')
      .replace(/s/g, 'š')
      .replace(/\u0001/g, 's');
  return hushedSkeleton(w.replace(/ny/g, 'n').replace(/gy/g, 'd'));
}

/**
 * The skeleton of a word brought to the scholarly letters, as Hungarian, Romanian and Latvian write Russian: an h
 * that is no part of another letter kh, the o after a hushing sound an e ("Hruscsov", "Hrușciov", "Hruščovs").
 */
function hushedSkeleton(w: string): string {
  const kh = /ch|kh/.test(w) ? w : w.replace(/(?<![cksztgp])h/g, 'kh');
  return englishSkeleton(scholarlyLetters(kh).replace(/(sh|ch|zh)ov$/, '$1ev'));
}

/**
 * The skeleton of a name as Czech (or the linguists' romanisation) writes it: c is ts, then as the scholarly one
 * ("Pobedonoscev" → pobedonostsev, "Chruščov" → khrushchov). Undefined for a word with no c but in ch or ck.
 */
export function czechSkeleton(written: string): string | undefined {
  if (!/c(?![hk])/.test(written)) return undefined;
  return englishSkeleton(scholarlyLetters(written.replace(/c(?![hk])/g, 'ts')));
}
