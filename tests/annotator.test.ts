import { describe, expect, it } from 'vitest';
import { annotate, annotateCorpus, createAnnotator, type Annotation, type Lexicons } from '../src/index';
import { ORGANISATION_HEADS } from '../src/entities/lexicons/organisation-heads';
import { PERSON_TITLES } from '../src/entities/lexicons/titles';
import { SPEECH_VERBS } from '../src/quotes/lexicons/speech-verbs';
import { readGoldenCorpus } from './helpers/read-golden-corpus';

// createAnnotator binds a caller's lexicons to the public functions. Every sentence below was
// written for these tests; the seeds are only read to compare two ways of annotating them.

const entities = (annotation: Annotation): string[] => annotation.entities.map((mention) => `${mention.text}/${mention.type}/${mention.entity}`);
const quotes = (annotation: Annotation): string[] => annotation.quotes.map((quote) => `${quote.cue?.text ?? '-'}: ${quote.content.text} (${quote.speaker.entity ?? '?'})`);
const stances = (annotation: Annotation): string[] => annotation.stances.map((stance) => `${stance.holder} ${stance.polarity} ${stance.target}`);

describe('createAnnotator: each lexicon kind', () => {
  it.each<[string, Lexicons, string, (annotation: Annotation) => string[], string]>([
    ['knownEntities links a surname to the full name', { knownEntities: [{ name: 'Nadia Okafor', type: 'PERSON' }] },
      'Okafor spoke first at the shareholder meeting.', entities, 'Okafor/PERSON/Nadia Okafor'],
    ['organisationHeads makes a run ending in the word an ORG', { organisationHeads: ['City'] },
      'Fans cheered as Harbourside City took the lead before half-time.', entities, 'Harbourside City/ORG/Harbourside City'],
    ['organisationHeads is case-insensitive', { organisationHeads: ['PARTNERS'] },
      'The deal was financed by Grey Heron Partners, a small fund.', entities, 'Grey Heron Partners/ORG/Grey Heron Partners'],
    ['titles keep a title out of the PERSON span', { titles: ['coach'] },
      'Coach Dana Whitfield praised the defence after the match.', entities, 'Dana Whitfield/PERSON/Dana Whitfield'],
    ['titles say where a person works', { titles: ['striker'] },
      'Jonah Mbeki, a striker at Kelso, scored twice on Saturday.', entities, 'Kelso/ORG/Kelso'],
    ['speechVerbs make a reporting cue', { speechVerbs: ['grumble'] },
      'Marta Lindqvist grumbled that the referee had ruined the game.', quotes, 'grumbled: the referee had ruined the game (Marta Lindqvist)'],
    ['stanceFrames add a verb frame', { stanceFrames: [{ words: 'downgrade', as: 'verb', polarity: 'oppose', strength: 2 }] },
      'Northgate Bank downgraded Vellmark Holdings on Tuesday.', stances, 'Northgate Bank oppose Vellmark Holdings'],
    ['stanceFrames read a hyphenated verb as wink-nlp splits it', { stanceFrames: [{ words: 'short-sell', as: 'verb', polarity: 'oppose', strength: 2 }] },
      'Northgate Bank short-sold Vellmark Holdings on Tuesday.', stances, 'Northgate Bank oppose Vellmark Holdings'],
    ['stanceFrames add a phrase frame', { stanceFrames: [{ words: 'pile pressure on', as: 'phrase', polarity: 'oppose', strength: 2 }] },
      'Brazil piled pressure on Argentina in the second half.', stances, 'Brazil oppose Argentina'],
  ])('%s', (_name, lexicons, text, read, expected) => {
    expect(read(annotate(text))).not.toContain(expected);
    expect(read(createAnnotator({ lexicons }).annotate(text))).toContain(expected);
  });

  it('reads a title of several words as one title phrase', () => {
    const text = 'Chief Financial Officer Priya Raman said margins would improve.';
    expect(entities(annotate(text))).toContain('Financial/PERSON/Financial');
    expect(entities(createAnnotator({ lexicons: { titles: ['chief financial officer'] } }).annotate(text))).toEqual(['Priya Raman/PERSON/Priya Raman']);
  });

  it('notNames keeps a capitalised word out of every name', () => {
    const text = 'The VAR review angered Tom Reed.';
    expect(entities(annotate(text))).toContain('VAR/ORG/VAR');
    expect(entities(createAnnotator({ lexicons: { notNames: ['VAR'] } }).annotate(text))).toEqual(['Tom Reed/PERSON/Tom Reed']);
  });

  it('lets a caller frame override the library frame for the same words', () => {
    const text = 'Brazil praised Argentina after the final.';
    expect(stances(annotate(text))).toEqual(['Brazil support Argentina']);
    const annotator = createAnnotator({ lexicons: { stanceFrames: [{ words: 'praise', as: 'verb', polarity: 'oppose', strength: 1 }] } });
    expect(stances(annotator.annotate(text))).toEqual(['Brazil oppose Argentina']);
  });

  it('binds tagEntities, attributeQuotes, scoreStances and annotateCorpus to the same lexicons', () => {
    const annotator = createAnnotator({ lexicons: { organisationHeads: ['City'], speechVerbs: ['grumble'] } });
    const text = 'Harbourside City fans grumbled that the referee had ruined the game.';
    const whole = annotator.annotate(text);
    expect(annotator.tagEntities(text)).toEqual(whole.entities);
    expect(annotator.attributeQuotes(text)).toEqual(whole.quotes);
    expect(annotator.scoreStances(text)).toEqual(whole.stances);
    expect(annotator.annotateCorpus([{ id: 'a', text }]).documents[0]?.annotation).toEqual(whole);
    expect(whole.entities.map((mention) => mention.type)).toContain('ORG');
  });

  it('still takes per-call options, with the call’s known entities first', () => {
    const annotator = createAnnotator({ lexicons: { knownEntities: [{ name: 'Nadia Okafor', type: 'PERSON' }] } });
    const text = 'Okafor met Ibsen at the club.';
    const both = annotator.annotate(text, { knownEntities: [{ name: 'Lars Ibsen', type: 'PERSON' }] });
    expect(entities(both)).toEqual(['Okafor/PERSON/Nadia Okafor', 'Ibsen/PERSON/Lars Ibsen']);
  });

  // The annotator reads the call's names over its own instead of joining the two lists per call;
  // the result must be the one list's: the call's entries first, the lexicon's after them.
  const LEXICON_ENTITIES = [
    { name: 'Harbour Reserve System', type: 'ORG' as const, aliases: ['Harbour Reserve', 'Harbourside'] },
    { name: 'Dana Whitfield', type: 'PERSON' as const },
    { name: 'Kelso', type: 'GPE' as const },
  ];
  const CALL_ENTITIES = [
    { name: 'Harbourside Rovers', type: 'ORG' as const, aliases: ['Harbourside'] },
    { name: 'Kelso Athletic', type: 'ORG' as const, aliases: ['Kelso'] },
    { name: 'Jonah Mbeki', type: 'PERSON' as const },
  ];
  it.each([
    'Harbourside beat Kelso, and the Harbour Reserve said Whitfield had warned them.',
    'Mbeki told the Harbour Reserve System that Dana Whitfield and Harbourside agreed.',
    'Kelso Athletic thanked Mbeki; Whitfield praised Harbourside Rovers in Kelso.',
  ])('gives a call’s known entities over the lexicon’s what the two joined in one list give: %s', (text) => {
    const annotator = createAnnotator({ lexicons: { knownEntities: LEXICON_ENTITIES } });
    expect(annotator.annotate(text, { knownEntities: CALL_ENTITIES })).toEqual(annotate(text, { knownEntities: [...CALL_ENTITIES, ...LEXICON_ENTITIES] }));
  });
});

describe('createAnnotator: independence', () => {
  const SPORTS: Lexicons = {
    titles: ['coach'],
    organisationHeads: ['City'],
    stanceFrames: [{ words: 'thrash', as: 'verb', polarity: 'oppose', strength: 3 }],
  };
  const BUSINESS: Lexicons = {
    organisationHeads: ['Partners'],
    speechVerbs: ['grumble'],
    stanceFrames: [{ words: 'downgrade', as: 'verb', polarity: 'oppose', strength: 2 }],
  };
  const TEXTS = [
    'Coach Dana Whitfield watched Harbourside City thrash Riverton Rovers.',
    'Grey Heron Partners downgraded Vellmark Holdings, and its analysts grumbled that the outlook was weak.',
    'Brazil thrashed Argentina, and Northgate Bank downgraded Portugal.',
  ];

  it('gives each annotator the same results interleaved as alone, and leaves annotate alone', () => {
    const aloneSports = TEXTS.map((text) => createAnnotator({ lexicons: SPORTS }).annotate(text));
    const aloneBusiness = TEXTS.map((text) => createAnnotator({ lexicons: BUSINESS }).annotate(text));
    const aloneDefault = TEXTS.map((text) => annotate(text));
    const sports = createAnnotator({ lexicons: SPORTS });
    const business = createAnnotator({ lexicons: BUSINESS });
    for (let round = 0; round < 2; round += 1) {
      TEXTS.forEach((text, index) => {
        expect(business.annotate(text)).toEqual(aloneBusiness[index]);
        expect(annotate(text)).toEqual(aloneDefault[index]);
        expect(sports.annotate(text)).toEqual(aloneSports[index]);
      });
    }
    // The two lexicons really do give different results on the same text.
    expect(stances(sports.annotate(TEXTS[2] ?? ''))).toContain('Brazil oppose Argentina');
    expect(stances(sports.annotate(TEXTS[2] ?? ''))).not.toContain('Northgate Bank oppose Portugal');
    expect(stances(business.annotate(TEXTS[2] ?? ''))).toContain('Northgate Bank oppose Portugal');
    expect(stances(business.annotate(TEXTS[2] ?? ''))).not.toContain('Brazil oppose Argentina');
  });

  it('never adds to the library’s own lexicons or changes the caller’s object', () => {
    const sizes = [ORGANISATION_HEADS.size, PERSON_TITLES.size, SPEECH_VERBS.size];
    const lexicons = { organisationHeads: ['Wanderers', 'Capital'], titles: ['striker'], speechVerbs: ['grumble'] };
    const copy = structuredClone(lexicons);
    createAnnotator({ lexicons });
    expect([ORGANISATION_HEADS.size, PERSON_TITLES.size, SPEECH_VERBS.size]).toEqual(sizes);
    expect(ORGANISATION_HEADS.has('capital') || PERSON_TITLES.has('striker') || SPEECH_VERBS.has('grumble')).toBe(false);
    expect(lexicons).toEqual(copy);
    expect(Object.isFrozen(createAnnotator({ lexicons }))).toBe(true);
  });

  it('gives the default annotate’s output for empty lexicons, on the seeds and on hostile strings', () => {
    const plain = createAnnotator({});
    const empty = createAnnotator({ lexicons: {} });
    const texts = [...readGoldenCorpus().documents.map((document) => document.text), '', '\uD800 “', 'A\r\nB said “x”.'];
    for (const text of texts) {
      const expected = annotate(text);
      expect(plain.annotate(text)).toEqual(expected);
      expect(empty.annotate(text)).toEqual(expected);
    }
    expect(createAnnotator().annotateCorpus([{ id: 'x', text: texts[0] ?? '' }])).toEqual(annotateCorpus([{ id: 'x', text: texts[0] ?? '' }]));
  });
});

describe('createAnnotator: malformed lexicons', () => {
  it.each<[string, unknown, string]>([
    ['a frame polarity', { stanceFrames: [{ words: 'beat', as: 'verb', polarity: 'against', strength: 2 }] },
      `presswork: lexicons.stanceFrames[0].polarity must be 'support' | 'oppose', received "against"`],
    ['a frame strength', { stanceFrames: [{ words: 'beat', as: 'verb', polarity: 'oppose', strength: 2 }, { words: 'sue', as: 'verb', polarity: 'oppose', strength: 5 }] },
      'presswork: lexicons.stanceFrames[1].strength must be 1 | 2 | 3, received 5'],
    ['a frame reading', { stanceFrames: [{ words: 'beat', as: 'adverb', polarity: 'oppose', strength: 2 }] },
      `presswork: lexicons.stanceFrames[0].as must be 'verb' | 'noun' | 'phrase', received "adverb"`],
    ['a one-word phrase', { stanceFrames: [{ words: 'beat', as: 'phrase', polarity: 'oppose', strength: 2 }] },
      'presswork: lexicons.stanceFrames[0].words must be two or more words for a phrase frame, received "beat"'],
    ['a missing frame word', { stanceFrames: [{ as: 'verb', polarity: 'oppose', strength: 2 }] },
      'presswork: lexicons.stanceFrames[0].words must be a non-empty string, received undefined'],
    ['an unknown frame field', { stanceFrames: [{ words: 'beat', as: 'verb', polarity: 'oppose', strength: 2, weight: 1 }] },
      'presswork: lexicons.stanceFrames[0] has an unknown field `weight`'],
    ['a title that is no string', { titles: ['coach', 7] }, 'presswork: lexicons.titles[1] must be a non-empty string, received 7'],
    ['an organisation head of two words', { organisationHeads: ['Football Club'] },
      'presswork: lexicons.organisationHeads[0] must be one word, without spaces, received "Football Club"'],
    ['a speech verb list that is no array', { speechVerbs: 'grumble' }, 'presswork: lexicons.speechVerbs must be an array, received "grumble"'],
    ['a known entity type', { knownEntities: [{ name: 'Ashby Athletic', type: 'CLUB' }] },
      `presswork: lexicons.knownEntities[0].type must be 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP', received "CLUB"`],
    ['a known entity alias', { knownEntities: [{ name: 'Ashby Athletic', type: 'ORG', aliases: [null] }] },
      'presswork: lexicons.knownEntities[0].aliases[0] must be a string, received null'],
    ['an unknown lexicon', { stanceVerbs: [] }, 'presswork: unknown lexicon `lexicons.stanceVerbs`'],
    ['lexicons that are no object', ['coach'], 'presswork: lexicons must be an object, received array'],
  ])('names the entry and the field for %s', (_name, lexicons, message) => {
    expect(() => createAnnotator({ lexicons: lexicons as Lexicons })).toThrow(TypeError);
    expect(() => createAnnotator({ lexicons: lexicons as Lexicons })).toThrow(message);
  });

  it('rejects an unknown option', () => {
    expect(() => createAnnotator({ lexicon: {} } as never)).toThrow('presswork: unknown option `options.lexicon`');
  });
});

describe('createAnnotator: a large lexicon', () => {
  it('works with 10,000 known entities and 1,000 frames', () => {
    // Letters only: a word with a digit is never a name word.
    const letters = (index: number): string => index.toString(26).replace(/./gu, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
    const knownEntities = Array.from({ length: 10_000 }, (_, index) => ({ name: `Avery Quell${letters(index)}`, type: 'PERSON' as const, aliases: [`Quell${letters(index)} Group`] }));
    knownEntities.push({ name: 'Nadia Okafor', type: 'PERSON', aliases: [] });
    const stanceFrames = Array.from({ length: 1_000 }, (_, index) => ({ words: `zorbify${index}`, as: 'verb' as const, polarity: 'oppose' as const, strength: 2 as const }));
    stanceFrames.push({ words: 'downgrade', as: 'verb', polarity: 'oppose', strength: 2 });
    const annotator = createAnnotator({ lexicons: { knownEntities, stanceFrames } });
    const annotation = annotator.annotate(`Okafor said Northgate Bank downgraded Vellmark Holdings. Quell${letters(9_999)} agreed.`);
    expect(entities(annotation)).toContain('Okafor/PERSON/Nadia Okafor');
    expect(entities(annotation)).toContain(`Quell${letters(9_999)}/PERSON/Avery Quell${letters(9_999)}`);
    expect(stances(annotation)).toContain('Northgate Bank oppose Vellmark Holdings');
    // A call's own known entities are read over the 10,000, which are not joined to them per call.
    const withOwn = annotator.annotate(`Okafor met Lars Ibsen. Ibsen and Quell${letters(9_999)} agreed.`, { knownEntities: [{ name: 'Lars Ibsen', type: 'PERSON' }] });
    expect(entities(withOwn)).toEqual(['Okafor/PERSON/Nadia Okafor', 'Lars Ibsen/PERSON/Lars Ibsen', 'Ibsen/PERSON/Lars Ibsen', `Quell${letters(9_999)}/PERSON/Avery Quell${letters(9_999)}`]);
  });
});
