import type { Token } from '../document/read-document';
import type { QuoteContext } from './build-quote-context';
import { participleLemma } from './find-reporting-cues';
import { FRAMING_VERBS } from './lexicons/speech-verbs';

/** Where a reported clause ends, and whether an `according to` relay follows it. */
export interface ClauseEnd {
  /** The token just past the clause's last token. */
  readonly end: number;
  /** The token of `according` when the clause ends at `, according to X` (the relay belongs to this quote). */
  readonly relay: number;
}

// `, a senior official said` / `, officials said`: a short noun phrase then a speech verb ends the clause.
const MAX_TRAILING_ATTRIBUTION = 7;
// A reported clause longer than this is a run-on or damaged text; stopping keeps the work per cue bounded.
const MAX_CLAUSE_TOKENS = 150;
const HARD_STOPS: ReadonlySet<string> = new Set(['.', '!', '?', ';', '--', '—', '–']);
// Participles that work as prepositions inside the reported clause (`the plan, including new taxes, would pass`).
const PREPOSITION_LIKE_PARTICIPLES: ReadonlySet<string> = new Set(['including', 'excluding', 'regarding', 'concerning', 'following', 'during', 'notwithstanding', 'barring', 'pending']);
const TRAILING_PUNCTUATION = /^[.,;:!?]$/u;
// Conjunctions that open another speaker's attribution after a comma (`, while rival X said`).
const CONTRAST_WORDS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'and', 'although', 'though']);

/**
 * `X said A but warned that B`, `X said A and dismissed B as “…”`: a conjunction and a second speech verb of the reporting subject end the
 * first statement, so the two are reported side by side, not one inside the other.
 */
function isSecondCue(tokens: readonly Token[], index: number, speechVerbs: ReadonlySet<string>): boolean {
  const token = tokens[index];
  if (token?.normal !== 'but' && token?.normal !== 'and') return false;
  let next = index + 1;
  while (tokens[next]?.pos === 'ADV' && next - index <= 2) next += 1;
  const verb = tokens[next];
  const lemma = verb?.lemma.toLowerCase() ?? '';
  return verb !== undefined && verb.pos === 'VERB' && (speechVerbs.has(lemma) || FRAMING_VERBS.has(lemma)) && verb.normal !== verb.lemma;
}

function isTrailingAttribution(tokens: readonly Token[], comma: number, speechVerbs: ReadonlySet<string>): boolean {
  // `…, while rival X said …`: a contrasting attribution opens with a conjunction.
  const start = CONTRAST_WORDS.has(tokens[comma + 1]?.normal ?? '') ? comma + 1 : comma;
  for (let index = start + 1; index < tokens.length && index - comma <= MAX_TRAILING_ATTRIBUTION; index += 1) {
    const token = tokens[index];
    if (token === undefined) return false;
    // `, and X is promising to …`: wink may tag the participle as an adjective.
    if ((speechVerbs.has(token.lemma.toLowerCase()) && token.pos === 'VERB') || participleLemma(tokens, index, speechVerbs) !== null) return index > start + 1;
    // `, Ham also noted`: an adverb may stand between the source and its verb.
    if (!(token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || token.pos === 'DET' || token.pos === 'PRON' || token.pos === 'AUX' || token.pos === 'PART' || (token.pos === 'ADV' && index > start + 1))) return false;
  }
  return false;
}

function endsClauseAtComma(tokens: readonly Token[], comma: number, speechVerbs: ReadonlySet<string>): boolean {
  const next = tokens[comma + 1];
  const afterNext = tokens[comma + 2];
  if (next === undefined) return true;
  if (next.normal === 'according' && afterNext?.normal === 'to') return true;
  // `, and advocated …`: a second verb phrase of the reporting subject, not of the reported clause.
  if ((next.normal === 'and' || next.normal === 'but') && afterNext?.pos === 'VERB') return true;
  // `X, despite admitting A, said B`: the main clause's own speech verb resumes after the comma.
  if (next.pos === 'VERB' && next.normal !== next.lemma && !next.normal.endsWith('ing') && speechVerbs.has(next.lemma.toLowerCase())) return true;
  // `, meaning …`, `, creating …`: a participle clause comments on the report.
  if (next.pos === 'VERB' && next.normal.endsWith('ing') && !PREPOSITION_LIKE_PARTICIPLES.has(next.normal)) return true;
  return isTrailingAttribution(tokens, comma, speechVerbs) || isCommentingAppositive(tokens, comma);
}

/** `…, a request that is likely to …`: an indefinite noun phrase with a relative clause comments on the report. */
function isCommentingAppositive(tokens: readonly Token[], comma: number): boolean {
  const article = tokens[comma + 1]?.normal;
  if (article !== 'a' && article !== 'an') return false;
  for (let index = comma + 2; index < tokens.length && index - comma <= 5; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.pos === 'VERB' || token.pos === 'PUNCT') return false;
    if (token.normal === 'that' || token.normal === 'which') return true;
  }
  return false;
}

/**
 * Finds where a reported clause that starts at `first` ends: at the end of its sentence, a line break,
 * a dash or a semicolon, or at a comma that hands over to an attribution (`, officials said`),
 * a relay (`, according to …`), a second verb phrase (`, and added`) or a participle clause.
 * Punctuation outside the marks at the end is left out; a closing quotation mark is kept.
 */
export function findClauseEnd(context: QuoteContext, first: number): ClauseEnd {
  const tokens = context.doc.tokens;
  const sentence = context.doc.sentences[tokens[first]?.sentence ?? 0];
  const limit = Math.min(sentence?.endToken ?? tokens.length, first + MAX_CLAUSE_TOKENS);
  let end = first;
  let relay = -1;
  for (let index = first; index < limit; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.type === 'tabCRLF') break;
    const outside = context.quoteOfToken[index] === -1;
    if (outside && (HARD_STOPS.has(token.value) || HARD_STOPS.has(token.normal)) && index > first) break;
    if (outside && index > first && isSecondCue(tokens, index, context.lexicons.speechVerbs)) break;
    if (outside && token.value === ',' && endsClauseAtComma(tokens, index, context.lexicons.speechVerbs)) {
      if (tokens[index + 1]?.normal === 'according') relay = index + 1;
      break;
    }
    end = index + 1;
  }
  while (end > first + 1 && TRAILING_PUNCTUATION.test(tokens[end - 1]?.value ?? '') && context.quoteOfToken[end - 1] === -1) end -= 1;
  return { end, relay };
}
