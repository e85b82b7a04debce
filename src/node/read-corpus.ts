import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import type { CorpusDocument } from './annotate-many';

/**
 * A document as read from the input, before its bytes are decoded: one line of a JSONL corpus, a
 * whole plain-text article, or a file that could not be opened (reported in its turn, like a bad
 * line). The CLI hands these bytes to the thread that annotates the document, so the thread that
 * reads never holds the corpus's text as strings.
 */
export type RawDocument =
  | { readonly kind: 'record'; readonly source: string; readonly line: number; readonly fallbackId: string; readonly bytes: Uint8Array }
  | { readonly kind: 'article'; readonly source: string; readonly id: string; readonly bytes: Uint8Array }
  | { readonly kind: 'unreadable'; readonly source: string; readonly reason: string };

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
  const firstLine = head.split(/\r\n|\r|\n/u).find((line) => line.trim() !== '');
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

/** The bytes of a stream, in one array of their own (a Buffer may share its memory with others). */
async function readBytes(input: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(chunk as Buffer);
  return copyOf(chunks, chunks.reduce((length, chunk) => length + chunk.length, 0));
}

// Decoding drops a byte-order mark at the start of what it decodes: of an article, or of a JSONL
// line (where one would otherwise make the first record invalid JSON).
const decoder = new TextDecoder('utf-8');

function copyOf(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, length - at), at);
    at += chunk.length;
    if (at >= length) break;
  }
  return bytes;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const OPENING_BRACE = 0x7b;
// Spaces, tabs, vertical tabs and form feeds: a line of only these is blank.
const ASCII_BLANKS: ReadonlySet<number> = new Set([0x20, 0x09, 0x0b, 0x0c]);

/**
 * The lines of a stream as bytes, each in an array of its own, without its end. A line ends at a
 * line feed, a carriage return, or both together (even when a chunk of the stream ends between
 * them), as readline has it.
 */
async function* readLines(input: Readable): AsyncGenerator<Uint8Array> {
  let pieces: Uint8Array[] = [];
  let length = 0;
  let afterCarriageReturn = false;
  const takeLine = (): Uint8Array => {
    const line = copyOf(pieces, length);
    pieces = [];
    length = 0;
    return line;
  };
  for await (const chunk of input) {
    const bytes = chunk as Buffer;
    if (bytes.length === 0) continue;
    // The line feed of a CRLF whose carriage return ended the previous chunk.
    let start = afterCarriageReturn && bytes[0] === LINE_FEED ? 1 : 0;
    afterCarriageReturn = false;
    for (let index = start; index < bytes.length; index += 1) {
      const byte = bytes[index];
      if (byte !== LINE_FEED && byte !== CARRIAGE_RETURN) continue;
      pieces.push(bytes.subarray(start, index));
      length += index - start;
      yield takeLine();
      if (byte === CARRIAGE_RETURN && bytes[index + 1] === LINE_FEED) index += 1;
      else if (byte === CARRIAGE_RETURN && index + 1 === bytes.length) afterCarriageReturn = true;
      start = index + 1;
    }
    if (start < bytes.length) {
      pieces.push(bytes.subarray(start));
      length += bytes.length - start;
    }
  }
  if (length > 0) yield takeLine();
}

/**
 * Whether a line holds only white space. Most are ASCII; a line without a `{` that is not may still
 * be Unicode white space (a no-break space, a byte-order mark), which decoding tells.
 */
function isBlank(line: Uint8Array): boolean {
  if (line.every((byte) => ASCII_BLANKS.has(byte))) return true;
  return !line.includes(OPENING_BRACE) && decoder.decode(line).trim() === '';
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

// One line at a time, so a corpus of any size never sits in memory whole.
async function* readJsonLines(input: Readable, source: string): AsyncGenerator<RawDocument> {
  const name = source === '-' ? 'stdin' : basename(source, extname(source));
  let line = 0;
  for await (const bytes of readLines(input)) {
    line += 1;
    if (!isBlank(bytes)) yield { kind: 'record', source, line, fallbackId: `${name}-${line}`, bytes };
  }
}

/**
 * Decodes and checks one document as read: the document, or why it is skipped (a line that is not a
 * record, a text that is binary data). Pure, so the thread that annotates the document can run it.
 */
export function decodeDocument(raw: RawDocument): CorpusDocument | BadDocument {
  if (raw.kind === 'unreadable') return { source: raw.source, line: undefined, reason: raw.reason };
  if (raw.kind === 'record') {
    const document = parseRecord(decoder.decode(raw.bytes), raw.fallbackId);
    return typeof document === 'string' ? { source: raw.source, line: raw.line, reason: document } : document;
  }
  const text = decoder.decode(raw.bytes);
  const binary = describeBinary(text);
  return binary === undefined ? { id: raw.id, text } : { source: raw.source, line: undefined, reason: binary };
}

/** Whether `decodeDocument` found the document bad. */
export function isBadDocument(document: CorpusDocument | BadDocument): document is BadDocument {
  return 'reason' in document;
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
 * Reads the documents of the given inputs in order, undecoded: each path (or `-` for stdin) is
 * either a plain-text article, whose id is its file name without the extension, or a JSONL corpus
 * with one `{"id", "text"}` per line. A file that cannot be opened is yielded as `unreadable`, so
 * one bad input never stops the rest; `decodeDocument` tells what is wrong with each.
 */
export async function* readRawCorpus(paths: readonly string[], stdin: NodeJS.ReadableStream = process.stdin, options: ReadCorpusOptions = {}): AsyncGenerator<RawDocument> {
  for (const path of paths) {
    let peeked: { head: string; input: Readable };
    try {
      peeked = await peek(path === '-' ? stdin : createReadStream(path));
    } catch (error) {
      yield { kind: 'unreadable', source: path, reason: describeReadError(error) };
      continue;
    }
    const { head, input } = peeked;
    if (options.jsonl === true || isJsonl(path, head)) yield* readJsonLines(input, path);
    else yield { kind: 'article', source: path, id: path === '-' ? 'stdin' : basename(path, extname(path)), bytes: await readBytes(input) };
  }
}

/**
 * Reads the documents of the given inputs in order, as `readRawCorpus` does, and decodes them. Lines
 * that are not records, files that cannot be opened, and texts that are binary data rather than
 * text (a PDF or image given by mistake, which would otherwise be annotated into a hundred junk
 * entities) go to `onBadDocument` and are skipped.
 */
export async function* readCorpus(
  paths: readonly string[],
  onBadDocument: (bad: BadDocument) => void,
  stdin: NodeJS.ReadableStream = process.stdin,
  options: ReadCorpusOptions = {},
): AsyncGenerator<CorpusDocument> {
  for await (const raw of readRawCorpus(paths, stdin, options)) {
    const document = decodeDocument(raw);
    if (isBadDocument(document)) onBadDocument(document);
    else yield document;
  }
}
