/** Collapse runs of whitespace (including no-break spaces) to one space, and trim. */
export function foldWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Cut a string to at most `max` characters, marking the cut. Page text can be megabytes. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** An English month's name, whole or short, with its dot ("Sept."), as a regex source (one group). */
export const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Words in a text, by Unicode letters and digits (works for any script with spaces): the
 * matches of `[\p{L}\p{N}][\p{L}\p{N}'’-]*`, counted in one pass without building them (this
 * runs on every text node of a page).
 */
export function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character outside the basic plane takes two code units.
      letter = LETTER_OR_DIGIT.test(s.slice(i, i + 2));
      i++;
    } else letter = LETTER_OR_DIGIT.test(s[i]!);
    if (letter) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 45))) inWord = false; // ' ’ - join a word's parts
  }
  return words;
}
