import { tokenIndexAtOffset } from '../document/accessors';
import type { Document } from '../document/read-document';
import { resolveCoreference } from '../coreference/resolve-coreference';
import type { Coreference } from '../coreference/types';
import type { AnnotateOptions, EntityMention, Quote, Stance } from '../types';
import { aggregateStances } from './aggregate-stances';
import { findQuoteStances } from './find-quote-stances';
import { findStanceActors, type StanceCast } from './find-stance-actors';
import { findSpeakerParty } from './find-speaker-party';
import { findStanceEvidence } from './find-stance-evidence';
import { markStanceWords } from './mark-stance-words';
import { makePartyContext, withDescribedParties } from './party-at';
import { restrictToTargets } from './restrict-to-targets';
import { DEFAULT_LEXICONS, type CompiledLexicons } from '../lexicons/compiled-lexicons';

/** The party first quoted in each sentence, by sentence index. */
function speakersBySentence(doc: Document, cast: StanceCast, quotes: readonly Quote[]): Map<number, string> {
  const speakers = new Map<number, string>();
  for (const quote of quotes) {
    const sentence = doc.tokens[tokenIndexAtOffset(doc, quote.content.start)]?.sentence;
    const speaker = findSpeakerParty(doc, cast, quote);
    if (sentence !== undefined && speaker !== undefined && !speakers.has(sentence)) speakers.set(sentence, speaker);
  }
  return speakers;
}

/**
 * Finds who supports or opposes whom in the document, with a score and the evidence spans:
 * 1. resolve entity mentions into parties (metonyms → countries, title modifiers dropped), and
 *    add the described parties the party look-up resolves (`she` in `she said`);
 * 2. find the stances each sentence states, composing negation and nested stance words (a
 *    subjectless one in a sentence that quotes someone is the speaker's);
 * 3. add the stances quoted speakers hold by what they say, and by how they portray a party;
 * 4. merge into one record per (holder, target, polarity), then keep the requested targets.
 */
export function scoreDocumentStances(
  doc: Document, entities: readonly EntityMention[], quotes: readonly Quote[], options: AnnotateOptions = {},
  lexicons: CompiledLexicons = DEFAULT_LEXICONS,
  coreference: Coreference = resolveCoreference(doc, entities),
): Stance[] {
  const words = lexicons.stanceWords;
  const marks = markStanceWords(doc, words);
  const named = findStanceActors(doc, entities, lexicons);
  const cast = withDescribedParties(makePartyContext(doc, named, quotes, marks, coreference, words.nouns));
  const speakerOf = (quote: Quote): string | undefined => findSpeakerParty(doc, named, quote);
  const evidence = [...findStanceEvidence(doc, cast, speakersBySentence(doc, cast, quotes), words, marks), ...findQuoteStances(doc, cast, quotes, speakerOf, words, marks)];
  const stances = aggregateStances(doc, evidence);
  return options.targets === undefined ? stances : restrictToTargets(stances, options.targets, cast.aliases());
}
