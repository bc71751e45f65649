import { Alert, Button, Group, Loader, SegmentedControl, Select, Stack, Table, Text, TextInput, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmePage, SmeQuery, SmeSort, SmeSummary } from '@api/smes';
import { SIZE_CLASSES } from '@api/size-class';
import { formatNumber } from '@api/numbers';
import { api } from '../api';
import { ConfirmPurge } from './ConfirmPurge';
import { CountrySelect, countryName } from './CountrySelect';
import { EmptyList } from './EmptyList';
import { LoadExample } from './LoadExample';
import { ExportCaseFiles } from '../case-files/ExportCaseFiles';
import { ImportCaseFiles } from '../case-files/ImportCaseFiles';
import { SpreadsheetMenu } from '../spreadsheets/SpreadsheetMenu';
import { UpcomingWorkshops } from '../processes/UpcomingWorkshops';
import { SizeBadge } from './SizeBadge';
import { readSector, sectorLabel } from '@api/nace';
import { useSectorNames } from './useSectorNames';
import { navigate } from '../router';
import { dateLocale } from '@api/dates';

const PAGE = 100;
// The dialog validates with the SME schema (and its library); the list should not wait for that
// at start. It is read when the button is pointed at or focused, at the latest when clicked.
const loadNewSmeDialog = () => import('./NewSmeDialog');
const NewSmeDialog = lazy(() => loadNewSmeDialog().then((m) => ({ default: m.NewSmeDialog })));
type View = NonNullable<SmeQuery['view']>;

export function SmeList() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => sessionStorage.getItem('smes.text') ?? '');
  const [debounced] = useDebouncedValue(text, 120);
  const [country, setCountry] = useState<string | null>(null);
  const [size, setSize] = useState<string | null>(null);
  const [view, setView] = useState<View>('active');
  const [sort, setSort] = useState<SmeSort>('name');
  const [descending, setDescending] = useState(false);
  const [page, setPage] = useState<SmePage | null>(null);
  const sectors = useSectorNames(page?.items.some((sme) => sme.sector !== null) ?? false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [dialogWanted, setDialogWanted] = useState(false);
  const [purging, setPurging] = useState<SmeSummary | null>(null);
  const request = useRef(0);

  const load = useCallback(
    async (offset: number) => {
      const ticket = ++request.current;
      const r = await api['smes.list']({ text: debounced, country, size: size as SmeQuery['size'], view, sort, descending, offset, limit: PAGE });
      if (ticket !== request.current) return; // a newer keystroke already asked again
      if (!r.ok) return setError(r.error.code);
      setError(null);
      setPage((prev) => (offset === 0 || !prev ? r.value : { total: r.value.total, items: [...prev.items, ...r.value.items] }));
    },
    [debounced, country, size, view, sort, descending],
  );

  useEffect(() => {
    sessionStorage.setItem('smes.text', debounced);
    void load(0);
  }, [load, debounced]);

  const toggleSort = (key: SmeSort) => {
    if (key === sort) setDescending(!descending);
    else {
      setSort(key);
      setDescending(key === 'updated');
    }
  };
  const restore = async (sme: SmeSummary) => {
    const r = await api['smes.restore']({ id: sme.id });
    if (r.ok) void load(0);
  };
  const dateFormat = new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'medium' });

  const header = (key: SmeSort, label: string) => (
    <Table.Th aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => toggleSort(key)} fw={600}>
        {label} {sort === key ? (descending ? '▼' : '▲') : ''}
        <VisuallyHidden>{t('list.sortBy', { column: label })}</VisuallyHidden>
      </UnstyledButton>
    </Table.Th>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t('list.title')}</Title>
        <Group align="flex-start" gap="sm">
          <LoadExample />
          <ImportCaseFiles onImported={() => void load(0)} />
          <ExportCaseFiles smeIds="all" label={t('caseFiles.exportAll')} />
          <SpreadsheetMenu />
          <Button onClick={() => { setDialogWanted(true); setCreating(true); }} onPointerEnter={() => void loadNewSmeDialog()} onFocus={() => void loadNewSmeDialog()}>
            {t('list.new')}
          </Button>
        </Group>
      </Group>
      <UpcomingWorkshops />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          w={320}
          autoFocus
        />
        {/* "Any …" is an option of its own, so a filter can be cleared from the keyboard or a screen reader. */}
        <CountrySelect label={t('list.country')} value={country} onChange={setCountry} clearable placeholder={t('list.anyCountry')} anyLabel={t('list.anyCountry')} />
        <Select
          label={t('list.size')}
          data={[{ value: '', label: t('list.anySize') }, ...SIZE_CLASSES.map((s) => ({ value: s, label: t(`size.${s}`) }))]}
          value={size}
          onChange={(v) => setSize(v || null)}
          // Escape means "any size", as in the Country filter: field and filter cleared together.
          onKeyDown={(event) => event.key === 'Escape' && setSize(null)}
          clearable
          placeholder={t('list.anySize')}
          w={180}
        />
        <SegmentedControl
          aria-label={t('list.view')}
          value={view}
          onChange={(v) => setView(v as View)}
          data={(['active', 'archived', 'all', 'trash'] as const).map((v) => ({ value: v, label: t(`list.views.${v}`) }))}
        />
      </Group>

      {error && <Alert color="red" role="alert">{t(`errors.${error}`, { defaultValue: t('errors.internal') })}</Alert>}
      {!page ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="result-count">
            {t('list.total', { count: page.total })}
          </Text>
          {page.total === 0 ? (
            <EmptyList view={view} filtered={!!(debounced || country || size)} />
          ) : (
            <Table striped highlightOnHover stickyHeader aria-label={t('list.title')}>
              <Table.Thead>
                <Table.Tr>
                  {header('name', t('sme.name'))}
                  <Table.Th>{t('sme.city')}</Table.Th>
                  {header('country', t('sme.country'))}
                  <Table.Th>{t('sme.sector')}</Table.Th>
                  {header('employees', t('sme.employees'))}
                  <Table.Th>{t('contacts.title')}</Table.Th>
                  {header('updated', t('list.updated'))}
                  {view === 'trash' && <Table.Th>{t('list.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((sme) => (
                  <Table.Tr key={sme.id} className="sme-row" onClick={() => navigate({ screen: 'sme', id: sme.id })}>
                    <Table.Td>
                      <button type="button" className="row-link" onClick={(e) => { e.stopPropagation(); navigate({ screen: 'sme', id: sme.id }); }}>
                        {sme.name}
                      </button>
                      {sme.archived && view === 'all' && <Text span size="xs" c="dimmed"> · {t('list.archivedTag')}</Text>}
                    </Table.Td>
                    <Table.Td>{sme.city}</Table.Td>
                    <Table.Td>{countryName(sme.country, i18n.language)}</Table.Td>
                    <Table.Td>{sme.sector ? (sectors ? sectorLabel(sme.sector, sectors) : (readSector(sme.sector)?.code ?? sme.sector)) : ''}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {sme.employees === null ? '' : formatNumber(sme.employees, i18n.language)}
                        <SizeBadge size={sme.sizeClass} />
                      </Group>
                    </Table.Td>
                    <Table.Td>{t('contacts.count', { count: sme.contactCount })}</Table.Td>
                    <Table.Td>{dateFormat.format(new Date(sme.updatedAt))}</Table.Td>
                    {view === 'trash' && (
                      <Table.Td onClick={(e) => e.stopPropagation()}>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" onClick={() => void restore(sme)} aria-label={t('list.restoreNamed', { name: sme.name })}>{t('sme.restore')}</Button>
                          <Button size="xs" color="red" variant="outline" onClick={() => setPurging(sme)} aria-label={t('list.purgeNamed', { name: sme.name })}>{t('list.purge')}</Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {page.items.length < page.total && (
            <Button variant="default" onClick={() => void load(page.items.length)}>
              {t('list.more', { count: Math.min(PAGE, page.total - page.items.length) })}
            </Button>
          )}
        </>
      )}
      {dialogWanted && (
        <Suspense fallback={null}>
          <NewSmeDialog opened={creating} onClose={() => setCreating(false)} onCreated={(sme) => navigate({ screen: 'sme', id: sme.id })} />
        </Suspense>
      )}
      <ConfirmPurge sme={purging} onClose={() => setPurging(null)} onPurged={() => { setPurging(null); void load(0); }} />
    </Stack>
  );
}
