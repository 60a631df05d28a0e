// Typed request/reply over runtime messaging, used by content scripts and extension pages.
import { defaultApi, type BrowserApi } from './browser';
import type { AnyMap, MessageType, Reply } from './messages';

export async function send<K extends MessageType>(
  type: K,
  payload: AnyMap[K]['req'],
  api: Pick<BrowserApi, 'runtime'> = defaultApi,
): Promise<Reply<K>> {
  try {
    const reply = (await api.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
    return reply ?? { ok: false, error: { code: 'no-reply', message: `No answer to ${type}` } };
  } catch (e) {
    // The worker may be restarting or the extension reloaded: report, don't throw into the page.
    return {
      ok: false,
      error: { code: 'unreachable', message: e instanceof Error ? e.message : String(e) },
    };
  }
}
