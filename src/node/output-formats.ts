import type { Annotation } from '../index';
// From the formatters' own files rather than the library's entry: they are plain functions of an
// Annotation, and importing the entry would load the model into the CLI's main thread.
import { renderHtml } from '../formats/render-html';
import { toBrat } from '../formats/to-brat';
import { toConll } from '../formats/to-conll';
import { toWebAnnotation } from '../formats/to-web-annotation';

/** The names `--format` accepts. */
export type OutputFormatName = 'json' | 'jsonl' | 'brat' | 'conll' | 'webanno' | 'html';

/** One file (or stream chunk) written for a document. */
export interface OutputFile {
  /** The extension of the file written with `--out`, with its dot. */
  readonly extension: string;
  /** The content. */
  readonly content: string;
}

/** How the CLI writes documents in one format. */
export interface OutputFormat {
  /** The files written for one document with `--out` (brat writes the text beside its `.ann`). */
  readonly files: (id: string, annotation: Annotation) => readonly OutputFile[];
  /** What goes on stdout for a single document. */
  readonly single: (id: string, annotation: Annotation) => string;
  /**
   * How several documents share stdout: an opening, one entry per document with a separator between
   * entries, and a closing; absent for formats that only make sense one document per file (they need
   * `--out` for a corpus).
   */
  readonly corpus?: {
    readonly open: string;
    readonly entry: (id: string, annotation: Annotation) => string;
    readonly separator: string;
    readonly close: string;
  };
}

function asText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** A corpus record: the input's `{id, text}` with the annotation beside, so output can be read back as input. */
function record(id: string, annotation: Annotation): string {
  return JSON.stringify({ id, ...annotation });
}

function webSource(id: string): string {
  return `urn:presswork:${encodeURIComponent(id)}`;
}

function oneFile(extension: string, render: (annotation: Annotation) => string): Pick<OutputFormat, 'files' | 'single'> {
  return {
    files: (_id, annotation) => [{ extension, content: render(annotation) }],
    single: (_id, annotation) => render(annotation),
  };
}

/** Every `--format`, by name. */
export const OUTPUT_FORMATS: ReadonlyMap<OutputFormatName, OutputFormat> = new Map<OutputFormatName, OutputFormat>([
  ['json', {
    ...oneFile('.json', (annotation) => `${JSON.stringify(annotation, null, 2)}\n`),
    // One record per line inside the array, so a large corpus stays one line per document.
    corpus: { open: '[\n', entry: record, separator: ',\n', close: '\n]\n' },
  }],
  ['jsonl', {
    files: (id, annotation) => [{ extension: '.jsonl', content: `${record(id, annotation)}\n` }],
    single: (id, annotation) => `${record(id, annotation)}\n`,
    corpus: { open: '', entry: (id, annotation) => `${record(id, annotation)}\n`, separator: '', close: '' },
  }],
  ['brat', {
    // brat reads each `.ann` beside the `.txt` its offsets point into.
    files: (_id, annotation) => [{ extension: '.txt', content: annotation.text }, { extension: '.ann', content: asText(toBrat(annotation)) }],
    single: (_id, annotation) => asText(toBrat(annotation)),
  }],
  ['conll', {
    ...oneFile('.conll', (annotation) => asText(toConll(annotation))),
    // CoNLL-2003's document separator, followed by the blank line that ends a block.
    corpus: { open: '', entry: (id, annotation) => `-DOCSTART- ${id}\n\n${asText(toConll(annotation))}\n`, separator: '', close: '' },
  }],
  ['webanno', {
    // Each document gets its own source IRI, so collections from one corpus can be told apart when merged.
    files: (id, annotation) => [{ extension: '.jsonld', content: asText(toWebAnnotation(annotation, { source: webSource(id) })) }],
    single: (id, annotation) => asText(toWebAnnotation(annotation, { source: webSource(id) })),
  }],
  ['html', {
    // In a folder of pages, each one's tab and bookmark name the document it shows (its file name).
    files: (id, annotation) => [{ extension: '.html', content: asText(renderHtml(annotation, { title: id })) }],
    // On stdout the id is often just `stdin`, so the page keeps the article's headline as its title.
    single: (_id, annotation) => asText(renderHtml(annotation)),
  }],
]);
