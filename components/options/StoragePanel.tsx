import { useEffect, useState } from 'preact/hooks';
import { formatBytes, plural } from '@/utils/options/format';
import { useAction } from '@/utils/options/use-action';
import { useLiveQuery } from '@/utils/options/use-live-query';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { countProspects } from '@/utils/prospects/query';
import { requestPersistence, storageUsage } from '@/utils/prospects/storage-health';
import { authorityCount } from '@/utils/settings/authority-store';
import { ErrorNote } from './ErrorNote';

type Usage = Awaited<ReturnType<typeof storageUsage>>;

function usageText(u: Usage): string {
  if (u.usage === null) return 'The browser does not say how much space Linkscout uses.';
  return u.quota === null ? `${formatBytes(u.usage)} used` : `${formatBytes(u.usage)} used of ${formatBytes(u.quota)} available`;
}

function persistedText(p: boolean | null): string {
  if (p === null) return 'The browser does not say whether this data is kept when space runs low.';
  return p ? 'Persistent: the browser will not clear this data when space runs low.' : 'Not persistent: the browser may clear this data when disk space runs low.';
}

/** How much the browser lets Linkscout keep, and whether it may clear it. */
export function StoragePanel(props: { db: LinkscoutDb }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);
  const action = useAction();
  const prospects = useLiveQuery(() => countProspects(props.db), [props.db]);
  const authority = useLiveQuery(() => authorityCount(props.db), [props.db]);

  const refresh = () => void action.run(async () => setUsage(await storageUsage()));
  // Usage grows with every save: read it again whenever the prospect count moves.
  const count = prospects.state === 'ready' ? prospects.value : null;
  useEffect(refresh, [count]);

  const persist = () =>
    void action.run(async () => {
      const granted = await requestPersistence();
      setAsked(granted);
      setUsage(await storageUsage());
    });

  return (
    <div class="space-y-2 text-sm text-slate-700">
      <div data-testid="storage-usage">{usage ? usageText(usage) : 'Measuring…'}</div>
      <div data-testid="storage-persisted">{usage ? persistedText(usage.persisted) : ''}</div>
      <div class="text-xs text-slate-500">
        {count !== null && <>{plural(count, 'prospect')} · </>}
        {authority.state === 'ready' && <>{plural(authority.value, 'domain')} with authority</>}
      </div>
      <div class="flex items-center gap-2">
        <button
          type="button"
          data-testid="persist-storage"
          disabled={action.busy || usage?.persisted === true}
          onClick={persist}
          class="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50 disabled:opacity-50"
        >
          {usage?.persisted === true ? 'Storage is persistent' : 'Ask the browser to keep this data'}
        </button>
        {asked === false && <span role="status">The browser said no (it decides by how much you use Linkscout; ask again later).</span>}
      </div>
      {asked === true && <div role="status">The browser agreed: this data is now persistent.</div>}
      <ErrorNote message={action.error ?? (prospects.state === 'failed' ? prospects.message : null)} onDismiss={action.clearError} />
    </div>
  );
}
