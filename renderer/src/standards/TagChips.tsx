import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordTags, StandardsCatalogue } from '@api/standards';
import { TAG_SCHEMES } from '@api/standards';
import { useStandards } from './StandardsContext';
import { href } from '../router';

export const SCHEME_NAMES = { iso26000: 'ISO 26000', vsme: 'VSME', sdg: 'SDG' } as const;
// Outlined in the darkest shade: the light variant's teal and grape text fell below 4.5:1 contrast.
const COLOURS = { iso26000: 'blue.9', vsme: 'teal.9', sdg: 'grape.9' } as const;

/** Every code's name, for the chips' titles and the pickers' labels. */
export function codeNames(c: StandardsCatalogue): Record<string, string> {
  const names: Record<string, string> = {};
  for (const s of c.iso26000) {
    names[`iso26000:${s.code}`] = s.name;
    for (const i of s.issues) names[`iso26000:${i.code}`] = i.name;
  }
  for (const d of c.vsme) {
    names[`vsme:${d.code}`] = d.name;
    for (const p of d.datapoints) names[`vsme:${p.code}`] = p.name;
  }
  for (const s of c.sdg) names[`sdg:${s.code}`] = s.name;
  return names;
}

/** A record's tags as small labelled chips; the name of each code in its title and for screen readers. */
export function TagChips({ tags, catalogue, label }: { tags: RecordTags; catalogue: StandardsCatalogue; label: string }) {
  const { t } = useTranslation();
  const names = codeNames(catalogue);
  const all = TAG_SCHEMES.flatMap((scheme) => tags[scheme].map((code) => ({ scheme, code, name: names[`${scheme}:${code}`] ?? code })));
  if (all.length === 0) return null;
  return (
    <Group gap={4} role="list" aria-label={label} data-tags>
      {all.map(({ scheme, code, name }) => (
        <Badge key={`${scheme}:${code}`} role="listitem" size="sm" variant="outline" color={COLOURS[scheme]} title={name} tt="none" aria-label={t('standards.chip', { scheme: SCHEME_NAMES[scheme], code, name })}>
          {`${SCHEME_NAMES[scheme]} ${code}`}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * The chips of a strategy record (its own tags), or of a self-evaluation statement (from the
 * crosswalk), the statement's with a link to each legal duty it touches: what the law already
 * asks comes before anything voluntary.
 */
export function RecordChips({ recordId, statementId, label }: { recordId?: string; statementId?: string; label: string }) {
  const { t } = useTranslation();
  const s = useStandards();
  if (!s) return null;
  const tags = statementId ? s.catalogue.statements[statementId] : recordId ? s.tags.records[recordId] : undefined;
  if (!tags) return null;
  const floor = s.catalogue.legalFloor;
  const duties = statementId && floor ? (s.catalogue.statements[statementId]?.legalFloor ?? []).flatMap((id) => (floor.duties[id] ? [floor.duties[id]] : [])) : [];
  return (
    <Group gap={6} wrap="wrap">
      <TagChips tags={tags} catalogue={s.catalogue} label={label} />
      {duties.map((d) => (
        <Anchor key={d.anchor} size="xs" href={href({ screen: 'library', document: floor!.documentId, anchor: d.anchor })} data-legal-duty>
          {t('standards.legalDuty', { title: d.title })}
        </Anchor>
      ))}
    </Group>
  );
}
