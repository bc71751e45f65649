import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@api/result';
import { PERSPECTIVES } from '@api/strategy';
import type { RoundKind, RoundSetup } from '@api/voting';
import { ROUND_KINDS } from '@api/voting';
import { NUMBER_FIELDS } from '@api/numbers';
import { api } from '../api';
import { NumberField } from '../ui/NumberField';
import { numberProblem, typedValue } from '../ui/numbers';
import type { EntrySource } from './entries';
import { ENTRY_SOURCES, entriesFrom, lines } from './entries';
import { NetworkPicker } from './NetworkPicker';

interface Props {
  opened: boolean;
  workshopId: string;
  processId: string;
  workshops: { id: string; number: number }[];
  onClose: () => void;
  onOpened: () => void;
}

const MAX_ENTRIES = 30;
const MAX_LABEL = 200;

/**
 * The facilitator picks what to ask and the network; the server starts only on the explicit click.
 * Drawn above live mode's voting window (z-index 400), which it can be opened from.
 */
export function OpenRoundDialog({ opened, workshopId, processId, workshops, onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<RoundKind>('self_evaluation');
  const [perspective, setPerspective] = useState('');
  const [dots, setDots] = useState<string>('3');
  const dotsProblem = kind === 'dots' ? (numberProblem(dots, NUMBER_FIELDS.dots, t) ?? (dots.trim() === '' ? t('validation.required') : undefined)) : undefined;
  const [source, setSource] = useState<EntrySource>('typed');
  const [entries, setEntries] = useState('');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const entryList = lines(entries, Infinity);
  const optionList = lines(options, Infinity);
  const listProblem = (list: string[], min: number, max: number) =>
    list.length < min ? t('voting.tooFew', { count: min }) : list.length > max ? t('voting.tooMany', { count: max }) : list.some((l) => l.length > MAX_LABEL) ? t('voting.tooLong', { count: MAX_LABEL }) : null;
  const problem =
    kind === 'dots' ? listProblem(entryList, 2, MAX_ENTRIES) : kind === 'question' ? (question.trim() ? listProblem(optionList, 2, 8) : t('voting.questionMissing')) : null;

  async function pickSource(next: EntrySource) {
    setSource(next);
    if (next !== 'typed') setEntries((await entriesFrom(next, processId, workshops)).join('\n'));
  }

  function setup(): RoundSetup {
    switch (kind) {
      case 'self_evaluation':
        return { kind, perspective: PERSPECTIVES.find((p) => p === perspective) ?? null };
      case 'dots':
        return { kind, dots: typedValue(dots, NUMBER_FIELDS.dots) ?? 1, items: entryList.map((label, i) => ({ id: `e${i + 1}`, label })) };
      case 'feedback':
        return { kind };
      case 'question':
        return { kind, question: question.trim(), options: optionList };
    }
  }

  async function open() {
    setBusy(true);
    setError(null);
    const r = await api['voting.open']({ workshopId, setup: setup(), listen: { address, port: 0 } });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error));
    onOpened();
    onClose();
  }

  const errorText = (e: AppError) => {
    const code = e.issues?.[0]?.code;
    return code ? t(`voting.errors.${code}`, { defaultValue: t('errors.internal') }) : t(`errors.${e.code}`, { defaultValue: t('errors.internal') });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('voting.open')} size="lg" zIndex={500}>
      <Stack gap="sm">
        <Radio.Group label={t('voting.kindLabel')} value={kind} onChange={(v) => setKind(v as RoundKind)}>
          <Group gap="md" mt={4}>
            {ROUND_KINDS.map((k) => <Radio key={k} value={k} label={t(`voting.kind.${k}`)} />)}
          </Group>
        </Radio.Group>
        {kind === 'self_evaluation' && (
          <NativeSelect label={t('voting.perspective')} value={perspective} onChange={(e) => setPerspective(e.currentTarget.value)}
            data={[{ value: '', label: t('voting.allStatements') }, ...PERSPECTIVES.map((p) => ({ value: p, label: t(`strategy.perspective.${p}`) }))]} />
        )}
        {kind === 'dots' && (
          <>
            <NumberField label={t('voting.dots')} rules={NUMBER_FIELDS.dots} value={dots} error={dotsProblem} onChange={setDots} w={200} />
            <NativeSelect label={t('voting.source')} value={source} onChange={(e) => void pickSource(e.currentTarget.value as EntrySource)}
              data={ENTRY_SOURCES.map((s) => ({ value: s, label: t(`voting.sources.${s}`) }))} />
            <Textarea label={t('voting.entries')} description={t('voting.entriesHint')} autosize minRows={4} maxRows={12} value={entries} onChange={(e) => setEntries(e.currentTarget.value)} error={entries ? problem : null} />
          </>
        )}
        {kind === 'question' && (
          <>
            <TextInput label={t('voting.question')} value={question} maxLength={MAX_LABEL} onChange={(e) => setQuestion(e.currentTarget.value)} />
            <Textarea label={t('voting.options')} autosize minRows={3} value={options} onChange={(e) => setOptions(e.currentTarget.value)} error={options ? problem : null} />
          </>
        )}
        <NetworkPicker value={address} onChange={setAddress} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void open()} loading={busy} disabled={!address || !!problem || !!dotsProblem}>{t('voting.start')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
