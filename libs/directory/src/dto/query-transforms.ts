import { Transform } from 'class-transformer';

// Query strings arrive as text: these turn `?x=1`, `?x=true`, `?x=a&x=b` into the types the DTOs declare.
// GraphQL values are already typed and pass through unchanged.

export const ToNumber = () => Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value));

export const ToBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export const ToArray = () => Transform(({ value }) => (value === undefined || Array.isArray(value) ? value : [value]));

export const ToUpperCase = () => Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value));

export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
