/**
 * The legal forms that end a company's name, lower-cased and read without their full stops (`Corp.`,
 * `S.A.`, `SpA`, `GmbH`), and the family endings written like them (`& Sons`, `Bros`). A name ends
 * at one of them: what follows (`of Seoul`, `and Vale Corp`) is another phrase. Worldwide business usage.
 */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'co', 'cos', 'ltd', 'limited', 'llc', 'lp', 'llp', 'plc', 'sa', 'spa', 'ag',
  'ab', 'nv', 'bv', 'gmbh', 'kgaa', 'oy', 'oyj', 'asa', 'srl', 'sarl', 'pty', 'pte', 'bhd', 'tbk', 'bancorp',
  'bancshares', 'bros', 'sons',
]);
