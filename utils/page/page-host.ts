import type { PageReading } from '../analysis/page-reading';
import type { Handlers } from '../messaging/transport';
import type { BoxFlash } from './overlay';
import type { AnalysedLinks } from './page-session';

/** The messages the mention script answers, through the content script's listener. */
export type MentionMessage = 'findMentions' | 'currentMentions' | 'mentionHighlights' | 'revealMention';
export type MentionHandlers = Pick<Handlers<'content'>, MentionMessage>;

/** The messages the overlay script answers, through the content script's listener. */
export type OverlayMessage = 'highlight' | 'revealLink';
/** The overlay script's handlers, and its flash for a mention revealed where the browser has no highlight API. */
export type OverlayHandlers = Pick<Handlers<'content'>, OverlayMessage> & { flashBox: BoxFlash };

/**
 * What the content script (entrypoints/in-page.ts) shares with the scripts the background
 * injects after it into the same isolated world, only when they are asked for: the mention
 * script (entrypoints/page-mentions.ts) and the overlay script (entrypoints/page-overlay.ts).
 * The content script lends its reading of the page, its analyses, its orphan check and word of
 * its leaving; each of those scripts hands back its handlers, which the content script's one
 * listener calls (checked by the same request schemas). Kept on a global of that world, which
 * the page's own scripts never see.
 */
export interface PageHost {
  /** Visibility and the last analysis' placement (page-reading.ts). */
  readonly reading: PageReading;
  /** The content script's analyses: the overlay outlines and reveals their links. */
  readonly links: AnalysedLinks;
  /** Whether Linkscout was reloaded or removed under this copy. */
  readonly orphaned: () => boolean;
  /** Run `leave` when this copy leaves the page (orphaned: replaced by a new copy, or Linkscout removed). */
  onLeave(leave: () => void): void;
  /** Leave the page: every `onLeave` runs. */
  leave(): void;
  /** Set by the mention script once injected; a second injection finds it and does nothing. */
  mentions?: MentionHandlers;
  /** Set by the overlay script once injected, the same way. */
  overlay?: OverlayHandlers;
}

const HOST = Symbol.for('linkscout.content');

type Scope = Record<symbol, PageHost | undefined>;

/** The content script's host in this world, if it has run here. */
export function pageHost(scope: object = globalThis): PageHost | undefined {
  return (scope as Scope)[HOST];
}

/**
 * Make the content script's host, kept for the scripts injected after it. (After Linkscout is
 * reloaded, Chromium runs the new copies in a fresh world: they do not see it.)
 */
export function offerPageHost(host: Pick<PageHost, 'reading' | 'links' | 'orphaned'>, scope: object = globalThis): PageHost {
  const leaving: (() => void)[] = [];
  const made: PageHost = { ...host, onLeave: (leave) => void leaving.push(leave), leave: () => leaving.forEach((leave) => leave()) };
  (scope as Scope)[HOST] = made;
  return made;
}

/** The content script's answer to a mention message while the mention script is not in the page (yet). */
export const NO_MENTION_SCRIPT = 'Linkscout’s mention script is not in this page';
/** The same for the overlay's messages. */
export const NO_OVERLAY_SCRIPT = 'Linkscout’s overlay script is not in this page';

/**
 * The content script's handlers for the messages the scripts injected after it answer: each
 * calls that script's, or fails clearly when it was never injected.
 */
export function lentHandlers(host: PageHost): MentionHandlers & Pick<OverlayHandlers, OverlayMessage> {
  type Lent = Partial<Record<MentionMessage | OverlayMessage, unknown>>;
  const via = <K extends MentionMessage | OverlayMessage>(type: K, lender: () => Lent | undefined, missing: string) =>
    ((data: never, sender: never) => {
      const handler = lender()?.[type] as ((d: never, s: never) => unknown) | undefined;
      if (!handler) throw new Error(missing);
      return handler(data, sender);
    }) as Handlers<'content'>[K];
  const mention = <K extends MentionMessage>(type: K) => via(type, () => host.mentions, NO_MENTION_SCRIPT);
  const overlay = <K extends OverlayMessage>(type: K) => via(type, () => host.overlay, NO_OVERLAY_SCRIPT);
  return {
    findMentions: mention('findMentions'),
    currentMentions: mention('currentMentions'),
    mentionHighlights: mention('mentionHighlights'),
    revealMention: mention('revealMention'),
    highlight: overlay('highlight'),
    revealLink: overlay('revealLink'),
  };
}
