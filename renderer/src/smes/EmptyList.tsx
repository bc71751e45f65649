import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmeQuery } from '@api/smes';
import { api } from '../api';

/**
 * What an empty SME list says, naming the view that is empty: "No archived SMEs", and in the
 * active view, how many are archived, so that an empty screen never hides that SMEs exist.
 */
export function EmptyList({ view, filtered }: { view: NonNullable<SmeQuery['view']>; filtered: boolean }) {
  const { t } = useTranslation();
  const [archived, setArchived] = useState<number | null>(null);
  useEffect(() => {
    if (view !== 'active' || filtered) return;
    void api['smes.list']({ view: 'archived', limit: 1 }).then((r) => setArchived(r.ok ? r.value.total : 0));
  }, [view, filtered]);

  if (filtered) return <Text>{t('list.noMatch')}</Text>;
  if (view === 'trash') return <Text>{t('list.trashEmpty')}</Text>;
  if (view === 'archived') return <Text>{t('list.noneArchived')}</Text>;
  if (view === 'active' && archived) return <Text>{t('list.noneActive', { count: archived })}</Text>;
  return <Text>{t('list.empty')}</Text>;
}
