import { CreateReferenceVocabularies1795886400000 } from './1795886400000-CreateReferenceVocabularies';
import { CreateDirectorySchema1795886460000 } from './1795886460000-CreateDirectorySchema';
import { CreateSearchReadModel1795886520000 } from './1795886520000-CreateSearchReadModel';

/** Every migration in order; listed explicitly so the same list works from TypeScript sources and compiled output. */
export const ALL_MIGRATIONS = [
  CreateReferenceVocabularies1795886400000,
  CreateDirectorySchema1795886460000,
  CreateSearchReadModel1795886520000,
];
