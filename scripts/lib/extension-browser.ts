import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InspectResult, MentionsResult } from '../../utils/messaging/protocol';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(p)) return p;
  throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
}

/** What the extension is built from: a build older than any of these is stale. */
const SOURCES = ['entrypoints', 'components', 'utils', 'assets', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(p)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(p, name)));
  }
  return newest;
}

/** Whether `.output/chrome-mv3` exists and is at least as new as the sources it is built from. */
export function buildStatus(dir: string = EXTENSION_DIR): { built: boolean; stale: boolean } {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) return { built: false, stale: true };
  const builtAt = statSync(manifest).mtimeMs;
  return { built: true, stale: SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > builtAt) };
}

/** `npx wxt build` for Chromium, quietly: its output is shown only when it fails. */
export function buildExtension(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => void (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) resolve();
      else reject(new Error(`npx wxt build failed (exit ${code}):\n${log.trim().split('\n').slice(-30).join('\n')}`));
    });
  });
}

/** Chromium with the built extension loaded, the way a user has it after "Load unpacked". */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The service worker as last seen; after `stopServiceWorker`, ask `liveWorker` for the running one. */
  worker: Worker;
  /** Browser-level DevTools session: it can click the toolbar button (Extensions.triggerAction). */
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function launchExtension(opts: { headless?: boolean; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build first.`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      // Lets the DevTools protocol press the extension's toolbar button (grants activeTab).
      '--enable-unsafe-extension-debugging',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('No browser-level DevTools session available');
  const cdp = await browser.newBrowserCDPSession();
  return { context, extensionId, worker, cdp, close: () => context.close() };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(ext: ExtensionBrowser): Promise<TargetInfo[]> {
  const { targetInfos } = (await ext.cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/** The extension's service worker target, if one is running. */
async function workerTarget(ext: ExtensionBrowser): Promise<TargetInfo | undefined> {
  return (await targets(ext)).find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
}

/**
 * Stop the extension's service worker the way Chrome does when it idles (DevTools protocol).
 * The next extension event starts it again from scratch. False when none was running. With
 * `waitGone`, returns only once the browser no longer lists it (throws after 5 s).
 */
export async function stopServiceWorker(ext: ExtensionBrowser, opts: { waitGone?: boolean } = {}): Promise<boolean> {
  const sw = await workerTarget(ext);
  if (sw) await ext.cdp.send('Target.closeTarget', { targetId: sw.targetId });
  if (opts.waitGone) {
    for (const deadline = Date.now() + 5_000; await workerTarget(ext); await new Promise((r) => setTimeout(r, 20))) {
      if (Date.now() > deadline) throw new Error('the stopped service worker was still listed after 5 s');
    }
  }
  return sw !== undefined;
}

/**
 * The extension's running service worker, once something (a popup's message) has started it
 * again after `stopServiceWorker`; kept in `ext.worker`. Chromium usually keeps a stopped
 * worker's target while Playwright is attached and reuses it on restart, and Playwright's
 * `Worker` then waits for the new context; a worker that comes as a new target is seen on the
 * next look. Throws after `timeoutMs` when none is running.
 */
export async function liveWorker(ext: ExtensionBrowser, timeoutMs = 20_000): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`);
  // One timer for the whole wait, cleared on the way out (a pending one would hold a script's exit).
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired = false;
  const expiry = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      expired = true;
      resolve(false);
    }, timeoutMs);
  });
  try {
    while (!expired) {
      // Newest first: a stopped worker can linger in the list beside its successor.
      for (const w of ext.context.serviceWorkers().filter(ours).reverse()) {
        if (await Promise.race([w.evaluate(() => true).catch(() => false), expiry])) {
          ext.worker = w;
          return w;
        }
      }
      await Promise.race([new Promise((resolve) => setTimeout(resolve, 50)), expiry]);
    }
  } finally {
    clearTimeout(timer);
  }
  throw new Error(`Linkscout's service worker is not running (waited ${timeoutMs / 1000} s)`);
}

/**
 * Click Linkscout's toolbar button on this page's tab, as a user does. That grants activeTab
 * for the tab; the popup it opens is closed again unless `keepPopup` (tests open the report as
 * a page instead, since Playwright does not drive the toolbar popup).
 * Returns the tab's id. Pages must have distinct URLs while this runs.
 */
export async function clickToolbarButton(ext: ExtensionBrowser, page: Page, opts: { keepPopup?: boolean } = {}): Promise<number> {
  const url = page.url();
  // A user clicks the button on the tab in front; activeTab is granted to that tab only.
  await page.bringToFront();
  const tab = (await targets(ext)).find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`No tab target for ${url}`);
  await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
  const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
  for (const t of opts.keepPopup ? [] : await targets(ext)) {
    if (t.type === 'page' && t.url === popupUrl) await ext.cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
  }
  const tabId = await ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (tabId == null) throw new Error(`The extension cannot see the tab of ${url}`);
  return tabId;
}

/** The popup's report for a tab, opened as a page of its own (`popup.html?tabId=`). */
export async function openReport(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await page.locator('[data-testid^="state-"]:not([data-testid="state-loading"]), [data-testid="page-title"]').first().waitFor({ timeout: 60_000 });
  return page;
}

/** What the background holds for a tab after an inspection, through the extension's own protocol. */
export async function tabReport(reportPage: Page, tabId: number): Promise<InspectResult | null> {
  const reply = (await reportPage.evaluate(
    (id) => chrome.runtime.sendMessage({ linkscout: 1, type: 'getTabReport', data: { tabId: id } }),
    tabId,
  )) as { ok: boolean; value?: InspectResult | null; error?: string };
  if (!reply.ok) throw new Error(reply.error ?? 'getTabReport failed');
  return reply.value ?? null;
}

/** The user's brand mentions in a tab (after an inspection), through the extension's own protocol. */
export async function tabMentions(reportPage: Page, tabId: number): Promise<MentionsResult> {
  const reply = (await reportPage.evaluate(
    (id) => chrome.runtime.sendMessage({ linkscout: 1, type: 'scanMentions', data: { tabId: id } }),
    tabId,
  )) as { ok: boolean; value?: MentionsResult; error?: string };
  if (!reply.ok || !reply.value) throw new Error(reply.error ?? 'scanMentions failed');
  return reply.value;
}
