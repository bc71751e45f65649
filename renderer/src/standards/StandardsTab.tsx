import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage, CoverageRow } from '@api/standards';
import { api } from '../api';
import { PdfPanel } from '../ui/pdf/PdfPanel';
import type { ProcessRecord } from '@api/processes';
import type { StrategyRecord } from '@api/strategy';
import { EnergyForm } from './EnergyForm';
import { useStandards } from './StandardsContext';

const S = 'standards';
const COLUMNS = ['objectives', 'activities', 'indicators'] as const;

/** Light to dark blue by count, with the number written in the cell: the map reads without colour too. */
const shade = (n: number) => (n === 0 ? undefined : `rgba(31, 95, 139, ${Math.min(0.15 + n * 0.15, 0.75)})`);

function HeatMap({ title, rows }: { title: string; rows: CoverageRow[] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder withColumnBorders captionSide="top" aria-label={title}>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(`${S}.code`)}</Table.Th>
          {COLUMNS.map((c) => <Table.Th key={c} w={130}>{t(`${S}.columns.${c}`)}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.code} data-coverage={r.code}>
            <Table.Th scope="row" fw={400}>{`${r.code} ${r.name}`}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Td key={c} ta="center" style={{ backgroundColor: shade(r[c]), color: r[c] >= 3 ? 'white' : undefined, fontWeight: r[c] ? 700 : 400 }}>{r[c]}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function download(fileName: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the strategy covers of ISO 26000 and the VSME, what is missing for a Basic report, the draft, and the energy years. */
/** Shown as a tab of the strategy screen, which hands in the process and its strategy. */
export function StandardsTab({ data }: { data: { process: ProcessRecord; strategy: StrategyRecord } }) {
  const { t } = useTranslation();
  const standards = useStandards();
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [shown, setShown] = useState(false);
  const [xlsxFailed, setXlsxFailed] = useState(false);
  const processId = data.process.id;
  const version = `${data.strategy.updatedAt}:${JSON.stringify(standards?.tags ?? null)}`;
  useEffect(() => {
    void api['standards.coverage']({ processId }).then((r) => r.ok && setCoverage(r.value));
  }, [processId, version]);
  const xlsx = async () => {
    const r = await api['standards.draftXlsx']({ processId });
    setXlsxFailed(!r.ok);
    if (r.ok) download(r.value.fileName, r.value.base64);
  };
  const basic = coverage?.vsme.filter((r) => r.code.startsWith('B')) ?? [];
  const comprehensive = coverage?.vsme.filter((r) => r.code.startsWith('C')) ?? [];

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="coverage-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="coverage-title">{t(`${S}.coverageTitle`)}</Title>
          <Text size="sm">{t(`${S}.coverageHint`)}</Text>
          {coverage && (
            <>
              {coverage.untagged > 0 && <Alert color="yellow">{t(`${S}.untagged`, { count: coverage.untagged })}</Alert>}
              <HeatMap title={t(`${S}.coreSubjects`)} rows={coverage.iso26000} />
              <HeatMap title={t(`${S}.basic`)} rows={basic} />
              <HeatMap title={t(`${S}.comprehensive`)} rows={comprehensive} />
            </>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="draft-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="draft-title">{t(`${S}.draftTitle`)}</Title>
          <Text size="sm">{t(`${S}.draftHint`)}</Text>
          {coverage && (coverage.toCollect.length === 0 ? <Text>{t(`${S}.complete`)}</Text> : (
            <Stack gap={4} component="section" aria-labelledby="collect-title">
              <Title order={4} id="collect-title">{t(`${S}.toCollect`, { count: coverage.toCollect.length })}</Title>
              <List size="sm" spacing={2}>
                {coverage.toCollect.map((p) => (
                  <List.Item key={p.code} data-collect={p.code}><strong>{`${p.code} ${p.label}`}</strong>{p.hint ? `: ${p.hint}` : ''}</List.Item>
                ))}
              </List>
            </Stack>
          ))}
          <Group gap="xs">
            <Button variant={shown ? 'filled' : 'default'} aria-pressed={shown} onClick={() => setShown(!shown)}>{t(`${S}.draftPdf`)}</Button>
            <Button variant="default" onClick={() => void xlsx()}>{t(`${S}.draftXlsx`)}</Button>
          </Group>
          {xlsxFailed && <Alert color="red" role="alert">{t('errors.internal')}</Alert>}
          {shown && <PdfPanel reloadKey={`vsme:${version}`} load={() => api['standards.draftPdf']({ processId })} />}
        </Stack>
      </Paper>

      <EnergyForm smeId={data.process.smeId} />
    </Stack>
  );
}
