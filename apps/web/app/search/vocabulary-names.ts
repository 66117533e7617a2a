import type { Vocabularies } from '../api/directory-api.server';

interface Named {
  name: string;
}

/** Names in the visitor's language for what a listing carries (the API's listings name them in English). */
export interface VocabularyNames {
  specialty: (specialty: Named & { code: string }) => string;
  careAttribute: (attribute: Named & { slug: string }) => string;
  language: (language: Named & { code: string }) => string;
}

// Made once per vocabularies, which the API client keeps for minutes: a results page only looks names up.
const made = new WeakMap<Vocabularies, VocabularyNames>();

/** A code the visitor's vocabularies do not list (a retired specialty, say) keeps the listing's own name. */
export function vocabularyNames(vocabularies: Vocabularies): VocabularyNames {
  let names = made.get(vocabularies);
  if (!names) {
    const specialties = new Map(vocabularies.specialties.map((s) => [s.code, s.name]));
    const careAttributes = new Map(vocabularies.careAttributes.map((a) => [a.slug, a.name]));
    const languages = new Map(vocabularies.languages.map((l) => [l.code, l.name]));
    names = {
      specialty: (s) => specialties.get(s.code) ?? s.name,
      careAttribute: (a) => careAttributes.get(a.slug) ?? a.name,
      language: (l) => languages.get(l.code) ?? l.name,
    };
    made.set(vocabularies, names);
  }
  return names;
}
