import type { Token } from '../document/read-document';
import type { QuoteContext } from './build-quote-context';
import type { ReportingCue } from './find-reporting-cues';
import { REFERRING_PRONOUNS as SPEAKER_PRONOUNS } from '../coreference/lexicons/reference-words';
import { CALENDAR_WORDS } from '../entities/lexicons/calendar-words';
import { DASHES, DASHES_AND_HYPHEN } from './lexicons/dashes';
import { BE_FORMS, RELATIVE_PRONOUNS, SOURCE_NOUNS, TIME_WORDS } from './lexicons/source-words';

/** The tokens that name a quote's source in its attribution; `antecedent` is set for a relative `who`. */
export interface SpeakerPhrase {
  /** The first token of the phrase. */
  readonly first: number;
  /** The token just past the phrase. */
  readonly end: number;
  /** For `who`/`which`, the noun phrase it stands for. */
  readonly antecedent: SpeakerPhrase | null;
}

// Noun phrases in attributions are short; these bounds keep every walk constant-time.
const MAX_PHRASE_TOKENS = 16;
// An appositive with a title and an employer (`X, director of … and a professor at …, said`) runs long.
const MAX_PARENTHETICAL_TOKENS = 32;
const MAX_SKIPPED_TOKENS = 8;
const MAX_SUBJECT_SEARCH = 60;
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'in', 'from', 'at', 'than', 'by']);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// Determiners of a time phrase between a subject and its verb (`this week`, `next month`).
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'next', 'last', 'every']);

function isNominal(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.normal === "'s" || token.normal === '’s') return true;
  return NOMINAL_TAGS.has(token.pos) && !/^[.!?,;:]$/u.test(token.value);
}

function isSkippable(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.pos === 'AUX' || token.pos === 'ADV' || token.normal === 'not' || token.normal === 'both' || token.normal === 'all') return true;
  return TIME_WORDS.has(token.normal);
}

function mentionStart(context: QuoteContext, index: number): number {
  let first = index;
  const mention = context.mentionOfToken[index] ?? -1;
  while (first > 0 && mention !== -1 && context.mentionOfToken[first - 1] === mention) first -= 1;
  return first;
}

/** A hyphen joining two nominal words with no space around it (`campaign-finance`). */
function isInnerHyphen(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return token?.value === '-' && before?.end === token.start && after?.start === token.end && isNominal(before) && isNominal(after);
}

/** The noun phrase that ends at token `last`, going no further back than `floor`. */
export function nounPhraseEndingAt(context: QuoteContext, last: number, floor: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  const lastToken = tokens[last];
  if (lastToken === undefined || last < floor) return null;
  if (lastToken.pos === 'PRON') return SPEAKER_PRONOUNS.has(lastToken.normal) ? { first: last, end: last + 1, antecedent: null } : null;
  let first = last + 1;
  let index = last;
  while (index >= floor && last - index < MAX_PHRASE_TOKENS) {
    const token = tokens[index];
    if ((context.mentionOfToken[index] ?? -1) !== -1) {
      first = Math.max(floor, mentionStart(context, index));
      index = first - 1;
    } else if (isNominal(token)) {
      first = index;
      index -= 1;
    } else if (isInnerHyphen(context, index) && index - 1 >= floor) {
      index -= 1; // `campaign-finance reports`: a hyphenated modifier wink splits into three tokens
    } else if ((INNER_PREPOSITIONS.has(token?.normal ?? '') || token?.normal === 'and') && isNominal(tokens[index - 1]) && index - 1 >= floor) {
      index -= 1;
    } else if (POSSESSIVE_DETERMINERS.has(token?.normal ?? '') && INNER_PREPOSITIONS.has(tokens[index - 1]?.normal ?? '') && isNominal(tokens[index - 2]) && index - 2 >= floor) {
      index -= 2; // `a lawyer for his family said`: the possessive inside the phrase's modifier does not end it
    } else if (token?.value === ',' && index - 1 === floor && context.mentionOfToken[index - 1] !== -1 && context.mentionOfToken[first] !== -1) {
      index -= 1; // headline coordination: `X, Y pledge to …`
    } else break;
  }
  return first > last ? null : { first, end: last + 1, antecedent: null };
}

/** The noun phrase that starts at token `first`, ending before `ceiling`. */
export function nounPhraseStartingAt(context: QuoteContext, first: number, ceiling: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  const firstToken = tokens[first];
  if (firstToken === undefined || first >= ceiling) return null;
  if (firstToken.pos === 'PRON') return SPEAKER_PRONOUNS.has(firstToken.normal) ? { first, end: first + 1, antecedent: null } : null;
  let end = first;
  let index = first;
  while (index < ceiling && index - first < MAX_PHRASE_TOKENS) {
    const mention = context.mentionOfToken[index] ?? -1;
    const token = tokens[index];
    if (mention !== -1) {
      while (index < ceiling && context.mentionOfToken[index] === mention) index += 1;
      end = index;
    } else if (isNominal(token)) {
      index += 1;
      end = index;
    } else if ((INNER_PREPOSITIONS.has(token?.normal ?? '') || token?.normal === 'and') && index > first && (isNominal(tokens[index + 1]) || context.mentionOfToken[index + 1] !== -1)) {
      index += 1;
    } else break;
  }
  return end > first ? { first, end, antecedent: null } : null;
}

// What ends a walk back through a parenthetical: sentence punctuation and quotation marks.
const PARENTHETICAL_STOPS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '“', '”', '"', '‘', '’']);

/** Finds the comma that opens a parenthetical ending at the comma `close`, or -1. */
function openingComma(context: QuoteContext, close: number, floor: number): number {
  for (let index = close - 1; index >= floor && close - index <= MAX_PARENTHETICAL_TOKENS; index -= 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || context.quoteOfToken[index] !== -1 || (PARENTHETICAL_STOPS.has(token.value) && !isAbbreviationStop(context, index))) return -1;
    if (token.value === ',') return index;
  }
  return -1;
}

/** Finds the `(` that opens the bracket closed at `close`, or -1. */
function openingBracket(context: QuoteContext, close: number, floor: number): number {
  for (let index = close - 1; index >= floor && close - index <= MAX_PARENTHETICAL_TOKENS; index -= 1) {
    const value = context.doc.tokens[index]?.value;
    if (value === '(') return index;
    if (value === ')' || value === undefined) return -1;
  }
  return -1;
}

/** Finds the dash that opens an appositive closed by the dash `close`, or -1. */
function openingDash(context: QuoteContext, close: number, floor: number): number {
  const closing = context.doc.tokens[close]?.value;
  for (let index = close - 1; index >= floor && close - index <= MAX_PARENTHETICAL_TOKENS; index -= 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || /^[.!?;:“”"]$/u.test(token.value)) return -1;
    if (token.value === closing) return index;
  }
  return -1;
}

function isInfinitive(context: QuoteContext, verb: number): boolean {
  const to = context.doc.tokens[verb - 1];
  return to?.normal === 'to' && to.pos === 'PART';
}

/**
 * The doer of an infinitive with no governing verb right before it: a named or pronoun object of a verb
 * (`pressed Lund to say` → Lund), else the main clause's subject (`missed a chance to remind` → its subject).
 */
function infinitiveSubject(context: QuoteContext, verb: number, floor: number): SpeakerPhrase | null {
  // `forced Lund, who ran the board, to admit`: a relative clause between commas may follow the object.
  const open = context.doc.tokens[verb - 2]?.value === ',' ? openingComma(context, verb - 2, floor) : -1;
  const object = nounPhraseEndingAt(context, open === -1 ? verb - 2 : open - 1, floor);
  const head = object === null ? undefined : context.doc.tokens[object.end - 1];
  const isNamed = object !== null && (context.mentionOfToken[object.end - 1] !== -1 || head?.pos === 'PRON');
  if (object !== null && isNamed && context.doc.tokens[object.first - 1]?.pos === 'VERB') return object;
  return mainSubject(context, floor, verb);
}

/**
 * `he appeared to suggest`, `she refused to say`, `his answer was to say`: a cue in an infinitive shares
 * the subject of the verb that governs it. Returns that verb, or -1.
 */
function governingVerb(context: QuoteContext, verb: number, floor: number): number {
  const tokens = context.doc.tokens;
  if (tokens[verb - 1]?.normal !== 'to' || tokens[verb - 1]?.pos !== 'PART') return -1;
  let index = verb - 2;
  if (tokens[index]?.normal === 'not') index -= 1;
  const token = tokens[index];
  if (token === undefined || index < floor || context.mentionOfToken[index] !== -1) return -1;
  return token.pos === 'VERB' || token.pos === 'AUX' || (token.pos === 'ADJ' && /(?:ed|en)$/u.test(token.normal)) ? index : -1;
}

/** The grammatical subject before token `verb`: skips auxiliaries, adverbs, time words and a parenthetical between commas. */
export function subjectBefore(context: QuoteContext, verb: number, floor: number): SpeakerPhrase | 'coordinated' | null {
  const tokens = context.doc.tokens;
  const governing = governingVerb(context, verb, floor);
  if (governing !== -1) return subjectBefore(context, governing, floor);
  // `never missed a chance to remind …`, `forced firms to tell …`: an infinitive after a noun or an
  // object has no subject of its own before it; the main clause's subject is the best reading.
  if (isInfinitive(context, verb)) return infinitiveSubject(context, verb, floor);
  let index = verb - 1;
  for (let steps = 0; steps < MAX_SKIPPED_TOKENS + 2 && index >= floor; steps += 1) {
    const token = tokens[index];
    if (isSkippable(token) && context.mentionOfToken[index] === -1) {
      index -= 1;
    } else if (TIME_DETERMINERS.has(token?.normal ?? '') && TIME_WORDS.has(tokens[index + 1]?.normal ?? '')) {
      index -= 1; // `X this week said`, `X just this month announced`
    } else if (DASHES.has(token?.value ?? '')) {
      // `Kall -- co-editor of a book on debates -- said`: an appositive between dashes.
      const open = openingDash(context, index, floor);
      if (open === -1) return null;
      index = open - 1;
    } else if (token?.value === ')') {
      // `Rep. Jane Roe (D-Calif.) said`: a bracketed party and state stand between the name and the verb.
      const open = openingBracket(context, index, floor);
      if (open === -1) return null;
      index = open - 1;
    } else if (isAbbreviationStop(context, index)) {
      // `Jane Roe, R-Ky., despite …, said`: the party tag's closing comma opened the later parenthetical.
      const open = openingComma(context, index + 1, floor);
      if (open === -1) return null;
      index = open - 1;
    } else if (token?.value === ',') {
      const open = openingComma(context, index, floor);
      if (open === -1) return indefiniteSubject(context, verb, index + 1);
      // `Ontario’s finance minister, Ravi Patel, said`: a name between the commas is the speaker.
      const appositive = nounPhraseEndingAt(context, index - 1, open + 1);
      const named = appositive === null ? undefined : context.entities[context.mentionOfToken[appositive.end - 1] ?? -1];
      // The name must open the parenthetical: in `X, an analyst at Y, said` the name inside is not the speaker.
      const opensWithName = named !== undefined && context.mentionOfToken[open + 1] === context.mentionOfToken[(appositive?.end ?? 0) - 1];
      if (appositive !== null && appositive.first === open + 1 && named?.type === 'PERSON' && opensWithName) return appositive;
      index = open - 1;
    } else if (isTimeWord(token) && timePhraseStart(context, index, floor) !== -1) {
      index = timePhraseStart(context, index, floor) - 1; // `who in 2010 said`, `a poll released in late August found`
    } else break;
  }
  const token = tokens[index];
  if (token === undefined || index < floor) return null;
  if (token.pos === 'CCONJ') return 'coordinated';
  // `Lynch said`, `Ford said`: wink reads a surname that is also a word by its word class; right before
  // the cue and capitalised mid-sentence or at a sentence start, it is the subject's name.
  if ((token.pos === 'VERB' || token.pos === 'ADJ') && index === verb - 1 && /^\p{Lu}\p{Ll}/u.test(token.value) && context.mentionOfToken[index] === -1) {
    return { first: index, end: index + 1, antecedent: null };
  }
  // `X, who said`, `X — who said`: a relative pronoun after a comma or a dash.
  if (RELATIVE_PRONOUNS.has(token.normal) && token.normal !== 'that' && (tokens[index - 1]?.value === ',' || DASHES_AND_HYPHEN.has(tokens[index - 1]?.value ?? ''))) {
    return { first: index, end: index + 1, antecedent: nounPhraseEndingAt(context, index - 2, floor) };
  }
  return relativeSubject(context, index, floor) ?? nounPhraseEndingAt(context, index, floor) ?? reducedRelativeHead(context, index, floor)
    ?? objectPronounPhrase(context, index, floor) ?? indefiniteSubject(context, verb, index);
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** `Those close to him say`: a phrase that ends in a preposition and an object pronoun; the source is the whole phrase. */
function objectPronounPhrase(context: QuoteContext, index: number, floor: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  if (!OBJECT_PRONOUNS.has(tokens[index]?.normal ?? '') || !INNER_PREPOSITIONS.has(tokens[index - 1]?.normal ?? '')) return null;
  const head = nounPhraseEndingAt(context, index - 2, floor);
  return head === null ? null : { first: head.first, end: index + 1, antecedent: null };
}

/**
 * A relative pronoun with no comma before it (`an architect who said`, `economists who argue`) stands
 * for the noun phrase right before it; `many of whom say` is a part of the group before its comma. The
 * pronoun is the mention, resolved through its antecedent (GUIDELINES §Quotes: the span that names the source).
 */
function relativeSubject(context: QuoteContext, index: number, floor: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  const normal = tokens[index]?.normal;
  if (normal === 'whom' && tokens[index - 1]?.normal === 'of') {
    const quantifier = tokens[index - 2];
    if (quantifier === undefined || index - 2 < floor || !/^(DET|NUM|ADJ|PRON)$/u.test(quantifier.pos)) return null;
    const comma = tokens[index - 3]?.value === ',' ? index - 3 : -1;
    const antecedent = comma === -1 ? null : nounPhraseEndingAt(context, comma - 1, floor);
    return { first: index - 2, end: index + 1, antecedent };
  }
  if (normal !== 'who' && normal !== 'which') return null;
  const before = tokens[index - 1];
  if (before === undefined || index - 1 < floor || (!isNominal(before) && context.mentionOfToken[index - 1] === -1)) return null;
  const antecedent = nounPhraseEndingAt(context, index - 1, floor);
  return { first: index, end: index + 1, antecedent: (antecedent === null ? null : predicateSubject(context, antecedent, floor)) ?? antecedent };
}

// A list of predicate nouns after `is` (`is a liar, a cheat and a bully who …`) runs this far at most.
const MAX_PREDICATE_TOKENS = 16;

/**
 * `X is a lawyer who said`, `X was a critic, a rival and a scold who argued`: a noun after a be-form, or a list
 * of them, describes the named person who is the subject; `who` stands for that person. Returns the subject
 * when it is a person's name, else null.
 */
function predicateSubject(context: QuoteContext, predicate: SpeakerPhrase, floor: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  if (context.mentionOfToken[predicate.end - 1] !== -1) return null;
  for (let index = predicate.first - 1; index >= floor && predicate.first - index <= MAX_PREDICATE_TOKENS; index -= 1) {
    const token = tokens[index];
    if (token === undefined || context.mentionOfToken[index] !== -1) return null;
    if (BE_FORMS.has(token.normal) && token.pos === 'AUX') {
      // `X ignores the rules and is a bully who …`: a second verb shares the first one's subject.
      const before = subjectBefore(context, index, floor);
      const subject = before === 'coordinated' ? mainSubject(context, floor, index) : before;
      if (subject === null) return null;
      return context.entities[context.mentionOfToken[subject.end - 1] ?? -1]?.type === 'PERSON' ? subject : null;
    }
    if (!(isNominal(token) || token.value === ',' || token.normal === 'and')) return null;
  }
  return null;
}

// Pronouns that name an unnamed source by themselves (`someone asked`, `all agreed`, `others say`).
const INDEFINITE_SOURCES: ReadonlySet<string> = new Set([
  'someone', 'somebody', 'everyone', 'everybody', 'all', 'both', 'many', 'some', 'others', 'several', 'few', 'most', 'each', 'nobody', 'none',
]);

/** `all agreed`, `someone asked`: an indefinite pronoun, possibly one the subject walk skipped, is the source. */
function indefiniteSubject(context: QuoteContext, verb: number, stop: number): SpeakerPhrase | null {
  for (let index = verb - 1; index >= stop && verb - index <= MAX_SKIPPED_TOKENS; index -= 1) {
    if (INDEFINITE_SOURCES.has(context.doc.tokens[index]?.normal ?? '')) return { first: index, end: index + 1, antecedent: null };
  }
  return null;
}

/**
 * `A report released last year found that …`: a past participle after a noun opens a reduced relative
 * clause, and the noun before it heads the subject.
 */
function reducedRelativeHead(context: QuoteContext, index: number, floor: number): SpeakerPhrase | null {
  const token = context.doc.tokens[index];
  const before = context.doc.tokens[index - 1];
  // `the experts I interviewed said`: a relative clause with no pronoun, its own subject a personal pronoun.
  if (token?.pos === 'VERB' && before?.pos === 'PRON' && SPEAKER_PRONOUNS.has(before.normal) && isNominal(context.doc.tokens[index - 2])) {
    return nounPhraseEndingAt(context, index - 2, floor);
  }
  if (token?.pos !== 'VERB' || !/(ed|en)$/u.test(token.normal) || before?.pos !== 'NOUN') return null;
  return nounPhraseEndingAt(context, index - 1, floor);
}

/** The first token of a sentence's body: after a dateline (`OTTAWA, Nov. 3 (AP) --`) if there is one. */
function bodyStart(context: QuoteContext, first: number, end: number): number {
  for (let index = first; index < end && index - first < 14; index += 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || token.pos === 'VERB' || token.pos === 'AUX') return first;
    if ((DASHES_AND_HYPHEN.has(token.value) || DASHES_AND_HYPHEN.has(token.normal)) && !isWordHyphen(context, index)) return index + 1;
  }
  return first;
}

// Prepositions of a time phrase between a subject and its verb (`who in 2010 said`).
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'since', 'until', 'by', 'from', 'after', 'before']);

/** A day, a month, a year or a word like `week` (`Tuesday`, `August`, `2010`). */
function isTimeWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const normal = token.normal;
  if (CALENDAR_WORDS.has(normal) || TIME_WORDS.has(normal)) return true;
  // `Aug.`, and a year: checked only for the few words that can be one, since this runs at every step of a subject walk.
  if (normal.endsWith('.')) return CALENDAR_WORDS.has(normal.slice(0, -1));
  return normal.length === 4 && token.pos === 'NUM' && /^(?:1[89]|20)\d\d$/u.test(normal);
}

/** The preposition that opens the time phrase ending at `last` (`in late August`), or -1. */
function timePhraseStart(context: QuoteContext, last: number, floor: number): number {
  for (let index = last - 1; index >= floor && last - index <= 3; index -= 1) {
    const token = context.doc.tokens[index];
    if (TIME_PREPOSITIONS.has(token?.normal ?? '')) return index;
    if (!(isTimeWord(token) || token?.pos === 'ADJ' || token?.pos === 'DET' || token?.pos === 'NUM')) return -1;
  }
  return -1;
}

/** `R-Ga.`, `co-author`: a hyphen with no space on either side joins words; it is no dateline dash. */
function isWordHyphen(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  return token?.value === '-' && tokens[index - 1]?.end === token.start && tokens[index + 1]?.start === token.end;
}

/** `Sen. Jane Roe, R-Ky., said`: the full stop of a short capitalised abbreviation, before a comma or a bracket. */
function isAbbreviationStop(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const before = tokens[index - 1];
  const after = tokens[index + 1]?.value ?? '';
  return tokens[index]?.value === '.' && before !== undefined && before.end === tokens[index]?.start
    && /^\p{Lu}\p{L}{0,4}$/u.test(before.value) && (after === ',' || after === ')');
}

// A fronted adverbial (`In a column last week,`, `Chastened by the polls,`) is at most this long.
const MAX_FRONTED_TOKENS = 24;

/**
 * `In a column on Monday, two writers urged her …, arguing that …`: a sentence that opens with a
 * preposition or a participle puts its subject after the first comma, so the verb inside the opening
 * phrase (`read`, `chastened`) is not the main clause's.
 */
function afterFrontedPhrase(context: QuoteContext, start: number, end: number): number {
  const opening = context.doc.tokens[start];
  const isParticiple = opening?.pos === 'VERB' && /(?:ed|en|ing)$/u.test(opening.normal);
  if (opening === undefined || !(opening.pos === 'ADP' || opening.pos === 'SCONJ' || isParticiple)) return start;
  for (let index = start + 1; index < end && index - start <= MAX_FRONTED_TOKENS; index += 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || /^[.!?;:]$/u.test(token.value)) return start;
    if (token.value === ',' && context.quoteOfToken[index] === -1) return index + 1;
  }
  return start;
}

/** The subject of the sentence's main clause: the noun phrase before its first verb at or after `from`. */
export function mainSubject(context: QuoteContext, from: number, end: number): SpeakerPhrase | null {
  const start = afterFrontedPhrase(context, bodyStart(context, from, end), end);
  for (let index = start + 1; index < end && index - start <= MAX_SUBJECT_SEARCH; index += 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || context.quoteOfToken[index] !== -1) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      const subject = subjectBefore(context, index, start);
      return subject === 'coordinated' ? null : subject;
    }
  }
  return null;
}

function sentenceRange(context: QuoteContext, index: number): { first: number; end: number } {
  const token = context.doc.tokens[index];
  const sentence = token === undefined ? undefined : context.doc.sentences[token.sentence];
  return { first: sentence?.firstToken ?? 0, end: sentence?.endToken ?? context.doc.tokens.length };
}

function firstCommaAfter(context: QuoteContext, from: number, end: number): number {
  for (let index = from; index < end && index - from < 40; index += 1) {
    if (context.doc.tokens[index]?.value === ',' && context.quoteOfToken[index] === -1) return index;
  }
  return -1;
}

// Nouns for a message or a recording that someone issues (`a statement calling …`, `footage of X saying …`).
const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'tweet', 'post', 'message', 'email', 'e-mail', 'note', 'memo', 'video', 'footage', 'clip',
  'ad', 'advertisement', 'interview', 'conference', 'speech', 'remark', 'release', 'column', 'essay', 'series', 'string', 'flurry',
]);

/**
 * `The council issued a statement calling …`, `X sent a letter urging …`, `footage of X saying …`: a participle after
 * a message's noun reports its author, the person it shows (`of X`) or else the clause's subject, not the message.
 */
function authorOfMessage(context: QuoteContext, phrase: SpeakerPhrase, first: number, end: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  let head = -1;
  for (let index = phrase.first; index < phrase.end; index += 1) {
    if (MESSAGE_NOUNS.has(tokens[index]?.lemma.toLowerCase() ?? '')) head = index;
  }
  if (head === -1 || phrase.first === first) return null;
  // `footage of X saying`: the person shown.
  const shown = tokens[head + 1]?.normal === 'of' ? context.entities[context.mentionOfToken[head + 2] ?? -1] : undefined;
  const named = shown === undefined ? tokens[head + 2]?.pos === 'PROPN' : shown.type === 'PERSON';
  if (tokens[head + 1]?.normal === 'of' && named) return nounPhraseStartingAt(context, head + 2, phrase.end);
  const main = mainSubject(context, first, end);
  return main !== null && main.end <= phrase.first ? main : null;
}

/**
 * `…, said Jane Doran.` / `“…,” said a senior official, who …`: after a comma or a closing mark, a cue
 * followed by a noun phrase that ends the clause names its source after it. (`X, the minister, said the
 * deal was done` does not: a verb follows that phrase.)
 */
function invertedSpeaker(context: QuoteContext, cue: ReportingCue, end: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  // `X, an adviser, called Y’s remarks “…”`: a framing verb's object follows it; its source never does.
  if (!/^[,”"’']$/u.test(tokens[cue.first - 1]?.value ?? '') || cue.form !== 'verb' || cue.framing) return null;
  if (TIME_WORDS.has(tokens[cue.end]?.normal ?? '')) return null;
  const phrase = nounPhraseStartingAt(context, cue.end, end);
  if (phrase === null) return null;
  const after = tokens[phrase.end];
  const endsClause = after === undefined || phrase.end >= end || after.type === 'tabCRLF' || /^[.,;:!?(]$/u.test(after.value) || after.pos === 'ADP';
  return endsClause && canNameSource(tokens, phrase) ? phrase : null;
}

/**
 * A source after its verb is a name, a determined phrase or a word for a source (`said Smith`,
 * `said the minister`, `said officials`). A bare common noun is the start of the reported clause
 * instead: in `X, a fellow at the institute, said trust between them remained low`, `trust` is
 * what was said, and the speaker is X before the apposition.
 */
function canNameSource(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  const head = tokens[phrase.first];
  if (head === undefined) return false;
  if (head.pos === 'PROPN' || head.pos === 'DET' || head.pos === 'PRON' || head.pos === 'NUM') return true;
  for (let index = phrase.first; index < phrase.end; index += 1) {
    const token = tokens[index];
    if (token !== undefined && (token.pos === 'PROPN' || SOURCE_NOUNS.has(token.normal) || SOURCE_NOUNS.has(token.lemma))) return true;
  }
  return false;
}

// How far back the verb before `and` may stand (`who have taken to the streets and called for …`).
const MAX_COORDINATED_TOKENS = 20;

/**
 * `X, who have taken to the streets and called for …`: a verb after `and` shares the subject of the verb
 * before it, which may be a relative pronoun rather than the main clause's subject.
 */
function coordinatedSubject(context: QuoteContext, verb: number, floor: number): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  let index = verb - 1;
  while (index > floor && tokens[index]?.pos !== 'CCONJ') index -= 1;
  for (let before = index - 1; before >= floor && verb - before <= MAX_COORDINATED_TOKENS; before -= 1) {
    const token = tokens[before];
    if (token === undefined || context.quoteOfToken[before] !== -1) return null;
    // A verb of the same form (`taken` after `have`, `accused`, `touting … and saying`), not an infinitive
    // or a gerund inside the first verb's object.
    const parallel = verbForm(tokens[verb]) === verbForm(token);
    const finite = parallel && tokens[before - 1]?.normal !== 'to' && tokens[before - 1]?.pos !== 'ADP';
    if (token.pos === 'VERB' && finite && context.mentionOfToken[before] === -1) {
      const subject = subjectBefore(context, before, floor);
      return subject === 'coordinated' ? null : subject;
    }
  }
  return null;
}

/** A verb's form, for telling coordinated verbs apart from the verbs of a clause between them. */
function verbForm(token: Token | undefined): 'gerund' | 'past' | 'present' {
  const normal = token?.normal ?? '';
  const lemma = token?.lemma.toLowerCase() ?? '';
  if (normal.endsWith('ing')) return 'gerund';
  return normal === lemma || normal === `${lemma}s` || normal === `${lemma}es` ? 'present' : 'past';
}

// Subordinators before a reduced passive (`when asked by reporters`, `if pressed by the panel`).
const REDUCED_PASSIVE_OPENERS: ReadonlySet<string> = new Set(['when', 'if', 'as', 'after', 'once', 'unless', 'until', 'while']);
// `According to police officials,`: a source up to its comma is short.
const MAX_SOURCE_BEFORE_COMMA = 6;

/** The words from `from` up to a comma (`According to police,` → `police`), or null. */
function wordsBeforeComma(context: QuoteContext, from: number, end: number): SpeakerPhrase | null {
  for (let index = from; index < end && index - from <= MAX_SOURCE_BEFORE_COMMA; index += 1) {
    const token = context.doc.tokens[index];
    if (token === undefined || /^[.!?;:“”"]$/u.test(token.value)) return null;
    if (token.value === ',') return index > from ? { first: from, end: index, antecedent: null } : null;
  }
  return null;
}

/** `was written by X`, `when pressed by X`: the agent of a passive cue is its source. */
function agentAfter(context: QuoteContext, from: number, end: number): SpeakerPhrase | null {
  let index = from;
  while (context.doc.tokens[index]?.pos === 'ADV' && index - from < 2) index += 1;
  return context.doc.tokens[index]?.normal === 'by' ? nounPhraseStartingAt(context, index + 1, end) : null;
}

/**
 * Finds the phrase naming the source of a cue: the subject before it (`X said`, `X, the minister, said`,
 * `…, who said`), the phrase after it (`said X`, `according to X`, `quoted X as saying`), or, for a
 * participle or a second verb (`…, saying`, `X agreed and said`), the subject of the main clause.
 * Returns null for a passive with no agent (`it was reported that`).
 */
export function findSpeakerPhrase(context: QuoteContext, cue: ReportingCue): SpeakerPhrase | null {
  const { first, end } = sentenceRange(context, cue.verb);
  if (cue.form === 'according-to') {
    // `according to exit polls`: wink may tag a noun modifier as a verb; the phrase starts after it.
    const skip = context.doc.tokens[cue.end]?.pos === 'VERB' && context.doc.tokens[cue.end + 1]?.pos === 'NOUN' ? 1 : 0;
    // `According to police,`: a source wink tags as a verb is still the words before the comma.
    return nounPhraseStartingAt(context, cue.end + skip, end) ?? wordsBeforeComma(context, cue.end, end);
  }
  if (cue.form === 'quoted-object') return cue.object === null ? null : nounPhraseStartingAt(context, cue.object.first, cue.object.end);
  if (cue.passive && cue.form === 'verb') return agentAfter(context, cue.end, end);
  // `When pressed by X about …`: a reduced passive after a subordinator names its agent.
  const verbToken = context.doc.tokens[cue.verb];
  if (cue.form === 'verb' && REDUCED_PASSIVE_OPENERS.has(context.doc.tokens[cue.verb - 1]?.normal ?? '') && verbToken !== undefined && verbToken.normal !== verbToken.lemma && context.doc.tokens[cue.end]?.normal === 'by') {
    return agentAfter(context, cue.end, end);
  }
  const verb = context.doc.tokens[cue.verb];
  const isParticiple = verb !== undefined && verb.normal.endsWith('ing') && cue.form === 'verb';
  if (isParticiple && cue.verb === bodyStart(context, first, end)) {
    const comma = firstCommaAfter(context, cue.end, end);
    return comma === -1 ? null : mainSubject(context, comma + 1, end);
  }
  // `X won votes by telling them that …`: a participle after a preposition shares the main clause's subject.
  if (isParticiple && context.doc.tokens[cue.verb - 1]?.pos === 'ADP') {
    // `X, R-Wis., despite admitting …`: a phrase set off after the subject; its subject stands before the comma.
    const preposition = cue.verb - 1;
    const afterComma = context.doc.tokens[preposition - 1]?.value === ',';
    const subject = afterComma ? subjectBefore(context, preposition, first) : null;
    if (subject !== null && subject !== 'coordinated') return subject;
    return (afterComma ? nounPhraseEndingAt(context, preposition - 2, first) : null) ?? mainSubject(context, first, end);
  }
  // `…, adding that`, `“…,” adding that`: a participle after a comma shares the main clause's subject.
  // `…, even suggesting that`: an adverb may stand between the comma and the participle.
  const beforeParticiple = context.doc.tokens[cue.verb - 1]?.pos === 'ADV' ? cue.verb - 2 : cue.verb - 1;
  if (isParticiple && /^[,”"’']$/u.test(context.doc.tokens[beforeParticiple]?.value ?? '')) return mainSubject(context, first, end);
  const inverted = invertedSpeaker(context, cue, end);
  if (inverted !== null) return inverted;
  const subject = subjectBefore(context, cue.first, first);
  if (subject === 'coordinated') return coordinatedSubject(context, cue.first, first) ?? mainSubject(context, first, end);
  if (subject !== null && isParticiple) return authorOfMessage(context, subject, first, end) ?? subject;
  if (subject !== null) return subject;
  // `said X.`, but not `said it would …` or `say the claims about … are`: the phrase must end the clause.
  const after = nounPhraseStartingAt(context, cue.end, end);
  // `…, R-Ky., said Tuesday.`: a day after the cue is when, not who.
  if (after !== null && isTimeWord(context.doc.tokens[after.end - 1])) return null;
  const next = after === null ? undefined : context.doc.tokens[after.end];
  return next === undefined || after === null || after.end >= end || /^[.,;:!?(]$/u.test(next.value) ? after : null;
}
