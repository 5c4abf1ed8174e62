/**
 * How numbered assemblies are called, read from the knowledge base's labels as English says them: the label
 * "15th Congress of the All-Union Communist Party (Bolsheviks)" makes "Party Congress" after the ordinal, and a
 * "Party congress" as its kind. No body's name is written in the code.
 */
import type { Entity } from '../kb/types';

/** The body an assembly belongs to, by the last word of its name: "Party" in "Congress of the … Party (…)". */
export function seriesBody(e: Entity): string | undefined {
  if (!e.series) return undefined;
  const keyword = e.series.keyword;
  const of = new RegExp(`^\\S+\\s+${keyword}\\s+of\\s+(?:the\\s+)?(.+?)\\s*(?:\\([^)]*\\))?$`, 'i');
  return of.exec(e.label)?.[1].split(/\s+/).pop();
}

/** What follows the ordinal: "Party Congress", or the keyword alone ("Congress") when the label names no body. */
export function seriesName(e: Entity): string {
  const keyword = e.series!.keyword;
  const titled = keyword[0].toUpperCase() + keyword.slice(1);
  const body = seriesBody(e);
  return body ? `${body} ${titled}` : titled;
}

/** The ending of an ordinal: "1st", "2nd", "13th", "22nd". */
export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
