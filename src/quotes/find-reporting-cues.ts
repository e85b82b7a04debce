import type { Token } from '../document/read-document';
import type { QuoteContext } from './build-quote-context';
import { isTitleCaseSentence } from '../entities/is-title-case-sentence';
import { BE_FORMS } from './lexicons/source-words';
import { AS_CLAUSE_IDIOMS, DEMAND_PHRASAL_VERBS, FRAMING_VERBS, IRREGULAR_PAST_FORMS, PHRASAL_REPORTING_VERBS, PHRASAL_SPEECH_VERBS, SAYING_IDIOMS } from './lexicons/speech-verbs';

/** How a cue introduces its source. */
export type CueForm =
  | 'verb' // X said …, … said X
  | 'according-to' // according to X
  | 'quoted-as-saying' // X was quoted as saying
  | 'quoted-object'; // Tass quoted X as saying: the source is the object

// Words before a gerund of saying that make it no one's statement (`goes without saying`, `worth noting`, `settled without admitting`).
const REPORTER_IDIOM_WORDS: ReadonlySet<string> = new Set(['without', 'worth']);

/** A reporting word (or phrase) outside any quotation marks. */
export interface ReportingCue {
  /** The first token of the cue span. */
  readonly first: number;
  /** The token just past the cue span. */
  readonly end: number;
  /** The token of the verb (`according` for according-to). */
  readonly verb: number;
  /** The verb's lemma (`say`), or `according to`. */
  readonly lemma: string;
  /** How the cue introduces its source. */
  readonly form: CueForm;
  /** Whether the verb is passive (`it was reported that`), so the subject is not the source. */
  readonly passive: boolean;
  /** Whether the verb only frames a quoted fragment (`described … as`), never an indirect quote. */
  readonly framing: boolean;
  /** For `quoted-object`, the tokens of the source between `quoted` and `as`. */
  readonly object: { readonly first: number; readonly end: number } | null;
}

// Words that make the next word a noun (`his claims`, `the report`, `Canada’s statement`).
const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s', 'this', 'these', 'those']);

// Pronouns that open a relative clause, after which a word is a verb, not a noun (`which notes that`).
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who']);

// How far `quoted X as saying` may put its object; news objects are names with titles.
const MAX_QUOTED_OBJECT = 12;

/**
 * The token's lemma in lower case (wink keeps a proper noun's capitals: `Iran`). A lemma equal to the
 * normal form is lower case already, and skipping `toLowerCase` there spares a fresh string, and a fresh
 * hash for the look-up that follows, at nearly every token: this runs at every token outside the marks.
 */
function lemmaOf(token: Token | undefined): string {
  const lemma = token?.lemma ?? '';
  return lemma === token?.normal ? lemma : lemma.toLowerCase();
}

/**
 * A verb tag; or a title-cased headline verb after a name (`Mayor, Union Say …`); or a headline verb wink
 * tags as a noun after a name when `to`/`that` follows (`Ford, Chow pledge to …`). Never a word inside an
 * entity mention (`Islamic State`).
 */
function isVerbLike(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  if (token === undefined || context.mentionOfToken[index] !== -1) return false;
  const previous = tokens[index - 1];
  // `his claims that`, `the report`, `according to state media`: wink sometimes tags these nouns as verbs.
  // `so-called`, `long-awaited`: the second half of a hyphenated adjective is no verb.
  if (previous?.value === '-' || NOUN_MARKERS.has(previous?.normal ?? '') || (previous?.normal === 'to' && tokens[index - 2]?.normal === 'according')) return false;
  // `a later press gaggle`, `the newly announced plan`: an adverb between a determiner and the word.
  if (previous?.pos === 'ADV' && NOUN_MARKERS.has(tokens[index - 2]?.normal ?? '')) return false;
  if (token.pos === 'VERB' || token.normal === 'said' || token.normal === 'says') return true;
  // `a review in 2019 found the depot was unsafe`: an irregular past form after its subject is the verb, whatever its tag.
  if (IRREGULAR_PAST_FORMS.has(token.normal) && (previous?.pos === 'NUM' || previous?.pos === 'NOUN' || previous?.pos === 'PROPN')) return true;
  // `…, promising to …`, `is promising to …`, `…, warning that …`: a participle wink tags as an adjective or a
  // noun (see participleLemma).
  if ((token.pos === 'ADJ' || token.pos === 'NOUN') && token.normal.endsWith('ing') && (previous?.value === ',' || BE_FORMS.has(previous?.normal ?? ''))) return true;
  const afterName = previous?.pos === 'PROPN' || previous?.pos === 'PRON' || context.mentionOfToken[index - 1] !== -1;
  // Only in a title-case headline: elsewhere a capitalised word after a name is part of a title (`White House Press Secretary`).
  if (token.pos === 'PROPN') return /^\p{Lu}/u.test(token.value) && afterName && tokens[index + 1]?.pos !== 'VERB' && tokens[index + 1]?.pos !== 'AUX' && isInHeadline(context, index);
  const next = tokens[index + 1]?.normal;
  if (token.pos !== 'NOUN') return false;
  if (afterName && (next === 'to' || next === 'that')) return true;
  // `documents show he took …`, `Lynch notes they were …`: a present-tense speech verb that wink reads as a
  // noun, after its subject and before a clause with a pronoun subject (`a TV show he hosts` has a singular noun before it).
  if (isBareClauseAfter(context, index + 1) && (token.normal !== token.lemma ? afterName || previous?.pos === 'NOUN' : isPluralNoun(previous) || hasPluralHeadBefore(tokens, index - 1))) return true;
  // `…, the Journal reports.`: wink reads a present-tense verb that ends the sentence as a plural noun.
  if (afterName && token.normal !== token.lemma && /^[.!?]$/u.test(tokens[index + 1]?.value ?? '')) return true;
  // `The proposal, which …, states that`, `the study, which notes that`: an inflected form after a comma or a
  // relative pronoun, not `its claims that`.
  return next === 'that' && token.normal !== token.lemma && (previous?.value === ',' || RELATIVE_PRONOUNS.has(previous?.normal ?? ''));
}

function isInHeadline(context: QuoteContext, index: number): boolean {
  const sentence = context.doc.sentences[context.doc.tokens[index]?.sentence ?? -1];
  return sentence !== undefined && isTitleCaseSentence(context.doc, sentence);
}

const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

function isPluralNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && token.normal !== token.lemma && token.normal.endsWith('s');
}

// Prepositions that attach a modifier to a subject's head (`records from the filing`, `files of the court`).
const SUBJECT_MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'for', 'on', 'by', 'at']);
const MAX_MODIFIER_TOKENS = 6;

/**
 * `the logs from the port inspection show it …`: the plural head of a subject stands before a prepositional
 * modifier that ends at `last`, so a bare `show` after the modifier agrees with it and is the verb.
 */
function hasPluralHeadBefore(tokens: readonly Token[], last: number): boolean {
  for (let index = last; index >= 0 && last - index <= MAX_MODIFIER_TOKENS; index -= 1) {
    const token = tokens[index];
    if (token === undefined) return false;
    if (SUBJECT_MODIFIER_PREPOSITIONS.has(token.normal) && index < last) return isPluralNoun(tokens[index - 1]);
    const possessive = token.pos === 'PRON' && tokens[index + 1]?.pos !== 'VERB';
    if (!(token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM' || token.pos === 'ADJ' || token.pos === 'DET' || possessive)) return false;
  }
  return false;
}

/** `he took`, `they were`: a subject pronoun and a finite verb open a clause at `index`. */
function isBareClauseAfter(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const verb = tokens[index + 1];
  if (!CLAUSE_SUBJECTS.has(tokens[index]?.normal ?? '') || verb === undefined) return false;
  return verb.pos === 'AUX' ? verb.normal !== 'to' : verb.pos === 'VERB' && verb.normal !== verb.lemma && !verb.normal.endsWith('ing');
}

function isPassive(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.normal.endsWith('ing') || token.normal === token.lemma) return false;
  let previous = index - 1;
  // `was not immediately told`: a few adverbs may stand between the auxiliary and the participle.
  while (previous > index - 4 && (tokens[previous]?.pos === 'ADV' || tokens[previous]?.pos === 'PART')) previous -= 1;
  return BE_FORMS.has(tokens[previous]?.normal ?? '');
}

function quotedAsSaying(tokens: readonly Token[], index: number): ReportingCue | null {
  if (lemmaOf(tokens[index]) !== 'quote') return null;
  const limit = Math.min(tokens.length - 2, index + 1 + MAX_QUOTED_OBJECT);
  for (let as = index + 1; as <= limit; as += 1) {
    const token = tokens[as];
    if (token === undefined || /^[.!?;]$/u.test(token.value)) return null;
    if (token.normal !== 'as' || lemmaOf(tokens[as + 1]) !== 'say') continue;
    if (as === index + 1) return { first: index, end: as + 2, verb: index, lemma: 'say', form: 'quoted-as-saying', passive: false, framing: false, object: null };
    return { first: as + 1, end: as + 2, verb: index, lemma: 'say', form: 'quoted-object', passive: false, framing: false, object: { first: index + 1, end: as } };
  }
  return null;
}

/**
 * `…, promising to cut taxes`, `she is promising to cut taxes`, `…, warning that the bloc would weaken`: wink
 * tags some participles after a comma or a be-form as adjectives or nouns and keeps them as their own lemma;
 * before `to` or `that` such a word is the speech verb it is formed from. After a determiner it stays a noun
 * of saying (`the warning that …`), which is no cue (GUIDELINES §Quotes).
 */
export function participleLemma(tokens: readonly Token[], index: number, speechVerbs: ReadonlySet<string>): string | null {
  const token = tokens[index];
  const next = tokens[index + 1]?.normal;
  const previous = tokens[index - 1];
  if ((token?.pos !== 'ADJ' && token?.pos !== 'NOUN') || !token.normal.endsWith('ing') || (next !== 'to' && next !== 'that')) return null;
  if (previous?.value !== ',' && !BE_FORMS.has(previous?.normal ?? '')) return null;
  const stem = token.normal.slice(0, -3);
  if (speechVerbs.has(stem)) return stem;
  return speechVerbs.has(`${stem}e`) ? `${stem}e` : null;
}

/**
 * Verbs that report speech only right beside a quotation (`She continued, “…”`, `“…,” he went on.`): elsewhere
 * they are no verbs of saying, so they frame the marks and never report a clause.
 */
const QUOTE_FRAME_VERBS: ReadonlySet<string> = new Set(['continue']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', "'"]);
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'"]);

/** `X continued, “…”` or `“…,” X continued.`: a comma or colon and an opening mark after, or a closing mark just before the subject. */
function isBesideQuotation(context: QuoteContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const after = tokens[index + 1]?.value ?? '';
  if ((after === ',' || after === ':') && OPENING_MARKS.has(tokens[index + 2]?.value ?? '')) return true;
  const end = tokens[index + 1];
  if (end !== undefined && end.value !== '.' && end.value !== ',') return false;
  for (let before = index - 1; before >= 0 && index - before <= 4; before -= 1) {
    if (CLOSING_MARKS.has(tokens[before]?.value ?? '') && context.quoteOfToken[before] === -1) return true;
  }
  return false;
}

/** `made the case that …`, `made it clear he …`: a verb + noun idiom of saying is one cue over all its words. */
function idiomAt(tokens: readonly Token[], index: number, lemma: string): ReportingCue | null {
  const idioms = SAYING_IDIOMS.get(lemma);
  if (idioms === undefined) return null;
  const one = tokens[index + 1]?.normal ?? '';
  const two = `${one} ${tokens[index + 2]?.normal ?? ''}`;
  const following = idioms.includes(two) ? two : idioms.includes(one) ? one : null;
  if (following === null) return null;
  if (AS_CLAUSE_IDIOMS.has(`${lemma} ${following}`) && !isInAsClause(tokens, index)) return null;
  // `made clear that`: the complementiser is no part of the cue.
  const words = following.split(' ').length;
  const end = tokens[index + words]?.normal === 'that' ? index + words : index + words + 1;
  return { first: index, end, verb: index, lemma: `${lemma} ${following}`, form: 'verb', passive: false, framing: false, object: null };
}

// What stands before an `as` clause: a comma, a bracket, a quotation mark (`“…,” as one adviser put it`).
const AS_CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', '(', '“', '"', '”', '’']);
// `As Jane Roe, a lawyer at the firm, recently put it`: how far back `as` may stand.
const MAX_AS_CLAUSE_TOKENS = 24;

/** The verb at `index` stands in a clause opened by `as` at a sentence start or after a comma. */
function isInAsClause(tokens: readonly Token[], index: number): boolean {
  for (let before = index - 1; before >= 0 && index - before <= MAX_AS_CLAUSE_TOKENS; before -= 1) {
    const token = tokens[before];
    if (token === undefined || /^[.!?;:]$/u.test(token.value) || token.type === 'tabCRLF') return false;
    if (token.normal !== 'as') continue;
    const previous = tokens[before - 1];
    if (previous === undefined || AS_CLAUSE_OPENERS.has(previous.value) || previous.sentence !== token.sentence) return true;
  }
  return false;
}

function cueAt(context: QuoteContext, index: number): ReportingCue | null {
  const tokens = context.doc.tokens;
  const token = tokens[index];
  if (token === undefined) return null;
  if (token.normal === 'according' && tokens[index + 1]?.normal === 'to') {
    return { first: index, end: index + 2, verb: index, lemma: 'according to', form: 'according-to', passive: false, framing: false, object: null };
  }
  const base = token.pos === 'VERB' ? lemmaOf(token) : IRREGULAR_PAST_FORMS.get(token.normal) ?? lemmaOf(token);
  // Every lemma that can make a cue, for one look-up at each token: nearly all tokens are no reporting
  // word, and this runs at every token outside quotation marks. Only an adjective, or a noun that is its own
  // lemma, can be read as a participle (see participleLemma), so any other token is decided by its lemma alone.
  if (token.pos !== 'ADJ' && !(token.pos === 'NOUN' && base === token.normal) && !context.lexicons.cueLemmas.has(base)) return null;
  const lemma = base === token.normal ? participleLemma(tokens, index, context.lexicons.speechVerbs) ?? base : base;
  if (!context.lexicons.cueLemmas.has(lemma)) return null;
  const quoted = lemma === 'quote' ? quotedAsSaying(tokens, index) : null;
  if (quoted !== null) return quoted;
  if (!isVerbLike(context, index)) return null;
  const next = tokens[index + 1]?.normal ?? '';
  if (DEMAND_PHRASAL_VERBS.get(lemma)?.includes(next) === true) {
    return { first: index, end: index + 2, verb: index, lemma: `${lemma} ${next}`, form: 'verb', passive: false, framing: false, object: null };
  }
  if (PHRASAL_SPEECH_VERBS.get(lemma) === next || PHRASAL_REPORTING_VERBS.get(lemma) === next) {
    const framing = PHRASAL_REPORTING_VERBS.get(lemma) !== next;
    return { first: index, end: index + 2, verb: index, lemma, form: 'verb', passive: isPassive(tokens, index), framing, object: null };
  }
  const idiom = idiomAt(tokens, index, lemma);
  if (idiom !== null) return idiom;
  if (QUOTE_FRAME_VERBS.has(lemma)) return isBesideQuotation(context, index) ? { first: index, end: index + 1, verb: index, lemma, form: 'verb', passive: false, framing: true, object: null } : null;
  if (!context.lexicons.speechVerbs.has(lemma) && !FRAMING_VERBS.has(lemma)) return null;
  // `it goes without saying that …`, `it is worth noting that …`: the reporter's own comment, with no source.
  if (REPORTER_IDIOM_WORDS.has(tokens[index - 1]?.normal ?? '')) return null;
  // `Asked whether …, X said`: a sentence-initial participle describes the speaker; its clause is the question.
  const sentence = context.doc.sentences[token.sentence];
  if (sentence?.firstToken === index && token.normal !== lemma && !token.normal.endsWith('ing') && !token.normal.endsWith('s')) return null;
  return { first: index, end: index + 1, verb: index, lemma, form: 'verb', passive: isPassive(tokens, index), framing: FRAMING_VERBS.has(lemma), object: null };
}

/**
 * Finds the reporting cues outside quotation marks (words inside the marks are the speaker's own):
 * speech verbs in any form (by lemma), `according to`, `X was quoted as saying`, `Y quoted X as saying`.
 */
export function findReportingCues(context: QuoteContext): ReportingCue[] {
  const cues: ReportingCue[] = [];
  let coveredUntil = 0;
  for (let index = 0; index < context.doc.tokens.length; index += 1) {
    if (index < coveredUntil || context.quoteOfToken[index] !== -1) continue;
    const cue = cueAt(context, index);
    if (cue === null) continue;
    cues.push(cue);
    coveredUntil = cue.end;
  }
  return cues;
}
