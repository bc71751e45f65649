import { Button, Fieldset, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '@api/dates';
import { api } from '../api';
import { PdfPanel } from '../ui/pdf/PdfPanel';
import { addDays, todayIso, yearAfter } from '../ui/dates';
import type { StrategyCase } from './useStrategy';

const R = 'strategy.reports';
const REPORTS = ['strategy', 'progress', 'summary'] as const;
type Report = (typeof REPORTS)[number];
const isDate = isCalendarDate;

/** The PDFs the SME takes home: the strategy, a progress report for a period, a summary for the owner. */
export function StrategyReports({ data }: { data: StrategyCase }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Report | null>(null);
  const [from, setFrom] = useState(data.process.startDate);
  // Up to today; a cycle that has not started yet gets its first year, so the default is never the wrong way round.
  const [to, setTo] = useState(() => (todayIso() >= data.process.startDate ? todayIso() : addDays(yearAfter(data.process.startDate), -1)));
  const processId = data.process.id;

  const fromError = isDate(from) ? undefined : t('validation.invalid_date');
  const toError = !isDate(to) ? t('validation.invalid_date') : isDate(from) && to < from ? t(`${R}.toBeforeFrom`) : undefined;
  const periodValid = !fromError && !toError;
  // A new version of the strategy makes a new PDF, so the preview never shows an old state.
  const version = `${processId}:${data.strategy.updatedAt}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reports-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="reports-title">{t(`${R}.title`)}</Title>
        <Text size="sm">{t(`${R}.hint`)}</Text>
        <Fieldset legend={t(`${R}.period`)} maw={520}>
          <Group grow align="flex-start">
            <TextInput type="date" label={t(`${R}.from`)} value={from} error={fromError} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput type="date" label={t(`${R}.to`)} value={to} error={toError} onChange={(e) => setTo(e.currentTarget.value)} />
          </Group>
        </Fieldset>
        <Group gap="xs">
          {REPORTS.map((r) => (
            <Button key={r} variant={shown === r ? 'filled' : 'default'} aria-pressed={shown === r} onClick={() => setShown(shown === r ? null : r)}>
              {t(`${R}.${r}`)}
            </Button>
          ))}
        </Group>
        {shown === 'strategy' && <PdfPanel reloadKey={`strategy:${version}`} load={() => api['strategy.pdf']({ processId })} />}
        {shown === 'summary' && <PdfPanel reloadKey={`summary:${version}`} load={() => api['strategy.summaryPdf']({ processId })} />}
        {shown === 'progress' &&
          (periodValid ? (
            <PdfPanel reloadKey={`progress:${version}:${from}:${to}`} load={() => api['strategy.progressPdf']({ processId, from, to })} />
          ) : (
            <Text c="red.9" size="sm" role="alert">{t(`${R}.fixPeriod`)}</Text>
          ))}
      </Stack>
    </Paper>
  );
}
