/**
 * Semantic tokens for LSP: one builder per note keeps the previous result, so that a delta request sends only edits.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta } from 'vscode-languageserver';
import type { LanguageService } from '../service/languageService';

export class TokenBuilders {
  private readonly builders = new Map<string, SemanticTokensBuilder>();

  full(service: LanguageService, uri: string): SemanticTokens {
    const b = this.builderFor(uri);
    push(service, uri, b);
    return b.build();
  }

  delta(service: LanguageService, uri: string, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const b = this.builderFor(uri);
    b.previousResult(previousResultId);
    push(service, uri, b);
    return b.buildEdits();
  }

  range(service: LanguageService, uri: string, fromLine: number, toLine: number): SemanticTokens {
    const b = new SemanticTokensBuilder();
    push(service, uri, b, fromLine, toLine);
    return b.build();
  }

  forget(uri: string): void {
    this.builders.delete(uri);
  }

  clear(): void {
    this.builders.clear();
  }

  private builderFor(uri: string): SemanticTokensBuilder {
    let b = this.builders.get(uri);
    if (!b) {
      b = new SemanticTokensBuilder();
      this.builders.set(uri, b);
    }
    return b;
  }
}

function push(service: LanguageService, uri: string, b: SemanticTokensBuilder, fromLine?: number, toLine?: number) {
  for (const t of service.semanticTokens(uri, fromLine, toLine)) b.push(t.line, t.start, t.length, t.type, t.modifiers);
}
