import type { Stance } from '../types';
import { escapeHtml } from './escape-html';

const POLARITY_WORD: Readonly<Record<Stance['polarity'], string>> = {
  support: 'supports',
  oppose: 'opposes',
  neutral: 'neutral',
};

// A diverging scale: red for opposition, green for support, paler towards zero. The alpha never
// drops below 0.12 so a weak stance still reads as a coloured cell next to an empty one.
function cellColour(score: number): { background: string; ink: string } {
  const strength = Math.min(1, Math.abs(score));
  const alpha = (0.12 + 0.78 * strength).toFixed(2);
  const hue = score < 0 ? '215, 48, 39' : score > 0 ? '26, 152, 80' : '140, 140, 140';
  return { background: `rgba(${hue}, ${alpha})`, ink: strength > 0.55 ? '#ffffff' : '#1d1d1f' };
}

function formatScore(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : '±'}${Math.abs(score).toFixed(2)}`;
}

function renderCell(stances: readonly Stance[] | undefined): string {
  if (stances === undefined || stances.length === 0) return '<td class="stance-empty">·</td>';
  // The strongest stance colours the cell; a pair with both support and opposition lists both.
  const strongest = stances.reduce((best, stance) => (Math.abs(stance.score) > Math.abs(best.score) ? stance : best));
  const { background, ink } = cellColour(strongest.score);
  const evidence = stances.reduce((sum, stance) => sum + stance.evidence.length, 0);
  const lines = stances.map((stance) => `<span class="stance-score">${formatScore(stance.score)}</span><span class="stance-word">${POLARITY_WORD[stance.polarity]}</span>`);
  const title = stances.map((stance) => `${stance.holder} ${POLARITY_WORD[stance.polarity]} ${stance.target}: ${stance.evidence.map((span) => span.text).join(' … ')}`).join('\n');
  return `<td class="stance-cell stance-${strongest.polarity}" style="background: ${background}; color: ${ink}" title="${escapeHtml(title)}" data-evidence="${evidence}">${lines.join('<br>')}</td>`;
}

/**
 * Renders the stances as a table, holders down the side and targets across the top, each cell
 * coloured from red (opposes, −1) through grey to green (supports, +1); `null` when there are none.
 */
export function renderStanceTable(stances: readonly Stance[]): string | null {
  if (stances.length === 0) return null;
  const holders = [...new Set(stances.map((stance) => stance.holder))];
  const targets = [...new Set(stances.map((stance) => stance.target))];
  const cells = new Map<string, Stance[]>();
  for (const stance of stances) {
    const key = `${stance.holder}\u0000${stance.target}`;
    cells.set(key, [...(cells.get(key) ?? []), stance]);
  }
  const head = `<tr><th class="corner" scope="col">holder ↓ · target →</th>${targets.map((target) => `<th scope="col">${escapeHtml(target)}</th>`).join('')}</tr>`;
  const body = holders.map((holder) => {
    const row = targets.map((target) => renderCell(cells.get(`${holder}\u0000${target}`))).join('');
    return `<tr><th scope="row">${escapeHtml(holder)}</th>${row}</tr>`;
  });
  return `<table class="stance-table"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}
