import { useRef, useState } from 'preact/hooks';
import { saveBlob } from '@/utils/options/download';
import {
  MAX_SETTINGS_FILE_BYTES,
  readSettingsFile,
  SETTINGS_FILE_TOO_LARGE,
  settingsChanges,
  settingsFileName,
  settingsToJson,
  type SettingsChange,
  type TransferredField,
} from '@/utils/options/settings-transfer';
import { focusTestId } from '@/utils/options/focus-when-ready';
import { useAction } from '@/utils/options/use-action';
import { loadSettings, settingsItem } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import { ErrorNote } from './ErrorNote';

type Step =
  | { step: 'choose' }
  | { step: 'preview'; fileName: string; settings: Pick<Settings, TransferredField>; changes: SettingsChange[] }
  | { step: 'refused'; fileName: string; error: string; details: string[] }
  | { step: 'done'; fileName: string; changed: number };

const MAX_DETAILS = 20;

function ChangeLine(props: { change: SettingsChange }) {
  const c = props.change;
  const parts = [
    { sign: '+', items: c.added, tone: 'text-emerald-800' },
    { sign: '−', items: c.removed, tone: 'text-red-800' },
    { sign: 'changed:', items: c.changed, tone: 'text-slate-700' },
  ].filter((p) => p.items.length > 0);
  return (
    <li data-testid={`settings-import-change-${c.field}`}>
      <b>{c.label}:</b>{' '}
      {parts.map((p, i) => (
        <span key={p.sign} class={p.tone}>
          {i > 0 && ' · '}
          {p.sign} {p.items.join(', ')}
        </span>
      ))}
    </li>
  );
}

/** Settings to and from a JSON file: a preview of every change before anything is replaced; a bad file changes nothing. */
export function SettingsTransfer() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [exported, setExported] = useState<string | null>(null);
  const action = useAction();
  const ref = useRef<HTMLDivElement>(null);

  const exportSettings = () =>
    void action.run(async () => {
      const now = new Date();
      const name = settingsFileName(now);
      saveBlob(new Blob([settingsToJson(await loadSettings(), now)], { type: 'application/json' }), name);
      setExported(name);
    });

  const choose = (file: File | undefined) => {
    setExported(null);
    if (!file) return setState({ step: 'choose' });
    // Checked before reading: a huge file picked by mistake is never loaded into memory.
    if (file.size > MAX_SETTINGS_FILE_BYTES) return setState({ step: 'refused', fileName: file.name, error: SETTINGS_FILE_TOO_LARGE, details: [] });
    void action.run(async (from) => {
      const text = new TextDecoder().decode(await file.arrayBuffer());
      const read = readSettingsFile(text);
      if (!read.ok) return setState({ step: 'refused', fileName: file.name, error: read.error, details: read.details });
      const changes = settingsChanges(await loadSettings(), read.settings);
      setState({ step: 'preview', fileName: file.name, settings: read.settings, changes });
      // The file field was disabled while the file was read: on to the choice (Cancel when nothing would change).
      focusTestId(ref, changes.length > 0 ? 'settings-import-confirm' : 'settings-import-cancel', from);
    });
  };

  const confirm = () => {
    if (state.step !== 'preview') return;
    void action.run(async (from) => {
      // Fields a settings file does not carry (none yet; future ones) are kept.
      await settingsItem.setValue({ ...(await loadSettings()), ...state.settings });
      setState({ step: 'done', fileName: state.fileName, changed: state.changes.length });
      // The preview's buttons went with it: the focus goes to what replaces it, not to <body>.
      focusTestId(ref, 'settings-import-result', from);
    });
  };

  const cancel = () => {
    setState({ step: 'choose' });
    focusTestId(ref, 'settings-import-file');
  };

  const button = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50';
  return (
    <div ref={ref} class="space-y-2" data-testid="settings-transfer">
      <div class="flex flex-wrap items-center gap-2">
        <button type="button" data-testid="settings-export" disabled={action.busy} class={button} onClick={exportSettings}>
          Export settings
        </button>
        <span role="status" class="text-sm text-slate-600">
          {exported && `Saved ${exported}.`}
        </span>
      </div>
      <label class="block text-sm">
        <span class="font-medium text-slate-800">Import settings</span>
        <span class="block text-xs text-slate-500">
          A settings file exported by Linkscout. It replaces your sites, competitors, topics and brands; you see every change before anything is replaced.
        </span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="settings-import-file"
          disabled={action.busy}
          class="mt-1 block text-sm"
          onChange={(e) => {
            choose(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {state.step === 'preview' && (
        <div data-testid="settings-import-preview" class="space-y-2 rounded border border-slate-200 p-3 text-sm">
          <div>
            <b class="break-all">{state.fileName}</b>
            {state.changes.length === 0 ? ' holds the settings you already have.' : ' would change:'}
          </div>
          {state.changes.length > 0 && (
            <ul class="ml-5 list-disc break-words text-slate-700">
              {state.changes.map((c) => (
                <ChangeLine key={c.field} change={c} />
              ))}
            </ul>
          )}
          <div class="flex gap-2">
            <button
              type="button"
              data-testid="settings-import-confirm"
              disabled={action.busy || state.changes.length === 0}
              onClick={confirm}
              class="rounded bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700 disabled:opacity-50"
            >
              Replace my settings
            </button>
            <button type="button" data-testid="settings-import-cancel" disabled={action.busy} class={button} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'refused' && (
        <div role="alert" tabIndex={-1} data-testid="settings-import-result" data-outcome="refused" class="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">
          <div>
            <span class="break-all">{state.fileName}</span>: {state.error} Your settings are unchanged.
          </div>
          {state.details.length > 0 && (
            <ul class="mt-1 list-disc break-words pl-5 text-xs">
              {state.details.slice(0, MAX_DETAILS).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
              {state.details.length > MAX_DETAILS && <li>…and {state.details.length - MAX_DETAILS} more.</li>}
            </ul>
          )}
        </div>
      )}
      {state.step === 'done' && (
        <div role="status" tabIndex={-1} data-testid="settings-import-result" data-outcome="imported" class="rounded border border-emerald-200 bg-emerald-50 p-2 text-sm text-emerald-900">
          Imported <span class="break-all">{state.fileName}</span>: {state.changed === 1 ? '1 setting' : `${state.changed} settings`} replaced.
        </div>
      )}
      <ErrorNote message={action.error} onDismiss={action.clearError} />
    </div>
  );
}
