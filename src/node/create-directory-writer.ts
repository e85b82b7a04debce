import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentWriter } from './document-writer';
import { fileNameForId } from './file-name-for-id';
import type { OutputFormat } from './output-formats';

/** Writes each document to its own file(s) in `directory` (`--out`), named after its id. */
export function createDirectoryWriter(directory: string, format: OutputFormat): DocumentWriter {
  // Only the names are kept, so memory grows by a few bytes per document, never by its text.
  const used = new Set<string>();
  const ready = mkdir(directory, { recursive: true });
  return {
    write: async (id, annotation) => {
      await ready;
      const name = fileNameForId(id, used);
      for (const file of format.files(id, annotation)) await writeFile(join(directory, `${name}${file.extension}`), file.content);
    },
    close: async () => {
      await ready;
    },
  };
}
