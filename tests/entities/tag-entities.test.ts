import { describe, expect, it } from 'vitest';
import { tagEntities } from '../../src/annotate';
import type { EntityMention, EntityType } from '../../src/types';

type Row = readonly [text: string, type: EntityType];
type LinkedRow = readonly [text: string, type: EntityType, entity: string];
const rows = (mentions: readonly EntityMention[]): Row[] => mentions.map((mention) => [mention.text, mention.type]);
const linked = (mentions: readonly EntityMention[]): LinkedRow[] => mentions.map((mention) => [mention.text, mention.type, mention.entity]);

describe('tagEntities: spans', () => {
  it.each<[string, string, Row[]]>([
    ['keeps a title out of a PERSON span', 'President Maria Lopez arrived.', [['Maria Lopez', 'PERSON']]],
    ['keeps a title phrase with modifiers out', 'Deputy Foreign Minister Tomas Berg spoke.', [['Tomas Berg', 'PERSON']]],
    ['keeps abbreviated military ranks out', 'Maj. Gen. Pavel Orlov led the unit.', [['Pavel Orlov', 'PERSON']]],
    ['keeps a lower-case role out', 'A party spokesman, Omar Haddad, said so.', [['Omar Haddad', 'PERSON']]],
    ['keeps a possessive out of the span', 'Maria Lopez’s plan and Pavel Orlov\'s troops were ready.', [['Maria Lopez', 'PERSON'], ['Pavel Orlov', 'PERSON']]],
    ['keeps a possessive out of a place', 'Canada’s lakes froze.', [['Canada', 'GPE']]],
    ['prefers the longest name', 'The Gulf Cooperation Council met in Riyadh.', [['Gulf Cooperation Council', 'ORG'], ['Riyadh', 'GPE']]],
    ['reads a country’s long name as one GPE', 'The Russian Federation and the United Kingdom disagreed.', [['Russian Federation', 'GPE'], ['United Kingdom', 'GPE']]],
    ['marks a nationality adjective inside a phrase as NORP', 'The Russian leader met the Chinese delegation.', [['Russian', 'NORP'], ['Chinese', 'NORP']]],
    ['gives a nationality at the start of an organisation to the ORG', 'The Syrian Army advanced.', [['Syrian Army', 'ORG']]],
    ['finds an organisation by its head word', 'The Northern Farmers Union protested.', [['Northern Farmers Union', 'ORG']]],
    ['continues an organisation name through of', 'The Bank of Portugal raised rates.', [['Bank of Portugal', 'ORG']]],
    ['takes the country out of a hyphenated form', 'The U.S.-led coalition and Saudi-backed forces fought.', [['U.S.', 'GPE'], ['Saudi', 'NORP']]],
    ['keeps Arabic particles inside a name', 'Officials met Khalid al-Rashidi and Osama bin Laden’s son.', [['Khalid al-Rashidi', 'PERSON'], ['Osama bin Laden', 'PERSON']]],
    ['keeps a hyphenated surname whole', 'Amir Hosseini-Tabar resigned.', [['Amir Hosseini-Tabar', 'PERSON']]],
    ['keeps a middle initial', 'By Karen T. Walsh', [['Karen T. Walsh', 'PERSON']]],
    ['reads a run ending in a place word as LOC', 'Traders on Wall Street cheered in Tahrir Square.', [['Wall Street', 'LOC'], ['Tahrir Square', 'LOC']]],
    ['drops events and named storms', 'Hurricane Ian hit before the World Cup.', []],
    ['reads regions as LOC', 'Trade across the Middle East and the Mediterranean grew.', [['Middle East', 'LOC'], ['Mediterranean', 'LOC']]],
    ['reads religious groups as NORP', 'Sunni and Shiite clerics met Christian leaders.', [['Sunni', 'NORP'], ['Shiite', 'NORP'], ['Christian', 'NORP']]],
    ['reads seats of government as ORG', 'The Kremlin and the White House traded barbs.', [['Kremlin', 'ORG'], ['White House', 'ORG']]],
    ['finds news outlets', 'Reuters and The New York Times reported it.', [['Reuters', 'ORG'], ['The New York Times', 'ORG']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });

  it('reads a dateline', () => {
    expect(rows(tagEntities('NAIROBI, Oct. 4 (AFP) -- Kenyan police said on Monday that the road was open.'))).toEqual([
      ['NAIROBI', 'GPE'], ['AFP', 'ORG'], ['Kenyan', 'NORP'],
    ]);
  });

  it('never returns overlapping or unsorted mentions, and every span slices the text', () => {
    const text = 'Chancellor Anna Weber of Germany met the U.N. Security Council (UNSC) in New York, AP said.';
    const mentions = tagEntities(text);
    mentions.forEach((mention, index) => {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      const previous = mentions[index - 1];
      if (previous !== undefined) expect(mention.start).toBeGreaterThanOrEqual(previous.end);
    });
  });
});

describe('tagEntities: ambiguity decided by context', () => {
  it.each<[string, string, Row[]]>([
    ['reads a lone word before a company word as ORG', 'Quantaro shares rose after the results.', [['Quantaro', 'ORG']]],
    ['reads a lone word with a possessive chief executive as ORG', 'Quantaro’s CEO spoke to investors.', [['Quantaro', 'ORG']]],
    ['reads a lone word after shares of as ORG', 'Investors sold shares of Quantaro on Monday.', [['Quantaro', 'ORG']]],
    ['reads a lone word before club words as ORG', 'Thousands of Rovanta fans filled the streets.', [['Rovanta', 'ORG']]],
    ['reads a party plural as NORP', 'The Conservatives and the Liberals traded barbs.', [['Conservatives', 'NORP'], ['Liberals', 'NORP']]],
    ['Jordan the country', 'Jordan closed its border with Syria.', [['Jordan', 'GPE'], ['Syria', 'GPE']]],
    ['Jordan the person named in full', 'Michael Jordan retired. Jordan said he was tired.', [['Michael Jordan', 'PERSON'], ['Jordan', 'PERSON']]],
    ['Jordan the country beside a person of that surname', 'Michael Jordan flew to Jordan.', [['Michael Jordan', 'PERSON'], ['Jordan', 'GPE']]],
    ['Washington the place', 'Washington and Moscow agreed.', [['Washington', 'GPE'], ['Moscow', 'GPE']]],
    ['Washington part of a name', 'George Washington crossed the river.', [['George Washington', 'PERSON']]],
    ['turkey the bird', 'We ate turkey in Turkey.', [['Turkey', 'GPE']]],
    ['Georgia with a given name is a person', 'Georgia Mills sang.', [['Georgia Mills', 'PERSON']]],
    ['Georgia alone is a place', 'Protests spread across Georgia.', [['Georgia', 'GPE']]],
    ['a city name that is a given name, before a surname', 'Vladimir Sorokin wrote a novel.', [['Vladimir Sorokin', 'PERSON']]],
    ['a capitalised common word at a sentence start', 'Several Kenyans were hurt. Describing the scene, Ruth Otieno wept.', [['Kenyans', 'NORP'], ['Ruth Otieno', 'PERSON']]],
    ['a common word opening sentences twice, once after a dateline', 'LAGOS (AP) - Fuel prices rose. Fuel queues grew.', [['LAGOS', 'GPE'], ['AP', 'ORG']]],
    ['a lone unknown capitalised word with no evidence', 'The parcel arrived by Zephyr yesterday.', []],
    ['us the pronoun against US the country', 'Tell us what the US wants.', [['US', 'GPE']]],
    ['a lone word after a noun of office and `of` is a person', 'Voters demanded the removal of Okafor before the vote.', [['Okafor', 'PERSON']]],
    ['a company whose first word is a given name, with a role acronym after it', 'Carol Rennick CEO Tom Abara quit. Carol Rennick said profits fell.', [['Carol Rennick', 'ORG'], ['Tom Abara', 'PERSON'], ['Carol Rennick', 'ORG']]],
    ['a company whose first word is a given name, with its staff after it', 'Carol Rennick bankers opened accounts. Carol Rennick closed them.', [['Carol Rennick', 'ORG'], ['Carol Rennick', 'ORG']]],
    ['a company whose first word is a given name, with its chief executive', "Carol Rennick's chief executive resigned. Carol Rennick denied it.", [['Carol Rennick', 'ORG'], ['Carol Rennick', 'ORG']]],
    ['a person with a given name and no company evidence stays a person', "Carol Rennick's brother resigned. Carol Rennick denied it.", [['Carol Rennick', 'PERSON'], ['Carol Rennick', 'PERSON']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });

  it('reads only gazetteer names and names established elsewhere in a title-case headline', () => {
    const text = 'Lopez Says Kenya Will Not Bend To Foreign Pressure\nPresident Maria Lopez spoke in Nairobi.';
    expect(rows(tagEntities(text))).toEqual([['Lopez', 'PERSON'], ['Kenya', 'GPE'], ['Maria Lopez', 'PERSON'], ['Nairobi', 'GPE']]);
  });

  it('reads a given name the article also writes in lower case as a common word in a headline', () => {
    const text = 'Leaders Say Kenya Must Act On Debt\nThe leaders say the debt is too high.';
    expect(rows(tagEntities(text))).toEqual([['Kenya', 'GPE']]);
  });

  it('joins a full name the article gives elsewhere inside a headline', () => {
    const text = 'Maria Lopez Wins Kenyan Vote After Long Count\nPresident Maria Lopez thanked voters.';
    expect(rows(tagEntities(text))).toEqual([['Maria Lopez', 'PERSON'], ['Kenyan', 'NORP'], ['Maria Lopez', 'PERSON']]);
  });

  it('reads a byline of capitalised names as names, not as a headline', () => {
    expect(rows(tagEntities('By Emily Carter and James O\'Neill\n\nThe vote was close.'))).toEqual([['Emily Carter', 'PERSON'], ["James O'Neill", 'PERSON']]);
  });

  it('ends a name in a headline before a verb of saying', () => {
    const text = 'Ferry Fares Will Rise, Nadia Holm Says.\n\nHolm runs the port.';
    expect(rows(tagEntities(text)).map(([mention]) => mention)).not.toContain('Nadia Holm Says');
    expect(rows(tagEntities(text))).toContainEqual(['Nadia Holm', 'PERSON']);
  });

  it.each<[string, string, Row[]]>([
    ['a verb wink reads as a name word', 'Grace Morgan Slams Harbour Board Over Fees\n\nGrace Morgan spoke on Monday.', [['Grace Morgan', 'PERSON'], ['Grace Morgan', 'PERSON']]],
    ['after two given names', 'Grace Morgan Backs Ferry Plan\n\nGrace Morgan spoke on Monday.', [['Grace Morgan', 'PERSON'], ['Grace Morgan', 'PERSON']]],
    ['after a title', 'Mayor Grace Morgan Blasts Council Over Budget Cuts\n\nGrace Morgan spoke on Monday.', [['Grace Morgan', 'PERSON'], ['Grace Morgan', 'PERSON']]],
  ])('ends a name in a headline before the headline’s verb: %s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });

  it('reads an all-caps headline the same way', () => {
    expect(rows(tagEntities('KENYAN TROOPS ENTER MOGADISHU AFTER LONG SIEGE'))).toEqual([['KENYAN', 'NORP'], ['MOGADISHU', 'GPE']]);
  });

  it('drops page furniture in a headline list but keeps the places in it', () => {
    const text = 'Rain floods Lagos streets\nResidents waded through water Africa -\nMarkets rally World News -\n';
    expect(rows(tagEntities(text))).toEqual([['Lagos', 'GPE'], ['Africa', 'LOC']]);
  });

  it.each<[string, string, Row[]]>([
    ['a lone word with a speech verb', 'Okonkwo said the vote was fair.', [['Okonkwo', 'PERSON']]],
    ['a lone word after a title', 'The talks were led by Ambassador Okonkwo.', [['Okonkwo', 'PERSON']]],
    ['a lone word before administration', 'The Okonkwo administration denied it.', [['Okonkwo', 'PERSON']]],
    ['a lone word coordinated with a person', 'Okonkwo and Maria Lopez met.', [['Okonkwo', 'PERSON'], ['Maria Lopez', 'PERSON']]],
    ['a lone word before news agency', 'The Kabari news agency reported it.', [['Kabari', 'ORG']]],
    ['an unknown acronym', 'The ANC won the vote.', [['ANC', 'ORG']]],
  ])('finds a name from evidence: %s', (_name, text, expected) => {
    expect(rows(tagEntities(text))).toEqual(expected);
  });
});

describe('tagEntities: linking within an article', () => {
  it.each<[string, string, LinkedRow[]]>([
    ['a surname to the full name', 'Maria Lopez won. Lopez thanked voters.', [['Maria Lopez', 'PERSON', 'Maria Lopez'], ['Lopez', 'PERSON', 'Maria Lopez']]],
    ['a surname used before the full name', 'Lopez wins\nMaria Lopez won the vote on Sunday.', [['Lopez', 'PERSON', 'Maria Lopez'], ['Maria Lopez', 'PERSON', 'Maria Lopez']]],
    ['particle and case variants', 'Khalid Al-Rashidi spoke. Khalid al-Rashidi left. Rashidi returned.', [
      ['Khalid Al-Rashidi', 'PERSON', 'Khalid Al-Rashidi'], ['Khalid al-Rashidi', 'PERSON', 'Khalid Al-Rashidi'], ['Rashidi', 'PERSON', 'Khalid Al-Rashidi'],
    ]],
    ['a family name written first', 'Chinese Premier Li Qiang spoke. Li said growth was steady.', [
      ['Chinese', 'NORP', 'Chinese'], ['Li Qiang', 'PERSON', 'Li Qiang'], ['Li', 'PERSON', 'Li Qiang'],
    ]],
    ['a one-letter misspelling of a long name', 'Yevgeny Kuznetsov spoke. Kuznetzov later left.', [['Yevgeny Kuznetsov', 'PERSON', 'Yevgeny Kuznetsov'], ['Kuznetzov', 'PERSON', 'Yevgeny Kuznetsov']]],
    ['an acronym in parentheses to its expansion', 'The Coastal Fisheries Authority (CFA) said the CFA would act.', [
      ['Coastal Fisheries Authority', 'ORG', 'Coastal Fisheries Authority'], ['CFA', 'ORG', 'Coastal Fisheries Authority'], ['CFA', 'ORG', 'Coastal Fisheries Authority'],
    ]],
    ['an acronym to an expansion with the same initials', 'The National Grain Board met. Later the NGB voted.', [
      ['National Grain Board', 'ORG', 'National Grain Board'], ['NGB', 'ORG', 'National Grain Board'],
    ]],
    ['country alternative names', 'The United States said the U.S. Navy would sail; America and the US agree.', [
      ['United States', 'GPE', 'United States'], ['U.S. Navy', 'ORG', 'U.S. Navy'], ['America', 'GPE', 'United States'], ['US', 'GPE', 'United States'],
    ]],
    ['a nationality apart from its country', 'Kenya said Kenyan troops and Kenyans were safe.', [
      ['Kenya', 'GPE', 'Kenya'], ['Kenyan', 'NORP', 'Kenyan'], ['Kenyans', 'NORP', 'Kenyan'],
    ]],
    ['a capital apart from its country', 'Moscow said Russia would respond.', [['Moscow', 'GPE', 'Moscow'], ['Russia', 'GPE', 'Russia']]],
    ['lexicon aliases of an organisation', 'ISIL fighters fled; the Islamic State lost ground.', [
      ['ISIL', 'ORG', 'Islamic State'], ['Islamic State', 'ORG', 'Islamic State'],
    ]],
  ])('links %s', (_name, text, expected) => {
    expect(linked(tagEntities(text))).toEqual(expected);
  });

  it('does not link short names one letter apart', () => {
    expect(linked(tagEntities('Iran and Iraq talked.'))).toEqual([['Iran', 'GPE', 'Iran'], ['Iraq', 'GPE', 'Iraq']]);
  });
});

describe('tagEntities: knownEntities', () => {
  it('lets the caller’s gazetteer take precedence, with its canonical name and type', () => {
    const mentions = tagEntities('Acme Rockets and Jordan launched. ARX rose.', {
      knownEntities: [
        { name: 'Acme Rockets Ltd', type: 'ORG', aliases: ['Acme Rockets', 'ARX'] },
        { name: 'Jordan Reyes', type: 'PERSON', aliases: ['Jordan'] },
      ],
    });
    expect(linked(mentions)).toEqual([
      ['Acme Rockets', 'ORG', 'Acme Rockets Ltd'], ['Jordan', 'PERSON', 'Jordan Reyes'], ['ARX', 'ORG', 'Acme Rockets Ltd'],
    ]);
  });

  it('links a surname to a known person named in full', () => {
    const mentions = tagEntities('Reyes spoke first.', { knownEntities: [{ name: 'Jordan Reyes', type: 'PERSON' }] });
    expect(linked(mentions)).toEqual([['Reyes', 'PERSON', 'Jordan Reyes']]);
  });
});
