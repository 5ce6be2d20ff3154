import { describe, expect, it } from 'vitest';
import { pageReading } from '@/utils/analysis/page-reading';
import { flashBox } from '@/utils/page/overlay';
import { mentionHandlersOf, offerPageHost, pageHost } from '@/utils/page/page-host';

const SENDER = {};

describe('the content script’s host, shared with the mention script', () => {
  it('is found in the world it was offered in, and only there', () => {
    const world = {};
    const host = offerPageHost({ reading: pageReading(), flashBox, orphaned: () => false }, world);
    expect(pageHost(world)).toBe(host);
    expect(pageHost({})).toBeUndefined();
  });

  it('a mention message before the mention script was injected fails with a clear reason; after, the mention script answers it', async () => {
    const host = offerPageHost({ reading: pageReading(), flashBox, orphaned: () => false }, {});
    const handlers = mentionHandlersOf(host);
    expect(() => handlers.revealMention({ index: 0 }, SENDER)).toThrow('Linkscout’s mention script is not in this page');
    host.mentions = {
      findMentions: () => Promise.reject(new Error('unused')),
      currentMentions: () => Promise.reject(new Error('unused')),
      mentionHighlights: () => Promise.reject(new Error('unused')),
      revealMention: ({ index }) => ({ found: index === 3, visible: true }),
    };
    expect(await handlers.revealMention({ index: 3 }, SENDER)).toEqual({ found: true, visible: true });
  });

  it('leaving runs what each script asked to run, in order', () => {
    const host = offerPageHost({ reading: pageReading(), flashBox, orphaned: () => true }, {});
    const left: string[] = [];
    host.onLeave(() => left.push('links'));
    host.onLeave(() => left.push('mentions'));
    host.leave();
    expect(left).toEqual(['links', 'mentions']);
  });
});
