import { ActionIcon, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { WorkshopRecord } from '@api/workshops';
import { ParticipantInput } from '@api/workshops';
import type { Contact } from '@api/smes';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { schemaMessages } from '../saving/validation';
import { useSavedForm } from '../saving/useSavedForm';
import { blankNewRows, isStoredKey, newKey } from '../ui/rowKey';
import { RowTable } from '../ui/RowTable';
import { useRemoveRow } from '../ui/undo';

interface ParticipantRow {
  key: string;
  contactId: string | null;
  name: string;
  role: string;
  invited: boolean;
  attended: boolean;
}

const Participants = z.array(ParticipantInput).max(100);
const blankPeople = (rows: ParticipantRow[]) => blankNewRows(rows, (r) => !isStoredKey(r.key) && !r.contactId, (r) => [r.name, r.role]);
const toInput = (rows: ParticipantRow[]) => rows.map(({ contactId, name, role, invited, attended }) => ({ contactId, name, role, invited, attended }));

const rowsOf = (record: WorkshopRecord): ParticipantRow[] =>
  record.participants.map((p) => ({ key: p.id, contactId: p.contactId, name: p.name, role: p.role, invited: p.invited, attended: p.attended }));
const baseOf = (record: WorkshopRecord) => ({ version: record.updatedAt, part: toInput(rowsOf(record)) });

/** Who was invited and who came: contacts of the SME plus people named on the day. */
export function ParticipantsEditor({ record, contacts, onSaved }: { record: WorkshopRecord; contacts: Contact[]; onSaved: (r: WorkshopRecord) => void }) {
  const { t } = useTranslation();
  const stored = useSavedForm({
    draftKey: `socialsme.participants.${record.id}`,
    initial: () => rowsOf(record),
    base: baseOf(record),
    baseOf,
    check: (rows: ParticipantRow[]) => blankPeople(rows).quiet(schemaMessages(Participants, toInput(rows), t)),
    send: (rows: ParticipantRow[]) => api['workshops.setParticipants']({ id: record.id, participants: toInput(blankPeople(rows).kept) }),
    onSaved,
    refusalPrefix: 'participants.',
  });
  const { form: rows, errors } = stored;

  const chosen = new Set(rows.map((r) => r.contactId));
  const available = contacts.filter((c) => !chosen.has(c.id));
  const fromContact = (c: Contact): ParticipantRow => ({ key: newKey('p'), contactId: c.id, name: c.name, role: c.role, invited: true, attended: false });
  const set = (index: number, patch: Partial<ParticipantRow>) => stored.update(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const who = (r: ParticipantRow, i: number) => r.name.trim() || t('workshop.personN', { n: i + 1 });
  const removeRow = useRemoveRow(rows, stored.update, (r) => r.key);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('workshop.participantsTitle')}</Title>
        <SaveStatus state={stored.state} />
      </Group>
      <RowTable
        rows={rows}
        rowKey={(r) => r.key}
        empty={t('workshop.noParticipants')}
        minWidth={560}
        columns={[
          {
            header: t('workshop.participantName'),
            cell: (r, i) => (
              <>
                {r.contactId ? (
                  <Group gap={6}>
                    <Text fw={600}>{r.name}</Text>
                    <Badge size="xs" variant="outline" color="dark">{t('workshop.contact')}</Badge>
                  </Group>
                ) : (
                  <TextInput size="sm" aria-label={t('workshop.participantNameN', { n: i + 1 })} value={r.name} error={errors[`${i}.name`]} onChange={(e) => set(i, { name: e.currentTarget.value })} />
                )}
                {errors[`${i}.contactId`] && <Text c="red.9" size="sm">{errors[`${i}.contactId`]}</Text>}
              </>
            ),
          },
          {
            header: t('workshop.participantRole'),
            cell: (r, i) => <TextInput size="sm" aria-label={t('workshop.roleOf', { name: who(r, i) })} value={r.role} error={errors[`${i}.role`]} onChange={(e) => set(i, { role: e.currentTarget.value })} />,
          },
          {
            header: t('workshop.invited'),
            width: 90,
            cell: (r, i) => <Checkbox aria-label={t('workshop.invitedOf', { name: who(r, i) })} checked={r.invited} onChange={(e) => set(i, { invited: e.currentTarget.checked })} />,
          },
          {
            header: t('workshop.attended'),
            width: 90,
            cell: (r, i) => <Checkbox aria-label={t('workshop.attendedOf', { name: who(r, i) })} checked={r.attended} error={errors[`${i}.attended`]} onChange={(e) => set(i, { attended: e.currentTarget.checked })} />,
          },
        ]}
        actionsHeader={t('workshop.rowActions')}
        actions={(r, i) => (
          <ActionIcon variant="subtle" color="red" aria-label={t('workshop.removeParticipant', { name: who(r, i) })} onClick={() => removeRow(i, r.name.trim() ? t('undo.participant', { name: r.name.trim() }) : t('undo.emptyRow'))}>
            ×
          </ActionIcon>
        )}
      />
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
        <Button variant="default" onClick={() => stored.update([...rows, { key: newKey('p'), contactId: null, name: '', role: '', invited: true, attended: false }])}>
          {t('workshop.addPerson')}
        </Button>
      </Group>
    </Stack>
  );
}
