--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_log (
    id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    staff_id character varying(60) NOT NULL,
    office_id character varying(60) NOT NULL,
    case_id character varying(36) NOT NULL,
    what character varying(60) NOT NULL,
    remote_addr character varying(60)
);


--
-- Name: access_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.access_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: access_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.access_log_id_seq OWNED BY public.access_log.id;


--
-- Name: applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applications (
    case_id character varying(36) NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    payload jsonb NOT NULL
);


--
-- Name: case_fees; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_fees (
    case_id character varying(36) NOT NULL,
    assessed_cents integer NOT NULL,
    open_cents integer NOT NULL,
    kassenzeichen character varying(20)
);


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    case_id character varying(36) NOT NULL,
    office_id character varying(60) NOT NULL,
    service_id character varying(60) NOT NULL,
    service_name character varying(200) NOT NULL,
    state character varying(30) NOT NULL,
    open boolean NOT NULL,
    payment_first boolean NOT NULL,
    routed_at timestamp with time zone NOT NULL,
    due_on date NOT NULL,
    remind_at timestamp with time zone,
    claimed_by character varying(60),
    updated_at timestamp with time zone NOT NULL,
    version integer NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    "position" bigint NOT NULL,
    event_id character varying(36) NOT NULL,
    case_id character varying(36) NOT NULL,
    stream_version integer NOT NULL,
    event_type character varying(100) NOT NULL,
    schema_version integer NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    producer character varying(40) NOT NULL,
    correlation_id character varying(36) NOT NULL,
    causation_id character varying(36) NOT NULL,
    payload jsonb NOT NULL,
    prev_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL,
    key_id character varying(100) NOT NULL,
    signature character varying(100) NOT NULL
);


--
-- Name: events_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_position_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.events_position_seq OWNED BY public.events."position";


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    "position" bigint NOT NULL,
    topic character varying(200) NOT NULL,
    published_at timestamp with time zone
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outbox_id_seq OWNED BY public.outbox.id;


--
-- Name: page_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.page_sessions (
    id_sha256 character varying(64) NOT NULL,
    staff_id character varying(60) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone
);


--
-- Name: processed_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.processed_events (
    consumer character varying(100) NOT NULL,
    event_id character varying(36) NOT NULL,
    processed_at timestamp with time zone NOT NULL
);


--
-- Name: staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff (
    id character varying(60) NOT NULL,
    name character varying(200) NOT NULL,
    office_id character varying(60) NOT NULL,
    role character varying(20) NOT NULL,
    key_sha256 character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: access_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_log ALTER COLUMN id SET DEFAULT nextval('public.access_log_id_seq'::regclass);


--
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Data for Name: access_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: applications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.applications VALUES ('688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:07.904212+00', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "hannes.0@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Hannes", "family_name": "Schulz", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}');
INSERT INTO public.applications VALUES ('be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:08.104524+00', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "anna.6@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Anna", "family_name": "Fischer", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}');
INSERT INTO public.applications VALUES ('07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:08.157168+00', '{"form": {"kind": "einfach", "copies": 2}, "channel": "online", "applicant": {"email": "hannes.9@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Hannes", "family_name": "Koch", "date_of_birth": "1990-01-01"}, "service_id": "meldebescheinigung", "service_name": "Meldebescheinigung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}');
INSERT INTO public.applications VALUES ('bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:08.187094+00', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "emma.11@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Emma", "family_name": "Becker", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}');
INSERT INTO public.applications VALUES ('4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:08.090876+00', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "clara.5@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Clara", "family_name": "Koch", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}');
INSERT INTO public.applications VALUES ('4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:08.130392+00', '{"form": {"copies": 3, "person": {"given_name": "Jürgen", "family_name": "Weiß"}, "purpose": "sonstiges", "multilingual": false, "relationship": "selbst", "date_of_birth": "1984-03-17", "place_of_birth": "Oschersleben (Bode)"}, "channel": "online", "applicant": {"email": "jonas.8@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Jonas", "family_name": "Müller", "date_of_birth": "1990-01-01"}, "service_id": "geburtsurkunde", "service_name": "Geburtsurkunde", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}');
INSERT INTO public.applications VALUES ('1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:07.966223+00', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "greta.1@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Greta", "family_name": "Fischer", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}');
INSERT INTO public.applications VALUES ('14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:07.982043+00', '{"form": {"kind": "einfach", "copies": 2}, "channel": "online", "applicant": {"email": "anna.2@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Anna", "family_name": "Becker", "date_of_birth": "1990-01-01"}, "service_id": "meldebescheinigung", "service_name": "Meldebescheinigung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}');
INSERT INTO public.applications VALUES ('67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:08.115518+00', '{"form": {"main_address": {"city": "Magdeburg", "street": "Hauptstraße", "postcode": "39104", "house_number": "1"}, "move_in_date": "2026-11-20", "secondary_address": {"city": "Oschersleben", "street": "Am Park", "postcode": "39387", "house_number": "7"}, "landlord_confirmation": true}, "channel": "online", "applicant": {"email": "emma.7@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Emma", "family_name": "Müller", "date_of_birth": "1990-01-01"}, "service_id": "nebenwohnung", "service_name": "Anmeldung einer Nebenwohnung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "none"}');
INSERT INTO public.applications VALUES ('3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:08.055733+00', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "david.3@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "David", "family_name": "Fischer", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}');
INSERT INTO public.applications VALUES ('b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:08.078317+00', '{"form": {"kind": "einfach", "usage": "Bewerbung als Erzieher", "purpose": "privat", "honorary_work": false, "extended_request_letter": false}, "channel": "online", "applicant": {"email": "emma.4@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Emma", "family_name": "Weber", "date_of_birth": "1990-01-01"}, "service_id": "fuehrungszeugnis", "service_name": "Führungszeugnis", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}');
INSERT INTO public.applications VALUES ('360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:08.170718+00', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "david.10@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "David", "family_name": "Weber", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}');


--
-- Data for Name: case_fees; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_fees VALUES ('b6db4739-02a0-4eb1-9e81-2f57843a3196', 1300, 1300, '2600000109');
INSERT INTO public.case_fees VALUES ('07da1392-91d3-4d7a-847f-104a1a3b4308', 2000, 2000, '2600000075');
INSERT INTO public.case_fees VALUES ('4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 2000, 2000, '2600000034');
INSERT INTO public.case_fees VALUES ('67476f8f-0587-485f-808c-9e10d3d333f8', 0, 0, NULL);
INSERT INTO public.case_fees VALUES ('688d42c4-d760-476f-85b8-3632d08ed303', 2600, 0, '2600000018');
INSERT INTO public.case_fees VALUES ('1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 2600, 0, '2600000042');
INSERT INTO public.case_fees VALUES ('14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 2000, 0, '2600000059');
INSERT INTO public.case_fees VALUES ('4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 2600, 0, '2600000026');
INSERT INTO public.case_fees VALUES ('3a09f592-87f2-4da9-ae2d-c43842d4525c', 2600, 0, '2600000091');
INSERT INTO public.case_fees VALUES ('be46ab3c-764c-41bc-b211-79628df65484', 2600, 0, '2600000067');
INSERT INTO public.case_fees VALUES ('360ca019-46cd-4134-a9ee-4a77b331cc63', 2600, 0, '2600000117');
INSERT INTO public.case_fees VALUES ('bffdce7f-6051-408d-864c-c217eab382d2', 2600, 0, '2600000083');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES ('be46ab3c-764c-41bc-b211-79628df65484', 'gewerbeamt', 'gewerbeanmeldung', 'Gewerbeanmeldung', 'routed', true, false, '2026-12-06 20:37:08.824812+00', '2026-12-09', '2026-12-09 20:37:08.104524+00', NULL, '2026-12-06 20:37:08.824812+00', 1);
INSERT INTO public.cases VALUES ('07da1392-91d3-4d7a-847f-104a1a3b4308', 'buergerbuero', 'meldebescheinigung', 'Meldebescheinigung', 'awaiting_payment', true, true, '2026-12-06 20:37:08.825409+00', '2026-12-09', NULL, NULL, '2026-12-06 20:37:08.825737+00', 2);
INSERT INTO public.cases VALUES ('4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'gewerbeamt', 'gewerbeanmeldung', 'Gewerbeanmeldung', 'routed', true, false, '2026-12-06 20:37:08.826597+00', '2026-12-09', '2026-12-09 20:37:08.090876+00', NULL, '2026-12-06 20:37:08.826597+00', 1);
INSERT INTO public.cases VALUES ('4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 'standesamt', 'geburtsurkunde', 'Geburtsurkunde', 'awaiting_payment', true, true, '2026-12-06 20:37:08.835352+00', '2026-12-18', NULL, NULL, '2026-12-06 20:37:08.835906+00', 2);
INSERT INTO public.cases VALUES ('b6db4739-02a0-4eb1-9e81-2f57843a3196', 'buergerbuero', 'fuehrungszeugnis', 'Führungszeugnis', 'awaiting_payment', true, true, '2026-12-06 20:37:08.838085+00', '2026-12-11', NULL, NULL, '2026-12-06 20:37:08.838414+00', 2);
INSERT INTO public.cases VALUES ('360ca019-46cd-4134-a9ee-4a77b331cc63', 'gewerbeamt', 'gewerbeanmeldung', 'Gewerbeanmeldung', 'routed', true, false, '2026-12-06 20:37:08.838661+00', '2026-12-09', '2026-12-09 20:37:08.170718+00', NULL, '2026-12-06 20:37:08.838661+00', 1);
INSERT INTO public.cases VALUES ('688d42c4-d760-476f-85b8-3632d08ed303', 'gewerbeamt', 'gewerbeanmeldung', 'Gewerbeanmeldung', 'completed', false, false, '2026-12-06 20:37:08.618342+00', '2026-12-09', NULL, 'demo-gewerbeamt-e28719', '2026-12-06 20:37:11.609471+00', 4);
INSERT INTO public.cases VALUES ('1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 'gewerbeamt', 'gewerbeanmeldung', 'Gewerbeanmeldung', 'completed', false, false, '2026-12-06 20:37:08.836259+00', '2026-12-09', NULL, 'demo-gewerbeamt-e28719', '2026-12-06 20:37:11.777651+00', 4);
INSERT INTO public.cases VALUES ('14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'buergerbuero', 'meldebescheinigung', 'Meldebescheinigung', 'completed', false, true, '2026-12-06 20:37:08.836683+00', '2026-12-09', NULL, 'demo-buergerbuero-22f3fc', '2026-12-06 20:37:11.887044+00', 6);
INSERT INTO public.cases VALUES ('3a09f592-87f2-4da9-ae2d-c43842d4525c', 'gewerbeamt', 'gewerbeanmeldung', 'Gewerbeanmeldung', 'completed', false, false, '2026-12-06 20:37:08.83771+00', '2026-12-09', NULL, 'demo-gewerbeamt-e28719', '2026-12-06 20:37:11.985631+00', 4);
INSERT INTO public.cases VALUES ('67476f8f-0587-485f-808c-9e10d3d333f8', 'buergerbuero', 'nebenwohnung', 'Anmeldung einer Nebenwohnung', 'completed', false, false, '2026-12-06 20:37:08.83728+00', '2026-12-18', NULL, 'demo-buergerbuero-22f3fc', '2026-12-06 20:37:12.150175+00', 4);
INSERT INTO public.cases VALUES ('bffdce7f-6051-408d-864c-c217eab382d2', 'gewerbeamt', 'gewerbeanmeldung', 'Gewerbeanmeldung', 'completed', false, false, '2026-12-06 20:37:08.82601+00', '2026-12-09', NULL, 'demo-gewerbeamt-e28719', '2026-12-06 20:37:12.329957+00', 4);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, '35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', '688d42c4-d760-476f-85b8-3632d08ed303', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.618342+00', 'routing', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:07.904212+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', 'd318539abb21fe1aa091b85ecca0baa07ef7c9167bf18b2278ed8915c4b21c26', 'routing.20261206T203708625215Z.83d4e823', '8yIq+QVosu/TDdv0YqBSVd3MRjJe3IPVbYaSSHcsfUzb8nRoKGjQ435S93gBYG+wIs2MaJsTEZEQQnJsvHSQDA==');
INSERT INTO public.events VALUES (2, '6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6', 'be46ab3c-764c-41bc-b211-79628df65484', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.824812+00', 'routing', '168acc99-20dc-4f93-8871-04fed7f6aac5', '168acc99-20dc-4f93-8871-04fed7f6aac5', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.104524+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', 'de9c2c6b45a2b570f2b856b55c4905aeb36cd5cdf7717e1a1fd7c51e1576a8d6', 'routing.20261206T203708625215Z.83d4e823', '1jkl0K/MM5xLL/7Prkntv9RfGSe0r3ZhgP4jlnQRAZNc/i8PQrjs5GzyFS9itw/ptjL3Mx752m5fD5cjRogWBg==');
INSERT INTO public.events VALUES (3, 'bab35fcf-5c27-4920-963d-630e7baf6c72', '07da1392-91d3-4d7a-847f-104a1a3b4308', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.825409+00', 'routing', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '{"rule": "meldebescheinigung-buergerbuero", "due_on": "2026-12-09", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.157168+00:00", "service_id": "meldebescheinigung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Meldebescheinigung", "payment_first": true}', '0000000000000000000000000000000000000000000000000000000000000000', 'ba62df1be57c396a49c46599c0456011ec2f2b6c4f09e0aa67dd24e3a0a2148b', 'routing.20261206T203708625215Z.83d4e823', 'cMGHntvNlzwBoCEOFj6NlAq7HTx1oFkT7DVVyvVbsKbs6EjXYz7nomcfGLOIOovd3/RgWTrgmtS0U+6luIxwAw==');
INSERT INTO public.events VALUES (4, '0b540158-905c-4e2f-825a-092838ff3351', '07da1392-91d3-4d7a-847f-104a1a3b4308', 2, 'PaymentAwaited', 1, '2026-12-06 20:37:08.825737+00', 'routing', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '{"amount_cents": 2000}', 'ba62df1be57c396a49c46599c0456011ec2f2b6c4f09e0aa67dd24e3a0a2148b', 'c72dd17e4b63541bcedce510f0aa449f1eacf5da28f816bc095f665f958608f7', 'routing.20261206T203708625215Z.83d4e823', 'M+2r5ZXcpvscxU5S9gILfaZsZiJvdHc5RPURCQm1cROpcMBn88+nQxfTbUzeVGOo+R62AwtPRUZiIId2wx5TBQ==');
INSERT INTO public.events VALUES (5, '39d64955-a8c8-4ca0-93c8-208f405a920e', 'bffdce7f-6051-408d-864c-c217eab382d2', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.82601+00', 'routing', '40cd084f-f7b6-4739-8490-21bc6011f979', '40cd084f-f7b6-4739-8490-21bc6011f979', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.187094+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', '6c8cc29226c4c746ee21671b5539ae121cd15bc85ebc84e5986f1e0d5d24e711', 'routing.20261206T203708625215Z.83d4e823', 'Yg/n8hERry6NbWNIwBTQ87vzkEqx2rMkRu2rXrVZ9hSxOl6/BJP/M9UYI6WL7FRO7AQs5P59A51mIwrjqfZdBw==');
INSERT INTO public.events VALUES (6, 'c88c29e8-29c7-4667-8e31-63c19cd95602', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.826597+00', 'routing', '83f589e2-2353-4d67-a016-16429ec16668', '83f589e2-2353-4d67-a016-16429ec16668', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.090876+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', 'c5031b8c0218d059c8b386189f1eae1dee26a52ca4c2ea42c03c9f582508b63c', 'routing.20261206T203708625215Z.83d4e823', '+U+riNhbRZEVPMj2AYEUITh5evoEdIMNmDzlvqlQduqaq1sLGqAraeSmRmKMNspECiY0V4ewgSYvLdy6/ovuCg==');
INSERT INTO public.events VALUES (7, 'bd883216-bdf1-44ce-ab43-98e3bd3df5db', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.835352+00', 'routing', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '{"rule": "geburtsurkunde-standesamt", "due_on": "2026-12-18", "office": {"name": "Standesamt Oschersleben (Bode)", "email": "standesamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "standesamt", "remind_at": "2026-12-09T20:37:08.130392+00:00", "service_id": "geburtsurkunde", "forwards_to": null, "office_name": "Standesamt Oschersleben (Bode)", "service_name": "Geburtsurkunde", "payment_first": true}', '0000000000000000000000000000000000000000000000000000000000000000', 'c214f8508b1bf5d836ff66d5799f063e2a877533113faaab67e6c4fed10fb207', 'routing.20261206T203708625215Z.83d4e823', 'DeUXLM5zR0KMKkbS83v1/nmWrWq/Kej+nE38bYEA+/3b+yWh5tvoda7kHDW1FhExn9aPS3mAN4G3KaxkT/mODw==');
INSERT INTO public.events VALUES (8, '4b9ca2a5-e1b8-4a3c-a270-bd7cb1469a80', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 2, 'PaymentAwaited', 1, '2026-12-06 20:37:08.835906+00', 'routing', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '{"amount_cents": 2000}', 'c214f8508b1bf5d836ff66d5799f063e2a877533113faaab67e6c4fed10fb207', '8a7f1f67e0a9e9e19e19ea15206c35c1230c4126a0fc6a497d769748dfd02662', 'routing.20261206T203708625215Z.83d4e823', '1zBnJ0oMsb5vlJm9QDCTEM1iwf2rhHXKnBO8xmwB2RdmeAEaoW64alTsGZANrZ+7OJ4HkuIvjWZfu/dNzqpZBA==');
INSERT INTO public.events VALUES (9, '6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.836259+00', 'routing', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:07.966223+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', '202b570617e454de711a97f2d01b8332f75a94ecd317aa79acee5d8d0cad00c2', 'routing.20261206T203708625215Z.83d4e823', 'lnO5V6n8P7b4xNPnbYQAO077eWCGGNEozhyo7p/UsyPKJ2Zesf9ZkK41dKbT7F5l9a4AVRfO/EaF1Hst2JLbBQ==');
INSERT INTO public.events VALUES (10, '30c6f078-81c3-445a-be06-c19732ef3a98', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.836683+00', 'routing', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '{"rule": "meldebescheinigung-buergerbuero", "due_on": "2026-12-09", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:07.982043+00:00", "service_id": "meldebescheinigung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Meldebescheinigung", "payment_first": true}', '0000000000000000000000000000000000000000000000000000000000000000', '148a9b5c8963c11b45df3cbc22ed3c5d24d2f0ba1427b4ed6f946b012c035d6e', 'routing.20261206T203708625215Z.83d4e823', '3/WJUySEp5ODbJXMjIySQFDY3Sxpjrh5SY2nKH/5xSoJD66+eG6m48MwpXI6Gb1OGLTXDZQ9JozM4Zv+hWorBQ==');
INSERT INTO public.events VALUES (11, '66358a02-e358-425b-b09a-32917a17b71d', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 2, 'PaymentAwaited', 1, '2026-12-06 20:37:08.837006+00', 'routing', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '{"amount_cents": 2000}', '148a9b5c8963c11b45df3cbc22ed3c5d24d2f0ba1427b4ed6f946b012c035d6e', '6212e0390f4fe3bbf34c2138ce9a001a1ce5e090de29ae3a315f233e818c88df', 'routing.20261206T203708625215Z.83d4e823', 'FAkq+i0kgzDIwo9eHGxQW43CCTFIIACXyrguTuuNJNDwhhxryuNAftROSKizHf+0oUNylV0xB2sY9Zyx+0dECA==');
INSERT INTO public.events VALUES (12, '652e001b-2092-4701-b566-a0b33826d6f0', '67476f8f-0587-485f-808c-9e10d3d333f8', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.83728+00', 'routing', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '{"rule": "nebenwohnung-buergerbuero", "due_on": "2026-12-18", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.115518+00:00", "service_id": "nebenwohnung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Anmeldung einer Nebenwohnung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', 'dc3da70628560a96c2960707b1f9ea895b51e04a1fc72d429869b20eddf50acc', 'routing.20261206T203708625215Z.83d4e823', 'bNM2pMBdfxXcYVTJAg9E7u9HdlCcMotwWEHWSbnCIaqOUUXGM92DgA9k0074nZ0vyJWk4zLiYxBMWGJDHVHhCg==');
INSERT INTO public.events VALUES (13, 'ec9e59f9-03aa-483a-9a32-c17fe8250deb', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.83771+00', 'routing', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.055733+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', '929e841087da958feb89281f87284f7914c874f523cc6b57ec934d7edd7a495c', 'routing.20261206T203708625215Z.83d4e823', 'PBa5CZtDde//4+Y6Ff0PZ6NS+x905GOYXCx81NRdKyRZqNuvz8FPz/fbibhhwvpQrSk9KGR4ewobRiZjBFFhAg==');
INSERT INTO public.events VALUES (14, '3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.838085+00', 'routing', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '{"rule": "fuehrungszeugnis-buergerbuero", "due_on": "2026-12-11", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.078317+00:00", "service_id": "fuehrungszeugnis", "forwards_to": "Bundesamt für Justiz – Bundeszentralregister", "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Führungszeugnis", "payment_first": true}', '0000000000000000000000000000000000000000000000000000000000000000', 'ac8eed9427649afad5cc74befd8a12c5b4c5d513845fe0e9bbfe42b05dcb8039', 'routing.20261206T203708625215Z.83d4e823', '47kq0zQKf9k2RTp16mKktLVg3PZqU79I/Jl25hMhmp0TPheuZfBy6DhSXOrlPTXB1WNvupqrv9tNbUplSPUiDA==');
INSERT INTO public.events VALUES (15, '99f17158-748e-45cb-88f8-7c04ecf22324', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 2, 'PaymentAwaited', 1, '2026-12-06 20:37:08.838414+00', 'routing', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '{"amount_cents": 1300}', 'ac8eed9427649afad5cc74befd8a12c5b4c5d513845fe0e9bbfe42b05dcb8039', '736b432bcc6a7268b61fb4f112421806e97bd7d720691741211fa8b2c51e19d3', 'routing.20261206T203708625215Z.83d4e823', 'hnVRqFpgW3TSpU7nVSsOZkGaWfJ6XcdQigE+DX7FH0B8O88vC+ybf0Ar8Vh4iFudmPH7uySC0a+vm62rKyhXCg==');
INSERT INTO public.events VALUES (16, '8a44ca82-222a-4b32-bfcb-c41a1c84d236', '360ca019-46cd-4134-a9ee-4a77b331cc63', 1, 'CaseRouted', 1, '2026-12-06 20:37:08.838661+00', 'routing', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.170718+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '0000000000000000000000000000000000000000000000000000000000000000', '8f879e6434696ee6e01df6b19f692767e5b4e7da0ba43f951a1f99b28096d3e1', 'routing.20261206T203708625215Z.83d4e823', 'spiTfd+aAyOprfj4+VrNsauPxLc8UXeuQLpGq8h355tkfNmRGDm5GsMTPc4pLr4JtZgUApoh8wimQNhpASRkCw==');
INSERT INTO public.events VALUES (17, '637fd7f0-9a70-470b-8f68-4f46ea6a7784', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 3, 'PaymentConfirmed', 1, '2026-12-06 20:37:09.212444+00', 'routing', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '1467c00a-3679-4562-b970-a17bf8dd1311', '{"remind_at": "2026-12-09T20:37:09.119016+00:00"}', '6212e0390f4fe3bbf34c2138ce9a001a1ce5e090de29ae3a315f233e818c88df', 'b53f699995d1d31d0ec9a93dbc407867b9830d5b9c2644524bf74dcb6a232726', 'routing.20261206T203708625215Z.83d4e823', 'hhiP3IZgnjlxJoZ4sr0iaX1drtw/9uJ1LAdRSF1oAtDW7GIenrziFsAqhrYg2v1tzmp9clWhRcI6onSwgtqgAA==');
INSERT INTO public.events VALUES (18, '6cb8f757-a101-4e07-9f76-a25ccf1851d2', '688d42c4-d760-476f-85b8-3632d08ed303', 2, 'CaseClaimed', 1, '2026-12-06 20:37:11.562439+00', 'routing', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', 'd318539abb21fe1aa091b85ecca0baa07ef7c9167bf18b2278ed8915c4b21c26', '9447737ac9668ebb387fb474778b7757af22d6961be91b5caac933785cc8bba1', 'routing.20261206T203708625215Z.83d4e823', '1M2GWTKV0E++yOEhCQzFF8EFgfyG7VxgvZZG5fFbXdFXQQli50vfPYN4pL0kOOyq8GgKP3VwvBJaAHw9d2iaBg==');
INSERT INTO public.events VALUES (19, 'd5087191-ea82-4d84-9423-7a8cdbedf83a', '688d42c4-d760-476f-85b8-3632d08ed303', 3, 'CaseApproved', 1, '2026-12-06 20:37:11.591866+00', 'routing', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '6cb8f757-a101-4e07-9f76-a25ccf1851d2', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '9447737ac9668ebb387fb474778b7757af22d6961be91b5caac933785cc8bba1', '6c861295df68c11658d3a925911880d03bbc6d254214df1539adc28aece63591', 'routing.20261206T203708625215Z.83d4e823', '4+Atg3DjsNXnDkNaT1Vgk1SfxoI+MSsPeRXMQDJEHM8icpXvH7T+3bnuE95RbQsKkDK5foc8gxLfkez0K7Y1Bg==');
INSERT INTO public.events VALUES (20, 'e2ff6f8b-afb2-43ad-b963-a097246a6483', '688d42c4-d760-476f-85b8-3632d08ed303', 4, 'CaseCompleted', 1, '2026-12-06 20:37:11.609471+00', 'routing', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'd5087191-ea82-4d84-9423-7a8cdbedf83a', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '6c861295df68c11658d3a925911880d03bbc6d254214df1539adc28aece63591', 'd176808099ecbe4791de99d08a1c0b585cae9a96bebc7a646d0e83db532bb466', 'routing.20261206T203708625215Z.83d4e823', 'CmiZXJSH5u5sUCkDnKB1lFni0W8huEgeWcqxZL1ribLtWAEto0KxlYoYlEucbv0lASbviqLOQnmIDs/t/9zyCg==');
INSERT INTO public.events VALUES (21, '48d81289-8b5b-4193-9ede-fca9e49defd3', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 2, 'CaseClaimed', 1, '2026-12-06 20:37:11.701951+00', 'routing', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', '202b570617e454de711a97f2d01b8332f75a94ecd317aa79acee5d8d0cad00c2', '5485d5956c7c013d9de8f841c28edfc575932edf7b67dc9fd1ab7abee61ad2bf', 'routing.20261206T203708625215Z.83d4e823', 'thBFBAj+oXkYX09GjW4X6EIzlZzvywXA/PypT8XNK3kRr/XSXTFQgPoNaC3OtCbybhejx4L9PDxE81o2aDh2Cg==');
INSERT INTO public.events VALUES (22, '1f74a47d-634b-4442-bf0b-d7df69195783', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 3, 'CaseApproved', 1, '2026-12-06 20:37:11.759642+00', 'routing', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '48d81289-8b5b-4193-9ede-fca9e49defd3', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '5485d5956c7c013d9de8f841c28edfc575932edf7b67dc9fd1ab7abee61ad2bf', 'e8b553d68aeafc9fb8cb41039b8b27551a4faac78c692a80bc804b9454966381', 'routing.20261206T203708625215Z.83d4e823', 'OobtXzywa5wNLl0ANf+o3sEby9RI2JpSghODV/5VwXYBB46Rsgl8tKwjxHDzmMJSUn/V4U/4ENNka/TZo12PDQ==');
INSERT INTO public.events VALUES (23, '0154bf09-b732-4f45-8e6a-5bec487c8b76', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 4, 'CaseCompleted', 1, '2026-12-06 20:37:11.777651+00', 'routing', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1f74a47d-634b-4442-bf0b-d7df69195783', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', 'e8b553d68aeafc9fb8cb41039b8b27551a4faac78c692a80bc804b9454966381', '5db2481ee00b893c1cef50524bc812887f3ef328e21cd12264753081c1b3337a', 'routing.20261206T203708625215Z.83d4e823', 'OSX8mKge2qrQO7KAEKoFq7JXVDG5Om4Z/yU3D5bVMExLd+O9Fi3hEKHM1BIsrq5qjlAdttNoIKJK8FJdhnkTDw==');
INSERT INTO public.events VALUES (24, '8411248a-1b01-46ce-95af-fd17ec62442f', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 4, 'CaseClaimed', 1, '2026-12-06 20:37:11.8422+00', 'routing', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '637fd7f0-9a70-470b-8f68-4f46ea6a7784', '{"caseworker_id": "demo-buergerbuero-22f3fc", "caseworker_name": "Leitung buergerbuero"}', 'b53f699995d1d31d0ec9a93dbc407867b9830d5b9c2644524bf74dcb6a232726', 'e565d94b61b6093f0fba192eef851f46d654e0aaa975b87a2c292be0b683c54a', 'routing.20261206T203708625215Z.83d4e823', 'PjBJrsJkp5ERUvUQM/baXRvvPxCrgxP/aYUZNLPGBRSToQRQXSJHsSnLVMUPIxkszFPPVemtGVs/oLLSYlhfBQ==');
INSERT INTO public.events VALUES (25, 'dbb39057-d75b-47ce-b89e-3841c98a6c9a', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 5, 'CaseApproved', 1, '2026-12-06 20:37:11.864235+00', 'routing', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '8411248a-1b01-46ce-95af-fd17ec62442f', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', 'e565d94b61b6093f0fba192eef851f46d654e0aaa975b87a2c292be0b683c54a', '2362bf08c5a9d9f99680c71346b9491a30c567b280100bd693409d288d1f4416', 'routing.20261206T203708625215Z.83d4e823', 'h574lCVm0dFZYuuTCMM+AVUNAQxpyF0j7mH+nxr42EvJMbhVbEWwT9U8dICfSzU7GX9WBrmqXyJ6Rt0qugoVDQ==');
INSERT INTO public.events VALUES (26, '70adb83b-9ed6-41ae-b9de-90b15c92a3ef', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 6, 'CaseCompleted', 1, '2026-12-06 20:37:11.887044+00', 'routing', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'dbb39057-d75b-47ce-b89e-3841c98a6c9a', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', '2362bf08c5a9d9f99680c71346b9491a30c567b280100bd693409d288d1f4416', 'ada6274124bfdb3a1749ecbfafa90114da8283a63a8ed5a44b2800ce778a5601', 'routing.20261206T203708625215Z.83d4e823', 'Q315XxFKgbRAu96F8Bu1xp94bvW9MaD26UKL2JMIWvXq36DBOXDcunPmfAN9i9ZbOe0pvAVHTG1OtTeoCF5wAA==');
INSERT INTO public.events VALUES (27, '30988c18-64e3-4886-9bd2-8320e83e90d7', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 2, 'CaseClaimed', 1, '2026-12-06 20:37:11.920681+00', 'routing', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'ec9e59f9-03aa-483a-9a32-c17fe8250deb', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', '929e841087da958feb89281f87284f7914c874f523cc6b57ec934d7edd7a495c', '1363163e4e3d56be78da834e6626893668196ce021ac0c6d4f0f732fee7f789e', 'routing.20261206T203708625215Z.83d4e823', 'Buj6u5fG0ijT5HLvjAwpHxWHd5NOrkU3Cogg81PCzHFUDIDSzxKEw6pUMDvWB7COhPgkGN+dh3SuRpSZ2Iz9AQ==');
INSERT INTO public.events VALUES (28, '5453820e-cc6a-4b3a-aaa2-db25395d1422', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 3, 'CaseApproved', 1, '2026-12-06 20:37:11.960978+00', 'routing', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '30988c18-64e3-4886-9bd2-8320e83e90d7', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '1363163e4e3d56be78da834e6626893668196ce021ac0c6d4f0f732fee7f789e', '500f3afbc37274d169b3ad68b5832cf1c1213d34260067ac38b89bc3c5226556', 'routing.20261206T203708625215Z.83d4e823', 'UEsgh71xRKBaLwGzEZFwwF0buF1rOqXtZyMwLP/hRPuxFHk9msnJj+5uEbam58u/WP7Zlvea0tb/AJQwyFSkAQ==');
INSERT INTO public.events VALUES (29, '8b3e0968-9a45-4ce9-97b4-f11522a93c12', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 4, 'CaseCompleted', 1, '2026-12-06 20:37:11.985631+00', 'routing', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '5453820e-cc6a-4b3a-aaa2-db25395d1422', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '500f3afbc37274d169b3ad68b5832cf1c1213d34260067ac38b89bc3c5226556', '8f8b967f6fb72ba4f17bb7e3afc1bd5323a53a689ecabce522b3db108d7447c6', 'routing.20261206T203708625215Z.83d4e823', '9v7dEP4Dv+SkarVa1JTMHpBgcvipkONN3joiI03aK/jYCECP+X5R7OEMjaanqU7kI4MowYxc4kCS5CaOP3URCg==');
INSERT INTO public.events VALUES (30, 'e9ea34e7-fc8d-4bd0-8366-49e87e9a785e', '67476f8f-0587-485f-808c-9e10d3d333f8', 2, 'CaseClaimed', 1, '2026-12-06 20:37:12.094454+00', 'routing', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '652e001b-2092-4701-b566-a0b33826d6f0', '{"caseworker_id": "demo-buergerbuero-22f3fc", "caseworker_name": "Leitung buergerbuero"}', 'dc3da70628560a96c2960707b1f9ea895b51e04a1fc72d429869b20eddf50acc', '134455306abb23513f0a78d4f540baf47b931652c6462905e1ba0f97d24048a7', 'routing.20261206T203708625215Z.83d4e823', 'rcH2AWRXo0zPEu6d0N6BH4Cb30bYjqj3k0A8luQoe7y5dONnZyI6+uXmNPJxcmUcMuGq6WwoLHFllW/3v9i+BA==');
INSERT INTO public.events VALUES (31, '0dbd704d-fce1-42a0-a994-b8a6752e9c74', '67476f8f-0587-485f-808c-9e10d3d333f8', 3, 'CaseApproved', 1, '2026-12-06 20:37:12.125655+00', 'routing', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'e9ea34e7-fc8d-4bd0-8366-49e87e9a785e', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', '134455306abb23513f0a78d4f540baf47b931652c6462905e1ba0f97d24048a7', 'b4d2abc3872facda4454b3b03cf6de7eb4c6e06c0f01e22fb92e2d9efc295d44', 'routing.20261206T203708625215Z.83d4e823', 'atSuFbwiYRCkiGUtGRxLJXlzS0Fv5IwfBUFz0qPp3U7JS4RIED5uHEOwtGgiZ3Z56U8ZMSXv7bLoAIGkRKDbAw==');
INSERT INTO public.events VALUES (32, '8f9b1ffe-d101-4404-97f3-af7e8250b890', '67476f8f-0587-485f-808c-9e10d3d333f8', 4, 'CaseCompleted', 1, '2026-12-06 20:37:12.150175+00', 'routing', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '0dbd704d-fce1-42a0-a994-b8a6752e9c74', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', 'b4d2abc3872facda4454b3b03cf6de7eb4c6e06c0f01e22fb92e2d9efc295d44', 'fac92c91c86e176730b7b2b78ffc8e5d794d64fff20adeba09bae12773839756', 'routing.20261206T203708625215Z.83d4e823', 'wpdgqyDtdB4MPfOB4w9gcI4HamnXAw2jSVu88IB4ttflf3UUnoqN8SWxOxBOHfSbJiEpbc8b5rX1JABbnOvxBg==');
INSERT INTO public.events VALUES (33, 'f714f95c-a45c-44b0-96e5-0d5833c2edb0', 'bffdce7f-6051-408d-864c-c217eab382d2', 2, 'CaseClaimed', 1, '2026-12-06 20:37:12.247704+00', 'routing', '40cd084f-f7b6-4739-8490-21bc6011f979', '39d64955-a8c8-4ca0-93c8-208f405a920e', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', '6c8cc29226c4c746ee21671b5539ae121cd15bc85ebc84e5986f1e0d5d24e711', 'ba0a463d84c4f8c846ac5eac06b4a6f8f4b92c7cf5d712b3fa56fcb46fa18e39', 'routing.20261206T203708625215Z.83d4e823', 'W6neZeSkNutQEL+o2GEfH2mHPMA/QXAGQfriH14NImkOOrYQisC/wCEq+RkLC05nyrMJrZNiSJElBr6C6W2TDw==');
INSERT INTO public.events VALUES (34, 'e0578d44-ed04-4bc6-a597-754ba720954c', 'bffdce7f-6051-408d-864c-c217eab382d2', 3, 'CaseApproved', 1, '2026-12-06 20:37:12.274577+00', 'routing', '40cd084f-f7b6-4739-8490-21bc6011f979', 'f714f95c-a45c-44b0-96e5-0d5833c2edb0', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', 'ba0a463d84c4f8c846ac5eac06b4a6f8f4b92c7cf5d712b3fa56fcb46fa18e39', 'c8da7edd1407846aa429194e4f4f84350314ce914bb8fac17761e24946c9033d', 'routing.20261206T203708625215Z.83d4e823', 'cQlq4Yg/OygEx/BUwvUmWdcUOQEaSdNzzPSF7WC0VqPnRf7xnp3dnXxGVu8YJ84qAHKeDvLDL30AjlVRWbwUDg==');
INSERT INTO public.events VALUES (35, '3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81', 'bffdce7f-6051-408d-864c-c217eab382d2', 4, 'CaseCompleted', 1, '2026-12-06 20:37:12.329957+00', 'routing', '40cd084f-f7b6-4739-8490-21bc6011f979', 'e0578d44-ed04-4bc6-a597-754ba720954c', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', 'c8da7edd1407846aa429194e4f4f84350314ce914bb8fac17761e24946c9033d', '07e431adbf19f4492896dafdfeed0389224058158fc17191e3fbe59fd76c6ee7', 'routing.20261206T203708625215Z.83d4e823', 'c3QtJu3/99PRoTL1S45tdGeo5m6PdC/k9jD69Iek5fJOx2qYE4lP79niKg+Oa6Deod+hjO66CEa2oRzpYsktBw==');


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, 1, 'cases.routing', '2026-12-06 20:37:08.998018+00');
INSERT INTO public.outbox VALUES (2, 2, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (3, 3, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (4, 4, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (5, 5, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (6, 6, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (7, 7, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (8, 8, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (9, 9, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (10, 10, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (11, 11, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (12, 12, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (13, 13, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (14, 14, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (15, 15, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (16, 16, 'cases.routing', '2026-12-06 20:37:09.062274+00');
INSERT INTO public.outbox VALUES (17, 17, 'cases.routing', '2026-12-06 20:37:09.326687+00');
INSERT INTO public.outbox VALUES (18, 18, 'cases.routing', '2026-12-06 20:37:11.665235+00');
INSERT INTO public.outbox VALUES (19, 19, 'cases.routing', '2026-12-06 20:37:11.665235+00');
INSERT INTO public.outbox VALUES (20, 20, 'cases.routing', '2026-12-06 20:37:11.665235+00');
INSERT INTO public.outbox VALUES (21, 21, 'cases.routing', '2026-12-06 20:37:11.788449+00');
INSERT INTO public.outbox VALUES (22, 22, 'cases.routing', '2026-12-06 20:37:11.788449+00');
INSERT INTO public.outbox VALUES (23, 23, 'cases.routing', '2026-12-06 20:37:11.816469+00');
INSERT INTO public.outbox VALUES (24, 24, 'cases.routing', '2026-12-06 20:37:11.957603+00');
INSERT INTO public.outbox VALUES (25, 25, 'cases.routing', '2026-12-06 20:37:11.957603+00');
INSERT INTO public.outbox VALUES (26, 26, 'cases.routing', '2026-12-06 20:37:11.957603+00');
INSERT INTO public.outbox VALUES (27, 27, 'cases.routing', '2026-12-06 20:37:12.005272+00');
INSERT INTO public.outbox VALUES (28, 28, 'cases.routing', '2026-12-06 20:37:12.005272+00');
INSERT INTO public.outbox VALUES (29, 29, 'cases.routing', '2026-12-06 20:37:12.031561+00');
INSERT INTO public.outbox VALUES (30, 30, 'cases.routing', '2026-12-06 20:37:12.155522+00');
INSERT INTO public.outbox VALUES (31, 31, 'cases.routing', '2026-12-06 20:37:12.155522+00');
INSERT INTO public.outbox VALUES (32, 32, 'cases.routing', '2026-12-06 20:37:12.167058+00');
INSERT INTO public.outbox VALUES (33, 33, 'cases.routing', '2026-12-06 20:37:12.299807+00');
INSERT INTO public.outbox VALUES (34, 34, 'cases.routing', '2026-12-06 20:37:12.333885+00');
INSERT INTO public.outbox VALUES (35, 35, 'cases.routing', '2026-12-06 20:37:12.456141+00');


--
-- Data for Name: page_sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('routing', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '2026-12-06 20:37:08.626245+00');
INSERT INTO public.processed_events VALUES ('routing', 'f5f1aa38-43e2-45cb-ad9d-5436a9013706', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'dc10fcff-0718-4b01-a94e-ae8ecafea240', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'aada6870-b019-42c9-a4dc-b69d9df09a4a', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'a18aa002-5c91-42fd-baff-5a06d6e48ede', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'a21e3339-fc46-41fc-868c-1edd17fe0c97', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '1c4fd82b-fd2a-46c8-a641-fb1f55849ecb', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '3fd41d85-363f-4268-9769-a3c7366b1592', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'f91f0775-e08e-45b8-a96d-a42754bea3bd', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '81f5aac2-b842-4ac9-a6c6-a347af6b72af', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '5949c986-2575-44ad-9e1a-b609b8067ab0', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '31098e9d-d3b9-4ec7-ac30-c3f801017019', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'a4743dff-de97-4182-8499-db01d2ad821c', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'd4c09e29-b615-4404-a63e-a38bf411e0de', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '0f7aeb66-5cc4-484e-b9d2-d1b88a190cc8', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'd8faf650-406f-4462-b90f-5d9c97715e0b', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '667d115e-9081-4ce8-a532-797f98bf8488', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '71760b2d-725c-46c8-b7a7-fe94da91e195', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '7c818567-2dd0-405f-81f5-d1df3a7ca7e7', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'd923ae52-7a60-4911-9178-0274898b164b', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '30dd2bfb-e7cc-4c55-8d46-30b2b5d05f02', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'e3b4e2d0-55a7-4018-8906-43570f30f492', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '35bc2cb6-94e3-4223-a15f-22eb3c5be76a', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '168acc99-20dc-4f93-8871-04fed7f6aac5', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '40cd084f-f7b6-4739-8490-21bc6011f979', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '83f589e2-2353-4d67-a016-16429ec16668', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '2026-12-06 20:37:08.839176+00');
INSERT INTO public.processed_events VALUES ('routing', '3816fa43-6289-4752-9fcb-400ea5aec4b5', '2026-12-06 20:37:09.212733+00');
INSERT INTO public.processed_events VALUES ('routing', '9a910bd4-c997-4e5a-8c52-080f36422c60', '2026-12-06 20:37:09.212733+00');
INSERT INTO public.processed_events VALUES ('routing', '1467c00a-3679-4562-b970-a17bf8dd1311', '2026-12-06 20:37:09.212733+00');
INSERT INTO public.processed_events VALUES ('routing', 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', '2026-12-06 20:37:09.330503+00');
INSERT INTO public.processed_events VALUES ('routing', '1ed95a5c-fedb-4e56-9cd1-9158dac03322', '2026-12-06 20:37:09.330503+00');
INSERT INTO public.processed_events VALUES ('routing', '473b8690-ae03-4b48-b034-61f3f82c8cd4', '2026-12-06 20:37:09.489615+00');
INSERT INTO public.processed_events VALUES ('routing', '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '2026-12-06 20:37:09.599107+00');
INSERT INTO public.processed_events VALUES ('routing', '67ba0e4b-572c-4618-8aaf-756c881073b4', '2026-12-06 20:37:09.599107+00');


--
-- Data for Name: staff; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff VALUES ('demo-buergerbuero-22f3fc', 'Leitung buergerbuero', 'buergerbuero', 'lead', '7e71921949fb2f01fb3d58bc0ac8cc8d4230d9eea7a8d2f5e0fd08481a36831c', '2026-12-06 20:37:07.838285+00', NULL);
INSERT INTO public.staff VALUES ('demo-standesamt-7e8976', 'Leitung standesamt', 'standesamt', 'lead', 'eb5ce5a9d56fcf6134e22f6c71c2c5519c5309477e7989255f44ea497bd3989a', '2026-12-06 20:37:07.840359+00', NULL);
INSERT INTO public.staff VALUES ('demo-gewerbeamt-e28719', 'Leitung gewerbeamt', 'gewerbeamt', 'lead', 'f3b86711a8842c565fc096549274af08f29c4f101ed2259aa72b4ef5509a559b', '2026-12-06 20:37:07.841105+00', NULL);
INSERT INTO public.staff VALUES ('demo-steuerabteilung-d78e22', 'Leitung steuerabteilung', 'steuerabteilung', 'lead', '5eb3923be6f31827c893e4a62faa4be2d6f432694cb58267706d0992f70fd453', '2026-12-06 20:37:07.841693+00', NULL);
INSERT INTO public.staff VALUES ('demo-clearing-316e8b', 'Leitung clearing', 'clearing', 'lead', '63d5fc77f0bd8f0d1a16328d8e2141f1d0d16ab420b542b02b783cafb30c9bdf', '2026-12-06 20:37:07.842259+00', NULL);


--
-- Name: access_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.access_log_id_seq', 1, false);


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 35, true);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 35, true);


--
-- Name: access_log access_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_log
    ADD CONSTRAINT access_log_pkey PRIMARY KEY (id);


--
-- Name: applications applications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applications
    ADD CONSTRAINT applications_pkey PRIMARY KEY (case_id);


--
-- Name: case_fees case_fees_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_fees
    ADD CONSTRAINT case_fees_pkey PRIMARY KEY (case_id);


--
-- Name: cases cases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_pkey PRIMARY KEY (case_id);


--
-- Name: events events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_event_id_key UNIQUE (event_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY ("position");


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_position_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_position_key UNIQUE ("position");


--
-- Name: page_sessions page_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.page_sessions
    ADD CONSTRAINT page_sessions_pkey PRIMARY KEY (id_sha256);


--
-- Name: processed_events processed_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.processed_events
    ADD CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id);


--
-- Name: staff staff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (id);


--
-- Name: events uq_events_case_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_case_version UNIQUE (case_id, stream_version);


--
-- Name: ix_access_log_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_access_log_case ON public.access_log USING btree (case_id, at);


--
-- Name: ix_cases_office_open_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cases_office_open_due ON public.cases USING btree (office_id, open, due_on, case_id);


--
-- Name: ix_cases_office_state_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cases_office_state_due ON public.cases USING btree (office_id, state, due_on, case_id);


--
-- Name: ix_cases_remind_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cases_remind_at ON public.cases USING btree (remind_at);


--
-- Name: ix_outbox_published_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbox_published_at ON public.outbox USING btree (published_at);


--
-- Name: outbox outbox_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_position_fkey FOREIGN KEY ("position") REFERENCES public.events("position");


--
-- PostgreSQL database dump complete
--


