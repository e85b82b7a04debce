import { getNlp } from '../src/document/nlp';

// The floor under presswork's cost: what wink-nlp itself does for us. It uses the same, single
// wink-nlp instance as presswork (a second instance in one process finds no custom entities).

/** Reads the text with wink-nlp and takes out POS tags, sentences and entities, like presswork needs. */
export function readWithWink(text: string): number {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tags = doc.tokens().out(its.pos);
  const sentences = doc.sentences().out();
  const entities = doc.entities().out();
  return tags.length + sentences.length + entities.length;
}

/** The number of wink-nlp tokens in the text (the unit of every tokens/s figure). */
export function countTokens(text: string): number {
  return getNlp().readDoc(text).tokens().length();
}
