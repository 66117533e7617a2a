// For tests only (lint refuses it elsewhere): fixtures insert accounts with a known password hash and admins with a
// known TOTP secret (sealed under its context as the app seals it), and specs outside Nest build the public AccountContacts on their
// own data source.
import { DataSource } from 'typeorm';
import { AccountContacts } from './account-contacts';
import { AccountRepository } from './account.repository';

export { PasswordHasher } from './password-hasher';
export { totpCode, totpSecretContext } from './second-factor/totp';

export function accountContactsOn(dataSource: DataSource): AccountContacts {
  return new AccountContacts(new AccountRepository(dataSource));
}
