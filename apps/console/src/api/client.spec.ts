import { describe, expect, it, vi } from 'vitest';
import { ApiError, apiUrl, createClient, Fetch } from './client';

const answer = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

describe('the console’s API client', () => {
  it('reaches each service on the console’s origin, with the query’s defined values only', () => {
    expect(apiUrl('personnel', '/members', { limit: 20, offset: 0, centreId: undefined, status: '' })).toBe(
      '/api/personnel/members?limit=20&offset=0',
    );
    expect(apiUrl('centres', '/readiness')).toBe('/api/centres/readiness');
  });

  it('sends the user’s bearer token, and a JSON body when there is one', async () => {
    const fetch = vi.fn<Fetch>(() => answer(200, { items: [] }));
    const call = createClient('t0k3n', () => undefined, fetch);
    expect(await call('personnel', '/members/search', { method: 'POST', body: { q: 'عائشة' } })).toEqual({ items: [] });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/personnel/members/search');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { Authorization: 'Bearer t0k3n', 'Content-Type': 'application/json' },
      body: '{"q":"عائشة"}',
    });
  });

  it('sends a command with the version it was read at and its idempotency key', async () => {
    const fetch = vi.fn<Fetch>(() => answer(201, { id: 'm-1', version: 4 }));
    const call = createClient('t', () => undefined, fetch);
    const leave = { from: '2026-01-01', until: '2026-01-10', reason: 'family' };
    const send = () =>
      call('personnel', '/members/m-1/leave', { method: 'POST', body: leave, ifMatch: 3, idempotencyKey: 'k-1' });
    expect(await send()).toEqual({ id: 'm-1', version: 4 });
    await send(); // a retry: the same key, so the service records it once
    expect(fetch.mock.calls.map(([, init]) => init.headers)).toEqual([
      expect.objectContaining({ 'If-Match': '"3"', 'Idempotency-Key': 'k-1' }),
      expect.objectContaining({ 'If-Match': '"3"', 'Idempotency-Key': 'k-1' }),
    ]);
  });

  it('turns a refusal into an ApiError with the service’s stable code, message and details', async () => {
    const call = createClient(
      't',
      () => undefined,
      () =>
        answer(409, {
          statusCode: 409,
          code: 'CONCURRENCY_CONFLICT',
          message: 'The record changed',
          details: { currentVersion: 7 },
        }),
    );
    await expect(call('personnel', '/members/x')).rejects.toMatchObject({
      status: 409,
      code: 'CONCURRENCY_CONFLICT',
      message: 'The record changed',
      details: { currentVersion: 7 },
    });
  });

  it('names a refusal without the error shape by its status, and a network failure NETWORK', async () => {
    const gateway = createClient(
      't',
      () => undefined,
      () => Promise.resolve(new Response('Bad gateway', { status: 502 })),
    );
    await expect(gateway('training', '/courses')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
    const offline = createClient(
      't',
      () => undefined,
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    const error = await offline('training', '/courses').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('ends the session on a 401: the token expired or was refused', async () => {
    const onUnauthorised = vi.fn();
    const call = createClient('old', onUnauthorised, () =>
      answer(401, { statusCode: 401, code: 'AUTH_TOKEN_EXPIRED', message: 'expired' }),
    );
    await expect(call('centres', '/readiness')).rejects.toMatchObject({ code: 'AUTH_TOKEN_EXPIRED' });
    expect(onUnauthorised).toHaveBeenCalledTimes(1);
  });

  it('answers a file (a report’s CSV) as a Blob', async () => {
    const fetch = vi.fn<Fetch>(() => Promise.resolve(new Response('asset_id,kind\n', { status: 200 })));
    const call = createClient('t', () => undefined, fetch);
    const file = await call<Blob>('equipment', '/donors/d-1/traceability.csv', { asFile: true });
    expect(await file.text()).toBe('asset_id,kind\n');
    expect(fetch.mock.calls[0]?.[1].headers).toMatchObject({ Accept: 'text/csv, application/json' });
  });
});
