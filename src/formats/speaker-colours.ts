import type { Quote } from '../types';
import { speakerName } from './speaker-name';

// Ten hues that stay apart from one another and readable as underlines on white (Tableau 10,
// darkened where the original is too light for a thin line).
const PALETTE: readonly string[] = Object.freeze([
  '#4e79a7', '#e8762b', '#d63f42', '#3d9c95', '#4f9a45', '#b8930b', '#9b5f8e', '#e0607e', '#8a6248', '#6b6b6b',
]);

/** The label used for a quote without any known speaker. */
export const UNATTRIBUTED = 'unattributed';

/**
 * Gives each speaker a colour, in the order they are first quoted; after ten speakers the palette
 * starts again, which is rare in one news article.
 */
export function speakerColours(quotes: readonly Quote[]): ReadonlyMap<string, string> {
  const colours = new Map<string, string>();
  for (const quote of quotes) {
    const name = speakerName(quote) ?? UNATTRIBUTED;
    if (!colours.has(name)) colours.set(name, PALETTE[colours.size % PALETTE.length] ?? '#6b6b6b');
  }
  return colours;
}
