import { isActiveRecord, RegistryRecord as RegistryRecordData, Vocabularies } from '@app/directory';
import { RegistryRecord } from './models/registry-record.model';

export function toRegistryRecord(record: RegistryRecordData, vocabularies: Vocabularies): RegistryRecord {
  const names = new Map(vocabularies.specialties.map((s) => [s.code, s.name]));
  const street = [record.practiceLine1, record.practiceLine2].filter(Boolean).join(', ');
  return {
    npi: record.npi,
    firstName: record.firstName,
    middleName: record.middleName,
    lastName: record.lastName,
    nameSuffix: record.nameSuffix,
    credentials: record.credentials,
    active: isActiveRecord(record),
    deactivatedOn: record.deactivatedOn,
    reactivatedOn: record.reactivatedOn,
    deactivationReason: record.deactivationReason,
    taxonomies: record.taxonomies.map((t) => ({
      code: t.code,
      name: names.get(t.code) ?? null,
      licenseNumber: t.licenseNumber,
      licenseState: t.licenseState,
      primary: t.primary,
    })),
    practiceStreet: street || null,
    practiceCity: record.practiceCity,
    practiceState: record.practiceState,
    practicePostalCode: record.practicePostalCode,
    practicePhone: record.practicePhone,
    dataDate: record.sourceDate,
    sourceFile: record.sourceFile,
  };
}
