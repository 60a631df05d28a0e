// Errors cross message boundaries as data, never as thrown exceptions.
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export interface AppError {
  code: string;
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: string, message: string): Result<never, AppError> => ({
  ok: false,
  error: { code, message },
});
