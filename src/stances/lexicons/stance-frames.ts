/** One stance predicate and the argument roles that carry its holder and its target. */
export interface StanceFrame {
  /** The lemma, or for a phrase the lemmas joined by one space (`vote against`, `call for`). */
  readonly words: string;
  /**
   * How the words are read: `verb` (its subject holds, its object is the target; in the passive
   * the `by` agent holds and the subject is the target), `noun` (a noun, adjective or preposition
   * whose possessor or subject holds: `X's criticism of Y`, `X is opposed to Y`) or `phrase`
   * (several words, matched before single ones: `stand by` wins over nothing, `fight alongside`
   * over `fight`).
   */
  readonly as: 'verb' | 'noun' | 'phrase';
  /** Whether the holder supports or opposes the target. */
  readonly polarity: 'support' | 'oppose';
  /** How strong the statement is: 1 mild (`welcome`), 2 plain (`criticise`), 3 strong (`condemn`). */
  readonly strength: 1 | 2 | 3;
  /**
   * Who holds it: `subject` (the subject, possessor or passive agent), `both` (it binds both
   * parties: `allies of X`), `group` (the members of a plural subject hold it toward each other:
   * `X and Y cooperate`), `agent` (a noun that names its holder, whose possessor or name modifier
   * is the target: `Y, X's critic`, `X lawyer Y`, `Y, a backer of X`).
   */
  readonly holder: 'subject' | 'both' | 'group' | 'agent';
  /**
   * Where the target stands: `object` (after the words: `backed X`, `support for X`), `subject`
   * (the party before the words, held by the clause's subject or the speaker: `X should resign`,
   * `demands that X step down`), `none` (only the members of the subject relate: `jointly`), or a
   * preposition that must introduce the object and is part of the frame, not a stance of its own
   * (`lawsuit against X`, where `against` alone would otherwise count again; `a case about X` states nothing).
   */
  readonly target: 'object' | 'subject' | 'none' | 'against' | 'with' | 'on';
  /**
   * Whether the word describes a hostile act rather than an attitude: `also` (an act that states a
   * stance too: `attack`, `invade`) or `only` (it states none alone and only composes inside
   * another stance: `plot`, `dictate`). A speaker who says a party does such an act opposes it.
   */
  readonly act?: 'also' | 'only';
  /** Whether the target must follow right after the words (`sanctioned X`, not `sanctioned the dispatch of … to X`). */
  readonly direct?: true;
}

type Extras = Pick<StanceFrame, 'act' | 'direct'>;

const frame = (
  words: string, as: StanceFrame['as'], polarity: StanceFrame['polarity'], strength: StanceFrame['strength'],
  holder: StanceFrame['holder'] = 'subject', target: StanceFrame['target'] = 'object', extras: Extras = {},
): StanceFrame => Object.freeze({ words, as, polarity, strength, holder, target, ...extras });
const ACT: Extras = { act: 'also' };
const ONLY_ACT: Extras = { act: 'only' };
const DIRECT: Extras = { direct: true };

/**
 * The stance predicates of ordinary news English, one line each, from GUIDELINES §Stances:
 * support = backs, allies with, defends, praises, aids, cooperates with, shields; oppose = demands
 * the removal of, attacks, fights, criticises, distrusts, rejects. Verbs are keyed by wink-nlp's
 * lemma (`hammered` → `hammer`), with British and American spellings each on its own line; nouns
 * by each form wink-nlp may leave unlemmatised (`allies`). Verbs of removing someone (`oust`,
 * `topple`) oppose their object, so `oppose attempts to oust X` composes into support.
 * Left out on purpose: verbs whose stance depends on what is moved or kept (`send`, `supply`,
 * `keep`: `sent tanks to X` is no support), and words that are stance only in one story.
 * Adding a predicate is adding one line here; `compile-stance-frames.ts` turns the list into
 * hash look-ups once, at load.
 */
export const STANCE_FRAMES: readonly StanceFrame[] = Object.freeze([
  // support: verbs
  frame('support', 'verb', 'support', 2), frame('back', 'verb', 'support', 2), frame('endorse', 'verb', 'support', 2),
  frame('ally', 'verb', 'support', 3, 'both'), frame('aid', 'verb', 'support', 2), frame('assist', 'verb', 'support', 2),
  frame('help', 'verb', 'support', 1), frame('defend', 'verb', 'support', 2), frame('shield', 'verb', 'support', 2),
  frame('protect', 'verb', 'support', 2), frame('praise', 'verb', 'support', 2), frame('hail', 'verb', 'support', 2),
  frame('commend', 'verb', 'support', 2), frame('applaud', 'verb', 'support', 2), frame('welcome', 'verb', 'support', 1),
  frame('cooperate', 'verb', 'support', 2, 'group'), frame('coordinate', 'verb', 'support', 2, 'group'),
  frame('collaborate', 'verb', 'support', 2, 'group'), frame('partner', 'verb', 'support', 2, 'both'),
  frame('agree', 'verb', 'support', 1, 'group'), frame('unite', 'verb', 'support', 2, 'group'),
  frame('arm', 'verb', 'support', 2), frame('fund', 'verb', 'support', 2), frame('finance', 'verb', 'support', 2),
  frame('bolster', 'verb', 'support', 2), frame('prop', 'verb', 'support', 2), frame('champion', 'verb', 'support', 2),
  frame('embrace', 'verb', 'support', 1), frame('trust', 'verb', 'support', 1), frame('thank', 'verb', 'support', 1),
  frame('congratulate', 'verb', 'support', 1), frame('sign', 'verb', 'support', 1, 'group', 'none'),
  frame('elect', 'verb', 'support', 2), frame('nominate', 'verb', 'support', 1), frame('rescue', 'verb', 'support', 2),
  frame('accept', 'verb', 'support', 1, 'subject', 'object', DIRECT), frame('uphold', 'verb', 'support', 1, 'subject', 'object', DIRECT),
  // oppose: verbs
  frame('oppose', 'verb', 'oppose', 2), frame('reject', 'verb', 'oppose', 2), frame('condemn', 'verb', 'oppose', 3),
  frame('question', 'verb', 'oppose', 1), frame('challenge', 'verb', 'oppose', 2), frame('overturn', 'verb', 'oppose', 2),
  frame('criticise', 'verb', 'oppose', 2), frame('criticize', 'verb', 'oppose', 2), frame('denounce', 'verb', 'oppose', 3),
  frame('attack', 'verb', 'oppose', 3, 'subject', 'object', ACT), frame('fight', 'verb', 'oppose', 3), frame('bomb', 'verb', 'oppose', 3, 'subject', 'object', ACT),
  frame('bombard', 'verb', 'oppose', 3, 'subject', 'object', ACT), frame('strike', 'verb', 'oppose', 2), frame('hit', 'verb', 'oppose', 2),
  frame('combat', 'verb', 'oppose', 3), frame('defeat', 'verb', 'oppose', 3), frame('target', 'verb', 'oppose', 2),
  frame('confront', 'verb', 'oppose', 2), frame('distrust', 'verb', 'oppose', 2), frame('mistrust', 'verb', 'oppose', 2),
  frame('rebuff', 'verb', 'oppose', 2), frame('blame', 'verb', 'oppose', 2), frame('accuse', 'verb', 'oppose', 2),
  frame('threaten', 'verb', 'oppose', 2, 'subject', 'object', ACT), frame('warn', 'verb', 'oppose', 1), frame('slam', 'verb', 'oppose', 2),
  frame('blast', 'verb', 'oppose', 2), frame('lambast', 'verb', 'oppose', 2), frame('lambaste', 'verb', 'oppose', 2),
  frame('bristle', 'verb', 'oppose', 2), frame('rip', 'verb', 'oppose', 2), frame('hammer', 'verb', 'oppose', 2),
  frame('scold', 'verb', 'oppose', 2), frame('rebuke', 'verb', 'oppose', 2),
  frame('chastise', 'verb', 'oppose', 2), frame('berate', 'verb', 'oppose', 2), frame('mock', 'verb', 'oppose', 2),
  frame('ridicule', 'verb', 'oppose', 2), frame('insult', 'verb', 'oppose', 2, 'subject', 'object', ACT), frame('smear', 'verb', 'oppose', 2, 'subject', 'object', ACT),
  frame('sue', 'verb', 'oppose', 2), frame('sanction', 'verb', 'oppose', 2, 'subject', 'object', DIRECT), frame('ban', 'verb', 'oppose', 2, 'subject', 'object', DIRECT),
  frame('fire', 'verb', 'oppose', 2, 'subject', 'object', DIRECT), frame('investigate', 'verb', 'oppose', 1), frame('prosecute', 'verb', 'oppose', 2),
  frame('indict', 'verb', 'oppose', 2), frame('impeach', 'verb', 'oppose', 3), frame('fine', 'verb', 'oppose', 2, 'subject', 'object', DIRECT),
  frame('penalize', 'verb', 'oppose', 2), frame('penalise', 'verb', 'oppose', 2), frame('overrule', 'verb', 'oppose', 2),
  frame('invade', 'verb', 'oppose', 3, 'subject', 'object', ACT), frame('punish', 'verb', 'oppose', 2), frame('isolate', 'verb', 'oppose', 2),
  frame('dump', 'verb', 'oppose', 2), frame('oust', 'verb', 'oppose', 3), frame('topple', 'verb', 'oppose', 3),
  frame('overthrow', 'verb', 'oppose', 3), frame('dethrone', 'verb', 'oppose', 3), frame('depose', 'verb', 'oppose', 3),
  frame('remove', 'verb', 'oppose', 2), frame('undermine', 'verb', 'oppose', 2, 'subject', 'object', ACT), frame('interfere', 'verb', 'oppose', 2, 'subject', 'object', ACT),
  frame('boycott', 'verb', 'oppose', 2), frame('besiege', 'verb', 'oppose', 3, 'subject', 'object', ACT), frame('impose', 'verb', 'oppose', 1, 'subject', 'object', ACT),
  frame('dominate', 'verb', 'oppose', 2, 'subject', 'object', ONLY_ACT), frame('dictate', 'verb', 'oppose', 1, 'subject', 'object', ONLY_ACT),
  frame('ignore', 'verb', 'oppose', 1, 'subject', 'object', ONLY_ACT), frame('plot', 'noun', 'oppose', 1, 'subject', 'object', ONLY_ACT),
  frame('weaken', 'verb', 'oppose', 1), frame('dismantle', 'verb', 'oppose', 2),
  frame('abolish', 'verb', 'oppose', 2), frame('disparage', 'verb', 'oppose', 2),
  frame('resign', 'verb', 'oppose', 2, 'subject', 'subject'),
  // wink-nlp reads `grilled` as an adjective and keeps the form as its lemma.
  frame('grill', 'verb', 'oppose', 2), frame('grilled', 'verb', 'oppose', 2),
  frame('assail', 'verb', 'oppose', 2), frame('excoriate', 'verb', 'oppose', 3),
  frame('castigate', 'verb', 'oppose', 3), frame('deride', 'verb', 'oppose', 2), frame('vilify', 'verb', 'oppose', 3),
  frame('demonize', 'verb', 'oppose', 2), frame('demonise', 'verb', 'oppose', 2), frame('decry', 'verb', 'oppose', 2),
  frame('hamstring', 'verb', 'oppose', 2), frame('sabotage', 'verb', 'oppose', 2, 'subject', 'object', ACT),
  frame('laud', 'verb', 'support', 2), frame('extol', 'verb', 'support', 2), frame('represent', 'verb', 'support', 1, 'subject', 'object', DIRECT),
  // support: nouns, adjectives, prepositions
  frame('ally', 'noun', 'support', 3, 'both'), frame('allies', 'noun', 'support', 3, 'both'),
  frame('backer', 'noun', 'support', 3, 'agent'), frame('backing', 'noun', 'support', 2), frame('supporter', 'noun', 'support', 3, 'agent'),
  frame('support', 'noun', 'support', 2), frame('supportive', 'noun', 'support', 2), frame('aid', 'noun', 'support', 2),
  frame('protector', 'noun', 'support', 2, 'agent'), frame('defender', 'noun', 'support', 2, 'agent'),
  frame('admirer', 'noun', 'support', 2, 'agent'), frame('champion', 'noun', 'support', 2, 'agent'),
  // Counsel act for their client (the gold reads representation as support): `X lawyer Y`, `Y, a lawyer for X`.
  frame('lawyer', 'noun', 'support', 1, 'agent'), frame('attorney', 'noun', 'support', 1, 'agent'),
  frame('counsel', 'noun', 'support', 1, 'agent'),
  frame('endorsement', 'noun', 'support', 2), frame('praise', 'noun', 'support', 2),
  frame('partner', 'noun', 'support', 2, 'both'), frame('partnership', 'noun', 'support', 2, 'group'),
  frame('alliance', 'noun', 'support', 3, 'group'),
  frame('cooperation', 'noun', 'support', 2, 'group'), frame('coordination', 'noun', 'support', 2, 'group'),
  frame('unity', 'noun', 'support', 2, 'group'), frame('solidarity', 'noun', 'support', 2, 'group'),
  frame('united', 'noun', 'support', 2, 'group', 'none'), frame('jointly', 'noun', 'support', 1, 'group', 'none'),
  frame('together', 'noun', 'support', 1, 'group', 'none'),
  frame('contract', 'noun', 'support', 1, 'group'), frame('agreement', 'noun', 'support', 1, 'group'),
  frame('deal', 'noun', 'support', 1, 'group'), frame('deals', 'noun', 'support', 1, 'group'),
  frame('alongside', 'noun', 'support', 2),
  frame('friend', 'noun', 'support', 2, 'both'), frame('friendly', 'noun', 'support', 1),
  // oppose: nouns, adjectives, prepositions
  frame('against', 'noun', 'oppose', 2), frame('opposed', 'noun', 'oppose', 2), frame('opponent', 'noun', 'oppose', 2, 'agent'),
  frame('opposition', 'noun', 'oppose', 2), frame('foe', 'noun', 'oppose', 3, 'agent'), frame('enemy', 'noun', 'oppose', 3, 'agent'),
  frame('rival', 'noun', 'oppose', 2), frame('archrival', 'noun', 'oppose', 3),
  frame('detractor', 'noun', 'oppose', 2, 'agent'), frame('adversary', 'noun', 'oppose', 2, 'agent'), frame('accuser', 'noun', 'oppose', 2, 'agent'),
  frame('critic', 'noun', 'oppose', 2, 'agent'), frame('critical', 'noun', 'oppose', 1), frame('hostile', 'noun', 'oppose', 2),
  frame('criticism', 'noun', 'oppose', 2), frame('lawsuit', 'noun', 'oppose', 2, 'subject', 'against'),
  frame('suit', 'noun', 'oppose', 2, 'subject', 'against'),
  frame('complaint', 'noun', 'oppose', 2, 'subject', 'against'), frame('campaign', 'noun', 'oppose', 1, 'subject', 'against'),
  frame('accusation', 'noun', 'oppose', 2, 'subject', 'against'), frame('accusations', 'noun', 'oppose', 2, 'subject', 'against'),
  frame('sanctions', 'noun', 'oppose', 2, 'subject', 'against'),
  frame('tariff', 'noun', 'oppose', 2, 'subject', 'on'), frame('tariffs', 'noun', 'oppose', 2, 'subject', 'on'), frame('airstrikes', 'noun', 'oppose', 3, 'subject', 'against'),
  frame('war', 'noun', 'oppose', 3, 'subject', 'against'), frame('fight', 'noun', 'oppose', 2, 'subject', 'against'),
  frame('removal', 'noun', 'oppose', 2), frame('ouster', 'noun', 'oppose', 3), frame('overthrow', 'noun', 'oppose', 3),
  frame('impeachment', 'noun', 'oppose', 3), frame('resignation', 'noun', 'oppose', 2, 'subject', 'subject'),
  frame('rebuff', 'noun', 'oppose', 2),
  frame('rejection', 'noun', 'oppose', 2), frame('condemnation', 'noun', 'oppose', 3), frame('denunciation', 'noun', 'oppose', 3),
  // phrases
  frame('fight alongside', 'phrase', 'support', 3), frame('fight with', 'phrase', 'support', 3),
  frame('side with', 'phrase', 'support', 2), frame('ally with', 'phrase', 'support', 3, 'both'),
  frame('stand by', 'phrase', 'support', 2), frame('stand with', 'phrase', 'support', 2),
  frame('stick by', 'phrase', 'support', 2), frame('shore up', 'phrase', 'support', 2),
  frame('vouch for', 'phrase', 'support', 2), frame('vote for', 'phrase', 'support', 2),
  frame('rule for', 'phrase', 'support', 2), frame('rule in favor of', 'phrase', 'support', 2),
  frame('rule in favour of', 'phrase', 'support', 2),
  frame('work together', 'phrase', 'support', 2, 'group', 'none'), frame('work closely', 'phrase', 'support', 2, 'group', 'none'),
  frame('agree with', 'phrase', 'support', 2), frame('call for', 'phrase', 'support', 1),
  frame('hit out', 'phrase', 'oppose', 2), frame('lash out', 'phrase', 'oppose', 2),
  frame('deal a blow to', 'phrase', 'oppose', 2), frame('turn against', 'phrase', 'oppose', 2), frame('turn on', 'phrase', 'oppose', 2), frame('crack down', 'phrase', 'oppose', 2),
  frame('vote against', 'phrase', 'oppose', 2), frame('rule against', 'phrase', 'oppose', 2),
  frame('break with', 'phrase', 'oppose', 2), frame('break up', 'phrase', 'oppose', 2), frame('rail against', 'phrase', 'oppose', 2),
  frame('take aim at', 'phrase', 'oppose', 2), frame('lash out at', 'phrase', 'oppose', 2), frame('hit out at', 'phrase', 'oppose', 2),
  frame('speak out against', 'phrase', 'oppose', 2), frame('come out against', 'phrase', 'oppose', 2),
  frame('pleased with', 'phrase', 'support', 1), frame('proud of', 'phrase', 'support', 1), frame('grateful to', 'phrase', 'support', 1),
  frame('disappointed in', 'phrase', 'oppose', 1), frame('disappointed with', 'phrase', 'oppose', 1), frame('angry with', 'phrase', 'oppose', 2),
  frame('angry at', 'phrase', 'oppose', 2), frame('furious with', 'phrase', 'oppose', 2), frame('frustrated with', 'phrase', 'oppose', 1),
  frame('come out for', 'phrase', 'support', 2), frame('rally behind', 'phrase', 'support', 2), frame('stand up for', 'phrase', 'support', 2),
  frame('step down', 'phrase', 'oppose', 2, 'subject', 'subject'),
]);
