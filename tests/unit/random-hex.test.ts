import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { randomHex } from '@/utils/random-hex';
import { AnalysisId } from '@/utils/messaging/content-protocol';

describe('randomHex', () => {
  it('gives two lower-case hex digits a byte, fresh each time: an analysis id the protocol accepts', () => {
    const ids = Array.from({ length: 20 }, () => randomHex(8));
    for (const id of ids) expect(v.is(AnalysisId, id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(randomHex(16)).toMatch(/^[0-9a-f]{32}$/);
  });
});
