import { tokenIndexAtOffset } from '../document/accessors';
import type { Token } from '../document/read-document';
import type { QuoteContext } from './build-quote-context';
import { findClauseEnd } from './find-clause-end';
import type { QuotedSpan } from './find-quoted-spans';
import type { ReportingCue } from './find-reporting-cues';
import { findSpeakerPhrase, nounPhraseStartingAt, type SpeakerPhrase } from './find-speaker-phrase';
import { DASHES, DASHES_AND_HYPHEN } from './lexicons/dashes';
import { DEMAND_PHRASAL_VERBS, GERUND_SPEECH_VERBS, INFINITIVE_SPEECH_VERBS, NOUN_OBJECT_SPEECH_VERBS, OBJECT_SPEECH_VERBS, THAT_CLAUSE_VERBS, WH_CLAUSE_VERBS } from './lexicons/speech-verbs';
import { TIME_WORDS } from './lexicons/source-words';

/** Reported speech without quotation marks: a cue, its source and the clause it reports. */
export interface IndirectQuote {
  /** The cue. */
  readonly cue: ReportingCue;
  /** The phrase naming the source, or null. */
  readonly phrase: SpeakerPhrase | null;
  /** The first token of the reported clause. */
  readonly first: number;
  /** The token just past the reported clause. */
  readonly end: number;
}

// Between a cue and its clause: `said on Monday in a statement that`. Longer gaps are not attributions.
const MAX_GAP_TO_THAT = 10;
const MAX_OBJECT_TO_INFINITIVE = 25;
const MAX_SUBJECT_TO_VERB = 12;
const MAX_FRONTED_TOKENS = 20;
const MAX_PHRASE_AFTER_CUE = 7;
const QUESTION_VERBS: ReadonlySet<string> = new Set(['ask', 'question', 'inquire', 'enquire']);
const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'how', 'why', 'what', 'when', 'where', 'who', 'if']);
// `…, officials said` reports at most this many tokens before the attribution.
const MAX_CLAUSE_BEFORE = 150;
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'that', 'nobody', 'no', 'some', 'all', 'both']);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
// A Set, not a regular expression: it is tested at nearly every step of every walk in this file.
const SENTENCE_STOP_VALUES: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '…', '...']);
function isSentenceStop(value: string): boolean {
  return SENTENCE_STOP_VALUES.has(value);
}

/** Whether any token from `first` (at least 0) to `end` passes `test`: `tokens.slice(first, end).some(test)` without the copy. */
function someToken(context: QuoteContext, first: number, end: number, test: (token: Token) => boolean): boolean {
  for (let index = Math.max(first, 0); index < end && index < context.doc.tokens.length; index += 1) {
    const token = context.doc.tokens[index];
    if (token !== undefined && test(token)) return true;
  }
  return false;
}

function isVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' || token?.pos === 'AUX';
}

function thatClause(context: QuoteContext, cue: ReportingCue): number {
  const tokens = context.doc.tokens;
  const from = cue.end;
  for (let index = from; index < tokens.length && index - from <= MAX_GAP_TO_THAT; index += 1) {
    const token = tokens[index];
    if (token === undefined || isSentenceStop(token.value) || token.type === 'tabCRLF') return -1;
    if (isVerb(token)) return thatAfterParenthetical(context, cue);
    // `rejected that view` is a determiner, not a complementiser: a clause must follow.
    if (token.normal === 'that' && context.quoteOfToken[index] === -1) {
      // `said that was not her view`: `that` is the clause's subject.
      if (isVerb(tokens[index + 1]) && index === from) return index;
      // `said that if …`, `found that in the largest counties, …`: an adverbial after the complementiser opens a clause.
      // `said that, if elected, she would …`: a comma after the complementiser opens a fronted adverbial.
      if (tokens[index + 1]?.value === ',' && startsFrontedClause(context, index + 2)) return index + 2;
      const subordinate = tokens[index + 1]?.pos === 'SCONJ' || (tokens[index + 1]?.pos === 'ADP' && tokens[index + 1]?.normal !== 'of');
      if (subordinate || startsFrontedClause(context, index + 1)) return index + 1;
      if (index === from && isDeterminerThat(context, cue, index + 1)) return isFiniteVerb(tokens[index + 2]) ? index + 1 : -1;
      if (index === from && isLooseClause(context, cue, index + 1)) return index + 1;
      return startsClause(context, index + 1) || startsAfterModifier(context, index + 1) ? index + 1 : -1;
    }
  }
  return thatAfterParenthetical(context, cue);
}

// `insisted, most recently in an interview with a local radio station, that …`: a parenthetical may be long.
const MAX_PARENTHETICAL_BEFORE_THAT = 20;
const MAX_PHRASE_BEFORE_FIRST_COMMA = 10;

/**
 * `insisted, in an interview on Sunday, that …`, `cautioned, as did the mayor, that …`, `says at a stop in
 * Akron, Ohio, that …`: a parenthetical set off by commas stands between the cue and `, that`.
 */
function thatAfterParenthetical(context: QuoteContext, cue: ReportingCue): number {
  const tokens = context.doc.tokens;
  if (cue.form !== 'verb') return -1;
  let commas = 0;
  for (let index = cue.end; index < tokens.length - 1 && index - cue.end <= MAX_PARENTHETICAL_BEFORE_THAT; index += 1) {
    const token = tokens[index];
    if (token === undefined || isSentenceStop(token.value) || token.type === 'tabCRLF' || context.quoteOfToken[index] !== -1) return -1;
    // `, as did the mayor,`: only the auxiliary of a comparison may stand in the parenthetical.
    if (token.pos === 'AUX' && tokens[index - 1]?.normal !== 'as') return -1;
    if (token.value === ',') commas += 1;
    // No comma soon after the cue: no parenthetical, so no `, that` to find (most cues stop here).
    else if (commas === 0 && index - cue.end >= MAX_PHRASE_BEFORE_FIRST_COMMA) return -1;
    else if (token.normal === 'that' && tokens[index - 1]?.value === ',' && commas >= 1) {
      return startsClause(context, index + 1) || isLooseClause(context, cue, index + 1) ? index + 1 : -1;
    }
  }
  return -1;
}

// `said that to reporters`: a clause after `that` runs at least this many tokens before any punctuation.
const MIN_LOOSE_CLAUSE_TOKENS = 3;

/** An auxiliary or an inflected verb that is no participle (`was`, `fell`). */
function isFiniteVerb(token: Token | undefined): boolean {
  if (token?.pos === 'AUX') return token.normal !== 'to';
  return token?.pos === 'VERB' && token.normal !== token.lemma && !token.normal.endsWith('ing');
}

/** `rejected that argument`: after a verb that mostly takes a noun object, `that` before a singular noun is a determiner. */
function isDeterminerThat(context: QuoteContext, cue: ReportingCue, index: number): boolean {
  const token = context.doc.tokens[index];
  const takesNoun = NOUN_OBJECT_SPEECH_VERBS.has(cue.lemma) || THAT_CLAUSE_VERBS.has(cue.lemma);
  if (!takesNoun || token === undefined || token.pos !== 'NOUN' || token.normal !== token.lemma || context.mentionOfToken[index] !== -1) return false;
  // `demanded that police release the video`: after a mandative verb, a noun and a word that goes on (the bare
  // verb, which wink may tag as a noun) open a clause; `demanded that apology.` ends at once.
  const after = context.doc.tokens[index + 1];
  return !MANDATIVE_VERBS.has(cue.lemma) || after === undefined || after.pos === 'PUNCT' || after.pos === 'ADP';
}

/**
 * `is saying that revelations about the plan show …`, `demanded that police release …`: right after a cue,
 * `that` before a subject opens a clause even where wink tags its verb as a noun or an adjective. Only
 * a singular noun after a verb that mostly takes a noun object (`rejected that argument`) reads as a determiner.
 */
function isLooseClause(context: QuoteContext, cue: ReportingCue, index: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  if (token === undefined || cue.form !== 'verb') return false;
  const subjectLike = token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'DET' || token.pos === 'NUM'
    || (token.pos === 'PRON' && CLAUSE_PRONOUNS.has(token.normal)) || context.mentionOfToken[index] !== -1;
  if (!subjectLike || TIME_WORDS.has(token.normal)) return false;
  for (let next = index + 1; next < tokens.length && next - index < MIN_LOOSE_CLAUSE_TOKENS; next += 1) {
    const candidate = tokens[next];
    if (candidate === undefined || candidate.type === 'tabCRLF' || isSentenceStop(candidate.value) || candidate.value === ',') return false;
  }
  return true;
}

/**
 * `to lend`, `to quietly lend`, `to not lend`: after `to`, a verb, or one adverb and a verb (a split infinitive is
 * ordinary news English). The reported content starts at `index`, the adverb included.
 */
function isInfinitiveAfterTo(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.pos === 'VERB') return true;
  return (token?.pos === 'ADV' || token?.normal === 'not') && tokens[index + 1]?.pos === 'VERB';
}

function infinitiveAfterObject(context: QuoteContext, from: number): number {
  const tokens = context.doc.tokens;
  for (let index = from; index < tokens.length - 1 && index - from <= MAX_OBJECT_TO_INFINITIVE; index += 1) {
    const token = tokens[index];
    if (token === undefined || isSentenceStop(token.value) || token.type === 'tabCRLF') return -1;
    if (token.normal === 'to' && isInfinitiveAfterTo(tokens, index + 1)) return index + 1;
    if (isVerb(token)) return -1;
  }
  return -1;
}

/** `the fees to be refunded`: a short noun phrase, then `to` and a verb. */
function objectWithInfinitive(context: QuoteContext, from: number): boolean {
  const tokens = context.doc.tokens;
  const object = nounPhraseStartingAt(context, from, tokens.length);
  return object !== null && tokens[object.end]?.normal === 'to' && isVerb(tokens[object.end + 1]);
}

/** A clause starts here if a subject-like word is followed by a verb before any punctuation. */
function startsClause(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  if (token === undefined) return false;
  const subjectLike = token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM'
    || (token.pos === 'PRON' && CLAUSE_PRONOUNS.has(token.normal)) || context.mentionOfToken[index] !== -1 || /^[“"‘']$/u.test(token.value);
  if (!subjectLike) return false;
  let commas = 0;
  let participle = false;
  // Tokens of a parenthetical between dashes, which count toward no distance.
  let skipped = 0;
  for (let next = index + 1; next < tokens.length && next - index - skipped <= 2 * MAX_SUBJECT_TO_VERB; next += 1) {
    const candidate = tokens[next];
    if (candidate === undefined || candidate.type === 'tabCRLF' || candidate.pos === 'SPACE' || isSentenceStop(candidate.value)) return false;
    // `the new buses - red, blue and green ones alike - will run`: a parenthetical between dashes, commas and all.
    const closingDash = isSpacedDash(context, next) ? closingDashAfter(context, next) : -1;
    if (closingDash !== -1) {
      skipped += closingDash - next + 1;
      next = closingDash;
      continue;
    }
    // `her team very, very much wants`: a comma between a word and its repetition sets off nothing.
    if (candidate.value === ',' && tokens[next - 1]?.normal === tokens[next + 1]?.normal) continue;
    // `the plan, including new taxes, would pass`: one parenthetical between commas may split subject and verb.
    if (candidate.value === ',' && context.quoteOfToken[next] === -1 && (commas += 1) > 2) return false;
    if (commas !== 1 && next - index - skipped > MAX_SUBJECT_TO_VERB) return false;
    // `noted reports alleging that …`: a participle right after a noun modifies it; a clause still needs its verb,
    // and a complementiser after the participle shows the noun phrase was the cue's object.
    if (isParticipleModifier(context, next)) {
      participle = true;
      continue;
    }
    if (participle && (candidate.normal === 'that' || candidate.pos === 'SCONJ')) return false;
    // An infinitive (`its intention to break`) is no finite verb: the clause needs one of its own.
    if (isVerb(candidate) && context.mentionOfToken[next] === -1 && commas !== 1 && tokens[next - 1]?.normal !== 'to') return true;
  }
  return false;
}

const MAX_DASH_PARENTHETICAL = 12;

/** A dash with a space on either side, not a hyphen inside a word (`well-known`). */
function isSpacedDash(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  return token !== undefined && DASHES_AND_HYPHEN.has(token.value) && tokens[index - 1]?.end !== token.start && tokens[index + 1]?.start !== token.end;
}

/** The dash that closes a parenthetical opened by the dash at `open`, or -1. */
function closingDashAfter(context: QuoteContext, open: number): number {
  const tokens = context.doc.tokens;
  for (let index = open + 1; index < tokens.length && index - open <= MAX_DASH_PARENTHETICAL; index += 1) {
    const token = tokens[index];
    if (token === undefined || isSentenceStop(token.value) || token.type === 'tabCRLF' || isVerb(token)) return -1;
    if (isSpacedDash(context, index)) return index;
  }
  return -1;
}

/** `reports alleging`, `people living nearby`: an -ing verb right after a noun, with no auxiliary, modifies the noun. */
function isParticipleModifier(context: QuoteContext, index: number): boolean {
  const token = context.doc.tokens[index];
  const before = context.doc.tokens[index - 1];
  return token?.pos === 'VERB' && token.normal.endsWith('ing') && (before?.pos === 'NOUN' || before?.pos === 'PROPN') && context.mentionOfToken[index] === -1;
}

/**
 * `the study found the town would lose …`, `polls showed she was ahead`: with no `that`, a verb that
 * mostly takes a noun object reports a clause only when a short subject is followed at once by an
 * auxiliary or a past-tense verb, which a noun object (`found the body in the river`) never is.
 */
function startsFiniteClause(context: QuoteContext, index: number, mandative = false): boolean {
  const tokens = context.doc.tokens;
  const subject = nounPhraseStartingAt(context, index, Math.min(tokens.length, index + 8));
  if (subject === null) return false;
  // `found the agency consistently rated …`: one adverb may stand before the verb.
  const at = tokens[subject.end]?.pos === 'ADV' && tokens[subject.end]?.normal !== 'not' ? subject.end + 1 : subject.end;
  const verb = tokens[at];
  if (verb === undefined || context.mentionOfToken[at] !== -1) return false;
  if (verb.pos === 'AUX') return verb.normal !== 'to' && !/^(being|been|be)$/u.test(verb.normal);
  // `demanded the mayor resign`: a mandative verb's clause has a bare verb.
  if (mandative && verb.pos === 'VERB' && verb.normal === verb.lemma && context.mentionOfToken[subject.end - 1] !== -1) return true;
  return verb.pos === 'VERB' && verb.normal !== verb.lemma && !verb.normal.endsWith('ing') && !verb.normal.endsWith('s');
}

// Verbs whose clause may have a bare verb (`demanded the mayor resign`, `urged the board reconsider`).
const MANDATIVE_VERBS: ReadonlySet<string> = new Set(['demand', 'insist', 'urge', 'propose', 'recommend', 'ask', 'suggest', 'request']);

/** `predicted that advanced economies will grow`, `stated that about 12,000 voters were`: one word before the subject. */
function startsAfterModifier(context: QuoteContext, index: number): boolean {
  const token = context.doc.tokens[index];
  const participle = token?.pos === 'VERB' && /(?:ed|ing)$/u.test(token.normal);
  const next = context.doc.tokens[index + 1];
  // `stated that about 12,000 voters were …`: an approximating word before a number.
  const approximate = (token?.pos === 'ADV' || token?.pos === 'ADP') && next?.pos === 'NUM';
  return ((participle || token?.pos === 'ADV') && next?.pos === 'NOUN' || approximate) && startsClause(context, index + 1);
}

/** `said (that) if the talks fail, Canada would …`: a fronted adverbial, a comma, then the clause. */
function startsFrontedClause(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  if (token === undefined || !(token.pos === 'SCONJ' || token.pos === 'ADP' || token.pos === 'ADJ' || token.pos === 'ADV')) return false;
  for (let next = index + 1; next < tokens.length && next - index <= MAX_FRONTED_TOKENS; next += 1) {
    const candidate = tokens[next];
    if (candidate === undefined || isSentenceStop(candidate.value) || candidate.type === 'tabCRLF') return false;
    if (candidate.value === ',' && context.quoteOfToken[next] === -1) return startsClause(context, next + 1);
  }
  return false;
}

function skipTimeWords(context: QuoteContext, from: number): number {
  let index = from;
  while (index - from < 4 && TIME_WORDS.has(context.doc.tokens[index]?.normal ?? '')) index += 1;
  return skipPrepositionalPhrase(context, index);
}

/**
 * `said after the meeting he would …`, `admitted under questioning he had …`: a short prepositional
 * phrase between the cue and a clause that opens with a subject pronoun is skipped.
 */
function skipPrepositionalPhrase(context: QuoteContext, from: number): number {
  const tokens = context.doc.tokens;
  const preposition = tokens[from];
  if (preposition?.pos !== 'ADP' || preposition.normal === 'to' || preposition.normal === 'that') return from;
  for (let index = from + 1; index < tokens.length && index - from <= MAX_PHRASE_AFTER_CUE; index += 1) {
    const token = tokens[index];
    if (token === undefined || isSentenceStop(token.value) || token.value === ',' || isVerb(token)) return from;
    if (SUBJECT_PRONOUNS.has(token.normal) && token.pos === 'PRON' && index > from + 1 && startsClause(context, index)) return index;
  }
  return from;
}

/** The first token of the clause a cue reports forward (`said (that) …`, `vowed to …`, `pressed X to …`), or -1. */
function clauseStartAfter(context: QuoteContext, cue: ReportingCue): number {
  const tokens = context.doc.tokens;
  // `pressed by X about how …`, `asked by X whether …`: after a passive's agent, a question opens with its wh-word.
  const agentQuestion = questionAfterAgent(context, cue);
  if (agentQuestion !== -1) return agentQuestion;
  const that = thatClause(context, cue);
  if (that !== -1) return that;
  const index = skipTimeWords(context, cue.end);
  const token = tokens[index];
  if (token?.normal === 'to' && (isVerb(tokens[index + 1]) || isInfinitiveAfterTo(tokens, index + 1)) && INFINITIVE_SPEECH_VERBS.has(cue.lemma)) return index + 1;
  if (OBJECT_SPEECH_VERBS.has(cue.lemma) && INFINITIVE_SPEECH_VERBS.has(cue.lemma)) {
    const infinitive = infinitiveAfterObject(context, index);
    if (infinitive !== -1) return infinitive;
  }
  if (OBJECT_SPEECH_VERBS.has(cue.lemma) && cue.form === 'verb') {
    const object = nounPhraseStartingAt(context, index, tokens.length);
    // `told reporters that …`, `told reporters how …`.
    if (object !== null && (startsClause(context, object.end) || isWhClause(context, cue, object.end))) return object.end;
  }
  // `called for the fees to be refunded`, `called on the mayor to resign`: the demand is the object and its infinitive.
  if (cue.lemma.includes(' ') && DEMAND_PHRASAL_VERBS.has(cue.lemma.split(' ')[0] ?? '') && objectWithInfinitive(context, index)) return index;
  // `asked whether …`, `explained why …`: a question's or an explanation's clause opens with its wh-word.
  if (isWhClause(context, cue, index)) return index;
  // `proposed cutting taxes`, `called for scrapping the rule`: a gerund clause.
  if (GERUND_SPEECH_VERBS.has(cue.lemma) && isGerund(context, index)) return index;
  // `polls show the mayor leading`, `the survey showed her ahead`: a noun phrase and its predicate, with no finite verb.
  if (SMALL_CLAUSE_VERBS.has(cue.lemma) && startsSmallClause(context, index)) return index;
  // Headline ellipsis: `X says wants …`.
  if (cue.lemma === 'say' && token?.pos === 'VERB' && !token.normal.endsWith('ing')) return index;
  if (THAT_CLAUSE_VERBS.has(cue.lemma)) return startsFiniteClause(context, index) ? index : -1;
  // `admitted the plan was flawed`, `demanded the mayor resign`, but not `announced a plan that …`.
  if (NOUN_OBJECT_SPEECH_VERBS.has(cue.lemma) && !SUBJECT_PRONOUNS.has(token?.normal ?? '')) {
    return startsFiniteClause(context, index, MANDATIVE_VERBS.has(cue.lemma)) ? index : -1;
  }
  // `X added: It is …`, also with the words in a paragraph of their own: a colon and a clause with no quotation marks.
  if (token?.value === ':' && cue.form === 'verb') {
    let next = index + 1;
    while (tokens[next]?.type === 'tabCRLF' && next - index <= 2) next += 1;
    // `X added: And the rest …`, `X wrote: But in the end, …`: a clause may open with a conjunction.
    const opener = tokens[next]?.pos === 'CCONJ' ? next + 1 : next;
    if (startsClause(context, opener) || (opener > next && startsFrontedClause(context, opener))) return next;
  }
  // `told reporters after the meeting that …`: the first noun after these verbs is the hearer, never a clause's subject.
  if (HEARER_FIRST_VERBS.has(cue.lemma)) {
    const clause = hearerEnd(context, index);
    return startsClause(context, clause) ? clause : -1;
  }
  return startsClause(context, index) || startsFrontedClause(context, index) || startsAfterModifier(context, index) ? index : -1;
}

/** `him`, `the board`, `Jane Roe`: the end of a short hearer before the clause (`told the board the plan was dead`). */
function hearerEnd(context: QuoteContext, index: number): number {
  const tokens = context.doc.tokens;
  if (tokens[index]?.pos === 'PRON') return index + 1;
  const mention = context.mentionOfToken[index] ?? -1;
  let end = index;
  if (mention !== -1) {
    while (context.mentionOfToken[end] === mention) end += 1;
    return end;
  }
  if (tokens[end]?.pos === 'DET') end += 1;
  while (tokens[end]?.pos === 'ADJ') end += 1;
  while (tokens[end]?.pos === 'NOUN' && end - index < 6) end += 1;
  return end;
}

// Verbs of saying whose first object is always the hearer (`told the board (that) …`).
const HEARER_FIRST_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'reassure', 'remind']);
// Verbs of reports and polls that take a noun phrase with a gerund or `ahead`/`behind` as a clause.
const SMALL_CLAUSE_VERBS: ReadonlySet<string> = new Set(['show']);
// Predicates of a small clause that are no verbs (`showed her ahead by three points`).
const SMALL_CLAUSE_ADVERBS: ReadonlySet<string> = new Set(['ahead', 'behind']);

/**
 * `the mayor leading her rival`, `voters souring on the plan`, `her likewise ahead`: a short noun phrase, then
 * a gerund or `ahead`/`behind`, makes a clause without a finite verb. The word before the predicate must be
 * the phrase's head (`the rising cost` is one noun phrase); wink tags many such gerunds as nouns.
 */
function startsSmallClause(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[index];
  if (first === undefined || !(SMALL_CLAUSE_SUBJECT_TAGS.has(first.pos) || context.mentionOfToken[index] !== -1)) return false;
  let afterHead = isHead(context, index);
  for (let at = index + 1; at < tokens.length && at - index <= MAX_SMALL_CLAUSE_SUBJECT; at += 1) {
    const token = tokens[at];
    if (token === undefined) return false;
    if (afterHead && SMALL_CLAUSE_ADVERBS.has(token.normal)) return true;
    if (afterHead && isGerundPredicate(context, at)) return true;
    // `her likewise ahead`: an adverb after the head keeps it the head.
    if (token.pos === 'ADV' && afterHead) continue;
    if (!SMALL_CLAUSE_SUBJECT_TAGS.has(token.pos) && context.mentionOfToken[at] === -1) return false;
    afterHead = isHead(context, at);
  }
  return false;
}

const MAX_SMALL_CLAUSE_SUBJECT = 8;
const SMALL_CLAUSE_SUBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

function isHead(context: QuoteContext, index: number): boolean {
  const pos = context.doc.tokens[index]?.pos;
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || context.mentionOfToken[index] !== -1;
}

/** A gerund after the subject's head, not the first word of a compound (`housing policy`). */
function isGerundPredicate(context: QuoteContext, at: number): boolean {
  const token = context.doc.tokens[at];
  if (token === undefined || !token.normal.endsWith('ing') || context.mentionOfToken[at] !== -1) return false;
  if (token.pos === 'VERB') return true;
  return token.pos === 'NOUN' && context.doc.tokens[at + 1]?.pos !== 'NOUN';
}

/** A gerund with its own verb phrase: `scrapping the fee`; also `freezing the rents`, which wink tags as a noun before its object. */
function isGerund(context: QuoteContext, index: number): boolean {
  const token = context.doc.tokens[index];
  if (token === undefined || !token.normal.endsWith('ing') || context.mentionOfToken[index] !== -1) return false;
  const next = context.doc.tokens[index + 1]?.pos;
  return token.pos === 'VERB' || (token.pos === 'NOUN' && (next === 'DET' || next === 'PRON'));
}

const QUESTION_TOPIC_WORDS: ReadonlySet<string> = new Set(['about', 'on', 'over', 'as', 'to']);

/** `pressed by X about how …` → the wh-word, or -1. */
function questionAfterAgent(context: QuoteContext, cue: ReportingCue): number {
  const tokens = context.doc.tokens;
  if (tokens[cue.end]?.normal !== 'by') return -1;
  const agent = nounPhraseStartingAt(context, cue.end + 1, tokens.length);
  if (agent === null) return -1;
  const next = QUESTION_TOPIC_WORDS.has(tokens[agent.end]?.normal ?? '') ? agent.end + 1 : agent.end;
  return WH_WORDS.has(tokens[next]?.normal ?? '') ? next : -1;
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);

/**
 * `asked whether …`, `explained how …`, `has not said when …`: a wh-clause after a cue that takes one.
 * After `say`, only `whether` or a negated cue counts: `said when he arrived` mostly opens an adverbial.
 */
function isWhClause(context: QuoteContext, cue: ReportingCue, index: number): boolean {
  const tokens = context.doc.tokens;
  const word = tokens[index]?.normal ?? '';
  if (!WH_WORDS.has(word) || !(WH_CLAUSE_VERBS.has(cue.lemma) || QUESTION_VERBS.has(cue.lemma))) return false;
  // `the strain begins to show when …`: `show` reports only a question's or a manner's clause (`showed how …`).
  if (cue.lemma === 'show') return word !== 'when' && word !== 'where' && word !== 'if';
  if (cue.lemma !== 'say' || word === 'whether') return true;
  return NEGATIONS.has(tokens[cue.first - 1]?.normal ?? '') || NEGATIONS.has(tokens[cue.first - 2]?.normal ?? '');
}

/** The quoted span whose opening mark is token `index`, if any. */
function quoteOpeningAt(context: QuoteContext, index: number): QuotedSpan | undefined {
  const quote = context.quotedSpans[context.quoteOfToken[index + 1] ?? -1];
  return quote !== undefined && quote.openMark === context.doc.tokens[index]?.start ? quote : undefined;
}

function isDirectQuoteAt(context: QuoteContext, first: number, end: number): boolean {
  const quote = quoteOpeningAt(context, first);
  return quote !== undefined && tokenIndexAtOffset(context.doc, quote.closeMark === -1 ? quote.end : quote.closeMark) >= end - 2;
}

/** `According to X, …`: the clause after the source's comma. */
function clauseAfterSource(context: QuoteContext, cue: ReportingCue): number {
  const sentence = context.doc.sentences[context.doc.tokens[cue.first]?.sentence ?? 0];
  if (sentence === undefined || firstWordAfterDateline(context, sentence.firstToken, sentence.endToken) !== cue.first) return -1;
  // The source runs to the first comma (`According to exit polls,`, where wink may tag `exit` as a verb).
  for (let index = cue.end + 1; index < sentence.endToken && index - cue.end <= MAX_GAP_TO_THAT; index += 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || isSentenceStop(token.value) || context.quoteOfToken[index] !== -1) return -1;
    if (token.value === ',') return startsClause(context, index + 1) || startsFrontedClause(context, index + 1) ? index + 1 : -1;
  }
  return -1;
}

function forwardQuote(context: QuoteContext, cue: ReportingCue): { quote: IndirectQuote; relay: number } | 'direct' | null {
  const first = cue.form === 'according-to' ? clauseAfterSource(context, cue) : clauseStartAfter(context, cue);
  if (first === -1) return null;
  const clause = findClauseEnd(context, first);
  const relay = clause.relay;
  const end = Math.min(clause.end, fronted(context, cue, first), relativeClauseEnd(context, cue, first, clause.end));
  // `If X said that, …`: a lone pronoun is the cue's object, not a clause.
  if (end <= first || (end === first + 1 && context.doc.tokens[first]?.pos !== 'VERB')) return null;
  // `X said “…”`: the whole clause is in marks, a direct quote; nothing before the cue is reported either.
  if (isDirectQuoteAt(context, first, end)) return 'direct';
  return { quote: { cue, phrase: findSpeakerPhrase(context, cue), first, end }, relay };
}

/**
 * `The minister, who said the plan would fail, resigned`, `the study, which notes that …, should worry`: a cue
 * in a relative clause set off by a comma reports up to the comma where the main clause's verb resumes.
 * Returns that comma, or `end`.
 */
function relativeClauseEnd(context: QuoteContext, cue: ReportingCue, first: number, end: number): number {
  const tokens = context.doc.tokens;
  if (tokens[cue.first - 2]?.value !== ',' || !RELATIVE_SUBJECTS.has(tokens[cue.first - 1]?.normal ?? '')) return end;
  // The last such comma: `who said the plan, which cost millions, was late, quit` reports `the plan, …, was late`.
  for (let index = end - 1; index > first; index -= 1) {
    if (tokens[index]?.value !== ',' || context.quoteOfToken[index] !== -1) continue;
    const next = tokens[index + 1]?.pos === 'ADV' ? index + 2 : index + 1;
    if (isVerb(tokens[next]) && someToken(context, first, index, isVerb)) return index;
  }
  return end;
}

// Relative pronouns that stand as the subject of a cue (`…, who said …`).
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'which']);

// Subordinators that open a sentence with a clause before its main one (`When asked whether …, the mayor …`).
const FRONTING_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'if', 'after', 'once', 'while', 'although', 'though', 'because', 'since', 'unless', 'until']);

/**
 * `When pressed by X about how the pier would be paid for, the mayor …`: a cue inside a clause that opens the
 * sentence with a subordinator reports no further than that clause's comma. Returns that comma, or no limit.
 */
function fronted(context: QuoteContext, cue: ReportingCue, first: number): number {
  const tokens = context.doc.tokens;
  const sentence = context.doc.sentences[tokens[cue.first]?.sentence ?? -1];
  if (sentence === undefined || !FRONTING_SUBORDINATORS.has(tokens[sentence.firstToken]?.normal ?? '')) return tokens.length;
  for (let index = sentence.firstToken; index < cue.first; index += 1) if (tokens[index]?.value === ',') return tokens.length;
  for (let index = first; index < sentence.endToken; index += 1) {
    if (tokens[index]?.value === ',' && context.quoteOfToken[index] === -1) return index;
  }
  return tokens.length;
}


function firstWordAfterDateline(context: QuoteContext, first: number, end: number): number {
  for (let index = first; index < end && index - first < 14; index += 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || isVerb(token)) return first;
    if (DASHES.has(token.value) || DASHES.has(token.normal)) return index + 1;
  }
  return first;
}

/** `…, X said`, `…, said X`, `…, according to X`, `…, Y quoted X as saying`: the clause before the attribution. */
function backwardQuote(context: QuoteContext, cue: ReportingCue, phrase: SpeakerPhrase | null): IndirectQuote | null {
  const tokens = context.doc.tokens;
  // `…, X declined to comment`: an infinitive cue reports nothing before its governing verb.
  if (tokens[cue.verb - 1]?.normal === 'to') return null;
  let attributionStart = phrase !== null && phrase.first < cue.first ? phrase.first : cue.first;
  if (cue.form === 'quoted-object') {
    const outlet = findSpeakerPhrase(context, { first: cue.verb, end: cue.verb + 1, verb: cue.verb, lemma: cue.lemma, form: 'verb', passive: cue.passive, framing: cue.framing, object: null });
    attributionStart = outlet !== null && outlet.first < cue.verb ? outlet.first : cue.verb;
  }
  if (phrase?.antecedent !== null && phrase?.antecedent !== undefined) return null;
  // `While …, X noted several problems`: a cue with an object of its own reports nothing before it
  // (`…, she told reporters` names its hearer, which is no object of that kind).
  if (cue.form === 'verb' && phrase !== null && phrase.first < cue.first && !OBJECT_SPEECH_VERBS.has(cue.lemma)) {
    const after = skipTimeWords(context, cue.end);
    const possessive = POSSESSIVE_DETERMINERS.has(tokens[after]?.normal ?? '');
    if (after === cue.end && (possessive || (nounPhraseStartingAt(context, after, tokens.length) !== null && tokens[after]?.pos !== 'PRON'))) return null;
  }
  // `Asked about it, X said: “…”`: what follows the cue is the quote, so nothing before it is.
  if (/^[:“"‘']$/u.test(tokens[cue.end]?.value ?? '')) return null;
  // `…, as the magazine put it in a profile, “the operator.”`: so too after a phrase and a comma.
  if (opensQuoteAfterPhrase(context, cue.end)) return null;
  // `…, as police have said`: `as` opens the attribution.
  if (tokens[attributionStart - 1]?.normal === 'as' && cue.form === 'verb') attributionStart -= 1;
  // `…, a new analysis of recently filed reports shows.`: the phrase walk stops inside a long subject.
  let source = phrase;
  if (cue.form === 'verb' && phrase !== null && phrase.first < cue.first && tokens[attributionStart - 1]?.value !== ',' && tokens[attributionStart]?.normal !== 'as') {
    const subjectStart = longSubjectStart(context, attributionStart);
    if (subjectStart < attributionStart) source = { first: subjectStart, end: phrase.end, antecedent: phrase.antecedent };
    attributionStart = subjectStart;
  }
  let comma = attributionStart - 1;
  // `Those visits “…,” X told`: the comma sits inside the closing mark, and both stay in the content.
  const closesQuote = /^[”"’']$/u.test(tokens[comma]?.value ?? '');
  if (closesQuote) comma -= 1;
  // `… were false — according to a review`: a dash sets off a trailing `according to` as a comma does.
  if (tokens[comma]?.value !== ',' && !(cue.form === 'according-to' && DASHES.has(tokens[comma]?.value ?? ''))) return null;
  const sentence = context.doc.sentences[tokens[comma]?.sentence ?? 0];
  const first = firstWordAfterDateline(context, Math.max(sentence?.firstToken ?? 0, comma - MAX_CLAUSE_BEFORE), comma);
  // `“…,” he said`: the quoted statement is the content, and it is a direct quote, not an indirect one.
  if (first >= comma || context.quoteOfToken[first] !== -1) return null;
  // `“…” to drive up the price, she said`: a sentence may open with a quoted fragment and go on in the
  // reporter's words; only a quote that runs to the attribution is a direct one.
  const opening = quoteOpeningAt(context, first);
  if (opening !== undefined && tokenIndexAtOffset(context.doc, opening.closeMark === -1 ? opening.end : opening.closeMark) >= comma - 2) return null;
  const end = closesQuote ? comma + 2 : comma;
  // A clause has a verb; a quoted fragment in it counts as one (wink tags `come` in `“all come …”` as a noun).
  const hasVerb = someToken(context, first, end, (token) => isVerb(token) || context.quoteOfToken[token.index] !== -1);
  return hasVerb && !isFrontedAdverbial(context, first, end) ? { cue, phrase: source, first, end } : null;
}

// Words a long subject may hold before its head (`a review of newly filed reports by the city`).
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'by', 'from', 'for', 'on', 'in']);
const SUBJECT_WORD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADV']);
const MAX_LONG_SUBJECT = 10;

/**
 * Walks back from a speaker phrase through the rest of its subject (nouns, adjectives, participles, inner
 * prepositions) to a comma: the token after that comma, or `from` when no comma comes first.
 */
function longSubjectStart(context: QuoteContext, from: number): number {
  const tokens = context.doc.tokens;
  for (let index = from - 1; index >= 0 && from - index <= MAX_LONG_SUBJECT; index -= 1) {
    const token = tokens[index];
    if (token === undefined || context.quoteOfToken[index] !== -1) return from;
    if (token.value === ',') return index + 1;
    // `recently filed`, `the leaked`: a participle inside the phrase, never a finite verb after a noun (`the plan failed`).
    const before = tokens[index - 1]?.pos;
    const participle = token.pos === 'VERB' && token.normal.endsWith('ed') && (before === 'ADV' || before === 'DET' || before === 'ADP');
    if (!(SUBJECT_WORD_TAGS.has(token.pos) || participle || SUBJECT_PREPOSITIONS.has(token.normal) || context.mentionOfToken[index] !== -1)) return from;
  }
  return from;
}

/**
 * `But when the council cut the funds, the mayor said enough.`, `Speaking to students, she replied to …`: before
 * the comma stands a subordinate or participle clause with no main clause of its own, which sets the scene of the
 * attribution and reports nothing.
 */
function isFrontedAdverbial(context: QuoteContext, first: number, end: number): boolean {
  const tokens = context.doc.tokens;
  const opener = tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  const token = tokens[opener];
  if (token === undefined) return false;
  const participle = token.pos === 'VERB' && token.normal.endsWith('ing');
  if (!participle && !FRONTING_SUBORDINATORS.has(token.normal)) return false;
  for (let index = opener + 1; index < end; index += 1) {
    if (tokens[index]?.value === ',' && context.quoteOfToken[index] === -1) return false;
    // `Shifting rains could ruin the crop`: a gerund with a finite verb after it is the clause's subject.
    if (participle && isFiniteVerb(tokens[index])) return false;
  }
  return true;
}

/** A short phrase, a comma and an opening quotation mark follow the cue (`put it in a profile, “…”`). */
function opensQuoteAfterPhrase(context: QuoteContext, from: number): boolean {
  const tokens = context.doc.tokens;
  for (let index = from; index < tokens.length && index - from <= MAX_PHRASE_AFTER_CUE; index += 1) {
    const token = tokens[index];
    if (token === undefined || isSentenceStop(token.value) || isVerb(token)) return false;
    if (token.value === ',') return quoteOpeningAt(context, index + 1) !== undefined;
  }
  return false;
}

/** `…, X said, according to the Star`: a clause that holds its own attribution is relayed, not the outlet's. */
function hasCueWithin(verbs: ReadonlySet<number>, first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) if (verbs.has(index)) return true;
  return false;
}

/**
 * `The plan, X said, would pass.`, `Too often, X said on Monday, the debate …`: an attribution set off by
 * commas inside the reported sentence. The content is the whole sentence, attribution included, as a
 * reader takes it in; it needs a finite verb after the attribution.
 */
function parentheticalQuote(context: QuoteContext, cue: ReportingCue, phrase: SpeakerPhrase | null): IndirectQuote | null {
  const tokens = context.doc.tokens;
  const subjectStart = phrase !== null && phrase.first < cue.first ? phrase.first : cue.first;
  // `The island, as one adviser pointed out, rarely floods`: `as` opens the attribution.
  const attributionStart = tokens[subjectStart - 1]?.normal === 'as' ? subjectStart - 1 : subjectStart;
  if (tokens[attributionStart - 1]?.value !== ',' || cue.form !== 'verb' || context.quoteOfToken[attributionStart - 1] !== -1) return null;
  let close = cue.end;
  while (close < tokens.length && close - cue.end < MAX_PHRASE_AFTER_CUE && tokens[close]?.value !== ',' && !isVerb(tokens[close]) && !isSentenceStop(tokens[close]?.value ?? '')) close += 1;
  if (tokens[close]?.value !== ',' || context.quoteOfToken[close] !== -1) return null;
  const sentence = context.doc.sentences[tokens[cue.verb]?.sentence ?? 0];
  if (sentence === undefined) return null;
  const first = firstWordAfterDateline(context, Math.max(sentence.firstToken, attributionStart - MAX_CLAUSE_BEFORE), attributionStart);
  if (first >= attributionStart - 1 || context.quoteOfToken[first] !== -1 || quoteOpeningAt(context, first) !== undefined) return null;
  const { end } = findClauseEnd(context, close + 1);
  const hasVerb = someToken(context, close + 1, end, isVerb);
  return hasVerb && end > close + 1 ? { cue, phrase, first, end } : null;
}

// Framing verbs that report a charge as a gerund after `of` (`accused the board of hiding losses`).
const CHARGE_VERBS: ReadonlySet<string> = new Set(['accuse']);
const MAX_OBJECT_TO_CHARGE = 25;

/**
 * `X accused Y of hiding losses`: what the speaker charged is the gerund clause after `of`, an
 * indirect quote (GUIDELINES §Quotes: a verb of saying with a clause as its complement).
 */
function accusationQuote(context: QuoteContext, cue: ReportingCue): IndirectQuote | null {
  const tokens = context.doc.tokens;
  if (!CHARGE_VERBS.has(cue.lemma) || cue.passive || cue.form !== 'verb') return null;
  for (let index = cue.end + 1; index < tokens.length - 1 && index - cue.end <= MAX_OBJECT_TO_CHARGE; index += 1) {
    const token = tokens[index];
    if (token === undefined || isSentenceStop(token.value) || token.type === 'tabCRLF' || context.quoteOfToken[index] !== -1) return null;
    const gerund = tokens[index + 1];
    if (token.normal !== 'of' || !isVerb(gerund) || !(gerund?.normal.endsWith('ing') ?? false)) continue;
    const { end } = findClauseEnd(context, index + 1);
    return end > index + 1 ? { cue, phrase: findSpeakerPhrase(context, cue), first: index + 1, end } : null;
  }
  return null;
}

/** The first comma outside quotation marks from `first` before `end`, or `end`. */
function nextComma(context: QuoteContext, first: number, end: number): number {
  for (let index = first; index < end; index += 1) if (context.doc.tokens[index]?.value === ',' && context.quoteOfToken[index] === -1) return index;
  return end;
}

// `As the mayor told reporters on Monday,`: how far the cue may stand from the sentence's opening `as`, and its comma from the cue.
const MAX_AS_TO_CUE = 12;
const MAX_CUE_TO_COMMA = 10;
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'in']);

/**
 * `As the paper reported, the plant will close`, `As stated in the filing, the firm owes …`: an attribution
 * in an `as` clause that opens the sentence reports the main clause after its comma. After a passive
 * participle, the source is the phrase after `by` or `in`.
 */
function asClauseReport(context: QuoteContext, cue: ReportingCue): IndirectQuote | null {
  const tokens = context.doc.tokens;
  const sentence = context.doc.sentences[tokens[cue.verb]?.sentence ?? -1];
  if (sentence === undefined || cue.form !== 'verb' || cue.verb - sentence.firstToken > MAX_AS_TO_CUE) return null;
  const as = firstWordAfterDateline(context, sentence.firstToken, cue.first);
  if (tokens[as]?.normal !== 'as' || as >= cue.first) return null;
  let comma = cue.end;
  while (comma < sentence.endToken && comma - cue.end <= MAX_CUE_TO_COMMA && tokens[comma]?.value !== ',' && !isVerb(tokens[comma]) && !isSentenceStop(tokens[comma]?.value ?? '')) comma += 1;
  if (tokens[comma]?.value !== ',' || context.quoteOfToken[comma] !== -1) return null;
  // `As he wrote the letter, the phone rang`: a cue with an object of its own is an event in time, not an attribution.
  const hearer = OBJECT_SPEECH_VERBS.has(cue.lemma) ? nounPhraseStartingAt(context, cue.end, comma) : null;
  const rest = skipTimeWords(context, hearer?.end ?? cue.end);
  if (rest < comma && tokens[rest]?.pos !== 'ADP') return null;
  if (!(startsClause(context, comma + 1) || startsFrontedClause(context, comma + 1))) return null;
  const { end } = findClauseEnd(context, comma + 1);
  if (end <= comma + 1) return null;
  const agent = as === cue.first - 1 && AGENT_PREPOSITIONS.has(tokens[cue.end]?.normal ?? '') ? nounPhraseStartingAt(context, cue.end + 1, comma) : null;
  return { cue, phrase: agent ?? findSpeakerPhrase(context, cue), first: comma + 1, end };
}

// Pronouns that open a relative clause whose verb a speaker's attribution interrupts.
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'what', 'whom']);

/**
 * `…, which he said were at his side`, `what the senators said was a bribe`: an attribution inside a
 * relative clause, between its pronoun and its verb. The content is the relative clause, pronoun included.
 */
function relativeReport(context: QuoteContext, cue: ReportingCue): IndirectQuote | null {
  const tokens = context.doc.tokens;
  if (cue.form !== 'verb' || cue.passive) return null;
  // `which the ministry claimed now allows …`: one adverb may stand before the relative clause's verb.
  const verbAt = tokens[cue.end]?.pos === 'ADV' && !NEGATIONS.has(tokens[cue.end]?.normal ?? '') ? cue.end + 1 : cue.end;
  const next = tokens[verbAt];
  if (next === undefined || !isVerb(next) || next.normal.endsWith('ing') || context.quoteOfToken[cue.end] !== -1) return null;
  const found = findSpeakerPhrase(context, cue);
  if (found === null || found.antecedent !== null || found.end !== cue.first) return null;
  // `which state media claimed …`: the phrase walk may take in the pronoun, when a noun follows it.
  const phrase = RELATIVE_OPENERS.has(tokens[found.first]?.normal ?? '') && found.end > found.first + 1 ? { first: found.first + 1, end: found.end, antecedent: found.antecedent } : found;
  const opener = tokens[phrase.first - 1];
  if (opener === undefined || !RELATIVE_OPENERS.has(opener.normal) || context.quoteOfToken[phrase.first - 1] !== -1) return null;
  const clause = findClauseEnd(context, cue.end);
  // `The treaty, which the ministry claimed now allows more trade, was signed`: a relative clause set off
  // by a comma ends at the next one.
  const end = tokens[phrase.first - 2]?.value === ',' ? Math.min(clause.end, nextComma(context, cue.end, clause.end)) : clause.end;
  return end > cue.end ? { cue, phrase, first: phrase.first - 1, end } : null;
}

/**
 * Finds reported speech without quotation marks: for each cue that is not a framing verb, the clause
 * after it (`X said (that) …`, `X vowed to …`, `X told Y that …`, `according to X, …`) or, when nothing
 * follows, the clause before its attribution (`…, officials said`). A trailing `according to` that relays
 * a quote already attributed (`X said …, according to the agency`) is part of that quote, not a new one.
 */
export function findIndirectQuotes(context: QuoteContext, cues: readonly ReportingCue[]): IndirectQuote[] {
  const quotes: IndirectQuote[] = [];
  const relays = new Set<number>();
  const verbs = new Set(cues.map((cue) => cue.verb));
  for (const cue of cues) {
    const accusation = cue.framing ? accusationQuote(context, cue) : null;
    if (accusation !== null) quotes.push(accusation);
    if (cue.framing || relays.has(cue.verb)) continue;
    const asClause = asClauseReport(context, cue);
    if (asClause !== null) {
      quotes.push(asClause);
      continue;
    }
    const relative = relativeReport(context, cue);
    if (relative !== null) {
      quotes.push(relative);
      continue;
    }
    const forward = forwardQuote(context, cue);
    if (forward === 'direct') continue;
    if (forward !== null) {
      quotes.push(forward.quote);
      if (forward.relay !== -1) relays.add(forward.relay);
      continue;
    }
    // One speaker phrase for both readings below: finding it walks the sentence.
    const phrase = findSpeakerPhrase(context, cue);
    const parenthetical = parentheticalQuote(context, cue, phrase);
    if (parenthetical !== null) {
      quotes.push(parenthetical);
      continue;
    }
    const backward = backwardQuote(context, cue, phrase);
    if (backward !== null && !(cue.form === 'according-to' && hasCueWithin(verbs, backward.first, backward.end))) quotes.push(backward);
  }
  return quotes;
}
