import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useStorageItem } from '@/utils/options/use-storage-item';
import { AUTO_SCAN_ORIGINS, autoScanItem, autoScanState, type AutoScanState } from '@/utils/settings/auto-scan';
import { ErrorNote } from './ErrorNote';

/** Whether the browser grants access to sites now, kept current when the user changes it in the browser; undefined while asking. */
function useSiteAccess(): boolean | undefined {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const check = () =>
      void browser.permissions
        .contains({ origins: AUTO_SCAN_ORIGINS })
        .catch(() => false)
        .then((g) => live && setGranted(g));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return granted;
}

const EXPLAIN: Record<AutoScanState, string> = {
  off: 'Off: Linkscout reads a page only when you click its button.',
  on: 'On: every web page you open is scanned for your brands as it loads, and the toolbar badge shows its unlinked mentions. The page never leaves your browser.',
  'access-removed':
    'Access to sites was taken back in the browser, so pages are not scanned. Switch auto-scan on again to grant it.',
};

/**
 * The auto-scan switch. Switching on asks the browser for access to all http(s) sites, right in
 * the click (the browser asks the user only then); switching off gives that access back.
 */
export function AutoScanSetting() {
  const wanted = useStorageItem(autoScanItem);
  const granted = useSiteAccess();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = wanted === undefined || granted === undefined ? null : autoScanState(wanted, granted);

  const turnOn = () => {
    setError(null);
    setBusy(true);
    // No await before this call: the browser shows its prompt only within the user's click.
    browser.permissions
      .request({ origins: AUTO_SCAN_ORIGINS })
      .then(async (ok) => {
        if (ok) await autoScanItem.setValue(true);
        else setError('The browser did not grant access to sites, so auto-scan stays off.');
      })
      .catch((err: unknown) => setError(`Auto-scan could not be switched on: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => setBusy(false));
  };

  const turnOff = () => {
    setError(null);
    setBusy(true);
    autoScanItem
      .setValue(false)
      // Least privilege: access asked for auto-scan goes with it.
      .then(() => browser.permissions.remove({ origins: AUTO_SCAN_ORIGINS }))
      .catch((err: unknown) => setError(`Auto-scan could not be switched off: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => setBusy(false));
  };

  return (
    <div class="space-y-1.5" data-testid="auto-scan">
      <label class="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          role="switch"
          data-testid="auto-scan-switch"
          checked={state === 'on'}
          disabled={state === null || busy}
          onChange={(e) => ((e.currentTarget as HTMLInputElement).checked ? turnOn() : turnOff())}
        />
        Auto-scan pages as they load
      </label>
      <p class={`text-xs ${state === 'access-removed' ? 'text-amber-800' : 'text-slate-600'}`} role="status" data-testid="auto-scan-state" data-state={state ?? 'loading'}>
        {state ? EXPLAIN[state] : 'Checking…'}
      </p>
      <ErrorNote message={error} testId="auto-scan-error" onDismiss={() => setError(null)} />
    </div>
  );
}
