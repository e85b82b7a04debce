// Child process of `npm run bench`: annotates ordinary news of the length given as the first
// argument and prints the process's peak resident set size, before and after, as JSON. It runs in
// its own process because `maxRSS` is a high-water mark: in the bench process it would include
// every earlier measurement.
import { presswork } from './presswork';
import { newsOfLength, readSeeds } from './texts';

const { annotate } = presswork;
const length = Number(process.argv[2] ?? 4_000_000);
const text = newsOfLength(readSeeds(), length);
annotate('The model loads on the first call.');
const beforeKilobytes = process.resourceUsage().maxRSS;
const annotation = annotate(text);
const afterKilobytes = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify({ length, beforeKilobytes, afterKilobytes, entities: annotation.entities.length })}\n`);
