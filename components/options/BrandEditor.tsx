import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { BRAND_FIELDS, type BrandField as Field, type BrandFieldErrors, type BrandFields } from '@/utils/options/brand-list';
import { BrandField } from './BrandField';

const FIELD_TEXT: Record<Field, { label: string; help: string; placeholder: string }> = {
  name: { label: 'Name', help: 'The brand as it is usually written.', placeholder: 'Acme' },
  aliases: { label: 'Other names', help: 'One per line: spellings and legal names it also goes by.', placeholder: 'ACME Corp\nAcme Inc.' },
  domains: { label: 'Its sites', help: 'One per line: a link to one of these counts as linked to the brand.', placeholder: 'acme.com\nhttps://shop.acme.co.uk/' },
  products: { label: 'Products', help: 'Optional, one per line.', placeholder: 'Acme Rocket' },
  people: { label: 'People', help: 'Optional, one per line: founders, spokespeople.', placeholder: 'Jane Doe' },
};

/**
 * The fields of one brand; `errors` come from the last save attempt and go away as the user edits.
 * It opens with the focus in its first field, and a refused save puts the focus on the first field
 * in error, where its message is read out.
 */
export function BrandEditor(props: {
  idPrefix: string;
  title: string;
  initial: BrandFields;
  errors: BrandFieldErrors | null;
  busy: boolean;
  onSave: (fields: BrandFields) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<BrandFields>(props.initial);
  const [edited, setEdited] = useState<ReadonlySet<Field>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const focusField = (name: Field) => formRef.current?.querySelector<HTMLElement>(`#${props.idPrefix}-${name}`)?.focus();
  // Before paint, not after: keys typed right after "Add brand" must land in the field.
  useLayoutEffect(() => focusField('name'), []);
  useLayoutEffect(() => {
    const first = BRAND_FIELDS.find((f) => props.errors?.[f]?.length);
    if (first) focusField(first);
  }, [props.errors]);
  const edit = (field: Field, text: string) => {
    setFields({ ...fields, [field]: text });
    setEdited(new Set(edited).add(field));
  };
  const save = (e: Event) => {
    e.preventDefault();
    setEdited(new Set());
    props.onSave(fields);
  };
  const field = (name: Field, multiline: boolean) => (
    <BrandField
      id={`${props.idPrefix}-${name}`}
      testId={`brand-${name}`}
      {...FIELD_TEXT[name]}
      value={fields[name]}
      multiline={multiline}
      errors={edited.has(name) ? undefined : props.errors?.[name]}
      onInput={(t) => edit(name, t)}
    />
  );
  return (
    <form ref={formRef} onSubmit={save} data-testid="brand-editor" aria-label={props.title} class="space-y-3 rounded border border-blue-200 bg-blue-50/40 p-3">
      <div class="text-sm font-semibold text-slate-900">{props.title}</div>
      <div class="grid gap-3 md:grid-cols-2">
        {field('name', false)}
        {field('aliases', true)}
        {field('domains', true)}
        {field('products', true)}
        {field('people', true)}
      </div>
      <div class="flex gap-2">
        <button
          type="submit"
          data-testid="brand-save"
          disabled={props.busy}
          class="rounded bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
        >
          Save brand
        </button>
        <button type="button" data-testid="brand-cancel" disabled={props.busy} onClick={props.onCancel} class="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm">
          Cancel
        </button>
      </div>
    </form>
  );
}
