import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Texts the bench annotates, all built from the seed articles (or, for the Arabic row, from a
// fixed word list), so every run measures the same input on any checkout.

const SEEDS_DIRECTORY = new URL('../seeds/', import.meta.url);

/** Reads the seed articles, in file-name order. */
export function readSeeds(): string[] {
  const directory = SEEDS_DIRECTORY.pathname;
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(directory, name), 'utf8'));
}

/** Repeats the parts, a blank line between them, and cuts the result to exactly `length` code units. */
export function repeatToLength(parts: readonly string[], length: number): string {
  const unit = `${parts.join('\n\n')}\n\n`;
  const text = unit.repeat(Math.ceil(length / Math.max(1, unit.length)));
  // `slice` of a repeated string is a flat copy, so the timings do not include flattening a rope.
  return text.slice(0, length);
}

/** Ordinary news of exactly `length` code units: the seeds, repeated. */
export function newsOfLength(seeds: readonly string[], length: number): string {
  return repeatToLength(seeds, length);
}

// A small deterministic generator, so the generated texts are the same on every run.
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Common Arabic words (function words, news vocabulary), enough to make sentences of realistic shape.
const ARABIC_WORDS = [
  'قال', 'الرئيس', 'وزير', 'الخارجية', 'الحكومة', 'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بعد', 'قبل',
  'أن', 'إن', 'التي', 'الذي', 'هذا', 'هذه', 'يوم', 'الأحد', 'الاثنين', 'العاصمة', 'المدينة', 'البلاد',
  'الأمن', 'المفاوضات', 'الاتفاق', 'النووي', 'العقوبات', 'المتحدة', 'الأمم', 'مجلس', 'الشعب', 'الجيش',
  'الهجوم', 'الصحفيين', 'مؤتمر', 'بيان', 'رسمي', 'المسؤولين', 'السلام', 'الحرب', 'المنطقة', 'الدولي',
  'أعلن', 'أكد', 'نفى', 'رفض', 'دعا', 'أضاف', 'وأشار', 'الجديد', 'الكبير', 'عدد', 'كبير', 'خلال',
];

/** An article in Arabic script of exactly `length` code units: sentences of 6 to 20 words. */
export function arabicOfLength(length: number): string {
  const random = pseudoRandom(7);
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const count = 6 + Math.floor(random() * 15);
    const words = Array.from({ length: count }, () => ARABIC_WORDS[Math.floor(random() * ARABIC_WORDS.length)] ?? 'في');
    const sentence = `${words.join(' ')}${random() < 0.2 ? '،' : '.'}${random() < 0.15 ? '\n\n' : ' '}`;
    sentences.push(sentence);
    size += sentence.length;
  }
  return sentences.join('').slice(0, length);
}

/** One hostile input of the bench table, with a name that says how it is built. */
export interface HostileInput {
  readonly name: string;
  readonly text: string;
}

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', '«', '»', "'"];
const WORDS = ['Yes', 'no', 'said', 'Minister', 'the', 'he', 'Government', 'and'];

/** `count` quote marks of every kind, each followed by a word, so quote pairing has work to do. */
export function quoteMarks(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) parts.push(`${QUOTE_MARKS[i % QUOTE_MARKS.length]}${WORDS[i % WORDS.length]} `);
  return parts.join('');
}

/** `depth` nested brackets of three kinds around a short sentence. */
export function nestedBrackets(depth: number): string {
  const opening = Array.from({ length: depth }, (_, i) => '([{'[i % 3]).join('');
  const closing = Array.from({ length: depth }, (_, i) => ')]}'[(depth - 1 - i) % 3]).join('');
  return `${opening}The minister said "no" in Paris.${closing}`;
}

/** Capitalises the first letter of every word. */
function capitaliseWords(text: string): string {
  return text.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/**
 * The hostile inputs of issue 7, each `scale` times its nominal size (1 for the bench, smaller for
 * `--quick`). Each is compared with ordinary news of the same length.
 */
export function hostileInputs(seeds: readonly string[], scale: number): HostileInput[] {
  const megabyte = Math.round(1_000_000 * scale);
  const news = newsOfLength(seeds, megabyte);
  const label = (size: number): string => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${Math.round(size / 1000)} kB`);
  return [
    { name: `${label(megabyte)} with no whitespace`, text: repeatToLength(seeds.map((seed) => seed.replace(/\s+/gu, '')), megabyte) },
    { name: `${label(megabyte)} with no punctuation`, text: repeatToLength(seeds.map((seed) => seed.replace(/\p{P}+/gu, '')), megabyte) },
    { name: `${Math.round(100_000 * scale).toLocaleString('en')} quote marks`, text: quoteMarks(Math.round(100_000 * scale)) },
    { name: `${Math.round(10_000 * scale).toLocaleString('en')} nested brackets`, text: nestedBrackets(Math.round(10_000 * scale)) },
    { name: `one ${label(megabyte)} sentence`, text: news.replace(/[.!?]+/gu, ',').replace(/\s+/gu, ' ') },
    { name: `${label(megabyte)} of capitalised words`, text: capitaliseWords(news) },
    { name: `${label(5 * megabyte)} article in Arabic script`, text: arabicOfLength(5 * megabyte) },
  ];
}

/** Splits an article into paragraphs: the runs of text between blank lines. */
function paragraphsOf(article: string): string[] {
  return article.split(/\n[ \t]*\n/u).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
}

/**
 * The `index`-th article of a corpus built from the seeds: seed `index mod n`, its paragraphs
 * rotated by `floor(index / n)` places, and a closing sentence with the document's number, so no
 * two documents are byte-identical (a cache keyed on the text would not hit) while each stays an
 * ordinary article of the seeds' size and vocabulary.
 */
export function corpusArticle(seeds: readonly string[], index: number): string {
  const seed = seeds[index % seeds.length] ?? '';
  const paragraphs = paragraphsOf(seed);
  const shift = Math.floor(index / seeds.length) % Math.max(1, paragraphs.length);
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  return `${rotated.join('\n\n')}\n\nThis is report number ${index + 1} of the corpus.\n`;
}

/**
 * A JSONL corpus as `presswork annotate` reads it, one `{"id", "text"}` per line, of article-sized
 * documents (`corpusArticle`), cut at the last whole line under `bytes` UTF-8 bytes.
 */
export function jsonlCorpus(seeds: readonly string[], bytes: number): { readonly jsonl: string; readonly documents: number } {
  const lines: string[] = [];
  let size = 0;
  for (let index = 0; ; index += 1) {
    const line = `${JSON.stringify({ id: `doc-${index + 1}`, text: corpusArticle(seeds, index) })}\n`;
    const lineBytes = Buffer.byteLength(line);
    if (size + lineBytes > bytes) break;
    lines.push(line);
    size += lineBytes;
  }
  return { jsonl: lines.join(''), documents: lines.length };
}
