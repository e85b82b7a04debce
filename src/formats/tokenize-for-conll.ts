import type { EntityMention, Span } from '../types';

/** One token of a CoNLL export: its offsets in the article. */
export interface ConllToken {
  /** The offset of the token's first UTF-16 code unit. */
  readonly start: number;
  /** The offset just past the token. */
  readonly end: number;
}

// The same spaces wink-nlp splits on (see document/offsets.ts), so no token holds a tab or a line break.
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);

// The length of the code point at `index`, so punctuation is peeled without splitting a surrogate pair.
function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

// Peels punctuation off both ends of a piece, one character per token, as CoNLL corpora do
// (`Syria,` → `Syria` `,`); a piece inside an entity is kept whole, so `U.S.` stays one token.
function peelPunctuation(text: string, start: number, end: number, tokens: ConllToken[]): void {
  const leading: ConllToken[] = [];
  let left = start;
  // An apostrophe glued to the word before it opens a clitic (`Brindle` + `'s`), not a quote.
  const isClitic = start > 0 && !isSpace(text.charCodeAt(start - 1)) && APOSTROPHES.has(text[start] ?? '')
    && WORD_CHARACTER.test(text[start + 1] ?? '');
  while (!isClitic && left < end && !WORD_CHARACTER.test(text[left] ?? '')) {
    const length = codePointLength(text, left);
    leading.push({ start: left, end: Math.min(end, left + length) });
    left += length;
  }
  const trailing: ConllToken[] = [];
  let right = end;
  while (right > left && !WORD_CHARACTER.test(text[right - 1] ?? '')) {
    const length = right - 2 >= left && codePointLength(text, right - 2) === 2 ? 2 : 1;
    trailing.unshift({ start: right - length, end: right });
    right -= length;
  }
  tokens.push(...leading);
  if (right > left) tokens.push({ start: left, end: right });
  tokens.push(...trailing);
}

/**
 * Splits a sentence into tokens for CoNLL: at whitespace, at every entity boundary (so each entity
 * is a whole number of tokens and its BIO tags give back its exact span), and punctuation off the
 * ends of words outside entities. `entities` must be sorted by `start`.
 */
export function tokenizeForConll(text: string, sentence: Span, entities: readonly EntityMention[]): ConllToken[] {
  const cuts = new Set<number>();
  for (const entity of entities) {
    if (entity.end <= sentence.start || entity.start >= sentence.end) continue;
    cuts.add(entity.start);
    cuts.add(entity.end);
  }
  // Pieces come in text order, so one cursor over the sorted entities says whether each is inside one.
  let next = 0;
  const insideEntity = (offset: number): boolean => {
    while (next < entities.length && (entities[next]?.end ?? 0) <= offset) next += 1;
    const entity = entities[next];
    return entity !== undefined && entity.start <= offset;
  };
  const tokens: ConllToken[] = [];
  let pieceStart = -1;
  for (let position = sentence.start; position <= sentence.end; position += 1) {
    const atEnd = position === sentence.end || isSpace(text.charCodeAt(position));
    if (pieceStart !== -1 && (atEnd || cuts.has(position))) {
      if (insideEntity(pieceStart)) tokens.push({ start: pieceStart, end: position });
      else peelPunctuation(text, pieceStart, position, tokens);
      pieceStart = -1;
    }
    if (!atEnd && pieceStart === -1) pieceStart = position;
  }
  return tokens;
}
