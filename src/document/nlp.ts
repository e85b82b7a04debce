import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

// The only mutable module-level state in presswork. Created on first use so that importing the
// package costs nothing; and created once, because a second `winkNLP(model)` in the same process
// silently finds no custom entities (the model's loader re-encodes its patterns).
let instance: WinkNLP | undefined;

/** Returns the process-wide wink-nlp instance, loading the model on the first call. */
export function getNlp(): WinkNLP {
  instance ??= winkNLP(model);
  return instance;
}
