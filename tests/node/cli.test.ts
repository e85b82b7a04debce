import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/evaluate/index';
import { goldenCorpus, goldenEntities } from '../../src/fixtures';
import * as library from '../../src/index';
import { runNode, type NodeRun } from '../helpers/run-node';

// The CLI runs in a child process from source, as `presswork` would from dist/node/cli.js.
const CLI = join(import.meta.dirname, '../../src/node/cli.ts');
const SEED = join(import.meta.dirname, '../../seeds/000_ea477dd52279c393.txt');
const GOLD = join(import.meta.dirname, '../../seeds/gold');
const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

const directory = mkdtempSync(join(tmpdir(), 'presswork-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function run(args: readonly string[], stdin = ''): Promise<NodeRun> {
  return runNode(['--import', 'tsx', CLI, ...args], stdin);
}

function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

// Sentences written for these tests, not taken from the seeds.
const ARTICLE = 'Angela Merkel said Germany would support France. "We stand together," she told reporters in Berlin.\n';
const CORPUS = [
  JSON.stringify({ id: 'merkel', text: ARTICLE }),
  '{"id":"broken","text":',
  JSON.stringify({ id: 'un', text: 'The United Nations criticised Russia on Tuesday, according to a spokesman.' }),
].join('\n');

describe('presswork --help, --version and usage errors', () => {
  it('prints the commands and exit codes with --help and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/annotate \[options\] <inputs\.\.\.>/);
    expect(stdout).toMatch(/eval \[options\] <gold-dir>/);
    expect(stdout).toMatch(/2 {2}the command was used wrongly/);
  });

  it('prints the options of annotate with annotate --help', async () => {
    const { code, stdout } = await run(['annotate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--format <format>/);
    expect(stdout).toMatch(/choices: "json", "jsonl", "brat",/);
  });

  it('prints the package version with --version', async () => {
    const { code, stdout } = await run(['--version']);
    expect([code, stdout.trim()]).toEqual([0, version]);
  });

  it.each([
    ['an unknown option', ['annotate', '--bogus', SEED], /unknown option '--bogus'/],
    ['no command', [], /Usage: presswork/],
    ['an unknown command', ['summarise', SEED], /unknown command 'summarise'/],
    ['no input', ['annotate'], /missing required argument 'inputs'/],
    ['an unknown format', ['annotate', '--format', 'xml', SEED], /Allowed choices are json, jsonl/],
    ['an unknown stage in --only', ['annotate', '--only', 'entities,topics', SEED], /--only <stages>/],
    ['a concurrency of 0', ['annotate', '--concurrency', '0', SEED], /positive integer/],
    ['a corpus in a one-file format without --out', ['annotate', '--format', 'html', SEED, SEED], /give --out DIR for a corpus/],
    ['a known entity of an unknown type', ['annotate', '--known-entities', file('bad-entities.json', '[{"name":"Acme","type":"COMPANY"}]'), SEED], /knownEntities\[0\]\.type/],
    ['a malformed stance frame in --lexicons', ['annotate', '--lexicons', file('bad-lexicons.json', '{"stanceFrames":[{"words":"beat","as":"verb","polarity":"against","strength":2}]}'), SEED], /lexicons\.stanceFrames\[0\]\.polarity must be 'support' \| 'oppose', received "against"/],
    ['a --lexicons file that is no JSON', ['annotate', '--lexicons', file('not-json.json', '{titles:'), SEED], /--lexicons .*not-json\.json/],
    ['a gold folder that does not exist', ['eval', join(directory, 'nowhere')], /not a readable folder/],
  ])('exits 2 on %s, saying why on stderr', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('presswork annotate', () => {
  it('prints one Annotation as JSON for one article', async () => {
    const { code, stdout } = await run(['annotate', SEED]);
    expect(code).toBe(0);
    const annotation = JSON.parse(stdout) as library.Annotation;
    expect(annotation.text).toBe(readFileSync(SEED, 'utf8'));
    expect(Object.keys(annotation)).toEqual(['text', 'sentences', 'entities', 'quotes', 'stances']);
    expect(annotation).toEqual(JSON.parse(JSON.stringify(library.annotate(annotation.text))));
  });

  it('reads an article from stdin with -', async () => {
    const { code, stdout } = await run(['annotate', '-'], ARTICLE);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as library.Annotation).text).toBe(ARTICLE);
  });

  it('exits 1 on a bad JSONL line, naming its file and line, and still writes the other documents', async () => {
    const corpus = file('corpus.jsonl', CORPUS);
    const { code, stdout, stderr } = await run(['annotate', corpus, '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${corpus}, line 2: not valid JSON`);
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['merkel', 'un']);
  });

  it('exits 1 on a file that cannot be read and annotates the others', async () => {
    const missing = join(directory, 'missing.txt');
    const { code, stdout, stderr } = await run(['annotate', missing, SEED, '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${missing}: cannot be read (ENOENT)`);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('writes a corpus as a JSON array of { id, ...Annotation } in input order', async () => {
    const { code, stdout } = await run(['annotate', '--concurrency', '2', file('a.txt', ARTICLE), file('b.txt', 'Paris is in France.')]);
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as { id: string; text: string }[];
    expect(records.map((record) => [record.id, record.text])).toEqual([['a', ARTICLE], ['b', 'Paris is in France.']]);
  });

  it('passes --known-entities to the annotator, so the caller\'s names are found', async () => {
    const entities = file('entities.json', JSON.stringify([{ name: 'Quillfeather Labs', type: 'ORG', aliases: ['Quillfeather'] }]));
    const { code, stdout } = await run(['annotate', '-', '--known-entities', entities, '--only', 'entities'], 'Quillfeather said profits rose.');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as library.Annotation).entities[0]).toMatchObject({ text: 'Quillfeather', type: 'ORG', entity: 'Quillfeather Labs' });
  });

  it.each([['in this thread', ['-']], ['on worker threads', ['--jsonl', '--concurrency', '2', '-']]])('passes --lexicons to the annotator %s', async (_where, inputs) => {
    const lexicons = file('lexicons.json', JSON.stringify({ titles: ['coach'], stanceFrames: [{ words: 'thrash', as: 'verb', polarity: 'oppose', strength: 3 }] }));
    const text = 'Coach Dana Whitfield said Brazil thrashed Argentina.';
    const stdin = inputs.includes('--jsonl') ? `${JSON.stringify({ id: 'a', text })}\n${JSON.stringify({ id: 'b', text })}\n` : text;
    const { code, stdout } = await run(['annotate', '--lexicons', lexicons, '--format', 'jsonl', ...inputs], stdin);
    expect(code).toBe(0);
    for (const line of stdout.trim().split('\n')) {
      const annotation = JSON.parse(line) as library.Annotation;
      expect(annotation.entities.map((mention) => mention.text)).toContain('Dana Whitfield');
      expect(annotation.stances.map((stance) => `${stance.holder} ${stance.polarity} ${stance.target}`)).toContain('Brazil oppose Argentina');
    }
  });

  it.each([
    ['json', []],
    ['jsonl', ['--only', 'quotes']],
    ['conll', []],
    ['html', ['--out']],
    ['brat', ['--out']],
    ['webanno', ['--out', '--only', 'entities,stances']],
  ] as const)('writes --format %s %j from worker threads exactly as from this thread', async (format, flags) => {
    const corpus = file('threads.jsonl', CORPUS);
    const outputs = [];
    for (const concurrency of ['1', '2']) {
      const folder = join(directory, `${format}-${concurrency}`);
      const args = flags.flatMap((flag) => (flag === '--out' ? ['--out', folder] : [flag]));
      const { code, stdout, stderr } = await run(['annotate', corpus, '--format', format, '--concurrency', concurrency, ...args]);
      expect(code).toBe(1);
      const written = (flags as readonly string[]).includes('--out') ? readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]) : [];
      outputs.push({ stdout, stderr, written });
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(JSON.stringify(outputs[0])).toContain('Merkel');
  });

  it('reports bad lines and unreadable files in input order when workers annotate', async () => {
    const corpus = file('order.jsonl', CORPUS);
    const missing = join(directory, 'order-missing.jsonl');
    const { code, stderr } = await run(['annotate', corpus, missing, '--format', 'jsonl', '--concurrency', '2']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`presswork: ${corpus}, line 2: not valid JSON (Unexpected end of JSON input); skipped`, `presswork: ${missing}: cannot be read (ENOENT); skipped`]);
  });

  it('reads stdin with one good record and a bad one as one article, naming the bad line', async () => {
    const { code, stdout, stderr } = await run(['annotate', '-'], `${JSON.stringify({ id: 'a', text: 'Paris is in France.' })}\n{broken\n`);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as library.Annotation).text).toBe('Paris is in France.');
    expect(stderr).toContain('presswork: stdin, line 2: not valid JSON');
  });

  it('reads JSONL on stdin as a corpus when it holds two documents, and as one article when it holds one', async () => {
    const records = ['Paris is in France.', 'Rome is in Italy.'].map((text, index) => JSON.stringify({ id: String(index), text }));
    const two = await run(['annotate', '-'], `${records.join('\n')}\n`);
    expect((JSON.parse(two.stdout) as { id: string }[]).map((record) => record.id)).toEqual(['0', '1']);
    const one = await run(['annotate', '-'], `${records[0]}\n`);
    expect((JSON.parse(one.stdout) as library.Annotation).text).toBe('Paris is in France.');
  });

  it('refuses a corpus on stdin in a format of one file per document, before annotating it', async () => {
    const records = ['Paris is in France.', 'Rome is in Italy.'].map((text, index) => JSON.stringify({ id: String(index), text }));
    const { code, stdout, stderr } = await run(['annotate', '-', '--format', 'html'], `${records.join('\n')}\n`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--format html writes one file per document: give --out DIR for a corpus');
  });

  it('reads any file as JSONL with --jsonl', async () => {
    const { code, stdout } = await run(['annotate', '--jsonl', '--format', 'jsonl', file('records.txt', '\n\n{"id":"x","text":"Rome."}\n')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'x', text: 'Rome.' });
  });

  it.each([
    ['entities', ['entities'], ['quotes', 'stances']],
    ['quotes,stances', ['quotes', 'stances'], ['entities']],
  ])('keeps only the stages given to --only %s, emptying the others', async (only, kept, emptied) => {
    const { code, stdout } = await run(['annotate', SEED, '--only', only]);
    expect(code).toBe(0);
    const annotation = JSON.parse(stdout) as Record<string, unknown>;
    const full = library.annotate(readFileSync(SEED, 'utf8')) as unknown as Record<string, unknown>;
    for (const stage of kept) expect(annotation[stage]).toEqual(JSON.parse(JSON.stringify(full[stage])));
    for (const stage of emptied) expect(annotation[stage]).toEqual([]);
  });

  const EXPORTERS = { brat: 'toBrat', conll: 'toConll', webanno: 'toWebAnnotation', html: 'renderHtml' } as const;
  it.each([
    ['json', (output: string) => expect(JSON.parse(output)).toHaveProperty('entities')],
    ['jsonl', (output: string) => expect(JSON.parse(output)).toHaveProperty('id', '000_ea477dd52279c393')],
    ['brat', (output: string) => expect(output).toMatch(/^T1\t\S+ \d+ \d+\t/m)],
    ['conll', (output: string) => expect(output).toMatch(/^Iran\t\S+/m)],
    ['webanno', (output: string) => expect(output).toContain('TextPositionSelector')],
    ['html', (output: string) => expect(output).toMatch(/^<!DOCTYPE html>/i)],
  ] as const)('writes --format %s', async (format, check) => {
    const exporter = format in EXPORTERS ? EXPORTERS[format as keyof typeof EXPORTERS] : undefined;
    // The exporters come from src/formats/; their own tests check the content, this one the wiring.
    if (exporter !== undefined && !(exporter in library)) return;
    const { code, stdout } = await run(['annotate', SEED, '--format', format]);
    expect(code).toBe(0);
    check(stdout);
  });

  it('writes one file per document into --out, named after the ids', async () => {
    const out = join(directory, 'out-json');
    const { code, stdout } = await run(['annotate', file('corpus-out.jsonl', CORPUS), '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['merkel.json', 'un.json']);
    expect((JSON.parse(readFileSync(join(out, 'merkel.json'), 'utf8')) as library.Annotation).text).toBe(ARTICLE);
  });

  it.skipIf(!('toBrat' in library))('writes brat as <id>.txt beside <id>.ann into --out', async () => {
    const out = join(directory, 'out-brat');
    const { code } = await run(['annotate', SEED, file('merkel.txt', ARTICLE), '--format', 'brat', '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['000_ea477dd52279c393.ann', '000_ea477dd52279c393.txt', 'merkel.ann', 'merkel.txt']);
    expect(readFileSync(join(out, 'merkel.txt'), 'utf8')).toBe(ARTICLE);
  });
});

describe('presswork annotate on awkward corpora', () => {
  it('titles each HTML page written into --out with its document id', async () => {
    const out = join(directory, 'out-titles');
    const corpus = [
      JSON.stringify({ id: 'harbour-vote', text: 'Harbour vote\nThe council in Leith approved the new pier on Monday.' }),
      JSON.stringify({ id: 'R&D budget', text: 'Research spending rose, the minister said.' }),
    ].join('\n');
    const { code } = await run(['annotate', file('titles.jsonl', corpus), '--format', 'html', '--out', out]);
    expect(code).toBe(0);
    const titleOf = (name: string) => /<title>(.*)<\/title>/.exec(readFileSync(join(out, name), 'utf8'))?.[1];
    expect(readdirSync(out).sort()).toEqual(['R_D_budget.html', 'harbour-vote.html']);
    expect([titleOf('harbour-vote.html'), titleOf('R_D_budget.html')]).toEqual(['harbour-vote', 'R&amp;D budget']);
  });

  it('warns on stderr about a repeated id, and writes both documents', async () => {
    const out = join(directory, 'out-duplicates');
    const corpus = ['a', 'b', 'a'].map((id, index) => JSON.stringify({ id, text: `Report number ${index + 1} was filed in Oslo.` })).join('\n');
    const { code, stderr } = await run(['annotate', file('duplicates.jsonl', corpus), '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a-2.json', 'a.json', 'b.json']);
    expect(stderr).toMatch(/duplicate id 'a': written as a-2\.json/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(readFileSync(join(out, 'a-2.json'), 'utf8')) as library.Annotation).text).toMatch(/number 3/);
  });

  it('warns when two ids differ only in case, since they would share one file on some systems', async () => {
    const out = join(directory, 'out-case');
    const corpus = ['Vote', 'vote'].map((id) => JSON.stringify({ id, text: 'Voters in Lyon went to the polls.' })).join('\n');
    const { code, stderr } = await run(['annotate', file('case.jsonl', corpus), '--format', 'brat', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/id 'vote' has the same file name as an earlier one: written as vote-2\.txt and vote-2\.ann/);
  });

  it('skips a binary file with a message instead of annotating junk, and annotates the rest', async () => {
    // A few kilobytes shaped like compressed data: every byte value, controls and invalid UTF-8 included.
    const binary = join(directory, 'photo.jpg');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 131 + 17) % 256)));
    const { code, stdout, stderr } = await run(['annotate', binary, file('news.txt', ARTICLE), '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/photo\.jpg: not text \(\d+% control or replacement characters\); skipped/);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; entities: unknown[] });
    expect(records.map((record) => record.id)).toEqual(['news']);
  });
});

describe('presswork eval', () => {
  it('scores the seeds against seeds/gold, finding each text one folder up', async () => {
    const { code, stdout } = await run(['eval', GOLD]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Entities: NER strict/);
    expect(stdout).toMatch(/^000_ea477dd52279c393 /m);
    expect(stdout).toMatch(/^total /m);
  });

  it('prints with --json the same scores as npm run eval (evaluateCorpus over the golden corpus)', async () => {
    const { code, stdout } = await run(['eval', GOLD, '--json']);
    expect(code).toBe(0);
    const documents = goldenCorpus.map((document) => ({ ...document, predicted: library.annotate(document.text) }));
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(evaluateCorpus(documents, goldenEntities))));
  });

  it('exits 1 naming a gold file whose text is missing, and scores the rest', async () => {
    const gold = join(directory, 'gold');
    rmSync(gold, { recursive: true, force: true });
    const texts = join(import.meta.dirname, '../../seeds');
    mkdirSync(gold);
    writeFileSync(join(gold, '000_ea477dd52279c393.json'), readFileSync(join(GOLD, '000_ea477dd52279c393.json')));
    writeFileSync(join(gold, 'orphan.json'), JSON.stringify({ doc: 'orphan', entities: [], quotes: [], stances: [] }));
    const { code, stdout, stderr } = await run(['eval', gold, '--texts', texts]);
    expect(code).toBe(1);
    expect(stderr).toContain('orphan.json: no orphan.txt found');
    expect(stdout).toMatch(/^000_ea477dd52279c393 /m);
  });
});
