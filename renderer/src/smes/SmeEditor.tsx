import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sme } from '@api/smes';
import { NUMBER_FIELDS } from '@api/numbers';
import { SmeInput, sizeClassOf } from '@api/smes';
import { api, must } from '../api';
import { ContactsEditor } from './ContactsEditor';
import { CountrySelect } from './CountrySelect';
import { SaveStatus } from '../ui/SaveStatus';
import { SectorSelect } from './SectorSelect';
import { SizeBadge } from './SizeBadge';
import { ProcessesSection } from '../processes/ProcessesSection';
import { SmeDashboard } from './SmeDashboard';
import { ExportCaseFiles } from '../case-files/ExportCaseFiles';
import { SpreadsheetMenu } from '../spreadsheets/SpreadsheetMenu';
import { ExampleNote } from './ExampleNote';
import { EXAMPLE_SME_ID } from '@api/examples';
import { href, navigate } from '../router';
import { DraftsOf } from '../saving/owner';
import { useSavedForm } from '../saving/useSavedForm';
import { schemaMessages } from '../saving/validation';
import { LoadState } from '../ui/LoadState';
import { NumberField } from '../ui/NumberField';
import { numberMessages, typedValue } from '../ui/numbers';
import { useLoad } from '../ui/useLoad';
import type { SmeForm } from './smeForm';
import { blankContacts, formFromSme, inputFromForm, sentFromForm, smeBase, smeDraftKey, validPartOf } from './smeForm';

export function SmeEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const load = useLoad(() => must(api['smes.get']({ id })), [id]);
  return (
    <LoadState load={load} title={t('sme.notFoundTitle')} back={{ href: href({ screen: 'smes' }), label: t('sme.backToList') }}>
      {(sme) => (
        <DraftsOf sme={sme.id}>
          <SmeForms loaded={sme} />
        </DraftsOf>
      )}
    </LoadState>
  );
}

function SmeForms({ loaded }: { loaded: Sme }) {
  const { t } = useTranslation();
  const id = loaded.id;
  const [sme, setSme] = useState(loaded);
  // Invalid edits stay on screen, marked, and on this computer until they are fixed.
  const autosave = useSavedForm({
    draftKey: smeDraftKey(id),
    initial: () => formFromSme(loaded),
    base: smeBase(loaded),
    baseOf: smeBase,
    check: (f: SmeForm) => ({
      ...blankContacts(f).quiet(schemaMessages(SmeInput, inputFromForm(f), t), 'contacts.'),
      ...numberMessages({
        employees: [f.employees, NUMBER_FIELDS.employees], founded: [f.founded, NUMBER_FIELDS.founded],
        turnover: [f.turnover, NUMBER_FIELDS.figures], balanceSheet: [f.balanceSheet, NUMBER_FIELDS.figures],
      }, t),
    }),
    validPart: validPartOf,
    send: (f: SmeForm) => api['smes.update']({ id, data: sentFromForm(f) }),
    onSaved: setSme,
    refusalPrefix: 'data.',
  });
  const { form, errors, edit: update } = autosave;
  const employees = typedValue(form.employees, NUMBER_FIELDS.employees);
  // One size for the badge, the hint and the warning: of the number typed, or of the one stored while the typed one cannot be read.
  const size = Number.isNaN(employees) ? sme.sizeClass : sizeClassOf(employees);
  const trashed = sme.deletedAt !== null;

  const act = async (action: 'archive' | 'unarchive' | 'trash' | 'restore') => {
    await autosave.flush();
    const r =
      action === 'trash'
        ? await api['smes.trash']({ id })
        : action === 'restore'
          ? await api['smes.restore']({ id })
          : await api['smes.setArchived']({ id, archived: action === 'archive' });
    if (r.ok) setSme(r.value);
    if (r.ok && action === 'trash') navigate({ screen: 'smes' });
  };

  return (
    <Stack gap="md" maw={980}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor href={href({ screen: 'smes' })} size="sm">{t('sme.backToList')}</Anchor>
          <Title order={2}>{form.name.trim() || sme.name}</Title>
          <Group gap="xs">
            <SizeBadge size={size} />
            {sme.archived && <Text size="sm" c="dimmed">{t('sme.archivedNote')}</Text>}
          </Group>
        </Stack>
        <Stack gap={6} align="flex-end">
          <SaveStatus state={autosave.state} />
          <Group gap="xs">
            {trashed ? (
              <Button onClick={() => void act('restore')}>{t('sme.restore')}</Button>
            ) : (
              <>
                <Button variant="default" onClick={() => void act(sme.archived ? 'unarchive' : 'archive')}>
                  {sme.archived ? t('sme.unarchive') : t('sme.archive')}
                </Button>
                <ExportCaseFiles smeIds={[id]} label={t('caseFiles.exportOne')} />
                <SpreadsheetMenu smeId={id} />
                <Button color="red" variant="outline" onClick={() => void act('trash')}>{t('sme.trash')}</Button>
              </>
            )}
          </Group>
        </Stack>
      </Group>

      {autosave.restored && (
        <Alert color="yellow" withCloseButton closeButtonLabel={t('common.close')} onClose={autosave.dismissRestored}>
          {t('sme.draftRestored')}
        </Alert>
      )}
      {id === EXAMPLE_SME_ID && <ExampleNote />}
      {trashed && <Alert color="orange">{t('sme.inTrash')}</Alert>}
      {!trashed && <SmeDashboard smeId={id} />}

      <fieldset disabled={trashed} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="sm">{t('sme.company')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('sme.name')} required value={form.name} error={errors['name']} onChange={(e) => update({ name: e.currentTarget.value })} />
              <CountrySelect label={t('sme.country')} required value={form.country} error={errors['country']} onChange={(v) => update({ country: v })} />
              <TextInput label={t('sme.city')} value={form.city} error={errors['city']} onChange={(e) => update({ city: e.currentTarget.value })} />
              <SectorSelect value={form.sector} error={errors['sector']} onChange={(v) => update({ sector: v })} />
              <NumberField
                label={t('sme.employees')}
                description={size ? t(`size.${size}Hint`) : t('sme.employeesHint')}
                value={form.employees}
                error={errors['employees']}
                rules={NUMBER_FIELDS.employees}
                onChange={(v) => update({ employees: v })}
              />
              <NumberField
                label={t('sme.founded')}
                value={form.founded}
                error={errors['founded']}
                rules={NUMBER_FIELDS.founded}
                onChange={(v) => update({ founded: v })}
              />
              <TextInput label={t('sme.website')} placeholder="www.example.com" value={form.website} error={errors['website']} onChange={(e) => update({ website: e.currentTarget.value })} />
              <TextInput label={t('sme.legalForm')} description={t('sme.forVsme')} value={form.legalForm} error={errors['legalForm']} onChange={(e) => update({ legalForm: e.currentTarget.value })} />
              <NumberField label={t('sme.turnover')} description={t('sme.forVsme')} value={form.turnover} error={errors['turnover']} rules={NUMBER_FIELDS.figures} onChange={(v) => update({ turnover: v })} />
              <NumberField label={t('sme.balanceSheet')} description={t('sme.forVsme')} value={form.balanceSheet} error={errors['balanceSheet']} rules={NUMBER_FIELDS.figures} onChange={(v) => update({ balanceSheet: v })} />
            </SimpleGrid>
            {size === 'large' && (
              <Alert color="orange" mt="md" title={t('size.largeWarningTitle')}>
                {t('size.largeWarning')}
              </Alert>
            )}
          </Paper>

          <Paper withBorder p="md">
            <ProcessesSection smeId={id} country={form.country} disabled={trashed} />
          </Paper>

          <Paper withBorder p="md">
            <ContactsEditor contacts={form.contacts} errors={errors} onChange={(contacts) => update({ contacts })} />
          </Paper>

          <Paper withBorder p="md">
            <Textarea label={t('sme.notes')} autosize minRows={4} value={form.notes} error={errors['notes']} onChange={(e) => update({ notes: e.currentTarget.value })} />
          </Paper>
        </Stack>
      </fieldset>
    </Stack>
  );
}
