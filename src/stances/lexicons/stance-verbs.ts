import { stanceWord, type StanceWord } from '../stance-word';

/**
 * Verbs that state a stance of their subject toward their object, keyed by lemma (wink-nlp gives
 * `backed` → `back`), from GUIDELINES §Stances: support = backs, allies with, defends, praises, aids,
 * cooperates with, shields; oppose = demands the removal of, attacks, fights, criticises, distrusts,
 * rejects. Verbs of removing someone (`dump`, `topple`) oppose their object, so a negative verb over
 * them (`oppose attempts to dump X`) composes into support. Left out: verbs whose stance depends on
 * the object's kind (`hit a target` vs `hit a country` is kept: news uses it of countries), and
 * `sanction` as a verb, which as often means `approve`.
 */
export const STANCE_VERBS: ReadonlyMap<string, StanceWord> = new Map([
  // support
  ['support', stanceWord(1, 2)], ['back', stanceWord(1, 2)], ['endorse', stanceWord(1, 2)],
  ['ally', stanceWord(1, 3, 'always')], ['aid', stanceWord(1, 2)], ['assist', stanceWord(1, 2)],
  ['help', stanceWord(1, 1)], ['defend', stanceWord(1, 2)], ['shield', stanceWord(1, 2)],
  ['protect', stanceWord(1, 2)], ['praise', stanceWord(1, 2)], ['hail', stanceWord(1, 2)],
  ['commend', stanceWord(1, 2)], ['applaud', stanceWord(1, 2)], ['welcome', stanceWord(1, 1)],
  ['cooperate', stanceWord(1, 2, 'group')], ['coordinate', stanceWord(1, 2, 'group')],
  ['collaborate', stanceWord(1, 2, 'group')], ['partner', stanceWord(1, 2, 'always')],
  ['agree', stanceWord(1, 1, 'group')], ['unite', stanceWord(1, 2, 'group')],
  ['arm', stanceWord(1, 2)], ['supply', stanceWord(1, 1)], ['send', stanceWord(1, 1)], ['keep', stanceWord(1, 1)], ['bolster', stanceWord(1, 2)],
  ['prop', stanceWord(1, 2)], ['champion', stanceWord(1, 2)], ['embrace', stanceWord(1, 1)],
  ['trust', stanceWord(1, 1)], ['thank', stanceWord(1, 1)], ['congratulate', stanceWord(1, 1)],
  ['sign', stanceWord(1, 1, 'group', 'none')],
  // oppose
  ['oppose', stanceWord(-1, 2)], ['reject', stanceWord(-1, 2)], ['condemn', stanceWord(-1, 3)],
  ['criticise', stanceWord(-1, 2)], ['criticize', stanceWord(-1, 2)], ['denounce', stanceWord(-1, 3)],
  ['attack', stanceWord(-1, 3)], ['fight', stanceWord(-1, 3)], ['bomb', stanceWord(-1, 3)],
  ['bombard', stanceWord(-1, 3)], ['strike', stanceWord(-1, 2)], ['hit', stanceWord(-1, 2)],
  ['combat', stanceWord(-1, 3)], ['defeat', stanceWord(-1, 3)], ['target', stanceWord(-1, 2)],
  ['confront', stanceWord(-1, 2)], ['distrust', stanceWord(-1, 2)], ['mistrust', stanceWord(-1, 2)],
  ['rebuff', stanceWord(-1, 2)], ['blame', stanceWord(-1, 2)], ['accuse', stanceWord(-1, 2)],
  ['threaten', stanceWord(-1, 2)], ['warn', stanceWord(-1, 1)], ['slam', stanceWord(-1, 2)],
  ['blast', stanceWord(-1, 2)], ['lambast', stanceWord(-1, 2)], ['bristle', stanceWord(-1, 2)],
  ['invade', stanceWord(-1, 3)], ['punish', stanceWord(-1, 2)], ['isolate', stanceWord(-1, 2)],
  ['dump', stanceWord(-1, 2)], ['oust', stanceWord(-1, 3)], ['topple', stanceWord(-1, 3)],
  ['overthrow', stanceWord(-1, 3)], ['dethrone', stanceWord(-1, 3)], ['depose', stanceWord(-1, 3)],
  ['remove', stanceWord(-1, 2)], ['undermine', stanceWord(-1, 2)], ['dominate', stanceWord(-1, 2)],
  ['interfere', stanceWord(-1, 2)], ['impose', stanceWord(-1, 1)], ['dictate', stanceWord(-1, 1)],
  ['ignore', stanceWord(-1, 1)], ['boycott', stanceWord(-1, 2)], ['sue', stanceWord(-1, 2)], ['besiege', stanceWord(-1, 3)],
]);
