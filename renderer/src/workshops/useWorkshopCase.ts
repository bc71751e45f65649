import { useEffect, useState } from 'react';
import type { AgendaRow, DocumentModel, WorksheetView } from '../../../electron/api/doc';
import type { ProcessRecord, WorkshopRecord } from '../../../electron/api/process';
import type { Sme } from '../../../electron/api/sme';
import { api, must } from '../api';
import { allSaved } from './storage';

export interface WorkshopCase {
  record: WorkshopRecord;
  process: ProcessRecord;
  sme: Sme | null;
  /** The facilitator's guide of this workshop, in the process's language. */
  guide: DocumentModel;
  agenda: AgendaRow[];
  /** The worksheets the agenda uses, in agenda order (the self-evaluation is not one of them). */
  worksheets: WorksheetView[];
}

/**
 * Everything one workshop screen needs: the record, its process (whose language the agenda and
 * worksheets are shown in, whatever the interface language), the SME and the package parts.
 */
export function useWorkshopCase(id: string) {
  const [data, setData] = useState<WorkshopCase | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await allSaved();
        const record = await must(api['workshops.get']({ id }));
        const process = await must(api['processes.get']({ id: record.processId }));
        const language = process.language;
        const [sme, guide] = await Promise.all([api['smes.get']({ id: process.smeId }), must(api['library.document']({ language, id: `w${record.number}` }))]);
        const agenda = guide.blocks.flatMap((b) => (b.type === 'agenda' ? b.rows : []));
        const sheetIds = [...new Set(agenda.flatMap((r) => (r.worksheet ? [r.worksheet.id] : [])))];
        const sheets = await Promise.all(sheetIds.map((ws) => api['library.worksheet']({ language, id: ws })));
        const worksheets = sheets.flatMap((r) => (r.ok ? [r.value] : []));
        if (live) setData({ record, process, sme: sme.ok ? sme.value : null, guide, agenda, worksheets });
      } catch (e) {
        const code = (e as { appError?: { code: string } }).appError?.code ?? 'internal';
        if (live) setError(code);
      }
    })();
    return () => {
      live = false;
    };
  }, [id]);

  const setRecord = (record: WorkshopRecord) => setData((d) => (d ? { ...d, record } : d));
  return { data, error, setRecord };
}
