import { Checkbox, Group, TextInput, Textarea } from '@mantine/core';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useApi } from '../api/context';
import type { Course, MemberRole, RoleRequirements } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import {
  CourseTermsValues,
  courseForm,
  courseRetirementForm,
  revisionForm,
  roleRequirementsForm,
} from '../commands/training-forms';
import { useT } from '../i18n/use-t';
import { Hint } from '../layout/bits';

/** Who keeps the catalogue and the role requirements (the service's command roles). */
export const CATALOGUE_KEEPERS = new Set(['training', 'admin']);

export function useKeepsCatalogue(): boolean {
  const { session } = useApi();
  return session.roles.some((r) => CATALOGUE_KEEPERS.has(r));
}

/** A course's terms, as added and as revised. */
function TermsFields<V extends CourseTermsValues & FieldValues>({ fields }: { readonly fields: UseFormReturn<V> }) {
  const t = useT();
  // The fields are those of CourseTermsValues, which V extends: react-hook-form's paths of V include them.
  const { register, formState } = fields as unknown as UseFormReturn<CourseTermsValues>;
  const errors = formState.errors;
  return (
    <>
      <TextInput
        label={t('training.course.nameArLabel')}
        required
        dir="rtl"
        lang="ar"
        maxLength={200}
        error={!!errors.nameAr}
        {...register('nameAr')}
      />
      <TextInput
        label={t('training.course.nameEnLabel')}
        required
        dir="ltr"
        lang="en"
        maxLength={200}
        error={!!errors.nameEn}
        {...register('nameEn')}
      />
      <TextInput
        label={t('training.course.competencyLabel')}
        description={<Hint>{t('training.course.competencyHint')}</Hint>}
        required
        dir="ltr"
        maxLength={60}
        error={!!errors.competency}
        {...register('competency')}
      />
      <Group grow align="start">
        <TextInput
          type="number"
          label={t('training.course.hoursLabel')}
          required
          error={!!errors.hours}
          {...register('hours')}
        />
        <TextInput
          type="number"
          label={t('training.course.passMarkLabel')}
          required
          error={!!errors.passMark}
          {...register('passMark')}
        />
      </Group>
      <TextInput
        type="number"
        label={t('training.course.validityLabel')}
        description={<Hint>{t('training.course.validityHint')}</Hint>}
        error={!!errors.validityMonths}
        {...register('validityMonths')}
      />
      <Checkbox label={t('training.course.isInduction')} {...register('isInduction')} />
    </>
  );
}

/** Adds a course to the catalogue (its code, names in both languages, competency and terms). */
export function AddCourse({ reread }: { readonly reread: () => void }) {
  const t = useT();
  return (
    <CommandDialog
      label="training.course.add"
      title="training.course.add.title"
      submit="training.course.add.submit"
      form={courseForm}
      target={{ service: 'training', path: '/courses' }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ variant: 'filled' }}
    >
      {(fields) => (
        <>
          <TextInput
            label={t('training.course.codeLabel')}
            required
            dir="ltr"
            maxLength={20}
            error={!!fields.formState.errors.code}
            {...fields.register('code')}
          />
          <TermsFields fields={fields} />
        </>
      )}
    </CommandDialog>
  );
}

/** A course's revision (a new version of its terms, with from when and why) and its retirement. */
export function CourseCommands({ course, reread }: { readonly course: Course; readonly reread: () => void }) {
  const t = useT();
  if (course.retired) return null;
  const target = (route: string) => ({
    service: 'training' as const,
    path: `/courses/${course.courseId}/${route}`,
    version: course.version,
  });
  return (
    <Group gap="xs" wrap="nowrap" data-testid="course-commands">
      <CommandDialog
        label="training.course.revise"
        title="training.course.revise.title"
        submit="training.course.revise.submit"
        form={revisionForm(course)}
        target={target('revise')}
        onDone={reread}
        onReload={reread}
        buttonProps={{ size: 'xs' }}
      >
        {(fields) => (
          <>
            <TermsFields fields={fields} />
            <TextInput
              type="date"
              label={t('training.course.revisedOn')}
              required
              error={!!fields.formState.errors.revisedOn}
              {...fields.register('revisedOn')}
            />
            <Textarea
              label={t('training.cert.reason')}
              required
              maxLength={1000}
              error={!!fields.formState.errors.reason}
              {...fields.register('reason')}
            />
          </>
        )}
      </CommandDialog>
      <CommandDialog
        label="training.course.retire"
        title="training.course.retire.title"
        submit="training.course.retire.submit"
        form={courseRetirementForm}
        target={target('retire')}
        onDone={reread}
        onReload={reread}
        buttonProps={{ size: 'xs', variant: 'outline', color: 'dark' }}
      >
        {({ register, formState: { errors } }) => (
          <>
            <TextInput
              type="date"
              label={t('training.course.retiredOn')}
              required
              error={!!errors.retiredOn}
              {...register('retiredOn')}
            />
            <Textarea
              label={t('training.cert.reason')}
              required
              maxLength={1000}
              error={!!errors.reason}
              {...register('reason')}
            />
          </>
        )}
      </CommandDialog>
    </Group>
  );
}

/** Sets every competency a role requires from a day, with why (`PUT /role-requirements/<role>`). */
export function SetRoleRequirements({
  requirements,
  reread,
}: {
  readonly requirements: RoleRequirements;
  readonly reread: () => void;
}) {
  const t = useT();
  return (
    <CommandDialog
      label="training.requirements.set"
      title="training.requirements.set.title"
      submit="training.requirements.set.submit"
      form={roleRequirementsForm(requirements.competencies)}
      // The requirements' read has no version: the service refuses a date before the version in force instead.
      target={{ service: 'training', path: `/role-requirements/${requirements.role}`, method: 'PUT' }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <TextInput label={t('training.col.role')} value={t(`role.${requirements.role as MemberRole}`)} readOnly />
          <Textarea
            label={t('training.requirements.competencies')}
            description={<Hint>{t('training.requirements.competenciesHint')}</Hint>}
            dir="ltr"
            error={!!errors.competencies}
            {...register('competencies')}
          />
          <TextInput
            type="date"
            label={t('training.requirements.effectiveOn')}
            required
            error={!!errors.effectiveOn}
            {...register('effectiveOn')}
          />
          <Textarea
            label={t('training.cert.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      )}
    </CommandDialog>
  );
}
