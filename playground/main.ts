// The playground page's script: paste or open an article, see presswork's HTML view of it, and
// download the annotation as JSON. Bundled with the library by build-playground.ts into one HTML
// file that opens from disk; everything runs in the page, nothing is sent anywhere.
import { annotate, renderHtml, type Annotation } from '../src/index';
import { isJsonl, parseJsonl, type PlaygroundDocument } from './parse-jsonl';
import SAMPLE_ARTICLE from './sample-article.txt';

/** What the view shows: an annotation, and the id it came with when it came from a JSONL file. */
interface Shown {
  readonly annotation: Annotation;
  readonly id: string | undefined;
}

// Typing pauses this long before the article is annotated again, so a paste or a word costs one run.
const TYPING_PAUSE_MS = 300;

const EMPTY_VIEW = `<!doctype html><meta charset="utf-8"><body style="margin:0;display:grid;place-items:center;height:100vh;
font:15px/1.5 system-ui,sans-serif;color:#6e6e73;background:#f5f3ee"><p>Paste an English news article on the left,
or open a .txt or .jsonl file.</p></body>`;

function element<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`presswork playground: the page has no #${id}`);
  return found as Type;
}

const articleInput = element<HTMLTextAreaElement>('article');
const fileInput = element<HTMLInputElement>('file');
const documentChooser = element<HTMLSelectElement>('documents');
const sampleButton = element<HTMLButtonElement>('sample');
const downloadButton = element<HTMLButtonElement>('download');
const status = element<HTMLElement>('status');
const view = element<HTMLIFrameElement>('view');

let shown: Shown | undefined;
let corpus: readonly PlaygroundDocument[] = [];
// What the status line says about the JSONL file open, after the figures of the document shown.
let corpusNote = '';
let typingTimer: ReturnType<typeof setTimeout> | undefined;

function count(number: number, noun: string): string {
  return `${number} ${noun}${number === 1 ? '' : 's'}`;
}

function describe(annotation: Annotation, milliseconds: number): string {
  const { entities, quotes, stances } = annotation;
  const figures = [count(entities.length, 'entity mention'), count(quotes.length, 'quote'), count(stances.length, 'stance'), `${Math.round(milliseconds)} ms`];
  return [...figures, ...(corpusNote === '' ? [] : [corpusNote])].join(' · ');
}

/** Annotates the text in the box and shows it; `id` names a document from a JSONL file. */
function showArticle(id: string | undefined): void {
  const text = articleInput.value;
  if (text.trim() === '') {
    shown = undefined;
    view.srcdoc = EMPTY_VIEW;
    downloadButton.disabled = true;
    status.textContent = '';
    return;
  }
  const started = performance.now();
  const annotation = annotate(text);
  status.textContent = describe(annotation, performance.now() - started);
  shown = { annotation, id };
  // The id is the title, as in the CLI's pages of a corpus; a pasted article keeps its headline.
  view.srcdoc = renderHtml(annotation, id === undefined ? {} : { title: id });
  downloadButton.disabled = false;
}

/** Puts a text in the box and shows it, after letting the page paint "Annotating…" (the first run loads the model). */
function loadArticle(text: string, id: string | undefined): void {
  clearTimeout(typingTimer);
  articleInput.value = text;
  status.textContent = 'Annotating…';
  setTimeout(() => showArticle(id), 0);
}

function chooseDocuments(documents: readonly PlaygroundDocument[], skippedLines: readonly number[]): void {
  corpus = documents;
  documentChooser.replaceChildren(...documents.map((document, index) => new Option(document.id, String(index))));
  documentChooser.hidden = documents.length === 0;
  const skipped = skippedLines.length === 0 ? ''
    : `, skipped line${skippedLines.length === 1 ? '' : 's'} ${skippedLines.slice(0, 5).join(', ')}${skippedLines.length > 5 ? ', …' : ''} (not {"id", "text"} records)`;
  corpusNote = `${count(documents.length, 'document')} in the file${skipped}`;
  const first = documents[0];
  if (first !== undefined) loadArticle(first.text, first.id);
  else status.textContent = corpusNote;
}

function closeCorpus(): void {
  corpus = [];
  corpusNote = '';
  documentChooser.hidden = true;
}

async function openFile(file: File): Promise<void> {
  const content = await file.text();
  if (isJsonl(file.name, content)) {
    const { documents, skippedLines } = parseJsonl(content, file.name);
    chooseDocuments(documents, skippedLines);
    return;
  }
  closeCorpus();
  loadArticle(content, undefined);
}

// Letters, digits, `.`, `_` and `-` are safe in a file name everywhere, as in the CLI's --out.
function fileNameFor(id: string | undefined): string {
  return `${(id ?? 'annotation').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[.]+/, '_') || 'annotation'}.json`;
}

/** Saves what is shown as JSON: a bare Annotation, or `{ id, ...Annotation }` for a JSONL document, as the CLI writes them. */
function downloadAnnotation(): void {
  if (shown === undefined) return;
  const value = shown.id === undefined ? shown.annotation : { id: shown.id, ...shown.annotation };
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFor(shown.id);
  link.click();
  // The browser reads the blob when the download starts, a moment after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

articleInput.addEventListener('input', () => {
  clearTimeout(typingTimer);
  // An edited text is the user's own article now, no longer the file's document.
  corpusNote = '';
  typingTimer = setTimeout(() => showArticle(undefined), TYPING_PAUSE_MS);
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void openFile(file);
  // Cleared, so opening the same file again (after editing it on disk) fires `change` again.
  fileInput.value = '';
});
documentChooser.addEventListener('change', () => {
  const document = corpus[Number(documentChooser.value)];
  if (document !== undefined) loadArticle(document.text, document.id);
});
sampleButton.addEventListener('click', () => {
  closeCorpus();
  loadArticle(SAMPLE_ARTICLE, undefined);
});
downloadButton.addEventListener('click', downloadAnnotation);
view.srcdoc = EMPTY_VIEW;
