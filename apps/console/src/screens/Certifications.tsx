import { Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import type { Certification, CertificationStatus, Course, Page } from '../api/types';
import { everyOne } from '../api/types';
import { isUuid } from '../forms';
import { knownId } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { Hint } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { certificationCells, certificationColumns } from './CertificationCommands';
import { MemberComplianceCard, certificationReads } from './MemberTraining';

const STATUSES = everyOne<CertificationStatus>()(['valid', 'suspended', 'expired', 'revoked']);

/**
 * The certification register: every certification by status, competency and member, paged on the server, the newest
 * first, with the commands each one's status allows (training, admin). A member's id shows their compliance too.
 */
export default function Certifications() {
  const t = useT();
  const { call } = useApi();
  const queries = useQueryClient();
  const [status, setStatus] = useState<CertificationStatus | ''>('');
  const [competency, setCompetency] = useState('');
  const [memberText, setMemberText] = useState('');
  const memberId = isUuid(memberText) ? memberText.trim().toLowerCase() : '';
  // The competencies the catalogue certifies, retired courses too (their certifications stay on the register).
  const courses = useQuery({
    queryKey: ['courses', 'competencies'],
    queryFn: ({ signal }) =>
      call<Page<Course>>('training', '/courses', { query: { limit: 200, includeRetired: 'true' }, signal }),
  });
  const competencies = [...new Set((courses.data?.items ?? []).map((c) => c.competency))].sort();
  const wording = (code: string) => {
    const id = knownId(`training.competency.${code}`);
    return id ? t(id) : code;
  };
  const certifications = usePagedList({
    queryKey: ['certifications', status, competency, memberId],
    read: (paging, signal) =>
      call<Page<Certification>>('training', '/certifications', {
        query: {
          status: status || undefined,
          competency: competency || undefined,
          memberId: memberId || undefined,
          ...paging,
        },
        signal,
      }),
  });
  const reread = () => {
    for (const queryKey of certificationReads) void queries.invalidateQueries({ queryKey });
  };
  return (
    <Stack>
      <Title order={2}>{t('training.cert.title')}</Title>
      <Group align="end">
        <NativeSelect
          label={t('vehicles.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as CertificationStatus | '')}
          data={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`training.cert.status.${s}`) })),
          ]}
          data-testid="certification-status-filter"
        />
        <NativeSelect
          label={t('training.col.competency')}
          value={competency}
          onChange={(e) => setCompetency(e.currentTarget.value)}
          data={[{ value: '', label: t('common.all') }, ...competencies.map((c) => ({ value: c, label: wording(c) }))]}
        />
        <TextInput
          label={t('training.cert.memberFilter')}
          description={<Hint>{t('training.cert.memberFilterHint')}</Hint>}
          value={memberText}
          onChange={(e) => setMemberText(e.currentTarget.value)}
          dir="ltr"
          name="memberId"
          error={memberText.trim() !== '' && !memberId ? t('form.memberId') : undefined}
          miw={320}
        />
      </Group>
      {memberId && <MemberComplianceCard memberId={memberId} />}
      <PagedTable
        list={certifications}
        count={(total) => t('training.cert.count', { count: total })}
        data-testid="certifications"
        keyAs="data-certification"
        columns={[t('training.col.member'), ...certificationColumns(t)]}
        row={(c) => [c.certificationId, [<MemberRef memberId={c.memberId} />, ...certificationCells(c, reread, t)]]}
      />
    </Stack>
  );
}
