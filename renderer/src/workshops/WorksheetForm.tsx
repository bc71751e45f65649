import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldView, WorksheetView } from '@api/library';
import type { AnswerValue } from '@api/workshops';
import { sharedRecordOf } from '@api/shared-records';
import { Blocks } from '../library/Blocks';
import type { Scalar } from './FieldInput';
import { FieldInput } from './FieldInput';
import { SharedRecordsField } from './SharedRecordsField';
import type { Row } from './TableField';
import { TableField } from './TableField';
import type { FieldSave } from './useAnswers';
import { useAnswers } from './useAnswers';

interface Props {
  workshopId: string;
  /** The process whose strategy records the shared fields (stakeholder map, objectives, …) show. */
  processId: string;
  worksheet: WorksheetView;
  /** The stored answers of this worksheet (field id -> value), read once when the form mounts. */
  answers: Record<string, AnswerValue>;
  /** The record's `updatedAt` as read: a draft older than an answer stored since is not sent. */
  updatedAt: string;
  /** Meeting-room size: bigger type and controls. */
  large?: boolean;
}

/** A worksheet filled in on screen; every field is stored on its own as it is typed. */
export function WorksheetForm({ workshopId, processId, worksheet, answers, updatedAt, large }: Props) {
  const { t } = useTranslation();
  // A shared field is the strategy's record: it keeps no answer of its own, so none is saved for it.
  const fieldIds = useMemo(() => worksheet.fields.filter((f) => !sharedRecordOf(worksheet.id, f.id)).map((f) => f.id), [worksheet]);
  const saver = useAnswers(workshopId, worksheet.id, fieldIds, answers, updatedAt);
  const [showRestored, setShowRestored] = useState(saver.restored.length > 0);
  const captions = { time: t('library.time'), minutes: t('library.min'), method: t('library.method'), facilitator: t('library.facilitator'), participants: t('library.participants'), worksheet: t('library.worksheet') };

  /** Translated messages by issue path, for values the app refused ("value", "value.<row>.<column>"). */
  const messageOf = (s: FieldSave | undefined): Record<string, string> => {
    if (!s || s.state !== 'invalid') return {};
    const out: Record<string, string> = {};
    for (const issue of s.error.issues ?? [{ path: 'value', code: 'invalid' }]) {
      out[issue.path] ??= t(`validation.${issue.code}`, { ...issue.params, defaultValue: t('validation.invalid') });
    }
    return out;
  };
  // Not stored because the app did not answer: the value is fine, so it is not marked as wrong.
  const keptNote = (fieldId: string) =>
    saver.status[fieldId]?.state === 'failed' ? <Text size="sm" c="orange.9" mt={4}>{t('workshop.keptLocally')}</Text> : null;

  const render = (field: FieldView) => {
    const shared = sharedRecordOf(worksheet.id, field.id);
    if (shared) return <SharedRecordsField key={field.id} processId={processId} record={shared} label={field.label} typed={answers[field.id]} />;
    const messages = messageOf(saver.status[field.id]);
    const error = messages['value'] ?? messages['fieldId'];
    const value = saver.values[field.id] ?? null;
    if (field.type === 'table') {
      const cellErrors = Object.fromEntries(Object.entries(messages).filter(([p]) => p.startsWith('value.')).map(([p, m]) => [p.slice(6), m]));
      return (
        <Box key={field.id}>
          <TableField
            field={field}
            rows={Array.isArray(value) ? (value as Row[]) : []}
            errors={cellErrors}
            large={large}
            onChange={(rows) => saver.change(field.id, rows)}
            onBlur={() => void saver.flush(field.id)}
          />
          {error && <Text c="red.9" size="sm" mt={4}>{error}</Text>}
          {keptNote(field.id)}
        </Box>
      );
    }
    return (
      <Box key={field.id}>
        <FieldInput
          field={field}
          value={Array.isArray(value) ? null : (value as Scalar)}
          error={error}
          large={large}
          onChange={(v) => saver.change(field.id, v)}
          onBlur={() => void saver.flush(field.id)}
        />
        {keptNote(field.id)}
      </Box>
    );
  };

  return (
    <Stack gap={large ? 'lg' : 'md'} role="group" aria-label={worksheet.title} data-worksheet={worksheet.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={3} size={large ? 'h2' : 'h4'}>{worksheet.title}</Title>
        <WorksheetSaveStatus fields={worksheet.fields} status={saver.status} onRetry={saver.retry} />
      </Group>
      {worksheet.instructions.length > 0 && (
        <Box fz={large ? 'lg' : 'sm'} c="dimmed">
          <Blocks blocks={worksheet.instructions} captions={captions} />
        </Box>
      )}
      {showRestored && (
        <Alert color="yellow" py={6} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setShowRestored(false)}>
          {t('workshop.draftsRestored', { count: saver.restored.length })}
        </Alert>
      )}
      {worksheet.fields.map(render)}
    </Stack>
  );
}

/** One line for the whole worksheet: saved, saving, or not saved and why. */
function WorksheetSaveStatus({ fields, status, onRetry }: { fields: FieldView[]; status: Record<string, FieldSave>; onRetry: () => void }) {
  const { t } = useTranslation();
  const entries = fields.flatMap((f) => (status[f.id] ? [{ field: f, s: status[f.id]! }] : []));
  const refused = (e: { s: FieldSave }): e is { field: FieldView; s: Extract<FieldSave, { error: unknown }> } => 'error' in e.s;
  const problem = entries.filter(refused).sort((a, b) => (a.s.state === 'failed' ? 0 : 1) - (b.s.state === 'failed' ? 0 : 1))[0];
  const saving = entries.some((e) => e.s.state === 'saving');
  let text = '';
  let state = 'idle';
  if (problem) {
    const { field, s } = problem;
    const issue = s.error.issues?.[0];
    const reason =
      s.state === 'invalid' && issue
        ? t(`validation.${issue.code}`, { ...issue.params, defaultValue: t('validation.invalid') })
        : t(`errors.${s.error.code}`, { defaultValue: t('errors.internal') });
    text = t('workshop.notSaved', { field: field.label, reason });
    state = s.state;
  } else if (saving) {
    text = t('save.saving');
    state = 'saving';
  } else if (entries.length > 0) {
    text = t('save.saved');
    state = 'saved';
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c={problem ? 'red.9' : saving ? 'blue.9' : 'dimmed'} role="status" aria-live="polite" data-save-state={state} ta="right">
        {text}
      </Text>
      {problem && <Button size="compact-sm" variant="default" onClick={onRetry}>{t('workshop.retry')}</Button>}
    </Group>
  );
}
