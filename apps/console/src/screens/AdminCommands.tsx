import { Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { MemberProfile } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { DEPARTURE_REASONS, correctionForm, correctionsFor, erasureForm } from '../commands/forms';
import { useT } from '../i18n/use-t';

/**
 * An administrator's commands on a record: a correction of a recorded fact (the original events stay, the
 * correction is added with its reason), and the erasure of the legal identity, for good, after a confirmation.
 */
export function AdminCommands({ member, onReload }: { readonly member: MemberProfile; readonly onReload: () => void }) {
  const t = useT();
  const queries = useQueryClient();
  const target = (route: string) => ({
    service: 'personnel' as const,
    path: `/members/${member.memberId}/${route}`,
    version: member.version,
  });
  const done = () => {
    void queries.invalidateQueries({ queryKey: ['member', member.memberId] });
    void queries.invalidateQueries({ queryKey: ['members'] });
  };
  return (
    <Group gap="xs" data-testid="admin-commands">
      <CommandDialog
        label="member.correction.record"
        title="member.correction.title"
        submit="member.correction.submit"
        form={correctionForm}
        target={target('corrections')}
        onDone={done}
        onReload={onReload}
      >
        {({ register, watch, formState: { errors } }) => {
          const kind = watch('kind');
          return (
            <>
              <NativeSelect
                label={t('member.correction.kind')}
                required
                error={!!errors.kind}
                data={[
                  { value: '', label: t('command.choose') },
                  ...correctionsFor(member.status).map((k) => ({ value: k, label: t(`member.correction.kind.${k}`) })),
                ]}
                {...register('kind')}
              />
              {kind === 'call-sign' && (
                <TextInput
                  label={t('member.correction.callSign')}
                  required
                  maxLength={40}
                  error={!!errors.callSign}
                  {...register('callSign')}
                />
              )}
              {kind === 'death-record' && (
                <>
                  <TextInput
                    type="date"
                    label={t('member.lineOfDuty.on')}
                    required
                    error={!!errors.diedOn}
                    {...register('diedOn')}
                  />
                  <TextInput
                    label={t('command.incidentRef')}
                    required
                    dir="ltr"
                    maxLength={200}
                    error={!!errors.incidentRef}
                    {...register('incidentRef')}
                  />
                </>
              )}
              {kind === 'departure-record' && (
                <>
                  <TextInput
                    type="date"
                    label={t('member.departure.on')}
                    required
                    error={!!errors.departedOn}
                    {...register('departedOn')}
                  />
                  <NativeSelect
                    label={t('member.departure.reason')}
                    required
                    error={!!errors.departureReason}
                    data={[
                      { value: '', label: t('command.choose') },
                      ...DEPARTURE_REASONS.map((r) => ({ value: r, label: t(`member.departure.reason.${r}`) })),
                    ]}
                    {...register('departureReason')}
                  />
                </>
              )}
              {kind === 'final-status-revoked' && <Text size="sm">{t('member.correction.revokeExplain')}</Text>}
              <Textarea
                label={t('member.correction.reason')}
                required
                maxLength={1000}
                error={!!errors.reason}
                {...register('reason')}
              />
            </>
          );
        }}
      </CommandDialog>
      {member.identity !== 'erased' && (
        <CommandDialog
          label="member.erasure.record"
          title="member.erasure.title"
          submit="member.erasure.next"
          form={erasureForm}
          target={target('identity-erasure')}
          onDone={done}
          onReload={onReload}
          buttonProps={{ variant: 'outline', color: 'red.9' }}
          // Nothing is erased on one click: the step says it cannot be undone.
          confirm={(v) => (
            <Stack gap="xs">
              <Text>
                {t('member.erasure.confirm')} <bdi>{member.callSign}</bdi>
              </Text>
              <Text>
                {t('member.erasure.reason')}: <bdi>{v.reason.trim()}</bdi>
              </Text>
              <Text fw={700}>{t('member.erasure.forGood')}</Text>
            </Stack>
          )}
        >
          {({ register, formState: { errors } }) => (
            <>
              <Text size="sm">{t('member.erasure.explain')}</Text>
              <Textarea
                label={t('member.erasure.reason')}
                required
                maxLength={1000}
                error={!!errors.reason}
                {...register('reason')}
              />
            </>
          )}
        </CommandDialog>
      )}
    </Group>
  );
}
