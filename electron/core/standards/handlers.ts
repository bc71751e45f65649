import { localDay } from '../../api/local-time';
import type { ContentLibrary } from '../library/library';
import type { PdfService } from '../pdf/pdf-service';
import { fileName } from '../pdf/pdf-service';
import type { ProcessRepository } from '../processes/repository';
import type { SettingsStore } from '../settings/store';
import type { SmeRepository } from '../smes/repository';
import type { StrategyRepository } from '../strategy/repository';
import type { SliceHandlers } from '../slice';
import { catalogueOf } from './catalogue';
import { coverageOf } from './coverage';
import { buildVsmeDraft } from './draft';
import type { StandardsRepository } from './repository';
import { draftWorkbook } from './xlsx';

/** The standards slice: tags, coverage, the SME's energy years and the VSME Basic-module draft. */
export const standardsHandlers = (deps: {
  processes: () => ProcessRepository; smes: () => SmeRepository; strategies: () => StrategyRepository; standards: () => StandardsRepository;
  library: ContentLibrary; pdfs: PdfService; settings: SettingsStore;
}): SliceHandlers<'standards'> => {
  const energyOf = (smeId: string) => deps.standards().energyYears(smeId, deps.smes().get(smeId).country);
  const sourcesOf = (processId: string, now = new Date()) => {
    const process = deps.processes().get(processId);
    const sme = deps.smes().get(process.smeId);
    const settings = deps.settings.get();
    return {
      sme, process, strategy: deps.strategies().get(processId, now), tags: deps.standards().tags(processId),
      energy: deps.standards().energyYears(sme.id, sme.country), crosswalk: deps.library.crosswalk(process.language),
      organisation: settings.organisation, facilitator: process.facilitator || settings.facilitatorName, today: localDay(now),
    };
  };
  const draft = (processId: string) => buildVsmeDraft(sourcesOf(processId));
  return {
    'standards.catalogue': ({ language }) => catalogueOf(deps.library, language),
    'standards.tags': ({ processId }) => {
      deps.processes().get(processId);
      return deps.standards().tags(processId);
    },
    'standards.setTags': ({ processId, recordKind, recordId, tags }) => deps.standards().setTags(processId, recordKind, recordId, tags),
    'standards.setDatapoint': ({ processId, indicatorId, datapoint }) => deps.standards().setDatapoint(processId, indicatorId, datapoint),
    'standards.coverage': ({ processId }) => {
      const src = sourcesOf(processId);
      return coverageOf(src.strategy, src.tags, src.crosswalk, buildVsmeDraft(src));
    },
    'standards.draft': ({ processId }) => draft(processId),
    'standards.draftPdf': ({ processId }) => deps.pdfs.vsmeDraft(draft(processId)),
    'standards.draftXlsx': async ({ processId }) => {
      const d = draft(processId);
      const bytes = await draftWorkbook(d);
      return { fileName: fileName(`${d.title} - ${d.smeName}`).replace(/\.pdf$/, '.xlsx'), base64: bytes.toString('base64') };
    },
    'standards.energyYears': ({ smeId }) => energyOf(smeId),
    'standards.saveEnergyYear': ({ smeId, data }) => {
      deps.smes().get(smeId);
      deps.standards().saveEnergyYear(smeId, data);
      return energyOf(smeId);
    },
    'standards.deleteEnergyYear': ({ smeId, year }) => {
      deps.standards().deleteEnergyYear(smeId, year);
      return energyOf(smeId);
    },
  };
};
