import type { Span } from '../../src/types';

/** One text-bound annotation read back from a `.ann` file, with its fragments in UTF-16 offsets. */
export interface BratTextBound {
  readonly id: string;
  readonly type: string;
  readonly fragments: readonly Span[];
  /** The text field of the line: the fragments' texts joined by spaces. */
  readonly text: string;
}

/** A brat `.ann` file read back: text-bound spans, relations and notes by id. */
export interface BratDocument {
  readonly textBounds: ReadonlyMap<string, BratTextBound>;
  readonly relations: ReadonlyArray<{ readonly id: string; readonly type: string; readonly from: string; readonly to: string }>;
  readonly notes: ReadonlyMap<string, string>;
}

// brat counts code points; turn a code-point offset back into a UTF-16 offset of `text`.
function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  for (let seen = 0; seen < codePoints && offset < text.length; seen += 1) {
    offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  }
  return offset;
}

/** Reads a `.ann` file as brat does, failing loudly on a line it does not understand. */
export function readBrat(text: string, ann: string): BratDocument {
  const textBounds = new Map<string, BratTextBound>();
  const relations: Array<{ id: string; type: string; from: string; to: string }> = [];
  const notes = new Map<string, string>();
  for (const line of ann.split('\n').filter((row) => row !== '')) {
    const [id = '', middle = '', ...rest] = line.split('\t');
    if (id.startsWith('T')) {
      const [type = '', ...offsetWords] = middle.split(' ');
      const fragments = offsetWords.join(' ').split(';').map((pair) => {
        const [start, end] = pair.split(' ').map((value) => utf16Offset(text, Number(value)));
        return { start: start ?? 0, end: end ?? 0, text: text.slice(start, end) };
      });
      textBounds.set(id, { id, type, fragments, text: rest.join('\t') });
    } else if (id.startsWith('R')) {
      const match = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(middle);
      if (match === null) throw new Error(`bad relation line: ${line}`);
      relations.push({ id, type: match[1] ?? '', from: match[2] ?? '', to: match[3] ?? '' });
    } else if (id.startsWith('#')) {
      const [, on = ''] = middle.split(' ');
      notes.set(on, rest.join('\t'));
    } else {
      throw new Error(`unknown brat line: ${line}`);
    }
  }
  return { textBounds, relations, notes };
}

/** Joins a text-bound annotation's fragments back into one span, undoing the split at line breaks. */
export function joinFragments(text: string, textBound: BratTextBound): Span {
  const start = textBound.fragments[0]?.start ?? 0;
  const end = textBound.fragments.at(-1)?.end ?? start;
  return { start, end, text: text.slice(start, end) };
}
