import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetHostMovedFrom, hostMovedFrom } from '../hostAddress';

/**
 * The browser host found its usual port taken and started on another one. Drafts kept by the
 * browser belong to the old address, so they are not on this page: say so, and how to get them
 * back, rather than let them look lost.
 */
export function MovedAddressNotice() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(hostMovedFrom);
  if (from === null) return null;
  return (
    <Alert
      color="yellow"
      role="status"
      title={t('host.movedTitle')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={() => {
        forgetHostMovedFrom();
        setFrom(null);
      }}
      mb="md"
    >
      {t('host.moved', { port: from })}
    </Alert>
  );
}
