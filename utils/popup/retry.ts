import { ProtocolError } from '../messaging/transport';

/**
 * Run a message round trip again when the transport itself failed (the service worker was
 * stopped while answering: "message port closed", "receiving end does not exist"). A refusal or
 * an error the background reported (ProtocolError) is an answer, not a lost message, and is not
 * retried. Only for requests that are safe to repeat, like saving by normalised URL.
 */
export async function retryIfWorkerRestarted<T>(send: () => Promise<T>, attempts = 3, pauseMs = 250): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await send();
    } catch (err) {
      if (err instanceof ProtocolError || i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, pauseMs * i));
    }
  }
}
