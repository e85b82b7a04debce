import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read-document';
import { makeSpan } from '../../src/document/offsets';
import { createReader, type WinkReader } from '../../src/document/nlp';

function sentenceTexts(text: string): string[] {
  const doc = readDocument(text);
  return doc.sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('readDocument', () => {
  it.each([
    ['a headline before the body', 'Leaders meet in Geneva\nThe talks began on Monday.', ['Leaders meet in Geneva', 'The talks began on Monday.']],
    ['a list of related headlines', 'Oil prices rise\nMarkets fall sharply\nMore news', ['Oil prices rise', 'Markets fall sharply', 'More news']],
    ['a blank line between paragraphs', 'First paragraph ends here\n\nsecond one is lower case', ['First paragraph ends here', 'second one is lower case']],
    ['a CRLF line break', 'A headline\r\nThe body starts.', ['A headline', 'The body starts.']],
  ])('breaks a sentence at %s', (_name, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });

  it('gives a line break between two sentences to one of them, never to an earlier sentence', () => {
    const doc = readDocument('Rain is expected today.\nStorms hit the coast\n\nMore news\n\nThe roads stayed open.');
    const breaks = doc.tokens.filter((token) => token.type === 'tabCRLF');
    expect(breaks).toHaveLength(3);
    for (const lineBreak of breaks) {
      const neighbours = [doc.tokens[lineBreak.index - 1]?.sentence, doc.tokens[lineBreak.index + 1]?.sentence];
      expect(neighbours).toContain(lineBreak.sentence);
    }
  });

  it('keeps a hard-wrapped sentence whole when the next line goes on in lower case', () => {
    expect(sentenceTexts('The minister said the talks\nwould resume next week.')).toEqual([
      'The minister said the talks\nwould resume next week.',
    ]);
  });

  it.each([
    ['Maj. Gen. Qasem Hamidi', 'He met Maj. Gen. Qasem Hamidi in the capital.'],
    ['Dr. Jane Smith', 'The report was written by Dr. Jane Smith last year.'],
    ['Sen. John Doe', 'The bill was backed by Sen. John Doe on Friday.'],
  ])('never ends a sentence after the title in %s', (_name, text) => {
    expect(sentenceTexts(text)).toEqual([text]);
  });

  it.each([
    ['tabs', 'one\ttwo\tthree'],
    ['CRLF line breaks', 'one\r\ntwo\r\n\r\nThree.'],
    ['non-breaking spaces', 'one\u00a0two \u00a0 three'],
    ['emoji and astral characters', 'Good 😀 news 𝒳 here'],
    ['a lone surrogate', 'broken \ud800 text'],
    ['right-to-left text', 'مرحبا بالعالم said Ali'],
  ])('gives every token the offsets of its text with %s', (_name, text) => {
    const doc = readDocument(text);
    for (const token of doc.tokens) {
      expect(text.slice(token.start, token.end)).toBe(token.value);
    }
  });

  it('reads an empty string as a document with no tokens and no sentences', () => {
    expect(readDocument('')).toEqual({ text: '', tokens: [], sentences: [], tokenStarts: new Int32Array(0) });
  });

  it('splits a possessive off a name however often the text has used it before', () => {
    const text = 'Voters blamed Kowalczyk\'s. Later, Anna Kowalczyk\'s husband spoke.';
    const values = readDocument(text).tokens.map((token) => token.value);
    expect(values.filter((value) => value === 'Kowalczyk')).toHaveLength(2);
    expect(values.filter((value) => value === "'s")).toHaveLength(2);
  });

  it('gives a word the lemma of its tag in each place, however often it was read before', () => {
    const lemmasOf = (text: string) => readDocument(text).tokens.map((token) => `${token.value}/${token.pos}/${token.lemma}`);
    const text = 'They saw the old saw in the shed.';
    const first = lemmasOf(text);
    readDocument('She saw it. The saw was sharp. He saw them saw the logs.');
    expect(lemmasOf(text)).toEqual(first);
    expect(first.slice(0, 5)).toEqual(['They/PRON/they', 'saw/VERB/see', 'the/DET/the', 'old/ADJ/old', 'saw/NOUN/saw']);
  });

  it('reads each part of a contraction with its own normal form and lemma', () => {
    const tokens = readDocument("They can't go, and we won't.").tokens;
    expect(tokens.map((token) => [token.value, token.normal, token.lemma])).toEqual(expect.arrayContaining([
      ['ca', 'can', 'can'], ["n't", 'not', 'not'], ['wo', 'will', 'will'],
    ]));
  });
});

describe('makeSpan', () => {
  it('fills the text by slicing, so the offset invariant holds by construction', () => {
    expect(makeSpan('Vladimir Putin said', 9, 14)).toEqual({ start: 9, end: 14, text: 'Putin' });
  });

  it('clamps offsets outside the text instead of producing an invalid span', () => {
    expect(makeSpan('abc', -2, 10)).toEqual({ start: 0, end: 3, text: 'abc' });
    expect(makeSpan('abc', 2, 1)).toEqual({ start: 2, end: 2, text: '' });
  });
});

describe('rebuilding the wink-nlp reader', () => {
  it('builds the reader many times over without growing the model or reading differently', () => {
    // presswork rebuilds its wink-nlp instance whenever wink's tables fill up, about every 0.4 MB of news.
    const text = 'Dr. Amara Velasquez-Oduya told reporters on Tuesday that 14,250 ballots were missing.';
    const tokensOf = (reader: WinkReader): string[] => reader.nlp.readDoc(text).tokens().out();
    const first = tokensOf(createReader());
    let last: string[] = [];
    // Without care the model's own data doubled with each build, and the 21st build threw.
    for (let build = 0; build < 24; build += 1) last = tokensOf(createReader());
    expect(last).toEqual(first);
  }, 60_000);
});
