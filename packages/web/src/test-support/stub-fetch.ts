import { vi } from 'vitest';

/** What a stubbed route answers: a JSON body (status 200), or a status with a body, after an optional delay. */
export interface StubAnswer {
  readonly status?: number;
  readonly body: unknown;
  readonly delayMs?: number;
}

/** A request as the stub saw it: its method and JSON body besides the URL. */
export interface StubRequest {
  readonly method: string;
  readonly body: unknown;
}

/**
 * Replaces `fetch` for a test: `answer` gets each request's URL (relative to http://test), method and body, and
 * returns what the server would. Returns the URLs asked for, in order. Undo with `vi.unstubAllGlobals()`.
 */
export function stubFetch(answer: (url: URL, request: StubRequest) => StubAnswer): URL[] {
  const asked: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://test');
      asked.push(url);
      const request = {
        method: init?.method ?? 'GET',
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      const { status = 200, body, delayMs = 0 } = answer(url, request);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}
