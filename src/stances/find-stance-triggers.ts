import type { Document } from '../document/read-document';
import type { StanceTriggerWords } from '../lexicons/compiled-lexicons';
import { DAY_WORDS } from './lexicons/day-words';
import { isMarked, PROPER_NOUN, TRIGGER_WORD, type StanceWordMarks } from './mark-stance-words';
import type { StanceWord } from './stance-word';

/** One occurrence of a stance word or phrase in the text. */
export interface StanceTrigger {
  /** The index of the trigger's first token. */
  readonly first: number;
  /** The index just past its last token. */
  readonly end: number;
  /** The lemma (or lemmas) that matched, which names the rule in debug output. */
  readonly lemma: string;
  /** What the word states. */
  readonly word: StanceWord;
}

const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);

// News puts a day or an adverb between a verb and its particle (`ruled Friday against`, `voted
// unanimously for`): one such word is skipped inside a phrase.

function isInsertedWord(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  return token !== undefined && (DAY_WORDS.has(token.normal) || (token.pos === 'ADV' && token.normal.endsWith('ly')));
}

function matchPhrase(words: StanceTriggerWords, doc: Document, index: number, end: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  const byLemma = words.phraseStarts.has(token.lemma);
  const byNormal = words.phraseStarts.has(token.normal);
  if (!byLemma && !byNormal) return undefined;
  const gap = isInsertedWord(doc, index + 1) ? 1 : 0;
  for (const skip of gap === 1 ? [0, 1] : [0]) {
    const found = matchPhraseFrom(words, doc, index, end, skip, byLemma, byNormal);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The longest phrase starting at `index` (its later words `skip` tokens on), read by lemmas or else
 * by normal forms. Each reading grows one word at a time only while it is the start of some phrase
 * (`words.phraseStarts`), so most starts build one or two keys, not one per possible length.
 */
function matchPhraseFrom(
  words: StanceTriggerWords, doc: Document, index: number, end: number, skip: number, byLemma: boolean, byNormal: boolean,
): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  let lemma = token.lemma;
  let normal = token.normal;
  let isLemmaStart = byLemma;
  let isNormalStart = byNormal;
  let found: StanceTrigger | undefined;
  for (let length = 2; length <= words.maxPhraseLength && (isLemmaStart || isNormalStart) && index + length + skip <= end; length += 1) {
    const next = doc.tokens[index + length - 1 + skip];
    lemma += ` ${next?.lemma ?? ''}`;
    normal += ` ${next?.normal ?? ''}`;
    const word = (isLemmaStart ? words.phrases.get(lemma) : undefined) ?? (isNormalStart ? words.phrases.get(normal) : undefined);
    if (word !== undefined) found = { first: index, end: index + length + skip, lemma, word };
    isLemmaStart = isLemmaStart && words.phraseStarts.has(lemma);
    isNormalStart = isNormalStart && words.phraseStarts.has(normal);
  }
  return found;
}

// A verb reading is preferred for verbs (`backed`), a noun reading for everything else (`support` in
// `Iranian support for X`); the other list is the fall-back when wink-nlp's tag is off.
function matchWord(words: StanceTriggerWords, doc: Document, marks: StanceWordMarks, index: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  // Each reading is looked up only when the one preferred before it is missing.
  const prefersVerb = VERBAL.has(token.pos);
  let word = prefersVerb ? words.verbs.get(token.lemma) : undefined;
  word ??= words.nouns.get(token.normal) ?? words.nouns.get(token.lemma);
  if (word === undefined && !prefersVerb && token.pos !== 'NOUN') word = words.verbs.get(token.lemma);
  if (word === undefined && token.pos === 'PROPN') return matchHeadlineVerb(words, doc, marks, index);
  return word === undefined ? undefined : { first: index, end: index + 1, lemma: token.lemma, word };
}

/**
 * A title-case headline verb (`X Slams Y`), which wink-nlp tags as a proper noun and leaves
 * unlemmatised: read as a verb, with a third-person `-s` dropped, when proper nouns stand on both sides.
 */
function matchHeadlineVerb(words: StanceTriggerWords, doc: Document, marks: StanceWordMarks, index: number): StanceTrigger | undefined {
  // The neighbours' tags are read from their marks: this runs at every proper noun.
  if (!isMarked(marks, index - 1, PROPER_NOUN) || !isMarked(marks, index + 1, PROPER_NOUN)) return undefined;
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  const lemma = token.normal.endsWith('s') && !words.verbs.has(token.normal) ? token.normal.slice(0, -1) : token.normal;
  const word = words.verbs.get(lemma);
  return word === undefined ? undefined : { first: index, end: index + 1, lemma, word };
}

/**
 * The stance word or phrase starting at a token: only a token whose word starts some frame can match
 * one (nearly all tokens are no stance word), and any other proper noun only as a headline verb.
 */
function matchTrigger(words: StanceTriggerWords, doc: Document, marks: StanceWordMarks, index: number, end: number): StanceTrigger | undefined {
  if (isMarked(marks, index, TRIGGER_WORD)) return matchPhrase(words, doc, index, end) ?? matchWord(words, doc, marks, index);
  return isMarked(marks, index, PROPER_NOUN) ? matchHeadlineVerb(words, doc, marks, index) : undefined;
}

/** Finds the stance words and phrases in tokens `first` up to `end`, phrases before single words. */
export function findStanceTriggers(doc: Document, first: number, end: number, words: StanceTriggerWords, marks: StanceWordMarks): StanceTrigger[] {
  const triggers: StanceTrigger[] = [];
  let index = first;
  while (index < end) {
    const trigger = matchTrigger(words, doc, marks, index, end);
    if (trigger === undefined) {
      index += 1;
      continue;
    }
    triggers.push(trigger);
    index = trigger.end;
  }
  return triggers;
}
