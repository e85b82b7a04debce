// The United States goes by many names in news copy, none of which share a stem with `American`.
const UNITED_STATES: ReadonlySet<string> = new Set(['us', 'u.s', 'usa', 'u.s.a', 'america', 'american', 'americans', 'united states', 'the united states', 'washington']);
// The few nationalities whose adjective does not start like the country's name.
const IRREGULAR: ReadonlyMap<string, string> = new Map([['french', 'fran'], ['dutch', 'neth'], ['swiss', 'swit'], ['welsh', 'wale'], ['british', 'brit'], ['uk', 'brit'], ['u.k', 'brit']]);

/**
 * A comparison key for a country or its nationality adjective, so `French` matches `France` and
 * `U.S.` matches `American`: the first four letters, which tell apart the country names news uses
 * (`iran`/`iraq`, `cana`, `mexi`), with the exceptions above. Used only on GPE and NORP mentions.
 */
export function placeKey(name: string): string {
  const lower = name.toLowerCase().replace(/[’']s$/u, '').replace(/\.$/u, '').trim();
  if (UNITED_STATES.has(lower)) return 'us';
  return IRREGULAR.get(lower) ?? lower.replace(/^the /u, '').slice(0, 4);
}
