import type { Contacts } from '@/utils/prospects/types';
import { WebLink } from './WebLink';

/** How to reach the people behind a page, as found on it. */
export function ContactList(props: { contacts: Contacts }) {
  const c = props.contacts;
  const none = c.emails.length + c.contactPages.length + c.socialProfiles.length === 0 && !c.author;
  if (none) return <div class="text-xs text-slate-500">No contact found on the page.</div>;
  return (
    <ul class="space-y-0.5 text-xs">
      {c.author && <li>Author: {c.author}</li>}
      {/* E-mail addresses are shown as text: only http(s) addresses become links. */}
      {c.emails.map((e) => (
        <li key={e} class="select-all font-mono">
          {e}
        </li>
      ))}
      {[...c.contactPages, ...c.socialProfiles].map((u) => (
        <li key={u}>
          <WebLink url={u} />
        </li>
      ))}
    </ul>
  );
}
