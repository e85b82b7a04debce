import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatScores, type DocumentScores } from '../../src/evaluate/index';
import { goldenCorpus, goldenEntities } from '../../src/fixtures';
import { goldAsAnnotation } from '../helpers/gold-as-annotation';

// Every headline figure of a DocumentScores, named for the failure message.
function headlineFigures(scores: DocumentScores): Record<string, number> {
  return {
    'ner strict F1': scores.ner.strict.f1,
    'ner span-only F1': scores.ner.spanOnly.f1,
    ...Object.fromEntries(Object.entries(scores.ner.byType).map(([type, prf]) => [`ner ${type} F1`, prf.f1])),
    'linking B³ F1': scores.linking.f1,
    'quote detection F1': scores.quotes.detection.f1,
    'quote kind accuracy': scores.quotes.kind.value,
    'quote speaker accuracy': scores.quotes.speaker.value,
    'quote end-to-end F1': scores.quotes.endToEnd.f1,
    ...Object.fromEntries(Object.entries(scores.quotes.recallByKind).map(([kind, ratio]) => [`quote ${kind} recall`, ratio.value])),
    'stance triple F1': scores.stances.triples.f1,
    'stance pair F1': scores.stances.pairs.f1,
  };
}

const goldAsPrediction = goldenCorpus.map((document) => ({
  ...document, predicted: goldAsAnnotation(document.text, document.gold),
}));

describe('evaluateCorpus', () => {
  const scores = evaluateCorpus(goldAsPrediction, goldenEntities);

  it.each([...scores.documents, scores.total].map((document) => [document.id, document] as const))(
    'scores the gold of %s against itself as 1 on everything',
    (_id, document) => {
      const figures = headlineFigures(document);
      expect(figures).toEqual(Object.fromEntries(Object.keys(figures).map((name) => [name, 1])));
    },
  );

  it('scores every gold item: nothing is skipped on the way', () => {
    const goldCount = (pick: (document: (typeof goldenCorpus)[number]) => number): number =>
      goldenCorpus.reduce((sum, document) => sum + pick(document), 0);
    expect(scores.total.ner.strict.tp).toBe(goldCount((document) => document.gold.entities.length));
    expect(scores.total.linking.mentions).toBe(goldCount((document) => document.gold.entities.length));
    expect(scores.total.quotes.detection.tp).toBe(goldCount((document) => document.gold.quotes.length));
    expect(scores.total.stances.triples.tp).toBe(goldCount((document) => document.gold.stances.length));
  });

  it('sums counts over articles for the total (micro average), not the articles\' F1s', () => {
    const emptyFirst = goldAsPrediction.map((document, index) =>
      (index === 0 ? { ...document, predicted: { entities: [], quotes: [], stances: [] } } : document));
    const total = evaluateCorpus(emptyFirst, goldenEntities).total.ner.strict;
    const first = goldenCorpus[0]?.gold.entities.length ?? 0;
    const all = scores.total.ner.strict.tp;
    expect(total).toMatchObject({ tp: all - first, fp: 0, fn: first });
    expect(total.recall).toBeCloseTo((all - first) / all);
  });
});

describe('formatScores', () => {
  const text = formatScores(evaluateCorpus(goldAsPrediction, goldenEntities));

  it('prints a row per article and a total row in each of the three tables', () => {
    for (const document of goldenCorpus) expect(text.split(document.id).length - 1).toBe(3);
    expect(text.match(/^total /gmu)).toHaveLength(3);
  });

  it('prints scores as percentages', () => {
    expect(text).toContain('100.0');
    expect(text).not.toMatch(/\b1\.000\b/u);
  });

  it('prints a dash, not 100, for a measure with nothing to judge', () => {
    const empty = formatScores(evaluateCorpus([{ id: 'empty', text: '', gold: { doc: 'empty', entities: [], quotes: [], stances: [] },
      predicted: { entities: [], quotes: [], stances: [] } }], []));
    expect(empty).toContain('–');
  });
});
