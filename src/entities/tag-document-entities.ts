import type { Document } from '../document/read-document';
import type { AnnotateOptions, EntityMention, KnownEntity } from '../types';
import { classifyMention, type ClassifiedMention } from './classify-mention';
import { findMentions, type KnownNames } from './find-mentions';
import { findPartyLabels } from './find-party-labels';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './lexicons/gazetteer';
import { linkMentions } from './link-mentions';
import { isSportsReport, weighTypeEvidence } from './weigh-type-evidence';
import { isLowerCaseLetter, isUpperCaseLetter } from './name-tokens';
import { fuzzyVariantHashes } from './name-keys';
import { DEFAULT_LEXICONS, type CompiledLexicons, type KnownPeople } from '../lexicons/compiled-lexicons';

function knownGazetteer(knownEntities: readonly KnownEntity[]): Gazetteer {
  const entries: GazetteerEntry[] = [];
  for (const entity of knownEntities) {
    for (const surface of [entity.name, ...(entity.aliases ?? [])]) {
      if (surface.trim() !== '') entries.push({ surface: surface.trim(), type: entity.type, canonical: entity.name, source: 'known' });
    }
  }
  return buildGazetteer(entries);
}

/**
 * The lexicon's known people the document may mention: those with a capitalised word that is a
 * spelling variant of their surname, as linking matches them. Registering all of a large lexicon's
 * people in every document would cost time per entry; the others would link to nothing anyway.
 * A word's variants are first looked up by hash in the lexicon's small bit filter; only a variant
 * whose bit is set is built and looked up in the large map, which alone decides.
 */
function knownPeopleIn(doc: Document, people: KnownPeople): KnownEntity[] {
  if (people.bySurnameVariant.size === 0) return [];
  const positions = new Set<number>();
  const mask = people.variantFilter.length * 8 - 1;
  // A capitalised word recurs through an article; it is looked up once.
  const seen = new Set<string>();
  for (const token of doc.tokens) {
    if (token.type !== 'word' || seen.has(token.value) || !isUpperCaseLetter(token.value[0])) continue;
    seen.add(token.value);
    const key = token.value.toLowerCase();
    fuzzyVariantHashes(key).forEach((hash, at) => {
      const bit = hash & mask;
      if (((people.variantFilter[bit >>> 3] ?? 0) & (1 << (bit & 7))) === 0) return;
      // fuzzyVariants' order: the key itself, then the key without its character at - 1.
      const variant = at === 0 ? key : key.slice(0, at - 1) + key.slice(at);
      for (const position of people.bySurnameVariant.get(variant) ?? []) positions.add(position);
    });
  }
  return [...positions].sort((a, b) => a - b).map((position) => people.entities[position] as KnownEntity);
}

/**
 * The caller's own entities for this call over the lexicon's, so a call's own names take
 * precedence. Nothing here grows with the lexicon: its gazetteer is read beneath the call's own
 * (never copied into a new one per call), and of its people only those the document may mention
 * are registered, as when the call brings none.
 */
function knownFor(doc: Document, options: AnnotateOptions, lexicons: CompiledLexicons): { names: KnownNames; people: readonly KnownEntity[] } {
  const own = options.knownEntities ?? [];
  const lexiconPeople = knownPeopleIn(doc, lexicons.knownPeople);
  if (own.length === 0) return { names: { gazetteer: lexicons.knownGazetteer }, people: lexiconPeople };
  return { names: { gazetteer: knownGazetteer(own), under: lexicons.knownGazetteer }, people: [...own, ...lexiconPeople] };
}

function lowerCaseWords(doc: Document): Set<string> {
  const words = new Set<string>();
  for (const token of doc.tokens) {
    if (token.type !== 'word') continue;
    // ASCII decided from the code unit, without a one-character string per token.
    const code = token.value.charCodeAt(0);
    if (code < 128 ? code >= 97 && code <= 122 : isLowerCaseLetter(token.value[0])) words.add(token.value);
  }
  return words;
}

// Running text in any language hardly uses control characters or the replacement character.
function isJunkCode(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f || code === 0xfffd;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

const LETTER = /\p{L}/u;

// Counted in code units, like `visible`: a letter outside the BMP counts as its two surrogates.
function isLetterCode(text: string, index: number, code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return LETTER.test(String.fromCodePoint(text.codePointAt(start) ?? code));
}

const JUNK = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/u;

/**
 * True when the text is no language at all (a binary file read as text): many control or
 * replacement characters, or few letters among its visible characters. Such text names nothing.
 * One pass over the code units, without copying the text: this runs on every document. Ordinary
 * text has no junk character (one native search says so) and settles the letter count early: once
 * the letters are a fifth of every character seen or still to come, they are a fifth of the visible ones.
 */
function isNotLanguage(text: string): boolean {
  if (text.length < 64) return false;
  const hasJunk = JUNK.test(text);
  let junk = 0;
  let visible = 0;
  let letters = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isJunkCode(code)) junk += 1;
    if (isSpaceCode(code)) continue;
    visible += 1;
    if (isLetterCode(text, index, code)) letters += 1;
    if (!hasJunk && letters * 5 >= visible + (text.length - index - 1)) return false;
  }
  return junk > text.length / 50 || letters < visible / 5;
}

/** Party and state labels replace whatever the name steps made of the same characters (`D-N`). */
function mergePartyLabels(mentions: readonly EntityMention[], labels: readonly EntityMention[]): EntityMention[] {
  if (labels.length === 0) return [...mentions];
  const kept = mentions.filter((mention) => !labels.some((label) => label.start < mention.end && mention.start < label.end));
  return [...kept, ...labels].sort((a, b) => a.start - b.start);
}

/** Finds, classifies and links every named-entity mention in the document. */
export function tagDocumentEntities(doc: Document, options: AnnotateOptions = {}, lexicons: CompiledLexicons = DEFAULT_LEXICONS): EntityMention[] {
  if (isNotLanguage(doc.text)) return [];
  const context = { lowerCaseWords: lowerCaseWords(doc), sports: isSportsReport(doc), lexicons };
  const known = knownFor(doc, options, lexicons);
  const candidates = findMentions(doc, context, known.names);
  const classified: ClassifiedMention[] = [];
  for (const candidate of candidates) {
    const mention = classifyMention(doc, candidate, context);
    if (mention !== undefined && mention.stop > mention.start) classified.push(mention);
  }
  classified.sort((a, b) => a.start - b.start);
  const linked = linkMentions(doc, (weighTypeEvidence(doc, classified, context.sports, lexicons.titles)), known.people);
  return mergePartyLabels(linked, findPartyLabels(doc));
}
