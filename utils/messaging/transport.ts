import * as v from 'valibot';
import { protocol, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { allowed, classifySender, listenTo, typeOf, type MessageSender } from './wire';
import { browser } from 'wxt/browser';

export { allowed, classifySender, envelope, ProtocolError, sendToBackground, unwrap } from './wire';

type HandledBy<W extends 'background' | 'content'> = {
  [K in MessageType]: (typeof protocol)[K]['handledBy'] extends W ? K : never;
}[MessageType];

export type Handlers<W extends 'background' | 'content'> = {
  [K in HandledBy<W>]: (data: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Answer the background's messages (see listenTo in wire.ts). The content script listens
 * through in-page.ts, with only the messages it handles.
 */
export function listen(where: 'background', handlers: Handlers<'background'>): () => void {
  return listenTo(protocol, where, handlers as unknown as Record<string, (d: unknown, s: MessageSender) => unknown>);
}

/**
 * Watch one message the background answers, from an extension page (the popup sees a page's
 * `mentionsChanged` pass): the same checks as `listen`, and never an answer, so the
 * background's reply is the one the sender gets.
 */
export function observe<K extends MessageType>(type: K, onMessage: (data: RequestOf<K>, sender: MessageSender) => void): () => void {
  const runtimeId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  const spec = protocol[type];
  const listener = (message: unknown, sender: MessageSender): undefined => {
    if (typeOf(protocol, message) !== type) return undefined;
    if (!allowed(spec.from, classifySender(sender, runtimeId, origin))) return undefined;
    const req = v.safeParse(spec.request, (message as { data?: unknown }).data);
    if (req.success) onMessage(req.output as RequestOf<K>, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
