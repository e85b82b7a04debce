import type { Document } from '../document/read-document';
import { STANCE_WORDS } from './compile-stance-frames';
import type { StanceWord } from './stance-word';

const { verbs: STANCE_VERBS, nouns: STANCE_NOUNS, phrases: STANCE_PHRASES } = STANCE_WORDS;

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
// The longest phrase frame, in words (`rule in favour of`).
const MAX_PHRASE_LENGTH = Math.max(1, ...[...STANCE_PHRASES.keys()].map((phrase) => phrase.split(' ').length));

// Every word sequence a phrase starts with, up to a space (`fight`, `fight alongside`…): a phrase can
// only match at a token whose lemma or normal form is one of them, so the other tokens (almost all)
// build no key at all. Derived from a lexicon of a few dozen entries, so computing it costs nothing.
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...STANCE_PHRASES.keys()].flatMap((phrase) => [...phrase.matchAll(/ /gu)].map((space) => phrase.slice(0, space.index))),
);

// Every lemma or normal form a trigger can start with. Finding triggers runs at every token and
// nearly all are no stance word, so one look-up (two when the lemma differs) turns them away before
// the five a full match takes.
const TRIGGER_STARTS: ReadonlySet<string> = new Set([...PHRASE_STARTS, ...STANCE_VERBS.keys(), ...STANCE_NOUNS.keys()]);

function canStartTrigger(lemma: string, normal: string, pos: string): boolean {
  // A proper noun may be a headline verb wink-nlp left unlemmatised (`Slams`): see matchHeadlineVerb.
  return TRIGGER_STARTS.has(lemma) || (normal !== lemma && TRIGGER_STARTS.has(normal)) || pos === 'PROPN';
}

// News puts a day or an adverb between a verb and its particle (`ruled Friday against`, `voted
// unanimously for`): one such word is skipped inside a phrase.
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

function isInsertedWord(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  return token !== undefined && (WEEKDAYS.has(token.normal) || (token.pos === 'ADV' && token.normal.endsWith('ly')));
}

function matchPhrase(doc: Document, index: number, end: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined || (!PHRASE_STARTS.has(token.lemma) && !PHRASE_STARTS.has(token.normal))) return undefined;
  const gap = isInsertedWord(doc, index + 1) ? 1 : 0;
  for (const skip of gap === 1 ? [0, 1] : [0]) {
    const found = matchPhraseFrom(doc, index, end, skip);
    if (found !== undefined) return found;
  }
  return undefined;
}

function matchPhraseFrom(doc: Document, index: number, end: number, skip: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  for (let length = MAX_PHRASE_LENGTH; length >= 2; length -= 1) {
    if (index + length + skip > end) continue;
    let lemma = token.lemma;
    let normal = token.normal;
    for (let offset = 1; offset < length; offset += 1) {
      const next = doc.tokens[index + offset + skip];
      lemma += ` ${next?.lemma ?? ''}`;
      normal += ` ${next?.normal ?? ''}`;
    }
    const word = STANCE_PHRASES.get(lemma) ?? STANCE_PHRASES.get(normal);
    if (word !== undefined) return { first: index, end: index + length + skip, lemma, word };
  }
  return undefined;
}

// A verb reading is preferred for verbs (`backed`), a noun reading for everything else (`support` in
// `Iranian support for X`); the other list is the fall-back when wink-nlp's tag is off.
function matchWord(doc: Document, index: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined) return undefined;
  // Each reading is looked up only when the one preferred before it is missing (this runs at every token).
  const prefersVerb = VERBAL.has(token.pos);
  let word = prefersVerb ? STANCE_VERBS.get(token.lemma) : undefined;
  word ??= STANCE_NOUNS.get(token.normal) ?? STANCE_NOUNS.get(token.lemma);
  if (word === undefined && !prefersVerb && token.pos !== 'NOUN') word = STANCE_VERBS.get(token.lemma);
  if (word === undefined && token.pos === 'PROPN') return matchHeadlineVerb(doc, index);
  return word === undefined ? undefined : { first: index, end: index + 1, lemma: token.lemma, word };
}

/**
 * A title-case headline verb (`X Slams Y`), which wink-nlp tags as a proper noun and leaves
 * unlemmatised: read as a verb, with a third-person `-s` dropped, when proper nouns stand on both sides.
 */
function matchHeadlineVerb(doc: Document, index: number): StanceTrigger | undefined {
  const token = doc.tokens[index];
  if (token === undefined || doc.tokens[index - 1]?.pos !== 'PROPN' || doc.tokens[index + 1]?.pos !== 'PROPN') return undefined;
  const lemma = token.normal.endsWith('s') && !STANCE_VERBS.has(token.normal) ? token.normal.slice(0, -1) : token.normal;
  const word = STANCE_VERBS.get(lemma);
  return word === undefined ? undefined : { first: index, end: index + 1, lemma, word };
}

/** Finds the stance words and phrases in tokens `first` up to `end`, phrases before single words. */
export function findStanceTriggers(doc: Document, first: number, end: number): StanceTrigger[] {
  const triggers: StanceTrigger[] = [];
  let index = first;
  while (index < end) {
    const token = doc.tokens[index];
    const trigger = token === undefined || !canStartTrigger(token.lemma, token.normal, token.pos) ? undefined : matchPhrase(doc, index, end) ?? matchWord(doc, index);
    if (trigger === undefined) {
      index += 1;
      continue;
    }
    triggers.push(trigger);
    index = trigger.end;
  }
  return triggers;
}
