import { NativeSelect, NativeSelectProps } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreOptions } from '../api/queries';
import { useT } from '../i18n/use-t';

/** A screen's centre filter: the centres the user may see, and with `all` every one (the value ''). */
export function CentreFilter({
  value,
  onChange,
  all = false,
  ...select
}: Omit<NativeSelectProps, 'value' | 'onChange' | 'data'> & {
  readonly value: string;
  readonly onChange: (centreId: string) => void;
  readonly all?: boolean;
}) {
  const t = useT();
  const centres = useCentreOptions();
  return (
    <NativeSelect
      label={t('vehicles.filter.centre')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={all ? [{ value: '', label: t('common.all') }, ...centres] : centres}
      {...select}
    />
  );
}

/** The centre a screen shows one at a time: the one chosen, else the user's own, else the first they may see. */
export function useOneCentre(): readonly [centreId: string, choose: (centreId: string) => void] {
  const { session } = useApi();
  const centres = useCentreOptions();
  const [chosen, setChosen] = useState('');
  return [chosen || session.centres[0] || (centres[0]?.value ?? ''), setChosen];
}
