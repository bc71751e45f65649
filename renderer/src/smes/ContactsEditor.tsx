import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactForm } from './smeForm';
import { newKey } from './smeForm';

interface Props {
  contacts: ContactForm[];
  errors: Record<string, string>;
  onChange: (contacts: ContactForm[]) => void;
}

export function ContactsEditor({ contacts, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ContactForm>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('contacts.title')}</Title>
        <Button variant="default" onClick={() => onChange([...contacts, { key: newKey(), name: '', role: '', email: '', phone: '' }])}>
          {t('contacts.add')}
        </Button>
      </Group>
      {contacts.length === 0 && <Text c="dimmed" size="sm">{t('contacts.none')}</Text>}
      {contacts.map((c, i) => {
        const n = i + 1;
        return (
          <Paper key={c.key} withBorder p="sm" component="section" aria-label={t('contacts.contactN', { n })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('contacts.name')} aria-label={t('contacts.fieldOfN', { field: t('contacts.name'), n })} required value={c.name} error={errors[`contacts.${i}.name`]} onChange={(e) => set(i, { name: e.currentTarget.value })} />
              <TextInput label={t('contacts.role')} aria-label={t('contacts.fieldOfN', { field: t('contacts.role'), n })} value={c.role} error={errors[`contacts.${i}.role`]} onChange={(e) => set(i, { role: e.currentTarget.value })} />
              <TextInput label={t('contacts.email')} aria-label={t('contacts.fieldOfN', { field: t('contacts.email'), n })} type="email" value={c.email} error={errors[`contacts.${i}.email`]} onChange={(e) => set(i, { email: e.currentTarget.value })} />
              <TextInput label={t('contacts.phone')} aria-label={t('contacts.fieldOfN', { field: t('contacts.phone'), n })} type="tel" value={c.phone} error={errors[`contacts.${i}.phone`]} onChange={(e) => set(i, { phone: e.currentTarget.value })} />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="subtle" color="red" size="xs" onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
                {t('contacts.removeN', { n })}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
