import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentWriter } from './document-writer';
import { fileNameForId } from './file-name-for-id';

function describeRename(id: string, isRepeated: boolean, fileNames: readonly string[]): string {
  const why = isRepeated ? `duplicate id '${id}'` : `id '${id}' has the same file name as an earlier one`;
  return `presswork: ${why}: written as ${fileNames.join(' and ')} so as not to overwrite it\n`;
}

/**
 * Writes each document to its own file(s) in `directory` (`--out`), named after its id. A document
 * whose name is taken (a repeated id, or ids that differ only in case or unsafe characters) is
 * written as `<id>-2`, `<id>-3`, … and `warn` is told, since the reader expects one file per id.
 */
export function createDirectoryWriter(directory: string, warn: (message: string) => void = () => {}): DocumentWriter {
  // Only the ids and names are kept, so memory grows by a few bytes per document, never by its text.
  const used = new Set<string>();
  const ids = new Set<string>();
  const ready = mkdir(directory, { recursive: true });
  return {
    write: async (id, rendered) => {
      await ready;
      const name = fileNameForId(id, used);
      const files = rendered.map((file) => ({ name: `${name}${file.extension}`, content: file.content }));
      if (name !== fileNameForId(id, new Set())) warn(describeRename(id, ids.has(id), files.map((file) => file.name)));
      ids.add(id);
      for (const file of files) await writeFile(join(directory, file.name), file.content);
    },
    close: async () => {
      await ready;
    },
  };
}
