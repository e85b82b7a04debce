import type { CorpusScores, DocumentScores, LinkingScores, Prf, Ratio } from './types';

// Scores print as percentages with one decimal, the way the issues quote them ("F1 ≥ 0.50" = 50.0).
const percent = (value: number): string => (100 * value).toFixed(1);
// A ratio over nothing is vacuously 1; print a dash so an article without, say, direct quotes does not read as perfect.
const ratio = (value: Ratio): string => (value.total === 0 ? '–' : percent(value.value));
const prf = (value: Prf): string[] => [percent(value.precision), percent(value.recall), percent(value.f1)];
// Likewise an F1 over nothing at all (no LOC in gold or prediction), and B³ over no shared mention.
const f1 = (value: Prf): string => (value.tp + value.fp + value.fn === 0 ? '–' : percent(value.f1));
const linking = (value: LinkingScores): string => (value.mentions === 0 ? '–' : percent(value.f1));
const counts = (value: Prf): string[] => [String(value.tp + value.fn), String(value.tp + value.fp)];

interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly row: (scores: DocumentScores) => string[];
}

const SECTIONS: readonly Section[] = [
  {
    title: 'Entities: NER strict (span + type), F1 per type, span-only F1, alias linking B³ F1',
    header: ['gold', 'pred', 'P', 'R', 'F1', 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'span F1', 'link B³'],
    row: (scores) => [
      ...counts(scores.ner.strict), ...prf(scores.ner.strict),
      ...(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'] as const).map((type) => f1(scores.ner.byType[type])),
      percent(scores.ner.spanOnly.f1), linking(scores.linking),
    ],
  },
  {
    title: 'Quotes: detection, kind and speaker accuracy on matches, end-to-end F1, detection recall per kind',
    header: ['gold', 'pred', 'P', 'R', 'F1', 'kind', 'speaker', 'e2e F1', 'R direct', 'R partial', 'R indirect'],
    row: (scores) => [
      ...counts(scores.quotes.detection), ...prf(scores.quotes.detection),
      ratio(scores.quotes.kind), ratio(scores.quotes.speaker), percent(scores.quotes.endToEnd.f1),
      ratio(scores.quotes.recallByKind.direct), ratio(scores.quotes.recallByKind.partial),
      ratio(scores.quotes.recallByKind.indirect),
    ],
  },
  {
    title: 'Stances: (holder, target, polarity) triples, and (holder, target) pairs',
    header: ['gold', 'pred', 'P', 'R', 'F1', 'pair P', 'pair R', 'pair F1'],
    row: (scores) => [...counts(scores.stances.triples), ...prf(scores.stances.triples), ...prf(scores.stances.pairs)],
  },
];

function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Formats corpus scores as plain-text tables, one row per article and a total row (micro average). */
export function formatScores(scores: CorpusScores): string {
  const all = [...scores.documents, scores.total];
  return SECTIONS.map((section) => {
    const rows = all.map((document) => [document.id, ...section.row(document)]);
    return `${section.title}\n${formatTable(['article', ...section.header], rows)}`;
  }).join('\n\n');
}
