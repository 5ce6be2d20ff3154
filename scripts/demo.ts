/**
 * npm run demo: build Linkscout, open Chromium with it on a bundled demo page, and press its
 * toolbar button. With a display, the browser stays open for you to explore; without one
 * (a server, CI), it runs headless, prints the report and saves a screenshot of the popup.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { clickToolbarButton, launchExtension, openReport, ROOT, tabReport } from './lib/extension-browser';
import { startStaticServer } from './lib/static-server';

const args = process.argv.slice(2);
const screenshot = args.includes('--screenshot') ? args[args.indexOf('--screenshot') + 1] : undefined;
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin' || process.platform === 'win32');

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });

const server = await startStaticServer(path.join(ROOT, 'scripts/demo'));
const ext = await launchExtension({ headless });
const page = await ext.context.newPage();
await page.goto(`${server.origin}/page.html`);
const tabId = await clickToolbarButton(ext, page);
const reportPage = await openReport(ext, tabId);
await page.bringToFront();
const result = await tabReport(reportPage, tabId);

if (result?.ok) {
  const s = result.report.summary;
  console.log(`\n${result.report.page.title}\n${result.report.page.url}`);
  console.log(`${s.total} links: ${s.internal} internal, ${s.external} external, ${s.counting} likely count, ${s.hidden} hidden`);
  console.log(`By placement: ${Object.entries(s.byPlacement).filter(([, n]) => n).map(([p, n]) => `${p} ${n}`).join(', ')}`);
  console.log(`By rel: follow ${s.byRel.follow}, nofollow ${s.byRel.nofollow}, sponsored ${s.byRel.sponsored}, ugc ${s.byRel.ugc}`);
} else {
  console.log('The demo page could not be inspected:', result);
}

if (screenshot) {
  await reportPage.setViewportSize({ width: 484, height: 900 });
  // Show one link's reasons, as a user sees them after clicking its row.
  await reportPage.getByRole('checkbox', { name: 'External only' }).check();
  await reportPage.getByTestId('link-row').filter({ hasText: 'A 2025 study' }).click();
  await reportPage.getByTestId('link-details').waitFor();
  await reportPage.screenshot({ path: screenshot });
  console.log(`Popup screenshot saved to ${screenshot}`);
}

if (headless) {
  await ext.close();
  await server.close();
} else {
  console.log(`\nChromium is open on the demo page (${server.origin}/page.html) with Linkscout loaded;`);
  console.log('the report is open in its own tab. Click the Linkscout toolbar button on any page to inspect it.');
  console.log('Close the browser to end the demo.');
  await new Promise((resolve) => ext.context.on('close', resolve));
  await server.close();
}
