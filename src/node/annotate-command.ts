import { stat } from 'node:fs/promises';
import type { AnnotateOptions, Lexicons } from '../index';
import { countDocuments, isJsonlFile } from './count-documents';
import { createDirectoryWriter } from './create-directory-writer';
import { createStreamWriter } from './create-stream-writer';
import { defaultConcurrency } from './default-concurrency';
import type { DocumentWriter } from './document-writer';
import { OUTPUT_FORMATS, type OutputFormat, type OutputFormatName } from './output-formats';
import { createProgressBar } from './progress-bar';
import { decodeDocument, isBadDocument, readRawCorpus, type BadDocument, type RawDocument } from './read-corpus';
import type { RenderPlan, RenderTarget } from './render-document';
import { renderMany } from './render-many';
import type { Stage } from './select-stages';
import { UsageError } from './usage-error';

/** The options of `presswork annotate`, as the command line gives them. */
export interface AnnotateCommandOptions {
  readonly format: OutputFormatName;
  readonly out?: string;
  readonly only: ReadonlySet<Stage>;
  readonly jsonl: boolean;
  readonly concurrency?: number;
  readonly annotateOptions: AnnotateOptions & { readonly lexicons?: Lexicons };
}

/** Where the command reads stdin and writes its output and messages; the process's own by default. */
export interface CommandStreams {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
}

/** Whether the inputs are a corpus, when that can be told before reading: several inputs or JSONL. */
async function isCorpus(inputs: readonly string[], jsonl: boolean): Promise<boolean | undefined> {
  if (inputs.length > 1 || jsonl) return true;
  const [input] = inputs;
  if (input === undefined || input === '-') return undefined;
  return isJsonlFile(input);
}

/**
 * The total size in bytes of the input files; undefined when one is stdin, whose size is unknown. A
 * file that cannot be read counts as empty here: reading the corpus reports it.
 */
async function inputSize(inputs: readonly string[]): Promise<number | undefined> {
  if (inputs.includes('-')) return undefined;
  const sizes = await Promise.all(inputs.map((input) => stat(input).then((stats) => stats.size, () => 0)));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * Whether the documents are a corpus, and the documents themselves. When the inputs could not say
 * (stdin), documents are read until two good ones show it is a corpus (one on its own is an
 * article); the bad ones met on the way go to `skip`, as they would in their turn.
 */
async function settleCorpusKind(
  known: boolean | undefined,
  documents: AsyncGenerator<RawDocument>,
  skip: (bad: BadDocument) => void,
): Promise<{ corpus: boolean; documents: AsyncIterable<RawDocument> }> {
  if (known !== undefined) return { corpus: known, documents };
  const good: RawDocument[] = [];
  while (good.length < 2) {
    const next = await documents.next();
    if (next.done === true) break;
    const decoded = decodeDocument(next.value);
    if (isBadDocument(decoded)) skip(decoded);
    else good.push(next.value);
  }
  async function* replay(): AsyncGenerator<RawDocument> {
    yield* good;
    yield* documents;
  }
  return { corpus: good.length > 1, documents: replay() };
}

function describeBadDocument(bad: BadDocument): string {
  const source = bad.source === '-' ? 'stdin' : bad.source;
  const where = bad.line === undefined ? source : `${source}, line ${bad.line}`;
  return `presswork: ${where}: ${bad.reason}; skipped\n`;
}

/** A corpus on stdout needs a format with a corpus form; the others write one file per document. */
function refuseCorpusOnStdout(corpus: boolean | undefined, options: AnnotateCommandOptions, format: OutputFormat): void {
  if (corpus === true && options.out === undefined && format.corpus === undefined) {
    throw new UsageError(`--format ${options.format} writes one file per document: give --out DIR for a corpus`);
  }
}

/** How each document becomes output, and where it goes, once the input is known to be a corpus or not. */
function prepareOutput(
  options: AnnotateCommandOptions,
  format: OutputFormat,
  corpus: boolean,
  stdout: NodeJS.WritableStream,
  warn: (message: string) => void,
): { plan: RenderPlan; writer: DocumentWriter } {
  const target: RenderTarget = options.out !== undefined ? 'files' : corpus ? 'corpus-entry' : 'single';
  const writer = options.out === undefined ? createStreamWriter(stdout, corpus ? format.corpus : undefined) : createDirectoryWriter(options.out, warn);
  return { plan: { format: options.format, stages: [...options.only], target }, writer };
}

/**
 * `presswork annotate`: reads the inputs as a stream of documents, annotates them (on worker threads
 * for a corpus) and writes each as soon as it and those before it are done. Resolves to the exit
 * code: 0, or 1 when a document was bad (it is named on stderr and the others are still written).
 */
export async function annotateCommand(inputs: readonly string[], options: AnnotateCommandOptions, streams: CommandStreams): Promise<number> {
  const format = OUTPUT_FORMATS.get(options.format);
  if (format === undefined) throw new UsageError(`unknown format '${options.format}'`);
  const known = await isCorpus(inputs, options.jsonl);
  refuseCorpusOnStdout(known, options, format);
  // Counting a JSONL corpus costs one extra read of it, worth it only when someone watches the bar.
  const total = streams.stderr.isTTY === true ? await countDocuments(inputs, { jsonl: options.jsonl }) : undefined;
  const bar = createProgressBar(streams.stderr, total);
  const warn = (message: string): void => {
    bar.finish();
    streams.stderr.write(message);
  };
  let bad = 0;
  const skip = (document: BadDocument): void => {
    bad += 1;
    warn(describeBadDocument(document));
  };
  const read = readRawCorpus(inputs, streams.stdin, { jsonl: options.jsonl });
  const { corpus, documents } = await settleCorpusKind(known, read, skip);
  refuseCorpusOnStdout(corpus, options, format);
  const { plan, writer } = prepareOutput(options, format, corpus, streams.stdout, warn);
  // One document is annotated in this thread; a corpus on workers once it is large enough to repay them.
  const concurrency = options.concurrency ?? (corpus ? defaultConcurrency(await inputSize(inputs)) : 1);
  let done = 0;
  try {
    for await (const outcome of renderMany(documents, plan, { concurrency, annotateOptions: options.annotateOptions })) {
      if ('bad' in outcome) skip(outcome.bad);
      else await writer.write(outcome.id, outcome.files);
      bar.update((done += 1));
    }
    await writer.close();
  } finally {
    bar.finish();
  }
  return bad > 0 ? 1 : 0;
}
