import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'access:public';

/** Open to anyone, signed in or not. Every route and resolver must say who may call it; the default is nobody. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
