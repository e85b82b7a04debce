const VOID_ELEMENTS: ReadonlySet<string> = new Set(['meta', 'br', 'link', 'img', 'hr', 'input']);

const ENTITIES: ReadonlyMap<string, string> = new Map([['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#39;', "'"]]);

/** Undoes the escaping `renderHtml` applies. */
export function unescapeHtml(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES.get(entity) ?? entity);
}

/** The paragraphs of a rendered page, as plain text: each `<p class="line">` with its tags stripped. */
export function articleParagraphs(html: string): string[] {
  return [...html.matchAll(/<p class="line">([\s\S]*?)<\/p>/g)].map((match) => unescapeHtml((match[1] ?? '').replace(/<[^>]*>/g, '')));
}

/** The lines of text a rendered page shows, paragraph by paragraph. */
export function articleLines(html: string): string[] {
  return articleParagraphs(html).flatMap((paragraph) => paragraph.split(/\r\n|\r|\n/));
}

/** The lines of an article that are not blank: what the page must show, in order. */
export function nonBlankLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/** The first tag that closes out of order or stays open, or `null` when the markup nests properly. */
export function findUnbalancedTag(html: string): string | null {
  const open: string[] = [];
  for (const match of html.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>/g)) {
    const [, closing, name = ''] = match;
    const tag = name.toLowerCase();
    if (VOID_ELEMENTS.has(tag)) continue;
    if (closing !== '/') open.push(tag);
    else if (open.pop() !== tag) return `</${tag}> at ${match.index}`;
  }
  return open.length === 0 ? null : `<${open.at(-1) ?? ''}> never closed`;
}
