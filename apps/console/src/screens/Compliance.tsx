import { Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { ExpiringCertification, MemberCompliance, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { CentreFilter, useOneCentre } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';

const WINDOWS = [30, 60, 90, 180] as const;

/**
 * Compliance with the roles' requirements: a centre's members who lack a required competency today (missing,
 * expired, suspended, revoked), and the certifications expiring within a window — both paged on the server.
 */
export default function Compliance() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useOneCentre();
  const [withinDays, setWithinDays] = useState<number>(WINDOWS[1]);
  const lacking = usePagedList({
    queryKey: ['compliance', centreId],
    read: (paging, signal) =>
      call<Page<MemberCompliance>>('training', `/compliance/centres/${centreId}`, { query: paging, signal }),
    enabled: centreId !== '',
  });
  const expiring = usePagedList({
    queryKey: ['compliance', 'expiring', centreId, withinDays],
    read: (paging, signal) =>
      call<Page<ExpiringCertification>>('training', '/compliance/expiring', {
        query: { centreId, withinDays, ...paging },
        signal,
      }),
    enabled: centreId !== '',
  });
  return (
    <Stack>
      <Title order={2}>{t('training.compliance.title')}</Title>
      <CentreFilter value={centreId} onChange={setCentreId} maw={360} />
      <Card withBorder>
        <Title order={3}>{t('training.lacking.title')}</Title>
        <PagedTable
          list={lacking}
          count={(total) => t('training.lacking.count', { count: total })}
          mt="sm"
          data-testid="lacking"
          columns={[t('training.col.member'), t('members.col.roles'), t('training.col.lacking')]}
          row={(m) => [
            m.memberId,
            [
              <MemberRef memberId={m.memberId} />,
              intl.formatList(m.roles.map((r) => t(`role.${r}`))),
              m.lacking.map((l) => (
                <Text size="sm" key={l.competency}>
                  <Worded prefix="training.competency" code={l.competency} /> — {t(`training.shortfall.${l.reason}`)}
                </Text>
              )),
            ],
          ]}
        />
      </Card>
      <Card withBorder>
        <Group justify="space-between" align="end">
          <Title order={3}>{t('training.expiring.title')}</Title>
          <NativeSelect
            label={t('training.expiring.within')}
            value={`${withinDays}`}
            onChange={(e) => setWithinDays(Number(e.currentTarget.value))}
            data={WINDOWS.map((d) => ({ value: `${d}`, label: t('training.days', { count: d }) }))}
          />
        </Group>
        <PagedTable
          list={expiring}
          count={(total) => t('training.expiring.count', { count: total })}
          mt="sm"
          data-testid="expiring"
          columns={[
            t('training.col.member'),
            t('training.col.competency'),
            t('vehicles.col.centre'),
            t('training.col.expiresOn'),
          ]}
          row={(c) => [
            c.certificationId,
            [
              <MemberRef memberId={c.memberId} />,
              <Worded prefix="training.competency" code={c.competency} />,
              centreLabel(c.centreId),
              <Day value={c.expiresOn} />,
            ],
          ]}
        />
      </Card>
    </Stack>
  );
}
