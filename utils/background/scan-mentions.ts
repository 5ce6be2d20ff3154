import { buildTerms } from '../mentions/terms';
import type { MentionsResult } from '../messaging/protocol';
import { MAX_TERMS } from '../messaging/protocol';
import { sendToTab } from '../messaging/transport';
import { loadSettings } from '../settings/store';
import { setUnlinkedCount } from './badge';

/**
 * Find the user's brand mentions in a tab the popup has just inspected (so the content script
 * is there and activeTab granted). The page's answer is schema-checked by the transport; the
 * badge then shows the unlinked mentions of the user's own brands.
 */
export async function scanTabMentions(tabId: number): Promise<MentionsResult> {
  const settings = await loadSettings();
  const terms = buildTerms(settings).slice(0, MAX_TERMS);
  if (terms.length === 0) {
    return { ok: false, kind: 'no-brands', message: 'Add your brand in the options page (Brands) to find its mentions on pages.' };
  }
  try {
    const { scan, highlights } = await sendToTab(tabId, 'findMentions', { terms });
    await setUnlinkedCount(tabId, scan.counts.brand.unlinked);
    return { ok: true, scan, highlights };
  } catch (err) {
    return { ok: false, kind: 'failed', message: `Mentions could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}
