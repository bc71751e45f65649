import type { AnswerValue, Homework, Participant } from '../../api/workshops';
import type { WorksheetView } from '../../api/library';
import type { ItemResult, RoundKind } from '../../api/voting';
import type { ScoredItem } from '../../api/scoring';
import type { Sme } from '../../api/smes';
import type { StrategyRecord } from '../../api/strategy';

// What the PDFs print, as the PDF module takes it: each feature gathers its document's input from
// its records (workshops/minutes, strategy/report) and hands it down here to be drawn.

/** A closed voting round of the workshop as the minutes print it: results, never who answered what. */
export interface MinutesVote {
  kind: RoundKind;
  /** Phones that answered. */
  phones: number;
  items: ItemResult[];
  /** A quick question's options, in order. */
  options: string[];
}

/** What the minutes PDF prints: gathered by the workshop feature (workshops/minutes), only drawn here. */
export interface MinutesInput {
  language: string;
  packageTitle: string;
  workshopTitle: string;
  smeName: string;
  /** Local "YYYY-MM-DDTHH:MM" or null. */
  plannedAt: string | null;
  place: string;
  facilitator: string;
  organisation: string;
  participants: Participant[];
  /** The agenda as held: minutes actually used, and the planned minutes where they differ. */
  agenda: { id: string; title: string; start: number; minutes: number; planned: number }[];
  worksheets: { view: WorksheetView; answers: Record<string, AnswerValue> }[];
  decisions: string;
  /** The notes written for the minutes; the facilitator's private notes never come here. */
  notes: string;
  homework: Homework[];
  votes: MinutesVote[];
}

/** Everything the strategy reports (strategy, progress report, owner's summary) show. */
export interface StrategyReportInput {
  /** The process's language: captions and package text are in it (package text falls back to English). */
  language: string;
  packageTitle: string;
  sme: Pick<Sme, 'name' | 'city' | 'employees' | 'sizeClass' | 'founded' | 'website'> & {
    /** Names in the report language. */
    country: string;
    /** The currency of the SME's amounts (its country's). */
    currency: string;
    sector: string;
  };
  process: { title: string; startDate: string; facilitator: string };
  organisation: string;
  strategy: StrategyRecord;
  /** Every self-evaluation statement of every edition (structure), and their text, item id -> statement. */
  items: (ScoredItem & { editions: number[] })[];
  statements: Record<string, string>;
  /** The date the report is made, YYYY-MM-DD. */
  today: string;
}
