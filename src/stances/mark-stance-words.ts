import type { Document } from '../document/read-document';
import type { StanceTriggerWords } from '../lexicons/compiled-lexicons';
import { PERSON_TITLES, TITLE_MODIFIERS } from '../entities/lexicons/titles';
import { SPEECH_VERBS } from '../quotes/lexicons/speech-verbs';
import { CLAUSE_BOUNDARIES } from './lexicons/clause-boundaries';
import { DAY_WORDS } from './lexicons/day-words';
import { DESCRIPTION_OPENERS } from './lexicons/description-openers';
import { FIRST_PERSON_PRONOUNS } from './lexicons/first-person-pronouns';
import { GROUP_CONNECTORS } from './lexicons/group-connectors';
import { NAMING_VERBS } from './lexicons/naming-verbs';
import { NEGATIONS } from './lexicons/negations';
import { OBJECT_PRONOUNS } from './lexicons/object-pronouns';
import { ORGANISATION_ANAPHORS, PLURAL_ANAPHORS } from './lexicons/plural-anaphors';
import { OBJECT_PREPOSITIONS } from './lexicons/object-prepositions';
import { PLACE_PREPOSITIONS } from './lexicons/place-prepositions';
import { POSSESSIVE_MARKS } from './lexicons/possessive-marks';
import { RELATIVE_PRONOUNS } from './lexicons/relative-pronouns';
import { SECOND_PERSON_PRONOUNS } from './lexicons/second-person-pronouns';
import { STANCE_VERBS } from './lexicons/stance-verbs';
import { STATEMENT_ANAPHORS } from './lexicons/statement-anaphors';
import { THIRD_PERSON_PRONOUNS } from './lexicons/third-person-pronouns';

/**
 * For each token, one bit per kind of word a step of the stance stage looks for: across the whole
 * document or quote (a description's opener, a stance word's start, an anaphor's first word …) and
 * in the searches for a stance word's subject and object (a clause boundary, a negation …). Nearly
 * every token is none of them: one pass over the document looks each word up once, and the steps
 * then test a bit instead of each looking the word up again in its own list.
 */
export type StanceWordMarks = Uint32Array;

// One bit each; a token may carry several (`that` ends a clause, is a relative pronoun and starts an anaphor).

// Words looked for across the whole document or a whole quote.
/** The first token of its sentence (a headline drops its article: `Judge rejects …`). */
export const SENTENCE_FIRST = 1 << 0;
/** A word that can open a description (`the`, `its`, `a`, `Friday` in `Friday's ruling`). */
export const DESCRIPTION_OPENER = 1 << 1;
/** A determiner that opens a definite description (`the`, `its`). */
export const DEFINITE_OPENER = 1 << 2;
/** A word for a day (`Friday`, `today`). */
export const DAY_WORD = 1 << 3;
/** A word some anaphor starts with (`the`, `both`, `these`). */
export const ANAPHOR_START = 1 << 4;
/** A word some anaphor has second (`two`, `countries`, `comments`). */
export const ANAPHOR_SECOND = 1 << 5;
/** A word a quoted speaker refers to themselves by (`we`, `our`). */
export const FIRST_PERSON = 1 << 6;
/** A word a quote refers to its hearer by (`you`). */
export const SECOND_PERSON = 1 << 7;
/** A lemma or normal form some stance word or phrase starts with (`words.triggerStarts`). */
export const TRIGGER_WORD = 1 << 8;
/** A verb that names a party with a predicate (`called`, `described`). */
export const NAMING_VERB = 1 << 9;
/** A proper noun, which may be a headline verb wink-nlp left unlemmatised (`Slams`): see matchHeadlineVerb. */
export const PROPER_NOUN = 1 << 10;

// Words a stance word's search for its subject or object stops at, passes or counts (findStanceSubject, findStanceObject).
/** A word or mark that ends the clause a stance word reaches across (`;`, `but`, `which`). */
export const CLAUSE_BOUNDARY = 1 << 11;
/** A relative pronoun (`who`, `which`, `that`). */
export const RELATIVE_PRONOUN = 1 << 12;
/** A negation (`not`, `never`). */
export const NEGATION = 1 << 13;
/** A third-person pronoun (`it`, `they`). */
export const THIRD_PERSON = 1 << 14;
/** A comma. */
export const COMMA = 1 << 15;
/** A closing bracket, which may end a party label (`X (D-Ohio)`). */
export const CLOSING_BRACKET = 1 << 16;
/** A verb (wink-nlp's tag). */
export const VERB = 1 << 17;
/** A speech verb (`said`, `vowed`), tagged as a verb. */
export const SPEECH_VERB = 1 << 18;
/** An object pronoun (`him`, `them`), which ends the search for a named object. */
export const OBJECT_PRONOUN = 1 << 19;
/** `and` or `but`, which may start a second predicate. */
export const COORDINATOR = 1 << 20;
/** An auxiliary (wink-nlp's tag). */
export const AUXILIARY = 1 << 21;

// Words that join coordinated actors into one group (findActorGroups).
/** A connector of coordinated names (`,`, `and`, `as well as`). */
export const GROUP_CONNECTOR = 1 << 22;
/** A person's title or a word qualifying one (`President`, `former`). */
export const TITLE_WORD = 1 << 23;
/** A possessive ending (`'s`) or a bare apostrophe after a plural (`the allies'`). */
export const POSSESSIVE_MARK = 1 << 24;
/** `the`, which a group's preposition may stand before (`in the Kremlin`). */
export const THE = 1 << 25;
/** A preposition whose object is a place or a time (`in`, `during`). */
export const PLACE_PREPOSITION = 1 << 26;
/** A preposition whose object is no subject (`to`, `against`). */
export const OBJECT_PREPOSITION = 1 << 27;
/** A verb of a stance verb frame (`defending X`), whose object is no subject. */
export const STANCE_VERB = 1 << 28;
/** An opening bracket, which may start a party label after a name (`X (D-Ohio)`). */
export const OPENING_BRACKET = 1 << 29;

// Every word an opener can be (see describedParties in party-at.ts).
const OPENER_WORDS: readonly string[] = [...DESCRIPTION_OPENERS, ...DAY_WORDS, 'a', 'an'];

const ANAPHORS: readonly string[] = [...PLURAL_ANAPHORS, ...ORGANISATION_ANAPHORS, ...STATEMENT_ANAPHORS];

// Every word sequence an anaphor starts with, up to a space (`the`, `the two`, `both`): an anaphor can
// only start at a token whose normal form is one of them.
const ANAPHOR_STARTS: readonly string[] = ANAPHORS.flatMap((phrase) => [...phrase.matchAll(/ /gu)].map((space) => phrase.slice(0, space.index)));

// Every anaphor's second word (`two`, `comments`): most `the` are followed by none.
const ANAPHOR_SECONDS: readonly string[] = ANAPHORS.map((phrase) => phrase.split(' ')[1] ?? '');

/** The marks each normal form carries, whatever its lemma or tag: one look-up per token reads them all. */
function buildWordMarks(): ReadonlyMap<string, number> {
  const marks = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const word of words) marks.set(word, (marks.get(word) ?? 0) | bit);
  };
  mark(OPENER_WORDS, DESCRIPTION_OPENER);
  mark(DESCRIPTION_OPENERS, DEFINITE_OPENER);
  mark(DAY_WORDS, DAY_WORD);
  mark(ANAPHOR_STARTS, ANAPHOR_START);
  mark(ANAPHOR_SECONDS, ANAPHOR_SECOND);
  mark(FIRST_PERSON_PRONOUNS, FIRST_PERSON);
  mark(SECOND_PERSON_PRONOUNS, SECOND_PERSON);
  mark(CLAUSE_BOUNDARIES, CLAUSE_BOUNDARY);
  mark(RELATIVE_PRONOUNS, RELATIVE_PRONOUN);
  mark(NEGATIONS, NEGATION);
  mark(THIRD_PERSON_PRONOUNS, THIRD_PERSON);
  mark([','], COMMA);
  mark([')'], CLOSING_BRACKET);
  mark(OBJECT_PRONOUNS, OBJECT_PRONOUN);
  mark(['and', 'but'], COORDINATOR);
  mark(GROUP_CONNECTORS, GROUP_CONNECTOR);
  mark([...PERSON_TITLES, ...TITLE_MODIFIERS], TITLE_WORD);
  mark(POSSESSIVE_MARKS, POSSESSIVE_MARK);
  mark(['the'], THE);
  mark(PLACE_PREPOSITIONS, PLACE_PREPOSITION);
  mark(OBJECT_PREPOSITIONS, OBJECT_PREPOSITION);
  return marks;
}

const WORD_MARKS = buildWordMarks();

/** The marks a verb carries by its lemma, besides VERB: one look-up per verb token reads every list. */
function buildVerbMarks(): ReadonlyMap<string, number> {
  const marks = new Map<string, number>();
  const mark = (lemmas: Iterable<string>, bit: number): void => {
    for (const lemma of lemmas) marks.set(lemma, (marks.get(lemma) ?? 0) | bit);
  };
  mark(NAMING_VERBS.keys(), NAMING_VERB);
  mark(SPEECH_VERBS, SPEECH_VERB);
  mark(STANCE_VERBS.keys(), STANCE_VERB);
  return marks;
}

const VERB_MARKS = buildVerbMarks();

/** Whether a stance word or phrase starts with a token's lemma or normal form. */
function isTriggerWord(words: StanceTriggerWords, lemma: string, normal: string): boolean {
  return words.triggerStarts.has(lemma) || (normal !== lemma && words.triggerStarts.has(normal));
}

/** The marks of a token tagged as a verb, by its lemma. */
function verbMarks(lemma: string): number {
  return VERB | (VERB_MARKS.get(lemma) ?? 0);
}

/** Marks the document's tokens once for the stance stage (see StanceWordMarks). */
export function markStanceWords(doc: Document, words: StanceTriggerWords): StanceWordMarks {
  const { tokens } = doc;
  const marks = new Uint32Array(tokens.length);
  let sentence = -1;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    let mark = WORD_MARKS.get(token.normal) ?? 0;
    if (token.sentence !== sentence) mark |= SENTENCE_FIRST;
    if (isTriggerWord(words, token.lemma, token.normal)) mark |= TRIGGER_WORD;
    if (token.pos === 'PROPN') mark |= PROPER_NOUN;
    // By the token as written, as the label search reads it.
    if (token.value === '(') mark |= OPENING_BRACKET;
    if (token.pos === 'VERB') mark |= verbMarks(token.lemma);
    else if (token.pos === 'AUX') mark |= AUXILIARY;
    marks[index] = mark;
    sentence = token.sentence;
  }
  return marks;
}

/** Whether the token at `index` carries the mark `bits` (any of them, if several; false past either end). */
export function isMarked(marks: StanceWordMarks, index: number, bits: number): boolean {
  return ((marks[index] ?? 0) & bits) !== 0;
}
