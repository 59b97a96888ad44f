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
-- Name: deliveries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deliveries (
    id character varying(36) NOT NULL,
    case_id character varying(36) NOT NULL,
    trigger_event_id character varying(36) NOT NULL,
    trigger_event_type character varying(100) NOT NULL,
    trigger_occurred_at timestamp with time zone NOT NULL,
    trigger_payload jsonb NOT NULL,
    correlation_id character varying(36) NOT NULL,
    channel character varying(20) NOT NULL,
    template character varying(60) NOT NULL,
    recipient character varying(2000),
    state character varying(20) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    last_error text,
    sent_at timestamp with time zone
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
-- Name: recipients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recipients (
    case_id character varying(36) NOT NULL,
    citizen jsonb,
    submitter_id character varying(60),
    office jsonb
);


--
-- Name: vendor_callbacks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vendor_callbacks (
    submitter_id character varying(60) NOT NULL,
    url character varying(2000) NOT NULL,
    secret character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL
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
-- Data for Name: deliveries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.deliveries VALUES ('8764a1e1-e84f-471b-9e9a-a1f02f5994a1', '688d42c4-d760-476f-85b8-3632d08ed303', '35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', 'CaseRouted', '2026-12-06 20:37:08.618342+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:07.904212+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.074148+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('6100ac69-e049-4108-9422-f1e7d41d6429', '688d42c4-d760-476f-85b8-3632d08ed303', 'dc10fcff-0718-4b01-a94e-ae8ecafea240', 'PaymentRequested', '2026-12-06 20:37:08.272297+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000018"}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'email', 'payment_request', 'hannes.0@example.org', 'sent', 1, '2026-12-06 20:38:09.17603+00', NULL, '2026-12-06 20:37:09.242441+00');
INSERT INTO public.deliveries VALUES ('4b2748ac-259d-4b42-8057-e11df7f99188', '688d42c4-d760-476f-85b8-3632d08ed303', '35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', 'CaseRouted', '2026-12-06 20:37:08.618342+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:07.904212+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'email', 'receipt', 'hannes.0@example.org', 'sent', 1, '2026-12-06 20:38:09.17603+00', NULL, '2026-12-06 20:37:09.249158+00');
INSERT INTO public.deliveries VALUES ('171e6bfb-6613-4745-a3e0-a246f4baaf24', 'bffdce7f-6051-408d-864c-c217eab382d2', 'd4c09e29-b615-4404-a63e-a38bf411e0de', 'PaymentRequested', '2026-12-06 20:37:08.469771+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000083"}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'email', 'payment_request', 'emma.11@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.36334+00');
INSERT INTO public.deliveries VALUES ('b043c63c-d050-4c03-911f-2b684c75ee68', 'be46ab3c-764c-41bc-b211-79628df65484', '81f5aac2-b842-4ac9-a6c6-a347af6b72af', 'PaymentRequested', '2026-12-06 20:37:08.466677+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000067"}', '168acc99-20dc-4f93-8871-04fed7f6aac5', 'email', 'payment_request', 'anna.6@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.370345+00');
INSERT INTO public.deliveries VALUES ('88c320f5-152f-40a9-b8fa-4e6e33af04b6', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '66358a02-e358-425b-b09a-32917a17b71d', 'PaymentAwaited', '2026-12-06 20:37:08.837006+00', '{"amount_cents": 2000}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189139+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('18a15082-e474-4861-adb6-17ad35bf218c', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'c88c29e8-29c7-4667-8e31-63c19cd95602', 'CaseRouted', '2026-12-06 20:37:08.826597+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.090876+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '83f589e2-2353-4d67-a016-16429ec16668', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.18904+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('2e50e737-becf-48f4-a993-0807024cb2df', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 'bd883216-bdf1-44ce-ab43-98e3bd3df5db', 'CaseRouted', '2026-12-06 20:37:08.835352+00', '{"rule": "geburtsurkunde-standesamt", "due_on": "2026-12-18", "office": {"name": "Standesamt Oschersleben (Bode)", "email": "standesamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "standesamt", "remind_at": "2026-12-09T20:37:08.130392+00:00", "service_id": "geburtsurkunde", "forwards_to": null, "office_name": "Standesamt Oschersleben (Bode)", "service_name": "Geburtsurkunde", "payment_first": true}', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189059+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('b64a2c5d-2399-4ca3-8f29-08deb89ae49c', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '4b9ca2a5-e1b8-4a3c-a270-bd7cb1469a80', 'PaymentAwaited', '2026-12-06 20:37:08.835906+00', '{"amount_cents": 2000}', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189066+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('57452043-4862-471f-862b-ece5fd3d41d4', 'be46ab3c-764c-41bc-b211-79628df65484', '6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6', 'CaseRouted', '2026-12-06 20:37:08.824812+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.104524+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '168acc99-20dc-4f93-8871-04fed7f6aac5', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189081+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('615027da-b10c-4946-9fa7-61c4bf777d42', '07da1392-91d3-4d7a-847f-104a1a3b4308', 'bab35fcf-5c27-4920-963d-630e7baf6c72', 'CaseRouted', '2026-12-06 20:37:08.825409+00', '{"rule": "meldebescheinigung-buergerbuero", "due_on": "2026-12-09", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.157168+00:00", "service_id": "meldebescheinigung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Meldebescheinigung", "payment_first": true}', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189094+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('d6c1f712-3b24-4e85-81ed-3c15f6ee4587', '07da1392-91d3-4d7a-847f-104a1a3b4308', '0b540158-905c-4e2f-825a-092838ff3351', 'PaymentAwaited', '2026-12-06 20:37:08.825737+00', '{"amount_cents": 2000}', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.1891+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('dac8e8ed-31f5-477a-a5b0-e1ce0753e76e', 'bffdce7f-6051-408d-864c-c217eab382d2', '39d64955-a8c8-4ca0-93c8-208f405a920e', 'CaseRouted', '2026-12-06 20:37:08.82601+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.187094+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189114+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('3465857d-1204-46e5-b307-c5fd89ee5cc6', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '99f17158-748e-45cb-88f8-7c04ecf22324', 'PaymentAwaited', '2026-12-06 20:37:08.838414+00', '{"amount_cents": 1300}', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189217+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('5bf270ef-d336-43ba-9068-83596cf9db89', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '30c6f078-81c3-445a-be06-c19732ef3a98', 'CaseRouted', '2026-12-06 20:37:08.836683+00', '{"rule": "meldebescheinigung-buergerbuero", "due_on": "2026-12-09", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:07.982043+00:00", "service_id": "meldebescheinigung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Meldebescheinigung", "payment_first": true}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189133+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('5132b5ca-a35c-4dc5-87f4-e2b6c423db34', '67476f8f-0587-485f-808c-9e10d3d333f8', '652e001b-2092-4701-b566-a0b33826d6f0', 'CaseRouted', '2026-12-06 20:37:08.83728+00', '{"rule": "nebenwohnung-buergerbuero", "due_on": "2026-12-18", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.115518+00:00", "service_id": "nebenwohnung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Anmeldung einer Nebenwohnung", "payment_first": false}', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189154+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('b6de7f3f-3f69-4691-a670-4c1b15575ec1', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', 'CaseRouted', '2026-12-06 20:37:08.836259+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:07.966223+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189168+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('f2da0017-ff99-4a1f-96f4-bd636e91a67f', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 'ec9e59f9-03aa-483a-9a32-c17fe8250deb', 'CaseRouted', '2026-12-06 20:37:08.83771+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.055733+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189198+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('38871459-8a7d-4d33-9465-ef87b3eb5b33', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c', 'CaseRouted', '2026-12-06 20:37:08.838085+00', '{"rule": "fuehrungszeugnis-buergerbuero", "due_on": "2026-12-11", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.078317+00:00", "service_id": "fuehrungszeugnis", "forwards_to": "Bundesamt für Justiz – Bundeszentralregister", "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Führungszeugnis", "payment_first": true}', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189212+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('6dd5313a-0c9b-4547-89a4-3b072c69a5af', '360ca019-46cd-4134-a9ee-4a77b331cc63', '8a44ca82-222a-4b32-bfcb-c41a1c84d236', 'CaseRouted', '2026-12-06 20:37:08.838661+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.170718+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.189231+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('0573457f-74b3-4609-8acc-186b9daf27e9', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 'ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2', 'PaymentRequested', '2026-12-06 20:37:08.478941+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 1300, "kassenzeichen": "2600000109"}', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', 'email', 'payment_request', 'emma.4@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.517109+00');
INSERT INTO public.deliveries VALUES ('f2b5197b-ac97-4fac-bf2f-c868e5d740ea', '07da1392-91d3-4d7a-847f-104a1a3b4308', 'bab35fcf-5c27-4920-963d-630e7baf6c72', 'CaseRouted', '2026-12-06 20:37:08.825409+00', '{"rule": "meldebescheinigung-buergerbuero", "due_on": "2026-12-09", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.157168+00:00", "service_id": "meldebescheinigung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Meldebescheinigung", "payment_first": true}', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'email', 'receipt', 'hannes.9@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.59115+00');
INSERT INTO public.deliveries VALUES ('b5c97a47-b218-4cd0-a1d5-cfb14fdad3bd', '688d42c4-d760-476f-85b8-3632d08ed303', '3816fa43-6289-4752-9fcb-400ea5aec4b5', 'PaymentReceived', '2026-12-06 20:37:08.954914+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:08.923110+00:00", "provider": "epaybl", "payment_id": "DEMO-137ec3735784", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000018"}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'email', 'payment_received', 'hannes.0@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.599088+00');
INSERT INTO public.deliveries VALUES ('0915f060-0721-4b24-87b9-ffa08197454d', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 'a18aa002-5c91-42fd-baff-5a06d6e48ede', 'PaymentRequested', '2026-12-06 20:37:08.47749+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000091"}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'email', 'payment_request', 'david.3@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.447396+00');
INSERT INTO public.deliveries VALUES ('3a140a7f-3944-4c11-a8a7-da06a6038b00', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 'bd883216-bdf1-44ce-ab43-98e3bd3df5db', 'CaseRouted', '2026-12-06 20:37:08.835352+00', '{"rule": "geburtsurkunde-standesamt", "due_on": "2026-12-18", "office": {"name": "Standesamt Oschersleben (Bode)", "email": "standesamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "standesamt", "remind_at": "2026-12-09T20:37:08.130392+00:00", "service_id": "geburtsurkunde", "forwards_to": null, "office_name": "Standesamt Oschersleben (Bode)", "service_name": "Geburtsurkunde", "payment_first": true}', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'email', 'receipt', 'jonas.8@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.493633+00');
INSERT INTO public.deliveries VALUES ('ad877d65-4bac-434f-b22c-e9fa37cd84a4', '360ca019-46cd-4134-a9ee-4a77b331cc63', '3fd41d85-363f-4268-9769-a3c7366b1592', 'PaymentRequested', '2026-12-06 20:37:08.480058+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000117"}', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'email', 'payment_request', 'david.10@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.514472+00');
INSERT INTO public.deliveries VALUES ('d14c9d62-056d-4b78-95dd-3f7e54ded0e6', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '637fd7f0-9a70-470b-8f68-4f46ea6a7784', 'PaymentConfirmed', '2026-12-06 20:37:09.212444+00', '{"remind_at": "2026-12-09T20:37:09.119016+00:00"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:09.491005+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('85aafc54-21f3-4bb4-8d66-ed3f95662c4e', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '1ed95a5c-fedb-4e56-9cd1-9158dac03322', 'PaymentReceived', '2026-12-06 20:37:09.145124+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.139134+00:00", "provider": "epaybl", "payment_id": "DEMO-eb8824efd038", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000091"}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'email', 'payment_received', 'david.3@example.org', 'sent', 1, '2026-12-06 20:38:09.70692+00', NULL, '2026-12-06 20:37:09.731459+00');
INSERT INTO public.deliveries VALUES ('938653b5-c827-4935-8e44-34011f57ad0c', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', 'PaymentReceived', '2026-12-06 20:37:09.215782+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.192821+00:00", "provider": "epaybl", "payment_id": "DEMO-7ce060723baf", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000026"}', '83f589e2-2353-4d67-a016-16429ec16668', 'email', 'payment_received', 'clara.5@example.org', 'sent', 1, '2026-12-06 20:38:09.70692+00', NULL, '2026-12-06 20:37:09.736942+00');
INSERT INTO public.deliveries VALUES ('a2ea785a-f5f4-4e02-a151-97aed7d6ff42', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '48d81289-8b5b-4193-9ede-fca9e49defd3', 'CaseClaimed', '2026-12-06 20:37:11.701951+00', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:11.800864+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('c8cccafb-8508-4ee7-8caa-f83752a08d8f', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '1f74a47d-634b-4442-bf0b-d7df69195783', 'CaseApproved', '2026-12-06 20:37:11.759642+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:11.800895+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('9534f73b-d2b9-4a4d-80a1-d7f0461df631', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '1f74a47d-634b-4442-bf0b-d7df69195783', 'CaseApproved', '2026-12-06 20:37:11.759642+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'email', 'decision', 'greta.1@example.org', 'sent', 1, '2026-12-06 20:38:11.884932+00', NULL, '2026-12-06 20:37:11.942195+00');
INSERT INTO public.deliveries VALUES ('608d947b-6a29-4657-8947-41a6ef21d252', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '8b3e0968-9a45-4ce9-97b4-f11522a93c12', 'CaseCompleted', '2026-12-06 20:37:11.985631+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.099674+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('ada437d3-1071-443d-a316-09d36c49ecc9', '67476f8f-0587-485f-808c-9e10d3d333f8', 'e9ea34e7-fc8d-4bd0-8366-49e87e9a785e', 'CaseClaimed', '2026-12-06 20:37:12.094454+00', '{"caseworker_id": "demo-buergerbuero-22f3fc", "caseworker_name": "Leitung buergerbuero"}', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.204968+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('26141da1-e0ee-40c4-9319-78c12056fff4', '67476f8f-0587-485f-808c-9e10d3d333f8', '0dbd704d-fce1-42a0-a994-b8a6752e9c74', 'CaseApproved', '2026-12-06 20:37:12.125655+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.204997+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('52bb1b02-557b-46a8-b239-52e539f87b7b', '67476f8f-0587-485f-808c-9e10d3d333f8', '8f9b1ffe-d101-4404-97f3-af7e8250b890', 'CaseCompleted', '2026-12-06 20:37:12.150175+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.205016+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('5594b701-6514-4353-9689-18e78598103f', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '8b3e0968-9a45-4ce9-97b4-f11522a93c12', 'CaseCompleted', '2026-12-06 20:37:11.985631+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'email', 'completed', 'david.3@example.org', 'sent', 1, '2026-12-06 20:38:12.254749+00', NULL, '2026-12-06 20:37:12.340481+00');
INSERT INTO public.deliveries VALUES ('0570ae7f-82f7-41f4-b9db-4aa713692790', '67476f8f-0587-485f-808c-9e10d3d333f8', '0dbd704d-fce1-42a0-a994-b8a6752e9c74', 'CaseApproved', '2026-12-06 20:37:12.125655+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'email', 'decision', 'emma.7@example.org', 'sent', 1, '2026-12-06 20:38:12.254749+00', NULL, '2026-12-06 20:37:12.346338+00');
INSERT INTO public.deliveries VALUES ('c0beba4d-7c74-4143-a5d4-e8afc846d0dc', 'bffdce7f-6051-408d-864c-c217eab382d2', 'e0578d44-ed04-4bc6-a597-754ba720954c', 'CaseApproved', '2026-12-06 20:37:12.274577+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.445516+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('11fcf86b-9cc0-446d-9b55-ee6663f41522', 'bffdce7f-6051-408d-864c-c217eab382d2', 'e0578d44-ed04-4bc6-a597-754ba720954c', 'CaseApproved', '2026-12-06 20:37:12.274577+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'email', 'decision', 'emma.11@example.org', 'sent', 1, '2026-12-06 20:38:12.586638+00', NULL, '2026-12-06 20:37:12.601199+00');
INSERT INTO public.deliveries VALUES ('d24a3108-0d9d-453d-aed3-c9426562838d', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 'd923ae52-7a60-4911-9178-0274898b164b', 'PaymentRequested', '2026-12-06 20:37:08.464219+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000042"}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'email', 'payment_request', 'greta.1@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.375918+00');
INSERT INTO public.deliveries VALUES ('63652305-180c-4072-a6e0-5feea4c72d49', '07da1392-91d3-4d7a-847f-104a1a3b4308', '31098e9d-d3b9-4ec7-ac30-c3f801017019', 'PaymentRequested', '2026-12-06 20:37:08.468735+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2000, "kassenzeichen": "2600000075"}', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'email', 'payment_request', 'hannes.9@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.412328+00');
INSERT INTO public.deliveries VALUES ('0fb3393c-9db3-405e-93d4-8cc7113a0730', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '71760b2d-725c-46c8-b7a7-fe94da91e195', 'PaymentRequested', '2026-12-06 20:37:08.463093+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2000, "kassenzeichen": "2600000034"}', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'email', 'payment_request', 'jonas.8@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.446869+00');
INSERT INTO public.deliveries VALUES ('bd968605-4b41-4d2f-8721-5d044a3a37e3', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'e3b4e2d0-55a7-4018-8906-43570f30f492', 'PaymentRequested', '2026-12-06 20:37:08.465238+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2000, "kassenzeichen": "2600000059"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'email', 'payment_request', 'anna.2@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.475472+00');
INSERT INTO public.deliveries VALUES ('25f12e26-251a-4b6e-ae4f-bd65eaa3ecc2', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'd8faf650-406f-4462-b90f-5d9c97715e0b', 'PaymentRequested', '2026-12-06 20:37:08.461453+00', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000026"}', '83f589e2-2353-4d67-a016-16429ec16668', 'email', 'payment_request', 'clara.5@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.48765+00');
INSERT INTO public.deliveries VALUES ('bbea7118-a7f0-45cd-8c26-eac10932aa8e', '67476f8f-0587-485f-808c-9e10d3d333f8', '652e001b-2092-4701-b566-a0b33826d6f0', 'CaseRouted', '2026-12-06 20:37:08.83728+00', '{"rule": "nebenwohnung-buergerbuero", "due_on": "2026-12-18", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.115518+00:00", "service_id": "nebenwohnung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Anmeldung einer Nebenwohnung", "payment_first": false}', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'email', 'receipt', 'emma.7@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.588432+00');
INSERT INTO public.deliveries VALUES ('a908a68d-b6ea-4f27-8cf8-a45c1fc1cbdb', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', 'CaseRouted', '2026-12-06 20:37:08.836259+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:07.966223+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'email', 'receipt', 'greta.1@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.621397+00');
INSERT INTO public.deliveries VALUES ('0ca3be58-ff98-41fa-9248-85086de39cdc', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c', 'CaseRouted', '2026-12-06 20:37:08.838085+00', '{"rule": "fuehrungszeugnis-buergerbuero", "due_on": "2026-12-11", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:08.078317+00:00", "service_id": "fuehrungszeugnis", "forwards_to": "Bundesamt für Justiz – Bundeszentralregister", "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Führungszeugnis", "payment_first": true}', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', 'email', 'receipt', 'emma.4@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.635772+00');
INSERT INTO public.deliveries VALUES ('174505b1-2fd9-4e5f-857f-df0283f6b363', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '9a910bd4-c997-4e5a-8c52-080f36422c60', 'PaymentReceived', '2026-12-06 20:37:09.050924+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.003531+00:00", "provider": "epaybl", "payment_id": "DEMO-ad7481a11cbc", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000042"}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'email', 'payment_received', 'greta.1@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.640658+00');
INSERT INTO public.deliveries VALUES ('686769c1-3bf4-463d-92b1-9a984d97589d', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 'ec9e59f9-03aa-483a-9a32-c17fe8250deb', 'CaseRouted', '2026-12-06 20:37:08.83771+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.055733+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'email', 'receipt', 'david.3@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.645954+00');
INSERT INTO public.deliveries VALUES ('d4c754f5-5ae7-4456-a5ee-88ac471a6fd8', '360ca019-46cd-4134-a9ee-4a77b331cc63', '8a44ca82-222a-4b32-bfcb-c41a1c84d236', 'CaseRouted', '2026-12-06 20:37:08.838661+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.170718+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'email', 'receipt', 'david.10@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.651567+00');
INSERT INTO public.deliveries VALUES ('345211d5-d29b-4ea7-806a-4ead9838a07c', 'bffdce7f-6051-408d-864c-c217eab382d2', 'f714f95c-a45c-44b0-96e5-0d5833c2edb0', 'CaseClaimed', '2026-12-06 20:37:12.247704+00', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.331277+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('99c408e3-6b0c-4d16-a3b6-aca644c2cd90', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '30c6f078-81c3-445a-be06-c19732ef3a98', 'CaseRouted', '2026-12-06 20:37:08.836683+00', '{"rule": "meldebescheinigung-buergerbuero", "due_on": "2026-12-09", "office": {"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "buergerbuero", "remind_at": "2026-12-09T20:37:07.982043+00:00", "service_id": "meldebescheinigung", "forwards_to": null, "office_name": "Bürgerbüro Oschersleben (Bode)", "service_name": "Meldebescheinigung", "payment_first": true}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'email', 'receipt', 'anna.2@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.512999+00');
INSERT INTO public.deliveries VALUES ('4f5a87b5-90c5-4d2e-bf4a-98513c295e37', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '1467c00a-3679-4562-b970-a17bf8dd1311', 'PaymentReceived', '2026-12-06 20:37:09.119016+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.104836+00:00", "provider": "epaybl", "payment_id": "DEMO-cc4d20cdccb4", "amount_cents": 2000, "excess_cents": 0, "applied_cents": 2000, "kassenzeichen": "2600000059"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'email', 'payment_received', 'anna.2@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.534375+00');
INSERT INTO public.deliveries VALUES ('52c5df73-21d1-4490-9ffe-3b9938e4bdae', 'bffdce7f-6051-408d-864c-c217eab382d2', '39d64955-a8c8-4ca0-93c8-208f405a920e', 'CaseRouted', '2026-12-06 20:37:08.82601+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.187094+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'email', 'receipt', 'emma.11@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.566651+00');
INSERT INTO public.deliveries VALUES ('0c393b65-f403-4957-ac4c-d1f22bb1e214', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'c88c29e8-29c7-4667-8e31-63c19cd95602', 'CaseRouted', '2026-12-06 20:37:08.826597+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.090876+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '83f589e2-2353-4d67-a016-16429ec16668', 'email', 'receipt', 'clara.5@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.526412+00');
INSERT INTO public.deliveries VALUES ('59b05ffc-d772-4e2b-b40b-ebaaf6c57bc3', 'be46ab3c-764c-41bc-b211-79628df65484', '6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6', 'CaseRouted', '2026-12-06 20:37:08.824812+00', '{"rule": "gewerbeanmeldung-gewerbeamt", "due_on": "2026-12-09", "office": {"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}, "office_id": "gewerbeamt", "remind_at": "2026-12-09T20:37:08.104524+00:00", "service_id": "gewerbeanmeldung", "forwards_to": null, "office_name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "service_name": "Gewerbeanmeldung", "payment_first": false}', '168acc99-20dc-4f93-8871-04fed7f6aac5', 'email', 'receipt', 'anna.6@example.org', 'sent', 1, '2026-12-06 20:38:09.273559+00', NULL, '2026-12-06 20:37:09.558074+00');
INSERT INTO public.deliveries VALUES ('fe9af114-3c4c-4e01-9d71-cfa0ecb4a851', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '0154bf09-b732-4f45-8e6a-5bec487c8b76', 'CaseCompleted', '2026-12-06 20:37:11.777651+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:11.979548+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('2b114431-6c72-401e-bdd0-1fd0f1cf55e2', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '0154bf09-b732-4f45-8e6a-5bec487c8b76', 'CaseCompleted', '2026-12-06 20:37:11.777651+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'email', 'completed', 'greta.1@example.org', 'sent', 1, '2026-12-06 20:38:11.991473+00', NULL, '2026-12-06 20:37:12.037971+00');
INSERT INTO public.deliveries VALUES ('3b1f976d-031e-4e59-9df9-47ce96916830', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '8411248a-1b01-46ce-95af-fd17ec62442f', 'CaseClaimed', '2026-12-06 20:37:11.8422+00', '{"caseworker_id": "demo-buergerbuero-22f3fc", "caseworker_name": "Leitung buergerbuero"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.099581+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('933d8aad-0ffb-4f65-99da-11e12d660395', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'dbb39057-d75b-47ce-b89e-3841c98a6c9a', 'CaseApproved', '2026-12-06 20:37:11.864235+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.09961+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('9bf00ba6-1b6c-44ba-9527-242625952851', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '70adb83b-9ed6-41ae-b9de-90b15c92a3ef', 'CaseCompleted', '2026-12-06 20:37:11.887044+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.099629+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('4f6dfbef-a0bf-40ab-9649-46ed5f9c1a8a', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '30988c18-64e3-4886-9bd2-8320e83e90d7', 'CaseClaimed', '2026-12-06 20:37:11.920681+00', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.09964+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('83451fce-e39c-4a2e-aaf2-6fbde475d05d', 'be46ab3c-764c-41bc-b211-79628df65484', '473b8690-ae03-4b48-b034-61f3f82c8cd4', 'PaymentReceived', '2026-12-06 20:37:09.283872+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.273156+00:00", "provider": "epaybl", "payment_id": "DEMO-b756a1aab385", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000067"}', '168acc99-20dc-4f93-8871-04fed7f6aac5', 'email', 'payment_received', 'anna.6@example.org', 'sent', 1, '2026-12-06 20:38:09.70692+00', NULL, '2026-12-06 20:37:09.741963+00');
INSERT INTO public.deliveries VALUES ('bc7ad2d7-6154-44f3-8a43-1cb8d810a774', '360ca019-46cd-4134-a9ee-4a77b331cc63', '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', 'PaymentReceived', '2026-12-06 20:37:09.460641+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.444547+00:00", "provider": "epaybl", "payment_id": "DEMO-539757191965", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000117"}', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'email', 'payment_received', 'david.10@example.org', 'sent', 1, '2026-12-06 20:38:09.70692+00', NULL, '2026-12-06 20:37:09.746613+00');
INSERT INTO public.deliveries VALUES ('3ed7a50e-2ec3-43cc-9632-3ae7e7f2e04f', 'bffdce7f-6051-408d-864c-c217eab382d2', '67ba0e4b-572c-4618-8aaf-756c881073b4', 'PaymentReceived', '2026-12-06 20:37:09.497018+00', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.484530+00:00", "provider": "epaybl", "payment_id": "DEMO-e4e8f2f75dec", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000083"}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'email', 'payment_received', 'emma.11@example.org', 'sent', 1, '2026-12-06 20:38:09.70692+00', NULL, '2026-12-06 20:37:09.754615+00');
INSERT INTO public.deliveries VALUES ('4f2779d5-1991-4214-a108-11b68fe9edaf', '688d42c4-d760-476f-85b8-3632d08ed303', '6cb8f757-a101-4e07-9f76-a25ccf1851d2', 'CaseClaimed', '2026-12-06 20:37:11.562439+00', '{"caseworker_id": "demo-gewerbeamt-e28719", "caseworker_name": "Leitung gewerbeamt"}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:11.709721+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('756eb9f4-819c-480b-a1c4-d8cdfc2b5831', '688d42c4-d760-476f-85b8-3632d08ed303', 'd5087191-ea82-4d84-9423-7a8cdbedf83a', 'CaseApproved', '2026-12-06 20:37:11.591866+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:11.709752+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('957880a9-5b5d-4365-a568-b642910fa703', '688d42c4-d760-476f-85b8-3632d08ed303', 'e2ff6f8b-afb2-43ad-b963-a097246a6483', 'CaseCompleted', '2026-12-06 20:37:11.609471+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:11.70977+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('1dc549f4-8752-49d2-a373-be5c8cd72031', '688d42c4-d760-476f-85b8-3632d08ed303', 'd5087191-ea82-4d84-9423-7a8cdbedf83a', 'CaseApproved', '2026-12-06 20:37:11.591866+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'email', 'decision', 'hannes.0@example.org', 'sent', 1, '2026-12-06 20:38:11.884932+00', NULL, '2026-12-06 20:37:11.937253+00');
INSERT INTO public.deliveries VALUES ('0779103b-67d1-4abc-a967-766ee6da5541', '688d42c4-d760-476f-85b8-3632d08ed303', 'e2ff6f8b-afb2-43ad-b963-a097246a6483', 'CaseCompleted', '2026-12-06 20:37:11.609471+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'email', 'completed', 'hannes.0@example.org', 'sent', 1, '2026-12-06 20:38:11.884932+00', NULL, '2026-12-06 20:37:11.965104+00');
INSERT INTO public.deliveries VALUES ('5ec01cff-c89a-490e-83ee-4f223a646895', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '5453820e-cc6a-4b3a-aaa2-db25395d1422', 'CaseApproved', '2026-12-06 20:37:11.960978+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.099657+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('e58a3a3c-04f6-4be8-b7db-a117321e135d', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'dbb39057-d75b-47ce-b89e-3841c98a6c9a', 'CaseApproved', '2026-12-06 20:37:11.864235+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'email', 'decision', 'anna.2@example.org', 'sent', 1, '2026-12-06 20:38:12.254749+00', NULL, '2026-12-06 20:37:12.289269+00');
INSERT INTO public.deliveries VALUES ('f32f2e34-33a2-49c5-ad6c-ed94d5dbe14c', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '70adb83b-9ed6-41ae-b9de-90b15c92a3ef', 'CaseCompleted', '2026-12-06 20:37:11.887044+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'email', 'completed', 'anna.2@example.org', 'sent', 1, '2026-12-06 20:38:12.254749+00', NULL, '2026-12-06 20:37:12.307384+00');
INSERT INTO public.deliveries VALUES ('31d1927e-78cd-4e1b-a06d-de956d1e4786', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '5453820e-cc6a-4b3a-aaa2-db25395d1422', 'CaseApproved', '2026-12-06 20:37:11.960978+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'email', 'decision', 'david.3@example.org', 'sent', 1, '2026-12-06 20:38:12.254749+00', NULL, '2026-12-06 20:37:12.320933+00');
INSERT INTO public.deliveries VALUES ('a7eb2e8b-79b3-42c6-b501-56d6c898868c', '67476f8f-0587-485f-808c-9e10d3d333f8', '8f9b1ffe-d101-4404-97f3-af7e8250b890', 'CaseCompleted', '2026-12-06 20:37:12.150175+00', '{"note": null, "caseworker_id": "demo-buergerbuero-22f3fc"}', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', 'email', 'completed', 'emma.7@example.org', 'sent', 1, '2026-12-06 20:38:12.254749+00', NULL, '2026-12-06 20:37:12.351321+00');
INSERT INTO public.deliveries VALUES ('f251e90b-6909-42c7-ba3d-eb46b7329f14', 'bffdce7f-6051-408d-864c-c217eab382d2', '3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81', 'CaseCompleted', '2026-12-06 20:37:12.329957+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'callback', 'status', NULL, 'skipped', 0, '2026-12-06 20:37:12.526151+00', NULL, NULL);
INSERT INTO public.deliveries VALUES ('c24e5279-2227-4aac-8e0e-32eafed2c798', 'bffdce7f-6051-408d-864c-c217eab382d2', '3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81', 'CaseCompleted', '2026-12-06 20:37:12.329957+00', '{"note": null, "caseworker_id": "demo-gewerbeamt-e28719"}', '40cd084f-f7b6-4739-8490-21bc6011f979', 'email', 'completed', 'emma.11@example.org', 'sent', 1, '2026-12-06 20:38:12.586638+00', NULL, '2026-12-06 20:37:12.608444+00');


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, '5fd20aa5-6dcb-48dc-8c56-8fd3df569491', '688d42c4-d760-476f-85b8-3632d08ed303', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.255438+00', 'notifications', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'dc10fcff-0718-4b01-a94e-ae8ecafea240', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "hannes.0@example.org", "message_id": "<6100ac69-e049-4108-9422-f1e7d41d6429@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "dc10fcff-0718-4b01-a94e-ae8ecafea240"}', '0000000000000000000000000000000000000000000000000000000000000000', '5b06ad2345929cb67bbe7cac0f917da75270d41f938ccc5fa35eb69df738b468', 'notifications.20261206T203709261412Z.568ccff8', 'PNfziLSoNOfUAGTpxWjYO1rMAHVAyZjhfo5M8O5Pq+xuxxvIPbn5LD3wWbnCrOTdxgUf/80KX/cq08o7sR0UDQ==');
INSERT INTO public.events VALUES (2, '9cf87663-e656-47a8-880e-bf447234ac4d', '688d42c4-d760-476f-85b8-3632d08ed303', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.262301+00', 'notifications', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "hannes.0@example.org", "message_id": "<4b2748ac-259d-4b42-8057-e11df7f99188@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "35a3ec74-a37a-4b5e-aeb9-a086e4deab8b"}', '5b06ad2345929cb67bbe7cac0f917da75270d41f938ccc5fa35eb69df738b468', 'e55972faf4c902c21dc5189ebe4189602edc7aff2520dd946926979dfe05cd70', 'notifications.20261206T203709261412Z.568ccff8', 'n9NXwJrNC8xpiSXbbrKYXMdCBzQweDKJ1fd8UOdmbkpcmIdGSfHL2SA9o7NBwiM7h25Tr30z9Olizm36ZKHpBw==');
INSERT INTO public.events VALUES (3, 'f06e84f6-7f93-4e2b-8406-712be9d56935', 'bffdce7f-6051-408d-864c-c217eab382d2', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.678899+00', 'notifications', '40cd084f-f7b6-4739-8490-21bc6011f979', 'd4c09e29-b615-4404-a63e-a38bf411e0de', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "emma.11@example.org", "message_id": "<171e6bfb-6613-4745-a3e0-a246f4baaf24@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "d4c09e29-b615-4404-a63e-a38bf411e0de"}', '0000000000000000000000000000000000000000000000000000000000000000', '1a628a3befac6406d2263d2ae6db086cb40b1d42626fd84993701138b4c9e0b9', 'notifications.20261206T203709261412Z.568ccff8', 'Vr3rnyA5EbfRU0snMDhXgCag4HaG5dJBMwtippma6QPtG8x7DYGmJ1OQz6aN2bcTw/ILIf80MGrKutYeYemXDg==');
INSERT INTO public.events VALUES (4, '64aa186f-e38f-4dbc-ac76-2232a6796b6d', 'be46ab3c-764c-41bc-b211-79628df65484', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.679458+00', 'notifications', '168acc99-20dc-4f93-8871-04fed7f6aac5', '81f5aac2-b842-4ac9-a6c6-a347af6b72af', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "anna.6@example.org", "message_id": "<b043c63c-d050-4c03-911f-2b684c75ee68@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "81f5aac2-b842-4ac9-a6c6-a347af6b72af"}', '0000000000000000000000000000000000000000000000000000000000000000', '00f19046ab0f7eaf0cb8f1260dbbcbf09c5849753c3823b17ae0e5661b3cfb93', 'notifications.20261206T203709261412Z.568ccff8', 'GkM1V04CsSvdPe33TNgPMZfJNXjkObnROaqgzA7IgYOKUzTRNt1pSskTE9N0S2hJ3SzyfSn1sVdMlRjLM4LVBg==');
INSERT INTO public.events VALUES (5, 'cac39365-dac5-423a-8e9f-ba6489e3b61a', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.679833+00', 'notifications', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'd923ae52-7a60-4911-9178-0274898b164b', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "greta.1@example.org", "message_id": "<d24a3108-0d9d-453d-aed3-c9426562838d@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "d923ae52-7a60-4911-9178-0274898b164b"}', '0000000000000000000000000000000000000000000000000000000000000000', '38095e42aed9fe00a8445817fbc1ccfa0d6920726a7ad8a90ef4e44197ba5469', 'notifications.20261206T203709261412Z.568ccff8', 'As32o+ZaqHwTg6YBEV6y7ycxHJcNl05Swm57Slnkv79XDl0HMJudyA1TP+Bq8U1FtuAz1iDPIRduYQPD7lVUCw==');
INSERT INTO public.events VALUES (6, 'b21a1aae-9cd9-42fd-b02b-51325e55ff8b', '07da1392-91d3-4d7a-847f-104a1a3b4308', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.680128+00', 'notifications', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '31098e9d-d3b9-4ec7-ac30-c3f801017019', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "hannes.9@example.org", "message_id": "<63652305-180c-4072-a6e0-5feea4c72d49@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "31098e9d-d3b9-4ec7-ac30-c3f801017019"}', '0000000000000000000000000000000000000000000000000000000000000000', '8debb7839757c6ca673ef0ea109908de7f6e76929fe692b80d7981caaffa5b23', 'notifications.20261206T203709261412Z.568ccff8', 'd90jkXEnS+6zM7gkph+UI4ujbqr+I370EWNFxN4o7VxiOa8CVgTdGVK//nknGWarMtk2xJnQQPqQg5e/rw7mAw==');
INSERT INTO public.events VALUES (7, 'ee6dc3c8-5299-49b1-9371-9c66c97013fc', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.680424+00', 'notifications', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '71760b2d-725c-46c8-b7a7-fe94da91e195', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "jonas.8@example.org", "message_id": "<0fb3393c-9db3-405e-93d4-8cc7113a0730@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "71760b2d-725c-46c8-b7a7-fe94da91e195"}', '0000000000000000000000000000000000000000000000000000000000000000', '8122be0c18b38eecbaf97e45e27e5e3dddd51ca8c377d66d6264c9b113a26fad', 'notifications.20261206T203709261412Z.568ccff8', 'z/LLg5bMeDpod2hhkEnRlm1KFcWUhZyE3RA/T6oFoiGertUEz4W2zldmkXxzHJBIugazWof2TaFZguvBndnlDA==');
INSERT INTO public.events VALUES (8, '0cdf6d81-e8ea-4468-8f71-8c8b20a147ba', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.680711+00', 'notifications', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'e3b4e2d0-55a7-4018-8906-43570f30f492', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "anna.2@example.org", "message_id": "<bd968605-4b41-4d2f-8721-5d044a3a37e3@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "e3b4e2d0-55a7-4018-8906-43570f30f492"}', '0000000000000000000000000000000000000000000000000000000000000000', '316878f653833df1654ae5581f297a16826ccad7303ab230fc137076d310f20b', 'notifications.20261206T203709261412Z.568ccff8', 'uKDG4YSKwg6LS3qoMXKS6FXlB7TxPYl56gcC2rlxXCXrDHLjKV7cv9S2GhVHjlgKDdU6isuc6U8pFKk9c5GICw==');
INSERT INTO public.events VALUES (9, '2960826a-1d4b-419d-b5f0-ef7f9d360304', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.681008+00', 'notifications', '83f589e2-2353-4d67-a016-16429ec16668', 'd8faf650-406f-4462-b90f-5d9c97715e0b', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "clara.5@example.org", "message_id": "<25f12e26-251a-4b6e-ae4f-bd65eaa3ecc2@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "d8faf650-406f-4462-b90f-5d9c97715e0b"}', '0000000000000000000000000000000000000000000000000000000000000000', '7db3bec052b2ddd8425d964dfbb23f86c6284af579d5beaa879389df395220e9', 'notifications.20261206T203709261412Z.568ccff8', '8x09twGHcE9Me3CSg9Cw+2FXUJR+fM/NXTOsy4+J0wmHovf9iMaW7IgRb3EBAxMZNlXYMs78gWcN7bxCNgb+Bg==');
INSERT INTO public.events VALUES (10, '9310678d-cbb6-433a-a2cf-61dd9c455a4e', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.681312+00', 'notifications', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', 'ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "emma.4@example.org", "message_id": "<0573457f-74b3-4609-8acc-186b9daf27e9@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2"}', '0000000000000000000000000000000000000000000000000000000000000000', 'b51f29fe7d6c001802a02855c9e00b1fc9664bdeee6c7505f077512bc1780a57', 'notifications.20261206T203709261412Z.568ccff8', 'Cef6l2W0ce1NXte770PDWgiqhkAotR4s5iSEpXyxERm6mvg9qFiZISAVuB9GD/lkLKsGD8i6uxgnwdsmiCqTBg==');
INSERT INTO public.events VALUES (11, 'c07b3cd9-c3c2-430b-ac31-f6660f4540a9', '07da1392-91d3-4d7a-847f-104a1a3b4308', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.681593+00', 'notifications', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'bab35fcf-5c27-4920-963d-630e7baf6c72', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "hannes.9@example.org", "message_id": "<f2b5197b-ac97-4fac-bf2f-c868e5d740ea@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "bab35fcf-5c27-4920-963d-630e7baf6c72"}', '8debb7839757c6ca673ef0ea109908de7f6e76929fe692b80d7981caaffa5b23', '1f29bd55bd1fe5cd23625b4227cf13373658768def1bf3745f2a6697f74eb11f', 'notifications.20261206T203709261412Z.568ccff8', 'Khh3fXvLlELCXLj451qNp/Tm2A//KYulvTJLp/qnhNFCPm5gSe8z267YJg0RUY9gMXvhnDqBMoClQNTq7+nfDQ==');
INSERT INTO public.events VALUES (12, 'bd0b5a68-9079-48e6-9485-0e6e5dde61f3', '67476f8f-0587-485f-808c-9e10d3d333f8', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.681877+00', 'notifications', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '652e001b-2092-4701-b566-a0b33826d6f0', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "emma.7@example.org", "message_id": "<bbea7118-a7f0-45cd-8c26-eac10932aa8e@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "652e001b-2092-4701-b566-a0b33826d6f0"}', '0000000000000000000000000000000000000000000000000000000000000000', '59955438200fddd80f30c275e363084dcefb5a26ea2bc8fdaf203160701f7c36', 'notifications.20261206T203709261412Z.568ccff8', '6Ztq0yJUdols/CjyD7NHI/istRMBYie+/MuKG9VRv0heHgl0DFTWjq6/R+Xz40z8pHkLZWhvOxBCq+Fyp79VBg==');
INSERT INTO public.events VALUES (13, '8f79fee2-4d1b-49f1-99ba-5c1b9c7e895f', '688d42c4-d760-476f-85b8-3632d08ed303', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.682165+00', 'notifications', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '3816fa43-6289-4752-9fcb-400ea5aec4b5', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "hannes.0@example.org", "message_id": "<b5c97a47-b218-4cd0-a1d5-cfb14fdad3bd@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "3816fa43-6289-4752-9fcb-400ea5aec4b5"}', 'e55972faf4c902c21dc5189ebe4189602edc7aff2520dd946926979dfe05cd70', '230b9f354d82662c11bf634ac682dfa25cfddc0b25edcdb2ab3313826ff8ee47', 'notifications.20261206T203709261412Z.568ccff8', 'Mv/iXjfy1fImw6XfjCTD73CpogLVsXMB8rbMeeTq/SuA8a5O81qRINz1eZ+bIbxGshV4XcUIZ2xJsuP2l3iQBg==');
INSERT INTO public.events VALUES (14, '597527cc-3396-4501-9dc1-e9f42c7faf6c', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.682433+00', 'notifications', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "greta.1@example.org", "message_id": "<a908a68d-b6ea-4f27-8cf8-a45c1fc1cbdb@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "6e6a8d1c-8b7d-4eb8-af83-19302b2aed56"}', '38095e42aed9fe00a8445817fbc1ccfa0d6920726a7ad8a90ef4e44197ba5469', '8f14ae7d98d061e8c9e30969f5986e5a912a009dd40c11f8a8068ab2e117499e', 'notifications.20261206T203709261412Z.568ccff8', 'xUnW074cXuL9dPaSeGq1eiLtegz+QBFZMLM8RSzw3qRpJQ+rEz1kpvopV8+CYqtBESZl72LSu9SNnrJrkkyfDw==');
INSERT INTO public.events VALUES (15, '08ccbb9c-102d-426b-aea1-643614502c0a', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.682719+00', 'notifications', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "emma.4@example.org", "message_id": "<0ca3be58-ff98-41fa-9248-85086de39cdc@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c"}', 'b51f29fe7d6c001802a02855c9e00b1fc9664bdeee6c7505f077512bc1780a57', '5f9a41af69fa78da0c64fabbc84898310a4253186f4667c08ef4a4ba9b1c2ce2', 'notifications.20261206T203709261412Z.568ccff8', '0Q0zoIETLoMxOmvEJ06zZPBIpglHr03/M/ucXO9AiD702FeeXCnkzjA/aaKrobd7J8tHWdhjanVCW4e3dL6cBg==');
INSERT INTO public.events VALUES (16, '290c2762-d9b0-4070-8830-a941234d088d', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.683086+00', 'notifications', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '9a910bd4-c997-4e5a-8c52-080f36422c60', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "greta.1@example.org", "message_id": "<174505b1-2fd9-4e5f-857f-df0283f6b363@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "9a910bd4-c997-4e5a-8c52-080f36422c60"}', '8f14ae7d98d061e8c9e30969f5986e5a912a009dd40c11f8a8068ab2e117499e', '569647a1ed3e85c87562ef1a5783b5ecad30a5dd269cd58b479982eead2ebd03', 'notifications.20261206T203709261412Z.568ccff8', 'hZ4Pbi/oidJuVIcFsFhs68ClrvsS/sCYreTKZNdinD7cDXB8Yi7Z3t4lKBMVQxebRU8y7p3CUODIvlRwEMrDCg==');
INSERT INTO public.events VALUES (17, '0d0fa3d8-cae5-4f0c-b729-edde83874b35', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.68337+00', 'notifications', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'ec9e59f9-03aa-483a-9a32-c17fe8250deb', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "david.3@example.org", "message_id": "<686769c1-3bf4-463d-92b1-9a984d97589d@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "ec9e59f9-03aa-483a-9a32-c17fe8250deb"}', '0000000000000000000000000000000000000000000000000000000000000000', '8130761d1e6d33375f02be9e7b4da81557d74613c1643b310f6aaacd2ec1e263', 'notifications.20261206T203709261412Z.568ccff8', '5BHiehzyv/EBTuoFLnt9H9z80VBPpAjoMgs+3bg5mqIgX8KrY2AdHPtNRegLgPMv+WROblzLAv5k1nn0wENyCQ==');
INSERT INTO public.events VALUES (18, 'e50e3309-1324-43ab-9220-c065656e0063', '360ca019-46cd-4134-a9ee-4a77b331cc63', 1, 'NotificationSent', 1, '2026-12-06 20:37:09.689431+00', 'notifications', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '8a44ca82-222a-4b32-bfcb-c41a1c84d236', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "david.10@example.org", "message_id": "<d4c754f5-5ae7-4456-a5ee-88ac471a6fd8@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "8a44ca82-222a-4b32-bfcb-c41a1c84d236"}', '0000000000000000000000000000000000000000000000000000000000000000', '883b2bafc48b35686a67913d2ca8bf500dcf6e9331f54407fe41b88b9e6f2c0c', 'notifications.20261206T203709261412Z.568ccff8', 'u5VAR0CwZ52MxOKw9FCpLFHB3wIdGwCjsRSat6k8YeDmKUXShHMeuyNXzFJV1jXkrzOMRCAvk3ajGP6UoOTnBA==');
INSERT INTO public.events VALUES (19, 'b0521ac1-18bc-4752-9633-0987b3637ce5', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.689972+00', 'notifications', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'a18aa002-5c91-42fd-baff-5a06d6e48ede', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "david.3@example.org", "message_id": "<0915f060-0721-4b24-87b9-ffa08197454d@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "a18aa002-5c91-42fd-baff-5a06d6e48ede"}', '8130761d1e6d33375f02be9e7b4da81557d74613c1643b310f6aaacd2ec1e263', '99578a92ec0842bea6c4e909a2fa28c515858b781c1e2d56b28449f2477c2a31', 'notifications.20261206T203709261412Z.568ccff8', 'v2qMKIHXGciAKSfbCjVj9l0VEzOoBvq1WlgIBrjJEEQRShChpM2w8PAqrxuV2TRMTpQXJGWo9fhLDRKSfqRsDQ==');
INSERT INTO public.events VALUES (20, '606d933e-9864-4daf-b49f-40b5b0951667', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.690297+00', 'notifications', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'bd883216-bdf1-44ce-ab43-98e3bd3df5db', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "jonas.8@example.org", "message_id": "<3a140a7f-3944-4c11-a8a7-da06a6038b00@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "bd883216-bdf1-44ce-ab43-98e3bd3df5db"}', '8122be0c18b38eecbaf97e45e27e5e3dddd51ca8c377d66d6264c9b113a26fad', '0007144c61714aacb03a9a881a90f8f427396311cc800f3652eb502877a74380', 'notifications.20261206T203709261412Z.568ccff8', 'HYbK55SkAiQYE+NT60/xe/Un/M2oaQxl4lpE/TsWpSvIapiqqb3/Cx3RrsLZQDq4jLnKopTKNrrRB+b3XVLAAg==');
INSERT INTO public.events VALUES (21, 'd9bcdea6-1276-493a-8f24-2beb88d135f1', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.692985+00', 'notifications', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '30c6f078-81c3-445a-be06-c19732ef3a98', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "anna.2@example.org", "message_id": "<99c408e3-6b0c-4d16-a3b6-aca644c2cd90@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "30c6f078-81c3-445a-be06-c19732ef3a98"}', '316878f653833df1654ae5581f297a16826ccad7303ab230fc137076d310f20b', '7010c7a61cd5bf83a30d3f0eedbde25ba8ea7b39e5e0bd02ce4ac3c297202cd6', 'notifications.20261206T203709261412Z.568ccff8', '6Y5+XB7AU0utbGxPXkjV0iF7kTGZFF8Tr90vK/f8FbSOsBbCUnWBd4kR4Zvj8VxFBHL7elqoXRG6WyKWAksLDQ==');
INSERT INTO public.events VALUES (22, '95e189a2-e62b-4416-96fa-57f49ab74558', '360ca019-46cd-4134-a9ee-4a77b331cc63', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.694643+00', 'notifications', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '3fd41d85-363f-4268-9769-a3c7366b1592', '{"channel": "email", "attempts": 1, "template": "payment_request", "recipient": "david.10@example.org", "message_id": "<ad877d65-4bac-434f-b22c-e9fa37cd84a4@rathaus.oschersleben.example>", "description": "Zahlungsaufforderung", "trigger_event_id": "3fd41d85-363f-4268-9769-a3c7366b1592"}', '883b2bafc48b35686a67913d2ca8bf500dcf6e9331f54407fe41b88b9e6f2c0c', 'ad703452f8a70a3d03c0aaf5600d26cc37048abe61cee1bbcd791503bf62a92e', 'notifications.20261206T203709261412Z.568ccff8', 'q/j2cvkOeO2DdX2FZUddWSix6nNBvYuI8pPWZ5+hmURbI/M1lF7SqoaNMxrbZWTo4SbHSgDWa7YcHAfii3+6BA==');
INSERT INTO public.events VALUES (23, '1e06d6b4-b7a0-449f-8015-b981495a5ad2', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.697483+00', 'notifications', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '1467c00a-3679-4562-b970-a17bf8dd1311', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "anna.2@example.org", "message_id": "<4f5a87b5-90c5-4d2e-bf4a-98513c295e37@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "1467c00a-3679-4562-b970-a17bf8dd1311"}', '7010c7a61cd5bf83a30d3f0eedbde25ba8ea7b39e5e0bd02ce4ac3c297202cd6', 'db5088578b420a6a97f62c04d768cb3cdef507d5cc878cf5ea95a675c135ef18', 'notifications.20261206T203709261412Z.568ccff8', '3BhP9OkI7TAPbUui8SikBrU64NkuJGsm13vFLJmxcgsCcWf1bzukBfsOKsSGoO/SQiw34gKNfMnqccugEtZfAQ==');
INSERT INTO public.events VALUES (24, '1eab139d-0227-4be1-b3a1-e0b22a33dcad', 'bffdce7f-6051-408d-864c-c217eab382d2', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.697958+00', 'notifications', '40cd084f-f7b6-4739-8490-21bc6011f979', '39d64955-a8c8-4ca0-93c8-208f405a920e', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "emma.11@example.org", "message_id": "<52c5df73-21d1-4490-9ffe-3b9938e4bdae@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "39d64955-a8c8-4ca0-93c8-208f405a920e"}', '1a628a3befac6406d2263d2ae6db086cb40b1d42626fd84993701138b4c9e0b9', 'd366aad2f2e669468bcff8df9aa54609a39b238d1f880a1f6229207762777ad8', 'notifications.20261206T203709261412Z.568ccff8', 'mGV/8E/Wz7DNyPpdLdhzzC2XlY6uwoHm61jEhDCnydn3L4PCCLR82srgqXXx0GBrUgBM1X/cx04oR9GKYwcKBA==');
INSERT INTO public.events VALUES (25, '4f34e199-c065-423f-907d-e7eff3682da5', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.698263+00', 'notifications', '83f589e2-2353-4d67-a016-16429ec16668', 'c88c29e8-29c7-4667-8e31-63c19cd95602', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "clara.5@example.org", "message_id": "<0c393b65-f403-4957-ac4c-d1f22bb1e214@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "c88c29e8-29c7-4667-8e31-63c19cd95602"}', '7db3bec052b2ddd8425d964dfbb23f86c6284af579d5beaa879389df395220e9', 'b95b63d531f7b66146166c85142fd145a35fdb0d779436d64ec67156b5555e5d', 'notifications.20261206T203709261412Z.568ccff8', '31M/HB/DeBD5bir97GbB3hDyQ1WBjtzCN3IVFQPxKgCWJW9AhGAg6YuTBvr8mty9pRhlub+Wso/fIHhfs7uyDQ==');
INSERT INTO public.events VALUES (26, 'f65e6a37-4596-4c48-bf34-30630e860124', 'be46ab3c-764c-41bc-b211-79628df65484', 2, 'NotificationSent', 1, '2026-12-06 20:37:09.698518+00', 'notifications', '168acc99-20dc-4f93-8871-04fed7f6aac5', '6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6', '{"channel": "email", "attempts": 1, "template": "receipt", "recipient": "anna.6@example.org", "message_id": "<59b05ffc-d772-4e2b-b40b-ebaaf6c57bc3@rathaus.oschersleben.example>", "description": "Eingangsbestätigung", "trigger_event_id": "6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6"}', '00f19046ab0f7eaf0cb8f1260dbbcbf09c5849753c3823b17ae0e5661b3cfb93', '097d44ea97367c5c7711adde0b1e8566a019c837a1ad0ff5ffbe49f48e48c897', 'notifications.20261206T203709261412Z.568ccff8', 'XF7Kb1Bmxu/2H4o2XIKIvYIWiSa6qFMLA4Bif7onpDAOEeEpl1xBdnNF+zFuF2VGtBgXFamZht+3yixEIrvdAQ==');
INSERT INTO public.events VALUES (36, '1ea20deb-c259-4a15-b1f8-0761514e2814', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 4, 'NotificationSent', 1, '2026-12-06 20:37:12.367235+00', 'notifications', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '8b3e0968-9a45-4ce9-97b4-f11522a93c12', '{"channel": "email", "attempts": 1, "template": "completed", "recipient": "david.3@example.org", "message_id": "<5594b701-6514-4353-9689-18e78598103f@rathaus.oschersleben.example>", "description": "Abschluss", "trigger_event_id": "8b3e0968-9a45-4ce9-97b4-f11522a93c12"}', '5401a2ed8d9f09ca3891a8f78c0dd1e088402c93e2a66a547caa2237ed8f3b15', 'f36c61292113842628b7a565fd9334569964b3701a245e5697bfb9cedf2c2ab0', 'notifications.20261206T203709261412Z.568ccff8', 'uaRStCCj9kx658Y8w3gQLxd5JazB574+ZvIcuY9/rjdSGGI786or51GtoQTUF4nDFY+Q6noa71nLMmqD4hepBQ==');
INSERT INTO public.events VALUES (37, 'a1cdd763-dd35-4c52-a947-19e96bfd8de7', '67476f8f-0587-485f-808c-9e10d3d333f8', 2, 'NotificationSent', 1, '2026-12-06 20:37:12.367613+00', 'notifications', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '0dbd704d-fce1-42a0-a994-b8a6752e9c74', '{"channel": "email", "attempts": 1, "template": "decision", "recipient": "emma.7@example.org", "message_id": "<0570ae7f-82f7-41f4-b9db-4aa713692790@rathaus.oschersleben.example>", "description": "Entscheidung", "trigger_event_id": "0dbd704d-fce1-42a0-a994-b8a6752e9c74"}', '59955438200fddd80f30c275e363084dcefb5a26ea2bc8fdaf203160701f7c36', '089b6d8ae6aa9b379213a036d333eed819113992ad0bbcda5b1e8e03a911eddf', 'notifications.20261206T203709261412Z.568ccff8', 'V+lf1n+AmVXTGkqX6BeFNwGKFJy5F+wVfH756Rd2hHnzBxYQATyGBj6O+MvBdYJTeG4/8ByoftHm/OCQdnmOCw==');
INSERT INTO public.events VALUES (38, '5bad45c8-bf13-4082-975c-7645106dfc7c', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 4, 'NotificationSent', 1, '2026-12-06 20:37:12.36781+00', 'notifications', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'dbb39057-d75b-47ce-b89e-3841c98a6c9a', '{"channel": "email", "attempts": 1, "template": "decision", "recipient": "anna.2@example.org", "message_id": "<e58a3a3c-04f6-4be8-b7db-a117321e135d@rathaus.oschersleben.example>", "description": "Entscheidung", "trigger_event_id": "dbb39057-d75b-47ce-b89e-3841c98a6c9a"}', 'db5088578b420a6a97f62c04d768cb3cdef507d5cc878cf5ea95a675c135ef18', 'd152cde9e8f13c1e541b6d6293f9866fed980c74e70e19d3f3f99532461c5624', 'notifications.20261206T203709261412Z.568ccff8', 'YSA8FteLD11TZYhkFHWgR4zh6IfNCsh+fMs7UIcIwyymb5uDKQajuzW1/U+Jjijk9qtV7oycnZ6hCWcVcCZrBg==');
INSERT INTO public.events VALUES (39, '5d5ddd9b-29a6-466a-9ec1-3169e71792d1', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 5, 'NotificationSent', 1, '2026-12-06 20:37:12.367953+00', 'notifications', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '70adb83b-9ed6-41ae-b9de-90b15c92a3ef', '{"channel": "email", "attempts": 1, "template": "completed", "recipient": "anna.2@example.org", "message_id": "<f32f2e34-33a2-49c5-ad6c-ed94d5dbe14c@rathaus.oschersleben.example>", "description": "Abschluss", "trigger_event_id": "70adb83b-9ed6-41ae-b9de-90b15c92a3ef"}', 'd152cde9e8f13c1e541b6d6293f9866fed980c74e70e19d3f3f99532461c5624', '784bf97c4f90e22779f4b6050f4e372abc03e0e5cb5670ea28c0d3bf2ddd7309', 'notifications.20261206T203709261412Z.568ccff8', 'Yi74/0Tsz8n5eckUgFAsBH80E1nTMOmQie2rJb48ldPjK/TpdhVsOMec4JBBkLR2OpUpmwC6ole8MFPm+JO6Bw==');
INSERT INTO public.events VALUES (27, 'fb15a063-ad1b-46af-8e30-7e50652c2cb8', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.771512+00', 'notifications', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '1ed95a5c-fedb-4e56-9cd1-9158dac03322', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "david.3@example.org", "message_id": "<85aafc54-21f3-4bb4-8d66-ed3f95662c4e@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "1ed95a5c-fedb-4e56-9cd1-9158dac03322"}', '99578a92ec0842bea6c4e909a2fa28c515858b781c1e2d56b28449f2477c2a31', '5401a2ed8d9f09ca3891a8f78c0dd1e088402c93e2a66a547caa2237ed8f3b15', 'notifications.20261206T203709261412Z.568ccff8', 'I+RLMrbVlf0t06S2lLU/4hl2QjI+exWbdQH0CVBuAErVqe619WVhf5znJoVA2WYwqFU4E6k2xu3UXsw1RFG0AA==');
INSERT INTO public.events VALUES (28, '26f218dd-48e3-4997-9b13-114d0577bc83', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.772454+00', 'notifications', '83f589e2-2353-4d67-a016-16429ec16668', 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "clara.5@example.org", "message_id": "<938653b5-c827-4935-8e44-34011f57ad0c@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "b03bc565-f6d5-40d9-8810-1458bab3a4aa"}', 'b95b63d531f7b66146166c85142fd145a35fdb0d779436d64ec67156b5555e5d', '5fdf3a5a7c27ed8181e47cbe2d98dfe42032ee7021feab90d4acd4dbc5dc89a8', 'notifications.20261206T203709261412Z.568ccff8', '1Egv/PLaHvFkIHodr2cLCWkV78KLFJrc1yQYf0dfymj4I71bNaL1t8UIT+alahO9A77t4LaGiFxRvSuWNULsAQ==');
INSERT INTO public.events VALUES (29, 'cb6ba1fc-d43d-4b95-bf91-4ccdf0899d64', 'be46ab3c-764c-41bc-b211-79628df65484', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.775061+00', 'notifications', '168acc99-20dc-4f93-8871-04fed7f6aac5', '473b8690-ae03-4b48-b034-61f3f82c8cd4', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "anna.6@example.org", "message_id": "<83451fce-e39c-4a2e-aaf2-6fbde475d05d@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "473b8690-ae03-4b48-b034-61f3f82c8cd4"}', '097d44ea97367c5c7711adde0b1e8566a019c837a1ad0ff5ffbe49f48e48c897', 'b58f152a3f5566e62598afc592ae1b8dac2f2161e20b08852c1a07ec9583d490', 'notifications.20261206T203709261412Z.568ccff8', 'R6BqBDFvFGBfc5eda3MaGM7ONSfUqVuzbBbJWovJ7GX6hOPPWparUo7nDkLW1z4CGuMKhSsoOn4IBXCRFhTXCw==');
INSERT INTO public.events VALUES (30, 'a9fd1562-f085-41c0-9041-a82629e6591c', '360ca019-46cd-4134-a9ee-4a77b331cc63', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.775418+00', 'notifications', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "david.10@example.org", "message_id": "<bc7ad2d7-6154-44f3-8a43-1cb8d810a774@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "46fdfdc2-b6c9-4e37-9498-5011b6526a7d"}', 'ad703452f8a70a3d03c0aaf5600d26cc37048abe61cee1bbcd791503bf62a92e', '8d107c60f57f571e896a1b36096c7d928515bc285e4c248d0714e01379ccff92', 'notifications.20261206T203709261412Z.568ccff8', 'AUvBsXkiTG54JqgPkP18opHbQgleZSzkhn4srPkeo72WUEAzh5cGHB4LZLA9TgT/vB+opKYHH61lAQpHK7QNBw==');
INSERT INTO public.events VALUES (31, '16143e77-9580-4ee8-bbd7-66d7e9565c80', 'bffdce7f-6051-408d-864c-c217eab382d2', 3, 'NotificationSent', 1, '2026-12-06 20:37:09.775662+00', 'notifications', '40cd084f-f7b6-4739-8490-21bc6011f979', '67ba0e4b-572c-4618-8aaf-756c881073b4', '{"channel": "email", "attempts": 1, "template": "payment_received", "recipient": "emma.11@example.org", "message_id": "<3ed7a50e-2ec3-43cc-9632-3ae7e7f2e04f@rathaus.oschersleben.example>", "description": "Zahlungseingang", "trigger_event_id": "67ba0e4b-572c-4618-8aaf-756c881073b4"}', 'd366aad2f2e669468bcff8df9aa54609a39b238d1f880a1f6229207762777ad8', 'c983709e8dcccb9063a5cd5a8fd492adfceb4d7eecd80404874e24a41b08cd13', 'notifications.20261206T203709261412Z.568ccff8', '3HFKP/KWpFx6CT9WrgTGYLW0yVLrQr2JDKzoveXt80qkOYLn+eqgnTAslCf2GVu0vwth81zclZGccY8AdkKeCg==');
INSERT INTO public.events VALUES (32, 'b3e8f3d3-844f-4fc9-8447-6b0e9b86d525', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 4, 'NotificationSent', 1, '2026-12-06 20:37:11.988249+00', 'notifications', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1f74a47d-634b-4442-bf0b-d7df69195783', '{"channel": "email", "attempts": 1, "template": "decision", "recipient": "greta.1@example.org", "message_id": "<9534f73b-d2b9-4a4d-80a1-d7f0461df631@rathaus.oschersleben.example>", "description": "Entscheidung", "trigger_event_id": "1f74a47d-634b-4442-bf0b-d7df69195783"}', '569647a1ed3e85c87562ef1a5783b5ecad30a5dd269cd58b479982eead2ebd03', 'f8b15605aab16bce846ab1a4a9e0725c04aa641470236a293c95dcb761a1d92c', 'notifications.20261206T203709261412Z.568ccff8', 'teQunNZ/JCOgVk4RVwjlWMtWzzpG7xFXgOGTSyQAEKEqTD+mSN17iP1Sg9dfZzeM0+QzVf3rtRkogyvByvvbBQ==');
INSERT INTO public.events VALUES (33, '47fd6b07-54d4-497e-8d58-91a121da4e74', '688d42c4-d760-476f-85b8-3632d08ed303', 4, 'NotificationSent', 1, '2026-12-06 20:37:11.988588+00', 'notifications', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'd5087191-ea82-4d84-9423-7a8cdbedf83a', '{"channel": "email", "attempts": 1, "template": "decision", "recipient": "hannes.0@example.org", "message_id": "<1dc549f4-8752-49d2-a373-be5c8cd72031@rathaus.oschersleben.example>", "description": "Entscheidung", "trigger_event_id": "d5087191-ea82-4d84-9423-7a8cdbedf83a"}', '230b9f354d82662c11bf634ac682dfa25cfddc0b25edcdb2ab3313826ff8ee47', '409602b593d4d8304ace2bede4ba393283504f2d9c16fd97ecb6586064b58179', 'notifications.20261206T203709261412Z.568ccff8', 'Pbm7DR8+C5F59ORyXDrRKBORqmiCapwipS7NU6myYZGM4oNlNy6L7GSRpVX4xNVfv6TgqyWj90qTwGFpFUX3Aw==');
INSERT INTO public.events VALUES (34, '5208bee8-207e-49b6-9bf1-98d1285f8675', '688d42c4-d760-476f-85b8-3632d08ed303', 5, 'NotificationSent', 1, '2026-12-06 20:37:11.988747+00', 'notifications', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'e2ff6f8b-afb2-43ad-b963-a097246a6483', '{"channel": "email", "attempts": 1, "template": "completed", "recipient": "hannes.0@example.org", "message_id": "<0779103b-67d1-4abc-a967-766ee6da5541@rathaus.oschersleben.example>", "description": "Abschluss", "trigger_event_id": "e2ff6f8b-afb2-43ad-b963-a097246a6483"}', '409602b593d4d8304ace2bede4ba393283504f2d9c16fd97ecb6586064b58179', 'bc8f76d1805336457d73884b63931d967e4590959314eb62ee9649b16583a426', 'notifications.20261206T203709261412Z.568ccff8', 'MxOBF/rwTu8nmBL3jRTv/UrltUH5Sk/pRtZqHeIyjRa8IM9BOfYetDVAhRX4SU4UWZE+EIjZR9W8ihu7ITJdBA==');
INSERT INTO public.events VALUES (35, 'ac69d90d-d854-4b79-b0be-f4c07e89652c', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 5, 'NotificationSent', 1, '2026-12-06 20:37:12.043382+00', 'notifications', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '0154bf09-b732-4f45-8e6a-5bec487c8b76', '{"channel": "email", "attempts": 1, "template": "completed", "recipient": "greta.1@example.org", "message_id": "<2b114431-6c72-401e-bdd0-1fd0f1cf55e2@rathaus.oschersleben.example>", "description": "Abschluss", "trigger_event_id": "0154bf09-b732-4f45-8e6a-5bec487c8b76"}', 'f8b15605aab16bce846ab1a4a9e0725c04aa641470236a293c95dcb761a1d92c', '2109553f60efe799796fdb98588e8a456e74afe0ddc10e68a4d0e8c2059f70fe', 'notifications.20261206T203709261412Z.568ccff8', 'VFSRu68THkwLQZuj5ZswiHidEN6pKE7N2f2Pq+Bh6UeZIEVYkm8TJ1gW2oGf3KZAPs4gdfLSnIKppP9vnTxhCw==');
INSERT INTO public.events VALUES (40, 'b4acc61b-0b5e-4ad9-8433-b95ef67befc3', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 5, 'NotificationSent', 1, '2026-12-06 20:37:12.368087+00', 'notifications', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '5453820e-cc6a-4b3a-aaa2-db25395d1422', '{"channel": "email", "attempts": 1, "template": "decision", "recipient": "david.3@example.org", "message_id": "<31d1927e-78cd-4e1b-a06d-de956d1e4786@rathaus.oschersleben.example>", "description": "Entscheidung", "trigger_event_id": "5453820e-cc6a-4b3a-aaa2-db25395d1422"}', 'f36c61292113842628b7a565fd9334569964b3701a245e5697bfb9cedf2c2ab0', '1b2e7254d7815cbaf0404747a55ff081a08ac281d24b8272649da8cf942da575', 'notifications.20261206T203709261412Z.568ccff8', 'bpuq53R4nl/F3X4ggt5PqNXWDKs8Has3ck+8/Jn07tCAh125rK3kwteINY3lfc8S/UF7wAyi21DOuyaz1sJzAg==');
INSERT INTO public.events VALUES (41, 'ac218914-7015-481a-8e76-558affeb1ae4', '67476f8f-0587-485f-808c-9e10d3d333f8', 3, 'NotificationSent', 1, '2026-12-06 20:37:12.368217+00', 'notifications', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '8f9b1ffe-d101-4404-97f3-af7e8250b890', '{"channel": "email", "attempts": 1, "template": "completed", "recipient": "emma.7@example.org", "message_id": "<a7eb2e8b-79b3-42c6-b501-56d6c898868c@rathaus.oschersleben.example>", "description": "Abschluss", "trigger_event_id": "8f9b1ffe-d101-4404-97f3-af7e8250b890"}', '089b6d8ae6aa9b379213a036d333eed819113992ad0bbcda5b1e8e03a911eddf', 'e0dee00410dd496eec52593f776f5991470ad1db12815c48975d132008beff6e', 'notifications.20261206T203709261412Z.568ccff8', '02eJyg0tXaAnc5Q8i9vGt2tGpQ76d+p6ZH3Q80M/YjPCYz3tPTnm3x8n7Lu7qagpS22eXiGw1n2M+HAaFO3sDg==');
INSERT INTO public.events VALUES (42, 'df1846ff-2de7-4832-a199-b108bd5cf337', 'bffdce7f-6051-408d-864c-c217eab382d2', 4, 'NotificationSent', 1, '2026-12-06 20:37:12.613862+00', 'notifications', '40cd084f-f7b6-4739-8490-21bc6011f979', 'e0578d44-ed04-4bc6-a597-754ba720954c', '{"channel": "email", "attempts": 1, "template": "decision", "recipient": "emma.11@example.org", "message_id": "<11fcf86b-9cc0-446d-9b55-ee6663f41522@rathaus.oschersleben.example>", "description": "Entscheidung", "trigger_event_id": "e0578d44-ed04-4bc6-a597-754ba720954c"}', 'c983709e8dcccb9063a5cd5a8fd492adfceb4d7eecd80404874e24a41b08cd13', 'a344644b28a130103bc7b6683099f01ccabd103285513ea61e79f6d0f6efd8f8', 'notifications.20261206T203709261412Z.568ccff8', 'wpW7+B3EQ2K3JjgMgMdq24fBwuFvVHuzLnozS5HXiGzbyG/k/4ac7RLgWPBuYqdF8ob1T9Gdb+YKWsIZozFHAQ==');
INSERT INTO public.events VALUES (43, 'd88acbe0-da6e-4b74-841a-8a18741091b1', 'bffdce7f-6051-408d-864c-c217eab382d2', 5, 'NotificationSent', 1, '2026-12-06 20:37:12.614187+00', 'notifications', '40cd084f-f7b6-4739-8490-21bc6011f979', '3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81', '{"channel": "email", "attempts": 1, "template": "completed", "recipient": "emma.11@example.org", "message_id": "<c24e5279-2227-4aac-8e0e-32eafed2c798@rathaus.oschersleben.example>", "description": "Abschluss", "trigger_event_id": "3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81"}', 'a344644b28a130103bc7b6683099f01ccabd103285513ea61e79f6d0f6efd8f8', '5b3eef87c848a1c19fc554fd68afe6602fb81677087ffcb41068ba3d306970e6', 'notifications.20261206T203709261412Z.568ccff8', 'bAx1USMORqxTP2Hdelujf9oHNt9qmc/xeagwcs0ws10LhOjP1YhPcfCf4MPvpKRUPtyCvSBr8M/Q6dDsZE1+Cg==');


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, 1, 'cases.notifications', '2026-12-06 20:37:09.574955+00');
INSERT INTO public.outbox VALUES (2, 2, 'cases.notifications', '2026-12-06 20:37:09.574955+00');
INSERT INTO public.outbox VALUES (3, 3, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (4, 4, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (5, 5, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (6, 6, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (7, 7, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (8, 8, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (9, 9, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (10, 10, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (11, 11, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (12, 12, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (13, 13, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (14, 14, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (15, 15, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (16, 16, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (17, 17, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (18, 18, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (19, 19, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (20, 20, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (21, 21, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (22, 22, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (23, 23, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (24, 24, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (25, 25, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (26, 26, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (27, 27, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (28, 28, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (29, 29, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (30, 30, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (31, 31, 'cases.notifications', '2026-12-06 20:37:09.819288+00');
INSERT INTO public.outbox VALUES (32, 32, 'cases.notifications', '2026-12-06 20:37:12.087276+00');
INSERT INTO public.outbox VALUES (33, 33, 'cases.notifications', '2026-12-06 20:37:12.087276+00');
INSERT INTO public.outbox VALUES (34, 34, 'cases.notifications', '2026-12-06 20:37:12.087276+00');
INSERT INTO public.outbox VALUES (35, 35, 'cases.notifications', '2026-12-06 20:37:12.087276+00');
INSERT INTO public.outbox VALUES (36, 36, 'cases.notifications', '2026-12-06 20:37:12.440725+00');
INSERT INTO public.outbox VALUES (37, 37, 'cases.notifications', '2026-12-06 20:37:12.440725+00');
INSERT INTO public.outbox VALUES (38, 38, 'cases.notifications', '2026-12-06 20:37:12.440725+00');
INSERT INTO public.outbox VALUES (39, 39, 'cases.notifications', '2026-12-06 20:37:12.440725+00');
INSERT INTO public.outbox VALUES (40, 40, 'cases.notifications', '2026-12-06 20:37:12.440725+00');
INSERT INTO public.outbox VALUES (41, 41, 'cases.notifications', '2026-12-06 20:37:12.440725+00');
INSERT INTO public.outbox VALUES (42, 42, 'cases.notifications', '2026-12-06 20:37:12.661317+00');
INSERT INTO public.outbox VALUES (43, 43, 'cases.notifications', '2026-12-06 20:37:12.661317+00');


--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('notifications', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '2026-12-06 20:37:08.208266+00');
INSERT INTO public.processed_events VALUES ('notifications', '83f589e2-2353-4d67-a016-16429ec16668', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', '168acc99-20dc-4f93-8871-04fed7f6aac5', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', '40cd084f-f7b6-4739-8490-21bc6011f979', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '2026-12-06 20:37:08.423428+00');
INSERT INTO public.processed_events VALUES ('notifications', 'dc10fcff-0718-4b01-a94e-ae8ecafea240', '2026-12-06 20:37:08.612865+00');
INSERT INTO public.processed_events VALUES ('notifications', '81f5aac2-b842-4ac9-a6c6-a347af6b72af', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', '31098e9d-d3b9-4ec7-ac30-c3f801017019', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', 'd4c09e29-b615-4404-a63e-a38bf411e0de', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', 'd923ae52-7a60-4911-9178-0274898b164b', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', 'd8faf650-406f-4462-b90f-5d9c97715e0b', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', '71760b2d-725c-46c8-b7a7-fe94da91e195', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', 'e3b4e2d0-55a7-4018-8906-43570f30f492', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', 'a18aa002-5c91-42fd-baff-5a06d6e48ede', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', 'ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', '3fd41d85-363f-4268-9769-a3c7366b1592', '2026-12-06 20:37:08.746232+00');
INSERT INTO public.processed_events VALUES ('notifications', '35a3ec74-a37a-4b5e-aeb9-a086e4deab8b', '2026-12-06 20:37:09.074152+00');
INSERT INTO public.processed_events VALUES ('notifications', 'c88c29e8-29c7-4667-8e31-63c19cd95602', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', 'bd883216-bdf1-44ce-ab43-98e3bd3df5db', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '4b9ca2a5-e1b8-4a3c-a270-bd7cb1469a80', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '6bf25cfd-f4fa-4ca9-8b97-41610c78c4b6', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', 'bab35fcf-5c27-4920-963d-630e7baf6c72', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '0b540158-905c-4e2f-825a-092838ff3351', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '39d64955-a8c8-4ca0-93c8-208f405a920e', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '30c6f078-81c3-445a-be06-c19732ef3a98', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '66358a02-e358-425b-b09a-32917a17b71d', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '652e001b-2092-4701-b566-a0b33826d6f0', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '6e6a8d1c-8b7d-4eb8-af83-19302b2aed56', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '9a910bd4-c997-4e5a-8c52-080f36422c60', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '1467c00a-3679-4562-b970-a17bf8dd1311', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '3816fa43-6289-4752-9fcb-400ea5aec4b5', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', 'ec9e59f9-03aa-483a-9a32-c17fe8250deb', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '3bb115a9-dfb9-470c-b2d0-6ad53c6cb24c', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '99f17158-748e-45cb-88f8-7c04ecf22324', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', '8a44ca82-222a-4b32-bfcb-c41a1c84d236', '2026-12-06 20:37:09.189234+00');
INSERT INTO public.processed_events VALUES ('notifications', 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', '2026-12-06 20:37:09.31598+00');
INSERT INTO public.processed_events VALUES ('notifications', '1ed95a5c-fedb-4e56-9cd1-9158dac03322', '2026-12-06 20:37:09.31598+00');
INSERT INTO public.processed_events VALUES ('notifications', '473b8690-ae03-4b48-b034-61f3f82c8cd4', '2026-12-06 20:37:09.491008+00');
INSERT INTO public.processed_events VALUES ('notifications', '637fd7f0-9a70-470b-8f68-4f46ea6a7784', '2026-12-06 20:37:09.491008+00');
INSERT INTO public.processed_events VALUES ('notifications', '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '2026-12-06 20:37:09.596861+00');
INSERT INTO public.processed_events VALUES ('notifications', '67ba0e4b-572c-4618-8aaf-756c881073b4', '2026-12-06 20:37:09.596861+00');
INSERT INTO public.processed_events VALUES ('notifications', '6cb8f757-a101-4e07-9f76-a25ccf1851d2', '2026-12-06 20:37:11.709773+00');
INSERT INTO public.processed_events VALUES ('notifications', 'd5087191-ea82-4d84-9423-7a8cdbedf83a', '2026-12-06 20:37:11.709773+00');
INSERT INTO public.processed_events VALUES ('notifications', 'e2ff6f8b-afb2-43ad-b963-a097246a6483', '2026-12-06 20:37:11.709773+00');
INSERT INTO public.processed_events VALUES ('notifications', '48d81289-8b5b-4193-9ede-fca9e49defd3', '2026-12-06 20:37:11.800898+00');
INSERT INTO public.processed_events VALUES ('notifications', '1f74a47d-634b-4442-bf0b-d7df69195783', '2026-12-06 20:37:11.800898+00');
INSERT INTO public.processed_events VALUES ('notifications', '0154bf09-b732-4f45-8e6a-5bec487c8b76', '2026-12-06 20:37:11.979552+00');
INSERT INTO public.processed_events VALUES ('notifications', '8411248a-1b01-46ce-95af-fd17ec62442f', '2026-12-06 20:37:12.099677+00');
INSERT INTO public.processed_events VALUES ('notifications', 'dbb39057-d75b-47ce-b89e-3841c98a6c9a', '2026-12-06 20:37:12.099677+00');
INSERT INTO public.processed_events VALUES ('notifications', '70adb83b-9ed6-41ae-b9de-90b15c92a3ef', '2026-12-06 20:37:12.099677+00');
INSERT INTO public.processed_events VALUES ('notifications', '30988c18-64e3-4886-9bd2-8320e83e90d7', '2026-12-06 20:37:12.099677+00');
INSERT INTO public.processed_events VALUES ('notifications', '5453820e-cc6a-4b3a-aaa2-db25395d1422', '2026-12-06 20:37:12.099677+00');
INSERT INTO public.processed_events VALUES ('notifications', '8b3e0968-9a45-4ce9-97b4-f11522a93c12', '2026-12-06 20:37:12.099677+00');
INSERT INTO public.processed_events VALUES ('notifications', 'e9ea34e7-fc8d-4bd0-8366-49e87e9a785e', '2026-12-06 20:37:12.205019+00');
INSERT INTO public.processed_events VALUES ('notifications', '0dbd704d-fce1-42a0-a994-b8a6752e9c74', '2026-12-06 20:37:12.205019+00');
INSERT INTO public.processed_events VALUES ('notifications', '8f9b1ffe-d101-4404-97f3-af7e8250b890', '2026-12-06 20:37:12.205019+00');
INSERT INTO public.processed_events VALUES ('notifications', 'f714f95c-a45c-44b0-96e5-0d5833c2edb0', '2026-12-06 20:37:12.331285+00');
INSERT INTO public.processed_events VALUES ('notifications', 'e0578d44-ed04-4bc6-a597-754ba720954c', '2026-12-06 20:37:12.445518+00');
INSERT INTO public.processed_events VALUES ('notifications', '3aff1d3b-4b88-4a6a-9b67-d4475ab8ad81', '2026-12-06 20:37:12.526154+00');


--
-- Data for Name: recipients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.recipients VALUES ('688d42c4-d760-476f-85b8-3632d08ed303', '{"email": "hannes.0@example.org", "given_name": "Hannes", "family_name": "Schulz", "service_name": "Gewerbeanmeldung"}', 'demo-89e9229f', '{"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '{"email": "clara.5@example.org", "given_name": "Clara", "family_name": "Koch", "service_name": "Gewerbeanmeldung"}', 'demo-89e9229f', '{"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '{"email": "jonas.8@example.org", "given_name": "Jonas", "family_name": "Müller", "service_name": "Geburtsurkunde"}', 'demo-89e9229f', '{"name": "Standesamt Oschersleben (Bode)", "email": "standesamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('be46ab3c-764c-41bc-b211-79628df65484', '{"email": "anna.6@example.org", "given_name": "Anna", "family_name": "Fischer", "service_name": "Gewerbeanmeldung"}', 'demo-89e9229f', '{"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('07da1392-91d3-4d7a-847f-104a1a3b4308', '{"email": "hannes.9@example.org", "given_name": "Hannes", "family_name": "Koch", "service_name": "Meldebescheinigung"}', 'demo-89e9229f', '{"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('bffdce7f-6051-408d-864c-c217eab382d2', '{"email": "emma.11@example.org", "given_name": "Emma", "family_name": "Becker", "service_name": "Gewerbeanmeldung"}', 'demo-89e9229f', '{"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '{"email": "anna.2@example.org", "given_name": "Anna", "family_name": "Becker", "service_name": "Meldebescheinigung"}', 'demo-89e9229f', '{"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('67476f8f-0587-485f-808c-9e10d3d333f8', '{"email": "emma.7@example.org", "given_name": "Emma", "family_name": "Müller", "service_name": "Anmeldung einer Nebenwohnung"}', 'demo-89e9229f', '{"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '{"email": "greta.1@example.org", "given_name": "Greta", "family_name": "Fischer", "service_name": "Gewerbeanmeldung"}', 'demo-89e9229f', '{"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('3a09f592-87f2-4da9-ae2d-c43842d4525c', '{"email": "david.3@example.org", "given_name": "David", "family_name": "Fischer", "service_name": "Gewerbeanmeldung"}', 'demo-89e9229f', '{"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('b6db4739-02a0-4eb1-9e81-2f57843a3196', '{"email": "emma.4@example.org", "given_name": "Emma", "family_name": "Weber", "service_name": "Führungszeugnis"}', 'demo-89e9229f', '{"name": "Bürgerbüro Oschersleben (Bode)", "email": "buergerbuero@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');
INSERT INTO public.recipients VALUES ('360ca019-46cd-4134-a9ee-4a77b331cc63', '{"email": "david.10@example.org", "given_name": "David", "family_name": "Weber", "service_name": "Gewerbeanmeldung"}', 'demo-89e9229f', '{"name": "Gewerbeamt (Ordnungsamt) Oschersleben (Bode)", "email": "gewerbeamt@oschersleben.example", "phone": "+49 3949 912-0", "address": "Markt 1, 39387 Oschersleben (Bode)"}');


--
-- Data for Name: vendor_callbacks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 43, true);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 43, true);


--
-- Name: deliveries deliveries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliveries
    ADD CONSTRAINT deliveries_pkey PRIMARY KEY (id);


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
-- Name: recipients recipients_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recipients
    ADD CONSTRAINT recipients_pkey PRIMARY KEY (case_id);


--
-- Name: deliveries uq_delivery_trigger; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliveries
    ADD CONSTRAINT uq_delivery_trigger UNIQUE (trigger_event_id, channel, template);


--
-- Name: events uq_events_case_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_case_version UNIQUE (case_id, stream_version);


--
-- Name: vendor_callbacks vendor_callbacks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_callbacks
    ADD CONSTRAINT vendor_callbacks_pkey PRIMARY KEY (submitter_id);


--
-- Name: ix_deliveries_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_deliveries_due ON public.deliveries USING btree (state, next_attempt_at);


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


