import { tokenIndexAtOffset } from '../document/accessors';
import { isTitleCaseSentence } from '../entities/is-title-case-sentence';
import type { Token } from '../document/read-document';
import type { QuoteContext } from './build-quote-context';
import { SPEAKER_LABEL, type QuotedSpan } from './find-quoted-spans';
import type { ReportingCue } from './find-reporting-cues';
import { DASHES } from './lexicons/dashes';
import { findSpeakerPhrase, mainSubject, nounPhraseEndingAt, nounPhraseStartingAt, type SpeakerPhrase } from './find-speaker-phrase';

/** How a quoted span is used, with the attribution found next to it, if any. */
export interface QuotedSpanAttribution {
  /** `direct` for a whole statement in marks, `partial` for a fragment woven into the reporter's sentence. */
  readonly kind: 'direct' | 'partial';
  /** The cue of the attribution beside the marks (`“…,” he said`, `X said: “…”`), or null (also for `X put it this way: “…”`). */
  readonly cue: ReportingCue | null;
  /** The phrase naming the source in that attribution, or null. */
  readonly phrase: SpeakerPhrase | null;
  /** Where the content starts when a transcript label (`SMITH:`) inside the marks is left out of it. */
  readonly contentStart?: number;
}

// An attribution stands within a few words of the marks: `”, said a senior US official`.
const MAX_FRAME_TOKENS = 12;
// Set look-ups, not regular expressions: these run on up to 80 tokens around every quoted span.
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);
const QUOTE_MARK_VALUES: ReadonlySet<string> = new Set(['“', '”', '"', '‘', '’', "'", '«', '»', '„']);
const SHORT_FRAME_TOKENS = 7;
const DATELINE_DASHES: ReadonlySet<string> = new Set([...DASHES, '•']);

function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_MARK_VALUES.has(token.value);
}

function isWord(token: Token | undefined): boolean {
  return token !== undefined && token.pos !== 'PUNCT' && token.type !== 'tabCRLF';
}

/** The reporter's tokens before the opening mark, back to the sentence start (a line break, a full stop or another quote). */
function tokensBefore(context: QuoteContext, open: number): number[] {
  const before: number[] = [];
  const tokens = context.doc.tokens;
  // `X put it this way:` ¶ `“…”`: a paragraph that ends with a colon introduces the quote after it.
  let last = open - 1;
  while (tokens[last]?.type === 'tabCRLF' && tokens[last - 1] !== undefined) last -= 1;
  const start = tokens[last]?.value === ':' ? last : open - 1;
  for (let index = start; index >= 0 && open - index <= 40; index -= 1) {
    const token = context.doc.tokens[index];
    // A dateline (`OTTAWA —`) or a bullet ends the reporter's sentence as a full stop does.
    if (token === undefined || token.type === 'tabCRLF' || SENTENCE_END.has(token.value) || isQuoteMark(token) || DATELINE_DASHES.has(token.value)) break;
    before.push(index);
  }
  return before.reverse();
}

/** The reporter's tokens after the closing mark, up to the sentence end or another quote. */
function tokensAfter(context: QuoteContext, close: number, span: QuotedSpan): number[] {
  const tokens = context.doc.tokens;
  const lastCharacter = context.doc.text.slice(span.start, span.end).trimEnd().slice(-1);
  // `“… in Ottawa.” Next sentence` usually ends there, but `“Why?” Dubois asked` does not: a statement
  // that ends its own sentence keeps only a short attribution after it.
  const window = /[.?!…]/u.test(lastCharacter) ? SHORT_FRAME_TOKENS : 40;
  const after: number[] = [];
  // `Rep. Jane Roe (D-Calif.) said`: a full stop inside brackets ends no sentence.
  let depth = 0;
  for (let index = close + 1; index < tokens.length && index - close <= window; index += 1) {
    const token = tokens[index];
    if (token?.value === '(') depth += 1;
    if (token?.value === ')') depth = Math.max(0, depth - 1);
    // `Jane Roe, R-Ky., said`: the full stop of a state's abbreviation before a comma ends no sentence.
    const abbreviation = token?.value === '.' && tokens[index + 1]?.value === ',' && /^\p{Lu}\p{L}{0,4}$/u.test(tokens[index - 1]?.value ?? '');
    if (token === undefined || token.type === 'tabCRLF' || (SENTENCE_END.has(token.value) && depth === 0 && !abbreviation) || isQuoteMark(token)) break;
    after.push(index);
  }
  return after;
}

function frameAfter(context: QuoteContext, after: readonly number[], cueAt: ReadonlyMap<number, ReportingCue>): { cue: ReportingCue; phrase: SpeakerPhrase | null } | null {
  for (const index of after.slice(0, MAX_FRAME_TOKENS)) {
    const cue = cueAt.get(index);
    if (cue === undefined) continue;
    const phrase = findSpeakerPhrase(context, cue);
    const firstWord = after.find((candidate) => isWord(context.doc.tokens[candidate])) ?? cue.first;
    const speakerFirst = phrase === null ? cue.first : Math.min(phrase.first, cue.first);
    return speakerFirst <= firstWord || cue.first === firstWord ? { cue, phrase } : null;
  }
  return null;
}

function frameBefore(context: QuoteContext, before: readonly number[], cueAt: ReadonlyMap<number, ReportingCue>): { cue: ReportingCue; phrase: SpeakerPhrase | null } | null {
  const last = before[before.length - 1];
  if (last === undefined) return null;
  const lastToken = context.doc.tokens[last];
  const punctuated = lastToken?.value === ':' || lastToken?.value === ',';
  const window = before.slice(punctuated ? -7 : -2, punctuated ? -1 : undefined);
  for (let i = window.length - 1; i >= 0; i -= 1) {
    const cue = cueAt.get(window[i] ?? -1);
    if (cue !== undefined && (punctuated || cue.end - 1 === last)) return { cue, phrase: findSpeakerPhrase(context, cue) };
  }
  return null;
}

// Dashes that set a byline after a quotation (`“…” ― Jane Roe`), as in collected readers' comments and epigraphs.

/**
 * `“…” ― Jane Roe`: a dash and a name with nothing else after the marks name the source, as a byline
 * does; the quote is a whole statement (GUIDELINES §Quotes: the span that names the source).
 */
function dashByline(context: QuoteContext, after: readonly number[]): { cue: null; phrase: SpeakerPhrase } | null {
  const dash = after[0];
  if (dash === undefined || !DASHES.has(context.doc.tokens[dash]?.value ?? '')) return null;
  const last = after[after.length - 1] ?? dash;
  const phrase = nounPhraseStartingAt(context, dash + 1, last + 1);
  if (phrase === null || phrase.end <= last) return null;
  for (let index = phrase.first; index < phrase.end; index += 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || (token.pos !== 'PROPN' && context.mentionOfToken[index] === -1 && !/^\p{Lu}/u.test(token.value))) return null;
  }
  return { cue: null, phrase };
}

/** `"SMITH: …`: a transcript turn names its speaker in capitals before a colon inside the marks. */
function transcriptLabel(context: QuoteContext, span: QuotedSpan, open: number): SpeakerPhrase | null {
  if (!SPEAKER_LABEL.test(context.doc.text.slice(span.start, span.start + 34))) return null;
  for (let index = open + 1; index < context.doc.tokens.length && index - open <= 6; index += 1) {
    if (context.doc.tokens[index]?.value === ':') return index > open + 1 ? { first: open + 1, end: index, antecedent: null } : null;
  }
  return null;
}

/** `X put it this way: “…”`: with no speech verb, the subject of the sentence that the colon ends is the source. */
function introducedByColon(context: QuoteContext, before: readonly number[]): { cue: null; phrase: SpeakerPhrase | null } | null {
  const colon = before[before.length - 1];
  const first = before[0];
  if (colon === undefined || first === undefined || context.doc.tokens[colon]?.value !== ':') return null;
  // A headline `Name: “…”` has no verb: the name before the colon is the source.
  const phrase = mainSubject(context, first, colon) ?? headlineSubject(context, first, colon) ?? nounPhraseEndingAt(context, colon - 1, first);
  return phrase === null ? null : { cue: null, phrase };
}

/**
 * `Jane Roe Slams Board Chair: ‘…’`: wink tags a title-cased headline verb as a proper noun, so no verb
 * ends the subject; a person named at the start of such a line, with more words before the colon, is its
 * subject and the source, not the whole line (nor the person it goes on to name).
 */
function headlineSubject(context: QuoteContext, first: number, colon: number): SpeakerPhrase | null {
  const mention = context.mentionOfToken[first] ?? -1;
  if (context.entities[mention]?.type !== 'PERSON') return null;
  let end = first;
  while (end < colon && context.mentionOfToken[end] === mention) end += 1;
  const sentence = context.doc.sentences[context.doc.tokens[first]?.sentence ?? -1];
  if (end >= colon || sentence === undefined || !isTitleCaseSentence(context.doc, sentence)) return null;
  return { first, end, antecedent: null };
}

/**
 * Decides whether a quoted span is a whole statement (`direct`: nothing of the reporter's sentence
 * around it but an attribution) or a fragment woven into the reporter's sentence (`partial`), and
 * reads the attribution on either side of the marks: `“…,” X said`, `“…,” said X`, `X said: “…”`.
 */
export function attributeQuotedSpan(context: QuoteContext, span: QuotedSpan, cueAt: ReadonlyMap<number, ReportingCue>): QuotedSpanAttribution {
  const doc = context.doc;
  const open = tokenIndexAtOffset(doc, span.openMark);
  const close = span.closeMark === -1 ? tokenIndexAtOffset(doc, span.end) - 1 : tokenIndexAtOffset(doc, span.closeMark);
  const before = tokensBefore(context, open);
  const after = span.closeMark === -1 ? [] : tokensAfter(context, close, span);
  const label = transcriptLabel(context, span, open);
  if (label !== null) {
    // The label is the attribution, not what was said: the content starts at the first word after its colon.
    const colonEnd = doc.tokens[label.end]?.end ?? span.start;
    const firstWord = doc.text.slice(colonEnd, span.end).search(/\S/u);
    return { kind: 'direct', cue: null, phrase: label, contentStart: firstWord === -1 ? span.start : colonEnd + firstWord };
  }
  const byline = dashByline(context, after);
  const afterFrame = frameAfter(context, after, cueAt) ?? byline;
  const beforeFrame = frameBefore(context, before, cueAt);
  const beforeIsClear = !before.some((index) => isWord(doc.tokens[index])) || beforeFrame !== null || doc.tokens[before[before.length - 1] ?? -1]?.value === ':';
  const afterIsClear = !after.some((index) => isWord(doc.tokens[index])) || afterFrame !== null;
  const frame = afterFrame ?? beforeFrame ?? introducedByColon(context, before);
  // A byline closes a statement of its own; the words before it are the previous comment's byline.
  const isDirect = byline !== null || (beforeIsClear && afterIsClear);
  return { kind: isDirect ? 'direct' : 'partial', cue: frame?.cue ?? null, phrase: frame?.phrase ?? null };
}
