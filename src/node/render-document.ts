import type { Annotation } from '../index';
import { OUTPUT_FORMATS, type OutputFormatName } from './output-formats';
import { decodeDocument, isBadDocument, type BadDocument, type RawDocument } from './read-corpus';
import { selectStages, type Stage } from './select-stages';

/**
 * Which of a format's renderings the CLI writes for every document: a file (or two, for brat) per
 * document into `--out`, an entry of a corpus on stdout, or one document on its own on stdout.
 */
export type RenderTarget = 'files' | 'corpus-entry' | 'single';

/** How each document of one `presswork annotate` run becomes output. */
export interface RenderPlan {
  readonly format: OutputFormatName;
  /** The stages `--only` keeps; the others are written empty. */
  readonly stages: readonly Stage[];
  readonly target: RenderTarget;
}

/**
 * One piece of output for a document. A worker thread hands it to the writing thread as UTF-8
 * bytes, which, unlike a string, it can hand over without a copy on the writer's heap.
 */
export interface RenderedFile {
  /** The file's extension with its dot, for `--out`; empty for stdout. */
  readonly extension: string;
  /** The content, as text or as its UTF-8 bytes. */
  readonly content: string | Uint8Array;
}

const encoder = new TextEncoder();

/** What goes into the output for one annotated document, as the plan says. */
export function renderDocument(plan: RenderPlan, id: string, annotation: Annotation): RenderedFile[] {
  const format = OUTPUT_FORMATS.get(plan.format);
  if (format === undefined) throw new Error(`presswork: unknown format '${plan.format}'`);
  const kept = selectStages(annotation, new Set(plan.stages));
  if (plan.target === 'files') return [...format.files(id, kept)];
  if (plan.target === 'single') return [{ extension: '', content: format.single(id, kept) }];
  if (format.corpus === undefined) throw new Error(`presswork: --format ${plan.format} has no corpus form`);
  return [{ extension: '', content: format.corpus.entry(id, kept) }];
}

/** What becomes of one document as read: its output, or why it was skipped. */
export type RenderOutcome = { readonly id: string; readonly files: readonly RenderedFile[] } | { readonly bad: BadDocument };

/**
 * The outcome with its files' content as UTF-8 bytes, and the buffers that hold them, to hand over
 * to another thread (each is the encoder's own, holding that content alone).
 */
export function encodeForTransfer(outcome: RenderOutcome): { outcome: RenderOutcome; buffers: ArrayBuffer[] } {
  if ('bad' in outcome) return { outcome, buffers: [] };
  const files = outcome.files.map((file) => ({ extension: file.extension, content: typeof file.content === 'string' ? encoder.encode(file.content) : file.content }));
  return { outcome: { id: outcome.id, files }, buffers: files.map((file) => file.content.buffer as ArrayBuffer) };
}

/** Decodes a document as read, annotates it and renders it: the whole of the CLI's work on one document. */
export function renderRawDocument(raw: RawDocument, plan: RenderPlan, annotate: (text: string) => Annotation): RenderOutcome {
  const document = decodeDocument(raw);
  if (isBadDocument(document)) return { bad: document };
  return { id: document.id, files: renderDocument(plan, document.id, annotate(document.text)) };
}
