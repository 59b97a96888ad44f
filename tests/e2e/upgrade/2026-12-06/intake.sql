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
-- Name: applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applications (
    case_id character varying(36) NOT NULL,
    submitter_id character varying(60) NOT NULL,
    idempotency_key character varying(200) NOT NULL,
    request_sha256 character varying(64) NOT NULL,
    service_id character varying(60) NOT NULL,
    submitted_at timestamp with time zone NOT NULL
);


--
-- Name: case_status; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_status (
    case_id character varying(36) NOT NULL,
    service_id character varying(60),
    submitted_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    progress character varying(30),
    fee_total_cents bigint,
    fee_schedule_version character varying(40),
    paid_cents bigint NOT NULL,
    waived_cents bigint NOT NULL,
    kassenzeichen character varying(10),
    due_on character varying(10),
    office_id character varying(60),
    office_name character varying(200),
    receipt_sent_at timestamp with time zone,
    updated_at timestamp with time zone NOT NULL
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
-- Name: processed_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.processed_events (
    consumer character varying(100) NOT NULL,
    event_id character varying(36) NOT NULL,
    processed_at timestamp with time zone NOT NULL
);


--
-- Name: submitters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.submitters (
    id character varying(60) NOT NULL,
    kind character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    key_sha256 character varying(64) NOT NULL,
    services jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: timeline; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timeline (
    event_id character varying(36) NOT NULL,
    case_id character varying(36) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    producer character varying(40) NOT NULL,
    event_type character varying(100) NOT NULL,
    summary text NOT NULL
);


--
-- Name: tracking_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tracking_tokens (
    token_sha256 character varying(64) NOT NULL,
    case_id character varying(36) NOT NULL,
    issued_at timestamp with time zone NOT NULL
);


--
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Data for Name: applications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.applications VALUES ('688d42c4-d760-476f-85b8-3632d08ed303', 'demo-89e9229f', 'demo-16-0', '951748e68105b25aad21f94dd2a5238d89bae475da4aa69d22f4bda8d4eeb9eb', 'gewerbeanmeldung', '2026-12-06 20:37:07.90112+00');
INSERT INTO public.applications VALUES ('1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 'demo-89e9229f', 'demo-16-1', '80049441131f4d4c753b3d8bfeb3c317f6047f02c32a2b7ff22ac612f47ca522', 'gewerbeanmeldung', '2026-12-06 20:37:07.965391+00');
INSERT INTO public.applications VALUES ('14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'demo-89e9229f', 'demo-16-2', 'c2ad997ca5ba1f7992c94e86f73c1284b5c0f9f5c8a07383dfd6e918c266084b', 'meldebescheinigung', '2026-12-06 20:37:07.978104+00');
INSERT INTO public.applications VALUES ('3a09f592-87f2-4da9-ae2d-c43842d4525c', 'demo-89e9229f', 'demo-16-3', '96a5abe6f1fd3acef133eff61bee7a7b8e3b6187d9ae90322ca8f1de5f8de76e', 'gewerbeanmeldung', '2026-12-06 20:37:08.053425+00');
INSERT INTO public.applications VALUES ('b6db4739-02a0-4eb1-9e81-2f57843a3196', 'demo-89e9229f', 'demo-16-4', '556115d7876512fce620239a924c41d4788aba2b0dc97a4187bd261906994ef9', 'fuehrungszeugnis', '2026-12-06 20:37:08.077424+00');
INSERT INTO public.applications VALUES ('4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'demo-89e9229f', 'demo-16-5', 'bf6563e84e466ea88a7b7095b5c13528262d0c9688d1c3129a51b19d8b3d9fb5', 'gewerbeanmeldung', '2026-12-06 20:37:08.090033+00');
INSERT INTO public.applications VALUES ('be46ab3c-764c-41bc-b211-79628df65484', 'demo-89e9229f', 'demo-16-6', '4a56e0fe4974b30fec3e1405fca658e879e43cefcffe6d9b8863b3f0f75724cc', 'gewerbeanmeldung', '2026-12-06 20:37:08.103643+00');
INSERT INTO public.applications VALUES ('67476f8f-0587-485f-808c-9e10d3d333f8', 'demo-89e9229f', 'demo-16-7', '0c219b952560d291d8f43ed084e69e27439354cdc1572033d2ed6c06d89617a4', 'nebenwohnung', '2026-12-06 20:37:08.114584+00');
INSERT INTO public.applications VALUES ('4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 'demo-89e9229f', 'demo-16-8', '188960d9005a5ed42ca292b10a5ea3e35347d7cc1b670b83cbc6863b147531ef', 'geburtsurkunde', '2026-12-06 20:37:08.127488+00');
INSERT INTO public.applications VALUES ('07da1392-91d3-4d7a-847f-104a1a3b4308', 'demo-89e9229f', 'demo-16-9', 'e55085d500eec3efb5afbb0bb5f3eabd4a4c8c2aec34fdecbc9fe8749ff3f65f', 'meldebescheinigung', '2026-12-06 20:37:08.156252+00');
INSERT INTO public.applications VALUES ('360ca019-46cd-4134-a9ee-4a77b331cc63', 'demo-89e9229f', 'demo-16-10', '2b793e1e2feb6ff08383cca8ac902d8a976d40e3e842ccb8c27d9bf06076793e', 'gewerbeanmeldung', '2026-12-06 20:37:08.170014+00');
INSERT INTO public.applications VALUES ('bffdce7f-6051-408d-864c-c217eab382d2', 'demo-89e9229f', 'demo-16-11', '7ad1c37667678e09d9a2e17352c20d744d27f07b02f98c4620938311925b99a3', 'gewerbeanmeldung', '2026-12-06 20:37:08.184204+00');


--
-- Data for Name: case_status; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_status VALUES ('4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 'geburtsurkunde', '2026-12-06 20:37:08.130392+00', NULL, 'awaiting_payment', 2000, 'oschersleben-2024-01-01', 0, 0, '2600000034', '2026-12-20', 'standesamt', 'Standesamt Oschersleben (Bode)', '2026-12-06 20:37:09.690297+00', '2026-12-06 20:37:09.845064+00');
INSERT INTO public.case_status VALUES ('4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'gewerbeanmeldung', '2026-12-06 20:37:08.090876+00', NULL, 'routed', 2600, 'oschersleben-2024-01-01', 2600, 0, '2600000026', '2026-12-20', 'gewerbeamt', 'Gewerbeamt (Ordnungsamt) Oschersleben (Bode)', '2026-12-06 20:37:09.698263+00', '2026-12-06 20:37:09.845089+00');
INSERT INTO public.case_status VALUES ('be46ab3c-764c-41bc-b211-79628df65484', 'gewerbeanmeldung', '2026-12-06 20:37:08.104524+00', NULL, 'routed', 2600, 'oschersleben-2024-01-01', 2600, 0, '2600000067', '2026-12-20', 'gewerbeamt', 'Gewerbeamt (Ordnungsamt) Oschersleben (Bode)', '2026-12-06 20:37:09.698518+00', '2026-12-06 20:37:09.845171+00');
INSERT INTO public.case_status VALUES ('07da1392-91d3-4d7a-847f-104a1a3b4308', 'meldebescheinigung', '2026-12-06 20:37:08.157168+00', NULL, 'awaiting_payment', 2000, 'oschersleben-2024-01-01', 0, 0, '2600000075', '2026-12-20', 'buergerbuero', 'Bürgerbüro Oschersleben (Bode)', '2026-12-06 20:37:09.681593+00', '2026-12-06 20:37:09.845135+00');
INSERT INTO public.case_status VALUES ('b6db4739-02a0-4eb1-9e81-2f57843a3196', 'fuehrungszeugnis', '2026-12-06 20:37:08.078317+00', NULL, 'awaiting_payment', 1300, 'oschersleben-2024-01-01', 0, 0, '2600000109', '2026-12-20', 'buergerbuero', 'Bürgerbüro Oschersleben (Bode)', '2026-12-06 20:37:09.682719+00', '2026-12-06 20:37:09.845298+00');
INSERT INTO public.case_status VALUES ('1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 'gewerbeanmeldung', '2026-12-06 20:37:07.966223+00', NULL, 'completed', 2600, 'oschersleben-2024-01-01', 2600, 0, '2600000042', '2026-12-20', 'gewerbeamt', 'Gewerbeamt (Ordnungsamt) Oschersleben (Bode)', '2026-12-06 20:37:09.682433+00', '2026-12-06 20:37:12.096398+00');
INSERT INTO public.case_status VALUES ('688d42c4-d760-476f-85b8-3632d08ed303', 'gewerbeanmeldung', '2026-12-06 20:37:07.904212+00', NULL, 'completed', 2600, 'oschersleben-2024-01-01', 2600, 0, '2600000018', '2026-12-20', 'gewerbeamt', 'Gewerbeamt (Ordnungsamt) Oschersleben (Bode)', '2026-12-06 20:37:09.262301+00', '2026-12-06 20:37:12.096412+00');
INSERT INTO public.case_status VALUES ('360ca019-46cd-4134-a9ee-4a77b331cc63', 'gewerbeanmeldung', '2026-12-06 20:37:08.170718+00', NULL, 'routed', 2600, 'oschersleben-2024-01-01', 2600, 0, '2600000117', '2026-12-20', 'gewerbeamt', 'Gewerbeamt (Ordnungsamt) Oschersleben (Bode)', '2026-12-06 20:37:09.689431+00', '2026-12-06 20:37:09.845367+00');
INSERT INTO public.case_status VALUES ('67476f8f-0587-485f-808c-9e10d3d333f8', 'nebenwohnung', '2026-12-06 20:37:08.115518+00', NULL, 'completed', 0, 'oschersleben-2024-01-01', 0, 0, NULL, NULL, 'buergerbuero', 'Bürgerbüro Oschersleben (Bode)', '2026-12-06 20:37:09.681877+00', '2026-12-06 20:37:12.579221+00');
INSERT INTO public.case_status VALUES ('14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'meldebescheinigung', '2026-12-06 20:37:07.982043+00', NULL, 'completed', 2000, 'oschersleben-2024-01-01', 2000, 0, '2600000059', '2026-12-20', 'buergerbuero', 'Bürgerbüro Oschersleben (Bode)', '2026-12-06 20:37:09.692985+00', '2026-12-06 20:37:12.579213+00');
INSERT INTO public.case_status VALUES ('3a09f592-87f2-4da9-ae2d-c43842d4525c', 'gewerbeanmeldung', '2026-12-06 20:37:08.055733+00', NULL, 'completed', 2600, 'oschersleben-2024-01-01', 2600, 0, '2600000091', '2026-12-20', 'gewerbeamt', 'Gewerbeamt (Ordnungsamt) Oschersleben (Bode)', '2026-12-06 20:37:09.68337+00', '2026-12-06 20:37:12.579236+00');
INSERT INTO public.case_status VALUES ('bffdce7f-6051-408d-864c-c217eab382d2', 'gewerbeanmeldung', '2026-12-06 20:37:08.187094+00', NULL, 'completed', 2600, 'oschersleben-2024-01-01', 2600, 0, '2600000083', '2026-12-20', 'gewerbeamt', 'Gewerbeamt (Ordnungsamt) Oschersleben (Bode)', '2026-12-06 20:37:09.697958+00', '2026-12-06 20:37:12.706642+00');


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '688d42c4-d760-476f-85b8-3632d08ed303', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:07.904212+00', 'intake', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "hannes.0@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Hannes", "family_name": "Schulz", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}', '0000000000000000000000000000000000000000000000000000000000000000', '1ed233e200e17f0cfad40e6fd0224fc1beb367f1ca4e258b64361ef4be25a743', 'intake.20261206T203707912808Z.0f70bd2f', 'LKsJDtwR+UzldxBaceKe4+rRoeMKRBcr483MSfVmvqOmhFqJ1PZ+vEDlcJdnolm4oR5xzGaHlFMBj0/gKiZVDw==');
INSERT INTO public.events VALUES (2, '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:07.966223+00', 'intake', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "greta.1@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Greta", "family_name": "Fischer", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}', '0000000000000000000000000000000000000000000000000000000000000000', '44547279cf945c234af7a0c68cedb8234b5aa45f3d4e910b4626083df6d0aba7', 'intake.20261206T203707912808Z.0f70bd2f', '7CEDJ1TzToZS6A+uSLM/Fvmv1T84j4m4ncH5JbxJy70TmD9lqTTVa4pHQeTiwluP+lSCREH95HJytHLqfCtvAA==');
INSERT INTO public.events VALUES (3, 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:07.982043+00', 'intake', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '{"form": {"kind": "einfach", "copies": 2}, "channel": "online", "applicant": {"email": "anna.2@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Anna", "family_name": "Becker", "date_of_birth": "1990-01-01"}, "service_id": "meldebescheinigung", "service_name": "Meldebescheinigung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}', '0000000000000000000000000000000000000000000000000000000000000000', 'acf9481dc6b4d800ebb2763806cd4b81a13a8fffb7a9268d16f8e1068b442ee2', 'intake.20261206T203707912808Z.0f70bd2f', 'mP0YmjHh4oIc6CkCSLoj2tES0TieiMeoH/lzv2gaA1MFsvPwoqRyFcD2rTm3PrPo19xjaL3fuMGtBMmOxWhZCw==');
INSERT INTO public.events VALUES (4, 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.055733+00', 'intake', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "david.3@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "David", "family_name": "Fischer", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}', '0000000000000000000000000000000000000000000000000000000000000000', '5c41bb6b6992fe4fe5a8068ef0431e10d6dc7fce3a2ce8095f63eb1bed881c57', 'intake.20261206T203707912808Z.0f70bd2f', 'PcUXLbgb6TQbTkuLTlLqj84B/fwGYyKU+mT2E5lyhR6+5JEIJvELVq6U4zmMhDrzNIORVtc7qUtqiDnfDfqUDw==');
INSERT INTO public.events VALUES (5, '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.078317+00', 'intake', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '{"form": {"kind": "einfach", "usage": "Bewerbung als Erzieher", "purpose": "privat", "honorary_work": false, "extended_request_letter": false}, "channel": "online", "applicant": {"email": "emma.4@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Emma", "family_name": "Weber", "date_of_birth": "1990-01-01"}, "service_id": "fuehrungszeugnis", "service_name": "Führungszeugnis", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}', '0000000000000000000000000000000000000000000000000000000000000000', 'fe2d4e66321153329c47265cc854f79d8b5b7afa52457b833c68eb992a48ca2c', 'intake.20261206T203707912808Z.0f70bd2f', 'qXY6aoKvnIppeSbK5apAH3hRv6zb8KS0L5Kb3RPFQzdvnFfZAc8qQo+xDFzjHfK23sIm6ldLR1Ctl82PXsZtCw==');
INSERT INTO public.events VALUES (6, '83f589e2-2353-4d67-a016-16429ec16668', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.090876+00', 'intake', '83f589e2-2353-4d67-a016-16429ec16668', '83f589e2-2353-4d67-a016-16429ec16668', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "clara.5@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Clara", "family_name": "Koch", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}', '0000000000000000000000000000000000000000000000000000000000000000', 'bd81ebc9f316a42b338f0139b20fbb8068203bf9ceab72cf40316ab85c38061d', 'intake.20261206T203707912808Z.0f70bd2f', 'AX20n16SN+QD+5eILlqcNLteokwYkm5K1/Ediaar+GEj2SqUZUjj8m2XR4jrM9EqzGs5TC4cLdg7LBK/1zjhCw==');
INSERT INTO public.events VALUES (7, '168acc99-20dc-4f93-8871-04fed7f6aac5', 'be46ab3c-764c-41bc-b211-79628df65484', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.104524+00', 'intake', '168acc99-20dc-4f93-8871-04fed7f6aac5', '168acc99-20dc-4f93-8871-04fed7f6aac5', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "anna.6@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Anna", "family_name": "Fischer", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}', '0000000000000000000000000000000000000000000000000000000000000000', '48dfbb2c2350303924795387d9ace3e3558c63645acb9998d1961b791ddf5c52', 'intake.20261206T203707912808Z.0f70bd2f', 'QHHz+ejJdBZaLjfAXE6sJK/uglQX95o9/qvBqqmBrqBRePhl0gI4JRv4lkJYAtwFwOhfs8TPezER85pG8wi4AA==');
INSERT INTO public.events VALUES (8, '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '67476f8f-0587-485f-808c-9e10d3d333f8', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.115518+00', 'intake', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '{"form": {"main_address": {"city": "Magdeburg", "street": "Hauptstraße", "postcode": "39104", "house_number": "1"}, "move_in_date": "2026-11-20", "secondary_address": {"city": "Oschersleben", "street": "Am Park", "postcode": "39387", "house_number": "7"}, "landlord_confirmation": true}, "channel": "online", "applicant": {"email": "emma.7@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Emma", "family_name": "Müller", "date_of_birth": "1990-01-01"}, "service_id": "nebenwohnung", "service_name": "Anmeldung einer Nebenwohnung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "none"}', '0000000000000000000000000000000000000000000000000000000000000000', 'c7f275d663be27385cbbf09e7087f1bdefbf6c5bc3a6acf3a9d44bb6df13a5ae', 'intake.20261206T203707912808Z.0f70bd2f', '6i9HyqJUFpGonimvNm3l0NHz+mSJIEDdHPHxJ1pvrqU0JOU4knGnf+3Dkee69RTIR38WjX8CxaJyPGVBAlubAA==');
INSERT INTO public.events VALUES (9, 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.130392+00', 'intake', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '{"form": {"copies": 3, "person": {"given_name": "Jürgen", "family_name": "Weiß"}, "purpose": "sonstiges", "multilingual": false, "relationship": "selbst", "date_of_birth": "1984-03-17", "place_of_birth": "Oschersleben (Bode)"}, "channel": "online", "applicant": {"email": "jonas.8@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Jonas", "family_name": "Müller", "date_of_birth": "1990-01-01"}, "service_id": "geburtsurkunde", "service_name": "Geburtsurkunde", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}', '0000000000000000000000000000000000000000000000000000000000000000', '13ed028765f82c4afaef85f3fc5999badf21196d17fffc6dd5a4ecb415327c92', 'intake.20261206T203707912808Z.0f70bd2f', 'Dym9pEFgaf9D0F4SBiV7kG1yRBRGb6qJSN7w53NQeaOwwgfsP4sGoxz9MDgPwr0ZIWBs77mntW/UOLV4nSTCDg==');
INSERT INTO public.events VALUES (10, 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '07da1392-91d3-4d7a-847f-104a1a3b4308', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.157168+00', 'intake', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '{"form": {"kind": "einfach", "copies": 2}, "channel": "online", "applicant": {"email": "hannes.9@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Hannes", "family_name": "Koch", "date_of_birth": "1990-01-01"}, "service_id": "meldebescheinigung", "service_name": "Meldebescheinigung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "before_submission"}', '0000000000000000000000000000000000000000000000000000000000000000', '827073b5a333aeea0c485f23eeaf04fef3a5746e9b52dd3f9e0a9a2dd5694f33', 'intake.20261206T203707912808Z.0f70bd2f', '7BF8xCsjbPBVZdPuAy7UzKg4l/Bp4AEmS5TRRMKSl+Z3ehj5n15tlfO1Fs4I+h6epD+L+LTiqLxnmJ2mrpn9DA==');
INSERT INTO public.events VALUES (12, '40cd084f-f7b6-4739-8490-21bc6011f979', 'bffdce7f-6051-408d-864c-c217eab382d2', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.187094+00', 'intake', '40cd084f-f7b6-4739-8490-21bc6011f979', '40cd084f-f7b6-4739-8490-21bc6011f979', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "emma.11@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "Emma", "family_name": "Becker", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}', '0000000000000000000000000000000000000000000000000000000000000000', '6e1ee9f0e072c03d0eca1b1a474b6242626bbb7da7fdc82f72cd0c0548ac0026', 'intake.20261206T203707912808Z.0f70bd2f', 'Sn63RK8+hwL2JdwuglHyM4ecqvCZdHn7esG6TkzqWMv78cl5kGK92psIjGW32a8OCV26MnH45CE9arS4YVhlCw==');
INSERT INTO public.events VALUES (11, 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '360ca019-46cd-4134-a9ee-4a77b331cc63', 1, 'ApplicationSubmitted', 2, '2026-12-06 20:37:08.170718+00', 'intake', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '{"form": {"kind": "anmeldung", "business": {"name": "Weiß Fahrradwerkstatt", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "3"}, "activity": "Reparatur und Verkauf von Fahrrädern", "legal_form": "einzelunternehmen", "employees_full_time": 0, "employees_part_time": 1}, "effective_date": "2026-12-01"}, "channel": "online", "applicant": {"email": "david.10@example.org", "address": {"city": "Oschersleben", "street": "Markt", "postcode": "39387", "house_number": "1"}, "given_name": "David", "family_name": "Weber", "date_of_birth": "1990-01-01"}, "service_id": "gewerbeanmeldung", "service_name": "Gewerbeanmeldung", "submitted_by": {"id": "demo-89e9229f", "kind": "vendor"}, "payment_policy": "invoiced"}', '0000000000000000000000000000000000000000000000000000000000000000', '31e04e8e7c7c31ac17c3e07c9bf9d6ecba91ea38cc097fe569c06360a027f261', 'intake.20261206T203707912808Z.0f70bd2f', '0xjlh0pbTaR4l7V2ZXzVXjr/Z2r8/Z+wDyze4ZhJFykNEHDjLGKjiN7qGNGbuGzO2AfugzAXMLTHd3GV5eDCAA==');


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, 1, 'cases.intake', '2026-12-06 20:37:08.221973+00');
INSERT INTO public.outbox VALUES (2, 2, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (3, 3, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (4, 4, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (5, 5, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (6, 6, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (7, 7, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (8, 8, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (9, 9, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (10, 10, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (11, 11, 'cases.intake', '2026-12-06 20:37:08.24867+00');
INSERT INTO public.outbox VALUES (12, 12, 'cases.intake', '2026-12-06 20:37:08.24867+00');


--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('intake', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '2026-12-06 20:37:08.253839+00');
INSERT INTO public.processed_events VALUES ('intake', '83f589e2-2353-4d67-a016-16429ec16668', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', '168acc99-20dc-4f93-8871-04fed7f6aac5', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', '40cd084f-f7b6-4739-8490-21bc6011f979', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '2026-12-06 20:37:08.432135+00');
INSERT INTO public.processed_events VALUES ('intake', 'f5f1aa38-43e2-45cb-ad9d-5436a9013706', '2026-12-06 20:37:08.665633+00');
INSERT INTO public.processed_events VALUES ('intake', 'dc10fcff-0718-4b01-a94e-ae8ecafea240', '2026-12-06 20:37:08.665633+00');
INSERT INTO public.processed_events VALUES ('intake', '7c818567-2dd0-405f-81f5-d1df3a7ca7e7', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'd923ae52-7a60-4911-9178-0274898b164b', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '30dd2bfb-e7cc-4c55-8d46-30b2b5d05f02', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'e3b4e2d0-55a7-4018-8906-43570f30f492', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '35bc2cb6-94e3-4223-a15f-22eb3c5be76a', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'f91f0775-e08e-45b8-a96d-a42754bea3bd', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '81f5aac2-b842-4ac9-a6c6-a347af6b72af', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '5949c986-2575-44ad-9e1a-b609b8067ab0', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '31098e9d-d3b9-4ec7-ac30-c3f801017019', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'a4743dff-de97-4182-8499-db01d2ad821c', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'd4c09e29-b615-4404-a63e-a38bf411e0de', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '0f7aeb66-5cc4-484e-b9d2-d1b88a190cc8', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'd8faf650-406f-4462-b90f-5d9c97715e0b', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '667d115e-9081-4ce8-a532-797f98bf8488', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '71760b2d-725c-46c8-b7a7-fe94da91e195', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'aada6870-b019-42c9-a4dc-b69d9df09a4a', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'a18aa002-5c91-42fd-baff-5a06d6e48ede', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'a21e3339-fc46-41fc-868c-1edd17fe0c97', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', 'ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '1c4fd82b-fd2a-46c8-a641-fb1f55849ecb', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '3fd41d85-363f-4268-9769-a3c7366b1592', '2026-12-06 20:37:08.820347+00');
INSERT INTO public.processed_events VALUES ('intake', '35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', '2026-12-06 20:37:09.032333+00');
INSERT INTO public.processed_events VALUES ('intake', '6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', 'bab35fcf-5c27-4920-963d-630e7baf6c72', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '0b540158-905c-4e2f-825a-092838ff3351', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '39d64955-a8c8-4ca0-93c8-208f405a920e', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', 'c88c29e8-29c7-4667-8e31-63c19cd95602', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', 'bd883216-bdf1-44ce-ab43-98e3bd3df5db', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '4b9ca2a5-e1b8-4a3c-a270-bd7cb1469a80', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '30c6f078-81c3-445a-be06-c19732ef3a98', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '66358a02-e358-425b-b09a-32917a17b71d', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '652e001b-2092-4701-b566-a0b33826d6f0', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '9a910bd4-c997-4e5a-8c52-080f36422c60', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '1467c00a-3679-4562-b970-a17bf8dd1311', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '3816fa43-6289-4752-9fcb-400ea5aec4b5', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', 'ec9e59f9-03aa-483a-9a32-c17fe8250deb', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '99f17158-748e-45cb-88f8-7c04ecf22324', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', '8a44ca82-222a-4b32-bfcb-c41a1c84d236', '2026-12-06 20:37:09.181524+00');
INSERT INTO public.processed_events VALUES ('intake', 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', '2026-12-06 20:37:09.290206+00');
INSERT INTO public.processed_events VALUES ('intake', '1ed95a5c-fedb-4e56-9cd1-9158dac03322', '2026-12-06 20:37:09.290206+00');
INSERT INTO public.processed_events VALUES ('intake', '637fd7f0-9a70-470b-8f68-4f46ea6a7784', '2026-12-06 20:37:09.411012+00');
INSERT INTO public.processed_events VALUES ('intake', '473b8690-ae03-4b48-b034-61f3f82c8cd4', '2026-12-06 20:37:09.540148+00');
INSERT INTO public.processed_events VALUES ('intake', '5fd20aa5-6dcb-48dc-8c56-8fd3df569491', '2026-12-06 20:37:09.679462+00');
INSERT INTO public.processed_events VALUES ('intake', '9cf87663-e656-47a8-880e-bf447234ac4d', '2026-12-06 20:37:09.679462+00');
INSERT INTO public.processed_events VALUES ('intake', '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '2026-12-06 20:37:09.679462+00');
INSERT INTO public.processed_events VALUES ('intake', '67ba0e4b-572c-4618-8aaf-756c881073b4', '2026-12-06 20:37:09.679462+00');
INSERT INTO public.processed_events VALUES ('intake', 'ee6dc3c8-5299-49b1-9371-9c66c97013fc', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '2960826a-1d4b-419d-b5f0-ef7f9d360304', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '606d933e-9864-4daf-b49f-40b5b0951667', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '4f34e199-c065-423f-907d-e7eff3682da5', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '26f218dd-48e3-4997-9b13-114d0577bc83', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'f06e84f6-7f93-4e2b-8406-712be9d56935', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '64aa186f-e38f-4dbc-ac76-2232a6796b6d', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'b21a1aae-9cd9-42fd-b02b-51325e55ff8b', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'c07b3cd9-c3c2-430b-ac31-f6660f4540a9', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '1eab139d-0227-4be1-b3a1-e0b22a33dcad', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'f65e6a37-4596-4c48-bf34-30630e860124', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'cb6ba1fc-d43d-4b95-bf91-4ccdf0899d64', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '16143e77-9580-4ee8-bbd7-66d7e9565c80', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '0cdf6d81-e8ea-4468-8f71-8c8b20a147ba', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'bd0b5a68-9079-48e6-9485-0e6e5dde61f3', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'd9bcdea6-1276-493a-8f24-2beb88d135f1', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '1e06d6b4-b7a0-449f-8015-b981495a5ad2', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'cac39365-dac5-423a-8e9f-ba6489e3b61a', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '597527cc-3396-4501-9dc1-e9f42c7faf6c', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '290c2762-d9b0-4070-8830-a941234d088d', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '9310678d-cbb6-433a-a2cf-61dd9c455a4e', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '8f79fee2-4d1b-49f1-99ba-5c1b9c7e895f', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '08ccbb9c-102d-426b-aea1-643614502c0a', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '0d0fa3d8-cae5-4f0c-b729-edde83874b35', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'e50e3309-1324-43ab-9220-c065656e0063', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'b0521ac1-18bc-4752-9633-0987b3637ce5', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '95e189a2-e62b-4416-96fa-57f49ab74558', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'fb15a063-ad1b-46af-8e30-7e50652c2cb8', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', 'a9fd1562-f085-41c0-9041-a82629e6591c', '2026-12-06 20:37:09.845372+00');
INSERT INTO public.processed_events VALUES ('intake', '6cb8f757-a101-4e07-9f76-a25ccf1851d2', '2026-12-06 20:37:11.705552+00');
INSERT INTO public.processed_events VALUES ('intake', 'd5087191-ea82-4d84-9423-7a8cdbedf83a', '2026-12-06 20:37:11.705552+00');
INSERT INTO public.processed_events VALUES ('intake', 'e2ff6f8b-afb2-43ad-b963-a097246a6483', '2026-12-06 20:37:11.705552+00');
INSERT INTO public.processed_events VALUES ('intake', '48d81289-8b5b-4193-9ede-fca9e49defd3', '2026-12-06 20:37:11.801955+00');
INSERT INTO public.processed_events VALUES ('intake', '1f74a47d-634b-4442-bf0b-d7df69195783', '2026-12-06 20:37:11.801955+00');
INSERT INTO public.processed_events VALUES ('intake', '0154bf09-b732-4f45-8e6a-5bec487c8b76', '2026-12-06 20:37:11.971488+00');
INSERT INTO public.processed_events VALUES ('intake', '8411248a-1b01-46ce-95af-fd17ec62442f', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', 'dbb39057-d75b-47ce-b89e-3841c98a6c9a', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', '70adb83b-9ed6-41ae-b9de-90b15c92a3ef', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', 'b3e8f3d3-844f-4fc9-8447-6b0e9b86d525', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', 'ac69d90d-d854-4b79-b0be-f4c07e89652c', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', '47fd6b07-54d4-497e-8d58-91a121da4e74', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', '5208bee8-207e-49b6-9bf1-98d1285f8675', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', '30988c18-64e3-4886-9bd2-8320e83e90d7', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', '5453820e-cc6a-4b3a-aaa2-db25395d1422', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', '8b3e0968-9a45-4ce9-97b4-f11522a93c12', '2026-12-06 20:37:12.096436+00');
INSERT INTO public.processed_events VALUES ('intake', 'f714f95c-a45c-44b0-96e5-0d5833c2edb0', '2026-12-06 20:37:12.337795+00');
INSERT INTO public.processed_events VALUES ('intake', 'e0578d44-ed04-4bc6-a597-754ba720954c', '2026-12-06 20:37:12.446977+00');
INSERT INTO public.processed_events VALUES ('intake', 'a1cdd763-dd35-4c52-a947-19e96bfd8de7', '2026-12-06 20:37:12.579251+00');
INSERT INTO public.processed_events VALUES ('intake', '5bad45c8-bf13-4082-975c-7645106dfc7c', '2026-12-06 20:37:12.579251+00');
INSERT INTO public.processed_events VALUES ('intake', '5d5ddd9b-29a6-466a-9ec1-3169e71792d1', '2026-12-06 20:37:12.579251+00');
INSERT INTO public.processed_events VALUES ('intake', 'ac218914-7015-481a-8e76-558affeb1ae4', '2026-12-06 20:37:12.579251+00');
INSERT INTO public.processed_events VALUES ('intake', '1ea20deb-c259-4a15-b1f8-0761514e2814', '2026-12-06 20:37:12.579251+00');
INSERT INTO public.processed_events VALUES ('intake', 'b4acc61b-0b5e-4ad9-8433-b95ef67befc3', '2026-12-06 20:37:12.579251+00');
INSERT INTO public.processed_events VALUES ('intake', '3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81', '2026-12-06 20:37:12.579251+00');
INSERT INTO public.processed_events VALUES ('intake', 'df1846ff-2de7-4832-a199-b108bd5cf337', '2026-12-06 20:37:12.706646+00');
INSERT INTO public.processed_events VALUES ('intake', 'd88acbe0-da6e-4b74-841a-8a18741091b1', '2026-12-06 20:37:12.706646+00');
INSERT INTO public.processed_events VALUES ('intake', 'e9ea34e7-fc8d-4bd0-8366-49e87e9a785e', '2026-12-06 20:37:12.178713+00');
INSERT INTO public.processed_events VALUES ('intake', '0dbd704d-fce1-42a0-a994-b8a6752e9c74', '2026-12-06 20:37:12.178713+00');
INSERT INTO public.processed_events VALUES ('intake', '8f9b1ffe-d101-4404-97f3-af7e8250b890', '2026-12-06 20:37:12.178713+00');


--
-- Data for Name: submitters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.submitters VALUES ('demo-89e9229f', 'vendor', 'Demo-Assistent', '9200750874495a9b1b4a24624b7ac5742becb22409e87cf406953736df387650', '["*"]', '2026-12-06 20:37:07.761017+00', NULL);


--
-- Data for Name: timeline; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.timeline VALUES ('052f564f-be9e-4f54-b1b1-098b4c9f37bb', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:07.904212+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Gewerbeanmeldung');
INSERT INTO public.timeline VALUES ('1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:07.966223+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Gewerbeanmeldung');
INSERT INTO public.timeline VALUES ('fbb177f0-6648-4c03-a467-b6f383ba9ea4', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:07.982043+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Meldebescheinigung');
INSERT INTO public.timeline VALUES ('ffb52a5f-1518-4402-9630-25086b3d2aa0', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:08.055733+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Gewerbeanmeldung');
INSERT INTO public.timeline VALUES ('2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:08.078317+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Führungszeugnis');
INSERT INTO public.timeline VALUES ('83f589e2-2353-4d67-a016-16429ec16668', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:08.090876+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Gewerbeanmeldung');
INSERT INTO public.timeline VALUES ('168acc99-20dc-4f93-8871-04fed7f6aac5', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:08.104524+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Gewerbeanmeldung');
INSERT INTO public.timeline VALUES ('0bfdfa03-a529-4928-9fc5-7c746ea69c91', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:08.115518+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Anmeldung einer Nebenwohnung');
INSERT INTO public.timeline VALUES ('d860b0ed-7ee1-4790-b9b9-bc292edabe35', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:08.130392+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Geburtsurkunde');
INSERT INTO public.timeline VALUES ('fa517c18-f32a-4a22-8565-aa3d59b1c637', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:08.157168+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Meldebescheinigung');
INSERT INTO public.timeline VALUES ('f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:08.170718+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Gewerbeanmeldung');
INSERT INTO public.timeline VALUES ('40cd084f-f7b6-4739-8490-21bc6011f979', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:08.187094+00', 'intake', 'ApplicationSubmitted', 'Antrag eingegangen: Gewerbeanmeldung');
INSERT INTO public.timeline VALUES ('f5f1aa38-43e2-45cb-ad9d-5436a9013706', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:08.272297+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 26,00 EUR');
INSERT INTO public.timeline VALUES ('dc10fcff-0718-4b01-a94e-ae8ecafea240', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:08.272297+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 26,00 EUR bis 2026-12-20, Kassenzeichen 2600000018');
INSERT INTO public.timeline VALUES ('7c818567-2dd0-405f-81f5-d1df3a7ca7e7', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:08.464219+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 26,00 EUR');
INSERT INTO public.timeline VALUES ('d923ae52-7a60-4911-9178-0274898b164b', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:08.464219+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 26,00 EUR bis 2026-12-20, Kassenzeichen 2600000042');
INSERT INTO public.timeline VALUES ('30dd2bfb-e7cc-4c55-8d46-30b2b5d05f02', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:08.465238+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 20,00 EUR');
INSERT INTO public.timeline VALUES ('e3b4e2d0-55a7-4018-8906-43570f30f492', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:08.465238+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 20,00 EUR bis 2026-12-20, Kassenzeichen 2600000059');
INSERT INTO public.timeline VALUES ('35bc2cb6-94e3-4223-a15f-22eb3c5be76a', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:08.466211+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 0,00 EUR');
INSERT INTO public.timeline VALUES ('f91f0775-e08e-45b8-a96d-a42754bea3bd', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:08.466677+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 26,00 EUR');
INSERT INTO public.timeline VALUES ('81f5aac2-b842-4ac9-a6c6-a347af6b72af', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:08.466677+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 26,00 EUR bis 2026-12-20, Kassenzeichen 2600000067');
INSERT INTO public.timeline VALUES ('5949c986-2575-44ad-9e1a-b609b8067ab0', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:08.468735+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 20,00 EUR');
INSERT INTO public.timeline VALUES ('31098e9d-d3b9-4ec7-ac30-c3f801017019', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:08.468735+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 20,00 EUR bis 2026-12-20, Kassenzeichen 2600000075');
INSERT INTO public.timeline VALUES ('a4743dff-de97-4182-8499-db01d2ad821c', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:08.469771+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 26,00 EUR');
INSERT INTO public.timeline VALUES ('d4c09e29-b615-4404-a63e-a38bf411e0de', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:08.469771+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 26,00 EUR bis 2026-12-20, Kassenzeichen 2600000083');
INSERT INTO public.timeline VALUES ('0f7aeb66-5cc4-484e-b9d2-d1b88a190cc8', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:08.461453+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 26,00 EUR');
INSERT INTO public.timeline VALUES ('d8faf650-406f-4462-b90f-5d9c97715e0b', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:08.461453+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 26,00 EUR bis 2026-12-20, Kassenzeichen 2600000026');
INSERT INTO public.timeline VALUES ('667d115e-9081-4ce8-a532-797f98bf8488', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:08.463093+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 20,00 EUR');
INSERT INTO public.timeline VALUES ('71760b2d-725c-46c8-b7a7-fe94da91e195', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:08.463093+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 20,00 EUR bis 2026-12-20, Kassenzeichen 2600000034');
INSERT INTO public.timeline VALUES ('aada6870-b019-42c9-a4dc-b69d9df09a4a', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:08.47749+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 26,00 EUR');
INSERT INTO public.timeline VALUES ('a18aa002-5c91-42fd-baff-5a06d6e48ede', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:08.47749+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 26,00 EUR bis 2026-12-20, Kassenzeichen 2600000091');
INSERT INTO public.timeline VALUES ('a21e3339-fc46-41fc-868c-1edd17fe0c97', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:08.478941+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 13,00 EUR');
INSERT INTO public.timeline VALUES ('ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:08.478941+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 13,00 EUR bis 2026-12-20, Kassenzeichen 2600000109');
INSERT INTO public.timeline VALUES ('1c4fd82b-fd2a-46c8-a641-fb1f55849ecb', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:08.480058+00', 'fees', 'FeeAssessed', 'Gebühr festgesetzt: 26,00 EUR');
INSERT INTO public.timeline VALUES ('3fd41d85-363f-4268-9769-a3c7366b1592', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:08.480058+00', 'fees', 'PaymentRequested', 'Zahlung erbeten: 26,00 EUR bis 2026-12-20, Kassenzeichen 2600000117');
INSERT INTO public.timeline VALUES ('35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:08.618342+00', 'routing', 'CaseRouted', 'Zuständig: Gewerbeamt (Ordnungsamt) Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:08.824812+00', 'routing', 'CaseRouted', 'Zuständig: Gewerbeamt (Ordnungsamt) Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('bab35fcf-5c27-4920-963d-630e7baf6c72', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:08.825409+00', 'routing', 'CaseRouted', 'Zuständig: Bürgerbüro Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('0b540158-905c-4e2f-825a-092838ff3351', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:08.825737+00', 'routing', 'PaymentAwaited', 'Wartet auf Ihre Zahlung; die Bearbeitung beginnt danach');
INSERT INTO public.timeline VALUES ('39d64955-a8c8-4ca0-93c8-208f405a920e', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:08.82601+00', 'routing', 'CaseRouted', 'Zuständig: Gewerbeamt (Ordnungsamt) Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:08.836259+00', 'routing', 'CaseRouted', 'Zuständig: Gewerbeamt (Ordnungsamt) Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('c88c29e8-29c7-4667-8e31-63c19cd95602', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:08.826597+00', 'routing', 'CaseRouted', 'Zuständig: Gewerbeamt (Ordnungsamt) Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('bd883216-bdf1-44ce-ab43-98e3bd3df5db', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:08.835352+00', 'routing', 'CaseRouted', 'Zuständig: Standesamt Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('4b9ca2a5-e1b8-4a3c-a270-bd7cb1469a80', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:08.835906+00', 'routing', 'PaymentAwaited', 'Wartet auf Ihre Zahlung; die Bearbeitung beginnt danach');
INSERT INTO public.timeline VALUES ('30c6f078-81c3-445a-be06-c19732ef3a98', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:08.836683+00', 'routing', 'CaseRouted', 'Zuständig: Bürgerbüro Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('66358a02-e358-425b-b09a-32917a17b71d', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:08.837006+00', 'routing', 'PaymentAwaited', 'Wartet auf Ihre Zahlung; die Bearbeitung beginnt danach');
INSERT INTO public.timeline VALUES ('652e001b-2092-4701-b566-a0b33826d6f0', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:08.83728+00', 'routing', 'CaseRouted', 'Zuständig: Bürgerbüro Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('9a910bd4-c997-4e5a-8c52-080f36422c60', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:09.050924+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 26,00 EUR');
INSERT INTO public.timeline VALUES ('1467c00a-3679-4562-b970-a17bf8dd1311', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:09.119016+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 20,00 EUR');
INSERT INTO public.timeline VALUES ('3816fa43-6289-4752-9fcb-400ea5aec4b5', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:08.954914+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 26,00 EUR');
INSERT INTO public.timeline VALUES ('ec9e59f9-03aa-483a-9a32-c17fe8250deb', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:08.83771+00', 'routing', 'CaseRouted', 'Zuständig: Gewerbeamt (Ordnungsamt) Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:08.838085+00', 'routing', 'CaseRouted', 'Zuständig: Bürgerbüro Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('99f17158-748e-45cb-88f8-7c04ecf22324', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:08.838414+00', 'routing', 'PaymentAwaited', 'Wartet auf Ihre Zahlung; die Bearbeitung beginnt danach');
INSERT INTO public.timeline VALUES ('8a44ca82-222a-4b32-bfcb-c41a1c84d236', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:08.838661+00', 'routing', 'CaseRouted', 'Zuständig: Gewerbeamt (Ordnungsamt) Oschersleben (Bode)');
INSERT INTO public.timeline VALUES ('b03bc565-f6d5-40d9-8810-1458bab3a4aa', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:09.215782+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 26,00 EUR');
INSERT INTO public.timeline VALUES ('1ed95a5c-fedb-4e56-9cd1-9158dac03322', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:09.145124+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 26,00 EUR');
INSERT INTO public.timeline VALUES ('637fd7f0-9a70-470b-8f68-4f46ea6a7784', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:09.212444+00', 'routing', 'PaymentConfirmed', 'Zahlung vollständig; der Antrag geht in die Bearbeitung');
INSERT INTO public.timeline VALUES ('473b8690-ae03-4b48-b034-61f3f82c8cd4', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:09.283872+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 26,00 EUR');
INSERT INTO public.timeline VALUES ('5fd20aa5-6dcb-48dc-8c56-8fd3df569491', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:09.255438+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('9cf87663-e656-47a8-880e-bf447234ac4d', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:09.262301+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:09.460641+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 26,00 EUR');
INSERT INTO public.timeline VALUES ('67ba0e4b-572c-4618-8aaf-756c881073b4', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:09.497018+00', 'fees', 'PaymentReceived', 'Zahlung eingegangen: 26,00 EUR');
INSERT INTO public.timeline VALUES ('ee6dc3c8-5299-49b1-9371-9c66c97013fc', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:09.680424+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('2960826a-1d4b-419d-b5f0-ef7f9d360304', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:09.681008+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('606d933e-9864-4daf-b49f-40b5b0951667', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:09.690297+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('4f34e199-c065-423f-907d-e7eff3682da5', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:09.698263+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('26f218dd-48e3-4997-9b13-114d0577bc83', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:09.772454+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('f06e84f6-7f93-4e2b-8406-712be9d56935', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:09.678899+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('64aa186f-e38f-4dbc-ac76-2232a6796b6d', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:09.679458+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('b21a1aae-9cd9-42fd-b02b-51325e55ff8b', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:09.680128+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('c07b3cd9-c3c2-430b-ac31-f6660f4540a9', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:09.681593+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('1eab139d-0227-4be1-b3a1-e0b22a33dcad', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:09.697958+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('f65e6a37-4596-4c48-bf34-30630e860124', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:09.698518+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('cb6ba1fc-d43d-4b95-bf91-4ccdf0899d64', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:09.775061+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('16143e77-9580-4ee8-bbd7-66d7e9565c80', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:09.775662+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('0cdf6d81-e8ea-4468-8f71-8c8b20a147ba', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:09.680711+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('bd0b5a68-9079-48e6-9485-0e6e5dde61f3', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:09.681877+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('d9bcdea6-1276-493a-8f24-2beb88d135f1', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:09.692985+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('1e06d6b4-b7a0-449f-8015-b981495a5ad2', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:09.697483+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('cac39365-dac5-423a-8e9f-ba6489e3b61a', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:09.679833+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('597527cc-3396-4501-9dc1-e9f42c7faf6c', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:09.682433+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('290c2762-d9b0-4070-8830-a941234d088d', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:09.683086+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('9310678d-cbb6-433a-a2cf-61dd9c455a4e', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:09.681312+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('8f79fee2-4d1b-49f1-99ba-5c1b9c7e895f', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:09.682165+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('08ccbb9c-102d-426b-aea1-643614502c0a', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:09.682719+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('0d0fa3d8-cae5-4f0c-b729-edde83874b35', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:09.68337+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('e50e3309-1324-43ab-9220-c065656e0063', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:09.689431+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Eingangsbestätigung');
INSERT INTO public.timeline VALUES ('b0521ac1-18bc-4752-9633-0987b3637ce5', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:09.689972+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('95e189a2-e62b-4416-96fa-57f49ab74558', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:09.694643+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungsaufforderung');
INSERT INTO public.timeline VALUES ('fb15a063-ad1b-46af-8e30-7e50652c2cb8', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:09.771512+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('a9fd1562-f085-41c0-9041-a82629e6591c', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:09.775418+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Zahlungseingang');
INSERT INTO public.timeline VALUES ('6cb8f757-a101-4e07-9f76-a25ccf1851d2', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:11.562439+00', 'routing', 'CaseClaimed', 'In Bearbeitung');
INSERT INTO public.timeline VALUES ('d5087191-ea82-4d84-9423-7a8cdbedf83a', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:11.591866+00', 'routing', 'CaseApproved', 'Bewilligt');
INSERT INTO public.timeline VALUES ('e2ff6f8b-afb2-43ad-b963-a097246a6483', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:11.609471+00', 'routing', 'CaseCompleted', 'Abgeschlossen');
INSERT INTO public.timeline VALUES ('48d81289-8b5b-4193-9ede-fca9e49defd3', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:11.701951+00', 'routing', 'CaseClaimed', 'In Bearbeitung');
INSERT INTO public.timeline VALUES ('1f74a47d-634b-4442-bf0b-d7df69195783', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:11.759642+00', 'routing', 'CaseApproved', 'Bewilligt');
INSERT INTO public.timeline VALUES ('0154bf09-b732-4f45-8e6a-5bec487c8b76', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:11.777651+00', 'routing', 'CaseCompleted', 'Abgeschlossen');
INSERT INTO public.timeline VALUES ('8411248a-1b01-46ce-95af-fd17ec62442f', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:11.8422+00', 'routing', 'CaseClaimed', 'In Bearbeitung');
INSERT INTO public.timeline VALUES ('dbb39057-d75b-47ce-b89e-3841c98a6c9a', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:11.864235+00', 'routing', 'CaseApproved', 'Bewilligt');
INSERT INTO public.timeline VALUES ('70adb83b-9ed6-41ae-b9de-90b15c92a3ef', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:11.887044+00', 'routing', 'CaseCompleted', 'Abgeschlossen');
INSERT INTO public.timeline VALUES ('b3e8f3d3-844f-4fc9-8447-6b0e9b86d525', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:11.988249+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Entscheidung');
INSERT INTO public.timeline VALUES ('ac69d90d-d854-4b79-b0be-f4c07e89652c', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:12.043382+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Abschluss');
INSERT INTO public.timeline VALUES ('47fd6b07-54d4-497e-8d58-91a121da4e74', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:11.988588+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Entscheidung');
INSERT INTO public.timeline VALUES ('5208bee8-207e-49b6-9bf1-98d1285f8675', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:11.988747+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Abschluss');
INSERT INTO public.timeline VALUES ('30988c18-64e3-4886-9bd2-8320e83e90d7', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:11.920681+00', 'routing', 'CaseClaimed', 'In Bearbeitung');
INSERT INTO public.timeline VALUES ('5453820e-cc6a-4b3a-aaa2-db25395d1422', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:11.960978+00', 'routing', 'CaseApproved', 'Bewilligt');
INSERT INTO public.timeline VALUES ('8b3e0968-9a45-4ce9-97b4-f11522a93c12', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:11.985631+00', 'routing', 'CaseCompleted', 'Abgeschlossen');
INSERT INTO public.timeline VALUES ('e9ea34e7-fc8d-4bd0-8366-49e87e9a785e', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:12.094454+00', 'routing', 'CaseClaimed', 'In Bearbeitung');
INSERT INTO public.timeline VALUES ('0dbd704d-fce1-42a0-a994-b8a6752e9c74', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:12.125655+00', 'routing', 'CaseApproved', 'Bewilligt');
INSERT INTO public.timeline VALUES ('8f9b1ffe-d101-4404-97f3-af7e8250b890', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:12.150175+00', 'routing', 'CaseCompleted', 'Abgeschlossen');
INSERT INTO public.timeline VALUES ('f714f95c-a45c-44b0-96e5-0d5833c2edb0', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:12.247704+00', 'routing', 'CaseClaimed', 'In Bearbeitung');
INSERT INTO public.timeline VALUES ('e0578d44-ed04-4bc6-a597-754ba720954c', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:12.274577+00', 'routing', 'CaseApproved', 'Bewilligt');
INSERT INTO public.timeline VALUES ('a1cdd763-dd35-4c52-a947-19e96bfd8de7', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:12.367613+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Entscheidung');
INSERT INTO public.timeline VALUES ('5bad45c8-bf13-4082-975c-7645106dfc7c', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:12.36781+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Entscheidung');
INSERT INTO public.timeline VALUES ('5d5ddd9b-29a6-466a-9ec1-3169e71792d1', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:12.367953+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Abschluss');
INSERT INTO public.timeline VALUES ('ac218914-7015-481a-8e76-558affeb1ae4', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:12.368217+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Abschluss');
INSERT INTO public.timeline VALUES ('1ea20deb-c259-4a15-b1f8-0761514e2814', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:12.367235+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Abschluss');
INSERT INTO public.timeline VALUES ('b4acc61b-0b5e-4ad9-8433-b95ef67befc3', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:12.368087+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Entscheidung');
INSERT INTO public.timeline VALUES ('3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:12.329957+00', 'routing', 'CaseCompleted', 'Abgeschlossen');
INSERT INTO public.timeline VALUES ('df1846ff-2de7-4832-a199-b108bd5cf337', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:12.613862+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Entscheidung');
INSERT INTO public.timeline VALUES ('d88acbe0-da6e-4b74-841a-8a18741091b1', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:12.614187+00', 'notifications', 'NotificationSent', 'E-Mail gesendet: Abschluss');


--
-- Data for Name: tracking_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tracking_tokens VALUES ('cf42ed36e5f4090744e5d073fe87c08b2e91567771286ed6a6c7d4e2b4894cf8', '688d42c4-d760-476f-85b8-3632d08ed303', '2026-12-06 20:37:07.914432+00');
INSERT INTO public.tracking_tokens VALUES ('0e6f451989c1eff1129cc673518ea429342f7457bb0454b37d390fffcdb9d8bf', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2026-12-06 20:37:07.966652+00');
INSERT INTO public.tracking_tokens VALUES ('88df1d14370c9461d4b7a1a302127cf9016d796a701281fee3bdd39155d429d3', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2026-12-06 20:37:07.982538+00');
INSERT INTO public.tracking_tokens VALUES ('99fb4bf6b363d63d5721ba3420294024fc555e1a50e037799602b08ff203821b', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2026-12-06 20:37:08.059534+00');
INSERT INTO public.tracking_tokens VALUES ('165f31dda588688c35ddc54764959a266ec6df3c1ae15f193d26b64083f8cfc0', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2026-12-06 20:37:08.078758+00');
INSERT INTO public.tracking_tokens VALUES ('d6abcd67d64f5f56e9bb9532ef540d836a2c2430ffeafba8c0e18f0b3c9b3249', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2026-12-06 20:37:08.091298+00');
INSERT INTO public.tracking_tokens VALUES ('f065c6962cc950436f835d8c650cc1c6716b6f17874461fce2b09354ddb8c45d', 'be46ab3c-764c-41bc-b211-79628df65484', '2026-12-06 20:37:08.104965+00');
INSERT INTO public.tracking_tokens VALUES ('2211c3cb8034689e4781bf4ca936c6df725533e1ff685780e015fa0642fd5eab', '67476f8f-0587-485f-808c-9e10d3d333f8', '2026-12-06 20:37:08.11595+00');
INSERT INTO public.tracking_tokens VALUES ('bdb5475a91f6fcd11c29b0e59057ea0c49042f27460bdcc6dead67f5b39ad61a', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2026-12-06 20:37:08.131091+00');
INSERT INTO public.tracking_tokens VALUES ('a82d822e941556f1d6e59ab8bd1f329088fd87f75a54c95d040a352331aa94ec', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2026-12-06 20:37:08.157701+00');
INSERT INTO public.tracking_tokens VALUES ('d920755f4e1533ad8627a65726d6c8a9ccc147c06f8ea633a9aeb3b76c11dfc8', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2026-12-06 20:37:08.171212+00');
INSERT INTO public.tracking_tokens VALUES ('4e2eb7bc07bf8c14f7d6cb8a0e4d42dbffc0f4861f6cb99cf4f9144cd7882d35', 'bffdce7f-6051-408d-864c-c217eab382d2', '2026-12-06 20:37:08.187654+00');


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 12, true);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 12, true);


--
-- Name: applications applications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applications
    ADD CONSTRAINT applications_pkey PRIMARY KEY (case_id);


--
-- Name: case_status case_status_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_status
    ADD CONSTRAINT case_status_pkey PRIMARY KEY (case_id);


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
-- Name: processed_events processed_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.processed_events
    ADD CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id);


--
-- Name: submitters submitters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submitters
    ADD CONSTRAINT submitters_pkey PRIMARY KEY (id);


--
-- Name: timeline timeline_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline
    ADD CONSTRAINT timeline_pkey PRIMARY KEY (event_id);


--
-- Name: tracking_tokens tracking_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tracking_tokens
    ADD CONSTRAINT tracking_tokens_pkey PRIMARY KEY (token_sha256);


--
-- Name: applications uq_application_idempotency; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applications
    ADD CONSTRAINT uq_application_idempotency UNIQUE (submitter_id, idempotency_key);


--
-- Name: events uq_events_case_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_case_version UNIQUE (case_id, stream_version);


--
-- Name: ix_outbox_published_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbox_published_at ON public.outbox USING btree (published_at);


--
-- Name: ix_timeline_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_timeline_case_id ON public.timeline USING btree (case_id);


--
-- Name: ix_tracking_tokens_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tracking_tokens_case_id ON public.tracking_tokens USING btree (case_id);


--
-- Name: outbox outbox_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_position_fkey FOREIGN KEY ("position") REFERENCES public.events("position");


--
-- PostgreSQL database dump complete
--


