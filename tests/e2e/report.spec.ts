import { clickToolbarButton } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';
import { ReportPage } from './pages/report-page';

// tests/fixtures/blog-post.html, counted by hand (it is served from 127.0.0.1, so its
// root-relative links are internal and every absolute one is external):
//   header: Example Blog (/)                                         internal
//   nav: Topics, About (internal), Shop (shop.example.com)           3
//   article: placement checker, rival tool (NOFOLLOW), sponsor's crawler (sponsored noopener),
//            community list (ugc), white on white (hidden), display none (hidden),
//            research paper (1400px down)                            7 external
//   comments: my site (ugc nofollow)                                 external
//   aside: Popular post one, two                                     internal
//   footer: Privacy (internal), Partner (external)
// => 16 links, 6 internal, 10 external, 2 hidden; nofollow 2, sponsored 1, ugc 2,
//    follow 12 (web links with none of those); 10 likely count (followed and visible).
test.describe('popup report on a blog post', () => {
  test('shows the counts a reader of the page would find', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');

    await expect(report.title).toHaveText('Ten tools for testing link placement');
    expect(await report.stat('total')).toBe(16);
    expect(await report.stat('internal')).toBe(6);
    expect(await report.stat('external')).toBe(10);
    expect(await report.stat('hidden')).toBe(2);
    expect(await report.stat('counting')).toBe(10);

    expect(await report.rel('follow')).toBe(12);
    expect(await report.rel('nofollow')).toBe(2);
    expect(await report.rel('sponsored')).toBe(1);
    expect(await report.rel('ugc')).toBe(2);

    await expect(report.shownCount).toHaveText('16 of 16 links');
    await expect(report.byTestId('robots-warning')).toHaveCount(0);
    // Served from 127.0.0.1, its canonical names the blog's own address: another page.
    await expect(report.byTestId('canonical-note')).toContainText('Canonical is another page');
    await expect(report.byTestId('canonical-note')).toContainText('https://blog.example.com/link-tools');
  });

  test('shows placement counts that add up to the page’s regions', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');
    const n = async (p: Parameters<typeof report.placementCount>[0]) => report.placementCount(p);

    // Every link is in exactly one placement.
    let sum = 0;
    for (const p of ['content', 'header', 'navigation', 'sidebar', 'footer', 'comments', 'related', 'author', 'other'] as const) sum += await n(p);
    expect(sum).toBe(16);
    // Unambiguous regions only (the placement model is being retuned): the <footer> holds 2 links,
    // the article 7, the site header with its nav 4, the aside 2. The comment link may be
    // read as comments or content.
    expect(await n('footer')).toBe(2);
    expect(await n('header')).toBeGreaterThanOrEqual(1);
    expect((await n('header')) + (await n('navigation'))).toBe(4);
    expect(await n('content')).toBeGreaterThanOrEqual(7);
    expect((await n('content')) + (await n('comments'))).toBe(8);
    expect((await n('sidebar')) + (await n('related'))).toBe(2);
  });

  test('shows each link’s placement in its row', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');

    const checker = await report.row('the placement checker');
    await expect(checker.getByTestId('row-placement')).toHaveText('Content');
    await expect(checker).toContainText('external');
    await expect(checker).toContainText('✓ counts');

    const privacy = await report.row('Privacy');
    await expect(privacy.getByTestId('row-placement')).toHaveText('Footer');
    await expect(privacy).toContainText('internal');

    const rival = await report.row('a rival tool');
    await expect(rival).toContainText('nofollow');
    await expect(rival).toContainText('✗ does not count');

    const ghost = await report.row('white on white link');
    await expect(ghost).toContainText('hidden: same-colour');
  });
});

test.describe('popup report on a page of twenty thousand links', () => {
  test('shows every link, its list brought a page at a time: no answer carries more than 2,000', async ({ ext, openTab, fixtureUrl }) => {
    const { page } = await openTab(fixtureUrl('e2e/twenty-thousand-links.html'));
    const tabId = await clickToolbarButton(ext, page);
    const popup = await ext.context.newPage();
    try {
      // Note the links each answer to the popup carries (a message read in one go blocks the popup).
      await popup.addInitScript(() => {
        const runtime = chrome.runtime as unknown as { sendMessage: (message: { type?: string }) => Promise<unknown> };
        const send = runtime.sendMessage.bind(runtime);
        const seen: Array<{ type: string; links: number }> = [];
        (window as unknown as { answers: typeof seen }).answers = seen;
        runtime.sendMessage = async (message) => {
          const reply = (await send(message)) as { value?: { links?: unknown[] | null; report?: { links?: unknown[] } } } | undefined;
          const value = reply?.value;
          seen.push({ type: message.type ?? '?', links: (value?.links ?? value?.report?.links ?? []).length });
          return reply;
        };
        const texts: string[] = [];
        (window as unknown as { loadingTexts: string[] }).loadingTexts = texts;
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid="links-loading"]')?.textContent?.trim();
          if (text && texts.at(-1) !== text) texts.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
      const report = new ReportPage(popup);
      await expect(report.shownCount).toHaveText('20,000 of 20,000 links', { timeout: 30_000 });
      // While the pages came, the popup counted them.
      const loading = await popup.evaluate(() => (window as unknown as { loadingTexts: string[] }).loadingTexts);
      expect(loading).toContain('Loading the 20,000 links… 2,000 so far');
      await report.search.fill('Site number 19999');
      await expect(report.shownCount).toHaveText('1 of 20,000 links');
      await expect(report.rows).toHaveCount(1);

      const answers = await popup.evaluate(() => (window as unknown as { answers: Array<{ type: string; links: number }> }).answers);
      expect(answers.filter((a) => a.type === 'getTabLinks')).toHaveLength(10);
      expect(Math.max(...answers.map((a) => a.links))).toBeLessThanOrEqual(2000);
    } finally {
      await popup.close();
    }
  });
});
