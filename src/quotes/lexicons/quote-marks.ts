/**
 * Quotation marks, by role. GUIDELINES §Quotes: straight (`"`, `'`) and curly (`“ ”`, `‘ ’`) marks count
 * alike; guillemets and low-9 marks are included because wire copy sometimes keeps them. The straight
 * marks and `’` are ambiguous (opener, closer or apostrophe), so find-quoted-spans decides them from
 * the characters on either side.
 */
export type QuoteMarkRole = 'open' | 'close' | 'either';

/** The family a mark belongs to: a double mark never closes a single one. */
export type QuoteMarkFamily = 'double' | 'single';

/** One quotation mark character with its family and what it can do. */
export interface QuoteMark {
  /** Whether the mark is paired with double or single marks. */
  readonly family: QuoteMarkFamily;
  /** Whether the mark opens, closes, or may do either. */
  readonly role: QuoteMarkRole;
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMark> = new Map<string, QuoteMark>([
  ['"', { family: 'double', role: 'either' }],
  ['\u201C', { family: 'double', role: 'open' }], // “
  ['\u201D', { family: 'double', role: 'close' }], // ”
  ['\u201E', { family: 'double', role: 'open' }], // „
  ['\u00AB', { family: 'double', role: 'open' }], // «
  ['\u00BB', { family: 'double', role: 'close' }], // »
  ["'", { family: 'single', role: 'either' }],
  ['\u2018', { family: 'single', role: 'open' }], // ‘
  ['\u2019', { family: 'single', role: 'close' }], // ’ (also the typographic apostrophe)
  ['\u201A', { family: 'single', role: 'open' }], // ‚
  ['\u2039', { family: 'single', role: 'open' }], // ‹
  ['\u203A', { family: 'single', role: 'close' }], // ›
]);
