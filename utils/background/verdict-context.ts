import { openDb } from '../prospects/db';
import { lookupAuthority } from '../settings/authority-store';
import { authorityImportItem, loadSettings } from '../settings/store';
import type { Authority, Settings } from '../settings/types';
import { hostOf } from '../urls';

/**
 * What the verdict needs beyond the page: the user's settings and the page's imported authority.
 * A store that can't be read leaves authority unknown (with the reason) rather than failing the
 * inspection: the links are still worth showing.
 */
export async function loadVerdictContext(pageUrl: string): Promise<{ settings: Settings; authority: Authority }> {
  const host = hostOf(pageUrl);
  const [settings, meta] = await Promise.all([loadSettings(), authorityImportItem.getValue()]);
  let authority: Authority;
  try {
    authority = await lookupAuthority(openDb(), host, meta);
  } catch (err) {
    authority = { known: false, domain: host, reason: `Authority could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
  return { settings, authority };
}
