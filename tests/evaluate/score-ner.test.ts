import { describe, expect, it } from 'vitest';
import { scoreNer } from '../../src/evaluate/score-ner';
import type { EntityMention, EntityType } from '../../src/types';
import { spanOf } from '../helpers/span-of';

const TEXT = 'Chancellor Angela Weber met Dutch officials in Rotterdam before the Lisbon Forum.';

function mention(fragment: string, type: EntityType, entity = fragment): EntityMention {
  return { ...spanOf(TEXT, fragment), type, entity };
}

const GOLD = [
  mention('Angela Weber', 'PERSON'),
  mention('Dutch', 'NORP'),
  mention('Rotterdam', 'GPE'),
  mention('Lisbon Forum', 'ORG'),
];

describe('scoreNer', () => {
  it('gives 1 to a prediction equal to the gold', () => {
    const scores = scoreNer(GOLD, GOLD);
    expect(scores.strict.f1).toBe(1);
    expect(scores.spanOnly.f1).toBe(1);
    expect(scores.byType.PERSON.f1).toBe(1);
  });

  it('counts a right span with the wrong type as span-only correct but a strict miss and a false alarm', () => {
    const predicted = [mention('Angela Weber', 'PERSON'), mention('Dutch', 'NORP'), mention('Rotterdam', 'GPE'),
      mention('Lisbon Forum', 'GPE')];
    const scores = scoreNer(GOLD, predicted);
    expect(scores.strict).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(scores.spanOnly).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(scores.byType.ORG).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scores.byType.GPE).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('gives no credit to a span that includes the title (spans must match exactly)', () => {
    const scores = scoreNer([mention('Angela Weber', 'PERSON')], [mention('Chancellor Angela Weber', 'PERSON')]);
    expect(scores.strict).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(scores.spanOnly.f1).toBe(0);
  });

  it('ignores the linked entity name', () => {
    const scores = scoreNer([mention('Angela Weber', 'PERSON', 'Angela Weber')], [mention('Angela Weber', 'PERSON', 'Weber')]);
    expect(scores.strict.f1).toBe(1);
  });

  it('matches each gold mention at most once', () => {
    const weber = mention('Angela Weber', 'PERSON');
    expect(scoreNer([weber], [weber, weber]).strict).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('scores an empty prediction as 0 and empty against empty as 1', () => {
    expect(scoreNer(GOLD, []).strict).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(scoreNer([], []).strict.f1).toBe(1);
  });
});
