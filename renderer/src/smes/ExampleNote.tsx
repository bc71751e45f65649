import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { navigate } from '../router';
import { ConfirmDelete } from '../ui/ConfirmDelete';

/** Says that this SME is the fictional example, not a client, and offers to remove it for good. */
export function ExampleNote() {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const remove = async () => {
    setConfirm(false);
    const r = await api['examples.remove']({});
    if (r.ok) navigate({ screen: 'smes' });
    else setFailed(r.error.code);
  };
  return (
    <Alert color="blue" title={t('strategy.example.markedTitle')}>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" maw={640}>{t('strategy.example.marked')}</Text>
        <Button variant="default" color="red.9" onClick={() => setConfirm(true)}>{t('strategy.example.remove')}</Button>
      </Group>
      {failed && <Text c="red.9" size="sm" role="alert">{t(`errors.${failed}`, { defaultValue: t('errors.internal') })}</Text>}
      <ConfirmDelete opened={confirm} title={t('strategy.example.removeTitle')} text={t('strategy.example.removeText')} confirm={t('strategy.example.remove')} onCancel={() => setConfirm(false)} onConfirm={() => void remove()} />
    </Alert>
  );
}
