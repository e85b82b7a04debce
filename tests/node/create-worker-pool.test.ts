import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/index';
import { createRenderingPool, createWorkerPool } from '../../src/node/create-worker-pool';
import type { RawDocument } from '../../src/node/read-corpus';
import { renderDocument, type RenderPlan } from '../../src/node/render-document';
import { runNode } from '../helpers/run-node';

// Texts written for these tests, not taken from the seeds.
const SHORT = 'Angela Merkel said Germany would support France.';
const LONG = `${'The United Nations criticised Russia on Tuesday, according to a spokesman. '.repeat(400)}"We stand together," she said.`;

const NODE_ENTRY = join(import.meta.dirname, '../../src/node/index.ts');

const TEXTS = ['Paris is in France.', 'Angela Merkel met Emmanuel Macron.', 'Tokyo.'];

// Annotates the texts on two workers and prints how many entities each has.
const SCRIPT = `
  const { annotateMany } = await import(${JSON.stringify(NODE_ENTRY)});
  const counts = [];
  const documents = ${JSON.stringify(TEXTS)}.map((text, i) => ({ id: String(i), text }));
  for await (const { annotation } of annotateMany(documents, { concurrency: 2 })) counts.push(annotation.entities.length);
  console.log(JSON.stringify(counts));`;

const directory = mkdtempSync(join(tmpdir(), 'presswork-pool-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const SCRIPT_FILE = join(directory, 'annotate-many.mjs');
writeFileSync(SCRIPT_FILE, SCRIPT);

describe('createWorkerPool', () => {
  it('answers every text with its own annotation when a long text is ahead of short ones', async () => {
    const pool = createWorkerPool(2, {});
    try {
      const texts = [LONG, SHORT, SHORT, LONG, SHORT, SHORT, SHORT];
      const annotations = await Promise.all(texts.map((text) => pool.run(text)));
      expect(annotations).toEqual(texts.map((text) => annotate(text)));
    } finally {
      await pool.close();
    }
  });

  it('fails every pending text, and later ones, when a worker cannot start', async () => {
    // A worker annotates once at start-up; with invalid options that throws and the thread dies.
    const pool = createWorkerPool(2, { knownEntities: 5 } as never);
    try {
      const settled = await Promise.allSettled([SHORT, SHORT, SHORT, SHORT, SHORT].map((text) => pool.run(text)));
      expect(settled.every((result) => result.status === 'rejected')).toBe(true);
      await expect(pool.run(SHORT)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });

  it('rejects the texts still in hand when it is closed', async () => {
    const pool = createWorkerPool(1, {});
    const settled = Promise.allSettled([LONG, LONG, LONG].map((text) => pool.run(text)));
    await pool.close();
    expect((await settled).map((result) => result.status === 'rejected' && String(result.reason))).toEqual(Array(3).fill('Error: presswork: the worker pool was closed'));
  });

  it('annotates the texts of a thread that ran out of heap again on a thread without the ceiling', async () => {
    // A ceiling far below what loading the model takes: both first threads run out while loading
    // it, with the texts already sent to them in hand.
    let replaced = 0;
    const pool = createWorkerPool(2, {}, { heapLimits: { maxOldGenerationSizeMb: 4 }, onThreadReplaced: () => (replaced += 1) });
    try {
      const texts = [SHORT, LONG, SHORT, SHORT];
      const annotations = await Promise.all(texts.map((text) => pool.run(text)));
      expect(annotations).toEqual(texts.map((text) => annotate(text)));
      expect(replaced).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('renders each document as read, and hands back its output and the bad ones, also from a replaced thread', async () => {
    let replaced = 0;
    const plan: RenderPlan = { format: 'jsonl', stages: ['entities', 'quotes'], target: 'corpus-entry' };
    const pool = createRenderingPool(2, {}, plan, { heapLimits: { maxOldGenerationSizeMb: 4 }, onThreadReplaced: () => (replaced += 1) });
    const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
    const documents: RawDocument[] = [
      { kind: 'record', source: 'c.jsonl', line: 1, fallbackId: 'c-1', bytes: encode({ id: 'short', text: SHORT }) },
      { kind: 'record', source: 'c.jsonl', line: 2, fallbackId: 'c-2', bytes: encode({ id: 'no-text' }) },
      { kind: 'article', source: 'long.txt', id: 'long', bytes: new TextEncoder().encode(LONG) },
    ];
    try {
      const outcomes = await Promise.all(documents.map((document) => pool.run(document)));
      const decoded = outcomes.map((outcome) => ('bad' in outcome ? outcome : { id: outcome.id, files: outcome.files.map((file) => new TextDecoder().decode(file.content as Uint8Array)) }));
      expect(decoded).toEqual([
        { id: 'short', files: renderDocument(plan, 'short', annotate(SHORT)).map((file) => file.content) },
        { bad: { source: 'c.jsonl', line: 2, reason: '`text` is missing or not a string' } },
        { id: 'long', files: renderDocument(plan, 'long', annotate(LONG)).map((file) => file.content) },
      ]);
      expect(replaced).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it.each([
    ['node --input-type=module -e …', ['--import', 'tsx', '--input-type=module', '-e', SCRIPT]],
    ['node --max-old-space-size=… --input-type=module -e …', ['--import', 'tsx', '--max-old-space-size=2048', '--input-type=module', '-e', SCRIPT]],
    ['node --max-old-space-size=… script', ['--import', 'tsx', '--max-old-space-size=2048', SCRIPT_FILE]],
  ])('starts its workers in a process run as `%s`', async (_name, args) => {
    const { code, stdout, stderr } = await runNode(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(TEXTS.map((text) => annotate(text).entities.length));
  });
});
