import { Button, Group, NativeSelect } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import type { MemberStatus } from '../api/types';
import { everyOne } from '../api/types';
import { useT } from '../i18n/use-t';
import { Refusal } from '../layout/Refusal';
import { saveFile } from '../save-file';

const STATUSES = everyOne<MemberStatus>()([
  'active',
  'on-leave',
  'suspended',
  'applied',
  'cleared',
  'rejected',
  'killed',
  'departed',
]);

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
      call<Blob>('personnel', '/members/export', { query: { status: status || undefined }, asFile: true }),
    onSuccess: (file) => saveFile(file, `roster-${status || 'all'}-${new Date().toISOString().slice(0, 10)}.csv`),
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
