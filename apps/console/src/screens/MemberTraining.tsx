import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import type { Certification, MemberCompliance, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Fact, Loading, Ltr, Worded } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { Refusal } from '../layout/Refusal';
import { CertificationCommands, CertificationStatusText } from './CertificationCommands';

/** Who reads a member's compliance and certifications (training's readers). */
export const TRAINING_READERS = new Set(['training', 'hr', 'admin', 'auditor', 'commander']);

/** The reads a certification command changes: the register's lists and compliance. */
export const certificationReads = [['certifications'], ['compliance']] as const;

/** What a member's roles require today, and what of it they lack, with why (`GET training /compliance/members/<id>`). */
export function MemberComplianceCard({ memberId }: { readonly memberId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const compliance = useQuery({
    queryKey: ['compliance', 'member', memberId],
    queryFn: ({ signal }) => call<MemberCompliance>('training', `/compliance/members/${memberId}`, { signal }),
  });
  const c = compliance.data;
  return (
    <Card withBorder data-testid="member-compliance">
      <Title order={3}>{t('training.member.compliance')}</Title>
      {compliance.error && <Refusal error={compliance.error} />}
      {compliance.isPending && <Loading />}
      {c && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <Fact label={t('training.member.required')}>
            {c.required.length === 0
              ? t('training.member.nothingRequired')
              : intl.formatList(c.required.map((r) => <Worded key={r} prefix="training.competency" code={r} />))}
          </Fact>
          <Fact label={t('training.col.lacking')}>
            <span data-testid="member-lacking">
              {c.lacking.length === 0 ? (
                t('training.member.compliant')
              ) : (
                <Stack gap={0}>
                  {c.lacking.map((l) => (
                    <Text key={l.competency} component="span">
                      <Worded prefix="training.competency" code={l.competency} /> —{' '}
                      {t(`training.shortfall.${l.reason}`)}
                    </Text>
                  ))}
                </Stack>
              )}
            </span>
          </Fact>
          <Fact label={t('training.member.on')}>
            <Day value={c.on} />
          </Fact>
        </SimpleGrid>
      )}
    </Card>
  );
}

/** A member's certifications, paged on the server, each with the commands its status allows (for training, admin). */
export function MemberCertifications({ memberId }: { readonly memberId: string }) {
  const t = useT();
  const { call } = useApi();
  const queries = useQueryClient();
  const certifications = usePagedList({
    queryKey: ['certifications', 'member', memberId],
    read: (paging, signal) =>
      call<Page<Certification>>('training', '/certifications', { query: { memberId, ...paging }, signal }),
  });
  const reread = () => {
    for (const queryKey of certificationReads) void queries.invalidateQueries({ queryKey });
  };
  return (
    <Card withBorder>
      <Title order={3}>{t('training.member.certifications')}</Title>
      <PagedTable
        list={certifications}
        count={(total) => t('training.cert.count', { count: total })}
        mt="sm"
        data-testid="member-certifications"
        keyAs="data-certification"
        columns={[
          t('training.col.competency'),
          t('training.cert.number'),
          t('training.cert.issuedOn'),
          t('training.col.expiresOn'),
          t('training.cert.status'),
          t('training.cert.actions'),
        ]}
        row={(c) => [
          c.certificationId,
          [
            <Worded prefix="training.competency" code={c.competency} />,
            <Ltr>{c.number}</Ltr>,
            <Day value={c.issuedOn} />,
            c.expiresOn ? <Day value={c.expiresOn} /> : t('training.noExpiry'),
            <CertificationStatusText certification={c} />,
            <CertificationCommands certification={c} reread={reread} />,
          ],
        ]}
      />
    </Card>
  );
}

/**
 * A member's training on their page: compliance with their roles' requirements and their certifications — shown to
 * those who may read them (training's readers), nothing otherwise.
 */
export function MemberTraining({ memberId }: { readonly memberId: string }) {
  const t = useT();
  const { session } = useApi();
  if (!session.roles.some((r) => TRAINING_READERS.has(r))) return null;
  return (
    <Stack gap="md" data-testid="member-training">
      <Group>
        <Title order={2} size="h3">
          {t('training.member.title')}
        </Title>
      </Group>
      <MemberComplianceCard memberId={memberId} />
      <MemberCertifications memberId={memberId} />
    </Stack>
  );
}
