import { browser } from 'wxt/browser';
import { listenInPage, sendToBackground } from '@/utils/messaging/in-page';
import { announceAndWatch, arrivalEvent } from '@/utils/page/content-lifecycle';
import { PageSession } from '@/utils/page/page-session';

// Injected on demand (activeTab + scripting), or registered for http(s) pages by the
// background when the user switched auto-scan on; never declared for all sites. An unlisted
// script, not a WXT content script: WXT wraps those in a context that posts a message naming
// the extension's id to the page at every injection, telling any site who inspects it.
export default defineUnlistedScript({
  main() {
    // A second injection into the same page reuses the first one's listener and state. (After
    // Linkscout is reloaded, Chromium runs the new copy in a fresh world: it does not see this flag.)
    const flag = Symbol.for('linkscout.content');
    const g = globalThis as Record<symbol, unknown>;
    if (g[flag]) return;
    g[flag] = true;
    // Linkscout was reloaded, updated or removed: this copy can no longer reach it.
    const orphaned = () => !browser.runtime?.id;
    const session = new PageSession(document, {
      orphaned,
      // The badge follows the page as it changes; only the count goes to the background.
      onMentionsChanged: (scan) =>
        void sendToBackground('mentionsChanged', { unlinked: scan.counts.brand.unlinked }).catch(() => orphaned() && session.dispose()),
    });
    // Before anything is drawn (every answer waits for it): a copy orphaned by a reload takes
    // its UI out of the page, told by an event whose name the page never learns.
    const handedOver = Promise.resolve()
      .then(() => arrivalEvent(browser.storage.local))
      .then((event) => announceAndWatch(window, event, orphaned, () => session.dispose()))
      .catch(() => undefined);
    listenInPage({
      analyzePage: () => session.analyze(),
      reportLinks: ({ analysis, from }) => session.reportLinks(analysis, from),
      highlight: ({ on }) => session.highlight(on),
      revealLink: ({ index }) => session.reveal(index),
      findMentions: ({ terms, paint }) => session.findMentions(terms, paint),
      currentMentions: () => session.currentMentions(),
      mentionHighlights: ({ on }) => session.mentionHighlights(on),
      revealMention: ({ index }) => session.revealMention(index),
    }, handedOver);
  },
});
