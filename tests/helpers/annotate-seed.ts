import { readFileSync } from 'node:fs';
import { annotate, type Annotation } from '../../src/index';

/** The seed article the format and browser tests annotate end to end. */
export const SEED_PATH = 'seeds/000_ea477dd52279c393.txt';

/** Annotates the seed article with the public `annotate`. */
export function annotateSeed(path = SEED_PATH): Annotation {
  return annotate(readFileSync(path, 'utf8'));
}
