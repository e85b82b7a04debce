import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GoldAnnotation, GoldEntity } from '../fixtures/types';
import type { BadDocument } from './read-corpus';
import { UsageError } from './usage-error';

/** One article of a gold folder: its id, text and gold annotation. */
export interface GoldArticle {
  readonly id: string;
  readonly text: string;
  readonly gold: GoldAnnotation;
}

/** A gold folder, read: its articles and its catalog of canonical entities (`entities.json`). */
export interface GoldFolder {
  readonly articles: readonly GoldArticle[];
  readonly catalog: readonly GoldEntity[];
}

// The catalog sits among the gold files but is not an article.
const CATALOG_FILE = 'entities.json';

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

function isGoldAnnotation(value: unknown): value is GoldAnnotation {
  const gold = value as Partial<Record<keyof GoldAnnotation, unknown>> | null;
  return typeof gold === 'object' && gold !== null && Array.isArray(gold.entities) && Array.isArray(gold.quotes) && Array.isArray(gold.stances);
}

/** Where an article's text is: `--texts DIR`, else beside its gold file, else one folder up (`seeds/` for `seeds/gold/`). */
async function findText(id: string, goldDirectory: string, textDirectory: string | undefined): Promise<string | undefined> {
  const candidates = textDirectory === undefined ? [goldDirectory, dirname(goldDirectory)] : [textDirectory];
  for (const directory of candidates) {
    const path = join(directory, `${id}.txt`);
    if (await exists(path)) return path;
  }
  return undefined;
}

async function readCatalog(goldDirectory: string): Promise<readonly GoldEntity[]> {
  const path = join(goldDirectory, CATALOG_FILE);
  if (!(await exists(path))) return [];
  const value: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!Array.isArray(value)) throw new UsageError(`${path} must be a JSON array of { name, type, aliases }`);
  return value as GoldEntity[];
}

/**
 * Reads a gold folder in the golden corpus's layout: one `<id>.json` gold annotation per article
 * (as `seeds/gold/`), an optional `entities.json` catalog, and each article's `<id>.txt` found as
 * `findText` says. An article whose gold or text cannot be read goes to `onBadDocument`.
 */
export async function readGoldFolder(goldDirectory: string, textDirectory: string | undefined, onBadDocument: (bad: BadDocument) => void): Promise<GoldFolder> {
  const names = await readdir(goldDirectory).catch(() => {
    throw new UsageError(`${goldDirectory} is not a readable folder`);
  });
  const goldFiles = names.filter((name) => name.endsWith('.json') && name !== CATALOG_FILE).sort();
  if (goldFiles.length === 0) throw new UsageError(`${goldDirectory} has no <id>.json gold files`);
  const articles: GoldArticle[] = [];
  for (const name of goldFiles) {
    const id = name.slice(0, -'.json'.length);
    const source = join(goldDirectory, name);
    try {
      const gold: unknown = JSON.parse(await readFile(source, 'utf8'));
      if (!isGoldAnnotation(gold)) throw new Error('not a gold annotation with entities, quotes and stances');
      const textPath = await findText(id, goldDirectory, textDirectory);
      if (textPath === undefined) throw new Error(`no ${id}.txt found${textDirectory === undefined ? ' beside it or one folder up' : ` in ${textDirectory}`}`);
      articles.push({ id, text: await readFile(textPath, 'utf8'), gold });
    } catch (error) {
      onBadDocument({ source, line: undefined, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { articles, catalog: await readCatalog(goldDirectory) };
}
