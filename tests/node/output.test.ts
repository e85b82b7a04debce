import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/index';
import { createStreamWriter } from '../../src/node/create-stream-writer';
import { fileNameForId } from '../../src/node/file-name-for-id';
import { OUTPUT_FORMATS, type OutputFormatName } from '../../src/node/output-formats';
import { parseStages } from '../../src/node/parse-stages';
import { selectStages } from '../../src/node/select-stages';
import { encodeForTransfer, renderDocument, type RenderPlan } from '../../src/node/render-document';
import { UsageError } from '../../src/node/usage-error';

// A hand-written annotation, so these tests check the CLI's wiring and not the annotator.
const TEXT = 'Ana Silva said Brazil would help.';
const ANNOTATION: Annotation = {
  text: TEXT,
  sentences: [{ start: 0, end: 33, text: TEXT }],
  entities: [{ start: 0, end: 9, text: 'Ana Silva', type: 'PERSON', entity: 'Ana Silva' }, { start: 15, end: 21, text: 'Brazil', type: 'GPE', entity: 'Brazil' }],
  quotes: [{
    kind: 'indirect',
    content: { start: 15, end: 32, text: 'Brazil would help' },
    speaker: { mention: { start: 0, end: 9, text: 'Ana Silva' }, entity: 'Ana Silva', description: null },
    cue: { start: 10, end: 14, text: 'said' },
  }],
  stances: [{ holder: 'Ana Silva', target: 'Brazil', polarity: 'support', score: 0.5, evidence: [{ start: 0, end: 33, text: TEXT }] }],
};

describe('fileNameForId', () => {
  it.each([
    ['article-1', 'article-1'],
    ['../../etc/passwd', '__.._etc_passwd'],
    ['a/b:c d', 'a_b_c_d'],
    ['.hidden', '_hidden'],
    ['', 'document'],
    ['Zürich 2024', 'Zürich_2024'],
  ])('turns the id %j into the file name %j, which stays inside --out', (id, expected) => {
    expect(fileNameForId(id, new Set())).toBe(expected);
  });

  it('numbers repeated ids, ignoring case, so no document overwrites another', () => {
    const used = new Set<string>();
    expect(['a', 'a', 'A', 'a-2'].map((id) => fileNameForId(id, used))).toEqual(['a', 'a-2', 'A-3', 'a-2-2']);
  });
});

describe('parseStages and selectStages', () => {
  it.each([
    ['entities', ['entities']],
    ['quotes, stances', ['quotes', 'stances']],
    ['entities,entities,', ['entities']],
  ])('reads --only %j', (value, expected) => {
    expect([...parseStages(value)]).toEqual(expected);
  });

  it.each(['', 'topics', 'entities,topics', ','])('rejects --only %j as a usage error', (value) => {
    expect(() => parseStages(value)).toThrow(UsageError);
  });

  it('empties the stages left out and keeps the text and sentences', () => {
    const selected = selectStages(ANNOTATION, new Set(['quotes']));
    expect(selected).toEqual({ ...ANNOTATION, entities: [], stances: [] });
  });
});

// Renders the documents as `presswork annotate` would to stdout: each one alone, or as a corpus.
async function write(format: OutputFormatName, corpus: boolean, ids: readonly string[]): Promise<string> {
  const stream = new PassThrough();
  let output = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const formatter = OUTPUT_FORMATS.get(format);
  if (formatter === undefined) throw new Error(format);
  const writer = createStreamWriter(stream, corpus ? formatter.corpus : undefined);
  const plan: RenderPlan = { format, stages: ['entities', 'quotes', 'stances'], target: corpus ? 'corpus-entry' : 'single' };
  for (const id of ids) await writer.write(id, renderDocument(plan, id, ANNOTATION));
  await writer.close();
  return output;
}

describe('renderDocument and createStreamWriter', () => {
  it('writes one document as a bare Annotation in json', async () => {
    expect(JSON.parse(await write('json', false, ['a']))).toEqual(ANNOTATION);
  });

  it('writes a corpus as a JSON array of { id, ...Annotation }, and an empty corpus as []', async () => {
    expect(JSON.parse(await write('json', true, ['a', 'b']))).toEqual([{ id: 'a', ...ANNOTATION }, { id: 'b', ...ANNOTATION }]);
    expect(JSON.parse(await write('json', true, []))).toEqual([]);
  });

  it('writes jsonl as one { id, ...Annotation } per line, which readCorpus can read back', async () => {
    const lines = (await write('jsonl', true, ['a', 'b'])).split('\n');
    expect(lines.map((line) => (line === '' ? null : (JSON.parse(line) as { id: string }).id))).toEqual(['a', 'b', null]);
  });

  it('separates the documents of a CoNLL corpus with -DOCSTART- lines', async () => {
    const output = await write('conll', true, ['a', 'b']);
    expect(output.match(/^-DOCSTART- (\S+)$/gm)).toEqual(['-DOCSTART- a', '-DOCSTART- b']);
  });

  it('keeps only the stages asked for', () => {
    const [file] = renderDocument({ format: 'jsonl', stages: ['quotes'], target: 'files' }, 'a', ANNOTATION);
    expect(file?.extension).toBe('.jsonl');
    expect(JSON.parse(String(file?.content))).toEqual({ id: 'a', ...selectStages(ANNOTATION, new Set(['quotes'])) });
  });

  it('encodes a rendered document as UTF-8 bytes, each file in a buffer of its own, to hand to another thread', () => {
    const files = renderDocument({ format: 'brat', stages: ['entities'], target: 'files' }, 'a', { ...ANNOTATION, text: `${TEXT} Café 😀.` });
    const { outcome, buffers } = encodeForTransfer({ id: 'a', files });
    if ('bad' in outcome) throw new Error('not bad');
    expect(outcome.files.map((file) => new TextDecoder().decode(file.content as Uint8Array))).toEqual(files.map((file) => file.content));
    expect(buffers.map((buffer) => buffer.byteLength)).toEqual(outcome.files.map((file) => (file.content as Uint8Array).byteLength));
    expect(new Set(buffers).size).toBe(2);
  });

  it('renders brat as the text and its .ann, one file each', () => {
    const files = renderDocument({ format: 'brat', stages: ['entities'], target: 'files' }, 'a', ANNOTATION);
    expect(files.map((file) => file.extension)).toEqual(['.txt', '.ann']);
    expect(files[0]?.content).toBe(TEXT);
  });
});
