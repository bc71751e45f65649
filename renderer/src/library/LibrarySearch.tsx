import { Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '@api/library';
import type { Language } from '@api/languages';
import { api } from '../api';
import { navigate } from '../router';

/** Search across the whole package as you type; a hit opens the passage. */
export function LibrarySearch({ language }: { language: Language }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 120);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    if (!debounced.trim()) return setHits(null);
    void api['library.search']({ language, text: debounced, limit: 20 }).then((r) => {
      if (mine === ticket.current && r.ok) setHits(r.value);
    });
  }, [debounced, language]);

  const open = (hit: SearchHit) => {
    setText('');
    setHits(null);
    navigate({ screen: 'library', document: hit.documentId, anchor: hit.anchor });
  };

  return (
    <Stack gap={4} pos="relative">
      <TextInput
        type="search"
        label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setText('');
          if (e.key === 'Enter' && hits?.[0]) open(hits[0]);
        }}
      />
      {hits && (
        <Paper withBorder shadow="md" p="xs" mah={420} style={{ overflowY: 'auto' }} role="region" aria-label={t('library.results')}>
          <Text size="sm" c="dimmed" role="status" aria-live="polite" px="xs">{t('library.hits', { count: hits.length })}</Text>
          <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {hits.map((hit, i) => (
              <li key={i}>
                <UnstyledButton onClick={() => open(hit)} p="xs" w="100%" className="search-hit">
                  <Text size="sm" fw={700}>{hit.documentTitle} › {hit.heading}</Text>
                  <Text size="sm">
                    {hit.snippet.map((s, j) => (s.match ? <mark key={j}>{s.text}</mark> : <span key={j}>{s.text}</span>))}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
