import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { AnnotateOptions, KnownEntity, Lexicons } from '../index';
import { assertOptions } from '../errors';
import { checkLexicons } from '../lexicons/check-lexicons';
import { annotateCommand, type CommandStreams } from './annotate-command';
import { evalCommand } from './eval-command';
import type { OutputFormatName } from './output-formats';
import { parseStages, STAGES } from './parse-stages';
import { queueAddCommand, queueResultsCommand, queueStatusCommand, queueWorkCommand } from './queue-command';
import { UsageError } from './usage-error';

const FORMAT_NAMES: readonly OutputFormatName[] = ['json', 'jsonl', 'brat', 'conll', 'webanno', 'html'];

const EXIT_CODES = `
Exit codes:
  0  every document was annotated
  1  a document could not be read (it is named on stderr; the others are still written)
  2  the command was used wrongly (unknown option, bad value, missing argument)`;

const ANNOTATE_EXAMPLES = `
Inputs: plain-text articles (id = file name without extension), JSONL corpora with one
{"id", "text"} per line (told by a .jsonl/.ndjson name, a first line that is such a record,
or --jsonl), or - for stdin.

Output on stdout: json is one Annotation for one article, and a JSON array of
{"id", ...Annotation} for a corpus; jsonl is one {"id", ...Annotation} per line; conll
separates documents with "-DOCSTART- <id>". brat, webanno and html need --out for a corpus.
With --out DIR: <id>.json | <id>.jsonl | <id>.txt + <id>.ann | <id>.conll | <id>.jsonld | <id>.html.

Examples:
  presswork annotate article.txt
  presswork annotate corpus.jsonl --format jsonl --concurrency 2 > annotated.jsonl
  presswork annotate seeds/*.txt --format html --out html/
  cat article.txt | presswork annotate - --only quotes
${EXIT_CODES}`;

const EVAL_HELP = `
Gold folder layout (the golden corpus's, as seeds/gold/):
  <gold-dir>/<id>.json     the gold annotation of article <id> (entities, quotes, stances)
  <gold-dir>/entities.json optional: canonical entities with their aliases, to normalise names
  <id>.txt                 the article: in --texts DIR, else beside the gold file, else one folder up

Example:
  presswork eval seeds/gold
${EXIT_CODES}`;

function readVersion(): string {
  // Two folders up from both src/node/run-cli.ts and the built dist/node/cli.js.
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a positive integer.');
  return number;
}

function parseOnly(value: string): ReturnType<typeof parseStages> {
  try {
    return parseStages(value);
  } catch {
    throw new InvalidArgumentError(`must be a comma-separated list of ${STAGES.join(', ')}.`);
  }
}

async function readKnownEntities(path: string): Promise<readonly KnownEntity[]> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as KnownEntity[];
  } catch (error) {
    throw new UsageError(`--known-entities ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads `--lexicons FILE.json` and checks it as `createAnnotator` does, so a bad entry is a usage error. */
async function readLexicons(path: string): Promise<Lexicons> {
  let lexicons: Lexicons;
  try {
    lexicons = JSON.parse(await readFile(path, 'utf8')) as Lexicons;
  } catch (error) {
    throw new UsageError(`--lexicons ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    checkLexicons(lexicons);
  } catch (error) {
    throw new UsageError(`--lexicons ${path}: ${error instanceof Error ? error.message.replace(/^presswork: /, '') : String(error)}`);
  }
  return lexicons;
}

async function readAnnotateOptions(options: { knownEntities?: string; targets?: string }): Promise<AnnotateOptions> {
  const annotateOptions: AnnotateOptions = {
    ...(options.knownEntities === undefined ? {} : { knownEntities: await readKnownEntities(options.knownEntities) }),
    ...(options.targets === undefined ? {} : { targets: options.targets.split(',').map((name) => name.trim()).filter((name) => name !== '') }),
  };
  try {
    assertOptions(annotateOptions);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^presswork: /, '') : String(error));
  }
  return annotateOptions;
}

interface AnnotateFlags {
  readonly format: OutputFormatName;
  readonly out?: string;
  readonly only?: ReturnType<typeof parseStages>;
  readonly jsonl?: boolean;
  readonly concurrency?: number;
  readonly knownEntities?: string;
  readonly targets?: string;
  readonly lexicons?: string;
}

interface EvalFlags {
  readonly texts?: string;
  readonly json?: boolean;
  readonly concurrency?: number;
}

function createProgram(streams: CommandStreams, setExitCode: (code: number) => void): Command {
  const program = new Command('presswork')
    .description('Annotate English news: named entities, quotes with their speakers, and stances.')
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .configureOutput({ writeOut: (text) => streams.stdout.write(text), writeErr: (text) => streams.stderr.write(text) })
    // Commander exits by itself with code 1 on a usage error; throwing lets runCli map it to 2.
    .exitOverride()
    .showHelpAfterError('(run presswork --help for usage)')
    .addHelpText('after', EXIT_CODES);

  program.command('annotate')
    .description('annotate articles or JSONL corpora and write them in one of six formats')
    .argument('<inputs...>', 'plain-text articles, JSONL corpora, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('json'))
    .option('-o, --out <dir>', 'write one file per document into this folder')
    .option('--only <stages>', `keep only these stages, comma-separated (${STAGES.join(', ')})`, parseOnly)
    .option('--jsonl', 'read every input as a JSONL corpus')
    .option('-c, --concurrency <n>', 'worker threads for a corpus (default: 1 under 4 MB of input, else the number of CPUs)', parsePositive)
    .option('--known-entities <file>', 'a JSON array of { name, type, aliases } that takes precedence over the lexicons')
    .option('--targets <names>', 'keep only stances on these targets, comma-separated')
    .option('--lexicons <file>', 'a JSON object of domain lexicons, as createAnnotator takes them (see examples/lexicons/)')
    .addHelpText('after', ANNOTATE_EXAMPLES)
    .action(async (inputs: string[], flags: AnnotateFlags) => {
      const annotateOptions = await readAnnotateOptions(flags);
      const lexicons = flags.lexicons === undefined ? undefined : await readLexicons(flags.lexicons);
      setExitCode(await annotateCommand(inputs, {
        format: flags.format,
        ...(flags.out === undefined ? {} : { out: flags.out }),
        only: flags.only ?? new Set(STAGES),
        jsonl: flags.jsonl === true,
        ...(flags.concurrency === undefined ? {} : { concurrency: flags.concurrency }),
        annotateOptions: lexicons === undefined ? annotateOptions : { ...annotateOptions, lexicons },
      }, streams));
    });

  program.command('eval')
    .description('score presswork against a folder of gold annotations (the metrics of npm run eval)')
    .argument('<gold-dir>', 'a folder of <id>.json gold annotations and an optional entities.json')
    .option('--texts <dir>', 'where the <id>.txt articles are (default: beside the gold files, or one folder up)')
    .option('--json', 'print the scores as JSON')
    .option('-c, --concurrency <n>', 'worker threads (default: 1 under 4 MB of articles, else the number of CPUs)', parsePositive)
    .addHelpText('after', EVAL_HELP)
    .action(async (goldDirectory: string, flags: EvalFlags) => {
      setExitCode(await evalCommand(goldDirectory, {
        ...(flags.texts === undefined ? {} : { texts: flags.texts }),
        json: flags.json === true,
        ...(flags.concurrency === undefined ? {} : { concurrency: flags.concurrency }),
      }, streams));
    });
  addQueueCommands(program, streams, setExitCode);
  return program;
}

const QUEUE_HELP = `
Spreads a corpus over worker processes on any number of machines through Redis (BullMQ).
Needs the optional peer dependencies: npm install bullmq ioredis

Example:
  presswork queue add corpus.jsonl --redis redis://queue-host:6379
  presswork queue work --concurrency 2        (on each machine; REDIS_URL names the server too)
  presswork queue results --wait --out annotations.jsonl`;

interface QueueFlags {
  readonly redis?: string;
  readonly queue: string;
}

function queueOptions(flags: QueueFlags): { redis: string; queue: string } {
  return { redis: flags.redis ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', queue: flags.queue };
}

function addQueueCommands(program: Command, streams: CommandStreams, setExitCode: (code: number) => void): void {
  const queue = program.command('queue')
    .description('annotate a corpus with workers on many machines, through a Redis queue (BullMQ)')
    .addHelpText('after', QUEUE_HELP);
  const withConnection = (command: Command): Command => command
    .option('--redis <url>', 'the Redis server (default: $REDIS_URL, else redis://127.0.0.1:6379)')
    .option('--queue <name>', 'the queue, so that several corpora can share one Redis', 'presswork');

  withConnection(queue.command('add'))
    .description('queue the documents of articles or JSONL corpora (an id already added is skipped)')
    .argument('<inputs...>', 'plain-text articles, JSONL corpora, or - for stdin')
    .option('--jsonl', 'read every input as a JSONL corpus')
    .option('--attempts <n>', 'tries per batch of documents before they fail for good', parsePositive, 3)
    .option('--backoff <ms>', 'delay before the first retry, doubled on each further one', parsePositive, 1000)
    .option('--batch-size <n>', 'documents per queue job (each job costs Redis the same, whatever it carries)', parsePositive, 10)
    .action(async (inputs: string[], flags: QueueFlags & { jsonl?: boolean; attempts: number; backoff: number; batchSize: number }) => {
      setExitCode(await queueAddCommand(inputs, { ...queueOptions(flags), jsonl: flags.jsonl === true, attempts: flags.attempts, backoff: flags.backoff, batchSize: flags.batchSize }, streams));
    });

  withConnection(queue.command('work'))
    .description('annotate queued documents until SIGTERM or SIGINT (which finish the documents in hand first)')
    .option('-c, --concurrency <n>', 'documents annotated at once, each on its own thread', parsePositive, 1)
    .option('--max-length <n>', 'the longest text accepted, in UTF-16 code units', parsePositive, 1_000_000)
    .option('--lock-duration <ms>', 'how long a dead worker keeps its documents before another takes them', parsePositive, 30_000)
    .option('--until-empty', 'stop once no document is waiting or in any worker\'s hands')
    .option('--known-entities <file>', 'as for annotate; give every worker of a queue the same file')
    .option('--targets <names>', 'as for annotate; give every worker of a queue the same names')
    .action(async (flags: QueueFlags & { concurrency: number; maxLength: number; lockDuration: number; untilEmpty?: boolean; knownEntities?: string; targets?: string }) => {
      setExitCode(await queueWorkCommand({
        ...queueOptions(flags),
        annotateOptions: await readAnnotateOptions(flags),
        concurrency: flags.concurrency,
        maxLength: flags.maxLength,
        lockDuration: flags.lockDuration,
        untilEmpty: flags.untilEmpty === true,
      }, streams));
    });

  withConnection(queue.command('results'))
    .description('write the annotations as JSONL, each document once, in the order added')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--wait', 'wait until no document is waiting or in a worker\'s hands')
    .action(async (flags: QueueFlags & { out?: string; wait?: boolean }) => {
      setExitCode(await queueResultsCommand({ ...queueOptions(flags), ...(flags.out === undefined ? {} : { out: flags.out }), wait: flags.wait === true }, streams));
    });

  withConnection(queue.command('status'))
    .description('print the documents done, failed, waiting and active')
    .action(async (flags: QueueFlags) => {
      setExitCode(await queueStatusCommand(queueOptions(flags), streams));
    });
}

/**
 * Runs the `presswork` command line on `argv` (the arguments after the program name) and resolves
 * to its exit code: 0 on success, 1 when a document was bad, 2 on a usage error.
 */
export async function runCli(argv: readonly string[], streams: CommandStreams): Promise<number> {
  let exitCode = 0;
  try {
    await createProgram(streams, (code) => (exitCode = code)).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // --help and --version end through the same path, with exit code 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(`${message.startsWith('presswork: ') ? '' : 'presswork: '}${message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
  return exitCode;
}
