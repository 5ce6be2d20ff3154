import { formatDateTime } from '@/utils/options/format';
import { TYPE_LABELS } from '@/utils/options/labels';
import { STATUS_TEXT } from '@/utils/labels';
import { useLiveQuery } from '@/utils/options/use-live-query';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { getProspect } from '@/utils/prospects/save';
import { isJudged } from '@/utils/prospects/judged';
import { ContactList } from './ContactList';
import { ErrorNote } from './ErrorNote';
import { SnapshotHistory } from './SnapshotHistory';
import { VerdictBadge } from './VerdictBadge';
import { WebLink } from './WebLink';

/** One prospect in full: why it got its verdict, how to reach its people, what it linked to over time. */
export function ProspectDetails(props: { db: LinkscoutDb; id: number; onClose: () => void }) {
  const live = useLiveQuery(() => getProspect(props.db, props.id), [props.db, props.id]);
  return (
    <aside aria-label="Prospect details" data-testid="prospect-details" class="max-h-[65vh] space-y-3 self-start overflow-y-auto rounded-lg border border-slate-200 bg-white p-3">
      <div class="flex items-start gap-2">
        <h3 class="flex-1 text-sm font-semibold text-slate-900">Details</h3>
        <button type="button" onClick={props.onClose} class="text-xs underline">
          Close
        </button>
      </div>
      {live.state === 'loading' && <div class="text-sm text-slate-500">Loading…</div>}
      {live.state === 'failed' && <ErrorNote message={live.message} />}
      {live.state === 'ready' && live.value === null && <div class="text-sm text-slate-600">This prospect was deleted.</div>}
      {live.state === 'ready' && live.value && (
        <>
          <div>
            <div class="font-medium text-slate-900">{live.value.title || '(no title)'}</div>
            <WebLink url={live.value.url} class="text-xs" />
          </div>
          <div class="flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <VerdictBadge verdict={live.value.verdict} score={live.value.score} judged={isJudged(live.value)} />
            <span>{TYPE_LABELS[live.value.pageType]}</span>
            <span>{STATUS_TEXT[live.value.status]}</span>
            <span>first seen {formatDateTime(live.value.firstSeen)}</span>
            <span>checked {formatDateTime(live.value.lastChecked)}</span>
          </div>
          <div>
            <div class="text-xs font-semibold text-slate-700">Why this verdict</div>
            <ul class="ml-4 list-disc text-xs text-slate-700">
              {live.value.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </div>
          <div>
            <div class="text-xs font-semibold text-slate-700">Contacts</div>
            <ContactList contacts={live.value.contacts} />
          </div>
          {live.value.notes && (
            <div>
              <div class="text-xs font-semibold text-slate-700">Notes</div>
              <p class="whitespace-pre-wrap text-xs text-slate-700 [overflow-wrap:anywhere]">{live.value.notes}</p>
            </div>
          )}
          <div>
            <div class="text-xs font-semibold text-slate-700">Links seen at each visit</div>
            <SnapshotHistory snapshots={live.value.snapshots} />
          </div>
        </>
      )}
    </aside>
  );
}
