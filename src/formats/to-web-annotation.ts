import type { Annotation, EntityMention, Quote, Span, Stance } from '../types';
import { speakerName } from './speaker-name';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), serialised as JSON-LD.
// Every span is targeted twice over, as the model recommends for text that may change: by position
// (TextPositionSelector, in UTF-16 code units as in JavaScript) and by quote (TextQuoteSelector, with
// a little context either side). presswork's own fields live under the `pw:` prefix.

/** How many characters of context a TextQuoteSelector keeps on each side. */
const CONTEXT_LENGTH = 32;

/** Options of `toWebAnnotation`. */
export interface WebAnnotationOptions {
  /** The IRI or path of the annotated text, used as every target's `source`; `urn:presswork:text` by default. */
  readonly source?: string;
}

/** A Web Annotation TextPositionSelector: UTF-16 offsets into the source. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** A Web Annotation TextQuoteSelector: the exact text with the text just before and after it. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A Web Annotation SpecificResource: one span of the source, selected two ways. */
export interface WebAnnotationTarget {
  readonly type: 'SpecificResource';
  readonly source: string;
  readonly selector: readonly [TextPositionSelector, TextQuoteSelector];
}

/** A Web Annotation TextualBody, with presswork's fields (`pw:entity`, `pw:kind`, …) beside its value. */
export interface WebAnnotationBody {
  readonly type: 'TextualBody';
  readonly purpose: 'tagging' | 'classifying' | 'identifying' | 'assessing';
  readonly value: string;
  readonly [field: `pw:${string}`]: string | number | null | undefined;
}

/** One Web Annotation. */
export interface WebAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'tagging' | 'classifying' | 'identifying' | 'assessing';
  readonly body: WebAnnotationBody;
  /** The span annotated, or the spans (a stance's evidence); a plain array so `Array.isArray` narrows it. */
  readonly target: WebAnnotationTarget | WebAnnotationTarget[];
}

/** A Web Annotation AnnotationCollection holding every annotation of one article on one page. */
export interface WebAnnotationCollection {
  readonly '@context': readonly ['http://www.w3.org/ns/anno.jsonld', { readonly pw: string }];
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

function target(text: string, source: string, span: Span): WebAnnotationTarget {
  return {
    type: 'SpecificResource',
    source,
    selector: [
      { type: 'TextPositionSelector', start: span.start, end: span.end },
      {
        type: 'TextQuoteSelector',
        exact: span.text,
        prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
        suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
      },
    ],
  };
}

function entityAnnotation(text: string, source: string, mention: EntityMention, index: number): WebAnnotation {
  return {
    id: `${source}#entity-${index + 1}`,
    type: 'Annotation',
    motivation: 'tagging',
    body: { type: 'TextualBody', purpose: 'tagging', value: mention.type, 'pw:entity': mention.entity },
    target: target(text, source, mention),
  };
}

// A quote is its content; its speaker mention and cue are annotations of their own that point back
// at the quote through `pw:quote`, so each keeps its own span and selectors.
function quoteAnnotations(text: string, source: string, quote: Quote, index: number): WebAnnotation[] {
  const id = `${source}#quote-${index + 1}`;
  const speaker = speakerName(quote);
  const annotations: WebAnnotation[] = [{
    id,
    type: 'Annotation',
    motivation: 'classifying',
    body: {
      type: 'TextualBody', purpose: 'classifying', value: `${quote.kind} quote`,
      'pw:kind': quote.kind, 'pw:speaker': speaker, 'pw:sentiment': quote.sentiment,
    },
    target: target(text, source, quote.content),
  }];
  if (quote.speaker.mention !== null) {
    annotations.push({
      id: `${id}-source`,
      type: 'Annotation',
      motivation: 'identifying',
      body: { type: 'TextualBody', purpose: 'identifying', value: speaker ?? quote.speaker.mention.text, 'pw:role': 'source', 'pw:quote': id },
      target: target(text, source, quote.speaker.mention),
    });
  }
  if (quote.cue !== null) {
    annotations.push({
      id: `${id}-cue`,
      type: 'Annotation',
      motivation: 'tagging',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'cue', 'pw:role': 'cue', 'pw:quote': id },
      target: target(text, source, quote.cue),
    });
  }
  return annotations;
}

const POLARITY_VERB: Readonly<Record<Stance['polarity'], string>> = {
  support: 'supports',
  oppose: 'opposes',
  neutral: 'is neutral on',
};

function stanceAnnotation(text: string, source: string, stance: Stance, index: number): WebAnnotation {
  return {
    id: `${source}#stance-${index + 1}`,
    type: 'Annotation',
    motivation: 'assessing',
    body: {
      type: 'TextualBody', purpose: 'assessing', value: `${stance.holder} ${POLARITY_VERB[stance.polarity]} ${stance.target}`,
      'pw:holder': stance.holder, 'pw:target': stance.target, 'pw:polarity': stance.polarity, 'pw:score': stance.score,
    },
    target: stance.evidence.map((span) => target(text, source, span)),
  };
}

/**
 * Writes an annotation as a W3C Web Annotation collection (JSON-LD; `JSON.stringify` it to save).
 * Each entity mention is a `tagging` annotation whose body gives its type and `pw:entity`; each
 * quote a `classifying` annotation on its content (`pw:kind`, `pw:speaker`), with `identifying` and
 * `tagging` annotations on its speaker mention and cue; each stance an `assessing` annotation on
 * its evidence spans (`pw:holder`, `pw:target`, `pw:polarity`, `pw:score`). Every target carries a
 * TextPositionSelector and a TextQuoteSelector.
 */
export function toWebAnnotation(annotation: Annotation, options?: WebAnnotationOptions): WebAnnotationCollection {
  const source = options?.source ?? 'urn:presswork:text';
  const { text } = annotation;
  const items: WebAnnotation[] = [
    ...annotation.entities.map((mention, index) => entityAnnotation(text, source, mention, index)),
    ...annotation.quotes.flatMap((quote, index) => quoteAnnotations(text, source, quote, index)),
    ...annotation.stances.map((stance, index) => stanceAnnotation(text, source, stance, index)),
  ];
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { pw: 'urn:presswork:vocabulary#' }],
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: `presswork annotations of ${source}`,
    total: items.length,
    first: { id: `${source}#annotations-page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
