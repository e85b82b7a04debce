import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../../src/evaluate/build-catalog-index';
import { isSpeakerCorrect } from '../../src/evaluate/is-speaker-correct';
import { matchQuotes } from '../../src/evaluate/match-quotes';
import { scoreQuotes } from '../../src/evaluate/score-quotes';
import type { Quote, QuoteKind, Span, Speaker } from '../../src/types';
import { spanOf } from '../helpers/span-of';

const TEXT = 'Mayor Lena Ortiz said the bridge would open in May. '
  + '“We are ready,” she added, calling the delay “regrettable but short”. '
  + 'A city engineer said the steel had arrived.';

const CATALOG = buildCatalogIndex([{ name: 'Lena Ortiz', type: 'PERSON', aliases: ['Ortiz', 'Lena Ortiz'] }]);

const ORTIZ: Speaker = { mention: spanOf(TEXT, 'Lena Ortiz'), entity: 'Lena Ortiz', description: null };
const ENGINEER: Speaker = { mention: spanOf(TEXT, 'A city engineer'), entity: null, description: 'city engineer' };

function quote(kind: QuoteKind, content: string, speaker: Speaker): Quote {
  return { kind, content: spanOf(TEXT, content), speaker, cue: null };
}

const GOLD: Quote[] = [
  quote('indirect', 'the bridge would open in May', ORTIZ),
  quote('direct', 'We are ready,', ORTIZ),
  quote('partial', 'regrettable but short', ORTIZ),
  quote('indirect', 'the steel had arrived', ENGINEER),
];

describe('matchQuotes', () => {
  it.each([
    // predicted content, matched gold index (or none)
    ['the bridge would open in May', 0],
    ['the bridge would open', 0], // 21 of the shorter 21 characters overlap
    ['bridge', 0], // a short fragment wholly inside the gold content
    ['open in May. “We are ready', 1], // 11 of 26 characters of the first quote: too few; 12 of the second's 13: enough
    ['Mayor Lena Ortiz said the', -1], // 3 characters of overlap: less than half of either
  ])('matches %j to gold quote %i', (content, expected) => {
    const matches = matchQuotes(GOLD, [quote('direct', content, ORTIZ)]);
    expect(matches.map((match) => match.gold)).toEqual(expected < 0 ? [] : [expected]);
  });

  it('matches a gold quote to only one prediction', () => {
    const predicted = [quote('indirect', 'the bridge would open', ORTIZ), quote('indirect', 'would open in May', ORTIZ)];
    expect(matchQuotes(GOLD, predicted)).toEqual([{ gold: 0, predicted: 0 }]);
  });

  it('prefers the gold quote the prediction overlaps most', () => {
    // A partial quote inside an indirect one: the prediction overlaps both enough, the indirect one more.
    const gold = [quote('partial', 'regrettable but short', ORTIZ), quote('indirect', 'calling the delay “regrettable but short', ORTIZ)];
    const predicted = [quote('indirect', 'delay “regrettable but short', ORTIZ)];
    expect(matchQuotes(gold, predicted)).toEqual([{ gold: 1, predicted: 0 }]);
  });

  it('gives a tie to the gold quote listed first, as the reference scorer does', () => {
    const gold = [quote('indirect', 'calling the delay “regrettable but short', ORTIZ), quote('partial', 'regrettable but short', ORTIZ)];
    expect(matchQuotes(gold, [gold[1]!])).toEqual([{ gold: 0, predicted: 0 }]);
  });
});

describe('isSpeakerCorrect', () => {
  const she: Span = spanOf(TEXT, 'she');
  it.each<[string, Speaker, Speaker, boolean]>([
    ['the same entity through an alias', ORTIZ, { mention: she, entity: 'Ortiz', description: null }, true],
    ['the same entity in another case', ORTIZ, { mention: null, entity: 'lena ortiz', description: null }, true],
    ['another entity', ORTIZ, { mention: she, entity: 'Ana Ortiz', description: null }, false],
    ['no entity where the gold has one', ORTIZ, { mention: ORTIZ.mention, entity: null, description: null }, false],
    ['an overlapping mention of an unnamed source', ENGINEER, { mention: spanOf(TEXT, 'city engineer'), entity: null, description: null }, true],
    ['an overlapping mention even with an entity', ENGINEER, { mention: spanOf(TEXT, 'engineer'), entity: 'Engineer', description: null }, true],
    ['a mention elsewhere', ENGINEER, { mention: ORTIZ.mention, entity: null, description: null }, false],
    ['no mention where the gold has one', ENGINEER, { mention: null, entity: null, description: null }, false],
    ['no mention where the gold has none', { mention: null, entity: null, description: null }, { mention: null, entity: null, description: null }, true],
    ['an entity where the gold has no source', { mention: null, entity: null, description: null }, { mention: null, entity: 'Lena Ortiz', description: null }, false],
  ])('judges %s', (_name, gold, predicted, expected) => {
    expect(isSpeakerCorrect(gold, predicted, CATALOG)).toBe(expected);
  });
});

describe('scoreQuotes', () => {
  it('gives 1 on everything to a prediction equal to the gold', () => {
    const scores = scoreQuotes(GOLD, GOLD, CATALOG);
    expect(scores.detection.f1).toBe(1);
    expect(scores.kind.value).toBe(1);
    expect(scores.speaker.value).toBe(1);
    expect(scores.endToEnd.f1).toBe(1);
    expect(scores.recallByKind.direct.value).toBe(1);
  });

  it('scores kind and speaker on matched quotes only, and end to end over all', () => {
    const predicted = [
      quote('indirect', 'the bridge would open in May', { ...ORTIZ, entity: 'Ortiz' }), // all right
      quote('partial', 'We are ready', ORTIZ), // wrong kind
      quote('indirect', 'the steel had arrived', ORTIZ), // wrong speaker
      quote('direct', 'Mayor Lena', ORTIZ), // matches nothing
    ];
    const scores = scoreQuotes(GOLD, predicted, CATALOG);
    expect(scores.detection).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(scores.kind).toEqual({ correct: 2, total: 3, value: 2 / 3 });
    expect(scores.speaker).toEqual({ correct: 2, total: 3, value: 2 / 3 });
    expect(scores.endToEnd).toMatchObject({ tp: 1, fp: 3, fn: 3 });
    expect(scores.recallByKind).toMatchObject({
      direct: { correct: 1, total: 1 }, partial: { correct: 0, total: 1 }, indirect: { correct: 2, total: 2 },
    });
  });
});
