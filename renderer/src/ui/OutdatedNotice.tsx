import { Alert } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outdated } from '../saving/drafts';

/** Says so when a draft kept on this computer was dropped because the record had changed since. */
export function OutdatedNotice() {
  const { t } = useTranslation();
  const [count, setCount] = useState(0);
  const [seen, setSeen] = useState(0);
  useEffect(() => outdated.subscribe(setCount), []);
  if (count <= seen) return null;
  return (
    <Alert color="yellow" mb="md" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setSeen(count)} data-outdated-drafts={count}>
      {t('save.outdated')}
    </Alert>
  );
}
