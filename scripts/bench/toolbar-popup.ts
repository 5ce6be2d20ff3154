import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../lib/extension-browser';

/**
 * The real toolbar popup, opened by pressing Linkscout's button on a tab (as clickToolbarButton
 * does, but keeping the moment of the click), and driven through the browser's DevTools
 * session: Playwright does not expose an action popup as a Page, so the bench attaches to its
 * target and evaluates expressions there (Target.sendMessageToTarget, one message at a time).
 */

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface EvaluateReply {
  id: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } };
  error?: { message: string };
}

async function targets(ext: ExtensionBrowser): Promise<TargetInfo[]> {
  const { targetInfos } = (await ext.cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

export class ToolbarPopup {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: EvaluateReply) => void>();
  private readonly onMessage = (e: { sessionId: string; message: string }): void => {
    if (e.sessionId !== this.sessionId) return;
    const reply = JSON.parse(e.message) as EvaluateReply;
    this.pending.get(reply.id)?.(reply);
    this.pending.delete(reply.id);
  };

  private constructor(
    private readonly ext: ExtensionBrowser,
    private readonly targetId: string,
    private readonly sessionId: string,
    /** Date.now() just before the button was pressed. */
    readonly clickedAt: number,
  ) {
    ext.cdp.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  /** Press the toolbar button on this page's tab (bringing it to the front first) and attach to the popup it opens. */
  static async open(ext: ExtensionBrowser, page: Page, timeoutMs = 15_000): Promise<ToolbarPopup> {
    const url = page.url();
    await page.bringToFront();
    const tab = (await targets(ext)).find((t) => t.type === 'tab' && t.url === url);
    if (!tab) throw new Error(`No tab target for ${url}`);
    const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
    const clickedAt = Date.now();
    await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
      const popup = (await targets(ext)).find((t) => t.type === 'page' && t.url === popupUrl);
      if (popup) {
        const { sessionId } = (await ext.cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
        return new ToolbarPopup(ext, popup.targetId, sessionId, clickedAt);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`The toolbar popup did not open within ${timeoutMs} ms`);
  }

  /** Evaluate an expression in the popup (awaiting a promise) and return its JSON value. */
  async evaluate<T>(expression: string, timeoutMs = 180_000): Promise<T> {
    const id = ++this.nextId;
    const reply = await new Promise<EvaluateReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`The popup did not answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } });
      this.ext.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message }).catch((err: unknown) => {
        this.pending.delete(id);
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      });
    });
    if (reply.error) throw new Error(`popup: ${reply.error.message}`);
    const thrown = reply.result?.exceptionDetails;
    if (thrown) throw new Error(`popup: ${thrown.exception?.description ?? thrown.text ?? 'exception'}`);
    return reply.result?.result?.value as T;
  }

  async close(): Promise<void> {
    this.ext.cdp.off('Target.receivedMessageFromTarget', this.onMessage);
    await this.ext.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }
}
