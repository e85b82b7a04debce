import Sentiment from 'sentiment';

/** Scores a text with the AFINN lexicon of the `sentiment` package. */
export type SentimentAnalyzer = (text: string) => { score: number; tokens: readonly string[] };

// AFINN rates each word from -5 to +5.
const MAX_WORD_SCORE = 5;

/** Creates the AFINN analyzer once per document (the package's instance holds no per-call state). */
export function createSentimentAnalyzer(): SentimentAnalyzer {
  const sentiment = new Sentiment();
  return (text) => sentiment.analyze(text);
}

/**
 * The AFINN sentiment of a quote's content, in [-1, 1]: the summed word scores divided by
 * 5·√(word count), then clamped. The sum of n independent word scores grows like √n, so this keeps a
 * long quote with one harsh word milder than a short one, without diluting it to nothing as the
 * per-word mean (`comparative`) does; 5 is the largest score AFINN gives a single word.
 */
export function scoreQuoteSentiment(analyze: SentimentAnalyzer, content: string): number {
  const { score, tokens } = analyze(content);
  if (tokens.length === 0 || score === 0) return 0;
  const normalised = score / (MAX_WORD_SCORE * Math.sqrt(tokens.length));
  return Math.max(-1, Math.min(1, Math.round(normalised * 1000) / 1000));
}
