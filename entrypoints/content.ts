import { listen } from '@/utils/messaging/transport';
import { PageSession } from '@/utils/page/page-session';

// Injected on demand (activeTab + scripting), never declared for all sites.
export default defineContentScript({
  registration: 'runtime',
  main() {
    // A second injection into the same page reuses the first one's listener and state.
    const flag = Symbol.for('linkscout.content');
    const g = globalThis as Record<symbol, unknown>;
    if (g[flag]) return;
    g[flag] = true;
    const session = new PageSession(document);
    listen('content', {
      analyzePage: () => session.analyze(),
      highlight: ({ on }) => session.highlight(on),
      revealLink: ({ index }) => session.reveal(index),
      findMentions: ({ terms }) => session.findMentions(terms),
      mentionHighlights: ({ on }) => session.mentionHighlights(on),
      revealMention: ({ index }) => session.revealMention(index),
    });
  },
});
