import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaRow } from '@api/library';
import { agendaClock } from '../ui/dates';

/** "m:ss", or "h:mm:ss" from an hour on. */
export function clockText(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Minutes from the workshop's start as "h:mm", as in the printed agenda. */

const OVER = 'red.9';

/** The current block's clock: time left, or the over-time in red with a plus sign. */
export function BlockClock({ elapsed, minutes, running }: { elapsed: number; minutes: number; running: boolean }) {
  const { t } = useTranslation();
  const left = minutes * 60_000 - elapsed;
  const over = left < 0;
  return (
    <Stack gap={0} align="flex-end" role="timer" aria-label={t('workshop.live.blockClock')} data-over={over || undefined}>
      <Text ff="monospace" fw={700} lh={1} c={over ? OVER : undefined} style={{ fontSize: 'clamp(2.5rem, 5.5vw, 5rem)' }}>
        {over ? `+${clockText(-left)}` : clockText(left)}
      </Text>
      <Text size="lg" c={over ? OVER : 'dimmed'} fw={over ? 700 : undefined}>
        {over ? t('workshop.live.overTime', { minutes }) : t('workshop.live.left', { minutes })}
        {!running && ` · ${t('workshop.live.paused')}`}
      </Text>
    </Stack>
  );
}

/** The whole session against the three hours. */
export function SessionClock({ total, plannedMinutes }: { total: number; plannedMinutes: number }) {
  const { t } = useTranslation();
  const over = total - plannedMinutes * 60_000;
  return (
    <Group gap="xs" role="timer" aria-label={t('workshop.live.sessionClock')} wrap="nowrap">
      <Text size="lg">{t('workshop.live.session')}</Text>
      <Text size="xl" ff="monospace" fw={700}>{clockText(total)}</Text>
      <Text size="lg" c="dimmed">/ {agendaClock(plannedMinutes)}:00</Text>
      {over > 0 && <Text size="xl" ff="monospace" fw={700} c={OVER}>+{clockText(over)}</Text>}
    </Group>
  );
}

/** The agenda as timed blocks; any block can be jumped to. */
export function AgendaList({ rows, current, elapsedOf, onPick }: { rows: AgendaRow[]; current: string; elapsedOf: (id: string) => number; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Stack component="ol" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((row) => {
        const spent = elapsedOf(row.id);
        const over = spent - row.minutes * 60_000;
        const active = row.id === current;
        return (
          <Box component="li" key={row.id}>
            <UnstyledButton
              onClick={() => onPick(row.id)}
              aria-current={active ? 'step' : undefined}
              w="100%"
              p="xs"
              style={{
                borderRadius: 8,
                border: `2px solid ${active ? 'var(--mantine-color-teal-9)' : 'transparent'}`,
                background: active ? 'var(--mantine-color-teal-0)' : row.kind === 'break' ? 'var(--mantine-color-gray-0)' : undefined,
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                <Stack gap={0}>
                  <Text size="sm" ff="monospace" c="dimmed">{agendaClock(row.start)}–{agendaClock(row.start + row.minutes)}</Text>
                  <Text fw={active ? 700 : 500} size="md">{row.title}</Text>
                </Stack>
                <Stack gap={0} align="flex-end">
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{t('workshop.live.minutes', { count: row.minutes })}</Text>
                  {spent > 0 && (
                    <Text size="sm" ff="monospace" c={over > 0 ? OVER : 'dimmed'} fw={over > 0 ? 700 : undefined}>
                      {over > 0 ? `+${clockText(over)}` : clockText(spent)}
                    </Text>
                  )}
                </Stack>
              </Group>
            </UnstyledButton>
          </Box>
        );
      })}
    </Stack>
  );
}


/** True while focus is where Space and the arrow keys mean something else (typing, choosing). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.closest('[role="radiogroup"],[role="listbox"],[role="combobox"],[role="menu"],[role="dialog"],[role="slider"]') !== null;
}
