import { describe, expect, it } from 'vitest';
import { resolveCoreference, resolvePossessive } from '../../src/coreference/resolve-coreference';
import { resolveDescription } from '../../src/coreference/resolve-description';
import type { Coreference, CoreferenceLink } from '../../src/coreference/types';
import { readDocument } from '../../src/document/read-document';
import { mentionsOf, type TestName } from '../quotes/helpers';

function coreferenceOf(text: string, names: readonly TestName[]): Coreference {
  return resolveCoreference(readDocument(text), mentionsOf(text, names));
}

/** The first token of the `occurrence`-th `word` in the text. */
function tokenOf(coreference: Coreference, word: string, occurrence = 0): number {
  const tokens = coreference.doc.tokens.filter((token) => token.value === word);
  return tokens[occurrence]?.index ?? -1;
}

function linkAt(coreference: Coreference, word: string, occurrence = 0): Pick<CoreferenceLink, 'entity' | 'reason'> | undefined {
  const link = coreference.links.get(tokenOf(coreference, word, occurrence));
  return link === undefined ? undefined : { entity: link.entity, reason: link.reason };
}

const OKONJO: TestName[] = [['Maria Okonjo', 'Maria Okonjo', 'PERSON'], ['Okonjo', 'Okonjo', 'PERSON']];

describe('resolveCoreference', () => {
  it('links a surname to the full name the article gave before', () => {
    const coreference = coreferenceOf('Maria Okonjo chairs the board. Okonjo declined to comment.', OKONJO);
    expect(linkAt(coreference, 'Okonjo', 1)).toEqual({ entity: 'Maria Okonjo', reason: 'surname' });
  });

  it('links an honorific and surname, starting at the honorific', () => {
    const coreference = coreferenceOf('Maria Okonjo chairs the board. Ms. Okonjo declined to comment.', OKONJO);
    expect(linkAt(coreference, 'Ms.')).toEqual({ entity: 'Maria Okonjo', reason: 'honorific-surname' });
  });

  it('leaves a surname that two full names share unlinked', () => {
    const names: TestName[] = [['Ann Lowe', 'Ann Lowe', 'PERSON'], ['Rob Lowe', 'Rob Lowe', 'PERSON'], ['Lowe', 'Lowe', 'PERSON']];
    const coreference = coreferenceOf('Ann Lowe met Rob Lowe. Lowe left.', names);
    expect(coreference.fullNames.has('Lowe')).toBe(false);
  });

  it('gives `she` the woman, not the man named nearer (given names)', () => {
    const names: TestName[] = [['Priya Raman', 'Priya Raman', 'PERSON'], ['David Olsen', 'David Olsen', 'PERSON']];
    const coreference = coreferenceOf('Priya Raman runs the fund. David Olsen joined in May. She hired him.', names);
    expect(linkAt(coreference, 'She')).toEqual({ entity: 'Priya Raman', reason: 'pronoun-subject' });
  });

  it('gives an object `him` a man of an earlier sentence, never its own clause\'s subject', () => {
    const names: TestName[] = [['Tomas Berg', 'Tomas Berg', 'PERSON'], ['Ivan Holt', 'Ivan Holt', 'PERSON']];
    const coreference = coreferenceOf('Tomas Berg lost the vote. Ivan Holt mocked him.', names);
    expect(linkAt(coreference, 'him')).toEqual({ entity: 'Tomas Berg', reason: 'pronoun-object' });
  });

  it('reads `her` before a noun as a determiner, not an object pronoun', () => {
    const names: TestName[] = [['Priya Raman', 'Priya Raman', 'PERSON']];
    const coreference = coreferenceOf('Priya Raman runs the fund. Critics doubted her plan.', names);
    expect(linkAt(coreference, 'her')).toBeUndefined();
  });

  it('reads gender from a title such as Mrs. or Mr.', () => {
    const names: TestName[] = [['Quinn', 'Quinn', 'PERSON'], ['Hollis', 'Hollis', 'PERSON']];
    const coreference = coreferenceOf('Mr. Quinn thanked Mrs. Hollis. She smiled.', names);
    expect(linkAt(coreference, 'She')?.entity).toBe('Hollis');
  });

  it('gives `it` the organisation the previous sentence named', () => {
    const names: TestName[] = [['Harbor Mills', 'Harbor Mills', 'ORG']];
    const coreference = coreferenceOf('Harbor Mills cut 200 jobs. It blamed the cost of steel.', names);
    expect(linkAt(coreference, 'It')).toEqual({ entity: 'Harbor Mills', reason: 'pronoun-organisation' });
  });

  it('resolves a possessive determiner on demand, never into the links a speaker is resolved through', () => {
    const coreference = coreferenceOf('Maria Okonjo spoke. Her criticism was sharp.', OKONJO);
    const her = tokenOf(coreference, 'Her');
    expect(resolvePossessive(coreference, her)?.entity).toBe('Maria Okonjo');
    expect(coreference.links.has(her)).toBe(false);
  });

  it('links an appositive to the name before it', () => {
    const names: TestName[] = [['Lena Brandt', 'Lena Brandt', 'PERSON'], ['Ohio', 'Ohio', 'GPE']];
    const coreference = coreferenceOf('Lena Brandt, a Democrat from Ohio, voted no.', names);
    expect(linkAt(coreference, 'a')).toEqual({ entity: 'Lena Brandt', reason: 'appositive' });
  });
});

describe('resolveDescription', () => {
  function describeAt(text: string, names: readonly TestName[], phrase: string): Pick<CoreferenceLink, 'entity' | 'reason'> | null {
    const coreference = coreferenceOf(text, names);
    const start = text.lastIndexOf(phrase);
    const tokens = coreference.doc.tokens.filter((token) => token.start >= start && token.end <= start + phrase.length);
    const link = resolveDescription(coreference, tokens[0]?.index ?? 0, (tokens[tokens.length - 1]?.index ?? 0) + 1);
    return link === null ? null : { entity: link.entity, reason: link.reason };
  }

  it.each<[string, string, TestName[], string, string, string]>([
    ['a title', 'Sen. Mark Ellis spoke. The senator voted no.', [['Mark Ellis', 'Mark Ellis', 'PERSON']], 'The senator', 'Mark Ellis', 'description-title'],
    ['a title through its synonym', 'Justice Alan Prew heard the case. The judge ruled.', [['Alan Prew', 'Alan Prew', 'PERSON']], 'The judge', 'Alan Prew', 'description-title'],
    ['an organisation noun', 'Harbor Mills cut jobs. The company blamed steel.', [['Harbor Mills', 'Harbor Mills', 'ORG']], 'The company', 'Harbor Mills', 'description-organisation'],
    ['a court, skipping other organisations', 'The Fifth Circuit Court heard Acme Corp. The court ruled.', [['Fifth Circuit Court', 'Fifth Circuit Court', 'ORG'], ['Acme Corp', 'Acme Corp', 'ORG']], 'The court', 'Fifth Circuit Court', 'description-organisation'],
    ['a ruling, to the court that issued it', 'The Fifth Circuit Court heard Acme Corp. The ruling was short.', [['Fifth Circuit Court', 'Fifth Circuit Court', 'ORG'], ['Acme Corp', 'Acme Corp', 'ORG']], 'The ruling', 'Fifth Circuit Court', 'description-document'],
    ['a business noun, skipping a public body named since', 'Harbor Bank paid fines. The Senate met on Monday. The bank apologised.',
      [['Harbor Bank', 'Harbor Bank', 'ORG'], ['Senate', 'Senate', 'ORG']], 'The bank', 'Harbor Bank', 'description-organisation'],
    ['a role the article gave in an appositive', 'Dana Whitfield, the Green nominee, toured the port. The nominee spoke.', [['Dana Whitfield', 'Dana Whitfield', 'PERSON']], 'The nominee', 'Dana Whitfield', 'description-title'],
    ['a report, to the organisation named in it', 'Prices rose. A new Census Bureau report showed it.', [['Census Bureau', 'Census Bureau', 'ORG']], 'A new Census Bureau report', 'Census Bureau', 'description-named'],
  ])('resolves %s', (_name, text, names, phrase, entity, reason) => {
    expect(describeAt(text, names, phrase)).toEqual({ entity, reason });
  });

  it('leaves an indefinite description unresolved', () => {
    expect(describeAt('Harbor Mills cut jobs. A company spokesman was upset.', [['Harbor Mills', 'Harbor Mills', 'ORG']], 'A company spokesman')).toBeNull();
  });
});
