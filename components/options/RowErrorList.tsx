import type { RowError } from '@/utils/csv/read-table';
import { plural } from '@/utils/options/format';

/** Only this many errors are listed: a broken file can have thousands, and the first ones tell the story. */
export const SHOWN_ROW_ERRORS = 100;

/** The rows of a file that will not be imported, by row number, with the total. */
export function RowErrorList(props: { errors: readonly RowError[]; testId?: string }) {
  const { errors } = props;
  if (errors.length === 0) return null;
  const shown = errors.slice(0, SHOWN_ROW_ERRORS);
  return (
    <div data-testid={props.testId} class="rounded border border-amber-200 bg-amber-50 p-2 text-sm">
      <div class="font-medium text-amber-900">
        {plural(errors.length, 'row')} will be skipped
        {errors.length > shown.length && <span class="font-normal"> (the first {shown.length} are listed)</span>}
      </div>
      <ul class="mt-1 max-h-48 space-y-0.5 overflow-y-auto text-xs text-amber-900">
        {shown.map((e, i) => (
          <li key={i}>
            {/* Row 0 is the file as a whole (a missing header, a JSON document that is not a backup). */}
            <span class="font-mono">{e.row === 0 ? 'File' : `Row ${e.row}`}</span>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
