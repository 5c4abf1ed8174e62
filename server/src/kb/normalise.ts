/**
 * Folding of names for comparison: case, diacritics, apostrophes and hyphen or space variants do not matter
 * ("Lenin’s" and "lenin's", "Zinovyev" stays itself: transliterations are aliases, not folds).
 */

/** Lower-case, strip combining marks, unify apostrophes and dashes, collapse white space (incl. NBSP). */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}
