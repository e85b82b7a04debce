/**
 * Present-tense verbs that a title-case headline puts right after the name of its subject (`Jane
 * Roe Slams Board Over Fees`, `Roe Backs Tax Plan`). Capitalised like the name before them, wink-nlp
 * tags most of them as proper nouns, so they are read as verbs by their form alone, never as part of
 * a name. Verbs of saying and of taking sides, which headlines use most; left out are forms that are
 * also common surnames (`Banks`, `Burns`, `Hurts`) or nouns that end names (`Stars`, `Leaves`).
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'says', 'tells', 'adds', 'insists', 'asks', 'writes', 'argues', 'explains', 'recalls', 'stresses', 'urges',
  'presses', 'agrees', 'hails', 'warns', 'vows', 'pledges', 'promises', 'accuses', 'praises', 'thanks',
  'slams', 'blasts', 'rips', 'hammers', 'bashes', 'knocks', 'lashes', 'lambastes', 'scolds', 'chides', 'mocks',
  'taunts', 'grills', 'attacks', 'criticizes', 'criticises', 'condemns', 'denounces', 'rebukes', 'rejects',
  'denies', 'dismisses', 'questions', 'challenges', 'sues', 'threatens', 'blames', 'faults',
  'backs', 'endorses', 'defends', 'supports', 'welcomes', 'applauds', 'lauds', 'cheers', 'joins',
  'responds', 'admits', 'announces', 'reveals', 'claims', 'demands', 'declares', 'predicts',
  'quits', 'wins', 'loses', 'concedes', 'unveils', 'proposes', 'vetoes',
]);

