import { contentProtocol } from './content-protocol';
import type { Handlers } from './transport';
import { listenTo, type MessageSender } from './wire';

export { sendToBackground } from './wire';

/**
 * The content script's side of the protocol: answer the messages it handles, with the same
 * checks as `listen` (wire.ts), knowing only their specs, so the page never carries the
 * background's request schemas.
 */
export function listenInPage(handlers: Handlers<'content'>): () => void {
  return listenTo(contentProtocol, 'content', handlers as unknown as Record<string, (d: unknown, s: MessageSender) => unknown>);
}
