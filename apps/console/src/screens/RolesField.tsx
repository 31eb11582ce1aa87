import { Checkbox, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { MemberRole } from '../api/types';
import { useT } from '../i18n/use-t';

/** A member's roles, ticked from those `offered`, in a form whose field `name` holds them. */
export function RolesField<V extends FieldValues>({
  control,
  name,
  offered,
  label,
  description,
  invalid,
}: {
  readonly control: Control<V>;
  readonly name: FieldPathByValue<V, readonly MemberRole[]>;
  readonly offered: readonly MemberRole[];
  readonly label: string;
  readonly description?: ReactNode;
  readonly invalid: boolean;
}) {
  const t = useT();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          label={label}
          description={description}
          required
          error={invalid}
          // The field holds roles (its name's type says so); react-hook-form cannot narrow a generic path's value.
          value={field.value as string[]}
          onChange={field.onChange}
        >
          <Group mt="xs" gap="sm">
            {offered.map((role) => (
              <Checkbox key={role} value={role} label={t(`role.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}
