// Child process of `npm run bench`: times one row of the hostile-input table (its index and the
// scale are the arguments) against ordinary news of the same length, both in this one process, and
// prints the row as JSON. A row runs in its own process so a pathological input that takes minutes
// is stopped by the parent's time-out instead of stalling the whole bench.
import { presswork } from './presswork';
import { median, medianTimes, timeOnce } from './measure';
import { countTokens, readWithWink } from './raw-wink';
import { hostileInputs, newsOfLength, readSeeds } from './texts';

const { annotate } = presswork;
const [index = 0, scale = 1, runs = 5] = process.argv.slice(2).map(Number);
const seeds = readSeeds();
const input = hostileInputs(seeds, scale)[index];
if (input === undefined) throw new Error(`no hostile input number ${index}`);
const { name, text } = input;
const news = newsOfLength(seeds, text.length);
// Short inputs are annotated several times per timed run, so the timer measures work, not noise.
const loops = Math.max(1, Math.ceil((250_000 * scale) / Math.max(1, text.length)));
const repeated = (task: (value: string) => unknown, value: string) => () => {
  for (let loop = 0; loop < loops; loop += 1) task(value);
};

annotate('The model loads here, not inside a timed run.');
const [newsMs = Number.NaN, newsRawMs = Number.NaN] = medianTimes([repeated(annotate, news), repeated(readWithWink, news)], runs);
const [rawMs = Number.NaN] = medianTimes([repeated(readWithWink, text)], runs);
const row = { name, length: text.length, tokens: countTokens(text), newsTokens: countTokens(news), newsMs: newsMs / loops, rawRatio: rawMs / newsRawMs };
try {
  // The first call is timed on its own: if it is already slow, it is the only run.
  const first = timeOnce(repeated(annotate, text));
  const times = first > 20_000 ? [first] : Array.from({ length: runs }, () => timeOnce(repeated(annotate, text)));
  const ms = median(times);
  process.stdout.write(`${JSON.stringify({ ...row, ms: ms / loops, ratio: ms / newsMs, runs: times.length })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ ...row, ms: null, ratio: null, runs: 0, error: error instanceof Error ? error.message : String(error) })}\n`);
}
