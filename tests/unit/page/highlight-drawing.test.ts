import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '@/utils/page/overlay';
import { OVERLAY_TAG } from '@/utils/page/overlay-tag';
import { LinkHighlight } from '@/utils/page/link-highlight';
import { PageSession } from '@/utils/page/page-session';
import { shadowRootSteps } from '@/utils/analysis/shadow-roots';
import { runSteps } from '@/utils/analysis/steps';

/**
 * The link highlight on a big page is drawn in slices, and the page runs between them: what
 * happens when the user switches it off, asks again, or the page removes Linkscout's overlay
 * while it is being drawn.
 */

const LINKS = 3000;
const boxes = () => document.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelectorAll('.box').length ?? 0;
const legend = () => document.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelector('.legend') ?? null;

let page: PageSession;
let session: LinkHighlight;
beforeEach(async () => {
  document.body.innerHTML = `<main>${Array.from({ length: LINKS }, (_, i) => `<p>Text <a href="https://site.example/${i}">link ${i}</a></p>`).join('')}</main>`;
  // happy-dom draws nothing: each link gets one box, and the clock runs fast enough that every
  // step of the drawing ends a slice (as a big page's do in a browser).
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 40, 16)] as unknown as DOMRectList);
  let clock = 0;
  page = new PageSession(document);
  session = new LinkHighlight(document, page);
  await page.analyze();
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
});
afterEach(() => {
  session.dispose();
  page.dispose();
  document.querySelectorAll(OVERLAY_TAG).forEach((n) => n.remove());
});

describe('the link highlight drawn in slices', () => {
  it('draws one box per link, under its legend', async () => {
    const on = await session.highlight(true);
    expect(on.on).toBe(true);
    expect(boxes()).toBe(LINKS);
    expect(legend()).not.toBeNull();
  });

  it('switched off while it is drawn: no box stays, and the answer to "on" says it is off', async () => {
    // Both asked at once: the drawing's first slice runs, then "off" comes between two slices.
    const asked = session.highlight(true);
    expect(await session.highlight(false)).toMatchObject({ on: false });
    expect(await asked).toMatchObject({ on: false });
    expect(boxes()).toBe(0);
    expect(legend()).toBeNull();
  });

  it('asked again while it is drawn (a resize): the newer drawing replaces the older, every link once', async () => {
    const first = session.highlight(true);
    await session.highlight(true);
    await first;
    expect(boxes()).toBe(LINKS);
  });

  it('follows a new analysis (the popup opened again on a page that grew): every link of the new one outlined, once', async () => {
    await session.highlight(true);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>More <a href="https://site.example/new-1">new one</a> and <a href="https://site.example/new-2">new two</a></p>');
    // The analysis at the page's own pace (the fast clock would make each of its steps a slice).
    vi.mocked(performance.now).mockRestore();
    await page.analyze();
    await vi.waitFor(() => expect(boxes()).toBe(LINKS + 2));
    expect(legend()).not.toBeNull();
  });

  it('a new analysis with the highlight drawn reads the page, not Linkscout’s boxes and legend', async () => {
    await session.highlight(true);
    expect(document.querySelector(OVERLAY_TAG)?.shadowRoot).toBeTruthy();
    expect(runSteps(shadowRootSteps(document)).size).toBe(0);
    vi.mocked(performance.now).mockRestore();
    await page.analyze();
    expect(page.last?.report.links).toHaveLength(LINKS);
  });

  it('switched off, stays off when a new analysis comes', async () => {
    await session.highlight(true);
    await session.highlight(false);
    vi.mocked(performance.now).mockRestore();
    await page.analyze();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(boxes()).toBe(0);
  });

  it('the page removes the overlay while it is drawn: the rest is drawn with its legend', async () => {
    // After the second group of boxes, the page takes the overlay out (as a hostile page may).
    const addBoxes = Overlay.prototype.addBoxes;
    let groups = 0;
    vi.spyOn(Overlay.prototype, 'addBoxes').mockImplementation(function (this: Overlay, drawn) {
      addBoxes.call(this, drawn);
      if (++groups === 2) document.querySelector(OVERLAY_TAG)!.remove();
    });
    await session.highlight(true);
    expect(groups).toBeGreaterThan(2);
    expect(boxes()).toBe(LINKS - 2 * 250);
    expect(legend()).not.toBeNull();
  });
});
