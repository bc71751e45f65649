import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../saving/saver';

/** Tells the facilitator, without a Save button, whether what they typed is stored. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const color = state === 'saved' ? 'dimmed' : state === 'saving' ? 'blue' : 'red';
  return (
    <Text size="sm" c={color} role="status" aria-live="polite" data-save-state={state}>
      {state === 'idle' ? '' : t(`save.${state}`)}
    </Text>
  );
}
