import type { Random } from './seeded-random';

/** The ways a synthetic page hides a link, one of each in turn (what the visibility check has to find). */
export const HIDING = ['display-none', 'visibility-hidden', 'hidden-attribute', 'off-screen', 'zero-size', 'opacity-zero'] as const;
export type Hiding = (typeof HIDING)[number];

/** Every so many links one is hidden, so hidden links are spread over every region of the page. */
export const HIDDEN_EVERY = 20;

export interface LinkSpec {
  href: string;
  /** Anchor text; an image link has `imageAlt` and no text. */
  text?: string;
  imageAlt?: string;
  rel?: string;
  className?: string;
}

/**
 * Writes a region's links and counts them: a region asks `more()` before each link, so the page
 * has exactly the number of links it was asked for, and every HIDDEN_EVERY-th link of the whole
 * page is hidden by the next means in HIDING.
 */
export class LinkWriter {
  private written = 0;
  private left = 0;
  readonly hiddenBy: Record<Hiding, number> = Object.fromEntries(HIDING.map((h) => [h, 0])) as Record<Hiding, number>;

  constructor(readonly rng: Random) {}

  /** Start a region that gets `n` links. */
  budget(n: number): void {
    this.left = n;
  }

  more(): boolean {
    return this.left > 0;
  }

  get total(): number {
    return this.written;
  }

  /** One link's markup ('' when the region's budget is spent). */
  link(spec: LinkSpec): string {
    if (this.left <= 0) return '';
    this.left--;
    const n = this.written++;
    const rel = spec.rel ? ` rel="${spec.rel}"` : '';
    const cls = spec.className ? ` class="${spec.className}"` : '';
    const body = spec.imageAlt !== undefined ? `<img src="${PIXEL}" width="120" height="80" alt="${spec.imageAlt}">` : (spec.text ?? '');
    if (n % HIDDEN_EVERY !== HIDDEN_EVERY - 1) return `<a href="${spec.href}"${rel}${cls}>${body}</a>`;
    const how = HIDING[Math.floor(n / HIDDEN_EVERY) % HIDING.length] as Hiding;
    this.hiddenBy[how]++;
    switch (how) {
      case 'display-none':
        return `<a href="${spec.href}"${rel} class="is-hidden">${body}</a>`;
      case 'visibility-hidden':
        return `<a href="${spec.href}"${rel} style="visibility:hidden">${body}</a>`;
      case 'hidden-attribute':
        return `<a href="${spec.href}"${rel} hidden>${body}</a>`;
      case 'off-screen':
        return `<span class="off-screen"><a href="${spec.href}"${rel}>${body}</a></span>`;
      case 'zero-size':
        return `<span style="display:inline-block;width:0;height:0;overflow:hidden"><a href="${spec.href}"${rel}>${body}</a></span>`;
      case 'opacity-zero':
        return `<a href="${spec.href}"${rel} style="opacity:0">${body}</a>`;
    }
  }
}

/** A 1×1 transparent GIF: image links have a real image without any request leaving the page. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
