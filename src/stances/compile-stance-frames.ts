import { STANCE_FRAMES, type StanceFrame } from './lexicons/stance-frames';
import type { StanceWord } from './stance-word';

/** The stance frames as hash look-ups, built once at load. */
export interface CompiledFrames {
  /** Verb frames by lemma. */
  readonly verbs: ReadonlyMap<string, StanceWord>;
  /** Noun, adjective and preposition frames by form. */
  readonly nouns: ReadonlyMap<string, StanceWord>;
  /** Phrase frames by their lemmas joined by one space. */
  readonly phrases: ReadonlyMap<string, StanceWord>;
}

const RECIPROCAL: Readonly<Record<StanceFrame['holder'], StanceWord['reciprocal']>> = { subject: 'never', both: 'always', group: 'group', agent: 'never' };

function toWord(frame: StanceFrame): StanceWord {
  const isPreposition = frame.target === 'against' || frame.target === 'with' || frame.target === 'on';
  return Object.freeze({
    polarity: frame.polarity === 'support' ? 1 : -1,
    strength: frame.strength,
    reciprocal: RECIPROCAL[frame.holder],
    target: isPreposition ? 'object' : frame.target as StanceWord['target'],
    preposition: isPreposition ? frame.target : undefined,
    act: frame.act,
    isDirect: frame.direct === true,
    isAgent: frame.holder === 'agent',
  });
}

/**
 * Compiles frames into one map per reading, so that finding triggers costs a hash look-up per
 * token and never a scan of the list. A later line for the same words and reading wins, which
 * lets a caller's frames (appended after the built-in ones) override them.
 */
export function compileStanceFrames(frames: readonly StanceFrame[]): CompiledFrames {
  const verbs = new Map<string, StanceWord>();
  const nouns = new Map<string, StanceWord>();
  const phrases = new Map<string, StanceWord>();
  for (const frame of frames) {
    const map = frame.as === 'verb' ? verbs : frame.as === 'noun' ? nouns : phrases;
    map.set(frame.words.toLowerCase(), toWord(frame));
  }
  return { verbs, nouns, phrases };
}

/** The built-in frames, compiled once. */
export const STANCE_WORDS: CompiledFrames = compileStanceFrames(STANCE_FRAMES);
