/**
 * Words that, right after a lone capitalised word or after its possessive, show it is an
 * organisation: a company (`X shares`, `X's chief executive` → `ceo`), a club (`X fans`, `X's
 * manager`). General business and sports usage; lower-cased. Left out: words that follow people and
 * countries as often (`spokesman`, `officials`, `government`).
 */
export const ORGANISATION_CONTEXT_AFTER: ReadonlySet<string> = new Set([
  'shares', 'stock', 'shareholders', 'investors', 'ceo', 'cfo', 'employees', 'headquarters', 'subsidiary',
  'subsidiaries', 'stores', 'customers', 'chipmaker', 'automaker', 'carmaker', 'airline', 'retailer',
  'fans', 'supporters', 'squad', 'stadium', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach',
]);

/** Words before a lone capitalised word that show it is a company (`shares of X`, `rival X`). */
export const ORGANISATION_CONTEXT_BEFORE: ReadonlySet<string> = new Set(['shares', 'stake', 'subsidiary', 'unit']);
