import { DomainError, ErrorCategory } from '@app/shared';

/** A registry file that cannot be loaded at all: nothing of it is written. The message names the file and why. */
export class RegistryFileError extends DomainError {
  readonly code = 'REGISTRY.UNREADABLE_FILE';
  readonly category = ErrorCategory.BAD_USER_INPUT;

  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
  }
}

/** What a failure of the file system, zlib or yauzl says, for a RegistryFileError's reason. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
