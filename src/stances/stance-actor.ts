/** One party a stance can hold or target: an entity mention resolved for stance, as token indices. */
export interface StanceActor {
  /** The canonical name the stance uses (`Moscow` → `Russia`). */
  readonly name: string;
  /** The index of the actor's first token. */
  readonly first: number;
  /** The index just past the actor's last token. */
  readonly end: number;
  /** The entity type of the mention, `PRON` for a pronoun standing for a quoted speaker. */
  readonly type: string;
  /**
   * Whether the mention is a nationality used as an adjective of a common noun (`Syrian rebels`):
   * it may hold a stance (`Iranian support for X`) but is not the party a stance is about.
   */
  readonly isAdjective: boolean;
}

/** Coordinated actors that share one role in a clause (`the United States, France and Britain`). */
export interface ActorGroup {
  /** The distinct canonical names of the members. */
  readonly members: readonly string[];
  /** The index of the group's first token. */
  readonly first: number;
  /** The index just past the group's last token. */
  readonly end: number;
  /** Whether a place preposition (`in`, `at`) governs the group, so it names a place, not a party. */
  readonly isPlace: boolean;
  /** Whether the group cannot be a subject: governed by a preposition (`to X`, `in X`) or a verb's object. */
  readonly isObject: boolean;
  /** Whether the group is a possessor (`Tehran's ally`): the subject only of a stance noun it owns. */
  readonly isPossessor: boolean;
  /** Whether every member is a person, not a country or an organisation. */
  readonly isPeople: boolean;
  /** Whether every member is a named organisation (`the outlets` may refer back to them). */
  readonly isOrganisations: boolean;
  /** Whether every member is a nationality adjective (`Syrian` in `Syrian rebels`). */
  readonly isAdjective: boolean;
}
