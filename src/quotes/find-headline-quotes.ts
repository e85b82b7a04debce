import type { Sentence } from '../document/read-document';
import { FIRST_NAME_GENDER } from '../entities/lexicons/first-names';
import { isTitleCaseSentence } from '../entities/is-title-case-sentence';
import { SOURCE_NOUNS } from './lexicons/source-words';
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
const MIN_HEADLINE_CONTENT_TOKENS = 3;
const SOURCE_LAST_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE']);

/** The tokens from `first` to `end` form exactly one PERSON/ORG/GPE mention. */
function isSingleSource(context: QuoteContext, first: number, end: number, types: ReadonlySet<string>): boolean {
  const mention = context.mentionOfToken[first] ?? -1;
  if (mention === -1 || !types.has(context.entities[mention]?.type ?? '')) return false;
  for (let index = first; index < end; index += 1) if (context.mentionOfToken[index] !== mention) return false;
  return end > first;
}

/**
 * `Poll: …`, `Jane Roe: …`, `Roe: …`: before the colon of a headline, a word for a source, a given name and a
 * surname, or the surname of a person the article names, none of which the entity tagger marked here, name the source.
 */
function isUnmarkedSource(context: QuoteContext, first: number, end: number, surnames: () => ReadonlySet<string>): boolean {
  const tokens = context.doc.tokens;
  const word = tokens[first]?.value ?? '';
  if (end - first === 1 && !/^\p{Lu}/u.test(word)) return false;
  if (end - first === 1 && SOURCE_NOUNS.has(word.toLowerCase())) return true;
  // `Pence: …`: the surname of a person the article names.
  if (end - first === 1) return surnames().has(word);
  if (end - first > 3 || !FIRST_NAME_GENDER.has(tokens[first]?.value ?? '')) return false;
  for (let index = first; index < end; index += 1) if (tokens[index]?.pos !== 'PROPN' || context.mentionOfToken[index] !== -1) return false;
  return true;
}

/** The last words of the article's multi-word PERSON mentions (`Jane Roe` → `Roe`). */
function surnamesOfPeople(context: QuoteContext): ReadonlySet<string> {
  const surnames = new Set<string>();
  for (const mention of context.entities) {
    const space = mention.text.lastIndexOf(' ');
    if (mention.type === 'PERSON' && space !== -1) surnames.add(mention.text.slice(space + 1));
  }
  return surnames;
}

/** The sentence is a paragraph of its own, as a headline is. */
function standsAlone(context: QuoteContext, sentence: Sentence): boolean {
  const before = context.doc.tokens[sentence.firstToken - 1];
  const after = context.doc.tokens[sentence.endToken];
  return (before === undefined || before.type === 'tabCRLF') && (after === undefined || after.type === 'tabCRLF');
}

/** `Jane Roe on Housing: …` → the index of `on`, or -1: a title-cased topic between the source and the colon. */
function topicAfterSource(context: QuoteContext, first: number, colon: number): number {
  const tokens = context.doc.tokens;
  for (let index = first + 1; index < colon - 1; index += 1) {
    if (tokens[index]?.value !== 'on') continue;
    for (let word = index + 1; word < colon; word += 1) if (!/^\p{Lu}/u.test(tokens[word]?.value ?? '')) return -1;
    return index;
  }
  return -1;
}

/**
 * `Roe: ‘We Will Not Back Down’`: a headline whose words after the colon are all in marks is a direct quote,
 * attributed with the marks; a closing mark that ends a fragment (`Roe: Rents Are ‘Shocking’`) does not stop it.
 */
function endsWithWholeQuote(context: QuoteContext, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const lastToken = tokens[sentence.endToken - 1];
  if (lastToken === undefined || !/^[”"’']$/u.test(lastToken.value)) return false;
  for (let index = sentence.firstToken; index < sentence.endToken - 1; index += 1) {
    if (tokens[index]?.value === ':' && context.quoteOfToken[index] === -1) return /^[“"‘']$/u.test(tokens[index + 1]?.value ?? '');
  }
  return true;
}

function headlineQuote(context: QuoteContext, sentence: Sentence, surnames: () => ReadonlySet<string>): HeadlineQuote | null {
  const tokens = context.doc.tokens;
  const { firstToken, endToken } = sentence;
  const lastValue = tokens[endToken - 1]?.value ?? '';
  if (endToken - firstToken > MAX_HEADLINE_TOKENS || /^[!?]$/u.test(lastValue) || endsWithWholeQuote(context, sentence)) return null;
  // A sentence with a full stop is a headline only on a line of its own: most prose stops here, before any scan.
  const alone = standsAlone(context, sentence);
  if (lastValue === '.' && !alone) return null;
  const last = lastValue === '.' ? endToken - 1 : endToken;
  let colon = -1;
  for (let index = firstToken; index < last; index += 1) {
    if (tokens[index]?.value === ':' && context.quoteOfToken[index] === -1) colon = colon === -1 ? index : -2;
  }
  if (colon < 0 || colon === firstToken || colon === last - 1) return null;
  // A line of its own is a headline even with a full stop after it (`Poll: Voters Shift Left.`).
  const titled = lastValue === '.' && alone && isTitleCaseSentence(context.doc, sentence);
  // `Source: Reuters.` is a credit line: a headline says something, in a few words at least.
  const saysSomething = last - colon > MIN_HEADLINE_CONTENT_TOKENS;
  // `Jane Roe on Housing: …`: the source may come with the topic she spoke on.
  const topic = topicAfterSource(context, firstToken, colon);
  const sourceEnd = topic === -1 ? colon : topic;
  const sourceFirst = isSingleSource(context, firstToken, sourceEnd, SOURCE_FIRST_TYPES)
    || (alone && saysSomething && isUnmarkedSource(context, firstToken, sourceEnd, surnames));
  if (!titled && lastValue === '.' && !(sourceFirst && alone)) return null;
  if (sourceFirst) return { phrase: { first: firstToken, end: sourceEnd, antecedent: null }, first: colon + 1, end: last };
  if (isSingleSource(context, colon + 1, last, SOURCE_LAST_TYPES)) return { phrase: { first: colon + 1, end: last, antecedent: null }, first: firstToken, end: colon };
  return null;
}

/**
 * Finds headline attributions written with a colon: `Chow: city ‘will not back down’` (source first) and
 * `X to attend summit: France` (source last). Only short lines without a final full stop count, and
 * only when one side of the single colon is exactly one named source.
 */
export function findHeadlineQuotes(context: QuoteContext): HeadlineQuote[] {
  const quotes: HeadlineQuote[] = [];
  // Built on first use, once per document: scanning every entity for each headline-like line made a
  // long text with many such lines quadratic.
  let surnames: ReadonlySet<string> | null = null;
  const surnamesOnce = (): ReadonlySet<string> => (surnames ??= surnamesOfPeople(context));
  for (const sentence of context.doc.sentences) {
    const quote = headlineQuote(context, sentence, surnamesOnce);
    if (quote !== null) quotes.push(quote);
  }
  return quotes;
}
