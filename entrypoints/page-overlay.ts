import { LinkHighlight } from '@/utils/page/link-highlight';
import { flashBox } from '@/utils/page/overlay';
import { pageHost } from '@/utils/page/page-host';

// The overlay script: injected by the background after the content script (in-page.ts) when the
// popup asks for the link highlight or a flash on the page. It outlines the content script's
// analysis and answers through its listener (page-host.ts), so the content script every
// inspection injects carries none of the overlay.
export default defineUnlistedScript({
  main() {
    const host = pageHost();
    // Without the content script there are no links to outline; a second injection reuses the first.
    if (!host || host.overlay) return;
    const highlight = new LinkHighlight(document, host.links);
    host.onLeave(() => highlight.dispose());
    host.overlay = {
      highlight: ({ on }) => highlight.highlight(on),
      revealLink: ({ index }) => highlight.reveal(index),
      flashBox,
    };
  },
});
