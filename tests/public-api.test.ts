import { describe, expect, it } from 'vitest';

// The documented public API, entry point by entry point (README "API"). A name added to or removed
// from an entry point must change this list, so the surface only changes on purpose.
const DOCUMENTED = {
  index: [
    'annotate', 'tagEntities', 'attributeQuotes', 'scoreStances',
    'annotateCorpus', 'targetSentiment', 'createAnnotator',
    'toBrat', 'toConll', 'toWebAnnotation', 'renderHtml',
  ],
  fixtures: ['goldenCorpus', 'goldenEntities'],
  node: ['annotateMany'],
  queue: ['addToQueue', 'collectQueueResults', 'readQueueCounts', 'startQueueWorker'],
} as const;

describe('the public API', () => {
  it.each([
    ['presswork', 'index', () => import('../src/index')],
    ['presswork/fixtures', 'fixtures', () => import('../src/fixtures')],
    ['presswork/node', 'node', () => import('../src/node/index')],
    ['presswork/queue', 'queue', () => import('../src/node/queue')],
  ] as const)('%s exports exactly the documented names', async (_name, key, load) => {
    const module = await load();
    expect(Object.keys(module).sort()).toEqual([...DOCUMENTED[key]].sort());
  });
});
