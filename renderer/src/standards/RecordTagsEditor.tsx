import { Fieldset, MultiSelect, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTags, TaggedRecord, TagScheme } from '@api/standards';
import { TAG_SCHEMES } from '@api/standards';
import { useStandards } from './StandardsContext';
import { SCHEME_NAMES } from './TagChips';

const EMPTY: RecordTags = { iso26000: [], vsme: [], sdg: [] };

/**
 * The ISO 26000, VSME and SDG tags of an objective, activity or indicator the SME wrote itself.
 * An objective can take the tags of a typical objective of its perspective as a start; an
 * indicator can feed a VSME datapoint, so the next draft report takes its latest measurement.
 */
export function RecordTagsEditor({ kind, recordId, perspective, title }: { kind: TaggedRecord; recordId: string; perspective?: string; title: string }) {
  const { t } = useTranslation();
  const s = useStandards();
  const [failed, setFailed] = useState(false);
  if (!s) return null;
  const { catalogue: c } = s;
  const current = s.tags.records[recordId] ?? EMPTY;
  const save = async (next: RecordTags) => setFailed(!(await s.setTags(kind, recordId, next)));
  const options: Record<TagScheme, { group: string; items: { value: string; label: string }[] }[]> = {
    iso26000: c.iso26000.map((x) => ({ group: `${x.code} ${x.name}`, items: [x, ...x.issues].map((i) => ({ value: i.code, label: `${i.code} ${i.name}` })) })),
    vsme: c.vsme.map((d) => ({ group: `${d.code} ${d.name}`, items: [{ value: d.code, label: `${d.code} ${d.name}` }, ...d.datapoints.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` }))] })),
    sdg: [{ group: SCHEME_NAMES.sdg, items: c.sdg.map((x) => ({ value: x.code, label: `${x.code} ${x.name}` })) }],
  };
  const typical = perspective ? c.typicalObjectives.filter((o) => o.perspective === perspective) : [];
  const datapoints = c.vsme.filter((d) => d.module === 'basic').flatMap((d) => d.datapoints.filter((p) => p.unit !== null || p.code.includes('number')).map((p) => ({ value: p.code, label: `${p.code} ${p.name}` })));
  return (
    <Fieldset legend={t('standards.tagsOf', { title })} variant="filled" data-tags-editor={recordId}>
      <Stack gap="xs">
        {typical.length > 0 && (
          <NativeSelect
            label={t('standards.suggest')}
            description={t('standards.suggestHint')}
            value=""
            data={[{ value: '', label: t('standards.suggestNone') }, ...typical.map((o) => ({ value: o.id, label: o.text }))]}
            onChange={(e) => {
              const o = typical.find((x) => x.id === e.currentTarget.value);
              if (o) void save({ iso26000: o.iso26000, vsme: o.vsme, sdg: o.sdg });
            }}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {TAG_SCHEMES.map((scheme) => (
            <MultiSelect key={scheme} label={SCHEME_NAMES[scheme]} data={options[scheme]} value={current[scheme]} searchable clearable
              onChange={(v) => void save({ ...current, [scheme]: v })} />
          ))}
        </SimpleGrid>
        {kind === 'indicator' && (
          <NativeSelect
            label={t('standards.feeds')}
            description={t('standards.feedsHint')}
            value={s.tags.datapoints[recordId] ?? ''}
            data={[{ value: '', label: t('standards.feedsNone') }, ...datapoints]}
            onChange={(e) => void s.setDatapoint(recordId, e.currentTarget.value || null).then((ok) => setFailed(!ok))}
          />
        )}
        {failed && <Text c="red.9" size="sm" role="alert">{t('standards.saveFailed')}</Text>}
      </Stack>
    </Fieldset>
  );
}
