import type { PlannedRow } from '@api/agenda';
import { plannedAgenda } from '@api/agenda';
import type { AgendaRow, DocumentModel, WorksheetView } from '@api/library';
import type { ProcessRecord } from '@api/processes';
import type { WorkshopRecord } from '@api/workshops';
import type { Sme } from '@api/smes';
import { api, must } from '../api';
import { useLoad } from '../ui/useLoad';

export interface WorkshopCase {
  record: WorkshopRecord;
  process: ProcessRecord;
  sme: Sme | null;
  /** The facilitator's guide of this workshop, in the process's language. */
  guide: DocumentModel;
  /** The guide's agenda, as the methodology package has it. */
  guideAgenda: AgendaRow[];
  /** The agenda this workshop follows: the guide's, or as the facilitator adapted it. */
  agenda: PlannedRow[];
  /** The worksheets the guide's agenda uses, in its order (the self-evaluation is not one of them). */
  worksheets: WorksheetView[];
}

/**
 * Everything one workshop screen needs: the record, its process (whose language the agenda and
 * worksheets are shown in, whatever the interface language), the SME and the package parts.
 */
export function useWorkshopCase(id: string) {
  const load = useLoad(async (): Promise<WorkshopCase> => {
    const record = await must(api['workshops.get']({ id }));
    const process = await must(api['processes.get']({ id: record.processId }));
    const language = process.language;
    const [sme, guide] = await Promise.all([api['smes.get']({ id: process.smeId }), must(api['library.document']({ language, id: `w${record.number}` }))]);
    const guideAgenda = guide.blocks.flatMap((b) => (b.type === 'agenda' ? b.rows : []));
    // Every worksheet of the guide, even one whose block was taken out: its answers stay.
    const sheetIds = [...new Set(guideAgenda.flatMap((r) => (r.worksheet ? [r.worksheet.id] : [])))];
    const sheets = await Promise.all(sheetIds.map((ws) => api['library.worksheet']({ language, id: ws })));
    const worksheets = sheets.flatMap((r) => (r.ok ? [r.value] : []));
    return { record, process, sme: sme.ok ? sme.value : null, guide, guideAgenda, agenda: plannedAgenda(guideAgenda, record.agenda), worksheets };
  }, [id]);
  const setRecord = (record: WorkshopRecord) => load.set((d) => ({ ...d, record, agenda: plannedAgenda(d.guideAgenda, record.agenda) }));
  return { load, setRecord };
}
