import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ServiceName } from './client';
import { useApi } from './context';
import type { CommandResult } from './types';

/**
 * Idempotency keys for one intent: the same body sent again (a retry) gets the same key, so a command sent twice is
 * recorded once; a changed body is another request and gets a new key (a key reused for another body is refused).
 */
export function intentKeys(newKey: () => string = () => crypto.randomUUID()) {
  let last: { readonly body: string; readonly key: string } | null = null;
  return {
    keyFor(body: unknown): string {
      const json = JSON.stringify(body);
      if (last?.body !== json) last = { body: json, key: newKey() };
      return last.key;
    },
    /** After the command went through, or a reload: what is sent next is a new intent. */
    renew(): void {
      last = null;
    },
  };
}

/** Where a command goes: its service and path, and the version of the record as read (sent as If-Match; none for a
 * command that creates the record). */
export interface CommandTarget {
  readonly service: ServiceName;
  readonly path: string;
  readonly version?: number;
  /** POST, unless the route sets a whole record in place (a role's requirements: PUT). */
  readonly method?: 'POST' | 'PUT';
}

/**
 * A command on a record, as the API takes it: POSTed at the version of the record on screen (If-Match: a record
 * changed since answers 409 CONCURRENCY_CONFLICT), under its intent's Idempotency-Key; on success the reads under
 * `invalidates` are read again and `onDone` hears the answer (the record's id and version) and the body it answers.
 */
export function useCommand<Body>(
  options: CommandTarget & {
    readonly invalidates?: readonly QueryKey[];
    readonly onDone?: (result: CommandResult, body: Body) => void;
  },
) {
  const { call } = useApi();
  const queries = useQueryClient();
  const keys = useRef(intentKeys()).current;
  const mutation = useMutation({
    mutationFn: (body: Body) =>
      call<CommandResult>(options.service, options.path, {
        method: options.method ?? 'POST',
        body,
        ...(options.version === undefined ? {} : { ifMatch: options.version }),
        idempotencyKey: keys.keyFor(body),
      }),
    onSuccess: (result, body) => {
      keys.renew();
      for (const queryKey of options.invalidates ?? []) void queries.invalidateQueries({ queryKey });
      options.onDone?.(result, body);
    },
  });
  /** A reload after a refusal: the next submission is decided on the record as it now is. */
  const reload = () => {
    keys.renew();
    mutation.reset();
    for (const queryKey of options.invalidates ?? []) void queries.invalidateQueries({ queryKey });
  };
  return { ...mutation, reload };
}
