import type { EntityType, Span } from '../../src/types';

/** An entity span read back from CoNLL BIO tags. */
export interface ConllEntity extends Span {
  readonly type: EntityType;
}

/**
 * Reads CoNLL BIO lines back into entity spans, finding each token in the text by searching
 * forward from the previous one (CoNLL keeps no offsets). Also returns the sentences as token lists.
 */
export function readConll(text: string, conll: string): { entities: ConllEntity[]; sentences: string[][] } {
  const entities: ConllEntity[] = [];
  const sentences: string[][] = [];
  let cursor = 0;
  let open: { start: number; end: number; type: EntityType } | undefined;
  const close = (): void => {
    if (open !== undefined) entities.push({ ...open, text: text.slice(open.start, open.end) });
    open = undefined;
  };
  for (const block of conll.split('\n\n').filter((part) => part.trim() !== '')) {
    const tokens: string[] = [];
    for (const line of block.split('\n').filter((row) => row !== '')) {
      const [token = '', tag = '', ...extra] = line.split('\t');
      if (extra.length > 0 || token === '' || !/^(O|[BI]-(PERSON|ORG|GPE|LOC|NORP))$/.test(tag)) throw new Error(`bad CoNLL line: ${JSON.stringify(line)}`);
      const start = text.indexOf(token, cursor);
      if (start < 0) throw new Error(`token ${JSON.stringify(token)} not found after ${cursor}`);
      cursor = start + token.length;
      tokens.push(token);
      if (tag === 'O' || tag.startsWith('B-')) close();
      if (tag.startsWith('B-')) open = { start, end: cursor, type: tag.slice(2) as EntityType };
      if (tag.startsWith('I-')) {
        if (open === undefined) throw new Error(`I- tag without a B-: ${line}`);
        open.end = cursor;
      }
    }
    close();
    sentences.push(tokens);
  }
  return { entities, sentences };
}
