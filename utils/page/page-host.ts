import type { PageReading } from '../analysis/page-reading';
import type { Handlers } from '../messaging/transport';
import type { BoxFlash } from './overlay';

/** The messages the mention script answers, through the content script's listener. */
export type MentionMessage = 'findMentions' | 'currentMentions' | 'mentionHighlights' | 'revealMention';
export type MentionHandlers = Pick<Handlers<'content'>, MentionMessage>;

/**
 * What the content script (entrypoints/in-page.ts) shares with the mention script
 * (entrypoints/page-mentions.ts), which the background injects after it into the same isolated
 * world, only when mentions are asked for. The content script lends its reading of the page,
 * its overlay's flash, its orphan check and word of its leaving; the mention script hands back its handlers, which
 * the content script's one listener calls (checked by the same request schemas). Kept on a
 * global of that world, which the page's own scripts never see.
 */
export interface PageHost {
  /** Visibility and the last analysis' placement (page-reading.ts). */
  readonly reading: PageReading;
  /** The content script's overlay flash, for a mention revealed where the browser has no highlight API. */
  readonly flashBox: BoxFlash;
  /** Whether Linkscout was reloaded or removed under this copy. */
  readonly orphaned: () => boolean;
  /** Run `leave` when this copy leaves the page (orphaned: replaced by a new copy, or Linkscout removed). */
  onLeave(leave: () => void): void;
  /** Leave the page: every `onLeave` runs. */
  leave(): void;
  /** Set by the mention script once injected; a second injection finds it and does nothing. */
  mentions?: MentionHandlers;
}

const HOST = Symbol.for('linkscout.content');

type Scope = Record<symbol, PageHost | undefined>;

/** The content script's host in this world, if it has run here. */
export function pageHost(scope: object = globalThis): PageHost | undefined {
  return (scope as Scope)[HOST];
}

/**
 * Make the content script's host, kept for the mention script. (After Linkscout is reloaded,
 * Chromium runs the new copies in a fresh world: they do not see it.)
 */
export function offerPageHost(host: Pick<PageHost, 'reading' | 'flashBox' | 'orphaned'>, scope: object = globalThis): PageHost {
  const leaving: (() => void)[] = [];
  const made: PageHost = { ...host, onLeave: (leave) => void leaving.push(leave), leave: () => leaving.forEach((leave) => leave()) };
  (scope as Scope)[HOST] = made;
  return made;
}

/** The content script's answer to a mention message while the mention script is not in the page (yet). */
export const NO_MENTION_SCRIPT = 'Linkscout’s mention script is not in this page';

/** The content script's handlers for the mention messages: each calls the mention script's, or fails clearly when it was never injected. */
export function mentionHandlersOf(host: PageHost): MentionHandlers {
  const via = <K extends MentionMessage>(type: K): MentionHandlers[K] =>
    ((data: never, sender: never) => {
      const handler = host.mentions?.[type] as ((d: never, s: never) => unknown) | undefined;
      if (!handler) throw new Error(NO_MENTION_SCRIPT);
      return handler(data, sender);
    }) as MentionHandlers[K];
  return { findMentions: via('findMentions'), currentMentions: via('currentMentions'), mentionHighlights: via('mentionHighlights'), revealMention: via('revealMention') };
}
