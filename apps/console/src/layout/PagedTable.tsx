import { Text } from '@mantine/core';
import { Loading } from './bits';
import { keepPreviousData, QueryKey, useQuery, UseQueryResult } from '@tanstack/react-query';
import { ComponentProps, ReactNode, useState } from 'react';
import type { Page } from '../api/types';
import { DataTable, Row } from './DataTable';
import { Pager } from './Pager';
import { Refusal } from './Refusal';

/** Where a page starts and how many it holds: what a paged read sends (a type, so that it passes as a query). */
export type Paging = {
  readonly offset: number;
  readonly limit: number;
};

/** A list read a page at a time: the read of the page on screen, which page it is, and a way to turn it. */
export interface PagedList<P extends Page<unknown>> {
  readonly query: UseQueryResult<P>;
  readonly paging: Paging;
  readonly turn: (offset: number) => void;
}

/**
 * A list paged on the server, read under `queryKey` (what it is and its filters); the page on screen stays while the next
 * one loads.
 */
export function usePagedList<P extends Page<unknown>>({
  queryKey,
  read,
  limit = 25,
  enabled = true,
}: {
  readonly queryKey: QueryKey;
  readonly read: (paging: Paging, signal: AbortSignal) => Promise<P>;
  readonly limit?: number;
  readonly enabled?: boolean;
}): PagedList<P> {
  // The page turned to belongs to the filters it was turned under: other filters start again at the first page.
  const filters = JSON.stringify(queryKey);
  const [turned, setTurned] = useState({ filters, offset: 0 });
  const offset = turned.filters === filters ? turned.offset : 0;
  const query = useQuery({
    queryKey: [...queryKey, offset],
    queryFn: ({ signal }) => read({ offset, limit }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
  return { query, paging: { offset, limit }, turn: (next) => setTurned({ filters, offset: next }) };
}

/**
 * A paged list on screen: the refusal or the loader, its count in words, its rows (no table when there are none) and
 * the pager (none either where the count says there are none). The rest of its props are the table's (`mt` spaces the count too, where no Stack does).
 */
export function PagedTable<P extends Page<unknown>>({
  list: { query, paging, turn },
  count,
  notice,
  row,
  ...table
}: Omit<ComponentProps<typeof DataTable>, 'rows'> & {
  readonly list: PagedList<P>;
  readonly count?: (total: number) => string;
  /** What is said between the count and the rows (a search's advice). */
  readonly notice?: ReactNode;
  readonly row: (item: P['items'][number]) => Row;
}) {
  return (
    <>
      {query.error && <Refusal error={query.error} />}
      {query.isLoading && <Loading />}
      {query.data && (
        <>
          {count && <Text mt={table.mt}>{count(query.data.total)}</Text>}
          {notice}
          {query.data.total > 0 && <DataTable striped {...table} rows={query.data.items.map(row)} />}
          {(query.data.total > 0 || !count) && (
            <Pager offset={paging.offset} limit={paging.limit} total={query.data.total} onOffset={turn} />
          )}
        </>
      )}
    </>
  );
}
