/** A mistake in how the command was called: printed with the usage, without a stack trace. */
export class UsageError extends Error {}
