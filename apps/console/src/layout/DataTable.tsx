import { Table, TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A table's row: its key, and its cells in the order of the columns. */
export type Row = readonly [key: string, cells: readonly ReactNode[]];

/** A table of rows under their column headings; the rest of its props are Mantine's Table's. */
export function DataTable({
  columns,
  rows,
  keyAs,
  ...table
}: TableProps & {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  /** The data attribute that carries each row's key, where a row is looked for by it. */
  readonly keyAs?: `data-${string}`;
}) {
  return (
    <Table {...table}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c}>{c}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([key, cells]) => (
          <Table.Tr key={key} {...(keyAs && { [keyAs]: key })}>
            {cells.map((cell, i) => (
              <Table.Td key={i}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
