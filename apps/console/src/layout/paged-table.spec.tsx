import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from '../api/types';
import { inConsole, stubMatchMedia } from '../spec-helpers';
import { PagedTable, Paging, usePagedList } from './PagedTable';

beforeAll(stubMatchMedia);
afterEach(cleanup);

interface Plate {
  readonly id: string;
  readonly plate: string;
}

/** A fleet of `total` plates at each centre, read a page at a time. */
const fleet = (total: number) =>
  vi.fn(({ offset, limit }: Paging, centre: string): Promise<Page<Plate>> => {
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
      id: `${centre}-${offset + i}`,
      plate: `${centre} ${offset + i + 1}`,
    }));
    return Promise.resolve({ items, total, limit, offset });
  });

function Plates({ read }: { readonly read: ReturnType<typeof fleet> }) {
  const [centre, setCentre] = useState('ALP');
  const plates = usePagedList({ queryKey: ['plates', centre], read: (paging) => read(paging, centre), limit: 2 });
  return (
    <>
      <button onClick={() => setCentre('HMS')}>HMS</button>
      <PagedTable
        list={plates}
        count={(total) => `${total} plates`}
        keyAs="data-plate"
        data-testid="plates"
        columns={['Plate']}
        row={(p) => [p.id, [p.plate]]}
      />
    </>
  );
}

const renderPlates = (read: ReturnType<typeof fleet>) => render(inConsole('en', <Plates read={read} />));

describe('a paged table', () => {
  it('turns the pages, and starts again at the first under another filter', async () => {
    const read = fleet(5);
    const { container } = renderPlates(read);
    expect(await screen.findByText('ALP 1')).toBeTruthy();
    expect(screen.getByText('5 plates')).toBeTruthy();
    expect(container.querySelector('[data-testid=plates] tr[data-plate="ALP-1"]')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('ALP 3')).toBeTruthy();
    expect(screen.getByTestId('range').textContent).toBe('3–4 of 5');

    fireEvent.click(screen.getByRole('button', { name: 'HMS' }));
    expect(await screen.findByText('HMS 1')).toBeTruthy();
    expect(read).toHaveBeenLastCalledWith({ offset: 0, limit: 2 }, 'HMS');
  });

  it('shows no table and no pager for an empty list: its count says so', async () => {
    const { container } = renderPlates(fleet(0));
    expect(await screen.findByText('0 plates')).toBeTruthy();
    expect(container.querySelector('table')).toBeNull();
    expect(screen.queryByTestId('range')).toBeNull();
  });
});
