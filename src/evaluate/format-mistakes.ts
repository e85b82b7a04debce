import type { EntityMention, Quote, Speaker } from '../types';
import type { DocumentMistakes } from './list-mistakes';
import type { ScoredStance } from './score-stances';

const MAX_QUOTE_LENGTH = 70;

const clip = (text: string): string =>
  JSON.stringify(text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : text);
const mention = (item: EntityMention): string => `${item.start}-${item.end} ${item.type} ${JSON.stringify(item.text)} → ${item.entity}`;
const speaker = (item: Speaker): string =>
  `${item.entity ?? item.description ?? 'unnamed'}${item.mention === null ? '' : ` (${JSON.stringify(item.mention.text)} @${item.mention.start})`}`;
const quote = (item: Quote): string =>
  `${item.content.start}-${item.content.end} ${item.kind} ${clip(item.content.text)} — ${speaker(item.speaker)}${item.cue === null ? '' : ` [${item.cue.text}]`}`;
const stance = (item: ScoredStance): string => `${item.holder} —${item.polarity}→ ${item.target}`;

function section<T>(title: string, marker: string, items: readonly T[], show: (item: T) => string): string[] {
  return items.length === 0 ? [] : [`  ${title} (${items.length})`, ...items.map((item) => `    ${marker} ${show(item)}`)];
}

/**
 * Formats one article's mistakes: `-` a gold item that was missed, `+` a prediction that is not in
 * the gold, `~` a matched pair that differs (gold first, then prediction).
 */
export function formatMistakes(id: string, mistakes: DocumentMistakes): string {
  const lines = [
    ...section('entities missed', '-', mistakes.entities.missed, mention),
    ...section('entities spurious', '+', mistakes.entities.spurious, mention),
    ...section('entities with the wrong type', '~', mistakes.entities.retyped,
      (pair) => `${mention(pair.gold)}  predicted ${pair.predicted.type}`),
    ...section('quotes missed', '-', mistakes.quotes.missed, quote),
    ...section('quotes spurious', '+', mistakes.quotes.spurious, quote),
    ...section('quotes with the wrong kind', '~', mistakes.quotes.wrongKind,
      (pair) => `${quote(pair.gold)}\n        predicted ${pair.predicted.kind}: ${clip(pair.predicted.content.text)}`),
    ...section('quotes with the wrong speaker', '~', mistakes.quotes.wrongSpeaker,
      (pair) => `${quote(pair.gold)}\n        predicted ${speaker(pair.predicted.speaker)}`),
    ...section('stances missed', '-', mistakes.stances.missed, stance),
    ...section('stances spurious', '+', mistakes.stances.spurious, stance),
  ];
  return [`== ${id}`, ...(lines.length === 0 ? ['  no mistakes'] : lines)].join('\n');
}
