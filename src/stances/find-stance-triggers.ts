import type { Document } from '../document/read-document';
import { STANCE_NOUNS } from './lexicons/stance-nouns';
import { STANCE_PHRASES } from './lexicons/stance-phrases';
import { STANCE_VERBS } from './lexicons/stance-verbs';
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

const VERBAL = new Set(['VERB', 'AUX']);

function matchPhrase(doc: Document, index: number, end: number): StanceTrigger | undefined {
  for (const length of [3, 2]) {
    if (index + length > end) continue;
    const lemmas: string[] = [];
    const normals: string[] = [];
    for (let offset = 0; offset < length; offset += 1) {
      lemmas.push(doc.tokens[index + offset]?.lemma ?? '');
      normals.push(doc.tokens[index + offset]?.normal ?? '');
    }
    const lemma = lemmas.join(' ');
    const word = STANCE_PHRASES.get(lemma) ?? STANCE_PHRASES.get(normals.join(' '));
    if (word !== undefined) return { first: index, end: index + length, lemma, word };
  }
  return undefined;
}

// A verb reading is preferred for verbs (`backed`), a noun reading for everything else (`support` in
// `Iranian support for X`); the other list is the fall-back when wink-nlp's tag is off.
function matchWord(doc: Document, index: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  const asVerb = STANCE_VERBS.get(token.lemma);
  const asNoun = STANCE_NOUNS.get(token.normal) ?? STANCE_NOUNS.get(token.lemma);
  const word = VERBAL.has(token.pos) ? asVerb ?? asNoun : asNoun ?? (token.pos === 'NOUN' ? undefined : asVerb);
  return word === undefined ? undefined : { first: index, end: index + 1, lemma: token.lemma, word };
}

/** Finds the stance words and phrases in tokens `first` up to `end`, phrases before single words. */
export function findStanceTriggers(doc: Document, first: number, end: number): StanceTrigger[] {
  const triggers: StanceTrigger[] = [];
  let index = first;
  while (index < end) {
    const trigger = matchPhrase(doc, index, end) ?? matchWord(doc, index);
    if (trigger === undefined) {
      index += 1;
      continue;
    }
    triggers.push(trigger);
    index = trigger.end;
  }
  return triggers;
}
