import { Alert, Box, Button, Group, Loader, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryToc } from '@api/contract';
import type { DocumentModel } from '@api/library';
import type { Language } from '@api/languages';
import { LANGUAGE_NAMES } from '@api/languages';
import type { Settings } from '@api/settings';
import { api } from '../api';
import { href, navigate } from '../router';
import type { Captions } from './Blocks';
import { Blocks } from './Blocks';
import { LibrarySearch } from './LibrarySearch';
import { PdfPanel } from '../ui/pdf/PdfPanel';

interface Props {
  settings: Settings;
  onSettings: (s: Settings) => void;
  document: string | null;
  anchor: string | null;
}

/** The methodology package: contents, reader, search; remembers where the facilitator was. */
export function LibraryScreen({ settings, onSettings, document: docId, anchor }: Props) {
  const { t } = useTranslation();
  const language = settings.contentLanguage;
  const [toc, setToc] = useState<LibraryToc | null>(null);
  const [doc, setDoc] = useState<DocumentModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showPdf, setShowPdf] = useState(false);

  useEffect(() => setShowPdf(false), [docId]);

  useEffect(() => {
    void api['library.toc']({ language }).then((r) => (r.ok ? setToc(r.value) : setError(r.error.code)));
  }, [language]);

  // No document in the URL: continue where the facilitator stopped reading, else at the start.
  useEffect(() => {
    if (docId || !toc) return;
    const last = settings.readerPosition;
    const known = last && toc.documents.some((d) => d.id === last.document);
    navigate({ screen: 'library', document: known ? last!.document : toc.documents[0]!.id, anchor: known ? last!.anchor : null });
  }, [docId, toc, settings.readerPosition]);

  useEffect(() => {
    if (!docId) return;
    setDoc(null);
    void api['library.document']({ language, id: docId }).then((r) => (r.ok ? setDoc(r.value) : setError(r.error.code)));
  }, [docId, language]);

  useEffect(() => {
    // Moving to another document changes the anchor at once but the document only once loaded:
    // until then `doc` is the previous one, and that pair must not be stored as the place.
    if (!doc || doc.id !== docId) return;
    const target = anchor ? window.document.getElementById(anchor) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.setAttribute('data-highlight', 'true');
    } else window.scrollTo({ top: 0 });
    // Saved at once (these are discrete moves, not scrolling); readiness is signalled once stored.
    void api['settings.update']({ readerPosition: { document: doc.id, anchor } }).then((r) => {
      if (r.ok) onSettings(r.value);
      window.document.body.dataset.readerReady = `${doc.id}:${anchor ?? ''}`;
    });
    // Runs when the document or the anchor changes.
  }, [doc, docId, anchor]);

  const captions: Captions = useMemo(
    () => ({ time: t('library.time'), minutes: t('library.min'), method: t('library.method'), facilitator: t('library.facilitator'), participants: t('library.participants'), worksheet: t('library.worksheet') }),
    [t],
  );

  if (error) return <Alert color="red" role="alert">{t(`errors.${error}`, { defaultValue: t('errors.internal') })}</Alert>;
  if (!toc) return <Loader role="status" aria-label={t('common.loading')} />;
  const index = toc.documents.findIndex((d) => d.id === docId);
  const prev = index > 0 ? toc.documents[index - 1] : null;
  const next = index >= 0 && index < toc.documents.length - 1 ? toc.documents[index + 1] : null;

  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <Box w={{ base: 240, lg: 300 }} style={{ flexShrink: 0, position: 'sticky', top: 76 }}>
        <Stack gap="sm">
          <LibrarySearch language={language as Language} />
          <Title order={2} size="h5" mt="sm">{t('library.contents')}</Title>
          <ScrollArea h="calc(100vh - 260px)" type="auto">
            <nav aria-label={t('library.contents')}>
              {toc.documents.map((d) => (
                <NavLink key={d.id} href={href({ screen: 'library', document: d.id, anchor: null })} label={d.title} active={d.id === docId} variant="filled" opened={d.id === docId} childrenOffset={12}>
                  {d.id === docId && d.sections.filter((s) => s.level === 2).map((s) => (
                    <NavLink key={s.anchor} href={href({ screen: 'library', document: d.id, anchor: s.anchor })} label={s.text} active={s.anchor === anchor} />
                  ))}
                </NavLink>
              ))}
            </nav>
          </ScrollArea>
        </Stack>
      </Box>
      {/* min-width 0: a wide worksheet table scrolls inside the article instead of widening the page. */}
      <Box component="article" maw={860} style={{ flex: '1 1 0', minWidth: 0 }} lang={toc.language}>
        {toc.language !== toc.requested && (
          <Alert color="yellow" mb="md">{t('library.fallback', { language: LANGUAGE_NAMES[toc.requested as Language] })}</Alert>
        )}
        {!doc ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : (
          <>
            <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" c="dimmed">{toc.title}</Text>
                <Title order={2}>{doc.title}</Title>
              </Stack>
              <Button variant="default" onClick={() => setShowPdf(!showPdf)}>{showPdf ? t('pdf.close') : t('pdf.open')}</Button>
            </Group>
            {showPdf ? <PdfPanel reloadKey={`${toc.language}:${doc.id}`} load={() => api['library.pdf']({ language: toc.language as Language, id: doc.id })} /> : <Blocks blocks={doc.blocks} captions={captions} />}
            <Group justify="space-between" mt="xl" mb="xl">
              {prev ? <Button variant="default" component="a" href={href({ screen: 'library', document: prev.id, anchor: null })}>← {t('library.previous', { title: prev.title })}</Button> : <span />}
              {next ? <Button variant="default" component="a" href={href({ screen: 'library', document: next.id, anchor: null })}>{t('library.next', { title: next.title })} →</Button> : <span />}
            </Group>
          </>
        )}
      </Box>
    </Group>
  );
}
