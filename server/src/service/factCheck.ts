/** Fact checking of dates, anachronisms and confusions: filled in by the fact-checking work (issue 5). */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NoteAnalysis } from '../recogniser/document';
import type { ServiceContext } from './context';

export function checkFacts(_ctx: ServiceContext, _n: NoteAnalysis): Diagnostic[] {
  return [];
}
