import { evaluateCorpus, formatScores, type EvaluatedDocument } from '../evaluate/index';
import { annotateMany } from './annotate-many';
import type { CommandStreams } from './annotate-command';
import { defaultConcurrency } from './default-concurrency';
import { createProgressBar } from './progress-bar';
import { readGoldFolder } from './read-gold-folder';

/** The options of `presswork eval`. */
export interface EvalCommandOptions {
  /** Where the articles' `<id>.txt` are, when not beside the gold files or one folder up. */
  readonly texts?: string;
  /** Prints the scores as JSON instead of tables. */
  readonly json: boolean;
  readonly concurrency?: number;
}

/**
 * `presswork eval <gold-dir>`: annotates every article of a gold folder and prints the same scores
 * as `npm run eval`. Resolves to 0, or 1 when an article could not be read (named; the rest are scored).
 */
export async function evalCommand(goldDirectory: string, options: EvalCommandOptions, streams: CommandStreams): Promise<number> {
  let bad = 0;
  const { articles, catalog } = await readGoldFolder(goldDirectory, options.texts, (document) => {
    bad += 1;
    streams.stderr.write(`presswork: ${document.source}: ${document.reason}; skipped\n`);
  });
  const bar = createProgressBar(streams.stderr, articles.length);
  const documents: EvaluatedDocument[] = [];
  const concurrency = options.concurrency ?? defaultConcurrency(articles.reduce((size, article) => size + article.text.length, 0));
  try {
    // annotateMany keeps input order, so the i-th result belongs to the i-th article.
    for await (const { annotation } of annotateMany(articles, { concurrency })) {
      const article = articles[documents.length];
      if (article !== undefined) documents.push({ ...article, predicted: annotation });
      bar.update(documents.length);
    }
  } finally {
    bar.finish();
  }
  const scores = evaluateCorpus(documents, catalog);
  streams.stdout.write(options.json ? `${JSON.stringify(scores, null, 2)}\n` : `${formatScores(scores)}\n`);
  return bad > 0 ? 1 : 0;
}
