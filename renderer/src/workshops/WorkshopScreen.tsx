import { Accordion, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkshopRecord } from '@api/workshops';
import { useTranslation } from 'react-i18next';
import { formatPlanned } from '../processes/labels';
import { href } from '../router';
import { AgendaEditor } from './AgendaEditor';
import { HomeworkEditor } from './HomeworkEditor';
import { ParticipantsEditor } from './ParticipantsEditor';
import { DraftsOf } from '../saving/owner';
import { readableErrors } from '../ui/readableErrors';
import { LoadState } from '../ui/LoadState';
import { hasAnswerDrafts } from './useAnswers';
import type { WorkshopCase } from './useWorkshopCase';
import { useWorkshopCase } from './useWorkshopCase';
import { WorkshopDetails } from './WorkshopDetails';
import { WorkshopDocuments } from './WorkshopDocuments';
import { WorksheetForm } from './WorksheetForm';
import { VotingPanel } from '../voting/VotingPanel';

/** The record of one workshop: when and where, who came, notes, decisions, worksheets, homework. */
export function WorkshopScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { load, setRecord } = useWorkshopCase(id);
  return (
    <LoadState load={load} title={t('workshop.notFoundTitle')} back={{ href: href({ screen: 'smes' }), label: t('sme.backToList') }}>
      {(data) => (
        <DraftsOf sme={data.process.smeId}>
          <WorkshopRecordView data={data} setRecord={setRecord} />
        </DraftsOf>
      )}
    </LoadState>
  );
}

function WorkshopRecordView({ data, setRecord }: { data: WorkshopCase; setRecord: (r: WorkshopRecord) => void }) {
  const { t, i18n } = useTranslation();
  const { record, process, sme, guide, guideAgenda, worksheets } = data;
  const people = [...record.participants.map((p) => p.name), ...(sme?.contacts.map((c) => c.name) ?? [])];

  return (
    <Stack gap="md" maw={1100} data-workshop={record.id} style={readableErrors}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor href={href({ screen: 'process', id: process.id })} size="sm">{t('workshop.backToProcess', { title: process.title })}</Anchor>
          <Title order={2}>{guide.title}</Title>
          <Group gap="xs">
            {sme && <Text size="sm" c="dimmed">{sme.name}</Text>}
            <Text size="sm" c="dimmed">· {formatPlanned(record.plannedAt, i18n.language, t)}</Text>
            <Badge variant="outline" color={record.status === 'held' ? 'teal.9' : record.status === 'cancelled' ? 'red.9' : 'dark'}>
              {t(`workshopStatus.${record.status}`)}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button component="a" variant="default" href={href({ screen: 'library', document: guide.id, anchor: null })}>
            {t('workshop.openGuide')}
          </Button>
          <Button component="a" href={href({ screen: 'live', id: record.id })}>{t('workshop.runLive')}</Button>
        </Group>
      </Group>

      <Paper withBorder p="md">
        <WorkshopDetails record={record} onSaved={setRecord} />
      </Paper>

      <Paper withBorder p="md">
        <ParticipantsEditor record={record} contacts={sme?.contacts ?? []} onSaved={setRecord} />
      </Paper>

      <Paper withBorder p="md">
        <AgendaEditor record={record} guide={guideAgenda} onSaved={setRecord} />
      </Paper>

      <Paper withBorder p="md">
        <VotingPanel workshopId={record.id} processId={process.id} workshops={process.workshops} />
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">{t('workshop.worksheetsTitle')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('workshop.worksheetsHint')}</Text>
        {worksheets.length === 0 ? (
          <Text c="dimmed" size="sm">{t('workshop.noWorksheets')}</Text>
        ) : (
          // A worksheet with text not stored yet opens by itself, so the facilitator sees it.
          <Accordion multiple variant="separated" defaultValue={worksheets.filter((ws) => hasAnswerDrafts(record.id, ws.id)).map((ws) => ws.id)}>
            {worksheets.map((ws) => (
              <Accordion.Item key={ws.id} value={ws.id}>
                <Accordion.Control>
                  <Text fw={600}>{ws.title}</Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <WorksheetForm workshopId={record.id} processId={process.id} worksheet={ws} answers={record.answers[ws.id] ?? {}} updatedAt={record.updatedAt} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Paper>

      <Paper withBorder p="md">
        <HomeworkEditor record={record} people={people} onSaved={setRecord} />
      </Paper>

      <Paper withBorder p="md">
        <WorkshopDocuments workshopId={record.id} worksheets={worksheets} updatedAt={record.updatedAt} />
      </Paper>
    </Stack>
  );
}
