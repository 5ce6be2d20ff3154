import type { Page } from '@playwright/test';
import { clickToolbarButton, tabReport } from '../../scripts/lib/extension-browser';
import type { InspectResult } from '../../utils/messaging/protocol';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';
import type { ReportPage } from './pages/report-page';

// Pages that try hard to break a link tool (tests/fixtures/hostile/). Each test reads the report a
// user sees: counts, a link's placement, rel and href; "no crash" alone is never the assertion.
// Internal/external: the fixtures are served from 127.0.0.1, so only links to 127.0.0.1 are internal.

/** The scored report the background holds for the tab (what the popup renders). */
async function reportOf(report: ReportPage, tabId: number): Promise<Extract<InspectResult, { ok: true }>['report']> {
  const result = await tabReport(report.page, tabId);
  if (!result?.ok) throw new Error(`No report: ${JSON.stringify(result)}`);
  return result.report;
}

/** A report opened for a tab shows a report, not an error panel. */
async function expectReport(report: ReportPage): Promise<void> {
  await expect(report.state).toHaveCount(0);
  await expect(report.title).toBeVisible();
}

/** Overlay facts read with locators (they run in Playwright's own world, so a page's broken built-ins don't matter). */
async function overlayBoxes(page: Page): Promise<number> {
  return page.locator('linkscout-overlay .box').count();
}

test.describe('hostile pages', () => {
  test('DOM clobbering of document and of a form around the content changes nothing in the report', async ({ inspect }) => {
    const { report, tabId, site } = await inspect('hostile/dom-clobbering.html');
    // The page really is clobbered in its own world.
    expect(await site.page.evaluate(() => typeof document.querySelectorAll)).toBe('object');
    expect(await site.page.locator('#page-form').evaluate((form) => String(form.getAttribute))).toBe('[object HTMLInputElement]');

    await expectReport(report);
    await expect(report.title).toHaveText('Clobbered document and form');
    // Home, About, the guide and Privacy are on 127.0.0.1; the checker and the sponsor are not.
    expect(await report.stat('total')).toBe(6);
    expect(await report.stat('internal')).toBe(4);
    expect(await report.stat('external')).toBe(2);
    expect(await report.rel('sponsored')).toBe(1);

    const checker = await report.row('the link checker');
    await expect(checker.getByTestId('row-placement')).toHaveText('Content');
    await expect(checker).toContainText('https://tools.example.org/checker');
    await expect(checker).toContainText('external');
    const sponsor = await report.row('our sponsor');
    await expect(sponsor.getByTestId('row-placement')).toHaveText('Content');
    await expect(sponsor).toContainText('sponsored');
    await expect((await report.row('Home')).getByTestId('row-placement')).toHaveText('Navigation');
    await expect((await report.row('Privacy')).getByTestId('row-placement')).toHaveText('Footer');

    const raw = await reportOf(report, tabId);
    expect(raw.page.url).toBe(site.page.url());
    expect(raw.page.lang).toBe('en');
    expect(raw.page.wordCount).toBeGreaterThan(100);
  });

  test('a page that breaks Array, JSON, Promise and DOM built-ins in its own world does not reach Linkscout', async ({ inspect }) => {
    const { report, site } = await inspect('hostile/main-world-overrides.html');
    await expect(site.page.locator('html')).toHaveAttribute('data-overrides', 'installed');

    await expectReport(report);
    expect(await report.stat('total')).toBe(6);
    expect(await report.stat('internal')).toBe(3);
    expect(await report.stat('external')).toBe(3);
    expect(await report.rel('ugc')).toBe(1);
    expect(await report.rel('nofollow')).toBe(1);
    const guide = await report.row('the isolated worlds guide');
    await expect(guide.getByTestId('row-placement')).toHaveText('Content');
    await expect(guide).toContainText('✓ counts');
    const thread = await report.row('a forum thread');
    await expect(thread).toContainText('ugc');
    await expect(thread).toContainText('nofollow');
    await expect((await report.row('Hosted by Example')).getByTestId('row-placement')).toHaveText('Footer');

    // The in-page UI too: highlight boxes and a reveal flash.
    await report.highlightToggle.check();
    await expect(report.byTestId('legend-followed')).toHaveText('Followed 5');
    await expect.poll(() => overlayBoxes(site.page)).toBe(6);
    await guide.click();
    await expect(site.page.locator('linkscout-overlay .flash')).toHaveCount(1);
  });

  for (const kind of ['header', 'meta'] as const) {
    test(`a strict CSP (${kind}: default-src 'none') still gets a report, a styled highlight and a reveal flash`, async ({ inspect }) => {
      const { report, site } = await inspect(`hostile/strict-csp-${kind}.html`);
      const response = await site.page.request.get(site.page.url());
      if (kind === 'header') expect(response.headers()['content-security-policy']).toBe("default-src 'none'");

      await expectReport(report);
      expect(await report.stat('total')).toBe(6);
      expect(await report.stat('internal')).toBe(3);
      expect(await report.stat('external')).toBe(3);
      expect(await report.rel('nofollow')).toBe(1);
      await expect((await report.row('the CSP standard')).getByTestId('row-placement')).toHaveText('Content');

      await report.highlightToggle.check();
      await expect.poll(() => overlayBoxes(site.page)).toBe(6);
      // Styled: the shadow root's stylesheet applied in spite of the CSP (2px outlines, a legend in a corner).
      const box = site.page.locator('linkscout-overlay .box').first();
      await expect(box).toHaveCSS('border-top-width', '2px');
      await expect(box).toHaveCSS('position', 'absolute');
      await expect(site.page.locator('linkscout-overlay .legend')).toHaveCSS('position', 'fixed');
      await expect(site.page.locator('linkscout-overlay .legend')).toContainText('Nofollow: 1');

      await (await report.row('the history of CSP')).click();
      const flash = site.page.locator('linkscout-overlay .flash');
      await expect(flash).toHaveCount(1);
      await expect(flash).toHaveCSS('border-top-width', '3px');
      const link = await site.rectOf('#far-down');
      const drawn = await flash.boundingBox();
      const scrollY = await site.scrollY();
      expect(Math.abs(drawn!.y + scrollY - (link.top - 3))).toBeLessThanOrEqual(4);
    });
  }

  test('mention highlights are painted under a strict CSP (adopted stylesheet, no <style> element)', async ({ ext, inspect }) => {
    const dash = await DashboardPage.open(ext);
    if ((await dash.page.getByTestId('brand-item').filter({ hasText: 'Acme' }).count()) === 0) await dash.addBrand('Acme', 'acme.example');
    await dash.page.close();

    const { report, site } = await inspect('hostile/strict-csp-header.html');
    await expect(report.byTestId('mentions-summary')).toContainText('1 unlinked');
    await expect
      .poll(() =>
        site.page.evaluate(() => ({
          painted: CSS.highlights.get('linkscout-unlinked')?.size ?? 0,
          // The ::highlight rules reach the page through an adopted sheet, which CSP does not govern.
          adoptedRules: document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('linkscout-unlinked'))),
          styleElements: document.querySelectorAll('style').length,
        })),
      )
      .toEqual({ painted: 1, adoptedRules: true, styleElements: 0 });
  });

  test('<base href> on another domain: links resolve against it, internal/external against the page; odd schemes and malformed URLs are listed safely', async ({ inspect }) => {
    const { report, tabId } = await inspect('hostile/base-href-and-odd-urls.html');
    await expectReport(report);
    // 12 links; web links: the relative guide and about (on cdn.other.example through the base),
    // own host home (127.0.0.1: internal), punycode and unicode hosts, `http://exa mple.com/`,
    // which Chromium's URL parser accepts as host `exa%20mple.com` (a click goes there too), and
    // "#top", which the base sends to cdn.other.example.
    expect(await report.stat('total')).toBe(12);
    expect(await report.stat('internal')).toBe(1);
    expect(await report.stat('external')).toBe(6);

    const relative = await report.row('relative guide');
    await expect(relative).toContainText('https://cdn.other.example/assets/guide.html');
    await expect(relative).toContainText('external');
    await expect(await report.row('root-relative about')).toContainText('https://cdn.other.example/about');
    await expect(await report.row('own host home')).toContainText('internal');
    // A Unicode host is shown as the browser sends it: punycode, the same as the punycode link.
    await expect(await report.row('unicode host')).toContainText('https://xn--bcher-kva.example/');
    await expect(await report.row('punycode host')).toContainText('https://xn--bcher-kva.example/');

    const raw = await reportOf(report, tabId);
    const byText = new Map(raw.links.map((l) => [l.text, l]));
    expect(byText.get('javascript link')).toMatchObject({ scheme: 'javascript', host: '', internal: null });
    expect(byText.get('data link')).toMatchObject({ scheme: 'other', host: '', internal: null });
    expect(byText.get('blob link')).toMatchObject({ scheme: 'other', host: '', internal: null });
    // The base sends "#top" to the other site, as a click does.
    expect(byText.get('jump to top')).toMatchObject({ scheme: 'http', href: 'https://cdn.other.example/assets/#top', internal: false });
    for (const text of ['broken IPv6', 'port out of range']) {
      expect(byText.get(text), text).toMatchObject({ href: null, scheme: 'other', host: '', internal: null });
    }
    expect(byText.get('space in host')).toMatchObject({ href: 'http://exa%20mple.com/', scheme: 'http', internal: false });
    expect(byText.get('unicode host')).toMatchObject({ host: 'xn--bcher-kva.example', scheme: 'http' });

    // None of the non-web URLs becomes clickable in the report.
    for (const text of ['javascript link', 'data link', 'blob link', 'broken IPv6']) {
      await (await report.row(text)).click();
      await expect(report.details).toContainText(text);
      await expect(report.details.locator('a')).toHaveCount(0);
    }
    const hrefs = await report.page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href, 'only http(s) links in the report').toMatch(/^https?:\/\//);
  });

  test('links in open shadow roots are listed, and in closed ones too through chrome.dom.openOrClosedShadowRoot', async ({ inspect }) => {
    const { report, site } = await inspect('hostile/shadow-roots.html');
    // The page's own scripts cannot reach the closed root: it really is closed.
    expect(await site.page.evaluate(() => document.getElementById('closed-host')!.shadowRoot)).toBeNull();
    await expectReport(report);
    expect(await report.stat('total')).toBe(3);
    expect(await report.rowLabels()).toEqual(['light DOM link', 'open shadow link', 'closed shadow link']);
    await expect((await report.row('light DOM link')).getByTestId('row-placement')).toHaveText('Content');
    // The placement walk enters both roots: their paragraphs are part of the article.
    await expect((await report.row('open shadow link')).getByTestId('row-placement')).toHaveText('Content');
    await expect((await report.row('closed shadow link')).getByTestId('row-placement')).toHaveText('Content');
    await expect(await report.row('open shadow link')).toContainText('https://open-shadow.example.org/');
    const closed = await report.row('closed shadow link');
    await expect(closed).toContainText('nofollow');
    await expect(closed).toContainText('https://closed-shadow.example.org/');
    // Reveal reaches into the closed root as well.
    await closed.click();
    await expect(site.page.locator('linkscout-overlay .flash')).toHaveCount(1);
  });

  test('same- and cross-origin frames: no error, and the frames’ links are not in the top page’s report', async ({ inspect }) => {
    const { report, site } = await inspect('hostile/frames.html');
    // Both frames loaded (the page's load waits for them), the second from another origin.
    const framed = site.page.frames().filter((f) => f.url().endsWith('frame-child.html'));
    expect(framed.map((f) => new URL(f.url()).hostname).sort()).toEqual(['127.0.0.1', 'localhost']);
    await expectReport(report);
    // A frame is a document of its own: its links belong to that page, not to this one.
    expect(await report.stat('total')).toBe(1);
    expect(await report.rowLabels()).toEqual(['top frame link']);
    await expect((await report.row('top frame link')).getByTestId('row-placement')).toHaveText('Content');
  });

  test('a single-page app: the report is the DOM at the click, and a second click re-analyses the new view', async ({ ext, inspect, reportFor }) => {
    const { report, site } = await inspect('hostile/spa-rewrite.html');
    expect(await report.rowLabels()).toEqual(['Home', 'first view link one', 'first view link two']);

    await site.page.getByRole('button', { name: 'Show the second view' }).click();
    await expect(site.page.getByRole('link', { name: 'second view link c' })).toBeVisible();
    const tabId = await clickToolbarButton(ext, site.page);
    const again = await reportFor(tabId);
    await expectReport(again);
    expect(await again.stat('total')).toBe(4);
    expect(await again.rowLabels()).toEqual(['Home', 'second view link a', 'second view link b', 'second view link c']);
    await expect((await again.row('second view link b')).getByTestId('row-placement')).toHaveText('Content');
    // Reveal finds the new view's links (the old elements are gone from the page).
    await (await again.row('second view link c')).click();
    await expect(site.page.locator('linkscout-overlay .flash')).toHaveCount(1);
  });

  test('infinite scroll: content appended after scrolling is in the next inspection', async ({ ext, inspect, reportFor }) => {
    const { report, site } = await inspect('hostile/infinite-scroll.html');
    expect(await report.stat('total')).toBe(5);

    await site.page.mouse.wheel(0, 1800);
    await expect(site.page.locator('html')).toHaveAttribute('data-batches', '2');
    const tabId = await clickToolbarButton(ext, site.page);
    const again = await reportFor(tabId);
    await expectReport(again);
    expect(await again.stat('total')).toBe(10);
    expect(await again.stat('external')).toBe(10);
    await expect((await again.row('feed story 10')).getByTestId('row-placement')).toHaveText('Content');
  });

  test('a page that removes Linkscout’s overlay: the next reveal and highlight recreate it', async ({ inspect }) => {
    const { report, site } = await inspect('hostile/removes-injected-ui.html');
    await expectReport(report);
    expect(await report.stat('total')).toBe(2);

    await report.highlightToggle.check();
    // The page took the overlay out as soon as it appeared.
    await expect(site.page.locator('html')).toHaveAttribute('data-removed-foreign', 'linkscout-overlay');
    await expect(site.page.locator('linkscout-overlay')).toHaveCount(0);

    await (await report.row('second content link')).click();
    await expect(site.page.locator('linkscout-overlay')).toHaveCount(1);
    await expect(site.page.locator('linkscout-overlay .flash')).toHaveCount(1);
    await expect(report.details).toContainText('https://two.example.org/');

    await report.highlightToggle.uncheck();
    await report.highlightToggle.check();
    await expect.poll(() => overlayBoxes(site.page)).toBe(2);
    await expect(site.page.locator('linkscout-overlay')).toHaveCount(1);
  });

  test('a page that listens for extensions hears nothing from Linkscout: no message, no event, not its id', async ({ ext, fixtureUrl, openTab, reportFor }) => {
    const { page } = await openTab(`${fixtureUrl('hostile/listens-for-extensions.html')}#${ext.extensionId}`);
    const tabId = await clickToolbarButton(ext, page);
    const report = await reportFor(tabId);
    await expectReport(report);
    expect(await report.stat('total')).toBe(2);
    // A second inspection of the same page (the report page asks again) and a highlight: still nothing.
    await report.highlightToggle.check();
    await expect.poll(() => overlayBoxes(page)).toBe(2);
    expect(await page.locator('html').getAttribute('data-heard')).toBeNull();
    // The page's listening works: a message posted to it is heard.
    await page.evaluate(() => postMessage('probe', '*'));
    await expect(page.locator('html')).toHaveAttribute('data-heard', 'message "probe"');
  });

  test('a megabyte of anchor text: capped at 1,000 characters, in a small message', async ({ inspect }) => {
    const { report, tabId, site } = await inspect('hostile/huge-anchor-text.html');
    expect(await site.page.locator('#giant').evaluate((a) => a.textContent!.length)).toBe(1_048_576);
    await expectReport(report);
    expect(await report.stat('total')).toBe(3);
    expect(await report.rel('nofollow')).toBe(1);
    await expect(await report.row('link after the giant')).toContainText('nofollow');

    const raw = await reportOf(report, tabId);
    const giant = raw.links.find((l) => l.href === 'https://giant.example.org/')!;
    expect(giant.text).toHaveLength(1000);
    expect(giant.text.startsWith('giant anchor giant anchor')).toBe(true);
    expect(giant.text.endsWith('…')).toBe(true);
    // The giant's paragraph holds nearly all the page's text, so it is the main content.
    expect(giant.placement).toBe('content');
    expect(giant.context!.length).toBeLessThanOrEqual(202);
    expect(raw.page.mainText.length).toBeLessThanOrEqual(20_000);
    // The whole report stays far from message limits. (Its speed: `npm run bench`, page huge-anchor.)
    expect(JSON.stringify(raw).length).toBeLessThan(100_000);
  });
});
