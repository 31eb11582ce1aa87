import { Button, Group, NativeSelect } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import type { MemberStatus } from '../api/types';
import { useT } from '../i18n/use-t';
import { Refusal } from '../layout/Refusal';

const STATUSES: readonly MemberStatus[] = [
  'active',
  'on-leave',
  'suspended',
  'applied',
  'cleared',
  'rejected',
  'killed',
  'departed',
];

/** Hands the browser a file to save, as a download of the page's own. */
function save(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Released once the browser has taken the file, not while it may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The roster as a CSV file from the service's export (which records every export): operational columns only — the
 * identities stay behind "show identity" — in the reader's scope, optionally of one status.
 */
export function RosterExport() {
  const t = useT();
  const { call } = useApi();
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const download = useMutation({
    mutationFn: () =>
      call<string>('personnel', '/members/export', { query: { status: status || undefined }, text: true }),
    onSuccess: (csv) => save(csv, `roster-${status || 'all'}-${new Date().toISOString().slice(0, 10)}.csv`),
  });
  return (
    <>
      <Group align="end" data-testid="roster-export">
        <NativeSelect
          label={t('export.status')}
          value={status}
          onChange={(e) => setStatus(STATUSES.find((s) => s === e.currentTarget.value) ?? '')}
          data={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`memberStatus.${s}`) })),
          ]}
        />
        <Button variant="default" loading={download.isPending} onClick={() => download.mutate()}>
          {t('export.download')}
        </Button>
      </Group>
      {download.error && <Refusal error={download.error} />}
    </>
  );
}
