import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SmeSummary } from '@api/smes';
import { api } from '../api';
import { drafts } from '../saving/drafts';

export function ConfirmPurge({ sme, onClose, onPurged }: { sme: SmeSummary | null; onClose: () => void; onPurged: () => void }) {
  const { t } = useTranslation();
  const purge = async () => {
    if (!sme) return;
    const r = await api['smes.purge']({ id: sme.id });
    if (!r.ok) return;
    // Nothing of a purged SME stays on this computer either: its drafts and live clocks go too.
    drafts.clearSme(sme.id);
    onPurged();
  };
  return (
    <Modal opened={sme !== null} onClose={onClose} title={t('list.purgeTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text mb="xs">{t('list.purgeText', { name: sme?.name ?? '' })}</Text>
      <Text size="sm" mb="md">{t('list.purgeBackup')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        <Button color="red" onClick={() => void purge()}>{t('list.purge')}</Button>
      </Group>
    </Modal>
  );
}
