import type { WorkshopRecord, WorkshopSummary } from '../../api/workshops';

/**
 * A workshop's row as stored, and its summary in a process's list of six. It lives with the process
 * that lists its workshops; the workshop record builds on it.
 */
export interface WorkshopRow { id: string; process_id: string; number: number; planned_at: string | null; place: string; status: WorkshopRecord['status']; duration_minutes: number | null; notes: string; minutes_notes: string; decisions: string; updated_at: string; open_homework?: number; overdue_homework?: number }

export function toSummary(row: WorkshopRow): WorkshopSummary {
  return {
    id: row.id, processId: row.process_id, number: row.number, plannedAt: row.planned_at, place: row.place,
    status: row.status, durationMinutes: row.duration_minutes, updatedAt: row.updated_at, openHomework: row.open_homework ?? 0,
    overdueHomework: row.overdue_homework ?? 0,
  };
}
