import { Alert, Anchor, Badge, Button, Group, List, Loader, Paper, Select, SimpleGrid, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryToc } from '@api/contract';
import { LANGUAGE_NAMES } from '@api/languages';
import type { ProcessRecord } from '@api/processes';
import type { Homework } from '@api/workshops';
import { PROCESS_STATUSES } from '@api/processes';
import type { Sme } from '@api/smes';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { href } from '../router';
import { useAutosave } from '../saving/useAutosave';
import { issueMessages } from '../saving/validation';
import { formatDay, formatPlanned } from './labels';

/** One 6x3 cycle: the six workshops on a timeline, what is done, what is next, open homework. */
export function ProcessScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [process, setProcess] = useState<ProcessRecord | null>(null);
  const [sme, setSme] = useState<Sme | null>(null);
  const [toc, setToc] = useState<LibraryToc | null>(null);
  const [homework, setHomework] = useState<(Homework & { workshop: number })[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const autosave = useAutosave({
    validate: () => ({ ok: true }),
    save: (p: ProcessRecord) => api['processes.update']({ id, data: { title: p.title, language: p.language, facilitator: p.facilitator, startDate: p.startDate, status: p.status } }),
    onSaved: (p) => {
      setFieldErrors({});
      setProcess(p);
    },
    onRejected: (e) => setFieldErrors(issueMessages(e.issues ?? [], t)),
  });

  useEffect(() => {
    void api['processes.get']({ id }).then(async (r) => {
      if (!r.ok) return setError(r.error.code);
      setProcess(r.value);
      const [s, c] = await Promise.all([api['smes.get']({ id: r.value.smeId }), api['library.toc']({ language: r.value.language })]);
      if (s.ok) setSme(s.value);
      if (c.ok) setToc(c.value);
      const records = await Promise.all(r.value.workshops.map((w) => api['workshops.get']({ id: w.id })));
      setHomework(records.flatMap((x) => (x.ok ? x.value.homework.filter((h) => !h.done).map((h) => ({ ...h, workshop: x.value.number })) : [])));
    });
  }, [id]);

  if (error) return <Alert color="red" role="alert">{t(`errors.${error}`, { defaultValue: t('errors.internal') })}</Alert>;
  if (!process) return <Loader aria-label={t('common.loading')} />;
  const edit = (patch: Partial<ProcessRecord>) => {
    const next = { ...process, ...patch };
    setProcess(next);
    autosave.change(next);
  };
  const titleOf = (n: number) => toc?.documents.find((d) => d.id === `w${n}`)?.title ?? t('process.workshopN', { n });
  const next = process.workshops.find((w) => w.status === 'planned');
  const done = process.workshops.filter((w) => w.status === 'held').length;

  return (
    <Stack maw={980} gap="md">
      <Stack gap={2}>
        {sme && <Anchor href={href({ screen: 'sme', id: sme.id })} size="sm">{t('process.backToSme', { name: sme.name })}</Anchor>}
        <Title order={2}>{process.title}</Title>
        <Text c="dimmed" size="sm">{t('process.summary', { done, language: LANGUAGE_NAMES[process.language], start: formatDay(process.startDate, i18n.language) })}</Text>
        <Group mt={4}>
          <Button component="a" href={href({ screen: 'strategy', id, tab: null })} variant="outline" color="teal.9">{t('strategy.open')}</Button>
        </Group>
      </Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('process.title')} value={process.title} error={fieldErrors['title']} onChange={(e) => edit({ title: e.currentTarget.value })} />
          <Select label={t('process.statusLabel')} data={PROCESS_STATUSES.map((s) => ({ value: s, label: t(`process.status.${s}`) }))} value={process.status} allowDeselect={false} onChange={(v) => v && edit({ status: v as ProcessRecord['status'] })} />
          <TextInput label={t('process.facilitator')} value={process.facilitator} onChange={(e) => edit({ facilitator: e.currentTarget.value })} />
          <TextInput type="date" label={t('process.startDate')} value={process.startDate} error={fieldErrors['startDate']} onChange={(e) => edit({ startDate: e.currentTarget.value })} />
        </SimpleGrid>
        <Group justify="flex-end" mt="xs"><SaveStatus state={autosave.state} /></Group>
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="md">{t('process.workshops')}</Title>
        <Timeline active={done - 1} bulletSize={26} lineWidth={2}>
          {process.workshops.map((w) => (
            <Timeline.Item key={w.id} bullet={<Text size="xs" fw={700}>{w.number}</Text>} title={<Anchor href={href({ screen: 'workshop', id: w.id })} fw={700}>{titleOf(w.number)}</Anchor>}>
              <Group gap="xs">
                <Text size="sm">{formatPlanned(w.plannedAt, i18n.language, t)}{w.place ? ` · ${w.place}` : ''}</Text>
                <Badge variant="outline" color={w.status === 'held' ? 'teal.9' : w.status === 'cancelled' ? 'red.9' : 'dark'}>{t(`workshopStatus.${w.status}`)}</Badge>
                {w.id === next?.id && <Badge color="teal.9">{t('process.next')}</Badge>}
                {w.openHomework > 0 && <Text size="sm" c="dimmed">{t('process.openHomework', { count: w.openHomework })}</Text>}
              </Group>
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">{t('process.homeworkTitle')}</Title>
        {homework.length === 0 ? (
          <Text c="dimmed" size="sm">{t('process.noHomework')}</Text>
        ) : (
          <List spacing={4}>
            {homework.map((h) => (
              <List.Item key={h.id}>
                <Text span fw={600}>{h.task}</Text>
                <Text span size="sm" c="dimmed"> · {t('process.workshopN', { n: h.workshop })}{h.owner ? ` · ${h.owner}` : ''}{h.dueDate ? ` · ${formatDay(h.dueDate, i18n.language)}` : ''}</Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </Stack>
  );
}
