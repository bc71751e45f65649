import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../api/result';
import { scoreEvaluation } from '../../api/scoring';
import type { Evaluation, EvaluationInput, EvaluationParticipant, EvaluationParticipantInput } from '../../api/strategy';
import type { z } from 'zod';
import type { Db } from '../db/open';
import type { SelfEvaluationStructure } from '../library/schema';

const notFound = (what: string, id: string) => new AppFailure('not_found', `No ${what} with id ${id}`);
const invalid = (path: string, code: string) => new AppFailure('validation', `${path}: ${code}`, [{ path, code }]);

/** Every statement of one edition, asked today or retired, in the order of the sheet. */
export function editionStatements(se: SelfEvaluationStructure, edition: number) {
  return [...se.items, ...se.retired].filter((i) => i.editions.includes(edition));
}

/**
 * Self-evaluations of a process: the agreed scores, the edition of the statements they were
 * scored with, and each participant's own scores where the facilitator kept them.
 */
export class EvaluationStore {
  constructor(
    private readonly db: Db,
    private readonly selfEvaluation: () => SelfEvaluationStructure,
  ) {}

  list(processId: string): Evaluation[] {
    const se = this.selfEvaluation();
    const scoreRows = this.db
      .prepare('SELECT s.* FROM self_evaluation_scores s JOIN self_evaluations e ON e.id = s.evaluation_id WHERE e.process_id = ?')
      .all(processId) as { evaluation_id: string; item_id: string; score: number }[];
    const people = this.db
      .prepare(`SELECT p.* FROM self_evaluation_participants p JOIN self_evaluations e ON e.id = p.evaluation_id
                WHERE e.process_id = ? ORDER BY p.position`)
      .all(processId) as { id: string; evaluation_id: string; name: string }[];
    const peopleScores = this.db
      .prepare(`SELECT s.* FROM self_evaluation_participant_scores s JOIN self_evaluation_participants p ON p.id = s.participant_id
                JOIN self_evaluations e ON e.id = p.evaluation_id WHERE e.process_id = ?`)
      .all(processId) as { participant_id: string; item_id: string; score: number }[];
    const rows = this.db.prepare('SELECT * FROM self_evaluations WHERE process_id = ? ORDER BY taken_on, rowid').all(processId) as
      { id: string; kind: Evaluation['kind']; taken_on: string; note: string; edition: number; updated_at: string }[];
    return rows.map((e): Evaluation => {
      const scores = Object.fromEntries(scoreRows.filter((s) => s.evaluation_id === e.id).map((s) => [s.item_id, s.score]));
      const participants = people
        .filter((p) => p.evaluation_id === e.id)
        .map((p): EvaluationParticipant => ({ id: p.id, name: p.name, scores: Object.fromEntries(peopleScores.filter((s) => s.participant_id === p.id).map((s) => [s.item_id, s.score])) }));
      return {
        id: e.id, kind: e.kind, takenOn: e.taken_on, note: e.note, edition: e.edition, scores, participants,
        result: scoreEvaluation(editionStatements(se, e.edition), scores), updatedAt: e.updated_at,
      };
    });
  }

  /** A new evaluation is scored with the edition asked today. */
  create(processId: string, data: z.output<typeof EvaluationInput>, now: Date): string {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO self_evaluations (id, process_id, kind, taken_on, note, edition, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, processId, data.kind, data.takenOn, data.note, this.selfEvaluation().edition, now.toISOString());
    return id;
  }

  /** The process of an evaluation, and the statement ids its edition has. */
  evaluation(id: string): { processId: string; statements: Set<string> } {
    const row = this.db.prepare('SELECT process_id, edition FROM self_evaluations WHERE id = ?').get(id) as { process_id: string; edition: number } | undefined;
    if (!row) throw notFound('self-evaluation', id);
    return { processId: row.process_id, statements: new Set(editionStatements(this.selfEvaluation(), row.edition).map((i) => i.id)) };
  }

  /** One agreed score (null clears it), for a statement of the evaluation's own edition. */
  setScore(id: string, itemId: string, score: number | null, now: Date): { updatedAt: string } {
    const { statements } = this.evaluation(id);
    if (!statements.has(itemId)) throw invalid('itemId', 'unknown_item');
    return this.write(id, () => {
      if (score === null) this.db.prepare('DELETE FROM self_evaluation_scores WHERE evaluation_id = ? AND item_id = ?').run(id, itemId);
      else
        this.db
          .prepare(`INSERT INTO self_evaluation_scores (evaluation_id, item_id, score) VALUES (?, ?, ?)
                    ON CONFLICT (evaluation_id, item_id) DO UPDATE SET score = excluded.score`)
          .run(id, itemId, score);
    }, now);
  }

  /** Adds a participant at the end (no id) or renames one; returns its id. */
  saveParticipant(evaluationId: string, id: string | undefined, data: z.output<typeof EvaluationParticipantInput>, now: Date): string {
    this.evaluation(evaluationId);
    const saved = id ?? randomUUID();
    this.write(evaluationId, () => {
      if (id) {
        const r = this.db.prepare('UPDATE self_evaluation_participants SET name = ? WHERE id = ? AND evaluation_id = ?').run(data.name, id, evaluationId);
        if (r.changes === 0) throw notFound('participant', id);
        return;
      }
      const { n } = this.db.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM self_evaluation_participants WHERE evaluation_id = ?').get(evaluationId) as { n: number };
      this.db.prepare('INSERT INTO self_evaluation_participants (id, evaluation_id, position, name) VALUES (?, ?, ?, ?)').run(saved, evaluationId, n, data.name);
    }, now);
    return saved;
  }

  deleteParticipant(id: string, now: Date): string {
    const evaluationId = this.participantsEvaluation(id);
    this.write(evaluationId, () => this.db.prepare('DELETE FROM self_evaluation_participants WHERE id = ?').run(id), now);
    return this.evaluation(evaluationId).processId;
  }

  /** One participant's own score (null clears it), for a statement of the evaluation's edition. */
  setParticipantScore(id: string, itemId: string, score: number | null, now: Date): { updatedAt: string } {
    const evaluationId = this.participantsEvaluation(id);
    if (!this.evaluation(evaluationId).statements.has(itemId)) throw invalid('itemId', 'unknown_item');
    return this.write(evaluationId, () => {
      if (score === null) this.db.prepare('DELETE FROM self_evaluation_participant_scores WHERE participant_id = ? AND item_id = ?').run(id, itemId);
      else
        this.db
          .prepare(`INSERT INTO self_evaluation_participant_scores (participant_id, item_id, score) VALUES (?, ?, ?)
                    ON CONFLICT (participant_id, item_id) DO UPDATE SET score = excluded.score`)
          .run(id, itemId, score);
    }, now);
  }

  private participantsEvaluation(id: string): string {
    const row = this.db.prepare('SELECT evaluation_id FROM self_evaluation_participants WHERE id = ?').get(id) as { evaluation_id: string } | undefined;
    if (!row) throw notFound('participant', id);
    return row.evaluation_id;
  }

  /** Runs a change and stamps the evaluation, in one transaction. */
  private write(evaluationId: string, change: () => void, now: Date): { updatedAt: string } {
    const stamp = now.toISOString();
    this.db.transaction(() => {
      change();
      this.db.prepare('UPDATE self_evaluations SET updated_at = ? WHERE id = ?').run(stamp, evaluationId);
    })();
    return { updatedAt: stamp };
  }
}
