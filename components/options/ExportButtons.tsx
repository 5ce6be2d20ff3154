import { useState } from 'preact/hooks';
import { blobFromChunks, exportFileName, saveBlob } from '@/utils/options/download';
import { useAction } from '@/utils/options/use-action';
import { backupChunks } from '@/utils/prospects/backup';
import { iterateProspects } from '@/utils/prospects/bulk-io';
import { prospectCsvChunks } from '@/utils/prospects/csv-export';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { ErrorNote } from './ErrorNote';

/** Every prospect as a CSV (for spreadsheets and outreach tools) or a JSON backup (everything, snapshots included). */
export function ExportButtons(props: { db: LinkscoutDb }) {
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);

  const exportAs = (kind: 'csv' | 'json') =>
    void action.run(async () => {
      setSaved(null);
      const now = new Date();
      const batches = iterateProspects(props.db);
      const blob =
        kind === 'csv'
          ? await blobFromChunks(prospectCsvChunks(batches), 'text/csv;charset=utf-8')
          : await blobFromChunks(backupChunks(batches, now), 'application/json');
      const name = exportFileName(kind, now);
      saveBlob(blob, name);
      setSaved(name);
    });

  const button = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50';
  return (
    <div class="space-y-2">
      <div class="flex flex-wrap items-center gap-2">
        <button type="button" data-testid="export-csv" disabled={action.busy} class={button} onClick={() => exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" data-testid="export-json" disabled={action.busy} class={button} onClick={() => exportAs('json')}>
          Export JSON backup
        </button>
        <span role="status" class="text-sm text-slate-600">
          {action.busy ? 'Preparing the file…' : saved ? `Saved ${saved}.` : ''}
        </span>
      </div>
      <ErrorNote message={action.error} onDismiss={action.clearError} />
    </div>
  );
}
