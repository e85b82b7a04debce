import type { AnnotateOptions, EntityType } from './types';

const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);
const OPTION_NAMES: ReadonlySet<string> = new Set(['knownEntities', 'targets']);

/** Names a value's type for an error message: `null`, `array`, `number`, … */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function fail(name: string, expected: string, value: unknown): never {
  throw new TypeError(`presswork: \`${name}\` must be ${expected}, received ${typeName(value)}`);
}

/** Throws a `TypeError` naming the argument unless `value` is a string. */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') fail(name, 'a string', value);
}

function assertStringArray(value: unknown, name: string): void {
  if (!Array.isArray(value)) fail(name, 'an array of strings', value);
  value.forEach((item, index) => assertString(item, `${name}[${index}]`));
}

function assertKnownEntity(value: unknown, name: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(name, 'an object', value);
  const entity = value as Record<string, unknown>;
  assertString(entity['name'], `${name}.name`);
  if (typeof entity['type'] !== 'string' || !ENTITY_TYPES.has(entity['type'])) {
    fail(`${name}.type`, 'one of PERSON, ORG, GPE, LOC, NORP', entity['type']);
  }
  if (entity['aliases'] !== undefined) assertStringArray(entity['aliases'], `${name}.aliases`);
}

/**
 * Checks the options object at the public edge, so a typo (`knownEntites`) or a wrong type
 * fails loudly instead of being silently ignored deep inside a stage.
 */
export function assertOptions(value: unknown, name = 'options'): asserts value is AnnotateOptions | undefined {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(name, 'an object', value);
  for (const key of Object.keys(value)) {
    if (!OPTION_NAMES.has(key)) {
      throw new TypeError(`presswork: unknown option \`${name}.${key}\`; expected one of ${[...OPTION_NAMES].join(', ')}`);
    }
  }
  const options = value as Record<string, unknown>;
  if (options['knownEntities'] !== undefined) {
    if (!Array.isArray(options['knownEntities'])) fail(`${name}.knownEntities`, 'an array', options['knownEntities']);
    options['knownEntities'].forEach((entity, index) => assertKnownEntity(entity, `${name}.knownEntities[${index}]`));
  }
  if (options['targets'] !== undefined) assertStringArray(options['targets'], `${name}.targets`);
}
