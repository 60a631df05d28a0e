// The one message router (DESIGN.md): handlers keyed by message type, each returning a
// Result. Unknown types and malformed envelopes are ignored (return undefined: no reply).
import type { AnyMap, Message, MessageType } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';

export type Handlers = {
  [K in MessageType]: (payload: AnyMap[K]['req']) => Promise<AnyMap[K]['res']> | AnyMap[K]['res'];
};

function isMessage(msg: unknown, handlers: Handlers): msg is Message {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    Object.hasOwn(handlers, (msg as { type: string }).type)
  );
}

export function createRouter(handlers: Handlers) {
  return (msg: unknown): Promise<Result<unknown>> | undefined => {
    if (!isMessage(msg, handlers)) return undefined;
    const handler = handlers[msg.type] as (p: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler((msg as { payload?: unknown }).payload ?? {}))
      .then(
        (value) => ok(value),
        (e: unknown) => err('handler-failed', e instanceof Error ? e.message : String(e)),
      );
  };
}
