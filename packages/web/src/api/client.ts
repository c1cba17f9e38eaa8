/**
 * The HTTP client: JSON over fetch with the session cookie (same origin). Every failure is thrown as an
 * ApiError carrying the server's stable `code` (or a client-side one for network and parse failures).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ApiError(response.status, 'invalidResponse', `Unexpected response from ${path}`);
    }
  }
  if (!response.ok) {
    const error = isRecord(parsed) ? parsed : {};
    throw new ApiError(
      response.status,
      typeof error['code'] === 'string' ? error['code'] : `http${response.status}`,
      typeof error['message'] === 'string' ? error['message'] : response.statusText,
      error['details'],
    );
  }
  return parsed as T;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists come as `{ items }`; accept a bare array too so a list route can stay simple. */
export function itemsOf<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (isRecord(value)) {
    for (const key of ['items', 'users', 'patients', 'types']) {
      const list = value[key];
      if (Array.isArray(list)) return list as T[];
    }
  }
  return [];
}
