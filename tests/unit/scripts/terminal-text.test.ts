import { describe, expect, it } from 'vitest';
import { printable, printableJson } from '../../../scripts/lib/terminal-text';

describe('printable', () => {
  it('keeps ordinary text, accents and right-to-left letters as they are', () => {
    expect(printable('Café – naïve 東京 مرحبا → “quoted”')).toBe('Café – naïve 東京 مرحبا → “quoted”');
  });

  it('shows escape sequences as visible escapes instead of sending them to the terminal', () => {
    expect(printable('red\u001b[31m text\u001b[0m')).toBe('red\\x1B[31m text\\x1B[0m');
    expect(printable('bell\u0007 and CSI\u009b2J')).toBe('bell\\x07 and CSI\\x9B2J');
  });

  it('keeps one line one line: newlines, carriage returns and tabs in page text are escaped', () => {
    expect(printable('a\nb\rc\td')).toBe('a\\x0Ab\\x0Dc\\x09d');
    expect(printable('a\u2028b')).toBe('a\\u2028b');
  });

  it('shows bidirectional overrides, which could display an address reversed', () => {
    expect(printable('file\u202Etxt.exe\u202C')).toBe('file\\u202Etxt.exe\\u202C');
    expect(printable('\u2066isolate\u2069')).toBe('\\u2066isolate\\u2069');
  });
});

describe('printableJson', () => {
  it('escapes what JSON.stringify leaves raw and a terminal acts on, and parses back to the same value', () => {
    const value = { text: 'csi\u009b2J del\u007f sep\u2028 rtl\u202e iso\u2066 esc\u001b', plain: 'Café 東京' };
    const json = printableJson(JSON.stringify(value));
    expect(json).not.toMatch(/[\u001b\u007f-\u009f\u2028\u202e\u2066]/);
    expect(json).toContain('\\u009b');
    expect(json).toContain('\\u202e');
    expect(json).toContain('Café 東京');
    expect(JSON.parse(json)).toEqual(value);
  });
});
