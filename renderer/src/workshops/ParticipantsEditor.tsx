import { ActionIcon, Badge, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { WorkshopRecord } from '@api/workshops';
import { ParticipantInput } from '@api/workshops';
import type { Contact } from '@api/smes';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { schemaMessages } from '../saving/validation';
import { useStoredAutosave } from '../saving/useStoredAutosave';

interface ParticipantRow {
  key: string;
  contactId: string | null;
  name: string;
  role: string;
  invited: boolean;
  attended: boolean;
}

const Participants = z.array(ParticipantInput).max(100);
let seed = 0;
const newKey = () => `p${Date.now().toString(36)}${(seed++).toString(36)}`;
const toInput = (rows: ParticipantRow[]) => rows.map(({ contactId, name, role, invited, attended }) => ({ contactId, name, role, invited, attended }));

/** Who was invited and who came: contacts of the SME plus people named on the day. */
export function ParticipantsEditor({ record, contacts, onSaved }: { record: WorkshopRecord; contacts: Contact[]; onSaved: (r: WorkshopRecord) => void }) {
  const { t } = useTranslation();
  const stored = useStoredAutosave({
    storageKey: `socialsme.participants.${record.id}`,
    initial: (): ParticipantRow[] => record.participants.map((p) => ({ key: p.id, contactId: p.contactId, name: p.name, role: p.role, invited: p.invited, attended: p.attended })),
    check: (rows: ParticipantRow[]) => schemaMessages(Participants, toInput(rows), t),
    save: (rows: ParticipantRow[]) => api['workshops.setParticipants']({ id: record.id, participants: toInput(rows) }),
    onSaved,
    serverPrefix: 'participants.',
  });
  const { form: rows, errors } = stored;

  const chosen = new Set(rows.map((r) => r.contactId));
  const available = contacts.filter((c) => !chosen.has(c.id));
  const fromContact = (c: Contact): ParticipantRow => ({ key: newKey(), contactId: c.id, name: c.name, role: c.role, invited: true, attended: false });
  const set = (index: number, patch: Partial<ParticipantRow>) => stored.update(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const who = (r: ParticipantRow, i: number) => r.name.trim() || t('workshop.personN', { n: i + 1 });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('workshop.participantsTitle')}</Title>
        <SaveStatus state={stored.state} />
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">{t('workshop.noParticipants')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workshop.participantName')}</Table.Th>
                <Table.Th>{t('workshop.participantRole')}</Table.Th>
                <Table.Th w={90}>{t('workshop.invited')}</Table.Th>
                <Table.Th w={90}>{t('workshop.attended')}</Table.Th>
                <Table.Th w={44}><VisuallyHidden>{t('workshop.rowActions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    {r.contactId ? (
                      <Group gap={6}>
                        <Text fw={600}>{r.name}</Text>
                        <Badge size="xs" variant="outline" color="dark">{t('workshop.contact')}</Badge>
                      </Group>
                    ) : (
                      <TextInput size="sm" aria-label={t('workshop.participantNameN', { n: i + 1 })} value={r.name} error={errors[`${i}.name`]} onChange={(e) => set(i, { name: e.currentTarget.value })} />
                    )}
                    {errors[`${i}.contactId`] && <Text c="red.9" size="sm">{errors[`${i}.contactId`]}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <TextInput size="sm" aria-label={t('workshop.roleOf', { name: who(r, i) })} value={r.role} error={errors[`${i}.role`]} onChange={(e) => set(i, { role: e.currentTarget.value })} />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox aria-label={t('workshop.invitedOf', { name: who(r, i) })} checked={r.invited} onChange={(e) => set(i, { invited: e.currentTarget.checked })} />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox aria-label={t('workshop.attendedOf', { name: who(r, i) })} checked={r.attended} error={errors[`${i}.attended`]} onChange={(e) => set(i, { attended: e.currentTarget.checked })} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('workshop.removeParticipant', { name: who(r, i) })} onClick={() => stored.update(rows.filter((_, j) => j !== i))}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group align="flex-end">
        <Select
          label={t('workshop.addContact')}
          placeholder={available.length ? t('workshop.chooseContact') : t('workshop.allContactsAdded')}
          data={available.map((c) => ({ value: c.id, label: c.role ? `${c.name} (${c.role})` : c.name }))}
          value={null}
          disabled={available.length === 0}
          searchable
          onChange={(v) => {
            const c = available.find((x) => x.id === v);
            if (c) stored.update([...rows, fromContact(c)]);
          }}
          w={300}
        />
        <Button variant="default" disabled={available.length === 0} onClick={() => stored.update([...rows, ...available.map(fromContact)])}>
          {t('workshop.addAllContacts')}
        </Button>
        <Button variant="default" onClick={() => stored.update([...rows, { key: newKey(), contactId: null, name: '', role: '', invited: true, attended: false }])}>
          {t('workshop.addPerson')}
        </Button>
      </Group>
    </Stack>
  );
}
