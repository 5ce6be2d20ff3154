import type { Page } from '@playwright/test';

export interface OverlayState {
  /** Number of `linkscout-overlay` hosts in the page. */
  hosts: number;
  /** data-kind of each highlight box. */
  boxKinds: string[];
  /** What each kind's boxes show drawn beside them (their ::before content, '' for none), by kind. */
  boxMarks: Record<string, string>;
  legend: string | null;
  flash: { top: number; left: number; width: number; height: number } | null;
}

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The page being inspected, seen from its own document: Linkscout's overlay and the page's layout. */
export class InspectedPage {
  constructor(readonly page: Page) {}

  scrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  overlay(): Promise<OverlayState> {
    return this.page.evaluate(() => {
      const hosts = document.querySelectorAll('linkscout-overlay');
      const root = hosts[0]?.shadowRoot ?? null;
      const flash = root?.querySelector<HTMLElement>('.flash') ?? null;
      const r = flash?.getBoundingClientRect();
      return {
        hosts: hosts.length,
        boxKinds: Array.from(root?.querySelectorAll<HTMLElement>('.box') ?? []).map((b) => b.dataset.kind ?? ''),
        boxMarks: Object.fromEntries(
          Array.from(root?.querySelectorAll<HTMLElement>('.box') ?? []).map((b) => {
            const content = getComputedStyle(b, '::before').content;
            return [b.dataset.kind ?? '', content === 'none' || content === 'normal' ? '' : content.replace(/^"|"$/g, '')];
          }),
        ),
        legend: root?.querySelector<HTMLElement>('.legend')?.innerText ?? null,
        flash: r ? { top: r.top + window.scrollY, left: r.left + window.scrollX, width: r.width, height: r.height } : null,
      };
    });
  }

  /** Highlight boxes in document coordinates. */
  boxes(): Promise<Array<Rect & { kind: string }>> {
    return this.page.evaluate(() => {
      const root = document.querySelector('linkscout-overlay')?.shadowRoot;
      return Array.from(root?.querySelectorAll<HTMLElement>('.box') ?? []).map((b) => {
        const r = b.getBoundingClientRect();
        return { top: r.top + window.scrollY, left: r.left + window.scrollX, width: r.width, height: r.height, kind: b.dataset.kind ?? '' };
      });
    });
  }

  /** An element's border box in document coordinates. */
  rectOf(selector: string): Promise<Rect> {
    return this.page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, left: r.left + window.scrollX, width: r.width, height: r.height };
    });
  }

  /**
   * The page's own layout: the body and a few elements' boxes and styles, the document size.
   * Linkscout's overlay must leave all of it as it was.
   */
  layout(selectors: string[]): Promise<unknown> {
    return this.page.evaluate((sels) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return [r.top + window.scrollY, r.left + window.scrollX, r.width, r.height].map((n) => Math.round(n * 100) / 100);
      };
      const styles = (el: Element) => {
        const cs = getComputedStyle(el);
        return [cs.display, cs.position, cs.margin, cs.padding, cs.color, cs.backgroundColor, cs.fontSize, cs.outline, cs.overflow].join(' | ');
      };
      return {
        body: box(document.body),
        bodyStyle: styles(document.body),
        doc: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        bodyChildren: document.body.children.length,
        elements: sels.map((s) => {
          const el = document.querySelector(s);
          return el ? { s, box: box(el), style: styles(el) } : { s, missing: true };
        }),
      };
    }, selectors);
  }
}
