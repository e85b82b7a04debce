import type { Document } from '../document/read-document';
import type { EntityMention, EntityType } from '../types';

/** Why a reference was linked to its entity: one rule id per link, so an error is traced in one hop. */
export type CoreferenceReason =
  | 'surname' // `Stumpf` after `John Stumpf`
  | 'honorific-surname' // `Mr. Stumpf` after `John Stumpf`
  | 'pronoun-subject' // `he` → the first compatible person of the nearest sentence that has one
  | 'pronoun-object' // `criticised him` → the first compatible person of the nearest earlier sentence
  | 'pronoun-speaker' // `he` → the source of the previous attribution (given by the caller)
  | 'pronoun-possessive' // `his criticism` → the person `he` would stand for there
  | 'pronoun-organisation' // `it` → the nearest organisation or country
  | 'description-title' // `the senator` → the person the article gave that title
  | 'description-organisation' // `the company` → the nearest organisation of that kind
  | 'description-document' // `the report`, `the ruling` → the organisation that issued it
  | 'description-named' // `a Reuters survey` → the organisation named inside the phrase
  | 'appositive'; // `Jane Roe, a Democrat from Ohio,` → Jane Roe

/** One link from a referring expression (tokens `first` to `end`) to the named entity it stands for. */
export interface CoreferenceLink {
  /** The first token of the referring expression. */
  readonly first: number;
  /** The token just past the referring expression. */
  readonly end: number;
  /** The canonical name of the entity referred to. */
  readonly entity: string;
  /** The type of that entity. */
  readonly type: EntityType;
  /** The rule that made the link. */
  readonly reason: CoreferenceReason;
  /** The character offset of the antecedent mention the link was read from, or -1. */
  readonly antecedent: number;
}

/** What the article says about one person: titles and places before the name, and the gender they show. */
export interface PersonProfile {
  /** The canonical entity. */
  readonly entity: string;
  /** The title words seen before the name (`president`, `foreign`, `minister`). */
  readonly titles: ReadonlySet<string>;
  /** The place keys seen before the name (`French President X` → `fran`). */
  readonly places: ReadonlySet<string>;
  /** The gender a title or given name shows, or null. */
  readonly gender: 'male' | 'female' | null;
}

/** The coreference of one document: computed once, read by quotes and stances. */
export interface Coreference {
  /** The document. */
  readonly doc: Document;
  /** The entity mentions, sorted by `start`. */
  readonly entities: readonly EntityMention[];
  /** For each token, the index in `entities` of the mention that covers it, or -1. */
  readonly mentionOfToken: Int32Array;
  /** Every person's profile, by canonical name. */
  readonly profiles: ReadonlyMap<string, PersonProfile>;
  /** A surname-only entity (`Stumpf`) → the full name it stands for in this article (`John Stumpf`). */
  readonly fullNames: ReadonlyMap<string, string>;
  /** The links of pronouns, surnames and appositives, by the first token of the referring expression. */
  readonly links: ReadonlyMap<number, CoreferenceLink>;
}
