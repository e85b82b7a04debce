/**
 * Verbs of saying and writing, as lemmas (wink-nlp gives `said` → `say`, `told` → `tell`, so every
 * tense and form is covered by one entry). GUIDELINES §Quotes: a cue is a verb of saying or writing
 * whose complement is a clause or an infinitive. Verbs of thinking (`believe`, `think`) are left out,
 * and so are verbs that mostly take a noun object (`criticize`), which only frame a partial quote
 * (see FRAMING_VERBS).
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'insist', 'assert', 'state', 'note', 'warn', 'argue', 'claim', 'explain', 'write',
  'announce', 'pledge', 'vow', 'deny', 'reject', 'describe', 'report', 'confirm', 'declare', 'stress',
  'emphasize', 'emphasise', 'maintain', 'contend', 'allege', 'predict', 'recall', 'remark', 'observe',
  'comment', 'tweet', 'post', 'testify', 'concede', 'complain', 'caution', 'acknowledge', 'admit', 'reply',
  'respond', 'answer', 'ask', 'suggest', 'promise', 'urge', 'press', 'encourage', 'order',
  'demand', 'speculate', 'reiterate', 'repeat', 'indicate', 'reveal', 'disclose', 'assure', 'inform',
  'remind', 'advise', 'instruct', 'recommend', 'propose', 'hint', 'signal', 'counter', 'retort', 'quip',
  'joke', 'shout', 'yell', 'whisper', 'mutter', 'tout', 'boast', 'brag', 'estimate', 'forecast', 'guarantee',
  'vouch', 'swear', 'proclaim', 'affirm', 'underline', 'underscore', 'specify', 'clarify', 'conclude',
  'lament', 'concur', 'surmise', 'posit', 'quote', 'blog', 'email', 'attest', 'certify', 'decry',
  'charge', 'cite', 'rule', 'find', 'agree', 'determine', 'question', 'inquire', 'show',
  'implore', 'beseech', 'beg', 'plead', 'mention', 'advocate', 'exhort', 'entreat', 'admonish',
  'exclaim', 'scoff', 'opine', 'muse', 'confide', 'recount', 'reassure', 'dispute', 'protest', 'rebut',
]);

/**
 * Speech verbs that report a clause only with an explicit `that` (`the court ruled that`, `the study
 * found that`, `the judge agreed that`, `the poll showed that`): without it they mostly take a noun object (`found the body`,
 * `cited a figure`), so they never report a bare clause.
 */
export const THAT_CLAUSE_VERBS: ReadonlySet<string> = new Set(['rule', 'find', 'agree', 'determine', 'cite', 'charge', 'show', 'dispute', 'protest', 'rebut']);

/**
 * Speech verbs whose complement may be an infinitive (`vowed to oppose`, `pressed X to align`,
 * `ordered X to submit`, `agreed to pay`): the reported content starts at the verb after `to`.
 */
export const INFINITIVE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'pledge', 'vow', 'promise', 'urge', 'press', 'encourage', 'order', 'ask', 'tell', 'warn',
  'demand', 'advise', 'instruct', 'remind', 'recommend', 'propose', 'swear', 'agree',
  'implore', 'beseech', 'beg', 'plead', 'exhort', 'entreat', 'admonish',
]);

/**
 * Speech verbs that take the hearer as an object before the content (`told reporters that`,
 * `pressed the premier to`, `assured allies the plan…`).
 */
export const OBJECT_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'warn', 'remind', 'promise', 'advise', 'urge', 'press', 'ask', 'order',
  'encourage', 'instruct', 'quote', 'implore', 'beseech', 'beg', 'reassure', 'exhort', 'entreat', 'admonish',
]);

/**
 * Verbs that frame a partial quote as a judgement rather than report a clause
 * (`described the talks as “constructive”`, `calls X a ‘partner’`, `hails the ‘unity’`): they are cues
 * for a quotation-marked fragment only, never for an indirect quote. `lambast` is listed beside `lambaste`
 * because wink gives it as the lemma of `lambasted`.
 */
export const FRAMING_VERBS: ReadonlySet<string> = new Set([
  'describe', 'call', 'hail', 'dub', 'label', 'brand', 'term', 'praise', 'criticize', 'criticise',
  'condemn', 'slam', 'blast', 'denounce', 'decry', 'characterize', 'characterise', 'welcome', 'mock',
  'ridicule', 'dismiss', 'deride', 'refer', 'name', 'accuse', 'rip', 'lambaste', 'lambast', 'excoriate', 'chide',
]);

/**
 * Phrasal cues that report what someone asked for, with the content as the object and its infinitive
 * (`called for the fees to be refunded`, `pushed for the law to be repealed`, `called on the mayor to resign`).
 */
export const DEMAND_PHRASAL_VERBS: ReadonlyMap<string, readonly string[]> = new Map([['call', ['for', 'on', 'upon']], ['push', ['for']], ['press', ['for']]]);

/**
 * Phrasal cues written as a verb lemma and its particle (`hit out`, `lashed out`, `spoke out`): they
 * frame a quoted fragment only, like FRAMING_VERBS.
 */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new Map([
  ['hit', 'out'], ['lash', 'out'], ['speak', 'out'], ['chime', 'in'], ['weigh', 'in'],
]);

/** Phrasal verbs of saying that report a clause like `say` (`pointed out that …`, `as one adviser pointed out, …`). */
export const PHRASAL_REPORTING_VERBS: ReadonlyMap<string, string> = new Map([['point', 'out']]);

/**
 * Verb + noun idioms of saying that report a clause (`made the case that …`, `made it clear he …`): the
 * words after the verb's lemma, as one string.
 */
export const SAYING_IDIOMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['make', ['the case', 'the point', 'the argument', 'it clear', 'clear that', 'it plain', 'the claim']],
  ['put', ['it']],
]);

/** Idioms that report speech only in an `as` clause (`as one analyst put it, …`; `put it in a drawer` reports nothing). */
export const AS_CLAUSE_IDIOMS: ReadonlySet<string> = new Set(['put it']);

/**
 * Speech verbs whose complement may be a gerund clause (`proposed cutting taxes`, `called for scrapping
 * the rule`, `admitted using the loophole`): the content starts at the gerund.
 */
export const GERUND_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'propose', 'suggest', 'recommend', 'admit', 'deny', 'mention', 'advocate', 'urge', 'call for', 'push for', 'press for',
]);

/**
 * Speech verbs whose complement may be a wh-clause (`explained why …`, `did not say when …`). `say`
 * counts only negated or before `whether`, since `said when he arrived` is mostly an adverbial.
 */
export const WH_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'explain', 'reveal', 'disclose', 'specify', 'clarify', 'indicate', 'tell', 'say', 'ask', 'question', 'inquire', 'enquire',
  'emphasize', 'emphasise', 'stress', 'note', 'recall', 'recount', 'show', 'acknowledge', 'admit',
]);

/**
 * Speech verbs that usually take a noun object (`announced a plan that …`, `reported the news`): with no
 * `that`, their clause counts only when it opens with a subject pronoun (`confirmed they will attend`,
 * `announced it would cut jobs`), so the object's own relative clause is not taken for reported speech.
 */
export const NOUN_OBJECT_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'announce', 'report', 'confirm', 'deny', 'reject', 'reveal', 'disclose', 'propose', 'recommend', 'order',
  'demand', 'predict', 'estimate', 'acknowledge', 'admit', 'describe', 'state', 'post', 'tweet', 'answer',
  'repeat', 'reiterate', 'quote', 'question', 'signal', 'tout', 'hail', 'praise', 'guarantee', 'promise',
  'stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'specify', 'clarify', 'comment', 'counter',
  'mention', 'advocate', 'plead', 'beg',
]);

/**
 * Irregular past forms of speech verbs that are also words of their own, which wink may then tag as nouns
 * after a year or a noun and keep as their own lemma (`a review in 2019 found the depot was unsafe`, where `found`
 * is read as the verb `to found`): the form → the speech verb's lemma. `told`, `wrote` and the like are tagged
 * as verbs there, so they are not listed.
 */
export const IRREGULAR_PAST_FORMS: ReadonlyMap<string, string> = new Map([['found', 'find']]);
