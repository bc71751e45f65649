import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';

const SmeOfDrafts = createContext<string | null>(null);

/** The SME whose case file the editors below belong to: their drafts go when it is purged. */
export function DraftsOf({ sme, children }: { sme: string; children: ReactNode }) {
  return <SmeOfDrafts.Provider value={sme}>{children}</SmeOfDrafts.Provider>;
}

export const useDraftOwner = () => useContext(SmeOfDrafts);
