import type { Annotation, Quote, Span, Stance } from '../types';
import { codePointOffsets } from './code-point-offsets';
import { firstMentions } from './first-mentions';
import { speakerName } from './speaker-name';
import { splitAtLineBreaks } from './split-at-line-breaks';

// brat standoff (https://brat.nlplab.org/standoff.html), laid out as attribution corpora such as
// PolNeAR do: each quote is three text-bound annotations (its content, its source, its cue) joined by
// relations from the content. brat counts offsets in code points and forbids line breaks inside a
// span, so offsets are converted and a span crossing a line break becomes discontinuous fragments.

/** The relation types `toBrat` writes, from a quote's content to its parts and between stance ends. */
export type BratRelationType = 'HasSource' | 'HasCue' | 'Supports' | 'Opposes' | 'Neutral';

const STANCE_RELATION: Readonly<Record<Stance['polarity'], BratRelationType>> = {
  support: 'Supports',
  oppose: 'Opposes',
  neutral: 'Neutral',
};

interface Writer {
  readonly text: string;
  readonly toCodePoint: (offset: number) => number;
  readonly lines: string[];
  readonly counters: { text: number; relation: number; note: number };
}

// Writes one T line and returns its id, or `null` for a span with nothing but line breaks in it.
function writeTextBound(writer: Writer, type: string, span: Span): string | null {
  const fragments = splitAtLineBreaks(writer.text, span.start, span.end);
  if (fragments.length === 0) return null;
  writer.counters.text += 1;
  const id = `T${writer.counters.text}`;
  const offsets = fragments.map(([start, end]) => `${writer.toCodePoint(start)} ${writer.toCodePoint(end)}`).join(';');
  const words = fragments.map(([start, end]) => writer.text.slice(start, end)).join(' ');
  writer.lines.push(`${id}\t${type} ${offsets}\t${words}`);
  return id;
}

function writeRelation(writer: Writer, type: BratRelationType, from: string, to: string): string {
  writer.counters.relation += 1;
  const id = `R${writer.counters.relation}`;
  writer.lines.push(`${id}\t${type} Arg1:${from} Arg2:${to}`);
  return id;
}

// A note is one line, so any line break in its text becomes a space.
function writeNote(writer: Writer, on: string, note: string): void {
  writer.counters.note += 1;
  writer.lines.push(`#${writer.counters.note}\tAnnotatorNotes ${on}\t${note.replace(/[\r\n\u0085\u2028\u2029]/g, ' ')}`);
}

function writeQuote(writer: Writer, quote: Quote): void {
  const content = writeTextBound(writer, `Quote-${quote.kind}`, quote.content);
  if (content === null) return;
  if (quote.speaker.mention !== null) {
    const source = writeTextBound(writer, 'Source', quote.speaker.mention);
    const name = speakerName(quote);
    if (source !== null) writeRelation(writer, 'HasSource', content, source);
    if (source !== null && name !== null) writeNote(writer, source, name);
  } else if (speakerName(quote) !== null) {
    writeNote(writer, content, `source: ${speakerName(quote) ?? ''}`);
  }
  const cue = quote.cue === null ? null : writeTextBound(writer, 'Cue', quote.cue);
  if (cue !== null) writeRelation(writer, 'HasCue', content, cue);
}

function describeStance(stance: Stance): string {
  return `${stance.holder} ${STANCE_RELATION[stance.polarity].toLowerCase()} ${stance.target} (score ${stance.score.toFixed(2)})`;
}

// A stance links the holder's and the target's first mentions; where either has no mention (a
// holder named only as a quote's speaker), its first evidence span carries the stance as a note.
function writeStance(writer: Writer, stance: Stance, mentionIds: ReadonlyMap<string, string>): void {
  const holder = mentionIds.get(stance.holder);
  const target = mentionIds.get(stance.target);
  if (holder !== undefined && target !== undefined) {
    const relation = writeRelation(writer, STANCE_RELATION[stance.polarity], holder, target);
    writeNote(writer, relation, `score ${stance.score.toFixed(2)}`);
    return;
  }
  const evidence = stance.evidence[0];
  const evidenceId = evidence === undefined ? null : writeTextBound(writer, 'Stance', evidence);
  if (evidenceId !== null) writeNote(writer, evidenceId, describeStance(stance));
}

/**
 * Writes an annotation as brat standoff: the content of the `.ann` file to put beside a `.txt` file
 * holding `annotation.text`. Entities are `T` lines typed PERSON, ORG, GPE, LOC or NORP, with their
 * canonical name as a note; each quote is a `Quote-direct|partial|indirect` span joined to its
 * `Source` and `Cue` spans by `HasSource` and `HasCue` relations; each stance is a `Supports`,
 * `Opposes` or `Neutral` relation between the first mentions of its holder and target, with its score
 * as a note, or, where either has no mention, a `Stance` span on its first evidence with a note.
 */
export function toBrat(annotation: Annotation): string {
  const writer: Writer = {
    text: annotation.text,
    toCodePoint: codePointOffsets(annotation.text),
    lines: [],
    counters: { text: 0, relation: 0, note: 0 },
  };
  const first = firstMentions(annotation.entities);
  const mentionIds = new Map<string, string>();
  for (const mention of annotation.entities) {
    const id = writeTextBound(writer, mention.type, mention);
    if (id === null) continue;
    writeNote(writer, id, mention.entity);
    if (first.get(mention.entity) === mention) mentionIds.set(mention.entity, id);
  }
  for (const quote of annotation.quotes) writeQuote(writer, quote);
  for (const stance of annotation.stances) writeStance(writer, stance, mentionIds);
  return writer.lines.length === 0 ? '' : `${writer.lines.join('\n')}\n`;
}
