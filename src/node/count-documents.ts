import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isJsonl } from './read-corpus';

async function readHead(path: string): Promise<string> {
  // A file that cannot be opened is reported by readCorpus as a bad document, not here.
  const file = await open(path, 'r').catch(() => undefined);
  if (file === undefined) return '';
  try {
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(64 * 1024) });
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return '';
  } finally {
    await file.close();
  }
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines += 1;
    if (bytes.length > 0) last = bytes[bytes.length - 1] ?? 10;
  }
  return last === 10 ? lines : lines + 1;
}

/** Whether a file is a JSONL corpus, judged like `readCorpus` does: by its name or its first line. */
export async function isJsonlFile(path: string): Promise<boolean> {
  return path !== '-' && isJsonl(path, await readHead(path));
}

/**
 * Counts the documents of the inputs for the progress bar's ETA, streaming each JSONL file once
 * (cheap next to annotating it); `undefined` when stdin is among them, whose length is unknown.
 */
export async function countDocuments(paths: readonly string[], options: { readonly jsonl?: boolean } = {}): Promise<number | undefined> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return undefined;
    const jsonl = options.jsonl === true || (await isJsonlFile(path));
    total += jsonl ? await countLines(path).catch(() => 0) : 1;
  }
  return total;
}
