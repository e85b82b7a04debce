import { describe, expect, it } from 'vitest';
import { annotate, tagEntities } from '../../src/annotate';
import type { EntityMention, EntityType } from '../../src/types';

type Row = readonly [text: string, type: EntityType];
const rows = (mentions: readonly EntityMention[]): Row[] => mentions.map((mention) => [mention.text, mention.type]);

describe('type evidence: the name\'s own shape', () => {
  it.each<[string, string, Row[]]>([
    ['reads a title word before an organisation head as part of the ORG', 'The Justice Department opened an inquiry.', [['Justice Department', 'ORG']]],
    ['reads a newspaper named after its city as ORG', 'The figures were first reported by the Halifax Star.', [['Halifax Star', 'ORG']]],
    ['reads a club named with United as ORG', 'Leeds United signed a new goalkeeper.', [['Leeds United', 'ORG']]],
    ['joins words around and when the name ends in a head', 'The Food and Drug Administration approved the pill.', [['Food and Drug Administration', 'ORG']]],
    ['reads a run with a head and a place after of as one ORG', 'The Farmers Union of Kansas sued.', [['Farmers Union of Kansas', 'ORG']]],
    ['drops a trade agreement, nationality and all', 'They argued about the South American Free Trade Agreement.', []],
    ['drops an event named after a place', 'She won the Texas Open last year.', []],
    ['keeps a portfolio in the title, outside the name', 'Secretary of State Laura Benning resigned.', [['Laura Benning', 'PERSON']]],
    ['keeps a month that is a surname inside the name', 'Prime Minister Theresa May spoke on Monday.', [['Theresa May', 'PERSON']]],
    ['keeps Dutch and German particles inside a name', 'The coach, Lars ten Boom, met Ursula von der Hagen.', [['Lars ten Boom', 'PERSON'], ['Ursula von der Hagen', 'PERSON']]],
    ['keeps two initials before a particle', 'The award went to F. W. de Villiers.', [['F. W. de Villiers', 'PERSON']]],
    ['reads a title opening the sentence', 'President Okafor defended the budget.', [['Okafor', 'PERSON']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });
});

describe('type evidence: the words around a name', () => {
  it.each<[string, string, Row[]]>([
    ['reads a name after an analyst at as ORG', 'said an analyst at Brandwell Capital in a note.', [['Brandwell Capital', 'ORG']]],
    ['reads a name after a chief of as ORG', 'The finance chief of Voltera resigned on Friday.', [['Voltera', 'ORG']]],
    ['reads a name before a lower-case role as ORG, and its short form too', 'Quillon Robotics chief executive Dana Hart spoke. Shares of Quillon fell.', [['Quillon Robotics', 'ORG'], ['Dana Hart', 'PERSON'], ['Quillon', 'ORG']]],
    ['reads an unknown name after in as a place', 'Flooding hit homes in Barvosk on Tuesday.', [['Barvosk', 'GPE']]],
    ['reads an unknown name after the town of as a place', 'Rebels took the town of Kelvaro overnight.', [['Kelvaro', 'GPE']]],
    ['reads an unknown name after at as a place', 'The rally ended at Marrow Fields without trouble.', [['Marrow Fields', 'LOC']]],
    ['does not make a person of a word with no evidence for one', 'The Brexit vote shook markets, and Brexit talks stalled.', []],
    ['links a head word alone to the organisation named in full', 'The European Commission met. Commission Vice-President Ana Ruiz spoke.', [['European Commission', 'ORG'], ['Commission', 'ORG'], ['Ana Ruiz', 'PERSON']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });

  it('gives a surname the type of the full name, though it is also a place', () => {
    expect(rows(tagEntities('Denise Hamilton won the vote. Hamilton said she was pleased.'))).toEqual([['Denise Hamilton', 'PERSON'], ['Hamilton', 'PERSON']]);
  });

  it('reads a party and state label after a legislator', () => {
    const mentions = tagEntities('Sen. Ruth Calder (D-Ore.) and Rep. Ben Osei (R-Tex.) objected.');
    expect(mentions.map((mention) => [mention.text, mention.type, mention.entity])).toEqual([
      ['Ruth Calder', 'PERSON', 'Ruth Calder'], ['D', 'NORP', 'Democrat'], ['Ore.', 'GPE', 'Oregon'],
      ['Ben Osei', 'PERSON', 'Ben Osei'], ['R', 'NORP', 'Republican'], ['Tex.', 'GPE', 'Texas'],
    ]);
  });
});

describe('type evidence: names in two lexicons', () => {
  it.each<[string, string, Row[]]>([
    ['reads a company that is also a river as ORG by default', 'Amazon said its sales rose.', [['Amazon', 'ORG']]],
    ['reads the same name after in the as the region', 'Fires spread in the Amazon this week.', [['Amazon', 'LOC']]],
    ['reads a given name that is also a club as ORG in a result', 'Chelsea beat Norwich 2-1 in the league on Sunday.', [['Chelsea', 'ORG'], ['Norwich', 'ORG']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });
});

describe('type evidence: sports reports', () => {
  it.each<[string, string, Row[]]>([
    ['reads clubs named by their city as ORG, and the ground as a place', 'Bristol beat Cardiff 3-1 at Fenwick Park.', [['Bristol', 'ORG'], ['Cardiff', 'ORG'], ['Fenwick Park', 'LOC']]],
    ['reads an unknown club as ORG from the result', 'Orvale drew with Stanmere 2-2 in the league on Saturday.', [['Orvale', 'ORG'], ['Stanmere', 'ORG']]],
    ['reads a club with a team head word as ORG', 'The match ended 1-0, and the Lowbridge Rovers manager was furious.', [['Lowbridge Rovers', 'ORG']]],
    ['reads a club that takes a plural verb as ORG', 'In the cricket, Dunmore were bowled out for 180 and lost the match by six wickets.', [['Dunmore', 'ORG']]],
    ['keeps a player with initials a person beside his figures', 'Bowling in the cricket match: J. Hollis 4-38 , and Dunmore 180 all out in the league.', [['J. Hollis', 'PERSON'], ['Dunmore', 'ORG']]],
    ['keeps the same name one club through a report', 'Cardiff beat Bristol 2-0 in the league. Cardiff fans sang as Cardiff climbed to third.', [['Cardiff', 'ORG'], ['Bristol', 'ORG'], ['Cardiff', 'ORG'], ['Cardiff', 'ORG']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });

  it('leaves a city a place outside sport', () => {
    expect(rows(tagEntities('The council in Cardiff voted 2-1 to close the library.'))).toEqual([['Cardiff', 'GPE']]);
  });
});

describe('type evidence: text that is not language', () => {
  it('finds no entities in binary junk', () => {
    let junk = '';
    for (let index = 0; index < 2048; index += 1) junk += String.fromCharCode((index * 7919) % 256);
    expect(annotate(junk).entities).toEqual([]);
  });

  it('finds no entities in a dump of figures and symbols with hardly a letter, though it has no control character', () => {
    const dump = `${'4096 #17 $ 88.25 % 3/4 = 1024 ; '.repeat(40)}Paris Berlin`;
    expect(annotate(dump).entities).toEqual([]);
  });

  it('still reads a results table made mostly of figures', () => {
    const table = 'Standings after Saturday:\nHarlow 10 7 2 1 21 9 23\nBexford 10 6 3 1 18 10 21\nHarlow lead the league by two points.';
    expect(rows(tagEntities(table)).map(([text]) => text)).toContain('Harlow');
  });
});
