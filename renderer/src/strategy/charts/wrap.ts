/**
 * Splits a label into lines of about `width` characters at spaces, for SVG text (which does not
 * wrap by itself); after `maxLines` lines the rest is cut with an ellipsis. Long Greek or
 * Lithuanian words stay whole and simply make their line longer.
 */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '') || kept[maxLines - 1]!}…`;
  return kept;
}
