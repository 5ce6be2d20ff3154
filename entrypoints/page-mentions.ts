import { sendToBackground } from '@/utils/messaging/in-page';
import { MentionSession } from '@/utils/page/mention-session';
import { pageHost } from '@/utils/page/page-host';

// The mention script: injected by the background after the content script (in-page.ts) when
// the popup asks for mentions, or registered with it for auto-scan. It reads the page with the
// content script's analysis and answers through its listener (page-host.ts), so it carries
// neither.
export default defineUnlistedScript({
  main() {
    const host = pageHost();
    // Without the content script there is nothing to read the page with; a second injection reuses the first.
    if (!host || host.mentions) return;
    const mentions = new MentionSession(document, {
      reading: host.reading,
      // The overlay script's, once injected (the popup asks for it before revealing a mention).
      flashBox: (doc, box) => host.overlay?.flashBox(doc, box),
      orphaned: host.orphaned,
      leave: host.leave,
      // The badge follows the page as it changes; only the count goes to the background.
      onMentionsChanged: (scan) =>
        void sendToBackground('mentionsChanged', { unlinked: scan.counts.brand.unlinked }).catch(() => host.orphaned() && host.leave()),
    });
    host.onLeave(() => mentions.dispose());
    host.mentions = {
      findMentions: ({ terms, paint }) => mentions.find(terms, paint),
      currentMentions: () => mentions.current(),
      mentionHighlights: ({ on }) => mentions.highlights(on),
      revealMention: ({ index }) => mentions.reveal(index),
    };
  },
});
