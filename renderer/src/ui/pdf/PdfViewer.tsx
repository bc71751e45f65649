import 'react-pdf/dist/Page/TextLayer.css';
import { ActionIcon, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Document, Page, pdfjs } from 'react-pdf';
import workerUrl from 'pdfjs-worker?url';
import { api } from '../../api';

// Set in the module that renders <Document>, so the worker is configured before first use.
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const ZOOMS = [0.6, 0.8, 1, 1.25, 1.5, 2];

/** Shows a PDF made by the app (pages, zoom, page number) and offers Save a copy and Print. */
export function PdfViewer({ data, fileName }: { data: Uint8Array; fileName: string }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(2);
  const [printing, setPrinting] = useState(false);
  const [printNote, setPrintNote] = useState<'pdf.printOpened' | 'pdf.printFailed' | 'pdf.printInTab' | 'pdf.printBlocked' | null>(null);
  const [file] = useState(() => ({ data: data.slice() }));
  // The page count on <body> tells tests which PDF is shown; it goes with the viewer.
  useEffect(() => () => void delete document.body.dataset.pdfPages, []);

  const save = () => {
    const url = URL.createObjectURL(new Blob([data.slice()], { type: 'application/pdf' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  // The real PDF is printed, never a picture of the screen: the desktop app hands the file to the
  // system's PDF viewer; in the browser the file opens in the browser's own viewer, which prints it.
  const print = async () => {
    setPrintNote(null);
    if (window.api) {
      setPrinting(true);
      const r = await api['app.printPdf']({ fileName, base64: toBase64(data) });
      setPrinting(false);
      setPrintNote(r.ok ? 'pdf.printOpened' : 'pdf.printFailed');
      return;
    }
    const url = URL.createObjectURL(new Blob([data.slice()], { type: 'application/pdf' }));
    const tab = window.open(url, '_blank');
    setPrintNote(tab ? 'pdf.printInTab' : 'pdf.printBlocked');
    setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  };
  const pageNumbers = [page];

  return (
    <Stack gap="sm">
      <Group justify="space-between" className="no-print">
        <Group gap="xs">
          <ActionIcon variant="default" size="lg" aria-label={t('pdf.previousPage')} disabled={page <= 1} onClick={() => setPage(page - 1)}>‹</ActionIcon>
          <Text size="sm" role="status" data-testid="pdf-page">{pages > 0 ? t('pdf.pageOf', { page, pages }) : ''}</Text>
          <ActionIcon variant="default" size="lg" aria-label={t('pdf.nextPage')} disabled={page >= pages} onClick={() => setPage(page + 1)}>›</ActionIcon>
          <ActionIcon variant="default" size="lg" aria-label={t('pdf.zoomOut')} disabled={zoom === 0} onClick={() => setZoom(zoom - 1)}>−</ActionIcon>
          <Text size="sm" w={48} ta="center">{Math.round(ZOOMS[zoom]! * 100)} %</Text>
          <ActionIcon variant="default" size="lg" aria-label={t('pdf.zoomIn')} disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)}>+</ActionIcon>
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={save}>{t('pdf.save')}</Button>
          <Button onClick={() => void print()} loading={printing}>{t('pdf.print')}</Button>
        </Group>
      </Group>
      {printNote && <Text size="sm" role="status" c={printNote === 'pdf.printFailed' || printNote === 'pdf.printBlocked' ? 'red.9' : undefined} className="no-print">{t(printNote)}</Text>}
      <Paper withBorder p="md" bg="gray.1" style={{ overflow: 'auto' }} className="pdf-pages">
        <Document
          // Classic loading state: with suspense the viewer's state would be thrown away on every
          // suspension and the bytes reloaded in a loop.
          suspense={false}
          file={file}
          loading={<Loader role="status" aria-label={t('common.loading')} />}
          error={<Text c="red">{t('pdf.cannotShow')}</Text>}
          onLoadSuccess={(doc) => {
            setPages(doc.numPages);
            document.body.dataset.pdfPages = String(doc.numPages);
          }}
        >
          {pageNumbers.map((n) => (
            <Page
              key={n}
              pageNumber={n}
              scale={ZOOMS[zoom]}
              renderAnnotationLayer={false}
              className="pdf-page"
            />
          ))}
        </Document>
      </Paper>
    </Stack>
  );
}

/** Bytes as base64 for the desktop app's print channel, in slices (a spread of megabytes would overflow the stack). */
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
