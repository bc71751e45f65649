import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asks before something is removed for good; `title`, `text` and `confirm` are already translated. */
export function ConfirmDelete({ opened, title, text, confirm, onCancel, onConfirm }: {
  opened: boolean;
  title: string;
  text: string;
  confirm: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text mb="md">{text}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
        <Button color="red" onClick={onConfirm}>{confirm}</Button>
      </Group>
    </Modal>
  );
}
