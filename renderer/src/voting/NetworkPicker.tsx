import { NativeSelect, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkChoice } from '@api/voting';
import { api } from '../api';

/** The network the phones are on: this computer's addresses, a private one (hotspot, Wi-Fi) first. */
export function NetworkPicker({ value, onChange }: { value: string; onChange: (address: string) => void }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<NetworkChoice[]>([]);
  useEffect(() => {
    void api['voting.interfaces']().then((r) => {
      if (!r.ok) return;
      setChoices(r.value);
      if (!value && r.value[0]) onChange(r.value[0].address);
    });
    // Asked once per dialog: the first choice becomes the default only when nothing was picked.
  }, []);
  const kind = (c: NetworkChoice) => t(c.loopback ? 'voting.loopback' : c.private ? 'voting.private' : 'voting.public');
  return (
    <>
      <NativeSelect
        label={t('voting.network')}
        description={t('voting.networkHint')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={choices.map((c) => ({ value: c.address, label: `${c.address} · ${c.name} (${kind(c)})` }))}
      />
      <Text size="sm" fw={600} role="note">⚠ {t('voting.warning')}</Text>
    </>
  );
}
