import { AuthorityImport } from '@/components/options/AuthorityImport';
import { AutoScanSetting } from '@/components/options/AutoScanSetting';
import { BrandsForm } from '@/components/options/BrandsForm';
import { ExportButtons } from '@/components/options/ExportButtons';
import { PageNav } from '@/components/options/PageNav';
import { ProspectDashboard } from '@/components/options/ProspectDashboard';
import { ProspectImport } from '@/components/options/ProspectImport';
import { Section } from '@/components/options/Section';
import { SettingsForm } from '@/components/options/SettingsForm';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { StoragePanel } from '@/components/options/StoragePanel';
import type { LinkscoutDb } from '@/utils/prospects/db';

const SECTIONS = [
  { id: 'prospects', title: 'Prospects' },
  { id: 'data', title: 'Export and import' },
  { id: 'settings', title: 'Settings' },
  { id: 'brands', title: 'Brands' },
  { id: 'authority', title: 'Authority' },
  { id: 'storage', title: 'Storage' },
] as const;

export function App(props: { db: LinkscoutDb }) {
  const { db } = props;
  return (
    <>
      <PageNav sections={SECTIONS} />
      <main class="mx-auto max-w-[110rem] space-y-4 p-4">
        <Section id="prospects" title="Prospects" intro="Pages you saved as link prospects. Saved from the popup, they appear here at once.">
          <ProspectDashboard db={db} />
        </Section>
        <Section id="data" title="Export and import">
          <ExportButtons db={db} />
          <ProspectImport db={db} />
        </Section>
        <Section id="settings" title="Settings" intro="What Linkscout weighs when it judges a page: your sites, your competitors and your topics.">
          <SettingsForm />
        </Section>
        <Section id="brands" title="Brands" intro="Your brands and your competitors’ brands: Linkscout finds every mention of them on the pages you inspect.">
          <BrandsForm />
          <AutoScanSetting />
          <SettingsTransfer />
        </Section>
        <Section id="authority" title="Authority" intro="Domain metrics from your SEO tool. Without an import, authority is unknown: Linkscout never estimates it.">
          <AuthorityImport db={db} />
        </Section>
        <Section id="storage" title="Storage" intro="Everything stays in this browser: nothing is sent anywhere.">
          <StoragePanel db={db} />
        </Section>
      </main>
    </>
  );
}
