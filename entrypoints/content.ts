import { browser } from 'wxt/browser';
import { listen, sendToBackground } from '@/utils/messaging/transport';
import { PageSession } from '@/utils/page/page-session';

// Injected on demand (activeTab + scripting), or registered for http(s) pages by the
// background when the user switched auto-scan on; never declared for all sites.
export default defineContentScript({
  registration: 'runtime',
  main() {
    // A second injection into the same page reuses the first one's listener and state.
    const flag = Symbol.for('linkscout.content');
    const g = globalThis as Record<symbol, unknown>;
    if (g[flag]) return;
    g[flag] = true;
    const session = new PageSession(document, {
      // The badge follows the page as it changes; only the count goes to the background.
      onMentionsChanged: (scan) =>
        void sendToBackground('mentionsChanged', { unlinked: scan.counts.brand.unlinked }).catch(() => {
          // Linkscout was updated or removed: this orphaned script stops watching the page.
          if (!browser.runtime?.id) session.stopWatchingMentions();
        }),
    });
    listen('content', {
      analyzePage: () => session.analyze(),
      highlight: ({ on }) => session.highlight(on),
      revealLink: ({ index }) => session.reveal(index),
      findMentions: ({ terms }) => session.findMentions(terms),
      currentMentions: () => session.currentMentions(),
      mentionHighlights: ({ on }) => session.mentionHighlights(on),
      revealMention: ({ index }) => session.revealMention(index),
    });
  },
});
