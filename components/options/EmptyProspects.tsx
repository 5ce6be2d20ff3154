/** The dashboard before the first prospect: how to save one. */
export function EmptyProspects() {
  return (
    <div data-testid="prospects-empty" class="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-6 text-sm text-slate-700">
      <div class="text-base font-semibold text-slate-900">No prospects yet</div>
      <p class="mt-1">A prospect is a page you might get a link from. To save one, open the page in your browser, then either:</p>
      <ul class="mt-2 list-disc space-y-1 pl-5">
        <li>
          click the Linkscout button in the toolbar and press <b>Save</b> in the popup, or
        </li>
        <li>
          right-click the page and choose <b>Save page as Linkscout prospect</b>.
        </li>
      </ul>
      <p class="mt-2">Saved pages appear here at once, with their verdict, contacts and the links they carry to your sites and competitors. You can also import a Linkscout CSV or JSON backup below.</p>
    </div>
  );
}
