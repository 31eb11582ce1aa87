import type { FuelFlag } from '../api/types';
import { Translate, useT } from '../i18n/use-t';
import { Text } from '@mantine/core';
import { Worded } from '../layout/bits';

/** A flag's rule in words, with the figures it measured. */
export function FlagReason({ flag }: { readonly flag: FuelFlag }) {
  const t = useT();
  return (
    <Text size="sm">
      <Worded prefix="fuel.flag" code={flag.rule} />
      {' — '}
      {figuresOf(t, flag)}
    </Text>
  );
}

/** What a flag's rule measured, in words: so a reviewer can ask the driver about it. */
function figuresOf(t: Translate, flag: FuelFlag): string {
  switch (flag.rule) {
    case 'ABOVE_TANK_CAPACITY':
      return t('fuel.figures.tank', { litres: flag.litres, capacity: flag.tankCapacityLitres });
    case 'ODOMETER_NOT_MOVED':
      return t('fuel.figures.odometer', { km: flag.odometerKm });
    case 'ENGINE_HOURS_NOT_MOVED':
      return t('fuel.figures.hours', { count: flag.engineHours });
    case 'CONSUMPTION_OUTLIER_FOR_VEHICLE':
    case 'CONSUMPTION_OUTLIER_FOR_TYPE':
      return t('fuel.figures.consumption', {
        litres: flag.litresPer100Km,
        from: flag.lowLitresPer100Km,
        to: flag.highLitresPer100Km,
      });
  }
}
