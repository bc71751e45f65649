import { Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../router';
import type { Current } from './undo';
import { placeOf, UNDO_SECONDS, useUndoOffer, withdrawUndo } from './undo';

/**
 * "… deleted — Undo" at the foot of the window after a delete. It goes after UNDO_SECONDS, but
 * not while the pointer is on it or the keyboard in it (time enough to read and reach it), and
 * when another screen is opened: the undo belongs to what was on screen.
 */
export function UndoNotice() {
  const offer = useUndoOffer();
  const place = placeOf(useRoute());
  useEffect(() => {
    if (offer && offer.place !== place) withdrawUndo(offer.id);
  }, [offer, place]);
  return offer && offer.place === place ? <Offer key={offer.id} offer={offer} /> : null;
}

function Offer({ offer }: { offer: Current }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const paused = held.pointer || held.focus || busy;
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => withdrawUndo(offer.id), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [offer.id, paused]);

  const undo = async () => {
    setBusy(true);
    const ok = await offer.undo();
    setBusy(false);
    if (ok) withdrawUndo(offer.id);
    else setFailed(true);
  };
  return (
    <Paper
      role="status"
      aria-label={t('undo.label')}
      shadow="md"
      withBorder
      px="md"
      py="xs"
      style={{ position: 'fixed', bottom: 24, left: '50%', transform: 'translateX(-50%)', zIndex: 300, maxWidth: 'min(640px, calc(100vw - 32px))' }}
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={() => setHeld((h) => ({ ...h, focus: false }))}
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm">{failed ? t('undo.failed') : offer.message}</Text>
        <Button size="compact-sm" onClick={() => void undo()} loading={busy}>{t('undo.undo')}</Button>
        <CloseButton size="sm" aria-label={t('common.close')} onClick={() => withdrawUndo(offer.id)} />
      </Group>
    </Paper>
  );
}
