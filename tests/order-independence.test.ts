import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index';
import { readDocument } from '../src/document/read-document';

// wink-nlp learns every unknown word it reads and then tokenises later texts differently (its issue
// #143). presswork must answer the same for a text whatever the process read before it.

const ARTICLES = [
  'Marta Oyelaran\'s campaign said on Monday that it would appeal. "We will win this," Oyelaran told reporters in Lagos.',
  'Shares of Brightwater Holdings fell 4% after the company said its chief executive, Tomasz Wrobel, would step down.',
  'The senator criticised the Pentagon\'s budget. Senator Ruth Adeyemi\'s office did not respond.',
  'Kellerman\'s lawyers argued that the ruling was unfair, according to the Daily Courier.',
];

// Texts that teach wink-nlp the words above in the forms that change its tokenizer: possessives at
// the end of a sentence, words glued to punctuation, unknown names in capitals and lower case.
const PROVOCATIONS = [
  'Everyone blamed Oyelaran\'s. They also praised Kellerman\'s. Nobody mentioned Adeyemi\'s.',
  'OYELARAN\'S WIN; wrobel\'s exit, Brightwater\'s... (Kellerman\'s) "Adeyemi\'s"',
  'Pentagon\'s. Pentagon\'s? Lagos\'s! Courier\'s, Wrobel\'s; Tomasz\'s: Marta\'s.',
];

describe('order independence', () => {
  it('annotates a text the same before and after texts chosen to provoke wink-nlp\'s learning', () => {
    const before = ARTICLES.map((text) => annotate(text));
    for (const text of PROVOCATIONS) annotate(text);
    const after = ARTICLES.map((text) => annotate(text));
    expect(after).toEqual(before);
  });

  it('annotates a corpus the same in two different orders', () => {
    // Names of its own, so that the test above has not already taught them to wink-nlp.
    const corpus = [
      'Ines Barrowcliffe\'s team lost. "It hurts," Barrowcliffe said.',
      'Fans booed Barrowcliffe\'s. The club backed Dunmore\'s plan.',
      'Dunmore\'s chairman, Piet Vanterpool, praised Barrowcliffe\'s players.',
    ];
    const forwards = corpus.map((text) => annotate(text));
    const backwards = [...corpus].reverse().map((text) => annotate(text)).reverse();
    expect(backwards).toEqual(forwards);
  });

  it('splits a possessive the same way after wink-nlp has seen it at the end of a sentence', () => {
    const text = 'Marta Oyelaran\'s brother spoke.';
    const fresh = readDocument(text).tokens.map((token) => token.value);
    readDocument('They all blamed Oyelaran\'s.');
    expect(readDocument(text).tokens.map((token) => token.value)).toEqual(fresh);
    expect(fresh).toEqual(['Marta', 'Oyelaran', "'s", 'brother', 'spoke', '.']);
  });

  it('keeps reading a plain word it learned in an earlier text as a plain word', () => {
    readDocument('Delegates cheered Zubrovka. Zubrovka, zubrovka and ZUBROVKA were everywhere.');
    const tokens = readDocument('Officials in Zubrovka declined to comment.').tokens;
    expect(tokens.map((token) => [token.value, token.type])).toContainEqual(['Zubrovka', 'word']);
  });

  it('does not carry the type a word had inside a glued chunk into the next text', () => {
    // Glued to an amount, `AUD` is split off by wink's currency pattern; read alone, it is a word.
    readDocument('The fee was AUD120 per night.');
    const tokens = readDocument('The AUD rose sharply.').tokens;
    expect(tokens.map((token) => [token.value, token.type])).toContainEqual(['AUD', 'word']);
  });

  /** The text's tokens and types when first read, and again after `lesson` taught wink-nlp its words. */
  function readBeforeAndAfter(text: string, lesson: string): { fresh: string[][]; after: string[][] } {
    const tokensOf = (): string[][] => readDocument(text).tokens.map((token) => [token.value, token.type]);
    const fresh = tokensOf();
    readDocument(lesson);
    return { fresh, after: tokensOf() };
  }

  it('keeps reading a number it learned in an earlier text as the same number token', () => {
    const { fresh, after } = readBeforeAndAfter(
      'The union said 7,318,204 members voted, up from 6.25 million.',
      '(7,318,204) votes; $7,318,204 raised, 7,318,204-strong, 7,318,204. Then 6.25, (6.25) and 6.25%.',
    );
    expect(after).toEqual(fresh);
    expect(fresh).toContainEqual(['7,318,204', 'number']);
  });

  it('keeps reading a hyphenated word it learned in an earlier text as one word', () => {
    const { fresh, after } = readBeforeAndAfter(
      'Critics called the ultra-quaintish plan a half-measure.',
      'Ultra-quaintish! (ultra-quaintish) "half-measure," half-measure. ULTRA-QUAINTISH-LOOKING half-measures',
    );
    expect(after).toEqual(fresh);
    expect(fresh).toContainEqual(['ultra-quaintish', 'word']);
  });

  it('reads an abbreviation it learned in an earlier text as a fresh reader would', () => {
    const { fresh, after } = readBeforeAndAfter(
      'Q.Z. officials met V.K. envoys, and J. Smith (of the Q.Z.) spoke.',
      'Q.Z. and V.K. agreed. The q.z. view, (V.K.) and "Q.Z." all held; J. spoke.',
    );
    expect(after).toEqual(fresh);
  });

  it('splits an abbreviation after the same text wrote it without its last point, even when an earlier text taught it whole', () => {
    // A fresh reader that has met `Q.Z` reads `Q.Z.` as `Q.Z` + `.`; what it learned before must not change that.
    readDocument('Q.Z. officials said nothing.');
    const tokens = readDocument('Exports to Q.Z . rose. Q.Z. officials said.').tokens.map((token) => token.value);
    expect(tokens).toEqual(['Exports', 'to', 'Q.Z', '.', 'rose', '.', 'Q.Z', '.', 'officials', 'said', '.']);
  });
});
