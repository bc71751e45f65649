import { Alert, Group, Loader, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfFile } from '@api/contract';
import type { Result } from '@api/result';

// pdf.js is large: load the viewer only when a PDF is opened.
const PdfViewer = lazy(() => import('./PdfViewer').then((m) => ({ default: m.PdfViewer })));

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Asks the app for a PDF (with a progress indicator while it is made) and shows it. */
export function PdfPanel({ load, reloadKey }: { load: () => Promise<Result<PdfFile>>; reloadKey: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<(PdfFile & { bytes: Uint8Array }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setFile(null);
    setError(null);
    void load().then((r) => {
      if (!live) return;
      if (r.ok) setFile({ ...r.value, bytes: decode(r.value.base64) });
      else setError(r.error.code);
    });
    return () => {
      live = false;
    };
    // `reloadKey` names what is loaded; `load` is a new closure on every render.
  }, [reloadKey]);

  if (error) return <Alert color="red" role="alert">{t(`errors.${error}`, { defaultValue: t('errors.internal') })}</Alert>;
  const making = (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{t('pdf.making')}</Text>
    </Group>
  );
  if (!file) return making;
  return (
    <Suspense fallback={making}>
      <PdfViewer key={reloadKey} data={file.bytes} fileName={file.fileName} />
    </Suspense>
  );
}
