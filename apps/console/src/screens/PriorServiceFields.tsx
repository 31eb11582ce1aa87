import { Button, Fieldset, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { IntakePersonValues, MAX_PRIOR_SERVICES, emptyPriorService, priorServiceProblem } from '../commands/forms';
import { useT } from '../i18n/use-t';

/**
 * A person's prior services, one fieldset each (where, as what, from, until), added and removed: at least one, at
 * most the service's twenty. A row's wrong field is marked; the form says what is wrong once.
 */
export function PriorServiceFields({
  fields: { control, register, watch, formState },
  organisation,
}: {
  readonly fields: UseFormReturn<IntakePersonValues>;
  readonly organisation: string;
}) {
  const t = useT();
  const rows = useFieldArray({ control, name: 'priorService' });
  const shown = watch('priorService');
  // The default description grey is under 4.5:1 on white.
  const partialDateHint = (
    <Text component="span" size="xs" c="gray.7">
      {t('intake.person.partialDateHint')}
    </Text>
  );
  return (
    <>
      {rows.fields.map((row, i) => {
        const problem = formState.errors.priorService && shown[i] ? priorServiceProblem(shown[i]) : null;
        const wrong = (field: string) => problem?.[0] === field;
        return (
          <Fieldset key={row.id} legend={t('intake.person.service', { number: i + 1 })} data-testid="prior-service">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('intake.person.organisation')}
                required
                maxLength={200}
                error={wrong('organisation')}
                {...register(`priorService.${i}.organisation`)}
              />
              <TextInput
                label={t('intake.person.rank')}
                required
                maxLength={100}
                error={wrong('rankOrRole')}
                {...register(`priorService.${i}.rankOrRole`)}
              />
              <TextInput
                label={t('intake.person.from')}
                description={partialDateHint}
                required
                dir="ltr"
                error={wrong('from')}
                {...register(`priorService.${i}.from`)}
              />
              <TextInput
                label={t('intake.person.to')}
                description={partialDateHint}
                dir="ltr"
                error={wrong('to')}
                {...register(`priorService.${i}.to`)}
              />
            </SimpleGrid>
            {rows.fields.length > 1 && (
              <Group justify="flex-end" mt="xs">
                <Button variant="default" size="xs" onClick={() => rows.remove(i)}>
                  {t('intake.person.removeService', { number: i + 1 })}
                </Button>
              </Group>
            )}
          </Fieldset>
        );
      })}
      {rows.fields.length < MAX_PRIOR_SERVICES && (
        <Group>
          <Button variant="default" size="xs" onClick={() => rows.append(emptyPriorService(organisation))}>
            {t('intake.person.addService')}
          </Button>
        </Group>
      )}
    </>
  );
}
