import { typeName } from '../errors';
import type { StanceFrame } from '../stances/lexicons/stance-frames';
import type { KnownEntity, LexiconStanceFrame } from '../types';

// The checks apart from the compiling: they read no lexicon data, so the Node-only code (annotateMany,
// the CLI) can check a caller's lexicons where they are given without loading the library and its
// model into a thread that only hands documents to workers.

// Each allowed value of a field, in the order the error message lists them.
const LEXICON_KINDS: readonly string[] = ['knownEntities', 'organisationHeads', 'titles', 'speechVerbs', 'stanceFrames', 'notNames'];
const ENTITY_TYPES: readonly string[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];
const FRAME_CHOICES: ReadonlyMap<string, readonly unknown[]> = new Map<string, readonly unknown[]>([
  ['as', ['verb', 'noun', 'phrase']], ['polarity', ['support', 'oppose']], ['strength', [1, 2, 3]],
  ['holder', ['subject', 'both', 'group', 'agent']], ['target', ['object', 'subject', 'none', 'against', 'with']],
  ['act', ['also', 'only']], ['direct', [true]],
]);
const OPTIONAL_FRAME_FIELDS: ReadonlySet<string> = new Set(['holder', 'target', 'act', 'direct']);
const FRAME_FIELDS: ReadonlySet<string> = new Set(['words', ...FRAME_CHOICES.keys()]);

/** Shows the received value itself when it is short and plain (`"against"`, `4`), else its type. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeName(value);
}

function fail(name: string, expected: string, value: unknown): never {
  throw new TypeError(`presswork: ${name} must be ${expected}, received ${shown(value)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assertArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) fail(name, 'an array', value);
}

/** A word list entry: a non-empty string, one word unless `phrases` allows several. */
function checkWord(value: unknown, name: string, phrases: boolean): string {
  if (typeof value !== 'string' || value.trim() === '') fail(name, 'a non-empty string', value);
  const word = value.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (!phrases && word.includes(' ')) fail(name, 'one word, without spaces', value);
  return word;
}

function checkWords(value: unknown, name: string, phrases = false): string[] {
  if (value === undefined) return [];
  assertArray(value, name);
  return value.map((item, index) => checkWord(item, `${name}[${index}]`, phrases));
}

function checkKnownEntity(value: unknown, name: string): KnownEntity {
  if (!isRecord(value)) fail(name, 'an object { name, type, aliases? }', value);
  if (typeof value['name'] !== 'string' || value['name'].trim() === '') fail(`${name}.name`, 'a non-empty string', value['name']);
  if (!ENTITY_TYPES.includes(value['type'] as string)) fail(`${name}.type`, ENTITY_TYPES.map((type) => `'${type}'`).join(' | '), value['type']);
  const aliases = value['aliases'];
  if (aliases !== undefined) {
    assertArray(aliases, `${name}.aliases`);
    aliases.forEach((alias, index) => { if (typeof alias !== 'string') fail(`${name}.aliases[${index}]`, 'a string', alias); });
  }
  return Object.freeze({ name: value['name'], type: value['type'] as KnownEntity['type'], aliases: Object.freeze([...(aliases as string[] | undefined) ?? []]) });
}

/** Checks one frame against the frame file's format and fills in its defaults. */
function checkFrame(value: unknown, name: string): StanceFrame {
  if (!isRecord(value)) fail(name, 'an object { words, as, polarity, strength, holder?, target?, act?, direct? }', value);
  for (const key of Object.keys(value)) {
    if (!FRAME_FIELDS.has(key)) throw new TypeError(`presswork: ${name} has an unknown field \`${key}\`; expected ${[...FRAME_FIELDS].join(', ')}`);
  }
  const words = checkWord(value['words'], `${name}.words`, true);
  for (const [field, choices] of FRAME_CHOICES) {
    const given = value[field];
    if (given === undefined && OPTIONAL_FRAME_FIELDS.has(field)) continue;
    if (!choices.includes(given)) fail(`${name}.${field}`, choices.map((choice) => (typeof choice === 'string' ? `'${choice}'` : String(choice))).join(' | '), given);
  }
  const isPhrase = words.includes(' ');
  if (value['as'] === 'phrase' && !isPhrase) fail(`${name}.words`, 'two or more words for a phrase frame', value['words']);
  if (value['as'] !== 'phrase' && isPhrase) fail(`${name}.words`, `one word for a ${String(value['as'])} frame (use as: 'phrase')`, value['words']);
  const frame = value as unknown as LexiconStanceFrame;
  // wink-nlp splits a hyphenated word into three tokens (`short - sold`), so it is matched as a phrase.
  const hyphenated = !isPhrase && /\p{L}-\p{L}/u.test(words);
  return Object.freeze({
    ...frame, words: hyphenated ? words.replace(/-/gu, ' - ') : words, as: hyphenated ? 'phrase' : frame.as,
    holder: frame.holder ?? 'subject', target: frame.target ?? 'object',
  });
}

function assertLexicons(value: unknown, name: string): asserts value is Record<string, unknown> {
  if (!isRecord(value)) fail(name, 'an object', value);
  for (const key of Object.keys(value)) {
    if (!LEXICON_KINDS.includes(key)) throw new TypeError(`presswork: unknown lexicon \`${name}.${key}\`; expected one of ${LEXICON_KINDS.join(', ')}`);
  }
}

/** A caller's lexicons, checked, their words trimmed and lower-cased, each stance frame's defaults filled in. */
export interface CheckedLexicons {
  readonly knownEntities: readonly KnownEntity[];
  readonly organisationHeads: readonly string[];
  readonly titles: readonly string[];
  readonly speechVerbs: readonly string[];
  readonly stanceFrames: readonly StanceFrame[];
  readonly notNames: readonly string[];
}

/** Checks a caller's lexicons; a malformed entry throws a `TypeError` naming the entry and the field. */
export function checkLexicons(value: unknown, name = 'lexicons'): CheckedLexicons {
  assertLexicons(value, name);
  // In the order of the fields, so the first malformed entry is the one reported.
  const known = value['knownEntities'];
  if (known !== undefined) assertArray(known, `${name}.knownEntities`);
  const knownEntities = (known ?? []).map((entity, index) => checkKnownEntity(entity, `${name}.knownEntities[${index}]`));
  const organisationHeads = checkWords(value['organisationHeads'], `${name}.organisationHeads`);
  const titles = checkWords(value['titles'], `${name}.titles`, true);
  const speechVerbs = checkWords(value['speechVerbs'], `${name}.speechVerbs`);
  const frames = value['stanceFrames'];
  if (frames !== undefined) assertArray(frames, `${name}.stanceFrames`);
  const stanceFrames = (frames ?? []).map((frame, index) => checkFrame(frame, `${name}.stanceFrames[${index}]`));
  const notNames = checkWords(value['notNames'], `${name}.notNames`);
  return { knownEntities, organisationHeads, titles, speechVerbs, stanceFrames, notNames };
}
