import { resolveCoreference } from '../coreference/resolve-coreference';
import type { Coreference } from '../coreference/types';
import { spanOfTokens, tokenIndexAtOffset, tokenIndexAtOffsetFrom } from '../document/accessors';
import { makeSpan } from '../document/offsets';
import type { Document } from '../document/read-document';
import type { AnnotateOptions, EntityMention, Quote, QuoteKind, Speaker } from '../types';
import { attributeQuotedSpan, type QuotedSpanAttribution } from './attribute-quoted-span';
import { buildQuoteContext, type QuoteContext } from './build-quote-context';
import { findHeadlineQuotes } from './find-headline-quotes';
import { findIndirectQuotes } from './find-indirect-quotes';
import type { QuotedSpan } from './find-quoted-spans';
import { findReportingCues, type ReportingCue } from './find-reporting-cues';
import { findSpeakerPhrase, mainSubject, type SpeakerPhrase } from './find-speaker-phrase';
import { NAMING_NOUNS } from './lexicons/source-words';
import { resolveSpeaker, type ResolvedSpeaker } from './resolve-speaker';
import { createSentimentAnalyzer, scoreQuoteSentiment } from './score-quote-sentiment';
import { DEFAULT_LEXICONS, type CompiledLexicons } from '../lexicons/compiled-lexicons';

/** A quote before its speaker is resolved: how to find the speaker is one of three ways. */
interface QuoteDraft {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly cue: ReportingCue | null;
  /** `phrase`: resolve `phrase`; `inherit`: same speaker as the draft `parent`; `continue`: the previous speaker. */
  readonly source: { readonly way: 'phrase'; readonly phrase: SpeakerPhrase | null } | { readonly way: 'inherit'; readonly parent: number } | { readonly way: 'continue' };
}

// A partial quote's governing cue stands in its sentence, within this many tokens of the marks.
const MAX_CUE_DISTANCE = 40;
// An unattributed quote continues the previous speaker only if that quote was this close (in sentences).
const CONTINUATION_SENTENCES = 3;

function indexCues(cues: readonly ReportingCue[]): Map<number, ReportingCue> {
  const cueAt = new Map<number, ReportingCue>();
  for (const cue of cues) for (let index = Math.min(cue.first, cue.verb); index < cue.end; index += 1) cueAt.set(index, cue);
  return cueAt;
}

/** The draft of an indirect quote over tokens `first` to `end`. */
function indirectDraft(context: QuoteContext, first: number, end: number, cue: ReportingCue | null, phrase: SpeakerPhrase | null): QuoteDraft {
  const tokens = context.doc.tokens;
  return { kind: 'indirect', start: tokens[first]?.start ?? 0, end: tokens[end - 1]?.end ?? 0, cue, source: { way: 'phrase', phrase } };
}

function tokenDrafts(context: QuoteContext, cues: readonly ReportingCue[]): QuoteDraft[] {
  const indirect = findIndirectQuotes(context, cues).map((quote) => indirectDraft(context, quote.first, quote.end, quote.cue, quote.phrase));
  const headlines = findHeadlineQuotes(context).map((quote) => indirectDraft(context, quote.first, quote.end, null, quote.phrase));
  return [...indirect, ...headlines];
}

/** The nearest cue before the marks in the quote's sentence (`described the talks as “…”`). */
function cueBefore(context: QuoteContext, span: QuotedSpan, cueAt: ReadonlyMap<number, ReportingCue>): ReportingCue | null {
  const tokens = context.doc.tokens;
  const open = tokenIndexAtOffset(context.doc, span.openMark);
  const sentence = tokens[open]?.sentence;
  for (let index = open - 1; index >= 0 && open - index <= MAX_CUE_DISTANCE && tokens[index]?.sentence === sentence; index -= 1) {
    const cue = cueAt.get(index);
    if (cue !== undefined) return cue;
  }
  return null;
}

/** The nearest cue in the quote's sentence: before the marks first, then after them. */
function nearestCue(context: QuoteContext, span: QuotedSpan, cueAt: ReadonlyMap<number, ReportingCue>): ReportingCue | null {
  const before = cueBefore(context, span, cueAt);
  if (before !== null) return before;
  const tokens = context.doc.tokens;
  const close = tokenIndexAtOffset(context.doc, span.end);
  const sentence = tokens[close]?.sentence;
  for (let index = close; index < tokens.length && index - close <= MAX_CUE_DISTANCE && tokens[index]?.sentence === sentence; index += 1) {
    const cue = cueAt.get(index);
    if (cue !== undefined) return cue;
  }
  return null;
}

/** `X accused the board of being “asleep”`: with no cue, a named person as the sentence's subject is the source. */
function personSubject(context: QuoteContext, span: QuotedSpan): SpeakerPhrase | null {
  const open = tokenIndexAtOffset(context.doc, span.openMark);
  const sentence = context.doc.sentences[context.doc.tokens[open]?.sentence ?? -1];
  if (sentence === undefined) return null;
  const subject = mainSubject(context, sentence.firstToken, open);
  const mention = subject === null ? undefined : context.entities[context.mentionOfToken[subject.end - 1] ?? -1];
  return mention?.type === 'PERSON' ? subject : null;
}

function sentenceAt(context: QuoteContext, offset: number): number {
  return context.doc.tokens[Math.min(tokenIndexAtOffset(context.doc, offset), context.doc.tokens.length - 1)]?.sentence ?? 0;
}

/** `the nickname “…”`, `her novel “…”`: marks right after a naming noun enclose a name or a title. */
function isNamed(context: QuoteContext, span: QuotedSpan): boolean {
  const open = tokenIndexAtOffset(context.doc, span.openMark);
  return NAMING_NOUNS.has(context.doc.tokens[open - 1]?.normal ?? '') || isTitleOfWork(context, span, open);
}

// Words that stand before the title of a show, book or event (`on CBS’s “Face the Nation”`, `in “Election Day”`).
const TITLE_OPENERS: ReadonlySet<string> = new Set(['on', 'of', 'in', 'at', 'from', "'s", '’s', 'the', 'a', 'an']);
// Short words a title leaves in lower case (`Face the Nation`, `Contract with America`).
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'and', 'or', 'by', 'from']);
const MAX_TITLE_WORDS = 6;
const MAX_TITLE_LENGTH = 80;

/** Every word capitalised but the small ones (`Face the Nation`), with at least one capitalised word. */
function isTitleCase(words: readonly string[]): boolean {
  const big = words.filter((word) => !TITLE_SMALL_WORDS.has(word));
  return big.length > 0 && big.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/**
 * `on CBS’s “Face the Nation,”`, `a “Commander-in-Chief Forum”`: a short title-cased phrase in marks after a
 * preposition, a possessive or an article names a show, a work or an event, not what anyone said
 * (GUIDELINES §Quotes: a title). In a title-cased headline every phrase looks like this, so none is skipped there.
 */
function isTitleOfWork(context: QuoteContext, span: QuotedSpan, open: number): boolean {
  // Cheap tests first: a title is short and starts with a capital or a digit.
  if (span.end - span.start > MAX_TITLE_LENGTH || !/[\p{Lu}\p{N}]/u.test(context.doc.text[span.start] ?? '')) return false;
  if (!TITLE_OPENERS.has(context.doc.tokens[open - 1]?.normal ?? '')) return false;
  // `chants of “Bobby!”`: an exclamation or a question was said, whatever its capitals.
  if (/[!?][”"’']?$/u.test(context.doc.text.slice(span.start, span.end).trimEnd())) return false;
  const words = context.doc.text.slice(span.start, span.end).replace(/[.,;:]+$/u, '').split(/\s+/u).filter((word) => word !== '');
  if (words.length > MAX_TITLE_WORDS || !isTitleCase(words)) return false;
  const sentence = context.doc.sentences[context.doc.tokens[open]?.sentence ?? -1];
  if (sentence === undefined) return false;
  const outside: string[] = [];
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = context.doc.tokens[index];
    if (token !== undefined && context.quoteOfToken[index] === -1 && /^\p{L}/u.test(token.value)) outside.push(token.value);
  }
  return !isTitleCase(outside);
}

// An indirect quote that contains a quoted span is among the few that end after the span starts.
const MAX_CONTAINERS_TO_TRY = 4;

/** The index of the indirect quote (from `from` on) whose content holds the marks of `span`, or -1. */
function containerOf(containers: readonly QuoteDraft[], from: number, span: QuotedSpan): number {
  for (let index = from; index < containers.length && index < from + MAX_CONTAINERS_TO_TRY; index += 1) {
    const draft = containers[index];
    if (draft !== undefined && draft.start <= span.openMark && draft.end >= span.end) return index;
  }
  return -1;
}

/** The draft of a quoted span, with the kind and content start its attribution found. */
function spanDraft(span: QuotedSpan, attribution: QuotedSpanAttribution, cue: ReportingCue | null, source: QuoteDraft['source']): QuoteDraft {
  return { kind: attribution.kind, start: attribution.contentStart ?? span.start, end: span.end, cue, source };
}

/** The person a speaker phrase names by its last word, or undefined. */
function personNamed(context: QuoteContext, phrase: SpeakerPhrase | null): string | undefined {
  const mention = phrase === null ? undefined : context.entities[context.mentionOfToken[phrase.end - 1] ?? -1];
  return mention?.type === 'PERSON' ? mention.entity : undefined;
}

/**
 * `“…,” Jane Roe said. “If …¶“I have …,” added Ann Vale.`: a quote that runs over paragraphs (its first part
 * never closed) but ends with an attribution to another named person than the quote just before it in its
 * first paragraph was two quotes, one mark missing. Returns the draft of the first one, which goes on the
 * earlier speaker's statement, and the start of the second, just past its opening mark; or null.
 */
function splitAtNewSpeaker(context: QuoteContext, span: QuotedSpan, phrase: SpeakerPhrase | null, previous: PreviousDirect | null): { first: QuoteDraft; secondStart: number } | null {
  const text = context.doc.text;
  if (!span.multiParagraph || previous === null || /[\n\r\u2029]/u.test(text.slice(previous.end, span.openMark))) return null;
  const speaker = personNamed(context, phrase);
  if (speaker === undefined || previous.person === undefined || speaker === previous.person) return null;
  const lastBreak = Math.max(text.lastIndexOf('\n', span.end), text.lastIndexOf('\u2029', span.end));
  const mark = text.slice(lastBreak, span.end).search(/\S/u) + lastBreak;
  if (lastBreak < span.start || mark < lastBreak) return null;
  const firstEnd = text.slice(span.start, lastBreak).trimEnd().length + span.start;
  return { first: { kind: 'direct', start: span.start, end: firstEnd, cue: null, source: { way: 'continue' } }, secondStart: mark + 1 };
}

/** The last direct quote drafted, with where it ends and the person its attribution names. */
interface PreviousDirect { readonly end: number; readonly person: string | undefined }

/** Drafts for the quoted spans; partial quotes inside an indirect quote take its speaker. */
function spanDrafts(context: QuoteContext, cueAt: ReadonlyMap<number, ReportingCue>, containers: readonly QuoteDraft[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  let containerIndex = 0;
  let previous: PreviousDirect | null = null;
  for (const span of context.quotedSpans) {
    while (containerIndex < containers.length && (containers[containerIndex]?.end ?? 0) < span.start) containerIndex += 1;
    if (isNamed(context, span)) continue;
    const attribution = attributeQuotedSpan(context, span, cueAt);
    const parent = containerOf(containers, containerIndex, span);
    const split = attribution.kind === 'direct' ? splitAtNewSpeaker(context, span, attribution.phrase, previous) : null;
    if (attribution.kind === 'direct') previous = { end: span.end, person: personNamed(context, attribution.phrase) };
    if (split !== null) {
      drafts.push(split.first, { kind: 'direct', start: split.secondStart, end: span.end, cue: attribution.cue, source: { way: 'phrase', phrase: attribution.phrase } });
    } else if (attribution.kind === 'partial' && parent !== -1) {
      drafts.push(spanDraft(span, attribution, containers[parent]?.cue ?? null, { way: 'inherit', parent }));
    } else if ((attribution.cue !== null || attribution.phrase !== null) && (attribution.kind === 'direct' || cueBefore(context, span, cueAt) === null)) {
      drafts.push(spanDraft(span, attribution, attribution.cue, { way: 'phrase', phrase: attribution.phrase }));
    } else {
      const cue = attribution.kind === 'partial' ? nearestCue(context, span, cueAt) : null;
      const subject = attribution.kind === 'partial' && cue === null ? personSubject(context, span) : null;
      if (cue !== null) drafts.push(spanDraft(span, attribution, cue, { way: 'phrase', phrase: findSpeakerPhrase(context, cue) }));
      else if (subject !== null) drafts.push(spanDraft(span, attribution, null, { way: 'phrase', phrase: subject }));
      else drafts.push(spanDraft(span, attribution, null, { way: 'continue' }));
    }
  }
  return drafts;
}

// A fresh object per call: the speaker ends up inside a returned quote, which the caller may change.
function nobody(): ResolvedSpeaker {
  return { speaker: { mention: null, entity: null, description: null }, type: null, number: 'singular', gender: null, sentence: -1 };
}

/** Resolves every draft's speaker in text order, so pronouns and continuations see the speakers before them. */
function resolveDrafts(context: QuoteContext, coreference: Coreference, drafts: readonly QuoteDraft[], containers: readonly QuoteDraft[]): Array<{ draft: QuoteDraft; speaker: Speaker } | null> {
  const history: ResolvedSpeaker[] = [];
  const resolvedContainers = new Map<QuoteDraft, ResolvedSpeaker>();
  let previous: { resolved: ResolvedSpeaker; sentence: number } | null = null;
  return drafts.map((draft) => {
    const sentence = sentenceAt(context, draft.start);
    let resolved: ResolvedSpeaker;
    if (draft.source.way === 'phrase') resolved = resolveSpeaker({ context, coreference, history }, draft.source.phrase);
    else if (draft.source.way === 'inherit') resolved = resolvedContainers.get(containers[draft.source.parent] as QuoteDraft) ?? nobody();
    else if (previous !== null && sentence - previous.sentence <= CONTINUATION_SENTENCES) resolved = previous.resolved;
    else if (draft.kind === 'partial') return null; // a scare-quoted term nobody is reported to have said
    else resolved = nobody();
    if (draft.kind === 'indirect') resolvedContainers.set(draft, resolved);
    if (resolved.speaker.entity !== null || resolved.speaker.description !== null) {
      history.push({ speaker: resolved.speaker, type: resolved.type, number: resolved.number, gender: resolved.gender, sentence });
    }
    previous = { resolved, sentence };
    return { draft, speaker: resolved.speaker };
  });
}

/**
 * Whether direct quote `next` goes on the statement of direct quote `previous`: the same cue stands
 * between them (`“…,” he said, “…”`), or `next` has no attribution of its own and follows in the same
 * paragraph (`“…,” she said. “…”`).
 */
function continuesStatement(text: string, previous: QuoteDraft, next: QuoteDraft): boolean {
  if (previous.kind !== 'direct' || next.kind !== 'direct' || previous.cue === null) return false;
  if (next.cue === previous.cue) return true;
  return next.source.way === 'continue' && !/[\n\r\u2029]/u.test(text.slice(previous.end, next.start));
}

/** Numbers the statements in text order; the pieces of one interrupted quote share a number. */
function numberStatements(text: string, drafts: readonly QuoteDraft[]): number[] {
  const numbers: number[] = [];
  let statement = -1;
  let lastDirect: QuoteDraft | null = null;
  for (const draft of drafts) {
    const joins = lastDirect !== null && numbers.length > 0 && drafts[numbers.length - 1] === lastDirect && continuesStatement(text, lastDirect, draft);
    if (!joins) statement += 1;
    numbers.push(statement);
    lastDirect = draft.kind === 'direct' ? draft : null;
  }
  return numbers;
}

/**
 * Whether the token at an offset stands inside quotation marks. Coreference asks once per mention, in
 * text order, so each answer walks on from the previous one's token (from the start, should an offset
 * come out of order) instead of a binary search per mention.
 */
function quotedOffsetTest(context: QuoteContext): (offset: number) => boolean {
  let previousOffset = 0;
  let previousToken = 0;
  return (offset) => {
    const token = tokenIndexAtOffsetFrom(context.doc, offset, offset >= previousOffset ? previousToken : 0);
    previousOffset = offset;
    previousToken = token;
    return context.quoteOfToken[token] !== -1;
  };
}

/** Finds every direct, partial and indirect quote in the document and attributes it to its speaker. */
export function attributeDocumentQuotes(
  doc: Document, entities: readonly EntityMention[], options: AnnotateOptions = {}, lexicons: CompiledLexicons = DEFAULT_LEXICONS,
): Quote[] {
  return attributeQuotesWithCoreference(doc, entities, options, lexicons).quotes;
}

/**
 * Attributes the document's quotes and returns, beside them, the one coreference stage they were
 * resolved with, so that stances read the same links without resolving the document again.
 */
export function attributeQuotesWithCoreference(
  doc: Document, entities: readonly EntityMention[], options: AnnotateOptions = {}, lexicons: CompiledLexicons = DEFAULT_LEXICONS,
): { readonly quotes: Quote[]; readonly coreference: Coreference } {
  void options;
  const context = buildQuoteContext(doc, entities, lexicons);
  // The context keeps the mentions sorted, so coreference asks about them in text order.
  const coreference = resolveCoreference(doc, context.entities, { isQuoted: quotedOffsetTest(context) });
  const cues = findReportingCues(context);
  const cueAt = indexCues(cues);
  const containers = tokenDrafts(context, cues).sort((a, b) => a.start - b.start || b.end - a.end);
  const drafts = [...containers, ...spanDrafts(context, cueAt, containers)].sort((a, b) => a.start - b.start || b.end - a.end);
  const analyze = createSentimentAnalyzer();
  const kept = resolveDrafts(context, coreference, drafts, containers).filter((item) => item !== null);
  const statements = numberStatements(doc.text, kept.map((item) => item.draft));
  const quotes = kept.map(({ draft, speaker }, index) => {
    const content = makeSpan(doc.text, draft.start, draft.end);
    const cue = draft.cue === null ? null : spanOfTokens(doc, draft.cue.first, draft.cue.end);
    return { kind: draft.kind, content, speaker, cue, sentiment: scoreQuoteSentiment(analyze, content.text), statement: statements[index] ?? index };
  });
  return { quotes, coreference };
}
