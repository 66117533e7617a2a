/**
 * One CSV field, quoted as RFC 4180 asks. Reasons are free text, so a field a spreadsheet would run as a formula
 * (starting with =, +, -, @) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}
