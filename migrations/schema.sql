-- The database as the migrations leave it, read back from the catalog: tables, indexes, views, functions,
-- triggers. Written by `npm run schema:dump`; an integration test fails when the migrations and this file differ.

-- Extensions

CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE EXTENSION IF NOT EXISTS cube;

CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Types

CREATE TYPE account_role AS ENUM ('ADMIN', 'THERAPIST', 'PROVIDER');

CREATE TYPE account_status AS ENUM ('PENDING_APPROVAL', 'ACTIVE', 'REJECTED', 'SUSPENDED');

CREATE TYPE claim_status AS ENUM ('OPEN', 'APPROVED', 'REJECTED', 'EXPIRED', 'WITHDRAWN');

CREATE TYPE evidence_level AS ENUM ('SELF_ATTESTED', 'ADMIN_VERIFIED', 'REFERRAL_CONFIRMED');

CREATE TYPE license_verification AS ENUM ('UNVERIFIED', 'VERIFIED', 'REJECTED');

CREATE TYPE listing_status AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED', 'ARCHIVED');

CREATE TYPE referral_modality AS ENUM ('IN_PERSON', 'TELEHEALTH', 'EITHER');

CREATE TYPE referral_outcome AS ENUM ('SEEN_AFFIRMING', 'SEEN_NOT_AFFIRMING', 'NOT_SEEN');

CREATE TYPE referral_status AS ENUM ('SENT', 'VIEWED', 'ACCEPTED', 'DECLINED', 'SCHEDULED', 'COMPLETED', 'NO_SHOW', 'COULD_NOT_CONTACT', 'CANCELLED', 'EXPIRED');

CREATE TYPE referral_urgency AS ENUM ('ROUTINE', 'SOON', 'URGENT');

CREATE TYPE specialty_category AS ENUM ('gynecology', 'primary-care');

-- Functions

CREATE OR REPLACE FUNCTION public.npi_is_valid(npi text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$
        SELECT npi ~ '^[0-9]{10}$' AND (
          24 + substr(npi, 10, 1)::int + (
            SELECT sum(CASE WHEN i % 2 = 1 THEN (d * 2) / 10 + (d * 2) % 10 ELSE d END)
            FROM (SELECT i, substr(npi, i, 1)::int AS d FROM generate_series(1, 9) AS i) AS digits
          )
        ) % 10 = 0
      $function$;

CREATE OR REPLACE FUNCTION public.publish_search_listing_locations()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
    INSERT INTO search_listing_locations (location_id, provider_id, point, cell, one_of_several)
    SELECT pl.id, pl.provider_id, ll_to_earth(pl.latitude, pl.longitude)::cube, search_cell(pl.latitude, pl.longitude),
           count(*) OVER (PARTITION BY pl.provider_id) > 1
    FROM published listing JOIN practice_locations pl ON pl.provider_id = listing.provider_id;
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.rebuild_search_listings()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
  DECLARE
    published integer;
  BEGIN
    TRUNCATE search_listings, search_listing_states;
    INSERT INTO search_listings (provider_id, document, name_text, sort_name, rank, categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
  offers_telehealth)
    SELECT provider_id, document, name_text, sort_name, rank, categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
  offers_telehealth FROM search_listing_source;
    GET DIAGNOSTICS published = ROW_COUNT;
    
    INSERT INTO search_listing_states (state, provider_id, in_person, telehealth_until, rank, sort_name
                                       , name_text, categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
  offers_telehealth)
    SELECT ss.state, ss.provider_id, ss.in_person, ss.telehealth_until, sl.rank, sl.sort_name
           , sl.name_text, sl.categories, sl.specialty_codes, sl.language_codes, sl.attribute_slugs, sl.insurance_slugs, sl.accepting_new_patients,
  sl.offers_telehealth
    FROM search_listing_state_source ss JOIN search_listings sl ON sl.provider_id = ss.provider_id
    ;
    RETURN published;
  END $function$;

CREATE OR REPLACE FUNCTION public.refresh_search_listings(ids uuid[])
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
  DECLARE
    published integer;
  BEGIN
    DELETE FROM search_listings WHERE provider_id = ANY (ids);
    INSERT INTO search_listings (provider_id, document, name_text, sort_name, rank, categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
  offers_telehealth)
    SELECT provider_id, document, name_text, sort_name, rank, categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
  offers_telehealth FROM search_listing_source WHERE provider_id = ANY (ids);
    GET DIAGNOSTICS published = ROW_COUNT;
    
    INSERT INTO search_listing_states (state, provider_id, in_person, telehealth_until, rank, sort_name
                                       , name_text, categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
  offers_telehealth)
    SELECT ss.state, ss.provider_id, ss.in_person, ss.telehealth_until, sl.rank, sl.sort_name
           , sl.name_text, sl.categories, sl.specialty_codes, sl.language_codes, sl.attribute_slugs, sl.insurance_slugs, sl.accepting_new_patients,
  sl.offers_telehealth
    FROM search_listing_state_source ss JOIN search_listings sl ON sl.provider_id = ss.provider_id
    WHERE ss.provider_id = ANY (ids);
    RETURN published;
  END $function$;

CREATE OR REPLACE FUNCTION public.refuse_audit_rewrite()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        RAISE EXCEPTION 'audit rows are append-only (% on %)', TG_OP, TG_TABLE_NAME;
      END $function$;

CREATE OR REPLACE FUNCTION public.search_cell(latitude double precision, longitude double precision)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN (((floor(((latitude + (90)::double precision) * (2)::double precision)))::integer * 1000) + mod((floor(((longitude + (180)::double precision) * (2)::double precision)))::integer, 720));

CREATE OR REPLACE FUNCTION public.search_cells_near(latitude double precision, longitude double precision, radius_m double precision)
 RETURNS integer[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN (SELECT array_agg(((lat_row.lat_row * 1000) + mod((lon_column.lon_column + 720), 720))) AS array_agg FROM (SELECT (search_cells_near.radius_m / ((earth() * pi()) / (180)::double precision)) AS lat_span) span, LATERAL (SELECT LEAST((span.lat_span / cos(radians(LEAST((abs(search_cells_near.latitude) + span.lat_span), (89)::double precision)))), (180)::double precision) AS lon_span) width, LATERAL generate_series((floor(((GREATEST((search_cells_near.latitude - span.lat_span), ('-90'::integer)::double precision) + (90)::double precision) * (2)::double precision)))::integer, (floor(((LEAST((search_cells_near.latitude + span.lat_span), (89.999)::double precision) + (90)::double precision) * (2)::double precision)))::integer) lat_row(lat_row), LATERAL generate_series((floor((((search_cells_near.longitude - width.lon_span) + (180)::double precision) * (2)::double precision)))::integer, (floor((((search_cells_near.longitude + width.lon_span) + (180)::double precision) * (2)::double precision)))::integer) lon_column(lon_column));

CREATE OR REPLACE FUNCTION public.search_text(value text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$
        SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
      $function$;

CREATE OR REPLACE FUNCTION public.withdraw_search_listing_locations()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      TRUNCATE search_listing_locations;
    ELSE
      DELETE FROM search_listing_locations loc USING withdrawn WHERE loc.provider_id = withdrawn.provider_id;
    END IF;
    RETURN NULL;
  END $function$;

-- Tables

CREATE TABLE account_audit_events (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    account_id uuid NOT NULL,
    actor_id uuid,
    action text NOT NULL,
    from_status account_status,
    to_status account_status NOT NULL,
    reason text,
    created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    CONSTRAINT account_audit_events_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id),
    CONSTRAINT account_audit_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES accounts(id),
    CONSTRAINT account_audit_events_pkey PRIMARY KEY (id),
    CONSTRAINT account_audit_events_reason_check CHECK ((char_length(reason) <= 1000))
);

CREATE TABLE account_link_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    purpose text NOT NULL,
    secret_hash bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT account_link_tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id),
    CONSTRAINT account_link_tokens_check CHECK ((expires_at > created_at)),
    CONSTRAINT account_link_tokens_pkey PRIMARY KEY (id),
    CONSTRAINT account_link_tokens_purpose_check CHECK ((purpose = ANY (ARRAY['CONFIRM_EMAIL'::text, 'RESET_PASSWORD'::text]))),
    CONSTRAINT account_link_tokens_secret_hash_check CHECK ((octet_length(secret_hash) = 32))
);

CREATE TABLE account_recovery_codes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    code_hash character(64) NOT NULL,
    used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT account_recovery_codes_account_id_code_hash_key UNIQUE (account_id, code_hash),
    CONSTRAINT account_recovery_codes_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id),
    CONSTRAINT account_recovery_codes_code_hash_check CHECK ((code_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT account_recovery_codes_pkey PRIMARY KEY (id)
);

CREATE TABLE account_refresh_tokens (
    token_hash bytea NOT NULL,
    session_id uuid NOT NULL,
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    replaced_at timestamp with time zone,
    CONSTRAINT account_refresh_tokens_pkey PRIMARY KEY (token_hash),
    CONSTRAINT account_refresh_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES account_sessions(id),
    CONSTRAINT account_refresh_tokens_token_hash_check CHECK ((octet_length(token_hash) = 32))
);

CREATE TABLE account_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    token_version integer NOT NULL,
    device text NOT NULL,
    approximate_address text NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    idle_expires_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    end_reason text,
    CONSTRAINT account_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id),
    CONSTRAINT account_sessions_approximate_address_check CHECK (((char_length(approximate_address) >= 1) AND (char_length(approximate_address) <= 50))),
    CONSTRAINT account_sessions_check CHECK (((ended_at IS NULL) = (end_reason IS NULL))),
    CONSTRAINT account_sessions_check1 CHECK ((idle_expires_at <= expires_at)),
    CONSTRAINT account_sessions_device_check CHECK (((char_length(device) >= 1) AND (char_length(device) <= 100))),
    CONSTRAINT account_sessions_end_reason_check CHECK ((end_reason ~ '^[A-Z_]{1,40}$'::text)),
    CONSTRAINT account_sessions_pkey PRIMARY KEY (id)
);

CREATE TABLE account_totp_secrets (
    account_id uuid NOT NULL,
    sealed_secret text NOT NULL,
    confirmed_at timestamp with time zone,
    last_time_step bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT account_totp_secrets_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id),
    CONSTRAINT account_totp_secrets_check CHECK (((confirmed_at IS NOT NULL) OR (last_time_step IS NULL))),
    CONSTRAINT account_totp_secrets_last_time_step_check CHECK ((last_time_step >= 0)),
    CONSTRAINT account_totp_secrets_pkey PRIMARY KEY (account_id)
);

CREATE TABLE accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text NOT NULL,
    password_hash text NOT NULL,
    display_name text NOT NULL,
    role account_role NOT NULL,
    status account_status NOT NULL,
    token_version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    email_verified_at timestamp with time zone,
    CONSTRAINT accounts_display_name_check CHECK (((char_length(btrim(display_name)) >= 1) AND (char_length(btrim(display_name)) <= 100))),
    CONSTRAINT accounts_email_check CHECK (((email = lower(email)) AND ((char_length(email) >= 3) AND (char_length(email) <= 254)))),
    CONSTRAINT accounts_email_key UNIQUE (email),
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE care_attribute_translations (
    slug text NOT NULL,
    language character(2) NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    CONSTRAINT care_attribute_translations_description_check CHECK (((char_length(btrim(description)) >= 1) AND (char_length(btrim(description)) <= 500))),
    CONSTRAINT care_attribute_translations_language_check CHECK (((language ~ '^[a-z]{2}$'::text) AND (language <> 'en'::bpchar))),
    CONSTRAINT care_attribute_translations_name_check CHECK (((char_length(btrim(name)) >= 1) AND (char_length(btrim(name)) <= 200))),
    CONSTRAINT care_attribute_translations_pkey PRIMARY KEY (slug, language),
    CONSTRAINT care_attribute_translations_slug_fkey FOREIGN KEY (slug) REFERENCES care_attributes(slug)
);

CREATE TABLE care_attributes (
    slug text NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    baseline boolean DEFAULT false NOT NULL,
    CONSTRAINT care_attributes_pkey PRIMARY KEY (slug),
    CONSTRAINT care_attributes_slug_check CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text))
);

CREATE TABLE insurance_plans (
    slug text NOT NULL,
    name text NOT NULL,
    CONSTRAINT insurance_plans_pkey PRIMARY KEY (slug),
    CONSTRAINT insurance_plans_slug_check CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text))
);

CREATE TABLE languages (
    code character(2) NOT NULL,
    name text NOT NULL,
    CONSTRAINT languages_code_check CHECK ((code ~ '^[a-z]{2}$'::text)),
    CONSTRAINT languages_pkey PRIMARY KEY (code)
);

CREATE TABLE licenses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    provider_id uuid NOT NULL,
    state character(2) NOT NULL,
    license_type text NOT NULL,
    number text NOT NULL,
    expires_on date,
    verification license_verification DEFAULT 'UNVERIFIED'::license_verification NOT NULL,
    verified_at timestamp with time zone,
    verification_source text,
    CONSTRAINT licenses_license_type_check CHECK ((license_type ~ '^[A-Z]{2,6}$'::text)),
    CONSTRAINT licenses_number_check CHECK (((char_length(btrim(number)) >= 1) AND (char_length(btrim(number)) <= 40))),
    CONSTRAINT licenses_pkey PRIMARY KEY (id),
    CONSTRAINT licenses_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE,
    CONSTRAINT licenses_state_fkey FOREIGN KEY (state) REFERENCES us_states(code),
    CONSTRAINT licenses_unique_number UNIQUE (provider_id, state, license_type, number),
    CONSTRAINT licenses_verified_has_expiry CHECK (((verification <> 'VERIFIED'::license_verification) OR (expires_on IS NOT NULL))),
    CONSTRAINT licenses_verified_has_source CHECK (((verification <> 'VERIFIED'::license_verification) OR ((verified_at IS NOT NULL) AND (verification_source IS NOT NULL))))
);

CREATE TABLE listing_audit_events (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    provider_id uuid NOT NULL,
    revision_id uuid,
    actor_id uuid NOT NULL,
    action text NOT NULL,
    from_status listing_status,
    to_status listing_status,
    reason text,
    checks jsonb,
    created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    claim_id uuid,
    CONSTRAINT listing_audit_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES accounts(id),
    CONSTRAINT listing_audit_events_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES listing_claims(id),
    CONSTRAINT listing_audit_events_one_subject CHECK (((revision_id IS NULL) OR (claim_id IS NULL))),
    CONSTRAINT listing_audit_events_pkey PRIMARY KEY (id),
    CONSTRAINT listing_audit_events_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id),
    CONSTRAINT listing_audit_events_reason_check CHECK ((char_length(reason) <= 2000)),
    CONSTRAINT listing_audit_events_revision_id_fkey FOREIGN KEY (revision_id) REFERENCES listing_revisions(id)
);

CREATE TABLE listing_claim_licenses (
    claim_id uuid NOT NULL,
    state character(2) NOT NULL,
    license_type text NOT NULL,
    number text NOT NULL,
    CONSTRAINT listing_claim_licenses_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES listing_claims(id) ON DELETE CASCADE,
    CONSTRAINT listing_claim_licenses_license_type_check CHECK ((license_type ~ '^[A-Z]{2,6}$'::text)),
    CONSTRAINT listing_claim_licenses_number_check CHECK (((char_length(btrim(number)) >= 1) AND (char_length(btrim(number)) <= 40))),
    CONSTRAINT listing_claim_licenses_pkey PRIMARY KEY (claim_id, state, license_type, number),
    CONSTRAINT listing_claim_licenses_state_fkey FOREIGN KEY (state) REFERENCES us_states(code)
);

CREATE TABLE listing_claims (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    provider_id uuid NOT NULL,
    claimant_account_id uuid NOT NULL,
    status claim_status DEFAULT 'OPEN'::claim_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    decided_by uuid,
    reason text,
    CONSTRAINT listing_claims_claimant_account_id_fkey FOREIGN KEY (claimant_account_id) REFERENCES accounts(id),
    CONSTRAINT listing_claims_decided_by_admin CHECK (((decided_by IS NULL) OR (status = ANY (ARRAY['APPROVED'::claim_status, 'REJECTED'::claim_status])))),
    CONSTRAINT listing_claims_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES accounts(id),
    CONSTRAINT listing_claims_expires_after_creation CHECK ((expires_at > created_at)),
    CONSTRAINT listing_claims_open_undecided CHECK (((status = 'OPEN'::claim_status) = (decided_at IS NULL))),
    CONSTRAINT listing_claims_pkey PRIMARY KEY (id),
    CONSTRAINT listing_claims_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id),
    CONSTRAINT listing_claims_reason_check CHECK ((char_length(reason) <= 2000))
);

CREATE TABLE listing_referral_flags (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    provider_id uuid NOT NULL,
    evidence jsonb NOT NULL,
    flagged_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT listing_referral_flags_pkey PRIMARY KEY (id),
    CONSTRAINT listing_referral_flags_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id)
);

CREATE TABLE listing_referral_signals (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    provider_id uuid NOT NULL,
    kind text NOT NULL,
    occurred_on date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT listing_referral_signals_kind_check CHECK ((kind = ANY (ARRAY['DECLINED_NOT_ACCEPTING_NEW_PATIENTS'::text, 'DECLINED_NOT_LICENSED_IN_CLIENT_STATE'::text, 'COULD_NOT_CONTACT'::text, 'SEEN_NOT_AFFIRMING'::text]))),
    CONSTRAINT listing_referral_signals_pkey PRIMARY KEY (id),
    CONSTRAINT listing_referral_signals_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id)
);

CREATE TABLE listing_revisions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    provider_id uuid NOT NULL,
    status listing_status NOT NULL,
    payload jsonb NOT NULL,
    author_account_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    status_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_at timestamp with time zone,
    decided_by uuid,
    CONSTRAINT listing_revisions_author_account_id_fkey FOREIGN KEY (author_account_id) REFERENCES accounts(id),
    CONSTRAINT listing_revisions_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES accounts(id),
    CONSTRAINT listing_revisions_pkey PRIMARY KEY (id),
    CONSTRAINT listing_revisions_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id),
    CONSTRAINT listing_revisions_status_check CHECK ((status = ANY (ARRAY['DRAFT'::listing_status, 'SUBMITTED'::listing_status, 'IN_REVIEW'::listing_status, 'APPROVED'::listing_status, 'CHANGES_REQUESTED'::listing_status, 'REJECTED'::listing_status])))
);

CREATE TABLE login_throttles (
    key text NOT NULL,
    failures integer NOT NULL,
    last_failed_at timestamp with time zone NOT NULL,
    CONSTRAINT login_throttles_failures_check CHECK ((failures > 0)),
    CONSTRAINT login_throttles_pkey PRIMARY KEY (key)
);

CREATE TABLE migrations (
    id integer DEFAULT nextval('migrations_id_seq'::regclass) NOT NULL,
    "timestamp" bigint NOT NULL,
    name character varying NOT NULL,
    CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY (id)
);

CREATE TABLE notification_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    recipient_account_id uuid NOT NULL,
    kind text NOT NULL,
    subject_id uuid,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    delivered_at timestamp with time zone,
    abandoned_at timestamp with time zone,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sealed_secret text,
    CONSTRAINT notification_outbox_kind_check CHECK ((kind = ANY (ARRAY['REFERRAL_RECEIVED'::text, 'REFERRAL_UPDATED'::text, 'ACCOUNT_EMAIL_CONFIRMATION'::text, 'ACCOUNT_SIGN_UP_ATTEMPT'::text, 'ACCOUNT_PASSWORD_RESET'::text]))),
    CONSTRAINT notification_outbox_last_error_check CHECK ((char_length(last_error) <= 500)),
    CONSTRAINT notification_outbox_pkey PRIMARY KEY (id),
    CONSTRAINT notification_outbox_recipient_account_id_fkey FOREIGN KEY (recipient_account_id) REFERENCES accounts(id),
    CONSTRAINT notification_outbox_secret_until_sent CHECK (((sealed_secret IS NULL) OR ((delivered_at IS NULL) AND (abandoned_at IS NULL))))
);

CREATE TABLE practice_locations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    provider_id uuid NOT NULL,
    "position" smallint DEFAULT 0 NOT NULL,
    name text,
    street text,
    city text NOT NULL,
    state character(2) NOT NULL,
    zip character(5) NOT NULL,
    latitude double precision NOT NULL,
    longitude double precision NOT NULL,
    hide_street boolean DEFAULT false NOT NULL,
    phone text,
    CONSTRAINT practice_locations_city_check CHECK (((char_length(btrim(city)) >= 1) AND (char_length(btrim(city)) <= 100))),
    CONSTRAINT practice_locations_latitude_check CHECK (((latitude >= ('-90'::integer)::double precision) AND (latitude <= (90)::double precision))),
    CONSTRAINT practice_locations_longitude_check CHECK (((longitude >= ('-180'::integer)::double precision) AND (longitude <= (180)::double precision))),
    CONSTRAINT practice_locations_name_check CHECK ((char_length(name) <= 200)),
    CONSTRAINT practice_locations_phone_check CHECK ((phone ~ '^\+?[0-9 ()./-]{7,25}$'::text)),
    CONSTRAINT practice_locations_pkey PRIMARY KEY (id),
    CONSTRAINT practice_locations_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE,
    CONSTRAINT practice_locations_state_fkey FOREIGN KEY (state) REFERENCES us_states(code),
    CONSTRAINT practice_locations_street_check CHECK ((char_length(street) <= 200)),
    CONSTRAINT practice_locations_zip_check CHECK ((zip ~ '^[0-9]{5}$'::text))
);

CREATE TABLE provider_care_attributes (
    provider_id uuid NOT NULL,
    attribute_slug text NOT NULL,
    evidence evidence_level DEFAULT 'SELF_ATTESTED'::evidence_level NOT NULL,
    evidenced_on date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT provider_care_attributes_attribute_slug_fkey FOREIGN KEY (attribute_slug) REFERENCES care_attributes(slug),
    CONSTRAINT provider_care_attributes_pkey PRIMARY KEY (provider_id, attribute_slug),
    CONSTRAINT provider_care_attributes_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE
);

CREATE TABLE provider_insurance_plans (
    provider_id uuid NOT NULL,
    plan_slug text NOT NULL,
    CONSTRAINT provider_insurance_plans_pkey PRIMARY KEY (provider_id, plan_slug),
    CONSTRAINT provider_insurance_plans_plan_slug_fkey FOREIGN KEY (plan_slug) REFERENCES insurance_plans(slug),
    CONSTRAINT provider_insurance_plans_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE
);

CREATE TABLE provider_languages (
    provider_id uuid NOT NULL,
    language_code character(2) NOT NULL,
    CONSTRAINT provider_languages_language_code_fkey FOREIGN KEY (language_code) REFERENCES languages(code),
    CONSTRAINT provider_languages_pkey PRIMARY KEY (provider_id, language_code),
    CONSTRAINT provider_languages_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE
);

CREATE TABLE provider_specialties (
    provider_id uuid NOT NULL,
    specialty_code character varying(10) NOT NULL,
    is_primary boolean DEFAULT false NOT NULL,
    CONSTRAINT provider_specialties_pkey PRIMARY KEY (provider_id, specialty_code),
    CONSTRAINT provider_specialties_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE,
    CONSTRAINT provider_specialties_specialty_code_fkey FOREIGN KEY (specialty_code) REFERENCES specialties(code)
);

CREATE TABLE providers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    npi character(10) NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    chosen_name text,
    credentials text[] DEFAULT '{}'::text[] NOT NULL,
    pronouns text,
    bio text,
    phone text,
    accepting_new_patients boolean DEFAULT true NOT NULL,
    offers_telehealth boolean DEFAULT false NOT NULL,
    status listing_status DEFAULT 'DRAFT'::listing_status NOT NULL,
    last_verified_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    owner_account_id uuid,
    attestation_version text,
    attested_at timestamp with time zone,
    reverify_on date,
    status_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    chosen_last_name text,
    CONSTRAINT providers_attestation_complete CHECK (((attestation_version IS NULL) = (attested_at IS NULL))),
    CONSTRAINT providers_bio_check CHECK ((char_length(bio) <= 4000)),
    CONSTRAINT providers_chosen_last_name_check CHECK (((char_length(btrim(chosen_last_name)) >= 1) AND (char_length(btrim(chosen_last_name)) <= 100))),
    CONSTRAINT providers_chosen_name_check CHECK (((char_length(btrim(chosen_name)) >= 1) AND (char_length(btrim(chosen_name)) <= 100))),
    CONSTRAINT providers_chosen_name_whole CHECK (((chosen_name IS NULL) = (chosen_last_name IS NULL))),
    CONSTRAINT providers_first_name_check CHECK (((char_length(btrim(first_name)) >= 1) AND (char_length(btrim(first_name)) <= 100))),
    CONSTRAINT providers_last_name_check CHECK (((char_length(btrim(last_name)) >= 1) AND (char_length(btrim(last_name)) <= 100))),
    CONSTRAINT providers_npi_check CHECK (npi_is_valid((npi)::text)),
    CONSTRAINT providers_npi_key UNIQUE (npi),
    CONSTRAINT providers_owner_account_id_fkey FOREIGN KEY (owner_account_id) REFERENCES accounts(id),
    CONSTRAINT providers_owner_key UNIQUE (owner_account_id),
    CONSTRAINT providers_phone_check CHECK ((phone ~ '^\+?[0-9 ()./-]{7,25}$'::text)),
    CONSTRAINT providers_pkey PRIMARY KEY (id),
    CONSTRAINT providers_pronouns_check CHECK (((char_length(pronouns) >= 1) AND (char_length(pronouns) <= 40)))
);

CREATE TABLE referral_audit_events (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    referral_id uuid NOT NULL,
    actor_account_id uuid,
    action text NOT NULL,
    created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    CONSTRAINT referral_audit_events_action_check CHECK ((action ~ '^[A-Z_]{1,60}$'::text)),
    CONSTRAINT referral_audit_events_actor_account_id_fkey FOREIGN KEY (actor_account_id) REFERENCES accounts(id),
    CONSTRAINT referral_audit_events_pkey PRIMARY KEY (id),
    CONSTRAINT referral_audit_events_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referrals(id)
);

CREATE TABLE referral_events (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    referral_id uuid NOT NULL,
    actor_account_id uuid,
    from_status referral_status,
    to_status referral_status NOT NULL,
    reason text,
    created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    CONSTRAINT referral_events_actor_account_id_fkey FOREIGN KEY (actor_account_id) REFERENCES accounts(id),
    CONSTRAINT referral_events_pkey PRIMARY KEY (id),
    CONSTRAINT referral_events_reason_check CHECK ((reason ~ '^[A-Z_]{1,60}$'::text)),
    CONSTRAINT referral_events_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referrals(id)
);

CREATE TABLE referrals (
    id uuid NOT NULL,
    therapist_account_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    idempotency_key text NOT NULL,
    request_fingerprint text NOT NULL,
    reason text NOT NULL,
    urgency referral_urgency NOT NULL,
    client_state character(2) NOT NULL,
    modality referral_modality NOT NULL,
    accommodations text[] DEFAULT '{}'::text[] NOT NULL,
    preferred_contact text NOT NULL,
    consent_method text NOT NULL,
    consent_given_at timestamp with time zone NOT NULL,
    client_details_sealed text NOT NULL,
    warnings text[] DEFAULT '{}'::text[] NOT NULL,
    status referral_status DEFAULT 'SENT'::referral_status NOT NULL,
    decline_reason text,
    cancel_reason text,
    scheduled_for date,
    outcome referral_outcome,
    outcome_note_sealed text,
    outcome_recorded_at timestamp with time zone,
    expires_at timestamp with time zone NOT NULL,
    responded_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT referrals_cancel_reason_check CHECK ((cancel_reason = ANY (ARRAY['CLIENT_CHOSE_ANOTHER_PROVIDER'::text, 'CLIENT_WITHDREW_CONSENT'::text, 'NO_LONGER_NEEDED'::text, 'SENT_IN_ERROR'::text, 'OTHER'::text]))),
    CONSTRAINT referrals_cancelled_has_reason CHECK (((status = 'CANCELLED'::referral_status) = (cancel_reason IS NOT NULL))),
    CONSTRAINT referrals_client_state_fkey FOREIGN KEY (client_state) REFERENCES us_states(code),
    CONSTRAINT referrals_consent_method_check CHECK ((consent_method = ANY (ARRAY['VERBAL'::text, 'WRITTEN'::text, 'ELECTRONIC'::text]))),
    CONSTRAINT referrals_decline_reason_check CHECK ((decline_reason = ANY (ARRAY['NOT_ACCEPTING_NEW_PATIENTS'::text, 'SERVICE_NOT_OFFERED'::text, 'NOT_LICENSED_IN_CLIENT_STATE'::text, 'NO_CAPACITY'::text, 'OTHER'::text]))),
    CONSTRAINT referrals_declined_has_reason CHECK (((status = 'DECLINED'::referral_status) = (decline_reason IS NOT NULL))),
    CONSTRAINT referrals_idempotency_key UNIQUE (therapist_account_id, idempotency_key),
    CONSTRAINT referrals_idempotency_key_check CHECK ((idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'::text)),
    CONSTRAINT referrals_note_needs_outcome CHECK (((outcome_note_sealed IS NULL) OR (outcome IS NOT NULL))),
    CONSTRAINT referrals_outcome_complete CHECK (((outcome IS NULL) = (outcome_recorded_at IS NULL))),
    CONSTRAINT referrals_pkey PRIMARY KEY (id),
    CONSTRAINT referrals_preferred_contact_check CHECK ((preferred_contact = ANY (ARRAY['EMAIL'::text, 'PHONE'::text, 'THERAPIST_COORDINATES'::text]))),
    CONSTRAINT referrals_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id),
    CONSTRAINT referrals_reason_check CHECK ((reason = ANY (ARRAY['postcoital-bleeding'::text, 'pelvic-pain'::text, 'sti-screening'::text, 'routine-gyn-exam'::text, 'contraception'::text, 'gender-affirming-care'::text, 'primary-care'::text, 'other'::text]))),
    CONSTRAINT referrals_therapist_account_id_fkey FOREIGN KEY (therapist_account_id) REFERENCES accounts(id)
);

CREATE TABLE registry_imports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    file_name text NOT NULL,
    file_kind text NOT NULL,
    data_date date NOT NULL,
    rows_read integer NOT NULL,
    rows_kept integer NOT NULL,
    rows_skipped integer NOT NULL,
    rows_changed integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT registry_imports_file_kind_check CHECK ((file_kind = ANY (ARRAY['FULL'::text, 'WEEKLY'::text, 'DEACTIVATIONS'::text]))),
    CONSTRAINT registry_imports_pkey PRIMARY KEY (id),
    CONSTRAINT registry_imports_rows_changed_check CHECK ((rows_changed >= 0)),
    CONSTRAINT registry_imports_rows_kept_check CHECK ((rows_kept >= 0)),
    CONSTRAINT registry_imports_rows_read_check CHECK ((rows_read >= 0)),
    CONSTRAINT registry_imports_rows_skipped_check CHECK ((rows_skipped >= 0))
);

CREATE TABLE registry_practitioners (
    npi character(10) NOT NULL,
    last_name text,
    first_name text,
    middle_name text,
    name_prefix text,
    name_suffix text,
    credentials text,
    sex_code text,
    taxonomies jsonb NOT NULL,
    taxonomy_codes text[] NOT NULL,
    primary_taxonomy_code character varying(10),
    practice_line1 text,
    practice_line2 text,
    practice_city text,
    practice_state text,
    practice_postal_code text,
    practice_phone text,
    enumerated_on date,
    last_updated_on date,
    deactivated_on date,
    deactivation_reason text,
    reactivated_on date,
    source_file text NOT NULL,
    source_date date NOT NULL,
    content_hash text NOT NULL,
    imported_at timestamp with time zone DEFAULT now() NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT registry_practitioners_npi_check CHECK ((npi ~ '^[0-9]{10}$'::text)),
    CONSTRAINT registry_practitioners_pkey PRIMARY KEY (npi),
    CONSTRAINT registry_practitioners_taxonomies_check CHECK ((jsonb_typeof(taxonomies) = 'array'::text))
);

CREATE TABLE search_listing_locations (
    location_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    point cube NOT NULL,
    cell integer NOT NULL,
    one_of_several boolean NOT NULL,
    CONSTRAINT search_listing_locations_pkey PRIMARY KEY (location_id)
);

CREATE TABLE search_listing_states (
    state character(2) NOT NULL,
    provider_id uuid NOT NULL,
    in_person boolean NOT NULL,
    telehealth_until date,
    rank integer NOT NULL,
    sort_name text NOT NULL,
    name_text text DEFAULT ''::text NOT NULL,
    categories text[] DEFAULT '{}'::text[] NOT NULL,
    specialty_codes text[] DEFAULT '{}'::text[] NOT NULL,
    language_codes text[] DEFAULT '{}'::text[] NOT NULL,
    attribute_slugs text[] DEFAULT '{}'::text[] NOT NULL,
    insurance_slugs text[] DEFAULT '{}'::text[] NOT NULL,
    accepting_new_patients boolean DEFAULT true NOT NULL,
    offers_telehealth boolean DEFAULT false NOT NULL,
    CONSTRAINT search_listing_states_pkey PRIMARY KEY (state, provider_id),
    CONSTRAINT search_listing_states_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES search_listings(provider_id) ON DELETE CASCADE,
    CONSTRAINT search_listing_states_state_fkey FOREIGN KEY (state) REFERENCES us_states(code)
);

CREATE TABLE search_listings (
    provider_id uuid NOT NULL,
    document jsonb NOT NULL,
    name_text text NOT NULL,
    sort_name text NOT NULL,
    rank integer NOT NULL,
    categories text[] NOT NULL,
    specialty_codes text[] NOT NULL,
    language_codes text[] NOT NULL,
    attribute_slugs text[] NOT NULL,
    insurance_slugs text[] NOT NULL,
    accepting_new_patients boolean NOT NULL,
    offers_telehealth boolean NOT NULL,
    refreshed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT search_listings_pkey PRIMARY KEY (provider_id),
    CONSTRAINT search_listings_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE
);

CREATE TABLE specialties (
    code character varying(10) NOT NULL,
    slug text,
    name text NOT NULL,
    category specialty_category,
    "grouping" text NOT NULL,
    classification text NOT NULL,
    specialization text,
    definition text,
    retired_on date,
    CONSTRAINT specialties_code_check CHECK (((code)::text ~ '^[0-9]{3}[0-9A-Z]{6}X$'::text)),
    CONSTRAINT specialties_in_scope_has_slug CHECK (((category IS NULL) OR (slug IS NOT NULL))),
    CONSTRAINT specialties_pkey PRIMARY KEY (code),
    CONSTRAINT specialties_slug_check CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text)),
    CONSTRAINT specialties_slug_key UNIQUE (slug)
);

CREATE TABLE specialty_translations (
    code character varying(10) NOT NULL,
    language character(2) NOT NULL,
    name text NOT NULL,
    CONSTRAINT specialty_translations_code_fkey FOREIGN KEY (code) REFERENCES specialties(code),
    CONSTRAINT specialty_translations_language_check CHECK (((language ~ '^[a-z]{2}$'::text) AND (language <> 'en'::bpchar))),
    CONSTRAINT specialty_translations_name_check CHECK (((char_length(btrim(name)) >= 1) AND (char_length(btrim(name)) <= 200))),
    CONSTRAINT specialty_translations_pkey PRIMARY KEY (code, language)
);

CREATE TABLE therapist_licenses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    state character(2) NOT NULL,
    license_type text NOT NULL,
    number text NOT NULL,
    npi character(10),
    verification_source text,
    verification_note text,
    verified_by uuid,
    verified_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT therapist_licenses_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id),
    CONSTRAINT therapist_licenses_account_id_state_license_type_number_key UNIQUE (account_id, state, license_type, number),
    CONSTRAINT therapist_licenses_check CHECK (((verification_source IS NULL) = (verified_at IS NULL))),
    CONSTRAINT therapist_licenses_check1 CHECK (((verified_at IS NOT NULL) OR ((verified_by IS NULL) AND (verification_note IS NULL)))),
    CONSTRAINT therapist_licenses_license_type_check CHECK ((license_type ~ '^[A-Za-z]{2,10}$'::text)),
    CONSTRAINT therapist_licenses_npi_check CHECK ((npi ~ '^[0-9]{10}$'::text)),
    CONSTRAINT therapist_licenses_number_check CHECK (((char_length(number) >= 1) AND (char_length(number) <= 40))),
    CONSTRAINT therapist_licenses_pkey PRIMARY KEY (id),
    CONSTRAINT therapist_licenses_state_fkey FOREIGN KEY (state) REFERENCES us_states(code),
    CONSTRAINT therapist_licenses_verification_note_check CHECK ((char_length(verification_note) <= 1000)),
    CONSTRAINT therapist_licenses_verification_source_check CHECK (((char_length(verification_source) >= 3) AND (char_length(verification_source) <= 200))),
    CONSTRAINT therapist_licenses_verified_by_fkey FOREIGN KEY (verified_by) REFERENCES accounts(id)
);

CREATE TABLE us_state_translations (
    code character(2) NOT NULL,
    language character(2) NOT NULL,
    name text NOT NULL,
    CONSTRAINT us_state_translations_code_fkey FOREIGN KEY (code) REFERENCES us_states(code),
    CONSTRAINT us_state_translations_language_check CHECK (((language ~ '^[a-z]{2}$'::text) AND (language <> 'en'::bpchar))),
    CONSTRAINT us_state_translations_name_check CHECK (((char_length(btrim(name)) >= 1) AND (char_length(btrim(name)) <= 200))),
    CONSTRAINT us_state_translations_pkey PRIMARY KEY (code, language)
);

CREATE TABLE us_states (
    code character(2) NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    CONSTRAINT us_states_code_check CHECK ((code ~ '^[A-Z]{2}$'::text)),
    CONSTRAINT us_states_kind_check CHECK ((kind = ANY (ARRAY['state'::text, 'district'::text, 'territory'::text]))),
    CONSTRAINT us_states_name_key UNIQUE (name),
    CONSTRAINT us_states_pkey PRIMARY KEY (code)
);

-- Indexes

CREATE INDEX account_audit_events_account_idx ON public.account_audit_events USING btree (account_id, id);

CREATE INDEX account_link_tokens_open_idx ON public.account_link_tokens USING btree (account_id, purpose) WHERE (used_at IS NULL);

CREATE INDEX account_refresh_tokens_session_idx ON public.account_refresh_tokens USING btree (session_id);

CREATE INDEX account_sessions_open_idx ON public.account_sessions USING btree (account_id, started_at) WHERE (ended_at IS NULL);

CREATE INDEX accounts_status_idx ON public.accounts USING btree (status, created_at, id);

CREATE INDEX licenses_provider_idx ON public.licenses USING btree (provider_id);

CREATE INDEX listing_audit_events_provider_idx ON public.listing_audit_events USING btree (provider_id, id);

CREATE UNIQUE INDEX listing_claims_one_open_per_account_idx ON public.listing_claims USING btree (claimant_account_id) WHERE (status = 'OPEN'::claim_status);

CREATE INDEX listing_claims_open_queue_idx ON public.listing_claims USING btree (created_at, id) WHERE (status = 'OPEN'::claim_status);

CREATE INDEX listing_claims_provider_idx ON public.listing_claims USING btree (provider_id);

CREATE INDEX listing_referral_flags_provider_idx ON public.listing_referral_flags USING btree (provider_id, flagged_at);

CREATE INDEX listing_referral_signals_provider_idx ON public.listing_referral_signals USING btree (provider_id, occurred_on);

CREATE UNIQUE INDEX listing_revisions_one_open_idx ON public.listing_revisions USING btree (provider_id) WHERE (status = ANY (ARRAY['DRAFT'::listing_status, 'SUBMITTED'::listing_status, 'IN_REVIEW'::listing_status, 'CHANGES_REQUESTED'::listing_status]));

CREATE INDEX notification_outbox_pending_idx ON public.notification_outbox USING btree (next_attempt_at, id) WHERE ((delivered_at IS NULL) AND (abandoned_at IS NULL));

CREATE INDEX practice_locations_provider_idx ON public.practice_locations USING btree (provider_id);

CREATE UNIQUE INDEX provider_specialties_one_primary_idx ON public.provider_specialties USING btree (provider_id) WHERE is_primary;

CREATE INDEX providers_reverify_idx ON public.providers USING btree (reverify_on, id) WHERE (status = 'APPROVED'::listing_status);

CREATE INDEX providers_status_idx ON public.providers USING btree (status);

CREATE INDEX referral_audit_events_referral_idx ON public.referral_audit_events USING btree (referral_id, id);

CREATE INDEX referral_events_referral_idx ON public.referral_events USING btree (referral_id, id);

CREATE INDEX referrals_expiry_idx ON public.referrals USING btree (expires_at) WHERE (status = ANY (ARRAY['SENT'::referral_status, 'VIEWED'::referral_status]));

CREATE INDEX referrals_received_idx ON public.referrals USING btree (provider_id, created_at DESC, id DESC);

CREATE INDEX referrals_sent_idx ON public.referrals USING btree (therapist_account_id, created_at DESC, id DESC);

CREATE INDEX registry_practitioners_state_idx ON public.registry_practitioners USING btree (practice_state, npi);

CREATE INDEX registry_practitioners_taxonomy_idx ON public.registry_practitioners USING gin (taxonomy_codes);

CREATE INDEX search_listing_locations_cell_idx ON public.search_listing_locations USING btree (cell) INCLUDE (point, provider_id, location_id, one_of_several);

CREATE INDEX search_listing_locations_point_idx ON public.search_listing_locations USING gist (point);

CREATE INDEX search_listing_locations_provider_idx ON public.search_listing_locations USING btree (provider_id);

CREATE INDEX search_listing_states_name_ak_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'AK'::bpchar);

CREATE INDEX search_listing_states_name_al_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'AL'::bpchar);

CREATE INDEX search_listing_states_name_ar_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'AR'::bpchar);

CREATE INDEX search_listing_states_name_as_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'AS'::bpchar);

CREATE INDEX search_listing_states_name_az_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'AZ'::bpchar);

CREATE INDEX search_listing_states_name_ca_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'CA'::bpchar);

CREATE INDEX search_listing_states_name_co_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'CO'::bpchar);

CREATE INDEX search_listing_states_name_ct_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'CT'::bpchar);

CREATE INDEX search_listing_states_name_dc_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'DC'::bpchar);

CREATE INDEX search_listing_states_name_de_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'DE'::bpchar);

CREATE INDEX search_listing_states_name_fl_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'FL'::bpchar);

CREATE INDEX search_listing_states_name_ga_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'GA'::bpchar);

CREATE INDEX search_listing_states_name_gu_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'GU'::bpchar);

CREATE INDEX search_listing_states_name_hi_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'HI'::bpchar);

CREATE INDEX search_listing_states_name_ia_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'IA'::bpchar);

CREATE INDEX search_listing_states_name_id_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'ID'::bpchar);

CREATE INDEX search_listing_states_name_il_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'IL'::bpchar);

CREATE INDEX search_listing_states_name_in_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'IN'::bpchar);

CREATE INDEX search_listing_states_name_ks_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'KS'::bpchar);

CREATE INDEX search_listing_states_name_ky_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'KY'::bpchar);

CREATE INDEX search_listing_states_name_la_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'LA'::bpchar);

CREATE INDEX search_listing_states_name_ma_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MA'::bpchar);

CREATE INDEX search_listing_states_name_md_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MD'::bpchar);

CREATE INDEX search_listing_states_name_me_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'ME'::bpchar);

CREATE INDEX search_listing_states_name_mi_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MI'::bpchar);

CREATE INDEX search_listing_states_name_mn_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MN'::bpchar);

CREATE INDEX search_listing_states_name_mo_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MO'::bpchar);

CREATE INDEX search_listing_states_name_mp_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MP'::bpchar);

CREATE INDEX search_listing_states_name_ms_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MS'::bpchar);

CREATE INDEX search_listing_states_name_mt_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'MT'::bpchar);

CREATE INDEX search_listing_states_name_nc_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'NC'::bpchar);

CREATE INDEX search_listing_states_name_nd_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'ND'::bpchar);

CREATE INDEX search_listing_states_name_ne_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'NE'::bpchar);

CREATE INDEX search_listing_states_name_nh_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'NH'::bpchar);

CREATE INDEX search_listing_states_name_nj_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'NJ'::bpchar);

CREATE INDEX search_listing_states_name_nm_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'NM'::bpchar);

CREATE INDEX search_listing_states_name_nv_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'NV'::bpchar);

CREATE INDEX search_listing_states_name_ny_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'NY'::bpchar);

CREATE INDEX search_listing_states_name_oh_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'OH'::bpchar);

CREATE INDEX search_listing_states_name_ok_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'OK'::bpchar);

CREATE INDEX search_listing_states_name_or_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'OR'::bpchar);

CREATE INDEX search_listing_states_name_pa_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'PA'::bpchar);

CREATE INDEX search_listing_states_name_pr_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'PR'::bpchar);

CREATE INDEX search_listing_states_name_ri_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'RI'::bpchar);

CREATE INDEX search_listing_states_name_sc_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'SC'::bpchar);

CREATE INDEX search_listing_states_name_sd_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'SD'::bpchar);

CREATE INDEX search_listing_states_name_tn_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'TN'::bpchar);

CREATE INDEX search_listing_states_name_tx_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'TX'::bpchar);

CREATE INDEX search_listing_states_name_ut_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'UT'::bpchar);

CREATE INDEX search_listing_states_name_va_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'VA'::bpchar);

CREATE INDEX search_listing_states_name_vi_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'VI'::bpchar);

CREATE INDEX search_listing_states_name_vt_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'VT'::bpchar);

CREATE INDEX search_listing_states_name_wa_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'WA'::bpchar);

CREATE INDEX search_listing_states_name_wi_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'WI'::bpchar);

CREATE INDEX search_listing_states_name_wv_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'WV'::bpchar);

CREATE INDEX search_listing_states_name_wy_idx ON public.search_listing_states USING gin (name_text gin_trgm_ops) WHERE (state = 'WY'::bpchar);

CREATE INDEX search_listing_states_provider_idx ON public.search_listing_states USING btree (provider_id);

CREATE INDEX search_listing_states_relevance_idx ON public.search_listing_states USING btree (state, ((- rank)), sort_name, provider_id) INCLUDE (rank, in_person, telehealth_until, categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients, offers_telehealth);

CREATE INDEX search_listings_filters_idx ON public.search_listings USING gin (categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs);

CREATE INDEX search_listings_flags_idx ON public.search_listings USING btree (accepting_new_patients, offers_telehealth);

CREATE INDEX search_listings_name_trgm_idx ON public.search_listings USING gin (name_text gin_trgm_ops);

CREATE INDEX search_listings_relevance_idx ON public.search_listings USING btree (((- rank)), sort_name, provider_id);

CREATE INDEX search_listings_sort_name_idx ON public.search_listings USING btree (sort_name, provider_id);

-- Views

CREATE VIEW search_listing_source AS
 SELECT id AS provider_id,
    jsonb_build_object('id', id, 'npi', npi, 'firstName',
        CASE
            WHEN chosen_name IS NULL THEN first_name
            ELSE chosen_name
        END, 'lastName',
        CASE
            WHEN chosen_name IS NULL THEN last_name
            ELSE chosen_last_name
        END, 'credentials', to_jsonb(credentials), 'pronouns', pronouns, 'bio', bio, 'phone', phone, 'acceptingNewPatients', accepting_new_patients, 'offersTelehealth', offers_telehealth, 'lastVerifiedAt', last_verified_at, 'specialties', COALESCE(( SELECT jsonb_agg(jsonb_build_object('code', s.code, 'slug', s.slug, 'name', s.name, 'category', s.category, 'primary', ps.is_primary) ORDER BY ps.is_primary DESC, s.name) AS jsonb_agg
           FROM provider_specialties ps
             JOIN specialties s ON s.code::text = ps.specialty_code::text
          WHERE ps.provider_id = p.id), '[]'::jsonb), 'locations', COALESCE(( SELECT jsonb_agg(jsonb_build_object('id', pl.id, 'name', pl.name, 'city', pl.city, 'state', pl.state, 'zip', pl.zip, 'phone', pl.phone, 'streetHidden', pl.hide_street, 'street',
                CASE
                    WHEN pl.hide_street THEN NULL::text
                    ELSE pl.street
                END, 'latitude',
                CASE
                    WHEN pl.hide_street THEN NULL::double precision
                    ELSE pl.latitude
                END, 'longitude',
                CASE
                    WHEN pl.hide_street THEN NULL::double precision
                    ELSE pl.longitude
                END) ORDER BY pl."position", pl.id) AS jsonb_agg
           FROM practice_locations pl
          WHERE pl.provider_id = p.id), '[]'::jsonb), 'licenses', COALESCE(( SELECT jsonb_agg(jsonb_build_object('state', l.state, 'type', l.license_type, 'expiresOn', l.expires_on) ORDER BY l.state, l.license_type) AS jsonb_agg
           FROM licenses l
          WHERE l.provider_id = p.id AND l.verification = 'VERIFIED'::license_verification), '[]'::jsonb), 'careAttributes', COALESCE(( SELECT jsonb_agg(jsonb_build_object('slug', a.slug, 'name', a.name, 'evidence', pa.evidence, 'evidencedOn', pa.evidenced_on) ORDER BY a.baseline DESC, a.name) AS jsonb_agg
           FROM provider_care_attributes pa
             JOIN care_attributes a ON a.slug = pa.attribute_slug
          WHERE pa.provider_id = p.id), '[]'::jsonb), 'languages', COALESCE(( SELECT jsonb_agg(jsonb_build_object('code', lg.code, 'name', lg.name) ORDER BY lg.name) AS jsonb_agg
           FROM provider_languages pg
             JOIN languages lg ON lg.code = pg.language_code
          WHERE pg.provider_id = p.id), '[]'::jsonb), 'insurance', COALESCE(( SELECT jsonb_agg(jsonb_build_object('slug', ip.slug, 'name', ip.name) ORDER BY ip.name) AS jsonb_agg
           FROM provider_insurance_plans pp
             JOIN insurance_plans ip ON ip.slug = pp.plan_slug
          WHERE pp.provider_id = p.id), '[]'::jsonb)) AS document,
    search_text(concat_ws(' '::text,
        CASE
            WHEN chosen_name IS NULL THEN first_name
            ELSE chosen_name
        END,
        CASE
            WHEN chosen_name IS NULL THEN last_name
            ELSE chosen_last_name
        END)) AS name_text,
    search_text(concat_ws(' '::text,
        CASE
            WHEN chosen_name IS NULL THEN last_name
            ELSE chosen_last_name
        END,
        CASE
            WHEN chosen_name IS NULL THEN first_name
            ELSE chosen_name
        END)) AS sort_name,
        CASE
            WHEN accepting_new_patients THEN 1000
            ELSE 0
        END + COALESCE(( SELECT sum(
                CASE pa.evidence
                    WHEN 'REFERRAL_CONFIRMED'::evidence_level THEN 30
                    WHEN 'ADMIN_VERIFIED'::evidence_level THEN 20
                    ELSE 5
                END) AS sum
           FROM provider_care_attributes pa
          WHERE pa.provider_id = p.id), 0::bigint)::integer AS rank,
    ARRAY( SELECT DISTINCT s.category::text AS category
           FROM provider_specialties ps
             JOIN specialties s ON s.code::text = ps.specialty_code::text
          WHERE ps.provider_id = p.id) AS categories,
    ARRAY( SELECT ps.specialty_code::text AS specialty_code
           FROM provider_specialties ps
          WHERE ps.provider_id = p.id) AS specialty_codes,
    ARRAY( SELECT pg.language_code::text AS language_code
           FROM provider_languages pg
          WHERE pg.provider_id = p.id) AS language_codes,
    ARRAY( SELECT pa.attribute_slug
           FROM provider_care_attributes pa
          WHERE pa.provider_id = p.id) AS attribute_slugs,
    ARRAY( SELECT pp.plan_slug
           FROM provider_insurance_plans pp
          WHERE pp.provider_id = p.id) AS insurance_slugs,
    accepting_new_patients,
    offers_telehealth
   FROM providers p
  WHERE status = 'APPROVED'::listing_status;

CREATE VIEW search_listing_state_source AS
 SELECT state,
    provider_id,
    bool_or(in_person) AS in_person,
    max(telehealth_until) AS telehealth_until
   FROM ( SELECT pl.state,
            pl.provider_id,
            true AS in_person,
            NULL::date AS telehealth_until
           FROM practice_locations pl
        UNION ALL
         SELECT l.state,
            l.provider_id,
            false,
            l.expires_on
           FROM licenses l
             JOIN providers p ON p.id = l.provider_id
          WHERE p.offers_telehealth AND l.verification = 'VERIFIED'::license_verification) coverage
  GROUP BY state, provider_id;

-- Triggers

CREATE TRIGGER account_audit_events_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON account_audit_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TRIGGER listing_audit_events_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON listing_audit_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TRIGGER referral_audit_events_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON referral_audit_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TRIGGER referral_events_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON referral_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TRIGGER search_listings_publish_locations AFTER INSERT ON search_listings REFERENCING NEW TABLE AS published FOR EACH STATEMENT EXECUTE FUNCTION publish_search_listing_locations();

CREATE TRIGGER search_listings_truncate_locations AFTER TRUNCATE ON search_listings FOR EACH STATEMENT EXECUTE FUNCTION withdraw_search_listing_locations();

CREATE TRIGGER search_listings_withdraw_locations AFTER DELETE ON search_listings REFERENCING OLD TABLE AS withdrawn FOR EACH STATEMENT EXECUTE FUNCTION withdraw_search_listing_locations();
