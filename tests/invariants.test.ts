import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate, attributeQuotes, scoreStances, tagEntities } from '../src/index';
import type { Annotation, Span } from '../src/index';
import { arabicOfLength, nestedBrackets, quoteMarks } from '../bench/texts';

// Properties that hold for ANY string: presswork never throws on content, every span is a true
// slice of the text, entity mentions are sorted and disjoint, and the output depends on the text
// and options alone. The sentences below were written for these tests, not taken from the seeds.

const ARTICLE = [
  'Ministers Meet in Geneva',
  '',
  'GENEVA (Reuters) - The foreign minister of France said on Monday that Paris would back new talks.',
  '"We will not stand aside," Minister Jean Dupont told reporters. "This is a moment for all of us."',
  'According to a spokesman for the United Nations, Germany and Britain support the plan,',
  'while Russia criticised it. Dr. Maria Lopez, an adviser, said the US opposed "any delay".',
  'Mr. Smith, who leads the group, added: “The Government of Iran must respond.”',
].join('\n');

/** Every span an annotation contains, with where it was found, for the offset invariant. */
function spansOf(annotation: Annotation): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  annotation.sentences.forEach((span, i) => spans.push([`sentences[${i}]`, span]));
  annotation.entities.forEach((span, i) => spans.push([`entities[${i}]`, span]));
  annotation.quotes.forEach((quote, i) => {
    spans.push([`quotes[${i}].content`, quote.content]);
    if (quote.cue !== null) spans.push([`quotes[${i}].cue`, quote.cue]);
    if (quote.speaker.mention !== null) spans.push([`quotes[${i}].speaker.mention`, quote.speaker.mention]);
  });
  annotation.stances.forEach((stance, i) => stance.evidence.forEach((span, j) => spans.push([`stances[${i}].evidence[${j}]`, span])));
  return spans;
}

/** Throws, naming the field, unless every span is a valid slice of `text`. */
function expectValidSpans(text: string, annotation: Annotation): void {
  expect(annotation.text).toBe(text);
  for (const [where, span] of spansOf(annotation)) {
    const valid = Number.isInteger(span.start) && Number.isInteger(span.end)
      && span.start >= 0 && span.start <= span.end && span.end <= text.length
      && text.slice(span.start, span.end) === span.text;
    if (!valid) throw new Error(`${where} is not a slice of the text: ${JSON.stringify(span)}`);
  }
}

/** Throws unless the entity mentions are sorted by start and never overlap. */
function expectSortedDisjointEntities(annotation: Annotation): void {
  annotation.entities.forEach((mention, i) => {
    const previous = annotation.entities[i - 1];
    if (previous !== undefined && previous.end > mention.start) {
      throw new Error(`entities[${i - 1}] and entities[${i}] overlap or are out of order: ${JSON.stringify([previous, mention])}`);
    }
  });
}

// Pieces of news-like text mixed with the characters that break naive offset code.
const PIECES = [
  'said', 'told', 'according to', 'the', 'he', 'she', 'they', 'would', 'support', 'oppose', 'criticised', 'backed',
  'Minister', 'President', 'Mr.', 'Dr.', 'Gen.', 'France', 'Paris', 'Germany', 'United Nations', 'NATO', 'Reuters',
  'Jean', 'Dupont', 'Maria', 'Lopez', 'The', 'Government', 'Of', 'New', 'York', 'US', "Russia's", 'U.S.',
  ' ', ' ', ' ', ',', '.', ':', ';', '!', '?', '-', '—', '(', ')', '[', ']',
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '\r\n', '\n', '\n\n', '\r', '\t',
  '\u00a0', '\u200e', '\u200f', '\u202b', '\u202c', '\u2028', '\ufeff', '\u0000', '\u0007', '\u001b',
  '\ud800', '\udfff', '😀', '👩‍👩‍👧', '𝒳', 'مرحبا', 'שלום', 'é', 'e\u0301',
];
const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const mixedUnits = fc.string({ unit: fc.oneof(fc.constantFrom(...PIECES), loneSurrogate, controlCharacter, fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 60 });

// Moderate run counts: each run annotates a short string a few times; the whole file stays well under 30 s.
const RUNS = { numRuns: 150 };
const ANY_STRING: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['any code points (binary)', fc.string({ unit: 'binary', maxLength: 200 })],
  ['any graphemes', fc.string({ unit: 'grapheme', maxLength: 100 })],
  ['news-like text with hostile characters', newsLike],
  ['a mix with lone surrogates and control characters', mixedUnits],
];

describe('annotate on any string', () => {
  it.each(ANY_STRING)('never throws and gives valid, sorted, disjoint spans for %s', (_name, strings) => {
    fc.assert(fc.property(strings, (text) => {
      const annotation = annotate(text);
      expectValidSpans(text, annotation);
      expectSortedDisjointEntities(annotation);
    }), RUNS);
  });

  it.each(ANY_STRING)('is deterministic and agrees with the single-stage functions for %s', (_name, strings) => {
    fc.assert(fc.property(strings, (text) => {
      const annotation = annotate(text);
      expect(annotate(text)).toEqual(annotation);
      expect(tagEntities(text)).toEqual(annotation.entities);
      expect(attributeQuotes(text)).toEqual(annotation.quotes);
      expect(scoreStances(text)).toEqual(annotation.stances);
    }), { numRuns: 60 });
  });
});

// Smaller versions (about 100 kB) of the hostile inputs that `npm run bench` times.
const NEWS = `${ARTICLE}\n\n`.repeat(Math.ceil(100_000 / (ARTICLE.length + 2))).slice(0, 100_000);
const HOSTILE: ReadonlyArray<[string, string]> = [
  ['the empty string', ''],
  ['only whitespace', ' \t\r\n\u00a0\u2003\n\n  '],
  ['only emoji', '😀👍🏽🇫🇷👩‍👩‍👧'.repeat(50)],
  ['right-to-left text with a Latin name', 'قال الرئيس Jean Dupont إن «المفاوضات» ستستمر.\u200f'],
  ['an article with CRLF line breaks', ARTICLE.replace(/\n/gu, '\r\n')],
  ['unbalanced quotes', '"He said "no. “Then ‘they left, the minister said." «Yes'],
  ['lone surrogates inside names', 'Jean\ud800 Dupont said \udc00"France\ud83d" would act.'],
  ['100 kB with no whitespace', NEWS.replace(/\s+/gu, '')],
  ['100 kB with no punctuation', NEWS.replace(/\p{P}+/gu, '')],
  ['10,000 quote marks', quoteMarks(10_000)],
  ['1,000 nested brackets', nestedBrackets(1_000)],
  ['one 100 kB sentence', NEWS.replace(/[.!?]+/gu, ',').replace(/\s+/gu, ' ')],
  ['100 kB of capitalised words', NEWS.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase())],
  ['a 500 kB article in Arabic script', arabicOfLength(500_000)],
];

describe('annotate on hostile inputs', () => {
  it.each(HOSTILE)('annotates %s without throwing, with valid spans', (_name, text) => {
    const annotation = annotate(text);
    expectValidSpans(text, annotation);
    expectSortedDisjointEntities(annotation);
  });
});

describe('argument checking', () => {
  const PUBLIC_FUNCTIONS = [
    ['annotate', annotate], ['tagEntities', tagEntities], ['attributeQuotes', attributeQuotes], ['scoreStances', scoreStances],
  ] as const;
  const NOT_STRINGS: readonly unknown[] = [undefined, null, 42, true, {}, [], ['text'], new String('text'), Symbol('text')];

  it.each(PUBLIC_FUNCTIONS)('%s throws a TypeError naming `text` for any non-string', (_name, run) => {
    for (const value of NOT_STRINGS) {
      expect(() => run(value as string)).toThrow(TypeError);
      expect(() => run(value as string)).toThrow(/`text` must be a string/);
    }
  });

  it.each([
    ['an unknown option', { knownEntites: [] }, /unknown option `options\.knownEntites`/],
    ['options that are not an object', 'France', /`options` must be an object/],
    ['null options', null, /`options` must be an object/],
    ['targets that are not an array', { targets: 'France' }, /`options\.targets` must be an array/],
    ['a target that is not a string', { targets: ['France', 7] }, /`options\.targets\[1\]` must be a string/],
    ['knownEntities that are not an array', { knownEntities: {} }, /`options\.knownEntities` must be an array/],
    ['a known entity without a name', { knownEntities: [{ type: 'ORG' }] }, /`options\.knownEntities\[0\]\.name`/],
    ['a known entity of an unknown type', { knownEntities: [{ name: 'Acme', type: 'COMPANY' }] }, /`options\.knownEntities\[0\]\.type`/],
    ['aliases that are not strings', { knownEntities: [{ name: 'Acme', type: 'ORG', aliases: [1] }] }, /`options\.knownEntities\[0\]\.aliases\[0\]`/],
  ])('throws a TypeError naming the option for %s', (_name, options, message) => {
    for (const [, run] of PUBLIC_FUNCTIONS) {
      expect(() => run('Paris is in France.', options as never)).toThrow(TypeError);
      expect(() => run('Paris is in France.', options as never)).toThrow(message);
    }
  });

  it('accepts valid options', () => {
    const options = { knownEntities: [{ name: 'Acme Widgets', type: 'ORG', aliases: ['Acme'] }], targets: ['France'] } as const;
    expect(() => annotate(ARTICLE, options)).not.toThrow();
  });
});

describe('concurrent use', () => {
  const TEXTS = [ARTICLE, 'Acme said profits rose in Paris.', '', 'Mr. Smith told the UN "no".\r\nBerlin agreed.', ARTICLE.toUpperCase()];
  const OPTIONS = [undefined, { knownEntities: [{ name: 'Acme Widgets', type: 'ORG', aliases: ['Acme'] }] } as const, { targets: ['France'] }];

  it('gives the same results from many interleaved async tasks as one after another', async () => {
    const jobs = Array.from({ length: 60 }, (_, i) => ({ text: TEXTS[i % TEXTS.length] ?? '', options: OPTIONS[i % OPTIONS.length] }));
    const sequential = jobs.map((job) => annotate(job.text, job.options));
    const concurrent = await Promise.all(jobs.map((job) => new Promise<Annotation>((resolve) => {
      setImmediate(() => resolve(annotate(job.text, job.options)));
    })));
    expect(concurrent).toEqual(sequential);
  });

  it('leaves no trace of one call’s options in the next call', () => {
    const before = annotate(TEXTS[1] ?? '');
    annotate(TEXTS[1] ?? '', OPTIONS[1]);
    expect(annotate(TEXTS[1] ?? '')).toEqual(before);
  });

  // Worker threads: tests/node/annotate-many.test.ts checks that annotateMany with 1, 2 and 3
  // threads (with and without options) returns exactly what annotate() returns in this thread.
});

// The only mutable module-level state allowed is wink-nlp's lazily created instance (STYLE §3):
// anything else would leak one call's text or options into the next, or differ between threads.
describe('module-level state', () => {
  const SOURCE_ROOT = new URL('../src/', import.meta.url);
  const files = readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, source: readFileSync(new URL(name, SOURCE_ROOT), 'utf8') }));
  const COLLECTION = /^(?:export )?const ([\w$]+)\b[^=\n]*=\s*(?:new (?:Map|Set|WeakMap|WeakSet|Array)\b|\[|\{)/gmu;

  it('declares no top-level `let` or `var` except the wink-nlp instance', () => {
    const found = files.flatMap(({ name, source }) => [...source.matchAll(/^(?:export )?(?:let|var)\s+([\w$]+)/gmu)]
      .map((match) => `${name}: ${match[1] ?? ''}`));
    expect(found).toEqual(['document/nlp.ts: reader']);
  });

  it('never mutates a top-level Map, Set, array or object', () => {
    const found = files.flatMap(({ name, source }) => [...source.matchAll(COLLECTION)].flatMap((match) => {
      const constant = match[1] ?? '';
      const mutation = new RegExp(`(?<![\\w$.])${constant.replace(/\$/gu, '\\$')}(?:\\.(?:set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse|fill)\\(|\\[[^\\]]*\\]\\s*=[^=]|\\.[\\w$]+\\s*=[^=])`, 'u');
      return mutation.test(source) ? [`${name}: ${constant}`] : [];
    }));
    expect(found).toEqual([]);
  });
});
