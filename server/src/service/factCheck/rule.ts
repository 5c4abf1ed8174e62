/** What a fact-checking rule is given and what it answers. One rule a file, beside this one. */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { PartialDate } from '../../kb/dates';
import type { Entity } from '../../kb/types';
import type { DateValue, Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import type { LineSpan } from '../findings';
import type { Clause } from './clauses';

/** The severity of each kind of finding; undefined where the settings turn it off. */
export interface FactSeverities {
  dates?: DiagnosticSeverity;
  anachronisms?: DiagnosticSeverity;
  confusions?: DiagnosticSeverity;
}

/** A mention of an entity in a clause: what a rule checks. */
export interface Claim {
  ctx: ServiceContext;
  /** The whole line. */
  text: string;
  clause: Clause;
  mention: Mention;
  entity: Entity;
  /** Where the mention lies: the range of a finding about the entity itself. */
  at: LineSpan;
  severities: FactSeverities;
}

/** A claim with the date that goes with it. */
export interface DatedClaim extends Claim {
  date: Mention;
  value: DateValue;
  /** The first and last day the written date can mean. */
  from: PartialDate;
  to: PartialDate;
  /** Where the date lies: the range of a finding about the date. */
  dateAt: LineSpan;
}

/**
 * undefined: the rule does not speak to this claim, and the next rule is asked; a list (often empty): the rule
 * has checked the claim, and no later rule is asked.
 */
export type Verdict = Diagnostic[] | undefined;

export interface FactRule {
  /** Hedge words (words.ts) that do not stop this rule: "became" names an appointment, not a renaming. */
  tolerates?: ReadonlySet<string>;
  /** A claim with a date. */
  dated?(claim: DatedClaim): Verdict;
  /** A claim without a date of its own. */
  undated?(claim: Claim): Verdict;
}
