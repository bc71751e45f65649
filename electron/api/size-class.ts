// Apart from smes.ts (and its schemas) so the SME list's size filter needs no validation library.
export type SizeClass = 'micro' | 'small' | 'medium' | 'large';
export const SIZE_CLASSES: readonly SizeClass[] = ['micro', 'small', 'medium', 'large'];

/** EU size class by headcount: micro < 10, small < 50, medium < 250; 250+ is not an SME. */
export function sizeClassOf(employees: number | null | undefined): SizeClass | null {
  if (employees === null || employees === undefined) return null;
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  if (employees < 250) return 'medium';
  return 'large';
}
