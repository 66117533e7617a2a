/** The SQL state of a failed statement (`23505`, `22021`…), when the error carries one. */
export function sqlStateOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * What the log may keep of an unexpected error: its class, its SQL state and where it was thrown. Not its message:
 * a database error may quote the values of the statement, and those are what people typed.
 */
export function describeForLog(error: unknown): { errorClass: string; sqlState?: string; stack?: string } {
  if (!(error instanceof Error)) return { errorClass: typeof error };
  const frames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at '));
  return { errorClass: error.constructor.name, sqlState: sqlStateOf(error), stack: frames?.join('\n') };
}
