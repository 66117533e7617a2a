import type { ProviderCareAttribute } from '../api/schema-types.generated';
import { useLocale } from './locale';

/** Each care promise with what it rests on and since when: the evidence is the point of the directory. */
export function CareAttributes({ attributes }: { attributes: ProviderCareAttribute[] }) {
  const { t, date } = useLocale();
  return (
    <ul className="usa-list usa-list--unstyled care-attributes">
      {attributes.map((attribute) => (
        <li key={attribute.slug} className={`care-attribute care-attribute--${attribute.evidence.toLowerCase()}`}>
          <span className="care-attribute__name">{attribute.name}</span>{' '}
          <span className="care-attribute__evidence">
            ({t('evidence.on', { evidence: t(`evidence.${attribute.evidence}`), date: date(attribute.evidencedOn) })})
          </span>
        </li>
      ))}
    </ul>
  );
}
