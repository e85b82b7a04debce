import type { Document } from '../document/read-document';
import { makeSpan } from '../document/offsets';
import type { EntityMention } from '../types';
import { STATE_ABBREVIATIONS, STATES } from './lexicons/states';

// US news labels a legislator with party and state in brackets: `(D-N.C.)`, `(R-Utah)`, `(I-Vt.)`.
const PARTY_LABEL = /\(([DRI])-([A-Z][A-Za-z. ]{0,14}?)\)/gu;
const PARTIES: ReadonlyMap<string, string> = new Map([['D', 'Democrat'], ['R', 'Republican'], ['I', 'Independent']]);

function stateOf(written: string): string | undefined {
  if (STATES.has(written)) return written;
  return STATE_ABBREVIATIONS.get(written) ?? STATE_ABBREVIATIONS.get(`${written}.`);
}

/**
 * Finds the party and state labels after legislators' names (`Sen. Jane Doe (D-Ore.)`): the
 * party letter is a NORP, the state a GPE. The labels are read from the characters, since
 * tokenizers split `D-N.C.` in several ways.
 */
export function findPartyLabels(doc: Document): EntityMention[] {
  const found: EntityMention[] = [];
  if (!doc.text.includes('-')) return found;
  for (const match of doc.text.matchAll(PARTY_LABEL)) {
    const party = PARTIES.get(match[1] ?? '');
    const written = match[2] ?? '';
    const state = stateOf(written);
    if (party === undefined || state === undefined) continue;
    const start = (match.index ?? 0) + 1;
    const partySpan = makeSpan(doc.text, start, start + 1);
    const stateSpan = makeSpan(doc.text, start + 2, start + 2 + written.length);
    found.push({ ...partySpan, type: 'NORP', entity: party }, { ...stateSpan, type: 'GPE', entity: state });
  }
  return found;
}
