import type { DocumentStrings } from '../locales';
import { countOf, localeStrings } from '../locales';

/**
 * The captions of the documents the SME takes home, in the document's language (the process's or
 * the package's, whatever the interface shows). The text is in locales/<lng>/documents.json; the
 * names of stored codes (perspectives, groups, statuses…) are the interface's own, so the paper
 * and the screen call a thing the same. Nothing here loads react-pdf: file names need captions too.
 */

export type MinutesCaptions = DocumentStrings['common'] & DocumentStrings['minutes'];
export type PackageCaptions = Pick<DocumentStrings['common'], 'sme' | 'date' | 'participants' | 'facilitator' | 'organisation'> & DocumentStrings['package'];

export function minutesCaptions(language: string): MinutesCaptions {
  const { common, minutes } = localeStrings(language, 'documents');
  return { ...common, ...minutes };
}

/** The lines the app adds to a package document or a handout (title block, handout head). */
export function packageCaptions(language: string): PackageCaptions {
  const { common: { sme, date, participants, facilitator, organisation }, package: own } = localeStrings(language, 'documents');
  return { sme, date, participants, facilitator, organisation, ...own };
}

export function reportCaptions(language: string) {
  const { common, report } = localeStrings(language, 'documents');
  const ui = localeStrings(language, 'translation').strategy;
  return {
    ...common,
    ...report,
    employees: (count: number, shown: string) => countOf(report, 'employees', count, language, shown),
    perspective: ui.perspective,
    relationshipName: ui.relationship,
    groupName: ui.group,
    evaluationKind: ui.evaluationKind,
    activityKind: ui.activityKind,
    activityStatus: ui.activityStatus,
    learningMethod: ui.learningHow,
    light: ui.light,
    relationshipLegend: ui.charts.legend,
    relationshipLevel: ui.charts.relationshipLevel as Record<string, string>,
  };
}
export type ReportCaptions = ReturnType<typeof reportCaptions>;

/** The VSME draft's captions: the PDF and the spreadsheet of the draft print the same words. */
export type VsmeCaptions = ReturnType<typeof vsmeCaptions>;
export function vsmeCaptions(language: string) {
  const { vsme } = localeStrings(language, 'documents');
  return { ...vsme, summary: (count: number) => countOf(vsme, 'summary', count, language) };
}
