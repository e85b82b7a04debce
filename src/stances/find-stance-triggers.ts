import type { Document } from '../document/read-document';
import { DEFAULT_LEXICONS, type StanceTriggerWords } from '../lexicons/compiled-lexicons';
import { DAY_WORDS } from './lexicons/day-words';
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
// Every lemma or normal form a trigger can start with (`words.triggerStarts`). Finding triggers runs
// at every token and nearly all are no stance word, so one look-up (two when the lemma differs) turns
// them away before the five a full match takes. A phrase can only match at a token whose lemma or
// normal form starts one (`words.phraseStarts`), so the other tokens build no key at all.
function canStartTrigger(words: StanceTriggerWords, lemma: string, normal: string, pos: string): boolean {
  // A proper noun may be a headline verb wink-nlp left unlemmatised (`Slams`): see matchHeadlineVerb.
  return words.triggerStarts.has(lemma) || (normal !== lemma && words.triggerStarts.has(normal)) || pos === 'PROPN';
}

// News puts a day or an adverb between a verb and its particle (`ruled Friday against`, `voted
// unanimously for`): one such word is skipped inside a phrase.

function isInsertedWord(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  return token !== undefined && (DAY_WORDS.has(token.normal) || (token.pos === 'ADV' && token.normal.endsWith('ly')));
}

function matchPhrase(words: StanceTriggerWords, doc: Document, index: number, end: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined || (!words.phraseStarts.has(token.lemma) && !words.phraseStarts.has(token.normal))) return undefined;
  const gap = isInsertedWord(doc, index + 1) ? 1 : 0;
  for (const skip of gap === 1 ? [0, 1] : [0]) {
    const found = matchPhraseFrom(words, doc, index, end, skip);
    if (found !== undefined) return found;
  }
  return undefined;
}

function matchPhraseFrom(words: StanceTriggerWords, doc: Document, index: number, end: number, skip: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  for (let length = words.maxPhraseLength; length >= 2; length -= 1) {
    if (index + length + skip > end) continue;
    let lemma = token.lemma;
    let normal = token.normal;
    for (let offset = 1; offset < length; offset += 1) {
      const next = doc.tokens[index + offset + skip];
      lemma += ` ${next?.lemma ?? ''}`;
      normal += ` ${next?.normal ?? ''}`;
    }
    const word = words.phrases.get(lemma) ?? words.phrases.get(normal);
    if (word !== undefined) return { first: index, end: index + length + skip, lemma, word };
  }
  return undefined;
}

// A verb reading is preferred for verbs (`backed`), a noun reading for everything else (`support` in
// `Iranian support for X`); the other list is the fall-back when wink-nlp's tag is off.
function matchWord(words: StanceTriggerWords, doc: Document, index: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  // Each reading is looked up only when the one preferred before it is missing (this runs at every token).
  const prefersVerb = VERBAL.has(token.pos);
  let word = prefersVerb ? words.verbs.get(token.lemma) : undefined;
  word ??= words.nouns.get(token.normal) ?? words.nouns.get(token.lemma);
  if (word === undefined && !prefersVerb && token.pos !== 'NOUN') word = words.verbs.get(token.lemma);
  if (word === undefined && token.pos === 'PROPN') return matchHeadlineVerb(words, doc, index);
  return word === undefined ? undefined : { first: index, end: index + 1, lemma: token.lemma, word };
}

/**
 * A title-case headline verb (`X Slams Y`), which wink-nlp tags as a proper noun and leaves
 * unlemmatised: read as a verb, with a third-person `-s` dropped, when proper nouns stand on both sides.
 */
function matchHeadlineVerb(words: StanceTriggerWords, doc: Document, index: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined || doc.tokens[index - 1]?.pos !== 'PROPN' || doc.tokens[index + 1]?.pos !== 'PROPN') return undefined;
  const lemma = token.normal.endsWith('s') && !words.verbs.has(token.normal) ? token.normal.slice(0, -1) : token.normal;
  const word = words.verbs.get(lemma);
  return word === undefined ? undefined : { first: index, end: index + 1, lemma, word };
}

/** Finds the stance words and phrases in tokens `first` up to `end`, phrases before single words. */
export function findStanceTriggers(doc: Document, first: number, end: number, words: StanceTriggerWords = DEFAULT_LEXICONS.stanceWords): StanceTrigger[] {
  const triggers: StanceTrigger[] = [];
  let index = first;
  while (index < end) {
    const token = doc.tokens[index];
    const trigger = token === undefined || !canStartTrigger(words, token.lemma, token.normal, token.pos) ? undefined : matchPhrase(words, doc, index, end) ?? matchWord(words, doc, index);
    if (trigger === undefined) {
      index += 1;
      continue;
    }
    triggers.push(trigger);
    index = trigger.end;
  }
  return triggers;
}
