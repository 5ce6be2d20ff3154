/**
 * Folding: the form in which terms and page text are compared. Lower case, accents dropped
 * (Nestlé = NESTLE), curly apostrophes straight, every Unicode space one space, invisible
 * characters (soft hyphen, zero-width) gone, a few letters that NFKD leaves alone spelled out
 * (ß → ss, æ → ae, ø → o). Folding changes lengths, so page text is folded into a FoldBuffer
 * that keeps, for every folded character, the text node and offsets it came from.
 */

/** A block boundary in folded text: no term holds it, so no match crosses it. */
export const BREAK = 10; // '\n'
const SPACE = 32;

/** Dropped: they change nothing a reader sees. */
const INVISIBLE = new Set([0x00ad, 0x034f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc, 0x2032, 0xff07, 0x00b4]);
/** Hyphen and no-break hyphen; dashes stay dashes. */
const HYPHENS = new Set([0x2010, 0x2011]);
/** Letters NFKD does not decompose, written the way people type them without the key. */
const SPELLED: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o',
  đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', ς: 'σ',
};

const cache = new Map<number, string>();

/** The folded form of one code point: '' when dropped, ' ' for any space. */
export function foldCodePoint(cp: number): string {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
    if (cp === 9 || cp === 10 || cp === 12 || cp === 13) return ' ';
    return String.fromCharCode(cp);
  }
  let f = cache.get(cp);
  if (f === undefined) {
    f = foldRare(String.fromCodePoint(cp), cp);
    cache.set(cp, f);
  }
  return f;
}

/**
 * Accents and points a reader does without (Latin, Greek, Cyrillic, Hebrew, Arabic), and
 * variation selectors (an emoji's or an ideograph's style): "cafe" finds "café". Other marks are letters' own and stay: a kana voicing mark (デ is not テ), an
 * Indic vowel sign (टाटा is not टीटू).
 */
const DIACRITICS = /[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]|\udb40[\udd00-\uddef]/g;

function foldRare(ch: string, cp: number): string {
  if (INVISIBLE.has(cp)) return '';
  if (APOSTROPHES.has(cp)) return "'";
  if (HYPHENS.has(cp)) return '-';
  if (/\s/u.test(ch)) return ' ';
  const spelled = SPELLED[ch];
  if (spelled) return spelled;
  // Compatibility forms only for letters, digits and marks (ﬁ → fi, ｆｕｌｌ → full): ™ must not become "tm".
  if (!/[\p{L}\p{Nd}\p{M}]/u.test(ch)) return ch;
  const out = ch.normalize('NFKD').toLowerCase().replace(DIACRITICS, '');
  return Array.from(out, (c) => SPELLED[c] ?? c).join('');
}

/** A whole string folded, spaces collapsed and trimmed: how terms are compared. */
export function foldText(s: string): string {
  let out = '';
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0)!);
  return out.replace(/ +/g, ' ').trim();
}

/** Words are made of letters, digits, marks and underscores; `-`, `'`, `.` and `/` end them. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || cp === 95;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(cp));
}

/**
 * Whether a character carries a word on, so a term beside it is only part of a word: a word
 * character, except in scripts written without spaces between words (Han, kana, Thai), where
 * "我喜欢Acme产品" holds the word Acme, and a term in those scripts needs no boundary.
 */
export function joinsWord(cp: number): boolean {
  return isWordCodePoint(cp) && !(cp >= 0x0e00 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(String.fromCodePoint(cp)));
}

/**
 * Folded page text with its way back: for each folded UTF-16 unit, the index of the text
 * segment it came from (-1 for a break or a separator) and the source offsets within it.
 */
export class FoldBuffer {
  codes = new Uint16Array(1024);
  seg = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  length = 0;

  private push(code: number, seg: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const i = this.length++;
    this.codes[i] = code;
    this.seg[i] = seg;
    this.start[i] = start;
    this.end[i] = end;
  }

  private grow(): void {
    const n = this.codes.length * 2;
    const codes = new Uint16Array(n);
    codes.set(this.codes);
    const seg = new Int32Array(n);
    seg.set(this.seg);
    const start = new Int32Array(n);
    start.set(this.start);
    const end = new Int32Array(n);
    end.set(this.end);
    Object.assign(this, { codes, seg, start, end });
  }

  private last(): number {
    return this.length > 0 ? this.codes[this.length - 1]! : BREAK;
  }

  /** A block boundary. */
  breakBlock(): void {
    if (this.length === 0) return;
    if (this.last() === SPACE) this.length--;
    if (this.last() !== BREAK) this.push(BREAK, -1, 0, 0);
  }

  /** A word separator that is not text (an image or a form field between words). */
  separate(): void {
    if (this.last() !== SPACE && this.last() !== BREAK) this.push(SPACE, -1, 0, 0);
  }

  /**
   * Fold `data` (segment `seg`) from offset `from` until the buffer holds `limit` units or
   * the data ends; returns the offset where it stopped, so a huge text node is folded in parts.
   */
  append(seg: number, data: string, from: number, limit: number): number {
    let i = from;
    const n = data.length;
    while (i < n && this.length < limit) {
      let cp = data.charCodeAt(i);
      // Plain ASCII, most of most pages: no strings made.
      if (cp > 32 && cp < 128) {
        this.push(cp >= 65 && cp <= 90 ? cp + 32 : cp, seg, i, i + 1);
        i++;
        continue;
      }
      let width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = data.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      const f = foldCodePoint(cp);
      if (f.length === 1 && f.charCodeAt(0) === SPACE) {
        if (this.last() !== SPACE && this.last() !== BREAK) this.push(SPACE, seg, i, i + width);
      } else if (f.length === 0) {
        // Dropped (an accent written apart, a soft hyphen): it belongs to the character before.
        if (this.length > 0 && this.seg[this.length - 1] === seg) this.end[this.length - 1] = i + width;
      } else {
        for (let k = 0; k < f.length; k++) this.push(f.charCodeAt(k), seg, i, i + width);
      }
      i += width;
    }
    return i;
  }

  /** The folded text so far. */
  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) {
      // In slices: apply() takes a bounded number of arguments.
      out += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]);
    }
    return out;
  }

  /** Forget the first `n` units (already searched), keeping the rest at the front. */
  dropFront(n: number): void {
    const k = Math.min(n, this.length);
    this.codes.copyWithin(0, k, this.length);
    this.seg.copyWithin(0, k, this.length);
    this.start.copyWithin(0, k, this.length);
    this.end.copyWithin(0, k, this.length);
    this.length -= k;
  }
}
