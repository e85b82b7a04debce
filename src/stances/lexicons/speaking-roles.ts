/**
 * Roles whose holder speaks for a government rather than for themselves (GUIDELINES §Stances: a
 * ministry or a spokesman counts as the country). Leaders (`president`, `king`) are left out on
 * purpose: a leader speaking is the leader's own stance.
 */
export const SPEAKING_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministry', 'ambassador', 'envoy', 'diplomat',
  'official', 'officials', 'consul', 'embassy', 'secretary', 'representative', 'delegate', 'negotiator',
]);
