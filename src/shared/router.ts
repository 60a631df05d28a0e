// One message router per receiving context (DESIGN.md): handlers keyed by message type, each
// answering with a Result. Unknown types and malformed envelopes are ignored (undefined: no reply).
import type { AnyMap } from './messages';
import { err, ok, type Result } from './result';

type MapShape<M> = { [K in keyof M]: { req: unknown; res: unknown } };

export type HandlersOf<M extends MapShape<M>> = {
  [K in keyof M]: (payload: M[K]['req']) => Promise<M[K]['res']> | M[K]['res'];
};

/** The background's handlers: every content→background and page→background message. */
export type Handlers = HandlersOf<AnyMap>;

function typeOf(msg: unknown, handlers: object): string | undefined {
  if (typeof msg !== 'object' || msg === null) return undefined;
  const type = (msg as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type) ? type : undefined;
}

export function createRouter<M extends MapShape<M>>(handlers: HandlersOf<M>) {
  return (msg: unknown): Promise<Result<unknown>> | undefined => {
    const type = typeOf(msg, handlers);
    if (type === undefined) return undefined;
    const handler = handlers[type as keyof M] as (p: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler((msg as { payload?: unknown }).payload ?? {}))
      .then(
        (value) => ok(value),
        (e: unknown) => err('handler-failed', e instanceof Error ? e.message : String(e)),
      );
  };
}
