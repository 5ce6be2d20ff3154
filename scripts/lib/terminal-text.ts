/**
 * Page text made safe to print on a terminal. A page's title, link texts and raw hrefs are the
 * page's to choose: an escape sequence in them could recolour, rewrite or clear what `inspect`
 * printed before, and a bidirectional override could show an address reversed. Each such
 * character is written as a visible escape instead (`\x1B`, `\u202E`), so nothing is dropped.
 */

// C0 and C1 controls (newline and tab included: one report line stays one line), DEL, the
// line and paragraph separators, and the bidirectional embeddings, overrides and isolates.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

// What JSON.stringify leaves raw though a terminal acts on it: DEL, the C1 controls, the line and
// paragraph separators and the bidirectional controls (it escapes only U+0000–U+001F).
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with those characters as `\uXXXX` escapes: the same JSON once parsed, safe to print. */
export function printableJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
