import { Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { IdentityExport, IdentityExportsPage, Page } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { exportApprovalForm, exportRefusalForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Instant, Ltr } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';

const LIMIT = 10;

/** What an export's filters select, in words: a centre, a status, a role, or anyone. */
function Filters({ of }: { readonly of: IdentityExport }) {
  const t = useT();
  const intl = useIntl();
  const centreLabel = useCentreLabel();
  const { centreId, status, role } = of.filters as {
    readonly centreId: string | null;
    readonly status: string | null;
    readonly role: string | null;
  };
  const parts = [
    centreId ? centreLabel(centreId) : null,
    status ? t('identityExports.filter.status', { status }) : null,
    role ? t('identityExports.filter.role', { role }) : null,
  ].filter((p): p is string => p !== null);
  return <>{parts.length ? intl.formatList(parts) : t('common.all')}</>;
}

/**
 * The approvers' queue of identity exports (hr, admins): each asked for by one person, with its purpose, released
 * only when a second person approves it (the service refuses the asker's own approval), or refused with a reason.
 */
export function IdentityExports() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const list = usePagedList({
    queryKey: ['identity-exports', 'requested'],
    // The service answers the items and the total; the pager's page adds where it stands.
    read: async (paging, signal): Promise<Page<IdentityExport>> => ({
      ...(await call<IdentityExportsPage>('personnel', '/identity-exports', {
        query: { status: 'requested', ...paging },
        signal,
      })),
      ...paging,
    }),
    limit: LIMIT,
  });
  const reload = () => void list.query.refetch();
  const done = () => void queries.invalidateQueries({ queryKey: ['identity-exports'] });
  return (
    <Card withBorder data-testid="identity-exports">
      <Title order={3}>{t('identityExports.title')}</Title>
      <Text size="sm" mt="xs">
        {t('identityExports.intro')}
      </Text>
      <PagedTable
        list={list}
        count={(total) => t('identityExports.count', { count: total })}
        mt="sm"
        keyAs="data-export"
        columns={[
          t('identityExports.col.asked'),
          t('identityExports.col.by'),
          t('identityExports.col.purpose'),
          t('identityExports.col.filters'),
          t('identityExports.col.people'),
          t('applicants.col.next'),
        ]}
        row={(x) => [
          x.exportId,
          [
            <Instant value={x.requestedAt} />,
            <Ltr>{x.requestedBy}</Ltr>,
            <bdi>{x.purpose}</bdi>,
            <Filters of={x} />,
            <>{intl.formatNumber(x.rowCount)}</>,
            <Group gap="xs">
              <CommandDialog
                label="identityExports.approve"
                title="identityExports.approve.title"
                submit="identityExports.approve.submit"
                form={exportApprovalForm}
                target={{ service: 'personnel', path: `/identity-exports/${x.exportId}/approval`, version: x.version }}
                onDone={done}
                onReload={reload}
                buttonProps={{ size: 'xs' }}
              >
                {() => (
                  <Stack gap="xs">
                    <Text>{t('identityExports.approve.explain', { count: x.rowCount })}</Text>
                    <Text>
                      {t('identityExports.col.purpose')}: <bdi>{x.purpose}</bdi>
                    </Text>
                  </Stack>
                )}
              </CommandDialog>
              <CommandDialog
                label="identityExports.refuse"
                title="identityExports.refuse.title"
                submit="identityExports.refuse.submit"
                form={exportRefusalForm}
                target={{ service: 'personnel', path: `/identity-exports/${x.exportId}/refusal`, version: x.version }}
                onDone={done}
                onReload={reload}
                buttonProps={{ size: 'xs', color: 'red.9', variant: 'outline' }}
              >
                {({ register, formState: { errors } }) => (
                  <Textarea
                    label={t('identityExports.refuse.reason')}
                    required
                    maxLength={1000}
                    error={!!errors.reason}
                    {...register('reason')}
                  />
                )}
              </CommandDialog>
            </Group>,
          ],
        ]}
      />
    </Card>
  );
}
