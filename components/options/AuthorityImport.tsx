import { useMemo, useRef, useState } from 'preact/hooks';
import { changeDomainColumn, mappingFromChoices, mappingProblems, metricChoices, type MetricChoice } from '@/utils/options/authority-mapping-state';
import { focusTestId } from '@/utils/options/focus-when-ready';
import { plural } from '@/utils/options/format';
import { useAction } from '@/utils/options/use-action';
import { useStorageItem } from '@/utils/options/use-storage-item';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { decodeCsvFile } from '@/utils/csv/read-table';
import { guessAuthorityMapping, mapAuthorityRows, readAuthorityCsv, type AuthorityTable } from '@/utils/settings/authority-csv';
import { replaceAuthority } from '@/utils/settings/authority-store';
import { authorityImportItem } from '@/utils/settings/store';
import { AuthorityMappingForm } from './AuthorityMappingForm';
import { AuthorityPreview } from './AuthorityPreview';
import { CurrentAuthorityImport } from './CurrentAuthorityImport';
import { ErrorNote } from './ErrorNote';
import { RowErrorList } from './RowErrorList';

interface Draft {
  fileName: string;
  table: AuthorityTable;
  domainColumn: string | null;
  choices: MetricChoice[];
}

/** Authority from any SEO tool's CSV: choose a file, map its columns, check the preview, import. */
export function AuthorityImport(props: { db: LinkscoutDb }) {
  const meta = useStorageItem(authorityImportItem);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const action = useAction();
  const ref = useRef<HTMLDivElement>(null);
  // Import, Cancel and Remove take their controls away with them: the focus goes to what replaces them, not to <body>.

  const mapping = draft ? mappingFromChoices(draft.domainColumn, draft.choices) : null;
  const problems = mapping ? mappingProblems(mapping) : [];
  // Mapping 100,000 rows takes a moment: only when the mapping changes, not on every render.
  const mapped = useMemo(() => (draft && mapping && problems.length === 0 ? mapAuthorityRows(draft.table, mapping) : null), [draft]);

  const choose = (file: File | undefined) => {
    setDone(null);
    setFileProblem(null);
    if (!file) return setDraft(null);
    void action.run(async () => {
      const table = readAuthorityCsv(decodeCsvFile(new Uint8Array(await file.arrayBuffer())));
      if (table.columns.length === 0) {
        setDone(null);
        setFileProblem(`“${file.name}” has no header row: is it a CSV file?`);
        return;
      }
      // Sample rows let the guess see which columns hold domains and numbers, whatever their names.
      const guess = guessAuthorityMapping(table.columns, table.rows);
      setDraft({ fileName: file.name, table, domainColumn: guess.domainColumn, choices: metricChoices(table.columns, guess) });
    });
  };

  const confirm = () => {
    if (!draft || !mapping || !mapped) return;
    void action.run(async (from) => {
      await replaceAuthority(props.db, mapped.records);
      await authorityImportItem.setValue({
        importedAt: new Date().toISOString(),
        fileName: draft.fileName,
        rows: mapped.records.length,
        metrics: mapping.metrics.map((m) => m.name),
      });
      setDraft(null);
      setDone(`Imported authority for ${plural(mapped.records.length, 'domain')}.`);
      focusTestId(ref, 'authority-status', from);
    });
  };

  const cancel = () => {
    setDraft(null);
    focusTestId(ref, 'authority-file');
  };

  const remove = () => {
    setDone(null);
    void action.run(async (from) => {
      await replaceAuthority(props.db, []);
      await authorityImportItem.setValue(null);
      setDone('Import removed: authority is unknown until you import again.');
      focusTestId(ref, 'authority-status', from);
    });
  };

  return (
    <div ref={ref} class="space-y-3">
      <CurrentAuthorityImport meta={meta} busy={action.busy} onRemove={remove} />
      <label class="block text-sm">
        <span class="font-medium text-slate-800">Import a CSV</span>
        <span class="block text-xs text-slate-500">An export from Ahrefs, Semrush, Moz, Majestic or any tool: a domain column and number columns.</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          data-testid="authority-file"
          class="mt-1 block text-sm"
          onChange={(e) => {
            choose(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {draft && (
        <div class="space-y-3" data-testid="authority-draft">
          <div class="text-sm text-slate-700">
            <b class="break-all">{draft.fileName}</b>: {draft.table.rows.length.toLocaleString('en')} rows, {draft.table.columns.length} columns.
          </div>
          <AuthorityMappingForm
            columns={draft.table.columns}
            domainColumn={draft.domainColumn}
            choices={draft.choices}
            onDomainColumn={(col) => setDraft({ ...draft, domainColumn: col, choices: changeDomainColumn(draft.table.columns, draft.choices, col) })}
            onChoice={(column, patch) => setDraft({ ...draft, choices: draft.choices.map((c) => (c.column === column ? { ...c, ...patch } : c)) })}
          />
          {problems.length > 0 && (
            <ul role="alert" class="list-disc pl-5 text-sm text-red-800">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {mapped && mapping && (
            <>
              <AuthorityPreview records={mapped.records} metrics={mapping.metrics.map((m) => m.name)} />
              <RowErrorList errors={mapped.errors} testId="authority-errors" />
            </>
          )}
          <div class="flex gap-2">
            <button
              type="button"
              data-testid="authority-import"
              disabled={action.busy || !mapped || mapped.records.length === 0}
              onClick={confirm}
              class="rounded bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
            >
              {meta ? 'Replace the current import' : 'Import'}
              {mapped ? ` (${plural(mapped.records.length, 'domain')})` : ''}
            </button>
            <button type="button" data-testid="authority-cancel" class="rounded border border-slate-300 px-3 py-1.5 text-sm" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div role="status" tabIndex={-1} data-testid="authority-status" class="text-sm text-emerald-700">
        {done}
      </div>
      <ErrorNote message={fileProblem} testId="authority-file-problem" />
      <ErrorNote message={action.error} onDismiss={action.clearError} />
    </div>
  );
}
