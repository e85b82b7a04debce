import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The floor under presswork's cost: wink-nlp as a user would run it on its own, with its default
// pipeline (sentences, POS tags, its own entities, negation and sentiment). presswork's instance
// (`getNlp()`) runs only the stages it reads, so that saving shows up in the annotate/raw ratio.
let defaultWink: ReturnType<typeof winkNLP> | undefined;

function getDefaultWink(): ReturnType<typeof winkNLP> {
  defaultWink ??= winkNLP(model);
  return defaultWink;
}

/** Reads the text with wink-nlp and takes out POS tags, sentences and entities (issue 7's "raw wink-nlp"). */
export function readWithWink(text: string): number {
  const nlp = getDefaultWink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tags = doc.tokens().out(its.pos);
  const sentences = doc.sentences().out();
  const entities = doc.entities().out();
  return tags.length + sentences.length + entities.length;
}

/** The number of wink-nlp tokens in the text (the unit of every tokens/s figure). */
export function countTokens(text: string): number {
  return getDefaultWink().readDoc(text).tokens().length();
}
