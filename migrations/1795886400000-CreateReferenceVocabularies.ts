import { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows } from './support/insert-rows';

// Reference data is a snapshot written into the migration: later changes to the vocabularies are new migrations.

const US_STATES: Array<[string, string, string]> = [
  ['AL', 'Alabama', 'state'],
  ['AK', 'Alaska', 'state'],
  ['AZ', 'Arizona', 'state'],
  ['AR', 'Arkansas', 'state'],
  ['CA', 'California', 'state'],
  ['CO', 'Colorado', 'state'],
  ['CT', 'Connecticut', 'state'],
  ['DE', 'Delaware', 'state'],
  ['DC', 'District of Columbia', 'district'],
  ['FL', 'Florida', 'state'],
  ['GA', 'Georgia', 'state'],
  ['HI', 'Hawaii', 'state'],
  ['ID', 'Idaho', 'state'],
  ['IL', 'Illinois', 'state'],
  ['IN', 'Indiana', 'state'],
  ['IA', 'Iowa', 'state'],
  ['KS', 'Kansas', 'state'],
  ['KY', 'Kentucky', 'state'],
  ['LA', 'Louisiana', 'state'],
  ['ME', 'Maine', 'state'],
  ['MD', 'Maryland', 'state'],
  ['MA', 'Massachusetts', 'state'],
  ['MI', 'Michigan', 'state'],
  ['MN', 'Minnesota', 'state'],
  ['MS', 'Mississippi', 'state'],
  ['MO', 'Missouri', 'state'],
  ['MT', 'Montana', 'state'],
  ['NE', 'Nebraska', 'state'],
  ['NV', 'Nevada', 'state'],
  ['NH', 'New Hampshire', 'state'],
  ['NJ', 'New Jersey', 'state'],
  ['NM', 'New Mexico', 'state'],
  ['NY', 'New York', 'state'],
  ['NC', 'North Carolina', 'state'],
  ['ND', 'North Dakota', 'state'],
  ['OH', 'Ohio', 'state'],
  ['OK', 'Oklahoma', 'state'],
  ['OR', 'Oregon', 'state'],
  ['PA', 'Pennsylvania', 'state'],
  ['RI', 'Rhode Island', 'state'],
  ['SC', 'South Carolina', 'state'],
  ['SD', 'South Dakota', 'state'],
  ['TN', 'Tennessee', 'state'],
  ['TX', 'Texas', 'state'],
  ['UT', 'Utah', 'state'],
  ['VT', 'Vermont', 'state'],
  ['VA', 'Virginia', 'state'],
  ['WA', 'Washington', 'state'],
  ['WV', 'West Virginia', 'state'],
  ['WI', 'Wisconsin', 'state'],
  ['WY', 'Wyoming', 'state'],
  ['AS', 'American Samoa', 'territory'],
  ['GU', 'Guam', 'territory'],
  ['MP', 'Northern Mariana Islands', 'territory'],
  ['PR', 'Puerto Rico', 'territory'],
  ['VI', 'U.S. Virgin Islands', 'territory'],
];

// NUCC Health Care Provider Taxonomy codes in scope (gynecology and primary care), display names as published
// by NUCC (© American Medical Association).
const SPECIALTIES: Array<[string, string, string, string]> = [
  ['207V00000X', 'obstetrics-gynecology', 'Obstetrics & Gynecology Physician', 'gynecology'],
  ['207VG0400X', 'gynecology', 'Gynecology Physician', 'gynecology'],
  ['207VC0300X', 'complex-family-planning', 'Complex Family Planning Physician', 'gynecology'],
  [
    '207VF0040X',
    'urogynecology',
    'Urogynecology and Reconstructive Pelvic Surgery (Obstetrics & Gynecology) Physician',
    'gynecology',
  ],
  ['207VE0102X', 'reproductive-endocrinology', 'Reproductive Endocrinology Physician', 'gynecology'],
  ['363LX0001X', 'ob-gyn-nurse-practitioner', 'Obstetrics & Gynecology Nurse Practitioner', 'gynecology'],
  ['363LW0102X', 'womens-health-nurse-practitioner', "Women's Health Nurse Practitioner", 'gynecology'],
  ['364SW0102X', 'womens-health-clinical-nurse-specialist', "Women's Health Clinical Nurse Specialist", 'gynecology'],
  ['367A00000X', 'nurse-midwife', 'Advanced Practice Midwife', 'gynecology'],
  ['176B00000X', 'midwife', 'Midwife', 'gynecology'],
  ['207Q00000X', 'family-medicine', 'Family Medicine Physician', 'primary-care'],
  [
    '207QA0000X',
    'adolescent-medicine-family-medicine',
    'Adolescent Medicine (Family Medicine) Physician',
    'primary-care',
  ],
  ['207QA0505X', 'adult-medicine', 'Adult Medicine Physician', 'primary-care'],
  ['207R00000X', 'internal-medicine', 'Internal Medicine Physician', 'primary-care'],
  [
    '207RA0000X',
    'adolescent-medicine-internal-medicine',
    'Adolescent Medicine (Internal Medicine) Physician',
    'primary-care',
  ],
  ['208D00000X', 'general-practice', 'General Practice Physician', 'primary-care'],
  ['2080A0000X', 'pediatric-adolescent-medicine', 'Pediatric Adolescent Medicine Physician', 'primary-care'],
  ['363LF0000X', 'family-nurse-practitioner', 'Family Nurse Practitioner', 'primary-care'],
  ['363LP2300X', 'primary-care-nurse-practitioner', 'Primary Care Nurse Practitioner', 'primary-care'],
  ['363LA2200X', 'adult-health-nurse-practitioner', 'Adult Health Nurse Practitioner', 'primary-care'],
  ['363L00000X', 'nurse-practitioner', 'Nurse Practitioner', 'primary-care'],
  ['363A00000X', 'physician-assistant', 'Physician Assistant', 'primary-care'],
  ['363AM0700X', 'medical-physician-assistant', 'Medical Physician Assistant', 'primary-care'],
];

const CARE_ATTRIBUTES: Array<[string, string, string, boolean]> = [
  [
    'lgbtq-affirming',
    'LGBTQ+ affirming',
    'Welcomes and affirms lesbian, gay, bisexual, transgender, queer and nonbinary patients.',
    true,
  ],
  [
    'trauma-informed',
    'Trauma-informed',
    'Practises trauma-informed care: explains before acting, asks consent at each step, stops on request.',
    true,
  ],
  ['gender-affirming-care', 'Gender-affirming care', 'Provides or coordinates gender-affirming medical care.', false],
  [
    'gender-affirming-hormones',
    'Gender-affirming hormone therapy',
    'Prescribes and monitors gender-affirming hormone therapy.',
    false,
  ],
  ['prep-pep', 'PrEP and PEP', 'Prescribes HIV pre- and post-exposure prophylaxis.', false],
  [
    'self-collected-sti-swab',
    'Self-collected STI swabs',
    'Offers self-collected swabs for STI screening instead of a speculum exam.',
    false,
  ],
  [
    'patient-paced-exam',
    'Patient-paced exams',
    'The patient sets the pace of any physical exam and can pause or stop it.',
    false,
  ],
  ['chaperone-choice', 'Chaperone choice', 'The patient chooses whether a chaperone is present, and who.', false],
  ['support-person-welcome', 'Support person welcome', 'A partner, friend or advocate may stay for the visit.', false],
  [
    'chosen-name-on-intake',
    'Chosen name and pronouns on intake',
    "Intake forms and records use the patient's chosen name and pronouns.",
    false,
  ],
  ['kink-affirming', 'Kink-aware', 'Treats kink and BDSM practices without judgement.', false],
  [
    'polyamory-affirming',
    'Relationship-diversity affirming',
    'Affirms consensual non-monogamy and polyamorous relationships.',
    false,
  ],
  ['sex-worker-affirming', 'Sex-worker affirming', 'Provides non-judgemental care to people who trade sex.', false],
  ['intersex-affirming', 'Intersex affirming', 'Experienced in respectful care of intersex patients.', false],
  ['sliding-scale', 'Sliding-scale fees', 'Offers fees based on income.', false],
  ['medicaid', 'Accepts Medicaid', 'Sees patients covered by Medicaid.', false],
  [
    'wheelchair-access',
    'Wheelchair accessible',
    'Step-free entrance, accessible exam room and adjustable exam table.',
    false,
  ],
  [
    'interpreter-services',
    'Interpreter services',
    'Arranges professional interpreters, including sign language.',
    false,
  ],
  ['evening-weekend-hours', 'Evening or weekend hours', 'Offers appointments outside office hours.', false],
];

const LANGUAGES: Array<[string, string]> = [
  ['am', 'Amharic'],
  ['ar', 'Arabic'],
  ['bn', 'Bengali'],
  ['bs', 'Bosnian'],
  ['de', 'German'],
  ['el', 'Greek'],
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fa', 'Persian'],
  ['fr', 'French'],
  ['gu', 'Gujarati'],
  ['he', 'Hebrew'],
  ['hi', 'Hindi'],
  ['hr', 'Croatian'],
  ['ht', 'Haitian Creole'],
  ['hy', 'Armenian'],
  ['id', 'Indonesian'],
  ['it', 'Italian'],
  ['ja', 'Japanese'],
  ['km', 'Khmer'],
  ['ko', 'Korean'],
  ['lo', 'Lao'],
  ['ml', 'Malayalam'],
  ['mr', 'Marathi'],
  ['my', 'Burmese'],
  ['ne', 'Nepali'],
  ['nl', 'Dutch'],
  ['pa', 'Punjabi'],
  ['pl', 'Polish'],
  ['ps', 'Pashto'],
  ['pt', 'Portuguese'],
  ['ro', 'Romanian'],
  ['ru', 'Russian'],
  ['so', 'Somali'],
  ['sq', 'Albanian'],
  ['sr', 'Serbian'],
  ['sw', 'Swahili'],
  ['ta', 'Tamil'],
  ['te', 'Telugu'],
  ['th', 'Thai'],
  ['ti', 'Tigrinya'],
  ['tl', 'Tagalog'],
  ['tr', 'Turkish'],
  ['uk', 'Ukrainian'],
  ['ur', 'Urdu'],
  ['vi', 'Vietnamese'],
  ['yi', 'Yiddish'],
  ['yo', 'Yoruba'],
  ['zh', 'Chinese'],
];

const INSURANCE_PLANS: Array<[string, string]> = [
  ['aetna', 'Aetna'],
  ['ambetter', 'Ambetter'],
  ['anthem', 'Anthem'],
  ['blue-cross-blue-shield', 'Blue Cross Blue Shield'],
  ['cigna', 'Cigna'],
  ['humana', 'Humana'],
  ['kaiser-permanente', 'Kaiser Permanente'],
  ['medicaid', 'Medicaid'],
  ['medicare', 'Medicare'],
  ['molina', 'Molina Healthcare'],
  ['oscar', 'Oscar Health'],
  ['tricare', 'TRICARE'],
  ['unitedhealthcare', 'UnitedHealthcare'],
  ['self-pay', 'Self-pay'],
];

export class CreateReferenceVocabularies1795886400000 implements MigrationInterface {
  name = 'CreateReferenceVocabularies1795886400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);

    await queryRunner.query(`
      CREATE TABLE us_states (
        code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('state', 'district', 'territory'))
      )`);
    await queryRunner.query(`CREATE TYPE specialty_category AS ENUM ('gynecology', 'primary-care')`);
    await queryRunner.query(`
      CREATE TABLE specialties (
        code varchar(10) PRIMARY KEY CHECK (code ~ '^[0-9]{3}[0-9A-Z]{6}X$'),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        category specialty_category NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE care_attributes (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        description text NOT NULL,
        baseline boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`
      CREATE TABLE languages (
        code char(2) PRIMARY KEY CHECK (code ~ '^[a-z]{2}$'),
        name text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE insurance_plans (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL
      )`);

    await insertRows(queryRunner, 'us_states', ['code', 'name', 'kind'], US_STATES);
    await insertRows(queryRunner, 'specialties', ['code', 'slug', 'name', 'category'], SPECIALTIES);
    await insertRows(queryRunner, 'care_attributes', ['slug', 'name', 'description', 'baseline'], CARE_ATTRIBUTES);
    await insertRows(queryRunner, 'languages', ['code', 'name'], LANGUAGES);
    await insertRows(queryRunner, 'insurance_plans', ['slug', 'name'], INSURANCE_PLANS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE insurance_plans, languages, care_attributes, specialties, us_states`);
    await queryRunner.query(`DROP TYPE specialty_category`);
    // Extensions stay: other objects in the database may use them.
  }
}
