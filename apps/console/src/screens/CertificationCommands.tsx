import { Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ReactElement } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import type { Certification } from '../api/types';
import { CommandDialog, CommandDialogProps } from '../commands/CommandDialog';
import {
  CertificationCommand,
  certificationCommandsFor,
  certificationReinstatementForm,
  certificationSuspensionForm,
  renewalForm,
  revocationForm,
} from '../commands/training-forms';
import { dayOf } from '../format';
import { useT } from '../i18n/use-t';
import { Day, Hint, Ltr, Worded } from '../layout/bits';

/** Who changes certifications (the service's command roles). */
export const CERTIFICATION_WRITERS = new Set(['training', 'admin']);

type Dialog<V extends FieldValues, B> = Omit<CommandDialogProps<V, B>, 'target' | 'onDone' | 'onReload'> & {
  readonly route: string;
};

/**
 * The commands a certification's status allows (`certificationCommandsFor`), for training managers and admins:
 * renewal (a refresher outside a session), suspension and reinstatement, and revocation after a step that restates it
 * and says it is final. Each is sent at the version read; `reread` reads the lists again after it (or a conflict).
 */
export function CertificationCommands({
  certification: c,
  reread,
}: {
  readonly certification: Certification;
  readonly reread: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const { session } = useApi();
  if (!session.roles.some((r) => CERTIFICATION_WRITERS.has(r))) return null;
  const long = (day: string) => intl.formatDate(dayOf(day), { dateStyle: 'long', timeZone: 'UTC' });
  const what = (
    <Text size="sm">
      <Worded prefix="training.competency" code={c.competency} /> · <Ltr>{c.number}</Ltr> ·{' '}
      {c.expiresOn ? t('training.cert.validUntil', { date: long(c.expiresOn) }) : t('training.noExpiry')}
    </Text>
  );
  const dialog = <V extends FieldValues, B>({ route, ...props }: Dialog<V, B>) => (
    <CommandDialog
      key={route}
      {...props}
      target={{ service: 'training', path: `/certifications/${c.certificationId}/${route}`, version: c.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs', ...props.buttonProps }}
    />
  );
  const dialogs: Record<CertificationCommand, ReactElement> = {
    renew: dialog({
      route: 'renew',
      label: 'training.cert.renew',
      title: 'training.cert.renew.title',
      submit: 'training.cert.renew.submit',
      form: renewalForm(c),
      children: ({ register, watch, formState: { errors } }) => (
        <>
          {what}
          <TextInput
            type="date"
            label={t('training.cert.renewedOn')}
            required
            error={!!errors.renewedOn}
            {...register('renewedOn')}
          />
          <TextInput
            type="date"
            label={t('training.cert.newExpiry')}
            description={<Hint>{t('training.cert.newExpiryHint')}</Hint>}
            disabled={watch('noExpiry')}
            error={!!errors.expiresOn}
            {...register('expiresOn')}
          />
          <Checkbox label={t('training.cert.noExpiry')} {...register('noExpiry')} />
        </>
      ),
    }),
    suspend: dialog({
      route: 'suspend',
      label: 'training.cert.suspend',
      title: 'training.cert.suspend.title',
      submit: 'training.cert.suspend.submit',
      form: certificationSuspensionForm(c),
      children: ({ register, formState: { errors } }) => (
        <>
          {what}
          <TextInput
            type="date"
            label={t('training.cert.suspendedOn')}
            required
            error={!!errors.suspendedOn}
            {...register('suspendedOn')}
          />
          <Textarea
            label={t('training.cert.reason')}
            required
            maxLength={1000}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
    reinstate: dialog({
      route: 'reinstate',
      label: 'training.cert.reinstate',
      title: 'training.cert.reinstate.title',
      submit: 'training.cert.reinstate.submit',
      form: certificationReinstatementForm(c),
      children: ({ register, formState: { errors } }) => (
        <>
          {what}
          <TextInput
            type="date"
            label={t('training.cert.reinstatedOn')}
            required
            error={!!errors.reinstatedOn}
            {...register('reinstatedOn')}
          />
        </>
      ),
    }),
    revoke: dialog({
      route: 'revoke',
      label: 'training.cert.revoke',
      title: 'training.cert.revoke.title',
      submit: 'training.cert.revoke.next',
      form: revocationForm(c),
      buttonProps: { variant: 'outline', color: 'dark' },
      // Final: the step restates what is recorded and that nothing renews it afterwards.
      confirm: (v) => (
        <Stack gap="xs">
          {what}
          <Text>{t('training.cert.revoke.confirm', { date: long(v.revokedOn) })}</Text>
          <Text>
            {t('training.cert.reason')}: <bdi>{v.reason.trim()}</bdi>
          </Text>
          <Text>{t('training.cert.revoke.consequences')}</Text>
        </Stack>
      ),
      children: ({ register, formState: { errors } }) => (
        <>
          {what}
          <TextInput
            type="date"
            label={t('training.cert.revokedOn')}
            required
            error={!!errors.revokedOn}
            {...register('revokedOn')}
          />
          <Textarea
            label={t('training.cert.reason')}
            required
            maxLength={1000}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
  };
  return (
    <Group gap="xs" wrap="wrap" data-testid="certification-commands">
      {certificationCommandsFor(c.status, c.expiresOn).map((command) => dialogs[command])}
    </Group>
  );
}

/** A certification's status, with since when for a change after the award (its last change's day). */
export function CertificationStatusText({ certification: c }: { readonly certification: Certification }) {
  const t = useT();
  const last = c.history.at(-1);
  return (
    <span data-testid="certification-status" data-status={c.status}>
      {t(`training.cert.status.${c.status}`)}
      {last && c.status !== 'valid' && (
        <>
          {' '}
          (<Day value={last.on} />)
        </>
      )}
    </span>
  );
}
