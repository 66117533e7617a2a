import { checkedDataDate, dataDateFromNames, looksWeekly } from './registry-file-kind';

describe('what an NPPES file is, by its name', () => {
  it('dates a file by the last eight-digit date in its name', () => {
    expect(dataDateFromNames('npidata_pfile_20050523-20240609.csv')).toBe('2024-06-09');
    expect(dataDateFromNames('npidata_pfile_20240603-20240609.csv')).toBe('2024-06-09');
    expect(dataDateFromNames('NPPES_Deactivated_NPI_Report_20240610.csv')).toBe('2024-06-10');
  });

  it('looks at the next name (the CSV inside a zip) when the first has no date, and gives up on impossible ones', () => {
    expect(dataDateFromNames('NPPES_Data_Dissemination_June_2024.zip', 'npidata_pfile_20050523-20240609.csv')).toBe(
      '2024-06-09',
    );
    expect(dataDateFromNames('npidata_pfile_20240231.csv')).toBeUndefined();
    expect(dataDateFromNames('providers.csv')).toBeUndefined();
  });

  it('tells weekly files from the monthly full file', () => {
    expect(looksWeekly('npidata_pfile_20240603-20240609.csv')).toBe(true);
    expect(looksWeekly('NPPES_Data_Dissemination_060324_060924_Weekly.zip')).toBe(true);
    expect(looksWeekly('npidata_pfile_20050523-20240609.csv')).toBe(false);
    expect(looksWeekly('NPPES_Data_Dissemination_June_2024.zip', 'npidata_pfile_20050523-20240609.csv')).toBe(false);
  });

  it('takes a --date only as a real YYYY-MM-DD day', () => {
    expect(checkedDataDate('f.csv', '2024-02-29')).toBe('2024-02-29');
    expect(() => checkedDataDate('f.csv', '2023-02-29')).toThrow('2023-02-29');
    expect(() => checkedDataDate('f.csv', '06/09/2024')).toThrow('YYYY-MM-DD');
  });
});
