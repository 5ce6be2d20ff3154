import { afterEach, describe, expect, it } from 'vitest';
import { Overlay } from '@/utils/page/overlay';
import { OVERLAY_TAG } from '@/utils/page/overlay-tag';

const COUNTS = { followed: 1, nofollow: 2, sponsored: 0, ugc: 0, hidden: 0 };
const box = (top: number, kind: 'followed' | 'nofollow') => ({ top, left: 10, width: 40, height: 16, kind });

afterEach(() => document.querySelectorAll(OVERLAY_TAG).forEach((n) => n.remove()));

describe('the highlight’s boxes', () => {
  it('carry their kind’s letter but a followed link’s; a box at the top of the page has it below (no room above)', () => {
    const overlay = new Overlay(document);
    overlay.startBoxes(COUNTS);
    overlay.addBoxes([box(2, 'nofollow'), box(300, 'nofollow'), box(2, 'followed')]);
    const drawn = [...document.querySelector(OVERLAY_TAG)!.shadowRoot!.querySelectorAll<HTMLElement>('.box')];
    expect(drawn.map((b) => [b.dataset.mark ?? '', b.classList.contains('top')])).toEqual([
      ['N', true],
      ['N', false],
      ['', true],
    ]);
  });
});
