import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read-document';
import { STANCE_FRAMES } from '../../src/stances/lexicons/stance-frames';
import { scoreDocumentStances } from '../../src/stances/score-document-stances';
import { quoteOf, stanceLines, stancesOf, type HandEntity } from './stance-helpers';

// Invented parties, named by hand so that these tests do not depend on the entity tagger.
const ENTITIES: readonly HandEntity[] = [
  ['Ana Diaz', 'PERSON'], ['Diaz', 'PERSON', 'Ana Diaz'], ['Luis Mora', 'PERSON'], ['Mora', 'PERSON', 'Luis Mora'],
  ['Rosa Vidal', 'PERSON'], ['Tom Hale', 'PERSON'], ['Hale', 'PERSON', 'Tom Hale'],
  ['Acme Bank', 'ORG'], ['Harbor Union', 'ORG'], ['Pine Council', 'ORG'], ['Commonwealth', 'ORG'],
  ['Chile', 'GPE'], ['Peru', 'GPE'], ['Kenya', 'GPE'], ['Spain', 'GPE'], ['Italy', 'GPE'], ['Moscow', 'GPE'],
  ['Kremlin', 'ORG'], ['Vegans', 'NORP'],
];

const lines = (text: string): string[] => stanceLines(stancesOf(text, ENTITIES));

describe('scoreDocumentStances: one frame per predicate', () => {
  it.each([
    ['Ana Diaz criticised Luis Mora over the budget.', 'oppose'],
    ['Ana Diaz criticized Luis Mora in a letter.', 'oppose'],
    ['Ana Diaz condemned Luis Mora on Monday.', 'oppose'],
    ['Ana Diaz accused Luis Mora of lying.', 'oppose'],
    ['Ana Diaz blamed Luis Mora for the delay.', 'oppose'],
    ['Ana Diaz attacked Luis Mora in a speech.', 'oppose'],
    ['Ana Diaz slammed Luis Mora on the radio.', 'oppose'],
    ['Ana Diaz ripped Luis Mora in an interview.', 'oppose'],
    ['Ana Diaz hammered Luis Mora at the hearing.', 'oppose'],
    ['Ana Diaz denounced Luis Mora at the rally.', 'oppose'],
    ['Acme Bank sued Harbor Union in May.', 'oppose'],
    ['Ana Diaz rejected Luis Mora as a running mate.', 'oppose'],
    ['Ana Diaz opposed Luis Mora in the primary.', 'oppose'],
    ['Ana Diaz fought Luis Mora for the seat.', 'oppose'],
    ['Ana Diaz voted against Luis Mora twice.', 'oppose'],
    ['Pine Council ruled against Acme Bank on Friday.', 'oppose'],
    ['Pine Council sanctioned Acme Bank last year.', 'oppose'],
    ['Pine Council banned Acme Bank from the market.', 'oppose'],
    ['Acme Bank fired Luis Mora in March.', 'oppose'],
    ['Pine Council investigated Acme Bank for fraud.', 'oppose'],
    ['Ana Diaz warned Luis Mora about the costs.', 'oppose'],
    ['Ana Diaz supported Luis Mora in the vote.', 'support'],
    ['Ana Diaz backed Luis Mora for mayor.', 'support'],
    ['Ana Diaz endorsed Luis Mora on Tuesday.', 'support'],
    ['Ana Diaz praised Luis Mora for his work.', 'support'],
    ['Ana Diaz defended Luis Mora on television.', 'support'],
    ['Ana Diaz welcomed Luis Mora to the board.', 'support'],
    ['Ana Diaz thanked Luis Mora for his help.', 'support'],
    ['Ana Diaz sided with Luis Mora in the dispute.', 'support'],
    ['Ana Diaz voted for Luis Mora in the runoff.', 'support'],
    ['Pine Council ruled for Acme Bank in the end.', 'support'],
    ['Acme Bank funded Harbor Union for a decade.', 'support'],
    ['Ana Diaz protected Luis Mora from the press.', 'support'],
    ['Ana Diaz vouched for Luis Mora at the hearing.', 'support'],
    ['Ana Diaz grilled Luis Mora about the accounts.', 'oppose'],
    ['Ana Diaz lashed out at Luis Mora on the radio.', 'oppose'],
    ['Ana Diaz took aim at Luis Mora in her speech.', 'oppose'],
    ['Ana Diaz lauded Luis Mora for his courage.', 'support'],
    ['Ana Diaz rallied behind Luis Mora after the vote.', 'support'],
    ['Ana Diaz was pleased with Luis Mora after the vote.', 'support'],
    ['Ana Diaz was disappointed in Luis Mora after the vote.', 'oppose'],
  ])('reads %s as %s', (text, polarity) => {
    const [holder, target] = text.startsWith('Acme Bank sued') || text.startsWith('Acme Bank funded')
      ? ['Acme Bank', 'Harbor Union']
      : text.startsWith('Pine Council') ? ['Pine Council', 'Acme Bank']
        : text.startsWith('Acme Bank') ? ['Acme Bank', 'Luis Mora'] : ['Ana Diaz', 'Luis Mora'];
    expect(lines(text)).toEqual([`${holder} > ${target}: ${polarity}`]);
  });

  it('reads `ally with` both ways', () => {
    expect(lines('Chile allied with Peru against the cartels.')).toEqual(['Chile > Peru: support', 'Peru > Chile: support']);
  });

  it('keeps every frame on one line of data, with its polarity and its roles', () => {
    for (const frame of STANCE_FRAMES) {
      expect(frame.words).toMatch(/^[a-z]+(?: [a-z]+)*$/u);
      expect(['support', 'oppose']).toContain(frame.polarity);
      expect(Object.isFrozen(frame)).toBe(true);
    }
    expect(Object.isFrozen(STANCE_FRAMES)).toBe(true);
  });
});

describe('scoreDocumentStances: voice, nominal and phrasal forms', () => {
  it.each([
    ['a passive with its agent', 'Luis Mora was criticised by Ana Diaz.', ['Ana Diaz > Luis Mora: oppose']],
    ['a passive support verb', 'Luis Mora, who is backed by Acme Bank, won easily.', ['Acme Bank > Luis Mora: support']],
    ['a possessor\'s criticism of a party', 'Ana Diaz\'s criticism of Luis Mora grew sharper.', ['Ana Diaz > Luis Mora: oppose']],
    ['a possessor\'s support for a party', 'Kenya\'s support for Spain never wavered.', ['Kenya > Spain: support']],
    ['a lawsuit against a party', 'Acme Bank filed a lawsuit against Harbor Union.', ['Acme Bank > Harbor Union: oppose']],
    ['a call for a party\'s resignation', 'Ana Diaz called for Luis Mora\'s resignation.', ['Ana Diaz > Luis Mora: oppose']],
    ['turning against a party', 'Ana Diaz turned against Luis Mora last spring.', ['Ana Diaz > Luis Mora: oppose']],
    ['standing by a party', 'Ana Diaz stood by Luis Mora through the scandal.', ['Ana Diaz > Luis Mora: support']],
    ['a noun of backing with two holders', 'Chile and Kenya are the main backers of Luis Mora.', ['Chile > Luis Mora: support', 'Kenya > Luis Mora: support']],
    ['`opposed to`', 'Harbor Union remains opposed to Acme Bank.', ['Harbor Union > Acme Bank: oppose']],
    ['tariffs on a party\'s goods', 'Ana Diaz called for new tariffs on goods from Peru.', ['Ana Diaz > Peru: oppose']],
    ['a direct frame whose object opens with a quantifier', 'Pine Council voted to ban all Vegans from the market.', ['Pine Council > Vegans: oppose']],
    ['breaking with a party', 'Kenya vowed to break with the Commonwealth next year.', ['Kenya > Commonwealth: oppose']],
    ['breaking up a party', 'Ana Diaz wants to break up Acme Bank.', ['Ana Diaz > Acme Bank: oppose']],
    ['a bill designed to hamstring a party', 'Ana Diaz backed a bill designed to hamstring Acme Bank.', ['Ana Diaz > Acme Bank: oppose']],
    ['a title-case headline verb', 'Ana Diaz Slams Luis Mora Over Budget', ['Ana Diaz > Luis Mora: oppose']],
    ['an ally in apposition with `one of`', 'Rosa Vidal, one of Tom Hale\'s closest allies, spoke first.', ['Rosa Vidal > Tom Hale: support', 'Tom Hale > Rosa Vidal: support']],
    ['a possessive after the verb, which makes the object a thing', 'Ana Diaz backed his plan to leave Peru.', []],
  ])('reads %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('scoreDocumentStances: agent nouns, which name their holder', () => {
  it.each([
    ['a critic in apposition', 'Acme Bank, a longtime critic of Pine Council, filed the complaint.', ['Acme Bank > Pine Council: oppose']],
    ['a possessor\'s critic in apposition', 'Acme Bank, Pine Council\'s fiercest critic, filed the complaint.', ['Acme Bank > Pine Council: oppose']],
    ['a possessor\'s supporters named after a verb of including', 'Luis Mora\'s supporters include Rosa Vidal.', ['Rosa Vidal > Luis Mora: support']],
    ['a critic after a copula', 'Ana Diaz has long been a critic of Acme Bank.', ['Ana Diaz > Acme Bank: oppose']],
    ['an enemy after a copula', 'Chile is an enemy of Peru.', ['Chile > Peru: oppose']],
    ['a name before the noun, and the holder named after it', 'Acme Bank critic Ana Diaz spoke on Monday.', ['Ana Diaz > Acme Bank: oppose']],
    ['a possessor\'s critics with no one named as them', 'Acme Bank\'s critics spoke on Monday.', []],
    ['a nationality before the noun, which is the critics\' side, not the target', 'Vegan critics of Acme Bank spoke on Monday.', []],
    ['a denied criticism', 'Ana Diaz is not a critic of Acme Bank.', []],
  ])('reads %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it.each([
    ['a client named before the lawyer\'s name', 'Acme Bank lawyer Ana Diaz spoke on Monday.', ['Ana Diaz > Acme Bank: support']],
    ['a lawyer for a client, named in apposition', 'A lawyer for Acme Bank, Ana Diaz, said no decision had been made.', ['Ana Diaz > Acme Bank: support']],
    ['a client represented by counsel', 'Harbor Union, represented by Ana Diaz, sued Acme Bank.', ['Ana Diaz > Harbor Union: support', 'Harbor Union > Acme Bank: oppose']],
    ['lawyers acting for their client', 'Lawyers for Harbor Union sued Acme Bank.', ['Harbor Union > Acme Bank: oppose']],
  ])('reads representation as support: %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('scoreDocumentStances: naming verbs, whose predicate judges their object', () => {
  it.each([
    ['a harsh name in a partial quote', 'Ana Diaz called Luis Mora a "disgrace" on Monday.', ['Ana Diaz > Luis Mora: oppose']],
    ['a judgement of a party\'s conduct, before a second predicate', 'Ana Diaz called Acme Bank\'s conduct "outrageous" and called for a review.', ['Ana Diaz > Acme Bank: oppose']],
    ['a description with `as`', 'Ana Diaz described Luis Mora as "a brilliant and honest leader."', ['Ana Diaz > Luis Mora: support']],
    ['a participle clause that names', 'Rosa Vidal spoke on Monday, calling Tom Hale a liar.', ['Rosa Vidal > Tom Hale: oppose']],
    ['a dismissal with `as`', 'Ana Diaz dismissed Luis Mora as a liar and a fraud.', ['Ana Diaz > Luis Mora: oppose']],
    ['a phone call, which names nothing', 'Ana Diaz called Luis Mora on Tuesday to complain about the noise.', []],
    ['a denied name', 'Ana Diaz did not call Luis Mora a liar.', []],
    ['a plain name with no judgement in it', 'Ana Diaz called Luis Mora a candidate.', []],
  ])('reads %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('resolves a day\'s ruling to the court that issued it', () => {
    const text = 'The Court of Appeals for the Fourth District ruled for Acme Bank. Ana Diaz called Friday\'s decision a "huge win for savers."';
    expect(stanceLines(stancesOf(text, [...ENTITIES, ['Court of Appeals for the Fourth District', 'ORG']])))
      .toContain('Ana Diaz > Court of Appeals for the Fourth District: support');
  });
});

describe('scoreDocumentStances: described parties through coreference', () => {
  it.each([
    ['a pronoun holder', 'Ana Diaz spoke on Monday. She slammed Acme Bank for its fees.', ['Ana Diaz > Acme Bank: oppose']],
    ['a pronoun target in the passive', 'Luis Mora spoke on Monday. He was sued by Acme Bank in May.', ['Acme Bank > Luis Mora: oppose']],
    ['a definite description target', 'Acme Bank raised its fees. Ana Diaz criticised the bank on Tuesday.', ['Ana Diaz > Acme Bank: oppose']],
    ['a possessive pronoun before a stance noun', 'Ana Diaz spoke on Monday. Her criticism of Acme Bank was sharp.', ['Ana Diaz > Acme Bank: oppose']],
    ['an organisation\'s possessive before a stance noun', 'Acme Bank raised its fees. Its support for Luis Mora faded.', ['Acme Bank > Luis Mora: support']],
    ['a plural description of the organisations named last', 'Acme Bank and Harbor Union filed a motion. A lawyer for the two companies, Ana Diaz, spoke on Monday.',
      ['Ana Diaz > Acme Bank: support', 'Ana Diaz > Harbor Union: support']],
    ['criticism drawn from a party, which the party holds', 'Acme Bank drew sharp criticism from Ana Diaz.', ['Ana Diaz > Acme Bank: oppose']],
    ['an endorsement won from a party, which the party holds', 'Luis Mora won the endorsement of Harbor Union.', ['Harbor Union > Luis Mora: support']],
    ['a stance noun whose phrase ends before an auxiliary', 'Chile and its allies will seek new Commonwealth funds.', []],
    ['a person qualified by a place, who is the subject', 'Gov. Tom Hale of Peru lauded Ana Diaz in his speech.', ['Tom Hale > Ana Diaz: support']],
    ['a supposition, which states no one\'s stance', 'Prices would rise if Chile imposed tariffs on Peru.', []],
    ['a demonstrative that points back to the last sentence\'s holders', 'Chile backed Peru on Monday. These comments were a rebuff of Kenya.',
      ['Chile > Kenya: oppose', 'Chile > Peru: support']],
    ['a common noun subject, which no party further back stands for', 'Ana Diaz said on Monday the new rules would weaken Acme Bank.', []],
    ['the subject of a clause of time, which holds nothing for the party before it', 'Harbor Union sued Pine Council after the regional court upheld Acme Bank\'s fees.',
      ['Harbor Union > Pine Council: oppose']],
    ['a phrase of time between a party and its verb, which is no subject', 'Pine Council this month rejected a request from Acme Bank.', ['Pine Council > Acme Bank: oppose']],
    ['a participle that modifies a noun, whose subject is the party before it', 'Ana Diaz has a new campaign ad attacking Luis Mora.', ['Ana Diaz > Luis Mora: oppose']],
    ['a passive participle after a noun', 'Harbor Union runs a network financed by Acme Bank.', ['Acme Bank > Harbor Union: support']],
    ['`represent` with something other than a party right after it, which is no representation', 'Luis Mora represents everything Peru is not.', []],
    ['an indefinite description, which stands for no one', 'Acme Bank raised its fees. Ana Diaz criticised a bank on Tuesday.', []],
  ])('reads %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('scoreDocumentStances: descriptions in headlines and leads', () => {
  const courts: readonly HandEntity[] = [...ENTITIES, ['Court of Appeals for the Fourth District', 'ORG']];
  const courtLines = (text: string): string[] => stanceLines(stancesOf(text, courts));

  it.each([
    ['a headline that drops the article before a title', 'Judge criticizes Acme Bank over late filings\n\nJustice Rosa Vidal spoke on Monday.', ['Rosa Vidal > Acme Bank: oppose']],
    ['a court described in the lead before it is named', 'A regional appeals court overturned Acme Bank\'s contract. The Court of Appeals for the Fourth District was unanimous.',
      ['Court of Appeals for the Fourth District > Acme Bank: oppose']],
    ['a day between a verb and its particle', 'Pine Council voted Tuesday against Acme Bank.', ['Pine Council > Acme Bank: oppose']],
    ['an organisation description whose head the named organisation carries', 'Pine Council met Acme Bank. Ana Diaz praised the council.', ['Ana Diaz > Pine Council: support']],
  ])('reads %s', (_rule, text, expected) => {
    expect(courtLines(text)).toEqual(expected);
  });
});

describe('scoreDocumentStances: more ordinary news frames', () => {
  it.each([
    ['a refusal to accept a party\'s apology', 'Ana Diaz refused to accept Luis Mora\'s apology.', ['Ana Diaz > Luis Mora: oppose']],
    ['questioning a party\'s record', 'Ana Diaz questioned Luis Mora\'s record on housing.', ['Ana Diaz > Luis Mora: oppose']],
    ['a challenge', 'Harbor Union challenged Pine Council in court.', ['Harbor Union > Pine Council: oppose']],
    ['an object pronoun for a person named before', 'Luis Mora spoke on Monday. Ana Diaz sued him in Lima.', ['Ana Diaz > Luis Mora: oppose']],
    ['`deal a blow to` a party', 'Pine Council dealt a blow to Ana Diaz on Friday.', ['Pine Council > Ana Diaz: oppose']],
    ['a second predicate, which ends the first one\'s object', 'Luis Mora criticised the budget and called for a lawsuit against Acme Bank.', ['Luis Mora > Acme Bank: oppose']],
    ['a place qualifying a lower-case noun, which is no target', 'Pine Council overruled a Chile district judge\'s ruling.', []],
    ['a person named in apposition after a possessive pronoun', 'Luis Mora attacked his sister, Rosa Vidal, on Monday.', ['Luis Mora > Rosa Vidal: oppose']],
    ['a party label in brackets between a subject and its verb', 'Ana Diaz (D-Ore.) and Tom Hale (R-Utah) criticized Rosa Vidal.',
      ['Ana Diaz > Rosa Vidal: oppose', 'Tom Hale > Rosa Vidal: oppose']],
    ['coordinated people with party labels in brackets', 'Ana Diaz (D-Ore.), Luis Mora (D-Ohio) and Tom Hale criticized Rosa Vidal.',
      ['Ana Diaz > Rosa Vidal: oppose', 'Luis Mora > Rosa Vidal: oppose', 'Tom Hale > Rosa Vidal: oppose']],
    ['a frame\'s own preposition inside a composed object, which flips the sign once', 'Ana Diaz called for a lawsuit against Acme Bank.', ['Ana Diaz > Acme Bank: oppose']],
    ['a party label in brackets before `one of X\'s allies`', 'Rosa Vidal (Chile), one of Tom Hale\'s closest allies, spoke first.',
      ['Rosa Vidal > Tom Hale: support', 'Tom Hale > Rosa Vidal: support']],
  ])('reads %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('takes a treaty or a law for no party', () => {
    const text = 'Luis Mora criticised the Pacific Fishing Treaty.';
    expect(stanceLines(stancesOf(text, [...ENTITIES, ['Pacific Fishing Treaty', 'ORG']]))).toEqual([]);
  });
});

describe('scoreDocumentStances: coordination, negation and modality', () => {
  it.each([
    ['a participle clause, which takes the main clause\'s subject', 'Pine Council ruled against the port plan on Monday, dealing a blow to Acme Bank.',
      ['Pine Council > Acme Bank: oppose']],
    ['a participle clause past a possessor in the main clause', 'Ana Diaz voted against Peru\'s budget, praising Luis Mora instead.',
      ['Ana Diaz > Luis Mora: support', 'Ana Diaz > Peru: oppose']],
    ['a party joined by another in a stance', 'Ana Diaz joined Rosa Vidal in criticizing Acme Bank.', ['Ana Diaz > Acme Bank: oppose', 'Rosa Vidal > Acme Bank: oppose']],
    ['coordinated speakers of a clause that has no holder of its own', 'Ana Diaz (D-Ore.), Rosa Vidal and Tom Hale all said that the claims could justify a lawsuit against Acme Bank.',
      ['Ana Diaz > Acme Bank: oppose', 'Rosa Vidal > Acme Bank: oppose', 'Tom Hale > Acme Bank: oppose']],
    ['a coordinated predicate far from its subject', 'Ana Diaz, in a long speech on Monday, has sharply criticized the new rules on fishing and called for sanctions against Peru.',
      ['Ana Diaz > Peru: oppose']],
    ['a coordinated predicate in a relative clause about a thing, which no party before it holds', 'Luis Mora signed a deal that would raise prices and protect Acme Bank.', []],
    ['coordinated holders and targets', 'Ana Diaz and Rosa Vidal praised Luis Mora and Tom Hale.',
      ['Ana Diaz > Luis Mora: support', 'Ana Diaz > Tom Hale: support', 'Rosa Vidal > Luis Mora: support', 'Rosa Vidal > Tom Hale: support']],
    ['`not` before a support verb', 'Ana Diaz did not endorse Luis Mora.', ['Ana Diaz > Luis Mora: oppose']],
    ['a refusal to endorse', 'Ana Diaz refused to endorse Luis Mora.', ['Ana Diaz > Luis Mora: oppose']],
    ['`not` before an oppose verb, which denies a criticism but states no support', 'Ana Diaz did not criticise Luis Mora.', []],
    ['`each other` among a plural subject', 'Chile and Peru blamed each other for the collapse.', ['Chile > Peru: oppose', 'Peru > Chile: oppose']],
    ['an oppose verb over a removal, which composes into support', 'Rosa Vidal fought efforts to oust Luis Mora.', ['Rosa Vidal > Luis Mora: support']],
  ])('reads %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('scoreDocumentStances: speakers\' stances', () => {
  it.each([
    ['a demand that a party resign', '"Luis Mora should resign," Ana Diaz said.', 'Luis Mora should resign,', 'Ana Diaz', 'Ana Diaz', ['Ana Diaz > Luis Mora: oppose']],
    ['`we` holding a stance word', '"We will always back Peru," Rosa Vidal said.', 'We will always back Peru,', 'Rosa Vidal', 'Rosa Vidal', ['Rosa Vidal > Peru: support']],
    ['a hostile act ascribed to a party', '"Acme Bank attacked our members," Rosa Vidal said.', 'Acme Bank attacked our members,', 'Rosa Vidal', 'Rosa Vidal', ['Rosa Vidal > Acme Bank: oppose']],
    ['a quote that portrays a party harshly', '"Luis Mora is dishonest, corrupt and cruel," Ana Diaz said.', 'Luis Mora is dishonest, corrupt and cruel,', 'Ana Diaz', 'Ana Diaz', ['Ana Diaz > Luis Mora: oppose']],
    ['a quote that praises a party', '"Tom Hale is a brilliant, honest and wonderful leader," Ana Diaz said.', 'Tom Hale is a brilliant, honest and wonderful leader,', 'Ana Diaz', 'Ana Diaz', ['Ana Diaz > Tom Hale: support']],
    ['a described speaker resolved by the quote stage', 'Ana Diaz spoke last. "Acme Bank cheated and robbed its customers," she said.', 'Acme Bank cheated and robbed its customers,', 'Ana Diaz', 'she', ['Ana Diaz > Acme Bank: oppose']],
    ['a party in a claim the speaker reports, which the speaker does not portray', '"Tom Hale lied, saying Luis Mora is dishonest, corrupt and cruel," Ana Diaz said.',
      'Tom Hale lied, saying Luis Mora is dishonest, corrupt and cruel,', 'Ana Diaz', 'Ana Diaz', ['Ana Diaz > Tom Hale: oppose']],
    ['a party in a supposition, which the speaker does not portray', '"If Luis Mora is dishonest, corrupt and cruel, we lose," Ana Diaz said.',
      'If Luis Mora is dishonest, corrupt and cruel, we lose,', 'Ana Diaz', 'Ana Diaz', []],
  ])('gives the speaker the stance of %s', (_rule, text, content, speaker, mention, expected) => {
    expect(stanceLines(stancesOf(text, ENTITIES, [quoteOf(text, content, speaker, mention)]))).toEqual(expected);
  });

  it('reads `you` in a quote told to a party as that party', () => {
    const text = '"You should resign," Ana Diaz told Luis Mora.';
    const quote = { ...quoteOf(text, 'You should resign,', 'Ana Diaz', 'Ana Diaz'), cue: { start: text.indexOf('told'), end: text.indexOf('told') + 4, text: 'told' } };
    expect(stanceLines(stancesOf(text, ENTITIES, [quote]))).toEqual(['Ana Diaz > Luis Mora: oppose']);
  });

  it('gives no portrayal to a speaker who is no party (a nationality read as the speaker)', () => {
    const text = '"Tom Hale is a brilliant, honest and wonderful leader," Vegan activists said.';
    const quote = quoteOf(text, 'Tom Hale is a brilliant, honest and wonderful leader,', 'Vegan', 'Vegan');
    expect(stanceLines(stancesOf(text, [['Tom Hale', 'PERSON'], ['Vegan', 'NORP']], [quote]))).toEqual([]);
  });

  it('lets a described speaker hold a stance stated beside the quote', () => {
    const text = 'Ana Diaz took the floor. "This is over," she said, and she slammed Acme Bank.';
    expect(stanceLines(stancesOf(text, ENTITIES, [quoteOf(text, 'This is over,', 'Ana Diaz', 'she')]))).toEqual(['Ana Diaz > Acme Bank: oppose']);
  });

  it('does not read a neutral quote as a stance toward the party it names', () => {
    const text = '"Luis Mora will speak on Monday," Ana Diaz said.';
    expect(stanceLines(stancesOf(text, ENTITIES, [quoteOf(text, 'Luis Mora will speak on Monday,', 'Ana Diaz', 'Ana Diaz')]))).toEqual([]);
  });

  it('does not make the victim of an act the speaker\'s target', () => {
    const text = '"Acme Bank is trying to crush Harbor Union," Rosa Vidal said.';
    const found = stanceLines(stancesOf(text, ENTITIES, [quoteOf(text, 'Acme Bank is trying to crush Harbor Union,', 'Rosa Vidal', 'Rosa Vidal')]));
    expect(found).not.toContain('Rosa Vidal > Harbor Union: oppose');
  });

  it('leaves what others did in an indirect quote to the reporter, not the speaker', () => {
    const text = 'Chile urged Peru to show restraint, while Kenya threatened Spain.';
    const quote = { ...quoteOf(text, 'Peru to show restraint, while Kenya threatened Spain', 'Chile', 'Chile'), kind: 'indirect' as const };
    expect(stanceLines(stancesOf(text, ENTITIES, [quote]))).toEqual(['Kenya > Spain: oppose']);
  });
});

describe('scoreDocumentStances: parties are entities, not countries', () => {
  it.each([
    ['sending things to a country', 'Chile sent trucks to Peru.', []],
    ['keeping a country out of something', 'Spain kept Italy out of the talks.', []],
    ['supplying goods', 'Kenya supplied grain to Peru last year.', []],
    ['a member of a body in apposition to the subject', 'Kenya, a Commonwealth member, criticised the plan.', []],
    ['a party named only as a place', 'Acme Bank opened a branch in Peru.', []],
    ['a self-stance', 'Ana Diaz praised Ana Diaz.', []],
    ['one member of a group, named with an indefinite article', 'A Vegan denounced Acme Bank.', []],
    ['a deed that states no stance alone', 'Acme Bank plans to dominate the market.', []],
  ])('finds no stance in %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('keeps the appositive\'s head as the holder', () => {
    expect(lines('Kenya, a Commonwealth member, criticised Spain.')).toEqual(['Kenya > Spain: oppose']);
  });

  it('keeps a group with no country as a party of its own', () => {
    expect(lines('Vegans denounced Acme Bank.')).toEqual(['Vegans > Acme Bank: oppose']);
  });

  it.each([
    ['a capital', 'Moscow condemned Kenya.', ['Russia > Kenya: oppose']],
    ['a seat of government', 'The Kremlin praised Kenya.', ['Russia > Kenya: support']],
  ])('maps %s to its country, as the guidelines say', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('reads a stance when only part of a titled name was tagged', () => {
    const text = 'Senate Majority Whip Tom Hale criticised Acme Bank.';
    expect(stanceLines(stancesOf(text, [['Whip Tom Hale', 'PERSON', 'Tom Hale'], ['Acme Bank', 'ORG']]))).toEqual(['Tom Hale > Acme Bank: oppose']);
  });
});

describe('scoreDocumentStances: records, scores and evidence', () => {
  it('keeps one record per (holder, target, polarity), with one evidence span per sentence', () => {
    const text = 'Chile backed Peru. Chile praised Peru again. Chile later condemned Peru.';
    const stances = stancesOf(text, ENTITIES);
    expect(stanceLines(stances)).toEqual(['Chile > Peru: oppose', 'Chile > Peru: support']);
    const support = stances.find((stance) => stance.polarity === 'support');
    expect(support?.evidence.map((span) => span.text)).toEqual(['Chile backed Peru.', 'Chile praised Peru again.']);
  });

  it('scores in [-1, 1], signed by polarity, stronger with more evidence', () => {
    const once = stancesOf('Chile backed Peru.', ENTITIES)[0];
    const thrice = stancesOf('Chile backed Peru. Chile backed Peru again. Chile backed Peru once more.', ENTITIES)[0];
    const against = stancesOf('Chile condemned Peru.', ENTITIES)[0];
    expect(once?.score).toBeGreaterThan(0);
    expect(thrice?.score).toBeGreaterThan(once?.score ?? 1);
    expect(thrice?.score).toBeLessThanOrEqual(1);
    expect(against?.score).toBeLessThan(0);
    expect(against?.score).toBeGreaterThanOrEqual(-1);
  });

  it('lets a document\'s many statements outweigh one sentence', () => {
    const text = 'Chile backed Peru. Chile praised Peru again. Chile defended Peru once more. Chile criticised Peru.';
    const stances = stancesOf(text, ENTITIES);
    const support = stances.find((stance) => stance.polarity === 'support');
    const oppose = stances.find((stance) => stance.polarity === 'oppose');
    expect(Math.abs(support?.score ?? 0)).toBeGreaterThan(Math.abs(oppose?.score ?? 1));
  });

  it('gives every stance evidence spans that slice the text', () => {
    const text = 'Spain and Italy are close allies of Kenya.\r\nChile condemned Peru.';
    const stances = stancesOf(text, ENTITIES);
    expect(stances.length).toBeGreaterThan(0);
    for (const stance of stances) {
      expect(stance.evidence.length).toBeGreaterThan(0);
      for (const span of stance.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it.each([
    [['Peru'], ['Chile > Peru: oppose']],
    [['peru'], ['Chile > Peru: oppose']],
    [['Nowhere'], []],
  ])('restricts stances to the targets %j (canonical names or aliases, any case)', (targets, expected) => {
    const text = 'Chile condemned Peru. Kenya backed Spain. Peru praised Chile.';
    expect(stanceLines(stancesOf(text, ENTITIES, [], { targets }))).toEqual(expected);
  });

  it('finds nothing without entities, and never throws on odd text', () => {
    for (const text of ['', '   ', '“”', 'backed against oppose', '\u{1F600} allies of', 'x'.repeat(5000)]) {
      expect(scoreDocumentStances(readDocument(text), [], [])).toEqual([]);
    }
  });
});
