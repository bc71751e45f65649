import { Alert, Anchor, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from './useLoad';

/**
 * What a screen shows while its data loads, or when it cannot be loaded (the reason, translated,
 * and the way back); the screen itself once it is there.
 */
export function LoadState<T>({ load, title, back, children }: {
  load: Pick<Loaded<T>, 'data' | 'error'>;
  /** Heading of the error, e.g. "This SME cannot be opened". */
  title?: string;
  back?: { href: string; label: string };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (load.error) {
    return (
      <Alert color="red" role="alert" title={title}>
        <Text>{t(`errors.${load.error}`, { defaultValue: t('errors.internal') })}</Text>
        {back && <Anchor href={back.href}>{back.label}</Anchor>}
      </Alert>
    );
  }
  if (load.data === null) return <Loader role="status" aria-label={t('common.loading')} />;
  return <>{children(load.data)}</>;
}
