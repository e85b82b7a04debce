import type { Sentence } from '../document/read-document';
import type { QuoteContext } from './build-quote-context';
import type { SpeakerPhrase } from './find-speaker-phrase';

/** A headline that reports speech with a colon and no verb: `X: content` or `content: X`. */
export interface HeadlineQuote {
  /** The source's tokens. */
  readonly phrase: SpeakerPhrase;
  /** The first token of the reported content. */
  readonly first: number;
  /** The token just past the reported content. */
  readonly end: number;
}

// Headlines are short and carry no final full stop; longer lines with a colon are prose.
const MAX_HEADLINE_TOKENS = 24;
// A name before the colon is a speaker only if it is a person (`AFP: …` is a credit line).
const SOURCE_FIRST_TYPES: ReadonlySet<string> = new Set(['PERSON']);
const SOURCE_LAST_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE']);

/** The tokens from `first` to `end` form exactly one PERSON/ORG/GPE mention. */
function isSingleSource(context: QuoteContext, first: number, end: number, types: ReadonlySet<string>): boolean {
  const mention = context.mentionOfToken[first] ?? -1;
  if (mention === -1 || !types.has(context.entities[mention]?.type ?? '')) return false;
  for (let index = first; index < end; index += 1) if (context.mentionOfToken[index] !== mention) return false;
  return end > first;
}

function headlineQuote(context: QuoteContext, sentence: Sentence): HeadlineQuote | null {
  const tokens = context.doc.tokens;
  const { firstToken, endToken } = sentence;
  const lastValue = tokens[endToken - 1]?.value ?? '';
  if (endToken - firstToken > MAX_HEADLINE_TOKENS || /^[.!?”"’]$/u.test(lastValue)) return null;
  let colon = -1;
  for (let index = firstToken; index < endToken; index += 1) {
    if (tokens[index]?.value === ':' && context.quoteOfToken[index] === -1) colon = colon === -1 ? index : -2;
  }
  if (colon < 0 || colon === firstToken || colon === endToken - 1) return null;
  if (isSingleSource(context, firstToken, colon, SOURCE_FIRST_TYPES)) return { phrase: { first: firstToken, end: colon, antecedent: null }, first: colon + 1, end: endToken };
  if (isSingleSource(context, colon + 1, endToken, SOURCE_LAST_TYPES)) return { phrase: { first: colon + 1, end: endToken, antecedent: null }, first: firstToken, end: colon };
  return null;
}

/**
 * Finds headline attributions written with a colon: `Chow: city ‘will not back down’` (source first) and
 * `X to attend summit: France` (source last). Only short lines without a final full stop count, and
 * only when one side of the single colon is exactly one named source.
 */
export function findHeadlineQuotes(context: QuoteContext): HeadlineQuote[] {
  const quotes: HeadlineQuote[] = [];
  for (const sentence of context.doc.sentences) {
    const quote = headlineQuote(context, sentence);
    if (quote !== null) quotes.push(quote);
  }
  return quotes;
}
