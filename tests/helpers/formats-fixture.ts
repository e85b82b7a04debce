import type { Annotation, EntityMention, EntityType, Quote } from '../../src/types';
import { spanOf } from './span-of';

// A hand-built annotation for the format tests, so they test the writers and not the quality of
// the other stages. Its text has what trips exporters up: a headline line, an emoji before the
// spans (two UTF-16 units, one code point), a quote running over a line break, an entity inside a
// quote, a speaker mention holding an entity, markup characters, and a stance holder never mentioned.
export const FIXTURE_TEXT = [
  'Harbour deal signed 🚢',
  '',
  'Mayor Jane Okafor said the port of Brindle would "open its gates to',
  'every <b>honest</b> trader" by spring.',
  'The Veland Ministry of Trade welcomed the deal, a spokesman for Oskar Lindqvist said.',
  '"We reject it," the dockers\' union said, opposing Okafor.',
].join('\n');

function mention(fragment: string, type: EntityType, entity: string, occurrence = 0): EntityMention {
  return { ...spanOf(FIXTURE_TEXT, fragment, occurrence), type, entity };
}

const QUOTES: readonly Quote[] = [
  {
    kind: 'partial',
    content: spanOf(FIXTURE_TEXT, 'open its gates to\nevery <b>honest</b> trader'),
    speaker: { mention: spanOf(FIXTURE_TEXT, 'Mayor Jane Okafor'), entity: 'Jane Okafor', description: null },
    cue: spanOf(FIXTURE_TEXT, 'said'),
    sentiment: 0.4,
  },
  {
    kind: 'indirect',
    content: spanOf(FIXTURE_TEXT, 'The Veland Ministry of Trade welcomed the deal'),
    speaker: { mention: spanOf(FIXTURE_TEXT, 'a spokesman for Oskar Lindqvist'), entity: null, description: 'spokesman for Oskar Lindqvist' },
    cue: spanOf(FIXTURE_TEXT, 'said', 1),
  },
  {
    kind: 'direct',
    content: spanOf(FIXTURE_TEXT, 'We reject it,'),
    speaker: { mention: null, entity: null, description: "dockers' union" },
    cue: null,
  },
];

/** The hand-built annotation of `FIXTURE_TEXT`. */
export const FIXTURE: Annotation = {
  text: FIXTURE_TEXT,
  sentences: [
    spanOf(FIXTURE_TEXT, 'Harbour deal signed 🚢'),
    spanOf(FIXTURE_TEXT, 'Mayor Jane Okafor said the port of Brindle would "open its gates to\nevery <b>honest</b> trader" by spring.'),
    spanOf(FIXTURE_TEXT, 'The Veland Ministry of Trade welcomed the deal, a spokesman for Oskar Lindqvist said.'),
    spanOf(FIXTURE_TEXT, '"We reject it," the dockers\' union said, opposing Okafor.'),
  ],
  entities: [
    mention('Jane Okafor', 'PERSON', 'Jane Okafor'),
    mention('Brindle', 'GPE', 'Brindle'),
    mention('Veland', 'NORP', 'Veland'),
    mention('Ministry of Trade', 'ORG', 'Veland Ministry of Trade'),
    mention('Oskar Lindqvist', 'PERSON', 'Oskar Lindqvist'),
    mention('Okafor', 'PERSON', 'Jane Okafor', 1),
  ],
  quotes: QUOTES,
  stances: [
    {
      holder: 'Veland Ministry of Trade', target: 'Jane Okafor', polarity: 'support', score: 0.5,
      evidence: [spanOf(FIXTURE_TEXT, 'The Veland Ministry of Trade welcomed the deal')],
    },
    {
      holder: "dockers' union", target: 'Jane Okafor', polarity: 'oppose', score: -0.8,
      evidence: [spanOf(FIXTURE_TEXT, '"We reject it," the dockers\' union said, opposing Okafor.')],
    },
  ],
};
