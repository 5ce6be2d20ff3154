import { describe, expect, it } from 'vitest';
import { pageReading } from '@/utils/analysis/page-reading';
import { flashBox } from '@/utils/page/overlay';
import { lentHandlers, offerPageHost, pageHost } from '@/utils/page/page-host';
import { PageSession } from '@/utils/page/page-session';

const SENDER = {};

describe('the content script’s host, shared with the mention and overlay scripts', () => {
  it('is found in the world it was offered in, and only there', () => {
    const world = {};
    const host = offerPageHost({ reading: pageReading(), links: new PageSession(document), orphaned: () => false }, world);
    expect(pageHost(world)).toBe(host);
    expect(pageHost({})).toBeUndefined();
  });

  it('a mention message before the mention script was injected fails with a clear reason; after, the mention script answers it', async () => {
    const host = offerPageHost({ reading: pageReading(), links: new PageSession(document), orphaned: () => false }, {});
    const handlers = lentHandlers(host);
    expect(() => handlers.revealMention({ index: 0 }, SENDER)).toThrow('Linkscout’s mention script is not in this page');
    host.mentions = {
      findMentions: () => Promise.reject(new Error('unused')),
      currentMentions: () => Promise.reject(new Error('unused')),
      mentionHighlights: () => Promise.reject(new Error('unused')),
      revealMention: ({ index }) => ({ found: index === 3, visible: true }),
    };
    expect(await handlers.revealMention({ index: 3 }, SENDER)).toEqual({ found: true, visible: true });
  });

  it('a highlight or reveal before the overlay script was injected fails with a clear reason; after, the overlay script answers it', async () => {
    const host = offerPageHost({ reading: pageReading(), links: new PageSession(document), orphaned: () => false }, {});
    const handlers = lentHandlers(host);
    expect(() => handlers.revealLink({ index: 0 }, SENDER)).toThrow('Linkscout’s overlay script is not in this page');
    expect(() => handlers.highlight({ on: true }, SENDER)).toThrow('Linkscout’s overlay script is not in this page');
    host.overlay = {
      highlight: ({ on }) => Promise.resolve({ on, counts: { followed: 2, nofollow: 0, sponsored: 0, ugc: 0, hidden: 0 } }),
      revealLink: ({ index }) => Promise.resolve({ found: index === 1, visible: true }),
      flashBox,
    };
    expect(await handlers.revealLink({ index: 1 }, SENDER)).toEqual({ found: true, visible: true });
    expect(await handlers.highlight({ on: true }, SENDER)).toMatchObject({ on: true, counts: { followed: 2 } });
    // The mention messages still wait for their own script.
    expect(() => handlers.revealMention({ index: 0 }, SENDER)).toThrow('Linkscout’s mention script is not in this page');
  });

  it('leaving runs what each script asked to run, in order', () => {
    const host = offerPageHost({ reading: pageReading(), links: new PageSession(document), orphaned: () => true }, {});
    const left: string[] = [];
    host.onLeave(() => left.push('links'));
    host.onLeave(() => left.push('mentions'));
    host.leave();
    expect(left).toEqual(['links', 'mentions']);
  });
});
