import { Alert, Group, Loader, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfFile } from '../../../electron/api/contract';
import type { Language } from '../../../electron/api/languages';
import { api } from '../api';

// pdf.js is large: load the viewer only when a PDF is opened.
const PdfViewer = lazy(() => import('../pdf/PdfViewer').then((m) => ({ default: m.PdfViewer })));

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Makes the document's PDF (with a progress indicator) and shows it. */
export function PdfPanel({ language, id }: { language: string; id: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<(PdfFile & { bytes: Uint8Array }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setFile(null);
    void api['library.pdf']({ language: language as Language, id }).then((r) => {
      if (!live) return;
      if (r.ok) setFile({ ...r.value, bytes: decode(r.value.base64) });
      else setError(r.error.code);
    });
    return () => {
      live = false;
    };
  }, [language, id]);

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
      <PdfViewer data={file.bytes} fileName={file.fileName} />
    </Suspense>
  );
}
