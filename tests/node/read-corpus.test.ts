import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeDocument, readCorpus, readRawCorpus, type BadDocument, type RawDocument } from '../../src/node/read-corpus';
import type { CorpusDocument } from '../../src/node/index';

const directory = mkdtempSync(join(tmpdir(), 'presswork-read-corpus-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

async function read(paths: string[], stdin?: NodeJS.ReadableStream): Promise<{ documents: CorpusDocument[]; bad: BadDocument[] }> {
  const documents: CorpusDocument[] = [];
  const bad: BadDocument[] = [];
  for await (const document of readCorpus(paths, (item) => bad.push(item), stdin)) documents.push(document);
  return { documents, bad };
}

describe('readCorpus', () => {
  it('reads a plain-text article whole, byte for byte, named after its file', async () => {
    const text = 'Headline\r\n\r\n{not json} A “quoted” line\twith a tab and\u00a0NBSP 😀\n';
    const { documents } = await read([file('my-article.txt', text)]);
    expect(documents).toEqual([{ id: 'my-article', text }]);
  });

  it('reads a JSONL corpus line by line, skipping blank lines and naming bad ones by line number', async () => {
    const path = file('corpus.jsonl', [
      '{"id":"one","text":"First."}',
      '',
      '{"id":"two","text":"Second.\\nWith a newline."}',
      '{"id":"three","text":',
      '{"id":4,"text":"Numeric id."}',
      '{"id":"five"}',
      '[1,2]',
      '{"text":"No id."}',
    ].join('\r\n'));
    const { documents, bad } = await read([path]);
    expect(documents).toEqual([
      { id: 'one', text: 'First.' },
      { id: 'two', text: 'Second.\nWith a newline.' },
      { id: '4', text: 'Numeric id.' },
      { id: 'corpus-8', text: 'No id.' },
    ]);
    expect(bad.map(({ line, reason }) => [line, reason.split(' (')[0]])).toEqual([
      [4, 'not valid JSON'],
      [6, '`text` is missing or not a string'],
      [7, 'not a JSON object'],
    ]);
    expect(bad.every((item) => item.source === path)).toBe(true);
  });

  it('recognises a JSONL corpus by its first line whatever its name', async () => {
    const { documents } = await read([file('corpus.txt', '\n{"id":"a","text":"Alpha."}\n{"id":"b","text":"Beta."}\n')]);
    expect(documents.map((document) => document.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['an article', 'Plain news.\nSecond line.', [{ id: 'stdin', text: 'Plain news.\nSecond line.' }]],
    ['a corpus', '{"id":"s","text":"From stdin."}\n', [{ id: 's', text: 'From stdin.' }]],
    ['nothing', '', [{ id: 'stdin', text: '' }]],
  ])('reads %s from stdin (-)', async (_name, input, expected) => {
    const { documents } = await read(['-'], Readable.from([Buffer.from(input)]));
    expect(documents).toEqual(expected);
  });

  it('reads any file as JSONL when told to (--jsonl), whatever its name and first line', async () => {
    const path = file('records.txt', 'not a record\n{"id":"r","text":"Record."}\n');
    const bad: BadDocument[] = [];
    const documents: CorpusDocument[] = [];
    for await (const document of readCorpus([path], (item) => bad.push(item), undefined, { jsonl: true })) documents.push(document);
    expect(documents).toEqual([{ id: 'r', text: 'Record.' }]);
    expect(bad.map((item) => item.line)).toEqual([1]);
  });

  it('reports a file that cannot be read and goes on with the next', async () => {
    const missing = join(directory, 'missing.txt');
    const { documents, bad } = await read([missing, directory, file('next.txt', 'Next.')]);
    expect(documents).toEqual([{ id: 'next', text: 'Next.' }]);
    expect(bad.map((item) => [item.source, item.line, item.reason])).toEqual([
      [missing, undefined, 'cannot be read (ENOENT)'],
      [directory, undefined, 'cannot be read (EISDIR)'],
    ]);
  });

  it('skips a binary file, saying it is not text, and goes on with the next', async () => {
    // Every byte value ten times over, as in compressed or image data: controls and invalid UTF-8.
    const bytes = Buffer.from(Array.from({ length: 2560 }, (_, index) => (index * 7) % 256));
    const binary = join(directory, 'scan.pdf');
    writeFileSync(binary, bytes);
    const { documents, bad } = await read([binary, file('after.txt', 'After.')]);
    expect(documents).toEqual([{ id: 'after', text: 'After.' }]);
    expect(bad).toEqual([{ source: binary, line: undefined, reason: expect.stringMatching(/^not text \(\d+% control or replacement characters\)$/) }]);
  });

  it('skips a JSONL record whose text is binary data, naming its line', async () => {
    const junk = '\u0000\u0001\ufffd\ufffdPK\u0003\u0004\ufffd\u0014\u0000\u0008';
    const { documents, bad } = await read([file('mixed.jsonl', [
      JSON.stringify({ id: 'junk', text: junk }),
      JSON.stringify({ id: 'news', text: 'The council met on Monday.' }),
    ].join('\n'))]);
    expect(documents.map((document) => document.id)).toEqual(['news']);
    expect(bad.map((item) => [item.line, item.reason.split(' (')[0]])).toEqual([[1, 'not text']]);
  });

  it('still reads an article saved as Windows-1252, whose curly quotes decode as a few replacement characters', async () => {
    const article = 'The minister said \u201cwe will not move\u201d \u2013 and the union disagreed.\nTalks resume on Friday.\n';
    const path = join(directory, 'windows-1252.txt');
    // 0x93, 0x94 and 0x96 are the curly quotes and the en dash in Windows-1252, and invalid as UTF-8.
    writeFileSync(path, Buffer.from(article.replace(/\u201c/g, '\u0093').replace(/\u201d/g, '\u0094').replace(/\u2013/g, '\u0096'), 'latin1'));
    const { documents, bad } = await read([path]);
    expect(bad).toEqual([]);
    expect(documents[0]?.text).toBe(article.replace(/[\u201c\u201d\u2013]/g, '\ufffd'));
  });

  it('reads a short line with two replacement characters as text', async () => {
    const { documents, bad } = await read([file('short.txt', '\ufffdNo,\ufffd she said.')]);
    expect([documents.length, bad]).toEqual([1, []]);
  });

  it('reads text with tabs, form feeds and CRLF line ends as text', async () => {
    const text = 'Col\tumn\r\nPage one.\fPage two.\u000b\r\n';
    const { documents, bad } = await read([file('layout.txt', text)]);
    expect([documents, bad]).toEqual([[{ id: 'layout', text }], []]);
  });

  it('reads the inputs in order', async () => {
    const { documents } = await read([file('b.txt', 'B.'), file('c.jsonl', '{"id":"c1","text":"C."}'), file('a.txt', 'A.')]);
    expect(documents.map((document) => document.id)).toEqual(['b', 'c1', 'a']);
  });

  it('streams a large JSONL corpus without holding it in memory', async () => {
    const path = join(directory, 'large.jsonl');
    const out = createWriteStream(path);
    const line = `${JSON.stringify({ id: 'x', text: 'Officials in Paris said the talks would resume. '.repeat(20) })}\n`;
    const lines = Math.ceil((32 * 1024 * 1024) / line.length);
    for (let index = 0; index < lines; index += 1) if (!out.write(line)) await once(out, 'drain');
    out.end();
    await once(out, 'close');
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    for await (const document of readCorpus([path], () => undefined)) {
      count += document.text.length > 0 ? 1 : 0;
      if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(count).toBe(lines);
    // 32 MB of input would be over 32 MB of heap if held; streamed, the heap grows by a fraction of it.
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  });

  it('splits lines where a CRLF falls across two chunks of the stream', async () => {
    const chunks = ['{"id":"a","text":"Alpha."}\r', '\n{"id":"b","text":"Beta."}\r\n\r\n'].map((chunk) => Buffer.from(chunk));
    const { documents, bad } = await read(['-'], Readable.from(chunks));
    expect([documents, bad]).toEqual([[{ id: 'a', text: 'Alpha.' }, { id: 'b', text: 'Beta.' }], []]);
  });
});

describe('readCorpus line ends, blank lines and byte-order marks', () => {
  const records = (ids: readonly string[]): string[] => ids.map((id) => JSON.stringify({ id, text: `Text ${id}.` }));

  it('ends a line at a lone carriage return too, as readline does, numbering lines alike', async () => {
    const { documents, bad } = await read(['-'], Readable.from([Buffer.from(`${records(['a']).join('')}\r{broken\r${records(['c']).join('')}`)]));
    expect(documents.map((document) => document.id)).toEqual(['a', 'c']);
    expect(bad.map((item) => item.line)).toEqual([2]);
  });

  it('keeps a carriage return that ends a chunk apart from a next chunk that is not a line feed', async () => {
    const [first, second] = records(['a', 'b']);
    const { documents } = await read(['-'], Readable.from([Buffer.from(`${first}\r`), Buffer.from(`${second}\n`)]));
    expect(documents.map((document) => document.id)).toEqual(['a', 'b']);
  });

  it('joins a line, and a character, split across many chunks', async () => {
    const line = JSON.stringify({ id: 'long', text: 'Café “déjà vu” 😀 '.repeat(200) });
    const bytes = Buffer.from(`${line}\n`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) => bytes.subarray(index * 7, index * 7 + 7));
    const { documents, bad } = await read(['-'], Readable.from(chunks));
    expect([documents, bad]).toEqual([[JSON.parse(line)], []]);
  });

  it('skips lines of Unicode white space as blank, and reads a record after a byte-order mark', async () => {
    const content = `\ufeff${records(['a']).join('')}\n\u00a0\u3000\n\ufeff\n${records(['b']).join('')}\n`;
    const { documents, bad } = await read([file('bom.jsonl', content)]);
    expect([documents.map((document) => document.id), bad]).toEqual([['a', 'b'], []]);
  });

  it('reports a file that cannot be read in its turn, after the bad lines of the file before it', async () => {
    const corpus = file('before-missing.jsonl', `${records(['a']).join('')}\n{broken\n`);
    const { bad } = await read([corpus, join(directory, 'missing.jsonl')]);
    expect(bad.map((item) => [item.source, item.line])).toEqual([[corpus, 2], [join(directory, 'missing.jsonl'), undefined]]);
  });
});

describe('readRawCorpus and decodeDocument', () => {
  it('reads each record as its undecoded bytes with its line, and decodes it to the same document', async () => {
    const path = file('raw.jsonl', '{"id":"a","text":"Caf\u00e9 “quoted”."}\n\n{"text":"Beta."}\n');
    const raw: RawDocument[] = [];
    for await (const document of readRawCorpus([path])) raw.push(document);
    expect(raw.map((document) => [document.kind, document.kind === 'record' ? document.line : undefined])).toEqual([['record', 1], ['record', 3]]);
    expect(raw.map(decodeDocument)).toEqual([{ id: 'a', text: 'Café “quoted”.' }, { id: 'raw-3', text: 'Beta.' }]);
  });

  it('tells why a record is skipped instead of throwing', () => {
    const bytes = new TextEncoder().encode('{"id":"x"}');
    expect(decodeDocument({ kind: 'record', source: 'c.jsonl', line: 7, fallbackId: 'c-7', bytes })).toEqual({
      source: 'c.jsonl', line: 7, reason: '`text` is missing or not a string',
    });
  });
});
