import type { DocumentModel, SelfEvaluationEditions } from '@api/library';
import type { ScoredItem } from '@api/scoring';
import type { Perspective, Relationship } from '@api/strategy';
import { PERSPECTIVES, RELATIONSHIPS } from '@api/strategy';

export interface Statement extends ScoredItem {
  /** Position on the sheet, from 1, as the owner reads it. */
  n: number;
  text: string;
}

export interface SelfEvaluationSheet {
  statements: Statement[];
  scale: { value: number; label: string; description: string }[];
}

const isPerspective = (v: string): v is Perspective => (PERSPECTIVES as readonly string[]).includes(v);
const isRelationship = (v: string | null): v is Relationship => v !== null && (RELATIONSHIPS as readonly string[]).includes(v);

/**
 * The statements and the scale of the package's self-evaluation, read from its document in the
 * process's language, so the sheet shows the words the SME's workshops use.
 */
export function readSheet(doc: DocumentModel): SelfEvaluationSheet {
  const statements: Statement[] = [];
  let scale: SelfEvaluationSheet['scale'] = [];
  for (const block of doc.blocks) {
    if (block.type === 'scale') scale = block.points;
    if (block.type !== 'statements' || !isPerspective(block.perspective)) continue;
    for (const item of block.items) {
      statements.push({
        id: item.id,
        n: statements.length + 1,
        text: item.text,
        perspective: block.perspective,
        relationship: isRelationship(item.relationshipCode) ? item.relationshipCode : null,
      });
    }
  }
  return { statements, scale };
}

/** A statement as an objective's title (the title field holds at most 200 characters). */
export function objectiveTitle(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= 200 ? trimmed : `${trimmed.slice(0, 199).trimEnd()}…`;
}

/**
 * The statements of one edition, numbered as its sheet had them: an evaluation made with an
 * earlier edition shows the statements it was scored on, retired ones included.
 */
export function editionStatements(editions: SelfEvaluationEditions, edition: number): Statement[] {
  return editions.statements
    .filter((s) => s.editions.includes(edition) && isPerspective(s.perspective))
    // Grouped by perspective as the sheet is; a retired statement follows the asked ones of its perspective.
    .sort((a, b) => PERSPECTIVES.indexOf(a.perspective as Perspective) - PERSPECTIVES.indexOf(b.perspective as Perspective))
    .map((s, i) => ({ id: s.id, n: i + 1, text: s.text, perspective: s.perspective as Perspective, relationship: isRelationship(s.relationship) ? s.relationship : null }));
}
