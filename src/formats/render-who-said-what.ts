import type { Quote } from '../types';
import { escapeHtml } from './escape-html';
import { speakerName } from './speaker-name';
import { UNATTRIBUTED } from './speaker-colours';

/** How much of a quote the list shows before cutting it short. */
const EXCERPT_LENGTH = 220;

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  let end = EXCERPT_LENGTH;
  // Never cut between the two halves of a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

function renderItem(quote: Quote, index: number): string {
  const cue = quote.cue === null ? '' : ` <span class="list-cue">${escapeHtml(quote.cue.text)}</span>`;
  return `<li><span class="kind kind-${quote.kind}">${quote.kind}</span>${cue} <a href="#quote-${index + 1}">${escapeHtml(excerpt(quote.content.text))}</a></li>`;
}

/**
 * Renders every quote grouped by speaker, speakers in the order they are first quoted, each quote
 * linking to its place in the article; `null` when there are no quotes.
 */
export function renderWhoSaidWhat(quotes: readonly Quote[], colours: ReadonlyMap<string, string>): string | null {
  if (quotes.length === 0) return null;
  const groups = new Map<string, string[]>();
  quotes.forEach((quote, index) => {
    const name = speakerName(quote) ?? UNATTRIBUTED;
    const items = groups.get(name) ?? [];
    items.push(renderItem(quote, index));
    groups.set(name, items);
  });
  const sections = [...groups].map(([name, items]) => {
    const colour = colours.get(name) ?? '#6b6b6b';
    const count = `${items.length} quote${items.length === 1 ? '' : 's'}`;
    return `<div class="speaker-group" style="--speaker: ${colour}"><h3><span class="swatch"></span>${escapeHtml(name)} <span class="count">${count}</span></h3><ol>${items.join('')}</ol></div>`;
  });
  return `<div class="who-said-what">${sections.join('')}</div>`;
}
