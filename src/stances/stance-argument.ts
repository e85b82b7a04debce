import type { StanceTrigger } from './find-stance-triggers';
import type { ActorGroup } from './stance-actor';

/** A holder or target found for a trigger, with the sign the words between them contribute. */
export interface StanceArgument {
  /** The group found. */
  readonly group: ActorGroup;
  /** -1 when the words between flip the stance (a negation, a negative word over a negative event). */
  readonly sign: 1 | -1;
  /** Inner stance words passed on the way, which compose into this stance and fire no stance of their own. */
  readonly chain: readonly StanceTrigger[];
}
