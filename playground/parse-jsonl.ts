/** One document of a JSONL file opened in the playground. */
export interface PlaygroundDocument {
  /** The record's `id`, or `<file>-<line>` when it has none, as the CLI names it. */
  readonly id: string;
  /** The record's `text`. */
  readonly text: string;
}

/** The documents of a JSONL file, and the line numbers (from 1) of the lines that are not records. */
export interface ParsedJsonl {
  readonly documents: readonly PlaygroundDocument[];
  readonly skippedLines: readonly number[];
}

function parseRecord(line: string, fallbackId: string): PlaygroundDocument | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id = fallbackId, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return undefined;
  return { id: String(id), text };
}

/** Whether a file is a JSONL corpus, told as the CLI tells it: its name, or a first line that is a record. */
export function isJsonl(fileName: string, content: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(fileName)) return true;
  const firstLine = content.split('\n').find((line) => line.trim() !== '');
  return firstLine !== undefined && firstLine.trimStart().startsWith('{') && parseRecord(firstLine, '') !== undefined;
}

/** Reads a JSONL corpus of `{"id", "text"}` records, one per line; blank lines are ignored. */
export function parseJsonl(content: string, fileName: string): ParsedJsonl {
  const name = fileName.replace(/\.[^.]*$/, '');
  const documents: PlaygroundDocument[] = [];
  const skippedLines: number[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const document = parseRecord(line, `${name}-${index + 1}`);
    if (document === undefined) skippedLines.push(index + 1);
    else documents.push(document);
  });
  return { documents, skippedLines };
}
