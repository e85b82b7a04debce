import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { CorpusDocument } from './annotate-many';

/** A document of the input that could not be read; the rest of the corpus goes on. */
export interface BadDocument {
  /** The file it came from (`-` for stdin). */
  readonly source: string;
  /** Its line in a JSONL corpus, counted from 1. */
  readonly line: number | undefined;
  /** Why it was skipped. */
  readonly reason: string;
}

// Enough to hold the first line of any sensible JSONL record, to tell JSONL from plain text.
const SNIFF_BYTES = 64 * 1024;
const JSONL_EXTENSIONS: ReadonlySet<string> = new Set(['.jsonl', '.ndjson']);

/** Whether a line is a corpus record: a JSON object with a string `text`. */
function isCorpusRecord(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}

/** Whether the start of an input says it is JSONL: a `.jsonl` name, or a first line that is a record. */
export function isJsonl(path: string, head: string): boolean {
  if (JSONL_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  const firstLine = head.split('\n').find((line) => line.trim() !== '');
  return firstLine !== undefined && isCorpusRecord(firstLine);
}

/** Reads chunks until the first line is complete (or 64 KB), and returns them with the rest of the stream. */
async function peek(stream: NodeJS.ReadableStream): Promise<{ head: string; input: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
    if (chunk.includes(10)) break;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (ended) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
  }
  return { head: Buffer.concat(chunks).toString('utf8'), input: Readable.from(replay(), { objectMode: false }) };
}

// C0 and C1 control characters other than tab, line feed, vertical tab, form feed and carriage return,
// DEL, and U+FFFD, which the UTF-8 decoder puts in for every byte sequence that is not UTF-8.
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g;
// Binary data decoded as UTF-8 comes out about half such characters; an article saved as
// Windows-1252 loses only its curly quotes and dashes (a few per cent), and is still worth annotating.
// The floor on the count keeps a short Windows-1252 line (`“No,” she said`) from counting as binary.
const NOT_TEXT_SHARE = 0.1;
const NOT_TEXT_MIN_COUNT = 8;

/** Why a document's text is not worth annotating (it reads as binary data), or undefined when it is text. */
function describeBinary(text: string): string | undefined {
  const count = text.match(NOT_TEXT)?.length ?? 0;
  if (count < NOT_TEXT_MIN_COUNT || count < text.length * NOT_TEXT_SHARE) return undefined;
  return `not text (${Math.round((count / text.length) * 100)}% control or replacement characters)`;
}

async function readText(input: Readable): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of input) text += decoder.decode(chunk as Buffer, { stream: true });
  return text + decoder.decode();
}

function parseRecord(line: string, fallbackId: string): CorpusDocument | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { id = fallbackId, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return '`text` is missing or not a string';
  if (typeof id !== 'string' && typeof id !== 'number') return '`id` is not a string or a number';
  return describeBinary(text) ?? { id: String(id), text };
}

// One line at a time through readline, so a corpus of any size never sits in memory whole.
async function* readJsonLines(input: Readable, source: string, onBadDocument: (bad: BadDocument) => void): AsyncGenerator<CorpusDocument> {
  const name = source === '-' ? 'stdin' : basename(source, extname(source));
  let line = 0;
  for await (const record of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (record.trim() === '') continue;
    const document = parseRecord(record, `${name}-${line}`);
    if (typeof document === 'string') onBadDocument({ source, line, reason: document });
    else yield document;
  }
}

/** How `readCorpus` reads its inputs. */
export interface ReadCorpusOptions {
  /** Reads every input as JSONL, whatever its name or first line (the CLI's `--jsonl`). */
  readonly jsonl?: boolean;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return `cannot be read (${typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)})`;
}

/**
 * Reads the documents of the given inputs in order: each path (or `-` for stdin) is either a
 * plain-text article, whose id is its file name without the extension, or a JSONL corpus with one
 * `{"id", "text"}` per line. Lines that are not records, files that cannot be opened, and texts
 * that are binary data rather than text (a PDF or image given by mistake, which would otherwise be
 * annotated into a hundred junk entities) go to `onBadDocument` and are skipped, so one bad input
 * never stops the rest.
 */
export async function* readCorpus(
  paths: readonly string[],
  onBadDocument: (bad: BadDocument) => void,
  stdin: NodeJS.ReadableStream = process.stdin,
  options: ReadCorpusOptions = {},
): AsyncGenerator<CorpusDocument> {
  for (const path of paths) {
    let peeked: { head: string; input: Readable };
    try {
      peeked = await peek(path === '-' ? stdin : createReadStream(path));
    } catch (error) {
      onBadDocument({ source: path, line: undefined, reason: describeReadError(error) });
      continue;
    }
    const { head, input } = peeked;
    if (options.jsonl === true || isJsonl(path, head)) {
      yield* readJsonLines(input, path, onBadDocument);
      continue;
    }
    const text = await readText(input);
    const binary = describeBinary(text);
    if (binary === undefined) yield { id: path === '-' ? 'stdin' : basename(path, extname(path)), text };
    else onBadDocument({ source: path, line: undefined, reason: binary });
  }
}
