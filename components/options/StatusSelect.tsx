import { STATUS_TEXT } from '@/utils/labels';
import { PROSPECT_STATUSES, type ProspectStatus } from '@/utils/prospects/types';

/** A status picker; `placeholder` adds a first option that picks nothing (the bulk bar's "Set status…"). */
export function StatusSelect(props: {
  value: ProspectStatus | '';
  label: string;
  testId: string;
  placeholder?: string;
  disabled?: boolean;
  tabIndex?: number;
  onChange: (status: ProspectStatus) => void;
}) {
  return (
    <select
      data-testid={props.testId}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      tabIndex={props.tabIndex}
      onChange={(e) => {
        const v = e.currentTarget.value;
        if ((PROSPECT_STATUSES as readonly string[]).includes(v)) props.onChange(v as ProspectStatus);
      }}
      class="rounded border border-slate-500 bg-white px-1 py-0.5 text-xs"
    >
      {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
      {PROSPECT_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_TEXT[s]}
        </option>
      ))}
    </select>
  );
}
