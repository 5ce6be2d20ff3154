import { reportFacts, WAIT_FOR_ANSWER, type PopupAnswer, type ReportFacts } from '../../scripts/bench/popup-probes';
import { ToolbarPopup } from '../../scripts/bench/toolbar-popup';
import { expect, test } from './fixtures';

test.describe('on the inspected page', () => {
  test('clicking a row scrolls the page to the link, flashes it and explains it', async ({ inspect }) => {
    const { report, site } = await inspect('blog-post.html');
    expect(await site.scrollY()).toBe(0);
    const link = await site.rectOf('#below-fold');
    expect(link.top, 'the fixture’s research link sits below the first screen').toBeGreaterThan(1000);

    await (await report.row('a research paper on link value')).click();

    await expect.poll(() => site.scrollY(), { message: 'the page scrolled to the link' }).toBeGreaterThan(0);
    // The flash lasts under two seconds: catch it while it is there, around the link.
    await expect.poll(async () => (await site.overlay()).flash !== null, { message: 'a .flash in the overlay', intervals: [50] }).toBe(true);
    const { flash, hosts } = await site.overlay();
    expect(hosts).toBe(1);
    expect(flash).not.toBeNull();
    expect(Math.abs(flash!.top - link.top)).toBeLessThanOrEqual(4);
    expect(Math.abs(flash!.left - link.left)).toBeLessThanOrEqual(4);
    // The link is in the viewport now.
    const viewport = site.page.viewportSize()!;
    const y = await site.scrollY();
    expect(link.top).toBeGreaterThanOrEqual(y);
    expect(link.top + link.height).toBeLessThanOrEqual(y + viewport.height);

    const details = report.details;
    await expect(details).toBeVisible();
    await expect(details).toContainText('a research paper on link value');
    await expect(details).toContainText('https://research.example.edu/paper');
    await expect(details).toContainText(/Placement: Content — \S/);
    await expect(details).toContainText('Likely counts');
    await expect(details).toContainText('followed (no nofollow, sponsored or ugc)');
    await expect(details).toContainText(/Strength \d+\/100 — \S/);

    // The flash goes away by itself and takes the overlay with it.
    await expect.poll(async () => (await site.overlay()).hosts, { timeout: 5_000 }).toBe(0);
  });

  test('clicking a hidden link’s row says there is nothing to see', async ({ inspect }) => {
    const { report, site } = await inspect('blog-post.html');
    await (await report.row('display none link')).click();
    await expect(report.details).toContainText('Hidden link: scrolled to where it sits, but there is nothing to see.');
    await expect(report.details).toContainText('Likely does not count');
    await expect(report.details).toContainText(/hidden \(display\)/);
    expect((await site.overlay()).flash).toBeNull();
  });

  test('after the tab moved to another page, a row click and the highlight say so instead of pointing into the new page', async ({ inspect, fixtureUrl }) => {
    const { report, site } = await inspect('blog-post.html');
    await site.page.goto(fixtureUrl('no-links.html'));

    await (await report.row('a research paper on link value')).click();
    await expect(report.details).toContainText('The page has changed since Linkscout read it: open Linkscout again to read this one.');
    // A click, not `check()`: the popup turns the toggle back off as soon as the page refuses, and
    // `check()` fails when that happens before it looks at the box again.
    await report.highlightToggle.click();
    await expect(report.byTestId('highlight-note')).toHaveText('The page has changed since Linkscout read it: open Linkscout again to read this one.');
    await expect(report.highlightToggle).not.toBeChecked();
    expect((await site.overlay()).hosts, 'nothing drawn on the new page').toBe(0);
  });

  test('highlight on outlines links with a legend; off removes it and leaves the layout as it was', async ({ inspect }) => {
    const { report, site } = await inspect('blog-post.html');
    const watched = ['header', '.wrap', 'main', 'aside', 'footer', '#first-content', '#below-fold', '.ghost', '#late'];
    const before = await site.layout(watched);
    expect((await site.overlay()).hosts).toBe(0);

    await report.highlightToggle.check();
    // The popup's legend: 10 followed, 1 nofollow only, 1 sponsored, 2 ugc, 2 hidden.
    // Each with the letter its boxes carry on the page (none for followed).
    await expect(report.byTestId('legend-followed')).toHaveText('Followed 10');
    await expect(report.byTestId('legend-nofollow')).toHaveText(/^N\s*Nofollow 1$/);
    await expect(report.byTestId('legend-sponsored')).toHaveText(/^S\s*Sponsored 1$/);
    await expect(report.byTestId('legend-ugc')).toHaveText(/^U\s*UGC 2$/);
    await expect(report.byTestId('legend-hidden')).toHaveText(/^H\s*Hidden 2$/);

    await expect.poll(async () => (await site.overlay()).hosts).toBe(1);
    const on = await site.overlay();
    // Every link with a box on screen gets one; display:none has none.
    expect(on.boxKinds.length).toBeGreaterThanOrEqual(15);
    expect(new Set(on.boxKinds)).toEqual(new Set(['followed', 'nofollow', 'sponsored', 'ugc', 'hidden']));
    // Not told apart by colour alone: each kind but followed has its letter drawn on its boxes, and in the legend.
    expect(on.boxMarks).toEqual({ followed: '', nofollow: 'N', sponsored: 'S', ugc: 'U', hidden: 'H' });
    expect(on.legend).toMatch(/N\s*Nofollow: 1/);
    expect(on.legend).toContain('Followed: 10');
    expect(on.legend).toContain('Nofollow: 1');
    expect(on.legend).toContain('Sponsored: 1');
    expect(on.legend).toContain('UGC: 2');
    expect(on.legend).toContain('Hidden: 2');

    // A box sits on the link it outlines.
    const boxes = await site.boxes();
    for (const [sel, kind] of [['#first-content', 'followed'], ['#below-fold', 'followed'], ['.ghost', 'hidden']] as const) {
      const r = await site.rectOf(sel);
      const box = boxes.find((b) => Math.abs(b.top - r.top) < 2 && Math.abs(b.left - r.left) < 2);
      expect(box, `a box on ${sel}`).toBeDefined();
      expect(box!.kind).toBe(kind);
    }
    expect(await site.layout(watched), 'the overlay does not move the page').toEqual(before);

    await report.highlightToggle.uncheck();
    await expect(report.byTestId('legend-followed')).toHaveCount(0);
    await expect.poll(async () => (await site.overlay()).hosts).toBe(0);
    expect(await site.layout(watched), 'the page’s layout is as before').toEqual(before);

    // On again after off works too.
    await report.highlightToggle.check();
    await expect.poll(async () => (await site.overlay()).boxKinds.length).toBe(on.boxKinds.length);
  });

  test('the page’s own scripts keep their turns while a big page is analysed', async ({ ext, fixtureUrl, openTab }) => {
    const { page, tabId } = await openTab(fixtureUrl('e2e/busy-page-with-16000-links.html'));
    // Once the page has settled (its first layout is one long task of its own), note the time.
    await expect.poll(() => page.evaluate(() => (window as unknown as { ticks: number[] }).ticks.length)).toBeGreaterThan(50);
    const clickedAt = await page.evaluate(() => performance.now());
    // The real toolbar popup keeps the tab in front (a tab behind others has its timers slowed);
    // the report is read from it too (opening the report as a page would inspect again).
    const popup = await ToolbarPopup.open(ext, page);
    let facts: ReportFacts;
    try {
      expect((await popup.evaluate<PopupAnswer>(WAIT_FOR_ANSWER, 30_000)).testId).toBe('verdict');
      facts = await popup.evaluate<ReportFacts>(reportFacts(tabId));
    } finally {
      await popup.close();
    }
    expect(facts.links).toBe(16000);
    // The page's timer noted each of its runs; the longest wait between two is how long the page
    // was kept from its own work. Between slices of the analysis the page's tasks get a turn
    // every 100 ms or so, so no wait comes near the analysis' length (before, one wait took it all).
    const longestWait = await page.evaluate((from) => {
      const ticks = (window as unknown as { ticks: number[] }).ticks.filter((t) => t >= from);
      let most = 0;
      for (let i = 1; i < ticks.length; i++) most = Math.max(most, ticks[i]! - ticks[i - 1]!);
      return most;
    }, clickedAt);
    expect(facts.durationMs, 'an analysis long enough to tell').toBeGreaterThan(300);
    expect(longestWait).toBeLessThan(facts.durationMs / 2);
  });

  test('the page’s own scripts keep their turns while a big page’s links are outlined', async ({ ext, fixtureUrl, openTab }) => {
    const { page } = await openTab(fixtureUrl('e2e/busy-page-with-16000-links.html'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { ticks: number[] }).ticks.length)).toBeGreaterThan(50);
    const popup = await ToolbarPopup.open(ext, page);
    let started = 0;
    try {
      expect((await popup.evaluate<PopupAnswer>(WAIT_FOR_ANSWER, 30_000)).testId).toBe('verdict');
      started = await page.evaluate(() => performance.now());
      // The user switches the highlight on: 16,000 links measured and outlined.
      await popup.evaluate<boolean>(`(() => {
        const box = [...document.querySelectorAll('label')].find((l) => l.textContent.includes('Highlight links'))?.querySelector('input');
        box?.click();
        return Boolean(box);
      })()`);
      await expect.poll(() => page.evaluate(() => document.querySelector('linkscout-overlay')?.shadowRoot?.querySelectorAll('.box').length ?? 0), { timeout: 30_000 }).toBeGreaterThanOrEqual(16000);
    } finally {
      await popup.close();
    }
    const { drawing, longestWait } = await page.evaluate((from) => {
      const ticks = (window as unknown as { ticks: number[] }).ticks.filter((t) => t >= from);
      let most = 0;
      for (let i = 1; i < ticks.length; i++) most = Math.max(most, ticks[i]! - ticks[i - 1]!);
      return { drawing: performance.now() - from, longestWait: most };
    }, started);
    // Drawn at once, the page waited for all of it (most of a second on a 50,000-link page);
    // drawn in slices, its timer runs between them.
    expect(drawing, 'a drawing long enough to tell').toBeGreaterThan(150);
    expect(longestWait).toBeLessThan(drawing / 2);
  });
});
