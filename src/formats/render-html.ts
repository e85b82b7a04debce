import type { Annotation, EntityType } from '../types';
import { escapeHtml } from './escape-html';
import { renderArticle } from './render-article';
import { renderStanceTable } from './render-stance-table';
import { renderWhoSaidWhat } from './render-who-said-what';
import { speakerColours } from './speaker-colours';

/** Options of `renderHtml`. */
export interface RenderHtmlOptions {
  /** The page title; the article's first line when it is short (a headline), else `presswork annotation`. */
  readonly title?: string;
}

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];

const ENTITY_MEANING: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'country, city, state',
  LOC: 'other place',
  NORP: 'nationality, group',
};

// One stylesheet, inline, so the page is a single file that opens anywhere without a network.
const STYLE = `
:root { --paper: #f5f3ee; --card: #ffffff; --ink: #1d1d1f; --muted: #6e6e73; --rule: #e4e1da;
  --person: #fde0c2; --person-edge: #e8954a; --org: #d8e5fb; --org-edge: #6f9bdc; --gpe: #d5efcf; --gpe-edge: #6cb35c;
  --loc: #e8dcfa; --loc-edge: #9f7fd3; --norp: #fbd8e4; --norp-edge: #d9799b; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1120px; margin: 0 auto; padding: 32px 24px 64px; }
header { margin: 0 0 20px; }
header .kicker { text-transform: uppercase; letter-spacing: 0.12em; font-size: 11px; font-weight: 700; color: var(--muted); }
header h1 { font: 700 30px/1.2 "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif; margin: 6px 0 10px; }
.stats { display: flex; gap: 18px; flex-wrap: wrap; color: var(--muted); font-size: 13px; }
.stats b { color: var(--ink); font-size: 15px; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 0 0 18px; padding: 10px 14px;
  background: var(--card); border: 1px solid var(--rule); border-radius: 10px; font-size: 12.5px; color: var(--muted); }
.legend .item { display: inline-flex; align-items: center; gap: 6px; }
.legend mark { font-size: 12px; }
.legend .sep { width: 1px; align-self: stretch; background: var(--rule); }
.legend .sample-quote { border-bottom: 3px solid #4e79a7; padding-bottom: 1px; color: var(--ink); }
.legend .sample-source { font-weight: 700; color: #4e79a7; }
.legend .sample-cue { font-style: italic; text-decoration: underline dotted; text-underline-offset: 3px; color: var(--ink); }
article { background: var(--card); border: 1px solid var(--rule); border-radius: 12px; padding: 28px 32px 32px 0;
  box-shadow: 0 1px 2px rgba(0,0,0,0.04), 0 8px 24px rgba(0,0,0,0.04); }
.row { display: grid; grid-template-columns: 196px minmax(0, 1fr); }
.margin { padding: 21px 18px 0 16px; text-align: right; display: flex; flex-direction: column; align-items: flex-end; gap: 4px; }
.who { font-size: 11.5px; font-weight: 600; line-height: 1.25; color: var(--speaker); border-right: 3px solid var(--speaker);
  padding: 1px 7px 1px 0; max-width: 100%; overflow-wrap: anywhere; }
.line { margin: 16px 0 0; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 17.5px/2 "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif; }
.lead .line { font-size: 24px; line-height: 1.6; font-weight: 700; margin-bottom: 4px; }
.row:first-child .line { margin-top: 0; }
.joined .line { margin-top: 0; }
.row:first-child .margin, .joined .margin { padding-top: 5px; }
mark.entity { color: inherit; border-radius: 0; padding: 1px 0; background: var(--bg); box-shadow: inset 0 -1.5px 0 var(--edge); }
mark.entity-start { border-top-left-radius: 4px; border-bottom-left-radius: 4px; padding-left: 3px; }
mark.entity-end { border-top-right-radius: 4px; border-bottom-right-radius: 4px; padding-right: 3px; }
mark.entity-end::after { content: attr(data-type); font: 700 8.5px/1 system-ui, sans-serif; letter-spacing: 0.04em;
  color: var(--edge); vertical-align: 0.9em; margin-left: 3px; }
.entity-person { --bg: var(--person); --edge: var(--person-edge); }
.entity-org { --bg: var(--org); --edge: var(--org-edge); }
.entity-gpe { --bg: var(--gpe); --edge: var(--gpe-edge); }
.entity-loc { --bg: var(--loc); --edge: var(--loc-edge); }
.entity-norp { --bg: var(--norp); --edge: var(--norp-edge); }
.quote { border-bottom: 3px solid var(--speaker); padding-bottom: 2px; background: color-mix(in srgb, var(--speaker) 6%, transparent); }
.quote.depth-2 { padding-bottom: 7px; }
.quote.depth-3 { padding-bottom: 12px; }
.quote-indirect { border-bottom-style: dashed; }
.quote:target { outline: 2px solid var(--speaker); outline-offset: 2px; border-radius: 2px; }
.source { font-weight: 700; color: var(--speaker); }
.cue { font-style: italic; text-decoration: underline dotted; text-underline-offset: 4px; }
section { margin: 28px 0 0; }
section h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.1em; color: var(--muted); margin: 0 0 10px; }
.panel { background: var(--card); border: 1px solid var(--rule); border-radius: 12px; padding: 16px 20px; overflow-x: auto; }
.stance-table { border-collapse: separate; border-spacing: 3px; font-size: 13px; }
.stance-table th { font-weight: 600; text-align: left; padding: 6px 8px; white-space: nowrap; }
.stance-table thead th { vertical-align: bottom; color: var(--muted); font-size: 11.5px; white-space: normal; min-width: 64px; max-width: 96px; text-align: center; line-height: 1.25; }
.stance-table .corner { color: var(--muted); font-weight: 500; font-size: 11px; text-align: left; max-width: none; }
.stance-table td { min-width: 64px; text-align: center; padding: 6px 8px; border-radius: 6px; line-height: 1.3; }
.stance-empty { color: #c8c5bd; background: #faf9f6; }
.stance-score { font-weight: 700; font-variant-numeric: tabular-nums; }
.stance-word { display: block; font-size: 10.5px; opacity: 0.85; }
.scale { display: flex; align-items: center; gap: 8px; margin-top: 10px; font-size: 11.5px; color: var(--muted); }
.scale .bar { width: 160px; height: 8px; border-radius: 4px;
  background: linear-gradient(90deg, rgb(215,48,39), rgba(140,140,140,0.25), rgb(26,152,80)); }
.who-said-what { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px; align-items: start; }
.speaker-group { background: var(--card); border: 1px solid var(--rule); border-top: 4px solid var(--speaker); border-radius: 10px; padding: 12px 16px; }
.speaker-group h3 { font-size: 15px; margin: 0 0 8px; display: flex; align-items: center; gap: 8px; }
.speaker-group .swatch { width: 10px; height: 10px; border-radius: 50%; background: var(--speaker); flex: none; }
.speaker-group .count { margin-left: auto; white-space: nowrap; font-size: 11.5px; font-weight: 500; color: var(--muted); }
.speaker-group ol { margin: 0; padding-left: 18px; }
.speaker-group li { margin: 0 0 8px; font-size: 13.5px; line-height: 1.45; }
.speaker-group a { color: var(--ink); text-decoration: none; }
.speaker-group a:hover { text-decoration: underline; text-decoration-color: var(--speaker); }
.kind { display: inline-block; font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; padding: 1px 6px;
  border-radius: 8px; background: color-mix(in srgb, var(--speaker) 14%, white); color: var(--speaker); margin-right: 4px; }
.list-cue { font-style: italic; color: var(--muted); }
.empty-note { color: var(--muted); font-style: italic; margin: 0; }
footer { margin: 36px 0 0; font-size: 12px; color: var(--muted); }
@media (max-width: 760px) {
  .row { grid-template-columns: 1fr; }
  .margin { flex-direction: row; justify-content: flex-start; padding: 0 0 0 20px; }
  article { padding-left: 20px; }
}
@media print { body { background: white; } article, .panel, .speaker-group, .legend { box-shadow: none; } }
`;

function defaultTitle(annotation: Annotation): string {
  const firstLine = annotation.text.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? '';
  return firstLine.length > 0 && firstLine.length <= 160 ? firstLine : 'presswork annotation';
}

function renderLegend(annotation: Annotation): string {
  const counts = new Map<EntityType, number>();
  for (const mention of annotation.entities) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  const entities = ENTITY_TYPES.map((type) =>
    `<span class="item"><mark class="entity entity-${type.toLowerCase()} entity-start entity-end" data-type="${type}">${ENTITY_MEANING[type]}</mark> ${counts.get(type) ?? 0}</span>`);
  const quotes = [
    '<span class="item"><span class="sample-quote">quote</span> underlined in its speaker’s colour (dashed: reported speech)</span>',
    '<span class="item"><span class="sample-source">speaker</span></span>',
    '<span class="item"><span class="sample-cue">cue</span></span>',
  ];
  return `<div class="legend" role="note">${entities.join('')}<span class="sep"></span>${quotes.join('')}</div>`;
}

function renderSection(id: string, heading: string, body: string | null, empty: string): string {
  return `<section id="${id}"><h2>${heading}</h2>${body ?? `<div class="panel"><p class="empty-note">${empty}</p></div>`}</section>`;
}

/**
 * Renders an annotation as one self-contained HTML page (inline CSS, no scripts, every piece of
 * article text escaped): the article with entities highlighted by type and a legend, quotes
 * underlined in their speaker's colour with the speaker named in the margin, a stance table
 * (holder × target, coloured by score) and a who-said-what list linking back into the article.
 */
export function renderHtml(annotation: Annotation, options?: RenderHtmlOptions): string {
  const title = options?.title ?? defaultTitle(annotation);
  const colours = speakerColours(annotation.quotes);
  const table = renderStanceTable(annotation.stances);
  const stanceBody = table === null ? null
    : `<div class="panel">${table}<div class="scale"><span>opposes −1</span><span class="bar"></span><span>+1 supports</span></div></div>`;
  const stats = [
    [annotation.entities.length, 'entity mentions'], [new Set(annotation.entities.map((mention) => mention.entity)).size, 'entities'],
    [annotation.quotes.length, 'quotes'], [colours.size, 'speakers'], [annotation.stances.length, 'stances'],
  ].map(([count, label]) => `<span><b>${count}</b> ${label}</span>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="presswork">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
<header><div class="kicker">presswork · annotated article</div><h1>${escapeHtml(title)}</h1><div class="stats">${stats}</div></header>
${renderLegend(annotation)}
<article>
${renderArticle(annotation, colours)}
</article>
${renderSection('stances', 'Stances', stanceBody, 'No stances found.')}
${renderSection('who-said-what', 'Who said what', renderWhoSaidWhat(annotation.quotes, colours), 'No quotes found.')}
<footer>Generated by presswork. Offsets are UTF-16 code units; hover a mark for its type and canonical entity.</footer>
</div>
</body>
</html>
`;
}
