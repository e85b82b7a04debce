import type { Annotation, Span } from '../types';
import { escapeHtml } from './escape-html';
import { speakerName } from './speaker-name';
import { UNATTRIBUTED } from './speaker-colours';
import { splitAtLineBreaks } from './split-at-line-breaks';

// Entities, quotes, speaker mentions and cues overlap freely (an entity inside a quote, a quote
// inside another, a speaker mention holding an entity), so they cannot be written as one tree of
// tags. Instead the text is cut at every boundary of every layer, and each piece is wrapped in the
// layers covering it, outermost first: HTML nesting stays valid whatever overlaps.

type LayerKind = 'quote' | 'source' | 'cue' | 'entity';

interface Layer extends Span {
  readonly kind: LayerKind;
  /** The index of the entity or quote this layer belongs to. */
  readonly index: number;
}

// The order layers nest in: quotes outermost (longer quotes around shorter ones), entities innermost.
const NESTING: Readonly<Record<LayerKind, number>> = { quote: 0, source: 1, cue: 2, entity: 3 };

function collectLayers(annotation: Annotation): Layer[] {
  const layers: Layer[] = [];
  annotation.quotes.forEach((quote, index) => {
    layers.push({ ...quote.content, kind: 'quote', index });
    if (quote.speaker.mention !== null) layers.push({ ...quote.speaker.mention, kind: 'source', index });
    if (quote.cue !== null) layers.push({ ...quote.cue, kind: 'cue', index });
  });
  annotation.entities.forEach((mention, index) => layers.push({ ...mention, kind: 'entity', index }));
  return layers.filter((layer) => layer.end > layer.start).sort((a, b) => a.start - b.start);
}

function openTag(annotation: Annotation, layer: Layer, piece: Span, colours: ReadonlyMap<string, string>, depth: number): string {
  if (layer.kind === 'entity') {
    const mention = annotation.entities[layer.index];
    const edges = `${piece.start === layer.start ? ' entity-start' : ''}${piece.end === layer.end ? ' entity-end' : ''}`;
    return `<mark class="entity entity-${(mention?.type ?? '').toLowerCase()}${edges}" data-entity="${layer.index}" data-type="${escapeHtml(mention?.type ?? '')}" title="${escapeHtml(`${mention?.type ?? ''} · ${mention?.entity ?? ''}`)}">`;
  }
  const quote = annotation.quotes[layer.index];
  const speaker = quote === undefined ? UNATTRIBUTED : speakerName(quote) ?? UNATTRIBUTED;
  const colour = `--speaker: ${colours.get(speaker) ?? '#6b6b6b'}`;
  if (layer.kind === 'source') return `<span class="source" data-quote="${layer.index}" style="${colour}" title="${escapeHtml(`speaker: ${speaker}`)}">`;
  if (layer.kind === 'cue') return `<span class="cue" data-quote="${layer.index}" title="reporting cue">`;
  const id = piece.start === layer.start ? ` id="quote-${layer.index + 1}"` : '';
  return `<span class="quote quote-${quote?.kind ?? 'direct'} depth-${Math.min(depth, 3)}"${id} data-quote="${layer.index}" style="${colour}" title="${escapeHtml(`${quote?.kind ?? ''} quote · ${speaker}`)}">`;
}

function renderPiece(annotation: Annotation, piece: Span, active: readonly Layer[], colours: ReadonlyMap<string, string>): string {
  const wrapping = [...active].sort((a, b) => NESTING[a.kind] - NESTING[b.kind] || a.start - b.start || b.end - a.end);
  let depth = 0;
  const opening = wrapping.map((layer) => {
    if (layer.kind === 'quote') depth += 1;
    return openTag(annotation, layer, piece, colours, depth);
  });
  const closing = wrapping.map((layer) => (layer.kind === 'entity' ? '</mark>' : '</span>')).reverse();
  return `${opening.join('')}${escapeHtml(piece.text)}${closing.join('')}`;
}

// The speakers quoted from each line on, shown in the margin beside it; a quote starting between
// lines goes with the next line. One pass over the quotes sorted by start.
function marginNames(annotation: Annotation, lines: ReadonlyArray<readonly [number, number]>): Array<Set<string>> {
  const names = lines.map(() => new Set<string>());
  const quotes = [...annotation.quotes].sort((a, b) => a.content.start - b.content.start);
  let lineIndex = 0;
  for (const quote of quotes) {
    while (lineIndex < lines.length && (lines[lineIndex]?.[1] ?? 0) <= quote.content.start) lineIndex += 1;
    names[lineIndex]?.add(speakerName(quote) ?? UNATTRIBUTED);
  }
  return names;
}

function renderMargin(names: ReadonlySet<string> | undefined, colours: ReadonlyMap<string, string>): string {
  return [...(names ?? [])]
    .map((name) => `<span class="who" style="--speaker: ${colours.get(name) ?? '#6b6b6b'}">${escapeHtml(name)}</span>`)
    .join('');
}

// The non-blank lines, each with whether it follows the previous one after a single line break
// (a hard-wrapped paragraph, or a list) rather than after a blank line. Each line is its own row, so
// the margin stays level with the line a quote starts on; a joined line is drawn without the gap.
function linesOf(text: string): Array<{ readonly line: readonly [number, number]; readonly isJoined: boolean }> {
  const lines: Array<{ line: readonly [number, number]; isJoined: boolean }> = [];
  let previousEnd = -1;
  for (const [start, end] of splitAtLineBreaks(text, 0, text.length)) {
    if (text.slice(start, end).trim() === '') continue;
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    lines.push({ line: [start, end], isJoined: gap === '\n' || gap === '\r\n' || gap === '\r' });
    previousEnd = end;
  }
  return lines;
}

// Where a line must be cut: its ends and every boundary of a layer inside it.
function cutsOf(line: readonly [number, number], layers: readonly Layer[]): number[] {
  const cuts = new Set<number>([line[0], line[1]]);
  for (const layer of layers) {
    if (layer.start > line[0] && layer.start < line[1]) cuts.add(layer.start);
    if (layer.end > line[0] && layer.end < line[1]) cuts.add(layer.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

/**
 * Renders the article as rows, one per line of text: the speakers quoted from that line in the
 * margin, and the line with its entities marked and its quotes, speakers and cues underlined.
 */
export function renderArticle(annotation: Annotation, colours: ReadonlyMap<string, string>): string {
  const { text } = annotation;
  const layers = collectLayers(annotation);
  const rowsOfText = linesOf(text);
  const lines = rowsOfText.map((row) => row.line);
  const names = marginNames(annotation, lines);
  const rows: string[] = [];
  let next = 0;
  let active: Layer[] = [];
  for (const [lineIndex, line] of lines.entries()) {
    // The layers this line can touch: those still open, and those starting before its end.
    const touching = active.filter((layer) => layer.end > line[0]);
    for (let index = next; index < layers.length && (layers[index]?.start ?? 0) < line[1]; index += 1) touching.push(layers[index] as Layer);
    const cuts = cutsOf(line, touching);
    const pieces: string[] = [];
    for (let cut = 0; cut + 1 < cuts.length; cut += 1) {
      const start = cuts[cut] ?? 0;
      const end = cuts[cut + 1] ?? start;
      while (next < layers.length && (layers[next]?.start ?? 0) <= start) active.push(layers[next++] as Layer);
      active = active.filter((layer) => layer.end > start);
      const covering = active.filter((layer) => layer.start <= start && layer.end >= end);
      pieces.push(renderPiece(annotation, { start, end, text: text.slice(start, end) }, covering, colours));
    }
    const isHeadline = lineIndex === 0 && lines.length > 1 && line[1] - line[0] < 200 && rowsOfText[1]?.isJoined === false;
    const classes = `${isHeadline ? ' lead' : ''}${rowsOfText[lineIndex]?.isJoined === true ? ' joined' : ''}`;
    rows.push(`<div class="row${classes}"><div class="margin">${renderMargin(names[lineIndex], colours)}</div><p class="line">${pieces.join('')}</p></div>`);
  }
  return rows.join('\n');
}
