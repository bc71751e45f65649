import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { ProcessTags, StandardsCatalogue, TaggedRecord, TagsInput } from '@api/standards';
import { api } from '../api';

export interface StandardsState {
  catalogue: StandardsCatalogue;
  tags: ProcessTags;
  setTags: (kind: TaggedRecord, recordId: string, tags: TagsInput) => Promise<boolean>;
  setDatapoint: (indicatorId: string, datapoint: string | null) => Promise<boolean>;
}

const Standards = createContext<StandardsState | null>(null);

/**
 * The codes (in the process's language) and the tags of one process, shared by every tab that
 * shows them, so a tag set on an objective shows at once in the coverage. Tags save on the
 * click: a choice from a list has nothing half-typed to wait for.
 */
export function StandardsProvider({ processId, language, children }: { processId: string; language: string; children: ReactNode }) {
  const [catalogue, setCatalogue] = useState<StandardsCatalogue | null>(null);
  const [tags, setTagsState] = useState<ProcessTags | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api['standards.catalogue']({ language: language as never }), api['standards.tags']({ processId })]).then(([c, t]) => {
      if (!live) return;
      if (c.ok) setCatalogue(c.value);
      if (t.ok) setTagsState(t.value);
    });
    return () => {
      live = false;
    };
  }, [processId, language]);
  const setTags = useCallback(async (recordKind: TaggedRecord, recordId: string, next: TagsInput) => {
    const r = await api['standards.setTags']({ processId, recordKind, recordId, tags: next });
    if (r.ok) setTagsState(r.value);
    return r.ok;
  }, [processId]);
  const setDatapoint = useCallback(async (indicatorId: string, datapoint: string | null) => {
    const r = await api['standards.setDatapoint']({ processId, indicatorId, datapoint });
    if (r.ok) setTagsState(r.value);
    return r.ok;
  }, [processId]);
  const value = catalogue && tags ? { catalogue, tags, setTags, setDatapoint } : null;
  return <Standards.Provider value={value}>{children}</Standards.Provider>;
}

/** Null until the codes and tags are loaded (or outside a strategy screen): callers show nothing then. */
export const useStandards = () => useContext(Standards);
