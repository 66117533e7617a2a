export enum Role {
  ADMIN = 'ADMIN',
  THERAPIST = 'THERAPIST',
  PROVIDER = 'PROVIDER',
}

export enum AccountStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

/** Roles anyone may sign up for; admins are only ever created from the command line. */
export enum SignUpRole {
  THERAPIST = Role.THERAPIST,
  PROVIDER = Role.PROVIDER,
}

// Therapists receive client information, so an admin approves them first; providers' listings are vetted instead.
export function initialStatusFor(role: Role): AccountStatus {
  return role === Role.THERAPIST ? AccountStatus.PENDING_APPROVAL : AccountStatus.ACTIVE;
}
