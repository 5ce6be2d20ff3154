import { afterEach, describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import { Overlay } from '@/utils/page/overlay';
import { isLinkscoutUi } from '@/utils/page/mention-watch';
import { isOverlayHost, OVERLAY_TAG } from '@/utils/page/overlay-tag';
import { PageSession } from '@/utils/page/page-session';
import { shadowRootSteps } from '@/utils/analysis/shadow-roots';
import { runSteps } from '@/utils/analysis/steps';
import { ACME_AND_RIVAL } from '../mentions/brands';

/**
 * Linkscout skips its own overlay when it reads a page, by a mark the page's scripts cannot set:
 * a page that names its own element `linkscout-overlay` cannot hide links or mentions in it.
 */
afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll(OVERLAY_TAG).forEach((n) => n.remove());
});

function pageElementNamedLikeOurs(): Element {
  document.body.innerHTML = `<main><p>${'A page about rockets and the people who build them. '.repeat(4)}</p><linkscout-overlay id="fake"></linkscout-overlay></main>`;
  const fake = document.getElementById('fake')!;
  fake.attachShadow({ mode: 'open' }).innerHTML = '<p>Acme is mentioned here, beside <a href="https://paid.example/casino">a paid link</a>.</p>';
  return fake;
}

describe('a page’s element named like Linkscout’s overlay', () => {
  it('is read: its shadow tree’s links are in the report, its text’s mentions in the scan, its changes are the page’s', async () => {
    const fake = pageElementNamedLikeOurs();
    expect(isOverlayHost(fake)).toBe(false);
    const page = new PageSession(document);
    await page.analyze();
    expect(page.last?.report.links.map((l) => l.href)).toContain('https://paid.example/casino');
    expect(scanMentions(document, ACME_AND_RIVAL).scan.mentions.map((m) => m.matched)).toContain('Acme');
    expect(isLinkscoutUi(fake)).toBe(false);
    page.dispose();
  });

  it('while Linkscout’s own overlay is skipped', () => {
    pageElementNamedLikeOurs();
    const overlay = new Overlay(document);
    overlay.startBoxes({ followed: 1, nofollow: 0, sponsored: 0, ugc: 0, hidden: 0 });
    const ours = Array.from(document.querySelectorAll(OVERLAY_TAG)).find((el) => el.id !== 'fake')!;
    expect(isOverlayHost(ours)).toBe(true);
    expect(isLinkscoutUi(ours)).toBe(true);
    expect(runSteps(shadowRootSteps(document)).has(ours)).toBe(false);
  });
});
