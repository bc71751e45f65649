import { Alert, Anchor, Box, Button, Group, Kbd, Modal, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItems } from '@api/agenda';
import type { AgendaRow } from '@api/library';
import { api } from '../api';
import { Blocks } from '../library/Blocks';
import { href, navigate } from '../router';
import { issueMessages } from '../saving/validation';
import { AgendaList, BlockClock, SessionClock, isTypingTarget } from './LiveClocks';
import { localStamp } from '../ui/dates';
import { drafts } from '../saving/drafts';
import { DraftsOf } from '../saving/owner';
import { LoadState } from '../ui/LoadState';
import { readableErrors } from '../ui/readableErrors';
import { useLiveClock } from './useLiveClock';
import type { WorkshopCase } from './useWorkshopCase';
import { useWorkshopCase } from './useWorkshopCase';
import type { DetailsForm } from './WorkshopDetails';
import { detailsBase, workshopDraftKey } from './WorkshopDetails';
import { WorksheetForm } from './WorksheetForm';
import { VotingPanel } from '../voting/VotingPanel';

/** The meeting-room mode: the agenda as timed blocks, the notes for now, the worksheet open. */
export function LiveWorkshop({ id }: { id: string }) {
  const { t } = useTranslation();
  const { load } = useWorkshopCase(id);
  return (
    <LoadState load={load} title={t('workshop.notFoundTitle')}>
      {(data) => (
        <DraftsOf sme={data.process.smeId}>
          <LiveSession id={id} data={data} />
        </DraftsOf>
      )}
    </LoadState>
  );
}

function LiveSession({ id, data }: { id: string; data: WorkshopCase }) {
  const { t } = useTranslation();
  const { guide, agenda, worksheets, record, sme, process } = data;
  const blocks = useMemo(() => agenda.map((r) => ({ id: r.id, minutes: r.minutes })), [agenda]);
  const clock = useLiveClock(id, blocks);
  const row = agenda[clock.index];
  const planned = agenda.reduce((sum, r) => sum + r.minutes, 0);
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const [finishing, setFinishing] = useState(false);
  const [finishErrors, setFinishErrors] = useState<string[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);
  // A stray click must not mark a workshop held: Finish asks first.
  const [confirmFinish, setConfirmFinish] = useState(false);
  // The day the process would have to start on for this workshop to be held now (see finish).
  const [startConflict, setStartConflict] = useState<string | null>(null);
  const [voting, setVoting] = useState(false);
  const captions = { time: t('library.time'), minutes: t('library.min'), method: t('library.method'), facilitator: t('library.facilitator'), participants: t('library.participants'), worksheet: t('library.worksheet') };

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const { toggle, next, previous } = clock;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.key === 'Escape') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        return;
      }
      if (isTypingTarget(e.target) || confirmReset || confirmFinish || voting) return;
      const actions: Record<string, () => void> = { ' ': toggle, ArrowRight: next, ArrowLeft: previous, f: toggleFullscreen, F: toggleFullscreen };
      const action = actions[e.key];
      if (!action) return;
      // Also keeps Space from pressing the focused button a second time.
      e.preventDefault();
      if (!e.repeat) action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle, next, previous, toggleFullscreen, confirmReset, confirmFinish, voting]);

  const finish = async () => {
    setConfirmFinish(false);
    setFinishing(true);
    setFinishErrors([]);
    setStartConflict(null);
    const total = clock.total;
    clock.pause();
    const fresh = await api['workshops.get']({ id });
    if (!fresh.ok) {
      setFinishing(false);
      return setFinishErrors([t(`errors.${fresh.error.code}`, { defaultValue: t('errors.internal') })]);
    }
    const w = fresh.value;
    const minutes = Math.round(total / 60_000);
    if (minutes >= 1) {
      // The record keeps the agenda as it was held: each block with the minutes it took.
      const held = await api['workshops.setAgenda']({ id, items: agendaItems(agenda, (block) => Math.round(clock.elapsedOf(block) / 60_000)) });
      if (!held.ok) {
        setFinishing(false);
        return setFinishErrors([t(`errors.${held.error.code}`, { defaultValue: t('errors.internal') })]);
      }
    }
    const now = Date.now();
    // "Held" needs a date that has passed: a workshop held earlier than planned takes its real start.
    const plannedAt = w.plannedAt && w.plannedAt <= localStamp(now) ? w.plannedAt : localStamp(clock.state.startedAt ?? now - total);
    const durationMinutes = minutes >= 1 ? Math.min(600, minutes) : w.durationMinutes;
    const r = await api['workshops.update']({
      id,
      data: { plannedAt, place: w.place, status: 'held', durationMinutes, notes: w.notes, minutesNotes: w.minutesNotes, decisions: w.decisions },
    });
    setFinishing(false);
    if (!r.ok) {
      // Held today in a process that starts later: the process's start date is what is wrong, and it can be fixed from here.
      if (r.error.issues?.some((i) => i.code === 'before_process_start')) setStartConflict(plannedAt.slice(0, 10));
      const messages = Object.values(issueMessages(r.error.issues ?? [], t));
      return setFinishErrors(messages.length ? messages : [t(`errors.${r.error.code}`, { defaultValue: t('errors.internal') })]);
    }
    // Unsaved edits of the workshop form must not put the old status back when they are sent:
    // the draft takes what Finish stored and moves onto the record as it is now.
    const draft = drafts.read<DetailsForm>(workshopDraftKey(id));
    if (draft) {
      const value = { ...draft.value, date: plannedAt.slice(0, 10), time: plannedAt.slice(11), status: 'held' as const, duration: durationMinutes ?? draft.value.duration };
      drafts.write(workshopDraftKey(id), { ...draft, value, base: detailsBase(r.value) });
    }
    clock.clear();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ screen: 'workshop', id });
  };

  const startProcessOn = async (day: string) => {
    const { title, language, facilitator, status } = process;
    const moved = await api['processes.update']({ id: process.id, data: { title, language, facilitator, status, startDate: day } });
    if (!moved.ok) return setFinishErrors([t(`errors.${moved.error.code}`, { defaultValue: t('errors.internal') })]);
    await finish();
  };

  if (!row) return <Alert color="yellow">{t('workshop.live.noAgenda')}</Alert>;
  const sheet = (r: AgendaRow) => worksheets.find((ws) => ws.id === r.worksheet?.id);

  return (
    <Box
      data-live-block={row.id}
      data-running={clock.running || undefined}
      pos="fixed"
      bg="white"
      style={{ ...readableErrors, inset: 0, zIndex: 300, display: 'flex', flexDirection: 'column', fontSize: '1.125rem' }}
    >
      {/* On a narrow screen or with long words (Greek) the buttons move to a row of their own rather than pushing Finish off the screen. */}
      <Group component="header" justify="space-between" px="lg" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} wrap="wrap" gap="sm">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Anchor href={href({ screen: 'workshop', id })} size="sm">{t('workshop.live.leave')}</Anchor>
          <Title order={1} size="h3" lineClamp={1}>{guide.title}</Title>
          <Text c="dimmed" lineClamp={1}>{[sme?.name, process.title].filter(Boolean).join(' · ')}</Text>
        </Stack>
        <SessionClock total={clock.total} plannedMinutes={planned} />
        <Group gap="xs" wrap="wrap" justify="flex-end" style={{ flex: '1 1 auto' }}>
          <Button variant="default" onClick={clock.previous} disabled={clock.index === 0} aria-keyshortcuts="ArrowLeft">{t('workshop.live.previous')}</Button>
          <Button onClick={clock.toggle} aria-keyshortcuts="Space" miw={100}>{clock.running ? t('workshop.live.pause') : t('workshop.live.start')}</Button>
          <Button variant="default" onClick={clock.next} disabled={clock.index === agenda.length - 1} aria-keyshortcuts="ArrowRight">{t('workshop.live.next')}</Button>
          <Button variant="default" onClick={() => setVoting(true)}>{t('voting.live')}</Button>
          <Button variant="default" onClick={toggleFullscreen} aria-keyshortcuts="F">{fullscreen ? t('workshop.live.exitFullscreen') : t('workshop.live.fullscreen')}</Button>
          <Button color="dark" onClick={() => setConfirmFinish(true)} loading={finishing}>{t('workshop.live.finish')}</Button>
        </Group>
      </Group>
      {finishErrors.length > 0 && (
        <Alert color="red" role="alert" mx="lg" mt="sm" title={t('workshop.live.finishFailed')} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setFinishErrors([])}>
          {finishErrors.map((m) => <Text key={m}>{m}</Text>)}
          {startConflict && (
            <Button mt="xs" variant="default" onClick={() => void startProcessOn(startConflict)}>{t('workshop.live.startProcessOn', { date: startConflict })}</Button>
          )}
        </Alert>
      )}
      <Box style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <ScrollArea component="nav" aria-label={t('workshop.live.agenda')} w={320} p="sm" style={{ borderRight: '1px solid var(--mantine-color-gray-3)', flexShrink: 0 }}>
          <AgendaList rows={agenda} current={row.id} elapsedOf={clock.elapsedOf} onPick={clock.goTo} />
          <Stack gap={4} mt="md" px="xs">
            <Text size="sm" c="dimmed">
              <Kbd>{t('workshop.live.keySpace')}</Kbd> {t('workshop.live.start')}/{t('workshop.live.pause')} · <Kbd>←</Kbd> <Kbd>→</Kbd> {t('workshop.live.blocks')} · <Kbd>F</Kbd> {t('workshop.live.fullscreen')}
            </Text>
            <Button variant="subtle" color="gray" size="compact-sm" onClick={() => setConfirmReset(true)}>{t('workshop.live.reset')}</Button>
          </Stack>
        </ScrollArea>
        <Box style={{ flex: 1, overflowY: 'auto' }} px="xl" pb="lg">
          {/* Stays in view while the group fills in a long worksheet below. */}
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md" pt="lg" pb="sm" bg="white" style={{ position: 'sticky', top: 0, zIndex: 2, borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
            <Stack gap={4}>
              <Text c="dimmed">{t('workshop.live.blockOf', { n: clock.index + 1, total: agenda.length })}</Text>
              <Title order={2} style={{ fontSize: 'clamp(1.6rem, 2.8vw, 2.6rem)' }}>{row.title}</Title>
              {row.kind !== 'break' && row.method && <Text size="xl"><strong>{captions.method}:</strong> {row.method}</Text>}
            </Stack>
            <BlockClock elapsed={clock.elapsedOf(row.id)} minutes={row.minutes} running={clock.running} />
          </Group>
          {row.facilitator.length > 0 && (
            <Paper withBorder p="md" mb="lg" bg="gray.0" component="section" aria-label={captions.facilitator} style={{ fontSize: '1.25rem' }}>
              <Text fw={700} mb="xs">{captions.facilitator}</Text>
              <Blocks blocks={row.facilitator} captions={captions} />
            </Paper>
          )}
          {row.worksheet && !sheet(row) && (
            <Alert color="blue" mb="lg">
              {t('workshop.live.selfEvaluation', { title: row.worksheet.title })}{' '}
              <Anchor href={href({ screen: 'library', document: row.worksheet.id, anchor: null })}>{t('workshop.live.openInLibrary')}</Anchor>
            </Alert>
          )}
          {/* Every worksheet stays mounted: a sheet used by two blocks keeps what was typed in the first. */}
          {worksheets.map((ws) => (
            <Box key={ws.id} display={sheet(row)?.id === ws.id ? 'block' : 'none'}>
              <WorksheetForm workshopId={id} processId={process.id} worksheet={ws} answers={record.answers[ws.id] ?? {}} updatedAt={record.updatedAt} large />
            </Box>
          ))}
        </Box>
      </Box>
      {/* The presenter's view of a round: big enough for the projector, kept mounted only while shown. */}
      <Modal opened={voting} onClose={() => setVoting(false)} title={t('voting.title')} size="100%" zIndex={400}>
        {voting && <VotingPanel workshopId={record.id} processId={process.id} workshops={process.workshops} />}
      </Modal>
      <Modal opened={confirmFinish} onClose={() => setConfirmFinish(false)} title={t('workshop.live.finishTitle')} zIndex={400}>
        <Text mb="md">{t('workshop.live.finishText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmFinish(false)}>{t('common.cancel')}</Button>
          <Button color="dark" data-autofocus onClick={() => void finish()}>{t('workshop.live.finishConfirm')}</Button>
        </Group>
      </Modal>
      <Modal opened={confirmReset} onClose={() => setConfirmReset(false)} title={t('workshop.live.resetTitle')} zIndex={400}>
        <Text mb="md">{t('workshop.live.resetText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmReset(false)}>{t('common.cancel')}</Button>
          <Button color="red" onClick={() => { clock.reset(); setConfirmReset(false); }}>{t('workshop.live.resetConfirm')}</Button>
        </Group>
      </Modal>
    </Box>
  );
}
