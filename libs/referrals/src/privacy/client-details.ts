import { FieldCipher } from '@app/config';

/** What identifies the client: sealed at rest, released to the provider only after they accept. */
export interface ClientDetails {
  /** First name or initials. */
  name: string;
  email: string | null;
  phone: string | null;
  note: string | null;
}

// The referral id and the field are bound as associated data: a sealed value opens only where it was written.
const clientDetailsContext = (referralId: string) => `referral:${referralId}:client-details`;
const outcomeNoteContext = (referralId: string) => `referral:${referralId}:outcome-note`;

export function sealClientDetails(cipher: FieldCipher, referralId: string, details: ClientDetails): string {
  return cipher.seal(JSON.stringify(details), clientDetailsContext(referralId));
}

export function openClientDetails(cipher: FieldCipher, referralId: string, sealed: string): ClientDetails {
  return JSON.parse(cipher.open(sealed, clientDetailsContext(referralId))) as ClientDetails;
}

export function sealOutcomeNote(cipher: FieldCipher, referralId: string, note: string): string {
  return cipher.seal(note, outcomeNoteContext(referralId));
}

export function openOutcomeNote(cipher: FieldCipher, referralId: string, sealed: string): string {
  return cipher.open(sealed, outcomeNoteContext(referralId));
}
