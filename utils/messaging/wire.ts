import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf, Sender } from './protocol';

/**
 * The wire under the protocol: the envelope, answers, sender checks and the listener, for any
 * table of message specs. Imports nothing of protocol.ts but its types, so the content script
 * carries only the specs it handles (content-protocol.ts), not the background's.
 */

export type MessageSender = Browser.runtime.MessageSender;

/** What the wire needs of a message spec: where it is handled, who may send it, its request. */
export interface WireSpec {
  handledBy: 'background' | 'content';
  from: readonly Sender[];
  request: v.GenericSchema;
}

/** Failure of a message round trip: refused, invalid, or the other side threw. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** The message as sent: marked as ours, typed, with its request. */
export function envelope<K extends MessageType>(type: K, data: RequestOf<K>) {
  return { linkscout: 1 as const, type, data };
}

/** The answer's value, or a ProtocolError (answers from a page are checked further: to-tab.ts). */
export function unwrap<K extends MessageType>(type: K, reply: unknown): ResponseOf<K> {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new ProtocolError(`No answer to ${type}`);
  }
  const r = reply as Reply;
  if (!r.ok) throw new ProtocolError(r.error);
  return r.value as ResponseOf<K>;
}

/** Extension page or content script → background (our own code answers: no schema needed). */
export async function sendToBackground<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return unwrap(type, await browser.runtime.sendMessage(envelope(type, data)));
}

/** What a sender is, judged only from what the browser vouches for (id, url), never from the message. */
export function classifySender(sender: { id?: string; url?: string; tab?: unknown }, runtimeId: string, extensionOrigin: string): Sender | 'foreign' {
  if (sender.id !== runtimeId) return 'foreign';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return 'extension';
}

/** Whether a message listing `from` may come from this kind of sender. */
export function allowed(from: readonly Sender[], kind: Sender | 'foreign'): boolean {
  // Extension pages are part of the extension; a content script or another extension never is.
  if (kind === 'extension-page') return from.includes('extension-page') || from.includes('extension');
  if (kind === 'extension') return from.includes('extension');
  // A content script only where the message names it: its page may have put words in its mouth.
  if (kind === 'content-script') return from.includes('content-script');
  return false;
}

/** The type of a message of one of these specs, marked as ours; null for anything else (not for this listener). */
export function typeOf(specs: Readonly<Record<string, WireSpec>>, message: unknown): string | null {
  if (!message || typeof message !== 'object') return null;
  const { linkscout, type } = message as { linkscout?: unknown; type?: unknown };
  return linkscout === 1 && typeof type === 'string' && Object.hasOwn(specs, type) ? type : null;
}

type AnyHandler = (data: unknown, sender: MessageSender) => unknown;

/**
 * Answer the messages of `specs` handled on this side: the envelope and the request are
 * validated and the sender checked before a handler runs; anything else is ignored (another
 * listener may want it).
 */
export function listenTo(specs: Readonly<Record<string, WireSpec>>, where: 'background' | 'content', handlers: Readonly<Record<string, AnyHandler>>): () => void {
  const runtimeId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  const answer = (message: unknown, sender: MessageSender): Promise<Reply> | undefined => {
    const type = typeOf(specs, message);
    if (type === null) return undefined;
    const spec = specs[type]!;
    if (spec.handledBy !== where) return undefined;
    if (!allowed(spec.from, classifySender(sender, runtimeId, origin))) {
      return Promise.resolve({ ok: false, error: `${type} is not accepted from this sender` });
    }
    const req = v.safeParse(spec.request, (message as { data?: unknown }).data);
    if (!req.success) return Promise.resolve({ ok: false, error: `Invalid ${type} request: ${req.issues[0].message}` });
    const handler = handlers[type];
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(req.output, sender))
      .then(
        (value): Reply => ({ ok: true, value }),
        (err: unknown): Reply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
  // Answered through sendResponse (and `true` to keep the channel open), which Chrome and Firefox
  // take natively: the content script runs without the polyfill (see wxt.config.ts).
  const listener = (message: unknown, sender: MessageSender, sendResponse: (reply: Reply) => void): true | undefined => {
    const reply = answer(message, sender);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
