/**
 * Small word lists that `targetSentimentFeatures` turns into features for the learned
 * target-sentiment model. They are kept apart from the stance stage's own lexicons on purpose: the
 * model's weights were trained with exactly these lists, so they change only together with a
 * re-training (`npx tsx scripts/train-target-sentiment.ts`).
 */

/** Words that negate what follows them in the clause, as wink-nlp normalises them (`n't` → `not`). */
export const SENTIMENT_NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'cannot', 'neither', 'nor', 'without', 'hardly', 'nobody', 'nothing', 'refuse', 'fail',
]);

/** Words that open a contrasting clause (`X praised Y but condemned Z`). */
export const SENTIMENT_CONTRASTS: ReadonlySet<string> = new Set([
  'but', 'however', 'yet', 'although', 'though', 'while', 'whereas', 'despite', 'nevertheless', 'nonetheless',
]);

/** Verbs that only report what someone said; their subject is a source, not what the words are about. */
export const SENTIMENT_REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'report', 'announce', 'write', 'note', 'explain', 'confirm', 'tweet', 'post',
  'comment', 'remark', 'argue', 'claim', 'insist', 'ask', 'suggest', 'testify', 'acknowledge', 'admit',
]);

/**
 * Common stance verbs of news English with their polarity toward their object (general knowledge,
 * many missing from AFINN or scored weakly there: `back`, `endorse`, `sue`, `oust`).
 */
export const SENTIMENT_STANCE_VERBS: ReadonlyMap<string, 1 | -1> = new Map([
  ['praise', 1], ['support', 1], ['back', 1], ['endorse', 1], ['defend', 1], ['welcome', 1], ['thank', 1],
  ['applaud', 1], ['hail', 1], ['commend', 1], ['champion', 1], ['protect', 1], ['help', 1], ['credit', 1],
  ['celebrate', 1], ['congratulate', 1], ['honor', 1], ['honour', 1], ['elect', 1], ['win', 1],
  ['criticize', -1], ['criticise', -1], ['condemn', -1], ['accuse', -1], ['blame', -1], ['attack', -1],
  ['slam', -1], ['rip', -1], ['hammer', -1], ['denounce', -1], ['sue', -1], ['reject', -1], ['oppose', -1],
  ['fight', -1], ['sanction', -1], ['ban', -1], ['fire', -1], ['investigate', -1], ['warn', -1], ['mock', -1],
  ['charge', -1], ['indict', -1], ['impeach', -1], ['oust', -1], ['blast', -1], ['target', -1], ['lose', -1],
  ['defeat', -1], ['arrest', -1], ['convict', -1], ['scold', -1], ['rebuke', -1], ['question', -1], ['challenge', -1],
]);

/** Marks that end a clause for the features' purposes. */
export const SENTIMENT_CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Quotation marks; a target between them is inside what someone says. */
export const SENTIMENT_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’', "'"]);
