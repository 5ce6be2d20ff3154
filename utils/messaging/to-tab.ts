import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from './protocol';
import { RESPONSE_SCHEMAS } from './responses';
import { envelope, unwrap } from './transport';

/** Extension → the content script in a tab's top frame; a page's answer is validated by its schema. */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return unwrap(type, await browser.tabs.sendMessage(tabId, envelope(type, data), { frameId: 0 }), RESPONSE_SCHEMAS[type] ?? null);
}
