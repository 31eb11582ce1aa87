import { Button, Group, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';

/** Paging on the server: the range shown, and Previous / Next by `limit` (the arrows turn with the direction). */
export function Pager({
  offset,
  limit,
  total,
  onOffset,
}: {
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
  readonly onOffset: (offset: number) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const n = (value: number) => intl.formatNumber(value);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" data-testid="range">
        {t('common.range', {
          from: n(total === 0 ? 0 : offset + 1),
          to: n(Math.min(offset + limit, total)),
          total: n(total),
        })}
      </Text>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          disabled={offset === 0}
          onClick={() => onOffset(Math.max(0, offset - limit))}
        >
          {t('common.previous')}
        </Button>
        <Button size="xs" variant="default" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
          {t('common.next')}
        </Button>
      </Group>
    </Group>
  );
}
