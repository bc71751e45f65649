import { ActionIcon, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newKey } from '../ui/rowKey';
import { RowTable } from '../ui/RowTable';
import { useRemoveRow } from '../ui/undo';
import type { ContactForm } from './smeForm';

interface Props {
  contacts: ContactForm[];
  errors: Record<string, string>;
  onChange: (contacts: ContactForm[]) => void;
}

type Field = 'name' | 'role' | 'email' | 'phone';
const TYPES: Record<Field, string> = { name: 'text', role: 'text', email: 'email', phone: 'tel' };

export function ContactsEditor({ contacts, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ContactForm>) => onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const removeRow = useRemoveRow(contacts, onChange, (c) => c.key);
  const column = (field: Field) => ({
    header: t(`contacts.${field}`),
    cell: (c: ContactForm, i: number) => (
      <TextInput
        size="sm"
        type={TYPES[field]}
        aria-label={t('contacts.fieldOfN', { field: t(`contacts.${field}`), n: i + 1 })}
        required={field === 'name'}
        value={c[field]}
        error={errors[`contacts.${i}.${field}`]}
        onChange={(e) => set(i, { [field]: e.currentTarget.value })}
      />
    ),
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('contacts.title')}</Title>
        <Button variant="default" onClick={() => onChange([...contacts, { key: newKey('c'), name: '', role: '', email: '', phone: '' }])}>
          {t('contacts.add')}
        </Button>
      </Group>
      <RowTable
        rows={contacts}
        rowKey={(c) => c.key}
        columns={[column('name'), column('role'), column('email'), column('phone')]}
        empty={t('contacts.none')}
        minWidth={640}
        actionsHeader={t('workshop.rowActions')}
        actions={(c, i) => (
          <ActionIcon variant="subtle" color="red.9" aria-label={t('contacts.removeN', { n: i + 1 })} onClick={() => removeRow(i, c.name.trim() ? t('undo.contact', { name: c.name.trim() }) : t('undo.emptyRow'))}>
            ×
          </ActionIcon>
        )}
      />
    </Stack>
  );
}
