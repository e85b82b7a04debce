import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../../src/evaluate/build-catalog-index';
import { formatMistakes } from '../../src/evaluate/format-mistakes';
import { listMistakes } from '../../src/evaluate/list-mistakes';
import type { GoldAnnotation } from '../../src/fixtures/types';
import type { EntityMention, EntityType, Quote, Speaker } from '../../src/types';
import { spanOf } from '../helpers/span-of';

const TEXT = 'Governor Maria Lund said Oslo would back the Harbour League, calling it “a fair deal”.';
const INDEX = buildCatalogIndex([{ name: 'Maria Lund', type: 'PERSON', aliases: ['Lund', 'Maria Lund'] }]);

const mention = (fragment: string, type: EntityType): EntityMention => ({ ...spanOf(TEXT, fragment), type, entity: fragment });
const LUND: Speaker = { mention: spanOf(TEXT, 'Maria Lund'), entity: 'Maria Lund', description: null };
const quote = (kind: Quote['kind'], content: string, speaker: Speaker): Quote =>
  ({ kind, content: spanOf(TEXT, content), speaker, cue: spanOf(TEXT, 'said') });

const GOLD: GoldAnnotation = {
  doc: 'lund',
  entities: [mention('Maria Lund', 'PERSON'), mention('Oslo', 'GPE'), mention('Harbour League', 'ORG')],
  quotes: [quote('indirect', 'Oslo would back the Harbour League', LUND), quote('partial', 'a fair deal', LUND)],
  stances: [{ holder: 'Norway', target: 'Harbour League', polarity: 'support', evidence: [spanOf(TEXT, 'Oslo would back the Harbour League')] }],
};

describe('listMistakes', () => {
  it('finds nothing wrong with the gold itself', () => {
    const mistakes = listMistakes(GOLD, { ...GOLD, stances: [] }, INDEX);
    expect(mistakes.entities).toEqual({ missed: [], spurious: [], retyped: [] });
    expect(mistakes.quotes).toEqual({ missed: [], spurious: [], wrongKind: [], wrongSpeaker: [] });
    expect(mistakes.stances.missed).toHaveLength(1);
  });

  it('lists missed, spurious and retyped mentions', () => {
    const predicted = [mention('Governor Maria Lund', 'PERSON'), mention('Oslo', 'GPE'), mention('Harbour League', 'GPE')];
    const { entities } = listMistakes(GOLD, { entities: predicted, quotes: [], stances: [] }, INDEX);
    expect(entities.missed.map((item) => item.text)).toEqual(['Maria Lund']);
    expect(entities.spurious.map((item) => item.text)).toEqual(['Governor Maria Lund']);
    expect(entities.retyped.map((pair) => [pair.gold.type, pair.predicted.type])).toEqual([['ORG', 'GPE']]);
  });

  it('lists quotes missed, spurious, and matched with the wrong kind or speaker', () => {
    const predicted = [
      quote('direct', 'Oslo would back the Harbour League', { mention: null, entity: 'Oslo', description: null }),
      quote('direct', 'Governor', LUND),
    ];
    const { quotes } = listMistakes(GOLD, { entities: [], quotes: predicted, stances: [] }, INDEX);
    expect(quotes.missed.map((item) => item.content.text)).toEqual(['a fair deal']);
    expect(quotes.spurious.map((item) => item.content.text)).toEqual(['Governor']);
    expect(quotes.wrongKind).toHaveLength(1);
    expect(quotes.wrongSpeaker).toHaveLength(1);
  });

  it('lists stances by normalised triple, leaving neutral predictions out', () => {
    const predicted = [
      { holder: 'norway', target: 'Harbour League', polarity: 'oppose' as const, score: -1, evidence: [] },
      { holder: 'Oslo', target: 'Maria Lund', polarity: 'neutral' as const, score: 0, evidence: [] },
    ];
    const { stances } = listMistakes(GOLD, { entities: [], quotes: [], stances: predicted }, INDEX);
    expect(stances.missed).toHaveLength(1);
    expect(stances.spurious.map((item) => item.polarity)).toEqual(['oppose']);
  });
});

describe('formatMistakes', () => {
  it('marks misses with -, false alarms with + and differing pairs with ~', () => {
    const predicted = [mention('Governor Maria Lund', 'PERSON'), mention('Harbour League', 'GPE')];
    const text = formatMistakes('lund', listMistakes(GOLD, { entities: predicted, quotes: [], stances: [] }, INDEX));
    expect(text).toMatch(/^== lund$/mu);
    expect(text).toContain('- 9-19 PERSON "Maria Lund"');
    expect(text).toContain('+ 0-19 PERSON "Governor Maria Lund"');
    expect(text).toContain('~ 45-59 ORG "Harbour League" → Harbour League  predicted GPE');
  });

  it('says so when there is nothing to list', () => {
    expect(formatMistakes('lund', listMistakes(GOLD, { ...GOLD, stances: GOLD.stances.map((s) => ({ ...s, score: 1 })) }, INDEX)))
      .toBe('== lund\n  no mistakes');
  });
});
