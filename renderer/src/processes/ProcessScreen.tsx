import { Anchor, Badge, Button, Group, List, Paper, Select, SimpleGrid, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryToc } from '@api/contract';
import { LANGUAGE_NAMES } from '@api/languages';
import type { ProcessRecord } from '@api/processes';
import type { Homework } from '@api/workshops';
import { PROCESS_STATUSES } from '@api/processes';
import type { Sme } from '@api/smes';
import { api, must } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { href } from '../router';
import { DraftsOf } from '../saving/owner';
import { useSavedForm } from '../saving/useSavedForm';
import { LoadState } from '../ui/LoadState';
import { useLoad } from '../ui/useLoad';
import { formatDay, formatPlanned } from './labels';

type Homeworks = (Homework & { workshop: number })[];
interface ProcessCase {
  process: ProcessRecord;
  sme: Sme | null;
  toc: LibraryToc | null;
  homework: Homeworks;
}
type ProcessForm = Pick<ProcessRecord, 'title' | 'language' | 'facilitator' | 'startDate' | 'status'>;
const formOf = (p: ProcessRecord): ProcessForm => ({ title: p.title, language: p.language, facilitator: p.facilitator, startDate: p.startDate, status: p.status });

/** One 6x3 cycle: the six workshops on a timeline, what is done, what is next, open homework. */
export function ProcessScreen({ id }: { id: string }) {
  const load = useLoad(async (): Promise<ProcessCase> => {
    const process = await must(api['processes.get']({ id }));
    const [s, c, records] = await Promise.all([
      api['smes.get']({ id: process.smeId }),
      api['library.toc']({ language: process.language }),
      Promise.all(process.workshops.map((w) => api['workshops.get']({ id: w.id }))),
    ]);
    const homework = records.flatMap((x) => (x.ok ? x.value.homework.filter((h) => !h.done).map((h) => ({ ...h, workshop: x.value.number })) : []));
    return { process, sme: s.ok ? s.value : null, toc: c.ok ? c.value : null, homework };
  }, [id]);
  return <LoadState load={load}>{(d) => <DraftsOf sme={d.process.smeId}><ProcessView {...d} /></DraftsOf>}</LoadState>;
}

function ProcessView({ process: loaded, sme, toc, homework }: ProcessCase) {
  const { t, i18n } = useTranslation();
  const id = loaded.id;
  const [process, setProcess] = useState(loaded);
  // Stored at once; a change the app refuses stays on screen with its reason.
  const autosave = useSavedForm({
    draftKey: null,
    initial: () => formOf(loaded),
    check: () => ({}),
    send: (f: ProcessForm) => api['processes.update']({ id, data: f }),
    onSaved: setProcess,
    refusalPrefix: 'data.',
  });
  const fieldErrors = autosave.errors;
  const edit = autosave.edit;
  const shown = { ...process, ...autosave.form };
  const titleOf = (n: number) => toc?.documents.find((d) => d.id === `w${n}`)?.title ?? t('process.workshopN', { n });
  const next = process.workshops.find((w) => w.status === 'planned');
  const done = process.workshops.filter((w) => w.status === 'held').length;

  return (
    <Stack maw={980} gap="md">
      <Stack gap={2}>
        {sme && <Anchor href={href({ screen: 'sme', id: sme.id })} size="sm">{t('process.backToSme', { name: sme.name })}</Anchor>}
        <Title order={2}>{shown.title}</Title>
        <Text c="dimmed" size="sm">{t('process.summary', { done, language: LANGUAGE_NAMES[shown.language], start: formatDay(shown.startDate, i18n.language) })}</Text>
        <Group mt={4}>
          <Button component="a" href={href({ screen: 'strategy', id, tab: null })} variant="outline" color="teal.9">{t('strategy.open')}</Button>
        </Group>
      </Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('process.title')} value={shown.title} error={fieldErrors['title']} onChange={(e) => edit({ title: e.currentTarget.value })} />
          <Select label={t('process.statusLabel')} data={PROCESS_STATUSES.map((s) => ({ value: s, label: t(`process.status.${s}`) }))} value={shown.status} allowDeselect={false} onChange={(v) => v && edit({ status: v as ProcessRecord['status'] })} />
          <TextInput label={t('process.facilitator')} value={shown.facilitator} onChange={(e) => edit({ facilitator: e.currentTarget.value })} />
          <TextInput type="date" label={t('process.startDate')} value={shown.startDate} error={fieldErrors['startDate']} onChange={(e) => edit({ startDate: e.currentTarget.value })} />
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
                {/* "Planned" beside "Not planned yet" contradicts itself: without a date the text says it all. */}
                {(w.status !== 'planned' || w.plannedAt) && (
                  <Badge variant="outline" color={w.status === 'held' ? 'teal.9' : w.status === 'cancelled' ? 'red.9' : 'dark'}>{t(`workshopStatus.${w.status}`)}</Badge>
                )}
                {w.id === next?.id && <Badge color="teal.9">{t('process.next')}</Badge>}
                {w.openHomework > 0 && <Text size="sm" c="dimmed">{t('process.openHomework', { count: w.openHomework })}</Text>}
                {w.overdueHomework > 0 && <Text size="sm" c="red.9" fw={600}>{t('process.overdueHomework', { count: w.overdueHomework })}</Text>}
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
