import { Transform } from 'class-transformer';

// Query strings arrive as text: these turn `?x=1`, `?x=true`, `?x=a&x=b` into the types the DTOs declare.
// GraphQL values are already typed and pass through unchanged.

type Input = { value: unknown };

export const ToNumber = () =>
  Transform(({ value }: Input): unknown => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value));

export const ToBoolean = () =>
  Transform(({ value }: Input): unknown => (value === 'true' ? true : value === 'false' ? false : value));

export const ToArray = () =>
  Transform(({ value }: Input): unknown => (value === undefined || Array.isArray(value) ? value : [value]));

export const ToUpperCase = () =>
  Transform(({ value }: Input): unknown => (typeof value === 'string' ? value.toUpperCase() : value));

export const Trim = () => Transform(({ value }: Input): unknown => (typeof value === 'string' ? value.trim() : value));
