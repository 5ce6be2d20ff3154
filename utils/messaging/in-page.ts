import { contentProtocol } from './content-protocol';
import type { Handlers } from './transport';
import { listenTo, type MessageSender } from './wire';

export { sendToBackground } from './wire';

type Handler = (data: unknown, sender: MessageSender) => unknown;

/**
 * The content script's side of the protocol: answer the messages it handles, with the same
 * checks as `listen` (wire.ts), knowing only their specs, so the page never carries the
 * background's request schemas. Every answer waits for `ready` first (the hand-over from an
 * orphaned copy, content-lifecycle.ts): nothing is drawn while the orphan's UI is still there.
 */
export function listenInPage(handlers: Handlers<'content'>, ready: Promise<unknown> = Promise.resolve()): () => void {
  const after = Object.fromEntries(Object.entries(handlers as unknown as Record<string, Handler>).map(([type, handle]) => [type, ((data, sender) => ready.then(() => handle(data, sender))) as Handler]));
  return listenTo(contentProtocol, 'content', after);
}
