/**
 * Returns a function turning a UTF-16 offset of `text` into a code-point offset. brat is written in
 * Python, whose strings count code points, so an emoji before a span would shift every brat offset
 * after it by one if presswork's UTF-16 offsets were written as they are.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  let hasPairs = false;
  for (let index = 0; index < text.length && !hasPairs; index += 1) {
    const code = text.charCodeAt(index);
    hasPairs = code >= 0xd800 && code <= 0xdbff;
  }
  if (!hasPairs) return (offset) => offset;
  // before[i] = how many low surrogates of complete pairs lie before offset i.
  const before = new Int32Array(text.length + 1);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
    const isSecondHalf = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
    before[index + 1] = (before[index] ?? 0) + (isSecondHalf ? 1 : 0);
  }
  return (offset) => offset - (before[Math.max(0, Math.min(offset, text.length))] ?? 0);
}
