import { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows } from './support/insert-rows';

// The vocabularies' names in the site's other language, one table per vocabulary so each name belongs to a real entry.
// English stays in the vocabulary tables themselves; language names come from the platform's Unicode data (ICU), so
// they need no table. Spanish names for people are epicene where Spanish allows ("especialista", "profesional",
// "persona"): the directory's clients include nonbinary people. A snapshot, like the vocabularies: changes are new
// migrations.
const CARE_ATTRIBUTES: Array<[string, string, string]> = [
  [
    'lgbtq-affirming',
    'Afirma a personas LGBTQ+',
    'Recibe y afirma a pacientes lesbianas, gais, bisexuales, trans, queer y no binarios.',
  ],
  [
    'trauma-informed',
    'Atención informada en trauma',
    'Practica la atención informada en trauma: explica antes de actuar, pide consentimiento en cada paso y se detiene cuando se le pide.',
  ],
  [
    'gender-affirming-care',
    'Atención de afirmación de género',
    'Brinda o coordina atención médica de afirmación de género.',
  ],
  [
    'gender-affirming-hormones',
    'Terapia hormonal de afirmación de género',
    'Receta y da seguimiento a la terapia hormonal de afirmación de género.',
  ],
  ['prep-pep', 'PrEP y PEP', 'Receta la profilaxis del VIH antes y después de una exposición.'],
  [
    'self-collected-sti-swab',
    'Autotoma de muestras para ITS',
    'Ofrece hisopos de autotoma para detectar ITS en lugar de un examen con espéculo.',
  ],
  [
    'patient-paced-exam',
    'Exámenes al ritmo de cada paciente',
    'La persona marca el ritmo de cualquier examen físico y puede pausarlo o detenerlo.',
  ],
  [
    'chaperone-choice',
    'Elección de acompañante clínico',
    'La persona decide si hay un acompañante clínico durante el examen, y quién.',
  ],
  [
    'support-person-welcome',
    'Persona de apoyo bienvenida',
    'Una pareja, una amistad o una persona defensora puede quedarse durante la consulta.',
  ],
  [
    'chosen-name-on-intake',
    'Nombre y pronombres elegidos en el registro',
    'Los formularios de ingreso y los expedientes usan el nombre y los pronombres que la persona eligió.',
  ],
  ['kink-affirming', 'Conocimiento del kink', 'Atiende sin juzgar las prácticas kink y BDSM.'],
  [
    'polyamory-affirming',
    'Afirma la diversidad de relaciones',
    'Afirma la no monogamia consensuada y las relaciones poliamorosas.',
  ],
  [
    'sex-worker-affirming',
    'Afirma a personas que ejercen el trabajo sexual',
    'Brinda atención sin juzgar a personas que ejercen el trabajo sexual.',
  ],
  [
    'intersex-affirming',
    'Afirma a personas intersexuales',
    'Tiene experiencia en la atención respetuosa de pacientes intersexuales.',
  ],
  ['sliding-scale', 'Tarifas según ingresos', 'Ofrece tarifas basadas en los ingresos.'],
  ['medicaid', 'Acepta Medicaid', 'Atiende a pacientes con cobertura de Medicaid.'],
  [
    'wheelchair-access',
    'Accesible en silla de ruedas',
    'Entrada sin escalones, consultorio accesible y mesa de examen ajustable.',
  ],
  [
    'interpreter-services',
    'Servicios de interpretación',
    'Organiza intérpretes profesionales, incluida la lengua de señas.',
  ],
  ['evening-weekend-hours', 'Horario de tarde o fin de semana', 'Ofrece citas fuera del horario de oficina.'],
];

// The codes in the directory's scope (data/nucc/directory-scope.csv); a code brought into scope later shows its NUCC
// name until a migration names it.
const SPECIALTIES: Array<[string, string]> = [
  ['176B00000X', 'Profesional de partería'],
  ['207V00000X', 'Especialista en obstetricia y ginecología'],
  ['207VB0002X', 'Especialista en medicina de la obesidad (obstetricia y ginecología)'],
  ['207VC0200X', 'Especialista en medicina intensiva (obstetricia y ginecología)'],
  ['207VC0300X', 'Especialista en planificación familiar compleja'],
  ['207VE0102X', 'Especialista en endocrinología reproductiva'],
  ['207VF0040X', 'Especialista en uroginecología y cirugía pélvica reconstructiva'],
  ['207VG0400X', 'Especialista en ginecología'],
  ['207VH0002X', 'Especialista en cuidados paliativos (obstetricia y ginecología)'],
  ['207VM0101X', 'Especialista en medicina maternofetal'],
  ['207VX0000X', 'Especialista en obstetricia'],
  ['207VX0201X', 'Especialista en oncología ginecológica'],
  ['363LW0102X', 'Profesional de enfermería de práctica avanzada en salud de la mujer'],
  ['363LX0001X', 'Profesional de enfermería de práctica avanzada en obstetricia y ginecología'],
  ['364SW0102X', 'Especialista en enfermería clínica de salud de la mujer'],
  ['367A00000X', 'Profesional de partería de práctica avanzada'],
  ['207Q00000X', 'Especialista en medicina familiar'],
  ['207QA0000X', 'Especialista en medicina de la adolescencia (medicina familiar)'],
  ['207QA0505X', 'Especialista en medicina de adultos'],
  ['207QG0300X', 'Especialista en geriatría (medicina familiar)'],
  ['207R00000X', 'Especialista en medicina interna'],
  ['207RA0000X', 'Especialista en medicina de la adolescencia (medicina interna)'],
  ['207RG0300X', 'Especialista en geriatría (medicina interna)'],
  ['2080A0000X', 'Especialista en medicina pediátrica de la adolescencia'],
  ['208D00000X', 'Profesional de medicina general'],
  ['363A00000X', 'Asistente médico (PA)'],
  ['363AM0700X', 'Asistente médico clínico (PA)'],
  ['363L00000X', 'Profesional de enfermería de práctica avanzada (NP)'],
  ['363LA2200X', 'Profesional de enfermería de práctica avanzada en salud de adultos'],
  ['363LF0000X', 'Profesional de enfermería de práctica avanzada en salud familiar'],
  ['363LG0600X', 'Profesional de enfermería de práctica avanzada en gerontología'],
  ['363LP2300X', 'Profesional de enfermería de práctica avanzada en atención primaria'],
];

// As USA.gov en español writes them.
const US_STATES: Array<[string, string]> = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'Distrito de Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawái'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Luisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Míchigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Misisipi'],
  ['MO', 'Misuri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'Nuevo Hampshire'],
  ['NJ', 'Nueva Jersey'],
  ['NM', 'Nuevo México'],
  ['NY', 'Nueva York'],
  ['NC', 'Carolina del Norte'],
  ['ND', 'Dakota del Norte'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregón'],
  ['PA', 'Pensilvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'Carolina del Sur'],
  ['SD', 'Dakota del Sur'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'Virginia Occidental'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
  ['AS', 'Samoa Americana'],
  ['GU', 'Guam'],
  ['MP', 'Islas Marianas del Norte'],
  ['PR', 'Puerto Rico'],
  ['VI', 'Islas Vírgenes de EE. UU.'],
];

const LANGUAGE = `language character(2) NOT NULL CHECK (language ~ '^[a-z]{2}$' AND language <> 'en')`;
const NAME = `name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200)`;

export class SpanishVocabularyNames1795903000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE care_attribute_translations (
        slug text NOT NULL REFERENCES care_attributes (slug),
        ${LANGUAGE},
        ${NAME},
        description text NOT NULL CHECK (char_length(btrim(description)) BETWEEN 1 AND 500),
        PRIMARY KEY (slug, language)
      )`);
    await queryRunner.query(`
      CREATE TABLE specialty_translations (
        code character varying(10) NOT NULL REFERENCES specialties (code),
        ${LANGUAGE},
        ${NAME},
        PRIMARY KEY (code, language)
      )`);
    await queryRunner.query(`
      CREATE TABLE us_state_translations (
        code character(2) NOT NULL REFERENCES us_states (code),
        ${LANGUAGE},
        ${NAME},
        PRIMARY KEY (code, language)
      )`);
    const spanish = <T extends string[]>(rows: T[]) => rows.map(([key, ...names]) => [key, 'es', ...names]);
    await insertRows(
      queryRunner,
      'care_attribute_translations',
      ['slug', 'language', 'name', 'description'],
      spanish(CARE_ATTRIBUTES),
    );
    await insertRows(queryRunner, 'specialty_translations', ['code', 'language', 'name'], spanish(SPECIALTIES));
    await insertRows(queryRunner, 'us_state_translations', ['code', 'language', 'name'], spanish(US_STATES));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE us_state_translations, specialty_translations, care_attribute_translations`);
  }
}
