/** A slice of the article. `text === article.slice(start, end)`; UTF-16 offsets, `end` exclusive. */
export interface Span {
  /** The offset of the first UTF-16 code unit. */
  readonly start: number;
  /** The offset just past the last UTF-16 code unit. */
  readonly end: number;
  /** The text of the article between `start` and `end`, exactly as given. */
  readonly text: string;
}

/** The kinds of named entity, as GUIDELINES.md defines them. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP';

/** One mention of a named entity, linked to its canonical name (`Ardern` → `Jacinda Ardern`). */
export interface EntityMention extends Span {
  /** The kind of entity. */
  readonly type: EntityType;
  /** The canonical name of the mention's cluster: the fullest name the article uses for it. */
  readonly entity: string;
}

/** Who a quote is attributed to. */
export interface Speaker {
  /** The span that names the source in the attribution itself (`Ardern`, `he`, `a Kremlin spokesman`), or `null`. */
  readonly mention: Span | null;
  /** The canonical entity the source resolves to, or `null` for unnamed sources. */
  readonly entity: string | null;
  /** A few words saying who an unnamed source is (`Kremlin spokesman`), or `null`. */
  readonly description: string | null;
}

/** The kinds of quote: a whole statement in marks, a fragment in marks, or reported speech without marks. */
export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** One piece of reported speech or writing. */
export interface Quote {
  /** The kind of quote. */
  readonly kind: QuoteKind;
  /** What was said, without the quotation marks. */
  readonly content: Span;
  /** Who said it. */
  readonly speaker: Speaker;
  /** The reporting word (`said`, `according to`), or `null` when there is none. */
  readonly cue: Span | null;
  /** The AFINN sentiment of the content, normalised to [-1, 1]. */
  readonly sentiment?: number;
  /**
   * The statement the quote belongs to, numbered from 0 in text order. The pieces of one interrupted
   * quote (`“…,” she said. “…”`, `“…,” he said, “…”`) share it, so whole statements can be printed
   * and counted once; every other quote is a statement of its own.
   */
  readonly statement?: number;
}

/** The polarity of a stance. */
export type StancePolarity = 'support' | 'oppose' | 'neutral';

/** What the article says about who stands for or against whom. */
export interface Stance {
  /** The canonical name of the entity holding the stance. */
  readonly holder: string;
  /** The canonical name of the entity the stance is about. */
  readonly target: string;
  /** Whether the holder supports or opposes the target. */
  readonly polarity: StancePolarity;
  /** The strength of the stance in [-1, 1], aggregated over its evidence: negative opposes, positive supports. */
  readonly score: number;
  /** The spans of the article that state it; never empty. */
  readonly evidence: readonly Span[];
}

/** Everything presswork finds in one article. */
export interface Annotation {
  /** The article, exactly as given. */
  readonly text: string;
  /** The sentences, including headlines and list items that end at a line break. */
  readonly sentences: readonly Span[];
  /** The entity mentions, sorted by `start`, never overlapping. */
  readonly entities: readonly EntityMention[];
  /** The quotes, sorted by the start of their content. */
  readonly quotes: readonly Quote[];
  /** The stances, one per (holder, target, polarity). */
  readonly stances: readonly Stance[];
}

/** An entity the caller knows about; it takes precedence over presswork's own lexicons. */
export interface KnownEntity {
  /** The canonical name, used as `entity` for every mention. */
  readonly name: string;
  /** The kind of entity. */
  readonly type: EntityType;
  /** The other names it goes by in text. */
  readonly aliases?: readonly string[];
}

/**
 * One stance predicate in the format of presswork's own frame file (`src/stances/lexicons/stance-frames.ts`):
 * `words` read `as` a verb, noun or phrase state that the holder supports or opposes the target.
 * `holder` defaults to `subject` and `target` to `object`, as in the frame file.
 */
export interface LexiconStanceFrame {
  /** The lemma (`downgrade`), or for a phrase the lemmas joined by one space (`hold to a draw`). */
  readonly words: string;
  /** How the words are read: `verb`, `noun` (also adjectives and prepositions) or `phrase`. */
  readonly as: 'verb' | 'noun' | 'phrase';
  /** Whether the holder supports or opposes the target. */
  readonly polarity: 'support' | 'oppose';
  /** The strength: 1 mild, 2 plain, 3 strong. */
  readonly strength: 1 | 2 | 3;
  /** Who holds it: `subject` (default), `both`, `group` or `agent` (a noun naming its holder: `critic`). */
  readonly holder?: 'subject' | 'both' | 'group' | 'agent';
  /** Where the target stands: `object` (default), `subject`, `none`, `against` or `with`. */
  readonly target?: 'object' | 'subject' | 'none' | 'against' | 'with';
  /** Whether the words describe a hostile act: `also` (and a stance) or `only` (no stance alone). */
  readonly act?: 'also' | 'only';
  /** Whether the target must follow right after the words. */
  readonly direct?: true;
}

/** A caller's additions to the lexicons presswork reads; every field is optional. */
export interface Lexicons {
  /** Entities the caller knows, as in `AnnotateOptions.knownEntities`. */
  readonly knownEntities?: readonly KnownEntity[];
  /** Words that end an organisation's name (`Rovers`, `Partners`); one word each. */
  readonly organisationHeads?: readonly string[];
  /** Person titles (`coach`, `chief financial officer`); they mark a PERSON and stay outside its span. */
  readonly titles?: readonly string[];
  /** Verbs of saying, as lemmas (`fume`, `concede`); they make reporting cues. */
  readonly speechVerbs?: readonly string[];
  /** Stance predicates, in the format of presswork's frame file. */
  readonly stanceFrames?: readonly LexiconStanceFrame[];
  /** Words that are never part of a name, even capitalised (`Brexit`); one word each. */
  readonly notNames?: readonly string[];
}

/** Options accepted by every public function. */
export interface AnnotateOptions {
  /** The caller's own gazetteer, which takes precedence over presswork's. */
  readonly knownEntities?: readonly KnownEntity[];
  /** Restricts stances to those whose target is one of these canonical names or aliases. */
  readonly targets?: readonly string[];
}
