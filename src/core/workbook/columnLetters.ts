/**
 * Excel's column letters of a 0-based column index; "" for an index that is no column (negative,
 * NaN, Infinity — whose letters would never end).
 *
 * @example
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(index: number): string {
  if (!Number.isFinite(index) || index < 0) return "";
  let n = Math.floor(index) + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 0-based column index of Excel's column letters, the inverse of {@link columnLetters}
 * (upper-case letters, as Office writes addresses).
 *
 * @example
 * columnOfLetters("AB") //=> 27
 */
export function columnOfLetters(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}
