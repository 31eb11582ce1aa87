import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { NameValues } from '../commands/forms';
import { useT } from '../i18n/use-t';

const PARTS = [
  ['Own', 'identity.form.own'],
  ['Father', 'identity.form.father'],
  ['Grandfather', 'identity.form.grandfather'],
  ['Family', 'identity.form.family'],
] as const;

/**
 * A name's fields in both scripts, each in its four parts (own, father's, grandfather's, family), each script typed
 * in its own language and direction. For any form whose values hold a `NameValues` (pass its register and errors).
 */
export function NameFields({
  register,
  errors,
}: {
  readonly register: UseFormRegister<NameValues>;
  readonly errors: FieldErrors<NameValues>;
}) {
  const t = useT();
  return (
    <>
      {(['arabic', 'latin'] as const).map((script) => (
        <Fieldset key={script} legend={t(`identity.form.${script}`)} variant="unstyled">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {PARTS.map(([part, label]) => {
              const name: keyof NameValues = `${script}${part}`;
              return (
                <TextInput
                  key={name}
                  label={t(label)}
                  lang={script === 'arabic' ? 'ar' : 'en'}
                  dir={script === 'arabic' ? 'rtl' : 'ltr'}
                  maxLength={60}
                  autoComplete="off"
                  error={!!errors[name]}
                  {...register(name)}
                />
              );
            })}
          </SimpleGrid>
        </Fieldset>
      ))}
    </>
  );
}
