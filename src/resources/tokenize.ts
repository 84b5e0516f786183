// Runs the yaml lexer and parser token by token, stopping at the document limit, and before the
// (recursive) composer could see a pathologically nested file.
import { CST, Parser, Lexer, type LineCounter } from 'yaml';
import type { Limits } from './limits.js';

export interface Stop {
  kind: 'depth' | 'documents' | 'scalars';
  offset: number;
}

export function tokenize(
  text: string,
  limits: Limits,
  lineCounter: LineCounter,
): { tokens: CST.Token[]; stopped?: Stop } {
  // The parser's stack grows by about one entry per nesting level; twice the limit leaves the
  // exact check on the composed document to report ordinary cases with a precise position.
  const stackLimit = limits.maxDepth * 2 + 8;
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let documents = 0;
  let scalars = 0;
  const take = (token: CST.Token): Stop | undefined => {
    if (token.type === 'document' && ++documents > limits.maxDocuments) {
      return { kind: 'documents', offset: token.offset };
    }
    tokens.push(token);
    return undefined;
  };
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === CST.SCALAR && ++scalars > limits.maxScalars) {
      return { tokens, stopped: { kind: 'scalars', offset: parser.offset } };
    }
    for (const token of parser.next(lexeme)) {
      const stopped = take(token);
      if (stopped) return { tokens, stopped };
    }
    if (parser.stack.length > stackLimit)
      return { tokens, stopped: { kind: 'depth', offset: parser.offset } };
  }
  for (const token of parser.end()) {
    const stopped = take(token);
    if (stopped) return { tokens, stopped };
  }
  return { tokens };
}
