import { buildGazetteer, type GazetteerEntry } from '../entities/lexicons/gazetteer';
import { fuzzyVariants, nameWords } from '../entities/name-keys';
import { compileStanceFrames } from '../stances/compile-stance-frames';
import { STANCE_FRAMES } from '../stances/lexicons/stance-frames';
import type { KnownEntity } from '../types';
import { checkLexicons } from './check-lexicons';
import { compiledLexiconsOf, cueLemmasOf, DEFAULT_LEXICONS, knownPeopleOf, withTriggerStarts, type CompiledLexicons, type KnownPeople } from './compiled-lexicons';

/** Indexes the known people by every spelling variant of their surname, as linking matches them. */
function indexKnownPeople(entities: readonly KnownEntity[]): KnownPeople {
  const bySurnameVariant = new Map<string, number[]>();
  entities.forEach((entity, position) => {
    const words = entity.type === 'PERSON' ? nameWords(entity.name) : [];
    if (words.length < 2) return;
    for (const variant of new Set(fuzzyVariants(words[words.length - 1] ?? ''))) {
      const list = bySurnameVariant.get(variant);
      if (list === undefined) bySurnameVariant.set(variant, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  return knownPeopleOf(entities, bySurnameVariant);
}

function knownEntries(entities: readonly KnownEntity[]): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const entity of entities) {
    for (const surface of [entity.name, ...(entity.aliases ?? [])]) {
      if (surface.trim() !== '') entries.push({ surface: surface.trim(), type: entity.type, canonical: entity.name, source: 'known' });
    }
  }
  return entries;
}

/** Splits multi-word titles: the last word is the title, the words before it qualify it (`chief financial` `officer`). */
function splitTitles(titles: readonly string[]): { heads: string[]; modifiers: string[] } {
  const heads: string[] = [];
  const modifiers: string[] = [];
  for (const title of titles) {
    const words = title.split(' ');
    heads.push(words[words.length - 1] ?? title);
    modifiers.push(...words.slice(0, -1));
  }
  return { heads, modifiers };
}

/**
 * Checks a caller's lexicons and compiles them, with presswork's own, into one fresh frozen
 * object. A malformed entry throws a `TypeError` naming the entry and the field. Nothing
 * module-level changes: the defaults are copied into new sets, never added to.
 */
export function compileLexicons(value: unknown, name = 'lexicons'): CompiledLexicons {
  if (value === undefined) return DEFAULT_LEXICONS;
  const caller = checkLexicons(value, name);
  const titles = splitTitles(caller.titles);
  const defaults = DEFAULT_LEXICONS;
  const allSpeechVerbs = new Set([...defaults.speechVerbs, ...caller.speechVerbs]);
  return compiledLexiconsOf({
    knownGazetteer: caller.knownEntities.length === 0 ? undefined : buildGazetteer(knownEntries(caller.knownEntities)),
    knownPeople: indexKnownPeople(caller.knownEntities),
    organisationHeads: new Set([...defaults.organisationHeads, ...caller.organisationHeads]),
    titles: new Set([...defaults.titles, ...titles.heads]),
    titlePhraseWords: new Set([...defaults.titlePhraseWords, ...titles.heads, ...titles.modifiers]),
    speechVerbs: allSpeechVerbs,
    cueLemmas: cueLemmasOf(allSpeechVerbs),
    // The caller's frames come after the library's, so one for the same words overrides it.
    stanceWords: withTriggerStarts(compileStanceFrames([...STANCE_FRAMES, ...caller.stanceFrames])),
    notNames: new Set(caller.notNames),
  });
}
