import { RegistryFileError } from './registry.errors';

export enum RegistryFileKind {
  FULL = 'FULL',
  WEEKLY = 'WEEKLY',
  DEACTIVATIONS = 'DEACTIVATIONS',
}

// NPPES names say what a file is: npidata_pfile_20050523-20240609.csv is the monthly full file (enumeration began on
// 2005-05-23), npidata_pfile_20240603-20240609.csv a weekly one, NPPES_Deactivated_NPI_Report_20240610 the
// deactivation list; the weekly zips are NPPES_Data_Dissemination_060324_060924_Weekly.zip.
const FULL_FILE_START = '20050523';
const EIGHT_DIGIT_DATES = /(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])/g;

/** The last YYYYMMDD date in the names (the first name that has one), as YYYY-MM-DD; undefined when none has. */
export function dataDateFromNames(...names: string[]): string | undefined {
  for (const name of names) {
    const dates = [...name.matchAll(EIGHT_DIGIT_DATES)];
    const last = dates[dates.length - 1];
    if (last && isCalendarDate(+last[1], +last[2], +last[3])) return `${last[1]}-${last[2]}-${last[3]}`;
  }
  return undefined;
}

/** A weekly file by its name: "Weekly" in it, or an npidata_pfile span that does not start at enumeration's start. */
export function looksWeekly(...names: string[]): boolean {
  return names.some((name) => {
    if (/weekly/i.test(name)) return true;
    const span = /npidata_pfile_([0-9]{8})-[0-9]{8}/i.exec(name);
    return !!span && span[1] !== FULL_FILE_START;
  });
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A --date option: YYYY-MM-DD and a real day. */
export function checkedDataDate(fileName: string, date: string): string {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(date);
  if (!match || !isCalendarDate(+match[1], +match[2], +match[3])) {
    throw new RegistryFileError(fileName, `the data date "${date}" is not a day written YYYY-MM-DD`);
  }
  return date;
}
