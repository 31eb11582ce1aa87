/** The four services, reached on the console's own origin under /api/<service>/ (the gateway or Vite's proxy). */
export const SERVICES = ['personnel', 'centres', 'equipment', 'training'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** A refusal as the services send it — `{ statusCode, code, message, details }` — or the network failing (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /** A command's: the record's version as read, so a record changed since answers 409 instead of being overwritten. */
  readonly ifMatch?: number;
  /** A command's: one per intent, sent again on a retry, so a command sent twice is recorded once. */
  readonly idempotencyKey?: string;
  /** A file to save (an export, a report's CSV): the answer's body as a Blob instead of JSON. */
  readonly asFile?: boolean;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The URL of a service's path on the console's origin, with the query's defined values. */
export function apiUrl(service: ServiceName, path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, `${value}`);
  const search = params.toString();
  return `/api/${service}${path}${search ? `?${search}` : ''}`;
}

async function refusalOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown; details?: unknown };
    const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? response.statusText);
    return new ApiError(
      response.status,
      typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
      message,
      body.details ?? null,
    );
  } catch {
    return new ApiError(response.status, `HTTP_${response.status}`, text || response.statusText);
  }
}

/**
 * A client bound to one signed-in user: every call carries their bearer token, answers its JSON body or throws an
 * ApiError. A 401 also tells `onUnauthorised` (the session ends: the token expired or was refused).
 */
export function createClient(
  token: string,
  onUnauthorised: () => void,
  fetchImpl: Fetch = (i, init) => fetch(i, init),
) {
  return async function call<T>(service: ServiceName, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      // A refusal still comes as JSON: the services' error filter answers it whatever was asked for.
      Accept: options.asFile ? 'text/csv, application/json' : 'application/json',
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    let response: Response;
    try {
      response = await fetchImpl(apiUrl(service, path, options.query), {
        method: options.method ?? 'GET',
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const refusal = await refusalOf(response);
      if (response.status === 401) onUnauthorised();
      throw refusal;
    }
    return (options.asFile ? await response.blob() : await response.json()) as T;
  };
}

export type ApiCall = ReturnType<typeof createClient>;
