import type { Annotator, Lexicons } from '../index';

/**
 * The library, imported where a thread annotates, and only there: its entry loads the wink-nlp
 * model and lexicons (about 70 MB in each thread that loads them), which a thread that only hands
 * documents to workers has no use for. From the CommonJS build, `import()` of the library's CommonJS
 * file gives its exports as `default` (Node cannot see named exports in that bundle); from ES
 * modules there is no `default`, and the namespace is the library.
 */
export async function importLibrary(): Promise<typeof import('../index')> {
  const library: typeof import('../index') & { default?: typeof import('../index') } = await import('../index');
  return library.default ?? library;
}

/** An annotator with the caller's lexicons (compiled once), for a thread that annotates itself. */
export async function importAnnotator(lexicons: Lexicons | undefined): Promise<Annotator> {
  const { createAnnotator } = await importLibrary();
  return createAnnotator(lexicons === undefined ? {} : { lexicons });
}
