import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Light } from '@api/strategy';

const DOT: Record<Light, string> = {
  green: 'var(--mantine-color-green-8)',
  amber: 'var(--mantine-color-yellow-6)',
  red: 'var(--mantine-color-red-8)',
  none: 'transparent',
};

/** An indicator's traffic light: the word says it, the dot only repeats it for a quick look. */
export function TrafficLight({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" data-light={light}>
      <Box
        aria-hidden
        w={12}
        h={12}
        style={{ borderRadius: '50%', flex: 'none', background: DOT[light], border: '1.5px solid var(--mantine-color-dark-4)' }}
      />
      <Text size="sm" fw={600}>{t(`strategy.light.${light}`)}</Text>
    </Group>
  );
}
