import { describe, expect, it } from 'vitest';
import { tagEntities } from '../../src/annotate';
import type { EntityMention, EntityType } from '../../src/types';

type Row = readonly [text: string, type: EntityType];
const rows = (mentions: readonly EntityMention[]): Row[] => mentions.map((mention) => [mention.text, mention.type]);

describe('tagEntities: organisations by the last word of their name', () => {
  it.each<[string, string, Row[]]>([
    ['reads a name ending in a legal form with its full stop as an ORG', 'Shares of Hollowbrook Corp. rose on Monday.', [['Hollowbrook Corp.', 'ORG']]],
    ['knows the legal forms of other countries', 'Ledru S.A. will buy Faxon Bancorp, and Kestrow AG will not.', [['Ledru S.A.', 'ORG'], ['Faxon Bancorp', 'ORG'], ['Kestrow AG', 'ORG']]],
    ['ends the name at the legal form, before `and`', 'The deal was signed by Varnel Industries SA and Kestrow AG in Geneva.', [['Varnel Industries SA', 'ORG'], ['Kestrow AG', 'ORG'], ['Geneva', 'GPE']]],
    ['ends the name at the legal form, before `of`', 'The cars are made by Doyle Motor Corp of Seoul.', [['Doyle Motor Corp', 'ORG'], ['Seoul', 'GPE']]],
    ['reads a wire service office signing a report as an ORG', 'Prices were steady. -- Lagos Newsroom +234 1 555 0101', [['Lagos Newsroom', 'ORG']]],
    ['keeps a known company with its legal form, and two legal forms, as one name', 'Officials at Siemens AG and Varnel Trading Co Ltd said so.', [['Siemens AG', 'ORG'], ['Varnel Trading Co Ltd', 'ORG']]],
    ['joins a family firm across `&`', 'An analyst at Pemberton & Co said so.', [['Pemberton & Co', 'ORG']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });
});

describe('tagEntities: a noun for a kind of organisation beside the name', () => {
  it.each<[string, string, Row[]]>([
    ['reads the name after `giant` as an ORG, and its later mentions too', 'Italian tyre giant Corvano said on Friday it would expand. Corvano expects growth.', [['Italian', 'NORP'], ['Corvano', 'ORG'], ['Corvano', 'ORG']]],
    ['reads the name after `club` as an ORG', 'Belgian club Marvaux Liege was fined on Friday.', [['Belgian', 'NORP'], ['Marvaux Liege', 'ORG']]],
    ['reads the name after `the daily` as an ORG', 'The striker will miss the final, the daily Kovno Vjesnik said.', [['Kovno Vjesnik', 'ORG']]],
    ['reads the name after `retailer` as an ORG', 'Analysts said retailer Dunmore would cut jobs.', [['Dunmore', 'ORG']]],
    ['reads a name before `newspaper` as an ORG', 'But Le Soir newspaper said the talks failed.', [['Le Soir', 'ORG']]],
    ['reads a name before `news agency` as an ORG', 'Reports by the Kovrat Bilo news agency said so.', [['Kovrat Bilo', 'ORG']]],
    ['keeps a given name and surname a person', 'Johnson Marlow, the group Jane Doe founded, said so.', [['Johnson Marlow', 'PERSON'], ['Jane Doe', 'PERSON']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });
});

describe('tagEntities: teams in a sports report', () => {
  it('reads a name after a result cue and `the` as a team', () => {
    const text = 'Jim Doe hit two goals in the soccer match as Harwick beat the Vantoms 3-1 in the league.';
    expect(rows(tagEntities(text))).toContainEqual(['Vantoms', 'ORG']);
  });

  it('reads a league nickname alone as a team', () => {
    const text = 'Before the playoffs the Packers and the Celtics both made trades, and the Lakers signed two players at the stadium.';
    expect(rows(tagEntities(text))).toEqual([['Packers', 'ORG'], ['Celtics', 'ORG'], ['Lakers', 'ORG']]);
  });

  it('leaves a nickname that is an ordinary word alone outside sport', () => {
    expect(rows(tagEntities('Officials said the Heat was unbearable in Phoenix.'))).not.toContainEqual(['Heat', 'ORG']);
  });

  it('reads the capitals of a results line as names, not a headline', () => {
    const text = 'Results of soccer league matches on Saturday :\nHallam 3 Corby 1 Westford 2 Dunmore 2';
    expect(rows(tagEntities(text))).toEqual([['Hallam', 'ORG'], ['Corby', 'ORG'], ['Westford', 'ORG'], ['Dunmore', 'ORG']]);
  });

  it('reads the club a player scored for as a team', () => {
    const text = 'Tom Roe scored for Hallam in the second half of the soccer match.';
    expect(rows(tagEntities(text))).toEqual([['Tom Roe', 'PERSON'], ['Hallam', 'ORG']]);
  });

  it('reads a name that owns a player by name as the club', () => {
    const text = "In the soccer league, Rivertown's Jane Doe scored twice before halftime.";
    expect(rows(tagEntities(text))).toEqual([['Rivertown', 'ORG'], ['Jane Doe', 'PERSON']]);
  });

  it('reads the club a player joined as a team', () => {
    const text = 'The striker Tom Roe joined Hallam on Friday, the soccer club said after the match.';
    expect(rows(tagEntities(text))).toContainEqual(['Hallam', 'ORG']);
  });
});

describe('tagEntities: well-known companies and central banks', () => {
  it('knows large companies and the Fed by name alone', () => {
    expect(rows(tagEntities('Lufthansa and Qantas met bankers while the Fed waited.'))).toEqual([['Lufthansa', 'ORG'], ['Qantas', 'ORG'], ['Fed', 'ORG']]);
  });
});

describe('tagEntities: a dateline in capitals', () => {
  it('reads an unknown place in capitals before a country and a date as a place, not an acronym', () => {
    const text = 'Rebels agree to talks.\nKORVAT, Russia 2024-05-01\nRebels in the region agreed to talks, officials said.';
    expect(rows(tagEntities(text))).toEqual([['KORVAT', 'GPE'], ['Russia', 'GPE']]);
  });

  it('keeps an unknown acronym before `said` an organisation', () => {
    expect(rows(tagEntities('The rebels met.\nThe KRDF said it would talk.'))).toEqual([['KRDF', 'ORG']]);
  });

});
