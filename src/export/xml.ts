// Minimal XML escaping for the exporters; attribute and text content only.
export function xmlEscape(value: unknown): string {
  return String(value)
    // Characters XML 1.0 forbids outright would make Gephi refuse the whole file.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Gephi reads only scalar attributes: lists are joined, missing values left out. */
export function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
