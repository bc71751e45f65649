import { Alert, Button, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { navigate } from '../router';

/** Adds the fictional example firm with its whole case file, and opens it. */
export function LoadExample() {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hint = useId();

  const load = async () => {
    setLoading(true);
    setError(null);
    const r = await api['examples.load']({});
    setLoading(false);
    if (r.ok) navigate({ screen: 'sme', id: r.value.smeId });
    else setError(r.error.code);
  };

  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" loading={loading} aria-describedby={hint} onClick={() => void load()}>{t('strategy.example.load')}</Button>
      <Text id={hint} size="xs" c="dark.6" ta="right" maw={360}>{t('strategy.example.hint')}</Text>
      <Text size="sm" role="status" aria-live="polite">{loading ? t('strategy.example.loading') : ''}</Text>
      {error && <Alert color="red" role="alert" maw={420}>{t('strategy.example.failed', { reason: t(`errors.${error}`, { defaultValue: t('errors.internal') }) })}</Alert>}
    </Stack>
  );
}
