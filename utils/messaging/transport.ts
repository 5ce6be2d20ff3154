import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { protocol, type MessageType, type RequestOf, type ResponseOf, type Sender } from './protocol';

type MessageSender = Browser.runtime.MessageSender;

/** Failure of a message round trip: refused, invalid, or the other side threw. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

const TYPES = Object.keys(protocol) as MessageType[];
const Envelope = v.object({ linkscout: v.literal(1), type: v.picklist(TYPES), data: v.unknown() });
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** The message as sent: marked as ours, typed, with its request. */
export function envelope<K extends MessageType>(type: K, data: RequestOf<K>) {
  return { linkscout: 1 as const, type, data };
}

/** The answer's value, or a ProtocolError; checked against `schema` when one is given (answers from a page). */
export function unwrap<K extends MessageType>(type: K, reply: unknown, schema: v.GenericSchema | null = null): ResponseOf<K> {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new ProtocolError(`No answer to ${type}`);
  }
  const r = reply as Reply;
  if (!r.ok) throw new ProtocolError(r.error);
  if (schema) {
    const parsed = v.safeParse(schema, r.value);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      throw new ProtocolError(`Invalid ${type} answer at ${v.getDotPath(issue) ?? 'root'}: ${issue.message}`);
    }
  }
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

type HandledBy<W extends 'background' | 'content'> = {
  [K in MessageType]: (typeof protocol)[K]['handledBy'] extends W ? K : never;
}[MessageType];

export type Handlers<W extends 'background' | 'content'> = {
  [K in HandledBy<W>]: (data: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Answer this side's messages: the envelope and the request are validated and the sender
 * checked before a handler runs; anything else is ignored (another listener may want it).
 */
export function listen<W extends 'background' | 'content'>(where: W, handlers: Handlers<W>): () => void {
  const runtimeId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: MessageSender): Promise<Reply> | undefined => {
    const env = v.safeParse(Envelope, message);
    if (!env.success) return undefined;
    const type = env.output.type;
    const spec = protocol[type];
    if (spec.handledBy !== where) return undefined;
    if (!allowed(spec.from, classifySender(sender, runtimeId, origin))) {
      return Promise.resolve({ ok: false, error: `${type} is not accepted from this sender` });
    }
    const req = v.safeParse(spec.request, env.output.data);
    if (!req.success) return Promise.resolve({ ok: false, error: `Invalid ${type} request: ${req.issues[0].message}` });
    const handler = (handlers as unknown as Record<string, (d: unknown, s: MessageSender) => unknown>)[type];
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(req.output, sender))
      .then(
        (value): Reply => ({ ok: true, value }),
        (err: unknown): Reply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
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
    const env = v.safeParse(Envelope, message);
    if (!env.success || env.output.type !== type) return undefined;
    if (!allowed(spec.from, classifySender(sender, runtimeId, origin))) return undefined;
    const req = v.safeParse(spec.request, env.output.data);
    if (req.success) onMessage(req.output as RequestOf<K>, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
