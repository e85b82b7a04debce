import type { Stance } from '../types';

/**
 * Keeps the stances whose target is one of `targets`, matched case-insensitively against the
 * target's canonical name and every name the article uses for it (`Moscow` finds stances toward Russia).
 */
export function restrictToTargets(
  stances: readonly Stance[], targets: readonly string[], aliases: ReadonlyMap<string, ReadonlySet<string>>,
): Stance[] {
  const wanted = new Set(targets.map((target) => target.toLowerCase()));
  return stances.filter((stance) => {
    if (wanted.has(stance.target.toLowerCase())) return true;
    for (const alias of aliases.get(stance.target) ?? []) if (wanted.has(alias.toLowerCase())) return true;
    return false;
  });
}
