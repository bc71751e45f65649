import { localDay } from '../../api/local-time';
import type { Settings } from '../../api/settings';
import type { ContentLibrary } from '../library/library';
import type { ProcessRepository } from '../processes/repository';
import type { SmeRepository } from '../smes/repository';
import type { StrategyRepository } from './repository';
import { currencyOf } from '../../api/numbers';
import { sectorLabel } from '../../api/nace';
import { sectorNames } from '../smes/sector-names';
import type { StrategyReportInput } from '../pdf/inputs';


/** Gathers a report's data from the records, in the process's language. */
export function gatherStrategyReport(
  processId: string,
  deps: { processes: ProcessRepository; smes: SmeRepository; strategies: StrategyRepository; library: ContentLibrary; settings: Settings },
  now = new Date(),
): StrategyReportInput {
  const process = deps.processes.get(processId);
  const sme = deps.smes.get(process.smeId);
  const language = process.language;
  const selfEvaluation = deps.library.document(language, 'self-evaluation');
  const text = deps.library.selfEvaluationText(language);
  const statements: Record<string, string> = { ...text.retired, ...text.items };
  const se = deps.library.getStructure().selfEvaluation;
  let country = sme.country;
  try {
    country = new Intl.DisplayNames([language], { type: 'region' }).of(sme.country) ?? sme.country;
  } catch {
    // An unknown code is shown as it is.
  }
  return {
    language,
    packageTitle: selfEvaluation.packageTitle,
    sme: {
      name: sme.name, city: sme.city, employees: sme.employees, sizeClass: sme.sizeClass, founded: sme.founded, website: sme.website,
      country, currency: currencyOf(sme.country), sector: sme.sector ? sectorLabel(sme.sector, sectorNames(language)) : '',
    },
    process: { title: process.title, startDate: process.startDate, facilitator: process.facilitator || deps.settings.facilitatorName },
    organisation: deps.settings.organisation,
    strategy: deps.strategies.get(processId, now),
    items: [...se.items, ...se.retired].map((i) => ({ id: i.id, perspective: i.perspective, relationship: i.relationship ?? null, editions: i.editions })),
    statements,
    today: localDay(now),
  };
}
