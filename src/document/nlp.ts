import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

// presswork reads tokens, sentences and POS tags (lemmas come from the model on demand). wink-nlp's
// own entities, negation and sentiment would cost a third of its reading time and nothing
// downstream looks at them, so the pipe runs only sentence boundaries and tagging.
const PIPE: readonly string[] = Object.freeze(['sbd', 'pos']);

// The only mutable module-level state in presswork. Created on first use, so that importing the
// package costs nothing, and then kept, because loading the model takes about 70 ms and 100 MB.
// Each worker thread has its own.
let instance: WinkNLP | undefined;

/** Returns the process-wide wink-nlp instance, loading the model on the first call. */
export function getNlp(): WinkNLP {
  instance ??= winkNLP(model, [...PIPE]);
  return instance;
}
