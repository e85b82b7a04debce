/**
 * Nouns of demanding and criticising whose `from`/`by` phrase names who demands (`rejected calls
 * from X`, `a rebuff of demands from X`): there the party after `from` is the target of the outer
 * stance, not a place it comes from.
 */
export const SPEECH_ACT_NOUNS: ReadonlySet<string> = new Set([
  'demand', 'demands', 'call', 'calls', 'criticism', 'criticisms', 'pressure', 'request', 'requests',
  'proposal', 'proposals', 'threat', 'threats', 'warning', 'warnings', 'accusation', 'accusations',
  'ultimatum', 'appeal', 'appeals', 'plea', 'pleas', 'offer', 'offers', 'overture', 'overtures',
]);
