import { browser } from 'wxt/browser';
import { pageReading } from '@/utils/analysis/page-reading';
import { listenInPage } from '@/utils/messaging/in-page';
import { announceAndWatch, arrivalEvent } from '@/utils/page/content-lifecycle';
import { lentHandlers, offerPageHost, pageHost } from '@/utils/page/page-host';
import { PageSession } from '@/utils/page/page-session';

// Injected on demand (activeTab + scripting), or registered for http(s) pages by the
// background when the user switched auto-scan on; never declared for all sites. An unlisted
// script, not a WXT content script: WXT wraps those in a context that posts a message naming
// the extension's id to the page at every injection, telling any site who inspects it.
// The mention code and the overlay (highlight, flash) are scripts of their own (page-mentions.ts,
// page-overlay.ts), injected after this one only when asked for; their messages come through
// this script's listener (page-host.ts).
export default defineUnlistedScript({
  main() {
    // A second injection into the same page reuses the first one's listener and state.
    if (pageHost()) return;
    // Linkscout was reloaded, updated or removed: this copy can no longer reach it.
    const orphaned = () => !browser.runtime?.id;
    const session = new PageSession(document);
    const host = offerPageHost({ reading: pageReading(() => session.placementOf), links: session, orphaned });
    host.onLeave(() => session.dispose());
    // Before anything is drawn (every answer waits for it): a copy orphaned by a reload takes
    // its UI out of the page, told by an event whose name the page never learns.
    const handedOver = Promise.resolve()
      .then(() => arrivalEvent(browser.storage.local))
      .then((event) => announceAndWatch(window, event, orphaned, host.leave))
      .catch(() => undefined);
    listenInPage({
      analyzePage: () => session.analyze(),
      reportLinks: ({ analysis, from }) => session.reportLinks(analysis, from),
      ...lentHandlers(host),
    }, handedOver);
  },
});
