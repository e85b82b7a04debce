// The characters that end a line for brat and for the HTML view's paragraphs. brat keeps one
// sentence per line in its display, so a span may not contain any of them.
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/**
 * Splits `[start, end)` of `text` into the pieces between line breaks, dropping the breaks and any
 * empty piece: `"one\n\ntwo"` gives the offsets of `one` and `two`. Linear in the span's length.
 */
export function splitAtLineBreaks(text: string, start: number, end: number): Array<readonly [number, number]> {
  const pieces: Array<readonly [number, number]> = [];
  let pieceStart = start;
  for (let position = start; position <= end; position += 1) {
    if (position < end && !isLineBreak(text.charCodeAt(position))) continue;
    if (position > pieceStart) pieces.push([pieceStart, position]);
    pieceStart = position + 1;
  }
  return pieces;
}
