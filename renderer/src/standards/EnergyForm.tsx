import { Alert, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Carrier } from '@api/energy';
import { CARRIERS } from '@api/energy';
import type { EnergyYearData, EnergyYearRecord } from '@api/standards';
import { api } from '../api';
import { issueMessages } from '../saving/validation';
import type { NumberRules } from '@api/numbers';
import { NumberField } from '../ui/NumberField';
import { numberMessages, typedValue } from '../ui/numbers';

const E = 'standards.energy';
/** The form's quantity field of each carrier, in the unit of its bill. */
const FIELDS: Record<Carrier, keyof EnergyYearData> = {
  electricity: 'electricityKwh', 'natural-gas': 'naturalGasKwh', 'heating-oil': 'heatingOilLitres', diesel: 'dieselLitres', petrol: 'petrolLitres', 'district-heat': 'districtHeatKwh',
};
type Form = Record<string, number | string>;

const blank = (): Form => ({ year: new Date().getFullYear() - 1 });
const formOf = (y: EnergyYearRecord): Form => {
  const f: Form = { year: y.year };
  for (const [k, v] of Object.entries(y)) if (typeof v === 'number') f[k] = v;
  for (const [carrier, v] of Object.entries(y.overrides ?? {})) f[`override:${carrier}`] = v;
  return f;
};
/** The year is a whole number; quantities and factors cannot be negative. Read the interface language's way (api/numbers). */
const rulesOf = (key: string): NumberRules => (key === 'year' ? { integer: true, min: 1900, max: 2100 } : { min: 0 });
const num = (key: string, v: number | string | undefined) => (v === undefined || v === '' ? undefined : (typedValue(v, rulesOf(key)) ?? undefined));

/** A year's energy bills (B3): the app turns them into MWh and tCO2e and shows how. */
export function EnergyForm({ smeId }: { smeId: string }) {
  const { t, i18n } = useTranslation();
  const [years, setYears] = useState<EnergyYearRecord[]>([]);
  const [form, setForm] = useState<Form>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void api['standards.energyYears']({ smeId }).then((r) => r.ok && setYears(r.value));
  }, [smeId]);
  const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 });

  const save = async () => {
    // What cannot be read one way only is refused at its field, never changed silently.
    const unreadable = numberMessages(Object.fromEntries(Object.entries(form).map(([k, v]) => [k, [v, rulesOf(k)] as [number | string, NumberRules]])), t);
    if (Object.keys(unreadable).length) return setErrors(unreadable);
    const data: EnergyYearData = { year: num('year', form.year) ?? Number.NaN };
    const overrides: Partial<Record<Carrier, number>> = {};
    for (const c of CARRIERS) {
      const q = num(FIELDS[c], form[FIELDS[c]]);
      if (q !== undefined) (data as Record<string, unknown>)[FIELDS[c]] = q;
      const o = num(`override:${c}`, form[`override:${c}`]);
      if (o !== undefined) overrides[c] = o;
    }
    const renewable = num('electricityRenewableKwh', form['electricityRenewableKwh']);
    if (renewable !== undefined) data.electricityRenewableKwh = renewable;
    if (Object.keys(overrides).length) data.overrides = overrides;
    const r = await api['standards.saveEnergyYear']({ smeId, data });
    setFailed(!r.ok && !r.error.issues?.length);
    if (r.ok) {
      setYears(r.value);
      setErrors({});
    } else setErrors(Object.fromEntries(Object.entries(issueMessages(r.error.issues ?? [], t)).map(([k, v]) => [k.replace(/^data\./, '').replace(/^overrides\./, 'override:'), v])));
  };
  const remove = async (year: number) => {
    const r = await api['standards.deleteEnergyYear']({ smeId, year });
    if (r.ok) setYears(r.value);
  };
  const field = (key: string, label: string) => (
    <NumberField key={key} label={label} value={form[key] ?? ''} error={errors[key]} rules={rulesOf(key)} onChange={(v) => setForm({ ...form, [key]: v })} />
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="energy-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="energy-title">{t(`${E}.title`)}</Title>
        <Text size="sm">{t(`${E}.hint`)}</Text>
        <form aria-label={t(`${E}.formTitle`)} onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {field('year', t(`${E}.year`))}
              {field('electricityKwh', t(`${E}.electricityKwh`))}
              {field('electricityRenewableKwh', t(`${E}.renewableKwh`))}
              {CARRIERS.filter((c) => c !== 'electricity').map((c) => field(FIELDS[c], t(`${E}.${FIELDS[c]}`)))}
            </SimpleGrid>
            <Fieldset legend={t(`${E}.ownFactors`)} variant="unstyled">
              <SimpleGrid cols={{ base: 2, sm: 6 }} spacing="sm">
                {CARRIERS.map((c) => field(`override:${c}`, t(`${E}.carrier.${c}`)))}
              </SimpleGrid>
            </Fieldset>
            <Group><Button type="submit">{t(`${E}.save`)}</Button></Group>
            {failed && <Alert color="red" role="alert">{t('errors.internal')}</Alert>}
          </Stack>
        </form>
        {years.map((y) => (
          <Stack key={y.year} gap={4} component="section" aria-label={t(`${E}.calculationOf`, { year: y.year })} data-energy-year={y.year}>
            <Group justify="space-between">
              <Title order={4}>{t(`${E}.calculationOf`, { year: y.year })}</Title>
              <Group gap="xs">
                <Button size="compact-sm" variant="default" onClick={() => setForm(formOf(y))}>{t(`${E}.edit`)}</Button>
                <Button size="compact-sm" variant="outline" color="red.9" onClick={() => void remove(y.year)}>{t(`${E}.delete`)}</Button>
              </Group>
            </Group>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>{['carrierHead', 'used', 'mwh', 'factor', 'tco2e'].map((h) => <Table.Th key={h}>{t(`${E}.${h}`)}</Table.Th>)}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {y.balance.lines.map((l) => (
                  <Table.Tr key={l.carrier}>
                    <Table.Td>{`${t(`${E}.carrier.${l.carrier}`)} (${t(`${E}.scope`, { n: l.scope })})`}</Table.Td>
                    <Table.Td>{l.unit === 'l' ? `${fmt.format(l.quantity)} ${t(`${E}.litres`)} × ${fmt.format(l.kwhPerUnit)}` : `${fmt.format(l.quantity)} kWh`}</Table.Td>
                    <Table.Td>{fmt.format(l.mwh)}</Table.Td>
                    <Table.Td>{l.factor ? `${fmt.format(l.factor.tCo2ePerMwh)} (${l.factor.origin === 'override' ? t(`${E}.override`) : [l.factor.area, l.factor.year].filter(Boolean).join(', ')})` : t(`${E}.noFactor`)}</Table.Td>
                    <Table.Td>{l.tCo2e === null ? '—' : fmt.format(l.tCo2e)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">{t(`${E}.totals`, { total: fmt.format(y.balance.totalMwh), renewable: fmt.format(y.balance.renewableMwh) })}</Text>
            <Text size="sm" fw={700}>{t(`${E}.scope1Total`, { value: fmt.format(y.balance.scope1) })}</Text>
            <Text size="sm" fw={700}>{y.balance.scope2Location === null ? t(`${E}.scope2Missing`) : t(`${E}.scope2Total`, { value: fmt.format(y.balance.scope2Location) })}</Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
