import type { Stage } from './select-stages';
import { UsageError } from './usage-error';

/** Every stage, in pipeline order. */
export const STAGES: readonly Stage[] = ['entities', 'quotes', 'stances'];

/** Reads `--only entities,quotes`: a comma-separated list of stages, each named once or more. */
export function parseStages(value: string): ReadonlySet<Stage> {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(STAGES as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(`--only takes a comma-separated list of ${STAGES.join(', ')}; got '${value}'`);
  }
  return new Set(names as Stage[]);
}
