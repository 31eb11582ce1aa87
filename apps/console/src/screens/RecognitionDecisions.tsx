import { Group, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { FieldValues, UseFormRegisterReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import type { Course, Page, RecognitionCase } from '../api/types';
import { CommandDialog, CommandDialogProps } from '../commands/CommandDialog';
import { REQUIREMENTS, assessmentForm, caseClosureForm, evidenceForm, grantForm } from '../commands/training-forms';
import { inLanguage } from '../format';
import { useT } from '../i18n/use-t';
import { Hint } from '../layout/bits';

/** Who decides recognition of prior learning (the service's RECOGNITION_DECIDERS). */
export const RECOGNITION_DECIDERS = new Set(['training', 'admin']);

type Dialog<V extends FieldValues, B> = Omit<CommandDialogProps<V, B>, 'target' | 'onDone' | 'onReload'> & {
  readonly route: string;
};

/** The courses a decision may be about: current ones, not the induction (every new member takes it). */
function useDecidableCourses(): readonly Course[] {
  const { call } = useApi();
  const courses = useQuery({
    queryKey: ['courses', 'recognition'],
    queryFn: ({ signal }) => call<Page<Course>>('training', '/courses', { query: { limit: 200 }, signal }),
    staleTime: 60_000,
  });
  return (courses.data?.items ?? []).filter((c) => !c.isInduction && c.retired === null);
}

/**
 * The decisions on an open recognition case, for training managers and admins: the evidence seen, a certification
 * granted for a prior service (after the evidence; the service refuses one without), an assessment or refresher
 * required, and the case closed. Each is sent at the case's version; `reread` reads the cases again after it.
 */
export function RecognitionDecisions({
  recognition: r,
  reread,
}: {
  readonly recognition: RecognitionCase;
  readonly reread: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const { session } = useApi();
  const courses = useDecidableCourses();
  if (!session.roles.some((role) => RECOGNITION_DECIDERS.has(role)) || r.closed) return null;
  const courseChoice = (registered: UseFormRegisterReturn, invalid: boolean, hint?: ReactNode) => (
    <NativeSelect
      label={t('training.col.course')}
      description={hint}
      required
      error={invalid}
      data={[
        { value: '', label: t('command.choose') },
        ...courses.map((c) => ({
          value: c.courseId,
          label: `${c.code} · ${inLanguage(c.nameAr, c.nameEn, intl.locale)}`,
        })),
      ]}
      {...registered}
    />
  );
  const dialog = <V extends FieldValues, B>({ route, ...props }: Dialog<V, B>) => (
    <CommandDialog
      key={route}
      {...props}
      target={{ service: 'training', path: `/recognition-cases/${r.caseId}/${route}`, version: r.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs', ...props.buttonProps }}
    />
  );
  return (
    <Group gap="xs" wrap="wrap" data-testid="recognition-decisions">
      {dialog({
        route: 'evidence',
        label: 'training.recognition.evidence.record',
        title: 'training.recognition.evidence.title',
        submit: 'training.recognition.evidence.submit',
        form: evidenceForm(r),
        children: ({ register, formState: { errors } }) => (
          <>
            <Textarea
              label={t('training.recognition.evidence.description')}
              required
              maxLength={1000}
              error={!!errors.description}
              {...register('description')}
            />
            <TextInput
              label={t('training.recognition.evidence.reference')}
              dir="ltr"
              maxLength={200}
              {...register('reference')}
            />
            <TextInput
              type="date"
              label={t('training.recognition.evidence.recordedOn')}
              required
              error={!!errors.recordedOn}
              {...register('recordedOn')}
            />
          </>
        ),
      })}
      {dialog({
        route: 'grants',
        label: 'training.recognition.grant',
        title: 'training.recognition.grant.title',
        submit: 'training.recognition.grant.submit',
        form: grantForm(r, courses),
        children: ({ register, watch, formState: { errors } }) => {
          const chosen = courses.find((c) => c.courseId === watch('courseId'));
          return (
            <>
              {courseChoice(
                register('courseId'),
                !!errors.courseId,
                chosen && (
                  <Hint>
                    {chosen.validityMonths === null
                      ? t('training.noExpiry')
                      : t('training.recognition.grant.validity', { count: chosen.validityMonths })}
                  </Hint>
                ),
              )}
              <NativeSelect
                label={t('training.recognition.priorService')}
                required
                error={!!errors.priorServiceIndex}
                data={[
                  { value: '', label: t('command.choose') },
                  ...r.priorService.map((p, i) => ({ value: `${i}`, label: `${p.organisation} · ${p.rankOrRole}` })),
                ]}
                {...register('priorServiceIndex')}
              />
              <TextInput
                type="date"
                label={t('training.cert.issuedOn')}
                required
                error={!!errors.issuedOn}
                {...register('issuedOn')}
              />
              <TextInput
                type="date"
                label={t('training.col.expiresOn')}
                error={!!errors.expiresOn}
                {...register('expiresOn')}
              />
            </>
          );
        },
      })}
      {dialog({
        route: 'assessments',
        label: 'training.recognition.require',
        title: 'training.recognition.require.title',
        submit: 'training.recognition.require.submit',
        form: assessmentForm(r),
        children: ({ register, formState: { errors } }) => (
          <>
            {courseChoice(register('courseId'), !!errors.courseId)}
            <NativeSelect
              label={t('training.recognition.requirement')}
              required
              error={!!errors.requirement}
              data={[
                { value: '', label: t('command.choose') },
                ...REQUIREMENTS.map((q) => ({ value: q, label: t(`training.recognition.${q}`) })),
              ]}
              {...register('requirement')}
            />
            <Textarea
              label={t('command.notes')}
              required
              maxLength={1000}
              error={!!errors.notes}
              {...register('notes')}
            />
            <TextInput
              type="date"
              label={t('training.recognition.decidedOn')}
              required
              error={!!errors.decidedOn}
              {...register('decidedOn')}
            />
          </>
        ),
      })}
      {dialog({
        route: 'closure',
        label: 'training.recognition.close',
        title: 'training.recognition.close.title',
        submit: 'training.recognition.close.submit',
        form: caseClosureForm(r),
        buttonProps: { variant: 'outline', color: 'dark' },
        children: ({ register, formState: { errors } }) => (
          <>
            <TextInput
              type="date"
              label={t('training.recognition.closedOn')}
              required
              error={!!errors.closedOn}
              {...register('closedOn')}
            />
            <Textarea label={t('command.notes')} maxLength={1000} {...register('notes')} />
          </>
        ),
      })}
    </Group>
  );
}
