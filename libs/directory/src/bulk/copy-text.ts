// PostgreSQL COPY text format: tab-separated, \N for NULL, backslash escapes.

type CopyValue = string | number | boolean | Date | null | string[];

export function copyLine(values: CopyValue[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}

function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (Array.isArray(value)) return escapeText(`{${value.map(arrayElement).join(',')}}`);
  if (value instanceof Date) return value.toISOString();
  return escapeText(String(value));
}

function arrayElement(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

// Most values have nothing to escape: one test spares them four replacements (the registry import writes millions).
const NEEDS_ESCAPE = /[\\\t\n\r]/;

function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
