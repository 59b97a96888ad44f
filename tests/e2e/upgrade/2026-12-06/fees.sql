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
-- Name: assessments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assessments (
    case_id character varying(36) NOT NULL,
    service_id character varying(60) NOT NULL,
    schedule_version character varying(60) NOT NULL,
    total_cents bigint NOT NULL,
    assessed_at timestamp with time zone NOT NULL,
    chip_number character varying(15)
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
-- Name: journal_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_entries (
    entry_id character varying(36) NOT NULL,
    event_id character varying(36) NOT NULL,
    case_id character varying(36) NOT NULL,
    kassenzeichen character varying(10) NOT NULL,
    kind character varying(20) NOT NULL,
    booked_on date NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    description text NOT NULL
);


--
-- Name: journal_lines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_lines (
    entry_id character varying(36) NOT NULL,
    line_no integer NOT NULL,
    account character varying(10) NOT NULL,
    kassenzeichen character varying(10),
    amount_cents bigint NOT NULL
);


--
-- Name: kassenzeichen_counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kassenzeichen_counters (
    year integer NOT NULL,
    last integer NOT NULL
);


--
-- Name: kassenzeichen_counters_year_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.kassenzeichen_counters_year_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: kassenzeichen_counters_year_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.kassenzeichen_counters_year_seq OWNED BY public.kassenzeichen_counters.year;


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
-- Name: provider_payments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provider_payments (
    provider character varying(40) NOT NULL,
    payment_id character varying(100) NOT NULL,
    event_id character varying(36) NOT NULL,
    kassenzeichen character varying(10) NOT NULL,
    amount_cents bigint NOT NULL,
    outcome character varying(20) NOT NULL
);


--
-- Name: receivables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receivables (
    kassenzeichen character varying(10) NOT NULL,
    case_id character varying(36) NOT NULL,
    service_id character varying(60) NOT NULL,
    assessed_cents bigint NOT NULL,
    paid_cents bigint NOT NULL,
    overpaid_cents bigint NOT NULL,
    waived_cents bigint NOT NULL,
    refunded_cents bigint NOT NULL,
    due_on date NOT NULL
);


--
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Name: kassenzeichen_counters year; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kassenzeichen_counters ALTER COLUMN year SET DEFAULT nextval('public.kassenzeichen_counters_year_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Data for Name: assessments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assessments VALUES ('688d42c4-d760-476f-85b8-3632d08ed303', 'gewerbeanmeldung', 'oschersleben-2024-01-01', 2600, '2026-12-06 20:37:08.272297+00', NULL);
INSERT INTO public.assessments VALUES ('4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'gewerbeanmeldung', 'oschersleben-2024-01-01', 2600, '2026-12-06 20:37:08.461453+00', NULL);
INSERT INTO public.assessments VALUES ('4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 'geburtsurkunde', 'oschersleben-2024-01-01', 2000, '2026-12-06 20:37:08.463093+00', NULL);
INSERT INTO public.assessments VALUES ('1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 'gewerbeanmeldung', 'oschersleben-2024-01-01', 2600, '2026-12-06 20:37:08.464219+00', NULL);
INSERT INTO public.assessments VALUES ('14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'meldebescheinigung', 'oschersleben-2024-01-01', 2000, '2026-12-06 20:37:08.465238+00', NULL);
INSERT INTO public.assessments VALUES ('67476f8f-0587-485f-808c-9e10d3d333f8', 'nebenwohnung', 'oschersleben-2024-01-01', 0, '2026-12-06 20:37:08.466211+00', NULL);
INSERT INTO public.assessments VALUES ('be46ab3c-764c-41bc-b211-79628df65484', 'gewerbeanmeldung', 'oschersleben-2024-01-01', 2600, '2026-12-06 20:37:08.466677+00', NULL);
INSERT INTO public.assessments VALUES ('07da1392-91d3-4d7a-847f-104a1a3b4308', 'meldebescheinigung', 'oschersleben-2024-01-01', 2000, '2026-12-06 20:37:08.468735+00', NULL);
INSERT INTO public.assessments VALUES ('bffdce7f-6051-408d-864c-c217eab382d2', 'gewerbeanmeldung', 'oschersleben-2024-01-01', 2600, '2026-12-06 20:37:08.469771+00', NULL);
INSERT INTO public.assessments VALUES ('3a09f592-87f2-4da9-ae2d-c43842d4525c', 'gewerbeanmeldung', 'oschersleben-2024-01-01', 2600, '2026-12-06 20:37:08.47749+00', NULL);
INSERT INTO public.assessments VALUES ('b6db4739-02a0-4eb1-9e81-2f57843a3196', 'fuehrungszeugnis', 'oschersleben-2024-01-01', 1300, '2026-12-06 20:37:08.478941+00', NULL);
INSERT INTO public.assessments VALUES ('360ca019-46cd-4134-a9ee-4a77b331cc63', 'gewerbeanmeldung', 'oschersleben-2024-01-01', 2600, '2026-12-06 20:37:08.480058+00', NULL);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, 'f5f1aa38-43e2-45cb-ad9d-5436a9013706', '688d42c4-d760-476f-85b8-3632d08ed303', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.272297+00', 'fees', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '{"currency": "EUR", "line_items": [{"code": "GEW-AN", "quantity": 1, "unit_cents": 2600, "description": "Gewerbeanmeldung", "amount_cents": 2600, "legal_source": "AllGO LSA Kostentarif lfd. Nr. 69.1 (Rahmen 15 bis 60 EUR; Betrag wie Magdeburg)"}], "service_id": "gewerbeanmeldung", "total_cents": 2600, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', '04ef563b77134b9c832ad6b990c9cdc661484145aea2cd5242c7b39c404748f8', 'fees.20261206T203708278147Z.9b37e508', '+guI0EI+6G7C+4yqLgdoPaXZzjreJ+rJ+eogp/iE5Xik4E2ZfwL5Zo9VzyfGS+3gKbzp4GPpVhwnAPspPELGBQ==');
INSERT INTO public.events VALUES (2, 'dc10fcff-0718-4b01-a94e-ae8ecafea240', '688d42c4-d760-476f-85b8-3632d08ed303', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.272297+00', 'fees', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000018"}', '04ef563b77134b9c832ad6b990c9cdc661484145aea2cd5242c7b39c404748f8', 'fb23d8888f5645dc5b730ca7412381fa2364019fd7f3b86c09f6ba0e4d32666f', 'fees.20261206T203708278147Z.9b37e508', 'S5gvh8PDKfc6vMKAW5AkVjI0RtwEBGH5cdVtjw8E2nwj3AweWBjZA5WyBO9fcT2+dq6/Ol1FEuTXYHGonyu/DQ==');
INSERT INTO public.events VALUES (3, 'afe51e9d-f08b-4460-8c3d-739a6a3e850e', '688d42c4-d760-476f-85b8-3632d08ed303', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.272297+00', 'fees', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2600, "kassenzeichen": "2600000018"}, {"account": "4313", "amount_cents": -2600, "kassenzeichen": null}], "entry_id": "a1ae61fd-3e43-4798-8d09-da9e59873bec", "booked_on": "2026-12-06", "description": "Sollstellung Gewerbeanmeldung", "kassenzeichen": "2600000018"}', 'fb23d8888f5645dc5b730ca7412381fa2364019fd7f3b86c09f6ba0e4d32666f', '185f9608cff57cb19f656d0ebb911a22f2e665782af686a23f6c4a65f36105a0', 'fees.20261206T203708278147Z.9b37e508', 'M3xHUmIfm3pmXzmEaGlxxGUO3b/Y7xzoN8FEyENm3+aG7LFv+I1BHVq6Wjlvf4tIY0MQ4rZEigXCOmWZaTGaAw==');
INSERT INTO public.events VALUES (4, '0f7aeb66-5cc4-484e-b9d2-d1b88a190cc8', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.461453+00', 'fees', '83f589e2-2353-4d67-a016-16429ec16668', '83f589e2-2353-4d67-a016-16429ec16668', '{"currency": "EUR", "line_items": [{"code": "GEW-AN", "quantity": 1, "unit_cents": 2600, "description": "Gewerbeanmeldung", "amount_cents": 2600, "legal_source": "AllGO LSA Kostentarif lfd. Nr. 69.1 (Rahmen 15 bis 60 EUR; Betrag wie Magdeburg)"}], "service_id": "gewerbeanmeldung", "total_cents": 2600, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', 'a441a5ac38513f391dc35b2c9d4322f60da7dd36eb968d2a4d30f4808aff4a94', 'fees.20261206T203708278147Z.9b37e508', 'wdjD54oqNjjDlN7l1diLE5Yb0XV6QYqIrycBYMh0tPQITaqEpKEH7rJI8QDQ3jhrP5M/UuvDU1fbdHOsuYGQAg==');
INSERT INTO public.events VALUES (5, 'd8faf650-406f-4462-b90f-5d9c97715e0b', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.461453+00', 'fees', '83f589e2-2353-4d67-a016-16429ec16668', '83f589e2-2353-4d67-a016-16429ec16668', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000026"}', 'a441a5ac38513f391dc35b2c9d4322f60da7dd36eb968d2a4d30f4808aff4a94', 'a1a7690c61ab72335db080c0f57b966bfef4a802640b66ad79539c4a3478155f', 'fees.20261206T203708278147Z.9b37e508', 'k1uuHQnMN+n6zvuyFCHnTuEhdmf0MeF7oHoNRblPASoqZLpGyx4d931roF5qGKP/eDNnCEGzYzcCGCQgqp0CAQ==');
INSERT INTO public.events VALUES (6, 'c1a61dcc-894c-415c-9d92-5b6152a0f703', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.461453+00', 'fees', '83f589e2-2353-4d67-a016-16429ec16668', '83f589e2-2353-4d67-a016-16429ec16668', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2600, "kassenzeichen": "2600000026"}, {"account": "4313", "amount_cents": -2600, "kassenzeichen": null}], "entry_id": "fe7c40fa-d577-48d1-86e9-e48c01b861fa", "booked_on": "2026-12-06", "description": "Sollstellung Gewerbeanmeldung", "kassenzeichen": "2600000026"}', 'a1a7690c61ab72335db080c0f57b966bfef4a802640b66ad79539c4a3478155f', 'a39a86427fb53f277a02deac1a29c4c4e67415bd7eb09ef5943b882fe34f5fbf', 'fees.20261206T203708278147Z.9b37e508', 'Y4ASWQYctUY1qmwKyAVYA1GiJitL2Vk+p3SA0/F3k3WGEpW5/XzmKS4QL+V/5XI86FSGRYlFFAXK4pwN74mjAg==');
INSERT INTO public.events VALUES (7, '667d115e-9081-4ce8-a532-797f98bf8488', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.463093+00', 'fees', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '{"currency": "EUR", "line_items": [{"code": "GU", "quantity": 1, "unit_cents": 1000, "description": "Geburtsurkunde", "amount_cents": 1000, "legal_source": "PStG §§ 55, 59, 62; AllGO LSA"}, {"code": "GU", "quantity": 2, "unit_cents": 500, "description": "Geburtsurkunde, weitere Ausfertigung", "amount_cents": 1000, "legal_source": "PStG §§ 55, 59, 62; AllGO LSA"}], "service_id": "geburtsurkunde", "total_cents": 2000, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', '97c869a8edb330cc332c428a956fdb44623b483f19b39c8957d9d3bce17a262d', 'fees.20261206T203708278147Z.9b37e508', 'IEKFUmWlqq8GDuRO41MQ/euFXqoMeOzIberw/iA1FcGWOwCc0DsBNbbiAsoiNvesBzXpwaI+00+LKHXbC9cvDw==');
INSERT INTO public.events VALUES (8, '71760b2d-725c-46c8-b7a7-fe94da91e195', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.463093+00', 'fees', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2000, "kassenzeichen": "2600000034"}', '97c869a8edb330cc332c428a956fdb44623b483f19b39c8957d9d3bce17a262d', 'ff2abd2c5ae8ae334944bbde7987e5b57edb307e92c57e6c101e9195565476c4', 'fees.20261206T203708278147Z.9b37e508', 'vYos1NF23Y87JVMHCkzny1HHcETzhwoXJQHWsv/CQ7ew2i/HHr3jv3BSXCKmhzVzgcfrIsx5s1KkzdDHJTy6Dg==');
INSERT INTO public.events VALUES (9, '12962f6a-52c8-4943-af44-71a45eb822a4', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.463093+00', 'fees', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2000, "kassenzeichen": "2600000034"}, {"account": "4312", "amount_cents": -2000, "kassenzeichen": null}], "entry_id": "9d6cbe8a-2903-4f71-8088-bbf3ceca4868", "booked_on": "2026-12-06", "description": "Sollstellung Geburtsurkunde", "kassenzeichen": "2600000034"}', 'ff2abd2c5ae8ae334944bbde7987e5b57edb307e92c57e6c101e9195565476c4', '1c335185f88eef8b40de5395056397934bdc4e52c0a5b0bedb4ee875de77abde', 'fees.20261206T203708278147Z.9b37e508', 'prtAPjhAUO+eoo63mTi71GoH0teff2fUDRsqQXvkCeDZZcuHxCPWtLJzePd3Q2djSRKWvzumZFfN5yA/J754AA==');
INSERT INTO public.events VALUES (10, '7c818567-2dd0-405f-81f5-d1df3a7ca7e7', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.464219+00', 'fees', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '{"currency": "EUR", "line_items": [{"code": "GEW-AN", "quantity": 1, "unit_cents": 2600, "description": "Gewerbeanmeldung", "amount_cents": 2600, "legal_source": "AllGO LSA Kostentarif lfd. Nr. 69.1 (Rahmen 15 bis 60 EUR; Betrag wie Magdeburg)"}], "service_id": "gewerbeanmeldung", "total_cents": 2600, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', 'f8f96b5c728e62292e4a1b42dda3415d50febf843f4716cd8160900f5b9f1c3d', 'fees.20261206T203708278147Z.9b37e508', 'WZSm4ejzxV676Hb7rUTTBD2W6voaenPn9A8z6Yl79aSwJD+FiJHEhrWyw2hH8hbUvLFdWe7TSC63htmQAWV4CA==');
INSERT INTO public.events VALUES (11, 'd923ae52-7a60-4911-9178-0274898b164b', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.464219+00', 'fees', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000042"}', 'f8f96b5c728e62292e4a1b42dda3415d50febf843f4716cd8160900f5b9f1c3d', 'f3f00d0c8a5b9a3f7e21d4da026d4198b1e88f43ea43ab0ff292d4d0e8fd610b', 'fees.20261206T203708278147Z.9b37e508', '/4s0aLCgA52zxnyD94vdqdChg/WnjqYtM6DI+79dmYXbXdR72uxylRiEdGItMx3FpsaWDxarYgMs6TtEx+U5AA==');
INSERT INTO public.events VALUES (12, '8b6fecea-154f-4a2a-a9f2-bbc89f2eb1bf', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.464219+00', 'fees', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2600, "kassenzeichen": "2600000042"}, {"account": "4313", "amount_cents": -2600, "kassenzeichen": null}], "entry_id": "d076da21-fd98-43d5-bf9a-ad20a5e7efcb", "booked_on": "2026-12-06", "description": "Sollstellung Gewerbeanmeldung", "kassenzeichen": "2600000042"}', 'f3f00d0c8a5b9a3f7e21d4da026d4198b1e88f43ea43ab0ff292d4d0e8fd610b', 'ef227736ab56a483a8302ec8a006c3b802278b1c208a5570f1b4b41f540020cf', 'fees.20261206T203708278147Z.9b37e508', 'My1JuGzXBAfTFru0x01X8hFpzNZsSTJKTJeT6U184xNIUakumztLYL9zMFNp+DXv+qbmvv5GsxxmIPxZ00SfBw==');
INSERT INTO public.events VALUES (13, '30dd2bfb-e7cc-4c55-8d46-30b2b5d05f02', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.465238+00', 'fees', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '{"currency": "EUR", "line_items": [{"code": "MB", "quantity": 1, "unit_cents": 1000, "description": "Meldebescheinigung", "amount_cents": 1000, "legal_source": "BMG § 18; AllGO LSA lfd. Nr. 28a (Betrag wie Magdeburg)"}, {"code": "MB", "quantity": 1, "unit_cents": 1000, "description": "Meldebescheinigung, weitere Ausfertigung", "amount_cents": 1000, "legal_source": "BMG § 18; AllGO LSA lfd. Nr. 28a (Betrag wie Magdeburg)"}], "service_id": "meldebescheinigung", "total_cents": 2000, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', '1c584c6ce3b8a86ba50e64837edb2e1e0dc58b830462bdc1d56cfbf03866c489', 'fees.20261206T203708278147Z.9b37e508', 'K0Ioknz7JvU5T/sQLbPYQjvT8psNrgFWF6SKzoym/cSO00kKBcrUBT49933QUBiiC/FVVITR0yAm3qIii2IGCQ==');
INSERT INTO public.events VALUES (14, 'e3b4e2d0-55a7-4018-8906-43570f30f492', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.465238+00', 'fees', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2000, "kassenzeichen": "2600000059"}', '1c584c6ce3b8a86ba50e64837edb2e1e0dc58b830462bdc1d56cfbf03866c489', '9f1862a67846469d75e2063f8df96e4581936e4c9aaadd101b87d2a407dfe673', 'fees.20261206T203708278147Z.9b37e508', '0iyPtcZHAgQolyFqjCZeo9aXNPuk6UijATiLwzI/f5E863U1WuqEzqszPNywz+MSKUFX00PQWFVB13R1HTv0Ag==');
INSERT INTO public.events VALUES (15, '540b6d7a-c33e-474d-9c81-b78d7feec834', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.465238+00', 'fees', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2000, "kassenzeichen": "2600000059"}, {"account": "4311", "amount_cents": -2000, "kassenzeichen": null}], "entry_id": "fb243242-1b2c-4d55-909b-7dd614340edd", "booked_on": "2026-12-06", "description": "Sollstellung Meldebescheinigung", "kassenzeichen": "2600000059"}', '9f1862a67846469d75e2063f8df96e4581936e4c9aaadd101b87d2a407dfe673', 'faa05a1b4bf387d4f73597a1d81a59fc0cb0123c89fe9bbd6b0f54a9ef455fe9', 'fees.20261206T203708278147Z.9b37e508', 'iw1j1B4ii748YCvOwsqn2lG7+M5bC30IdK7mXhv22Hk6Og+MDpJZZjP53uuCAha8yI6Xo9JZO7uFY3lWBnK/AQ==');
INSERT INTO public.events VALUES (16, '35bc2cb6-94e3-4223-a15f-22eb3c5be76a', '67476f8f-0587-485f-808c-9e10d3d333f8', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.466211+00', 'fees', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '{"currency": "EUR", "line_items": [{"code": "NW", "quantity": 1, "unit_cents": 0, "description": "Anmeldung einer Nebenwohnung", "amount_cents": 0, "legal_source": "BMG §§ 17, 21 (gebührenfrei)"}], "service_id": "nebenwohnung", "total_cents": 0, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', 'a2352f77e73262a2a0683c6d6c4f8908cca641d6bbcb8becff2bd8c89c9acac3', 'fees.20261206T203708278147Z.9b37e508', 'rwPipbSH2yrb3ZL4F6EzN4piXhdqvMxa3j8yHCn2YfZ0jQFtS95A8Bo+vkcXkY668MMA3VNb68q1gz/LhKfSAQ==');
INSERT INTO public.events VALUES (17, 'f91f0775-e08e-45b8-a96d-a42754bea3bd', 'be46ab3c-764c-41bc-b211-79628df65484', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.466677+00', 'fees', '168acc99-20dc-4f93-8871-04fed7f6aac5', '168acc99-20dc-4f93-8871-04fed7f6aac5', '{"currency": "EUR", "line_items": [{"code": "GEW-AN", "quantity": 1, "unit_cents": 2600, "description": "Gewerbeanmeldung", "amount_cents": 2600, "legal_source": "AllGO LSA Kostentarif lfd. Nr. 69.1 (Rahmen 15 bis 60 EUR; Betrag wie Magdeburg)"}], "service_id": "gewerbeanmeldung", "total_cents": 2600, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', '475b222e073bc0d394dccc4738bd81821f69e38a266c9e68c1c82991bb6324b7', 'fees.20261206T203708278147Z.9b37e508', 'FvRaDrSaQS0BMb2z0xOTp5Ob+ekrMOB0ax02oQKyGZ0Z5P6DOzI2ziCwEJrulSlaUCXOoT3IdAApMTwyST9fDg==');
INSERT INTO public.events VALUES (18, '81f5aac2-b842-4ac9-a6c6-a347af6b72af', 'be46ab3c-764c-41bc-b211-79628df65484', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.466677+00', 'fees', '168acc99-20dc-4f93-8871-04fed7f6aac5', '168acc99-20dc-4f93-8871-04fed7f6aac5', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000067"}', '475b222e073bc0d394dccc4738bd81821f69e38a266c9e68c1c82991bb6324b7', '5a5b3564078efbe3dd2e38c6561f46ee2adbbba14e96980ac2cdc98949bf22f1', 'fees.20261206T203708278147Z.9b37e508', 'E9ttT2nZQreJB6o66d5ABU3tMKFoIz5p3s9aIcZ/nRLF0E7MVrP5sC4m9FeQJxK4JGN2bFlbSwSvhk9ggty+Aw==');
INSERT INTO public.events VALUES (19, '63a2019b-5a6e-4982-9ea7-18443ced7673', 'be46ab3c-764c-41bc-b211-79628df65484', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.466677+00', 'fees', '168acc99-20dc-4f93-8871-04fed7f6aac5', '168acc99-20dc-4f93-8871-04fed7f6aac5', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2600, "kassenzeichen": "2600000067"}, {"account": "4313", "amount_cents": -2600, "kassenzeichen": null}], "entry_id": "686fcbcc-455e-4742-ab7e-f93b8f46d38d", "booked_on": "2026-12-06", "description": "Sollstellung Gewerbeanmeldung", "kassenzeichen": "2600000067"}', '5a5b3564078efbe3dd2e38c6561f46ee2adbbba14e96980ac2cdc98949bf22f1', '3f455bc3dedb4755be083e52c69a603c4358cd0ed5e2649c5c06dad6a02d9014', 'fees.20261206T203708278147Z.9b37e508', 'iVscrVc4gwqdHUTVtF8NVDWhMRuT8cDMM6ggbL5VcyAjDKXzaCKPccFbGCSb4ZlIjXrphjoUErcC5xHtsnLbAA==');
INSERT INTO public.events VALUES (30, 'ec6a7224-f8ae-4b9b-8ee0-6f969b61c1b2', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.478941+00', 'fees', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 1300, "kassenzeichen": "2600000109"}', '28b45c56ccdb5c95e69fe54e1ea417f23db768ed615527572c9796b802cc0838', '9592ec34d0821b1cfd4f6c7a0786e188fc0bee05c4462de8915680d599318943', 'fees.20261206T203708278147Z.9b37e508', 'Mw8o7b/u6Anfpo1bjw+lnqh8phUNqrsQYQF/yTyfyIK7+rpe+79mwQx2zPRJfX9ngaz/Z7WEg0FxLlAEKeYRCg==');
INSERT INTO public.events VALUES (20, '5949c986-2575-44ad-9e1a-b609b8067ab0', '07da1392-91d3-4d7a-847f-104a1a3b4308', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.468735+00', 'fees', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '{"currency": "EUR", "line_items": [{"code": "MB", "quantity": 1, "unit_cents": 1000, "description": "Meldebescheinigung", "amount_cents": 1000, "legal_source": "BMG § 18; AllGO LSA lfd. Nr. 28a (Betrag wie Magdeburg)"}, {"code": "MB", "quantity": 1, "unit_cents": 1000, "description": "Meldebescheinigung, weitere Ausfertigung", "amount_cents": 1000, "legal_source": "BMG § 18; AllGO LSA lfd. Nr. 28a (Betrag wie Magdeburg)"}], "service_id": "meldebescheinigung", "total_cents": 2000, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', '3d3d268ab9c36775200116d9cfa11ca38d4d1d8c8bdb5221754377495459fb34', 'fees.20261206T203708278147Z.9b37e508', '1kn0CCpfaLEOUO1RPf8XKK6GRb2Lp3BMG0pxaT9hKjUSPHGT8FrZTWO0O6Wmkym4f0XGHlDYHjvoACQntm2XBA==');
INSERT INTO public.events VALUES (21, '31098e9d-d3b9-4ec7-ac30-c3f801017019', '07da1392-91d3-4d7a-847f-104a1a3b4308', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.468735+00', 'fees', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2000, "kassenzeichen": "2600000075"}', '3d3d268ab9c36775200116d9cfa11ca38d4d1d8c8bdb5221754377495459fb34', 'b62247b5a242dfadbd95c2325a6b3ec00d43626e24acd83dc0f28900e221ddda', 'fees.20261206T203708278147Z.9b37e508', 'OsXUaIXIVWzxTH/VzifDEKCl61XaWbvjeXvjyO/JoNMEWT5dx7cSCFNPgJA1r4zs71KpbsJLtgucJ6GJAosBCw==');
INSERT INTO public.events VALUES (22, '83d4e428-1df3-4b11-ab02-38d3d6f7cef3', '07da1392-91d3-4d7a-847f-104a1a3b4308', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.468735+00', 'fees', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2000, "kassenzeichen": "2600000075"}, {"account": "4311", "amount_cents": -2000, "kassenzeichen": null}], "entry_id": "04807cb5-0d8f-4734-bc65-d27fee2eb75d", "booked_on": "2026-12-06", "description": "Sollstellung Meldebescheinigung", "kassenzeichen": "2600000075"}', 'b62247b5a242dfadbd95c2325a6b3ec00d43626e24acd83dc0f28900e221ddda', 'ad0b13d284d13da416263b877af1f01bf3687ac3bbca6968e9e36fdde5b27b64', 'fees.20261206T203708278147Z.9b37e508', '9d9d43ODGcc52NM0PnE9QCWvVSiOWPnXG4aSTpgKPmcs2iDE569KVocO/MxlNHpJE0vNbK32zEQyzv03OLOsCg==');
INSERT INTO public.events VALUES (23, 'a4743dff-de97-4182-8499-db01d2ad821c', 'bffdce7f-6051-408d-864c-c217eab382d2', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.469771+00', 'fees', '40cd084f-f7b6-4739-8490-21bc6011f979', '40cd084f-f7b6-4739-8490-21bc6011f979', '{"currency": "EUR", "line_items": [{"code": "GEW-AN", "quantity": 1, "unit_cents": 2600, "description": "Gewerbeanmeldung", "amount_cents": 2600, "legal_source": "AllGO LSA Kostentarif lfd. Nr. 69.1 (Rahmen 15 bis 60 EUR; Betrag wie Magdeburg)"}], "service_id": "gewerbeanmeldung", "total_cents": 2600, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', 'e583617b0252ea2c13d04e5212efaf0fbf90e73b7d594cf62169f11eb6fee172', 'fees.20261206T203708278147Z.9b37e508', 'Q4CZxjyMvooxIZPVzwJqMHfbhNRVvVsj/paIvvwINs1EsgkqcHAVhp7D6UTvnBaNyyBTOHjdtd50w6iNzSmkCA==');
INSERT INTO public.events VALUES (24, 'd4c09e29-b615-4404-a63e-a38bf411e0de', 'bffdce7f-6051-408d-864c-c217eab382d2', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.469771+00', 'fees', '40cd084f-f7b6-4739-8490-21bc6011f979', '40cd084f-f7b6-4739-8490-21bc6011f979', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000083"}', 'e583617b0252ea2c13d04e5212efaf0fbf90e73b7d594cf62169f11eb6fee172', 'c7533331d9f49e22787c00a749c0155a9cb19695ae591f8e5d9ee2a8e4a9ac07', 'fees.20261206T203708278147Z.9b37e508', 'hiYAk9LgWLhfOpKIRqGBji1Eti0WKiGyzLim1d5jZ/PZ1ANyqsAm0lFcOLik5Ng5EdRDSlIuP6FIz7FVOwlUDw==');
INSERT INTO public.events VALUES (25, 'fe3c6ce8-2619-4e65-9c98-b7c64925a13e', 'bffdce7f-6051-408d-864c-c217eab382d2', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.469771+00', 'fees', '40cd084f-f7b6-4739-8490-21bc6011f979', '40cd084f-f7b6-4739-8490-21bc6011f979', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2600, "kassenzeichen": "2600000083"}, {"account": "4313", "amount_cents": -2600, "kassenzeichen": null}], "entry_id": "28dc0e4b-b6f1-40c2-bdbd-d86902c97573", "booked_on": "2026-12-06", "description": "Sollstellung Gewerbeanmeldung", "kassenzeichen": "2600000083"}', 'c7533331d9f49e22787c00a749c0155a9cb19695ae591f8e5d9ee2a8e4a9ac07', 'dadb6c9f1353fcec7b1129b763496aaf4e769e182976850208c02c63a99680df', 'fees.20261206T203708278147Z.9b37e508', 'hsEt04q6PY8xdjV/Zk4TTa39V5mI40YvJCrQ6us2m2oIBFrYeOvy9an7xQzprsUavA7d0m4ktxe0nK9qea4yBA==');
INSERT INTO public.events VALUES (26, 'aada6870-b019-42c9-a4dc-b69d9df09a4a', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.47749+00', 'fees', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '{"currency": "EUR", "line_items": [{"code": "GEW-AN", "quantity": 1, "unit_cents": 2600, "description": "Gewerbeanmeldung", "amount_cents": 2600, "legal_source": "AllGO LSA Kostentarif lfd. Nr. 69.1 (Rahmen 15 bis 60 EUR; Betrag wie Magdeburg)"}], "service_id": "gewerbeanmeldung", "total_cents": 2600, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', 'da31c8f0dc3dbcad4cda761be478129fe68fac1ea58449528f3e91c2c4b4e062', 'fees.20261206T203708278147Z.9b37e508', '7kmNpjtIEhqFuAAEYDUcN7w8p79ji5UGHB5ZPvsLt2vQx0jusuu//0xzJHpH50un2cC9k7ipd4ot8KeXxg28DQ==');
INSERT INTO public.events VALUES (27, 'a18aa002-5c91-42fd-baff-5a06d6e48ede', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.47749+00', 'fees', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000091"}', 'da31c8f0dc3dbcad4cda761be478129fe68fac1ea58449528f3e91c2c4b4e062', '1cc47be43b8754171a314705c6d244714cd0dcb9a375c5d4d5e3238662f262d1', 'fees.20261206T203708278147Z.9b37e508', 'SqyFEEL3uN/ohCcYjsgRDdlhAO1C/bppvm2yBxADijokTrifzJR2g3486B9DSqCJed6Fg77XOC6FWVEXAWJxAg==');
INSERT INTO public.events VALUES (28, '6c6458ec-940f-4647-a983-8406f97dcb22', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.47749+00', 'fees', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2600, "kassenzeichen": "2600000091"}, {"account": "4313", "amount_cents": -2600, "kassenzeichen": null}], "entry_id": "1a6a308f-19ca-4344-ab59-4729bb63e4db", "booked_on": "2026-12-06", "description": "Sollstellung Gewerbeanmeldung", "kassenzeichen": "2600000091"}', '1cc47be43b8754171a314705c6d244714cd0dcb9a375c5d4d5e3238662f262d1', '0b90eeb69b3ffcf88a02d755ed06314ff493322a374684e50a07d6b918d6d46e', 'fees.20261206T203708278147Z.9b37e508', 'bOF6dBQbreM8/QqaSEOHWXzwHd/ZiR68wGk3GojbTpnJahG+Rb+kwyVPpD99UK6gtQKsWEe04FDgz470gRY7DQ==');
INSERT INTO public.events VALUES (29, 'a21e3339-fc46-41fc-868c-1edd17fe0c97', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.478941+00', 'fees', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '{"currency": "EUR", "line_items": [{"code": "FZ", "quantity": 1, "unit_cents": 1300, "description": "Führungszeugnis", "amount_cents": 1300, "legal_source": "JVKostG KV Nr. 1130"}], "service_id": "fuehrungszeugnis", "total_cents": 1300, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', '28b45c56ccdb5c95e69fe54e1ea417f23db768ed615527572c9796b802cc0838', 'fees.20261206T203708278147Z.9b37e508', 'dj62Nxuo9nyb9MRTMLj1+OTB3QpeuM6xk9UwaVXjq0W8SPxSRHopsrhFxnALpWt2uVcSh1OuA3aI+6vaHNIbBg==');
INSERT INTO public.events VALUES (31, 'e111f4d0-64a2-485d-b1c3-0a496eeb9b72', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.478941+00', 'fees', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 1300, "kassenzeichen": "2600000109"}, {"account": "4311", "amount_cents": -520, "kassenzeichen": null}, {"account": "3520", "amount_cents": -780, "kassenzeichen": null}], "entry_id": "adf73109-1aad-4c5a-b7a8-6a5532514068", "booked_on": "2026-12-06", "description": "Sollstellung Führungszeugnis", "kassenzeichen": "2600000109"}', '9592ec34d0821b1cfd4f6c7a0786e188fc0bee05c4462de8915680d599318943', '3740e82b8088942bd27b60916e80f1d752a98814b2243d1cf0e13f67006bd17a', 'fees.20261206T203708278147Z.9b37e508', '7qAlQtrsgATO4xZft3h0leR40Ciyh7ZuHIuCB0QiUwrFHKmVhojn9dW+olxrusF36+nx/0mgs//pCBECIiS4Aw==');
INSERT INTO public.events VALUES (32, '1c4fd82b-fd2a-46c8-a641-fb1f55849ecb', '360ca019-46cd-4134-a9ee-4a77b331cc63', 1, 'FeeAssessed', 1, '2026-12-06 20:37:08.480058+00', 'fees', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '{"currency": "EUR", "line_items": [{"code": "GEW-AN", "quantity": 1, "unit_cents": 2600, "description": "Gewerbeanmeldung", "amount_cents": 2600, "legal_source": "AllGO LSA Kostentarif lfd. Nr. 69.1 (Rahmen 15 bis 60 EUR; Betrag wie Magdeburg)"}], "service_id": "gewerbeanmeldung", "total_cents": 2600, "schedule_version": "oschersleben-2024-01-01"}', '0000000000000000000000000000000000000000000000000000000000000000', '58523dbaa81a719edba68f4e9636b03c042f5fb75c784bdfff9efc94df09e333', 'fees.20261206T203708278147Z.9b37e508', '4C/6SIT1YEWCAEO62+ZcX2eOlmqD5rKAoIDll2qYWS1+D00Gnsxv94M/H3jPNxVQFunTEeqGUMBBilKDftmvAA==');
INSERT INTO public.events VALUES (33, '3fd41d85-363f-4268-9769-a3c7366b1592', '360ca019-46cd-4134-a9ee-4a77b331cc63', 2, 'PaymentRequested', 1, '2026-12-06 20:37:08.480058+00', 'fees', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '{"due_on": "2026-12-20", "currency": "EUR", "amount_cents": 2600, "kassenzeichen": "2600000117"}', '58523dbaa81a719edba68f4e9636b03c042f5fb75c784bdfff9efc94df09e333', '2f3d077396b409c21d34c615f3feffc9af6797d54cc55572b89789a2a60adc87', 'fees.20261206T203708278147Z.9b37e508', 'ni3s7z++W4hxY5ZgCaWcudJBgC1GwoI0HBwCIPZ0UJeBh7HZBkGzJd0CN58qpP/hBT+u9pD5k5hbOYjHSaI4Cw==');
INSERT INTO public.events VALUES (34, '50721566-d1a5-4075-adf6-65844d9aa884', '360ca019-46cd-4134-a9ee-4a77b331cc63', 3, 'FeeBooked', 1, '2026-12-06 20:37:08.480058+00', 'fees', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '{"kind": "assessment", "lines": [{"account": "1611", "amount_cents": 2600, "kassenzeichen": "2600000117"}, {"account": "4313", "amount_cents": -2600, "kassenzeichen": null}], "entry_id": "9dc739dc-02bc-4e8e-8ab4-dadbb993050e", "booked_on": "2026-12-06", "description": "Sollstellung Gewerbeanmeldung", "kassenzeichen": "2600000117"}', '2f3d077396b409c21d34c615f3feffc9af6797d54cc55572b89789a2a60adc87', '1bccda475768a29e32799b70887a7ccc0965b8a92bcacd62cfb2f9ce6c8b23b0', 'fees.20261206T203708278147Z.9b37e508', '8Rvxd+IFIXiglB4Qnwiri9C1P1y0IffeF/nOTt+IH/PqXwLdex098GBQ8BHFTcYe/pw2OK6640q98Y+48pnoDw==');
INSERT INTO public.events VALUES (35, '3816fa43-6289-4752-9fcb-400ea5aec4b5', '688d42c4-d760-476f-85b8-3632d08ed303', 4, 'PaymentReceived', 1, '2026-12-06 20:37:08.954914+00', 'fees', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', 'dc10fcff-0718-4b01-a94e-ae8ecafea240', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:08.923110+00:00", "provider": "epaybl", "payment_id": "DEMO-137ec3735784", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000018"}', '185f9608cff57cb19f656d0ebb911a22f2e665782af686a23f6c4a65f36105a0', 'cfbf675b4ce137953f499832f6e1aaadfac99f26c46dfc94565005c3b544ff43', 'fees.20261206T203708278147Z.9b37e508', 'LOicy93zYa9dt2M4hYfcrpJj1m65ww779kFoXUvYI+FUSKTKsu/bzbTISSbtL9BxJeIaDVV54SHvQPNhLomBCw==');
INSERT INTO public.events VALUES (36, '24bd4797-1765-4498-a8c0-4194569208a8', '688d42c4-d760-476f-85b8-3632d08ed303', 5, 'FeeBooked', 1, '2026-12-06 20:37:08.954914+00', 'fees', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '3816fa43-6289-4752-9fcb-400ea5aec4b5', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2600, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2600, "kassenzeichen": "2600000018"}], "entry_id": "18bee624-9f0a-4a18-8711-80b95328162b", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-137ec3735784", "kassenzeichen": "2600000018"}', 'cfbf675b4ce137953f499832f6e1aaadfac99f26c46dfc94565005c3b544ff43', 'e927f34d16fd37ac845723af8b78e16262dfdc330fc3d7fbb5308f48cc544fb7', 'fees.20261206T203708278147Z.9b37e508', 'lJPZ4cFyuk3BX9AK7a2Z7ZBxJ9PE0a7aHv5ubw+wrJuZQY7PITXn/nX8OQKsSHQvyWulBe/mBP3YRc7F4abfCw==');
INSERT INTO public.events VALUES (37, '9a910bd4-c997-4e5a-8c52-080f36422c60', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 4, 'PaymentReceived', 1, '2026-12-06 20:37:09.050924+00', 'fees', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', 'd923ae52-7a60-4911-9178-0274898b164b', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.003531+00:00", "provider": "epaybl", "payment_id": "DEMO-ad7481a11cbc", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000042"}', 'ef227736ab56a483a8302ec8a006c3b802278b1c208a5570f1b4b41f540020cf', '30ee73e109b2bcea40e780a97c876f22b1709e29a284474ec612e3adf9678e3f', 'fees.20261206T203708278147Z.9b37e508', '1CHDJtr0GD4GWbybf4oxkB5Mdf0gCQnVVgaCJah+NdkSEaxQU2FUpc9u0qWaj/IIIIQZC3B5oZ37uHP6gvoNBA==');
INSERT INTO public.events VALUES (38, 'ca567ebf-f158-4a8e-8772-b7e5930f705b', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 5, 'FeeBooked', 1, '2026-12-06 20:37:09.050924+00', 'fees', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '9a910bd4-c997-4e5a-8c52-080f36422c60', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2600, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2600, "kassenzeichen": "2600000042"}], "entry_id": "bd45ba89-61de-4bc5-8922-ffc2e757a0c6", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-ad7481a11cbc", "kassenzeichen": "2600000042"}', '30ee73e109b2bcea40e780a97c876f22b1709e29a284474ec612e3adf9678e3f', '4bb33d263f86f9d973247ca9c39013cec436059e1f068701de82dc768097ec7e', 'fees.20261206T203708278147Z.9b37e508', 'zfOr2+VZOKPNFmYu0KBLTqzM6PTKptIlD0YZy4bL4d617IkqJdqZmspMzMjRRRFTpU5t8IpOC1mVHGJ8LsbhBg==');
INSERT INTO public.events VALUES (39, '1467c00a-3679-4562-b970-a17bf8dd1311', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 4, 'PaymentReceived', 1, '2026-12-06 20:37:09.119016+00', 'fees', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', 'e3b4e2d0-55a7-4018-8906-43570f30f492', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.104836+00:00", "provider": "epaybl", "payment_id": "DEMO-cc4d20cdccb4", "amount_cents": 2000, "excess_cents": 0, "applied_cents": 2000, "kassenzeichen": "2600000059"}', 'faa05a1b4bf387d4f73597a1d81a59fc0cb0123c89fe9bbd6b0f54a9ef455fe9', 'd85da4417dfc76a7fe2c4f932be5f3a0854071062a584848f83e3713971f6c19', 'fees.20261206T203708278147Z.9b37e508', '4qYcGKKDF4LbjChrzg76aIrb26zdPPbSLjho1yyrBo35csUm4gdgCsfbyCfIfA5ZxpYbSd6ou2rd/jzr/h05Cw==');
INSERT INTO public.events VALUES (40, 'e26d74e3-db87-4e01-93db-7a041c402891', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 5, 'FeeBooked', 1, '2026-12-06 20:37:09.119016+00', 'fees', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '1467c00a-3679-4562-b970-a17bf8dd1311', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2000, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2000, "kassenzeichen": "2600000059"}], "entry_id": "52817832-d652-4814-81bb-1d97e03678e4", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-cc4d20cdccb4", "kassenzeichen": "2600000059"}', 'd85da4417dfc76a7fe2c4f932be5f3a0854071062a584848f83e3713971f6c19', '7719ae57f1f65ea6ed248ee09e3752e9eeefae809b13d14e9fb3236c97c9c9b1', 'fees.20261206T203708278147Z.9b37e508', 'TaUSKCD2t5M9YNiobUvkW5Fdg6GHf/DOXUr6zvgwXUTfgfCSQkDelczXA6H4+oMPO8p8WtOpOOMU6/ZJE3mOBg==');
INSERT INTO public.events VALUES (41, '1ed95a5c-fedb-4e56-9cd1-9158dac03322', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 4, 'PaymentReceived', 1, '2026-12-06 20:37:09.145124+00', 'fees', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', 'a18aa002-5c91-42fd-baff-5a06d6e48ede', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.139134+00:00", "provider": "epaybl", "payment_id": "DEMO-eb8824efd038", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000091"}', '0b90eeb69b3ffcf88a02d755ed06314ff493322a374684e50a07d6b918d6d46e', '1b8c33ca0c71fe0a199a293f6e41b73f81560fa3bb47f5f4e6bede854357ddcc', 'fees.20261206T203708278147Z.9b37e508', 'ynJqScMMQ/655zWMNB0adkF04fI6y8X5ByDJEq2Xkac33PEGDwI1Z4n5Y9RnFxo7bIV+JoUIkpkUEXwFGjpUBg==');
INSERT INTO public.events VALUES (42, 'cb594ca7-67fb-497b-b580-6612d25ba81c', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 5, 'FeeBooked', 1, '2026-12-06 20:37:09.145124+00', 'fees', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '1ed95a5c-fedb-4e56-9cd1-9158dac03322', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2600, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2600, "kassenzeichen": "2600000091"}], "entry_id": "4cec486e-1dd0-4528-9ccd-171618a4c809", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-eb8824efd038", "kassenzeichen": "2600000091"}', '1b8c33ca0c71fe0a199a293f6e41b73f81560fa3bb47f5f4e6bede854357ddcc', 'ad82080e446d04559464e2e673c4ad5a7afb3e1a43c31060220bb6daea2ca69c', 'fees.20261206T203708278147Z.9b37e508', 'ZzxfSCvJw8U0kHv0iqu4W4KBkviixBY2TZzooFYuGUC8FW7vXqIxKPEu9Adk+uLXrUp1nbG00JYR3MKReWX/AA==');
INSERT INTO public.events VALUES (45, '473b8690-ae03-4b48-b034-61f3f82c8cd4', 'be46ab3c-764c-41bc-b211-79628df65484', 4, 'PaymentReceived', 1, '2026-12-06 20:37:09.283872+00', 'fees', '168acc99-20dc-4f93-8871-04fed7f6aac5', '81f5aac2-b842-4ac9-a6c6-a347af6b72af', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.273156+00:00", "provider": "epaybl", "payment_id": "DEMO-b756a1aab385", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000067"}', '3f455bc3dedb4755be083e52c69a603c4358cd0ed5e2649c5c06dad6a02d9014', '9253631018d666cd08267d593380f1e45a9f1d7e2135cbb9c25b010e8bd4a084', 'fees.20261206T203708278147Z.9b37e508', 'Ly0KyHTAseqPtEvfZlXKlJJBGGr/alVzKMsCEiUX+UOGotEq4Xv1N0mWULjSWbwX2HqCIKrin31U5Sr/YUOLCQ==');
INSERT INTO public.events VALUES (46, '1819ee27-dc1d-4802-93d9-84145bab15ce', 'be46ab3c-764c-41bc-b211-79628df65484', 5, 'FeeBooked', 1, '2026-12-06 20:37:09.283872+00', 'fees', '168acc99-20dc-4f93-8871-04fed7f6aac5', '473b8690-ae03-4b48-b034-61f3f82c8cd4', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2600, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2600, "kassenzeichen": "2600000067"}], "entry_id": "3cc558b9-6a61-472f-92cd-33ec123b3fe9", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-b756a1aab385", "kassenzeichen": "2600000067"}', '9253631018d666cd08267d593380f1e45a9f1d7e2135cbb9c25b010e8bd4a084', '8845fc95cfbd3cd8e9d8937b60e11f378148f5f34a77242cfe01066f9e885a16', 'fees.20261206T203708278147Z.9b37e508', 'VcbWWjSTfxXREyi0UnfydT12fUc0ml2eB9bDR7eKU0VJHX8R/dGttNCE14Gu5GoPP8msiaMtLgPb10WWG2rmCw==');
INSERT INTO public.events VALUES (47, '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '360ca019-46cd-4134-a9ee-4a77b331cc63', 4, 'PaymentReceived', 1, '2026-12-06 20:37:09.460641+00', 'fees', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '3fd41d85-363f-4268-9769-a3c7366b1592', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.444547+00:00", "provider": "epaybl", "payment_id": "DEMO-539757191965", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000117"}', '1bccda475768a29e32799b70887a7ccc0965b8a92bcacd62cfb2f9ce6c8b23b0', '3a3353c36d71ef1f926810cb4983cc0a6f759ffbc4569e5c4f1383b3cbef4bed', 'fees.20261206T203708278147Z.9b37e508', 'yjok/VmYLRhER757pmQ8xRAjvQIKlMDkMQrX+R1iKaNorgoPJBMV/8z1CKzzCoaJ2/+lifkvDGc7Fz5VJYJjBw==');
INSERT INTO public.events VALUES (48, 'af14886e-e2bc-4d0b-87aa-c8f07fe2d074', '360ca019-46cd-4134-a9ee-4a77b331cc63', 5, 'FeeBooked', 1, '2026-12-06 20:37:09.460641+00', 'fees', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2600, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2600, "kassenzeichen": "2600000117"}], "entry_id": "30824dfb-4ad8-4a35-9091-397deeb918c4", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-539757191965", "kassenzeichen": "2600000117"}', '3a3353c36d71ef1f926810cb4983cc0a6f759ffbc4569e5c4f1383b3cbef4bed', '8679c46feff9ba9f19e4afb8962f549a37ed319cb37740734b45b584ce66824c', 'fees.20261206T203708278147Z.9b37e508', 'OUQeQi+/fl4KxNMBr6N6Y2wAO6bI9umM9UDKl0F9Sv8FSFnKV1ZArAgJeVulCeZY4LhBBpnwS/G1Mb0ABU8SBw==');
INSERT INTO public.events VALUES (43, 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 4, 'PaymentReceived', 1, '2026-12-06 20:37:09.215782+00', 'fees', '83f589e2-2353-4d67-a016-16429ec16668', 'd8faf650-406f-4462-b90f-5d9c97715e0b', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.192821+00:00", "provider": "epaybl", "payment_id": "DEMO-7ce060723baf", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000026"}', 'a39a86427fb53f277a02deac1a29c4c4e67415bd7eb09ef5943b882fe34f5fbf', 'a6761ab9515bfed69dd218b2faf74b28bc74afb275b0109d4135b6c7a7351766', 'fees.20261206T203708278147Z.9b37e508', 'mnLxPEmrb//5d99W1Eu9zRd+Z267ZwJPavyFBmu64XewUNf1ct2sIRVrDNEgyJXyGiPykVyG7OmYRfOrGxdaCA==');
INSERT INTO public.events VALUES (44, 'bfd056af-7476-421b-aa95-cf1136fdf78d', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 5, 'FeeBooked', 1, '2026-12-06 20:37:09.215782+00', 'fees', '83f589e2-2353-4d67-a016-16429ec16668', 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2600, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2600, "kassenzeichen": "2600000026"}], "entry_id": "b00b34f2-3df1-46e4-bebf-1e28b37bd955", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-7ce060723baf", "kassenzeichen": "2600000026"}', 'a6761ab9515bfed69dd218b2faf74b28bc74afb275b0109d4135b6c7a7351766', 'f1855a584237d98d1a1bdf4c81c0b940e5ab207a41f8b505956a107c4a663622', 'fees.20261206T203708278147Z.9b37e508', 'KHCwW1Q/S+eo9QzrtAmDfINy+azZngxtGlPnzr0pksBuo3K/56iG4p7Ib0/6OEGjxsNVbIs95O7WrMB2NNTVCQ==');
INSERT INTO public.events VALUES (49, '67ba0e4b-572c-4618-8aaf-756c881073b4', 'bffdce7f-6051-408d-864c-c217eab382d2', 4, 'PaymentReceived', 1, '2026-12-06 20:37:09.497018+00', 'fees', '40cd084f-f7b6-4739-8490-21bc6011f979', 'd4c09e29-b615-4404-a63e-a38bf411e0de', '{"outcome": "settled", "paid_at": "2026-12-06T20:37:09.484530+00:00", "provider": "epaybl", "payment_id": "DEMO-e4e8f2f75dec", "amount_cents": 2600, "excess_cents": 0, "applied_cents": 2600, "kassenzeichen": "2600000083"}', 'dadb6c9f1353fcec7b1129b763496aaf4e769e182976850208c02c63a99680df', '2a9d976f912d1bb12ac27286bc5fa6535a6e29365c583f6b9a7e56170e8d53e6', 'fees.20261206T203708278147Z.9b37e508', 'hNMu4lCcyl+4SinOlg3yCBJJAReFk8vHbahxbwVGgL7LMxINavK6MEk8j5dEXlYvbmZL83Ois9diw4l2cn2zCA==');
INSERT INTO public.events VALUES (50, 'cb4c676c-09c8-4cb4-ade1-88d231aedf4a', 'bffdce7f-6051-408d-864c-c217eab382d2', 5, 'FeeBooked', 1, '2026-12-06 20:37:09.497018+00', 'fees', '40cd084f-f7b6-4739-8490-21bc6011f979', '67ba0e4b-572c-4618-8aaf-756c881073b4', '{"kind": "payment", "lines": [{"account": "1810", "amount_cents": 2600, "kassenzeichen": null}, {"account": "1611", "amount_cents": -2600, "kassenzeichen": "2600000083"}], "entry_id": "69e9f60a-d4c2-484b-bc9d-c8aa52bfba29", "booked_on": "2026-12-06", "description": "Zahlungseingang epaybl DEMO-e4e8f2f75dec", "kassenzeichen": "2600000083"}', '2a9d976f912d1bb12ac27286bc5fa6535a6e29365c583f6b9a7e56170e8d53e6', 'e9b2ad16a937931f792e812f4b8ad212a0340109410acd1fbf356e6c5ead58bc', 'fees.20261206T203708278147Z.9b37e508', 'iMGpTvNs088JwxA1qVyoTjMCjBRSz6DBa/mQPZemBK2zAPSGTswjRvLgEqgFdWJ3lUXK5UoaJroc+81YoOxZBQ==');


--
-- Data for Name: journal_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_entries VALUES ('a1ae61fd-3e43-4798-8d09-da9e59873bec', 'afe51e9d-f08b-4460-8c3d-739a6a3e850e', '688d42c4-d760-476f-85b8-3632d08ed303', '2600000018', 'assessment', '2026-12-06', '2026-12-06 20:37:08.272297+00', 'Sollstellung Gewerbeanmeldung');
INSERT INTO public.journal_entries VALUES ('fe7c40fa-d577-48d1-86e9-e48c01b861fa', 'c1a61dcc-894c-415c-9d92-5b6152a0f703', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2600000026', 'assessment', '2026-12-06', '2026-12-06 20:37:08.461453+00', 'Sollstellung Gewerbeanmeldung');
INSERT INTO public.journal_entries VALUES ('9d6cbe8a-2903-4f71-8088-bbf3ceca4868', '12962f6a-52c8-4943-af44-71a45eb822a4', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', '2600000034', 'assessment', '2026-12-06', '2026-12-06 20:37:08.463093+00', 'Sollstellung Geburtsurkunde');
INSERT INTO public.journal_entries VALUES ('d076da21-fd98-43d5-bf9a-ad20a5e7efcb', '8b6fecea-154f-4a2a-a9f2-bbc89f2eb1bf', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2600000042', 'assessment', '2026-12-06', '2026-12-06 20:37:08.464219+00', 'Sollstellung Gewerbeanmeldung');
INSERT INTO public.journal_entries VALUES ('fb243242-1b2c-4d55-909b-7dd614340edd', '540b6d7a-c33e-474d-9c81-b78d7feec834', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2600000059', 'assessment', '2026-12-06', '2026-12-06 20:37:08.465238+00', 'Sollstellung Meldebescheinigung');
INSERT INTO public.journal_entries VALUES ('686fcbcc-455e-4742-ab7e-f93b8f46d38d', '63a2019b-5a6e-4982-9ea7-18443ced7673', 'be46ab3c-764c-41bc-b211-79628df65484', '2600000067', 'assessment', '2026-12-06', '2026-12-06 20:37:08.466677+00', 'Sollstellung Gewerbeanmeldung');
INSERT INTO public.journal_entries VALUES ('04807cb5-0d8f-4734-bc65-d27fee2eb75d', '83d4e428-1df3-4b11-ab02-38d3d6f7cef3', '07da1392-91d3-4d7a-847f-104a1a3b4308', '2600000075', 'assessment', '2026-12-06', '2026-12-06 20:37:08.468735+00', 'Sollstellung Meldebescheinigung');
INSERT INTO public.journal_entries VALUES ('28dc0e4b-b6f1-40c2-bdbd-d86902c97573', 'fe3c6ce8-2619-4e65-9c98-b7c64925a13e', 'bffdce7f-6051-408d-864c-c217eab382d2', '2600000083', 'assessment', '2026-12-06', '2026-12-06 20:37:08.469771+00', 'Sollstellung Gewerbeanmeldung');
INSERT INTO public.journal_entries VALUES ('1a6a308f-19ca-4344-ab59-4729bb63e4db', '6c6458ec-940f-4647-a983-8406f97dcb22', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2600000091', 'assessment', '2026-12-06', '2026-12-06 20:37:08.47749+00', 'Sollstellung Gewerbeanmeldung');
INSERT INTO public.journal_entries VALUES ('adf73109-1aad-4c5a-b7a8-6a5532514068', 'e111f4d0-64a2-485d-b1c3-0a496eeb9b72', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', '2600000109', 'assessment', '2026-12-06', '2026-12-06 20:37:08.478941+00', 'Sollstellung Führungszeugnis');
INSERT INTO public.journal_entries VALUES ('9dc739dc-02bc-4e8e-8ab4-dadbb993050e', '50721566-d1a5-4075-adf6-65844d9aa884', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2600000117', 'assessment', '2026-12-06', '2026-12-06 20:37:08.480058+00', 'Sollstellung Gewerbeanmeldung');
INSERT INTO public.journal_entries VALUES ('18bee624-9f0a-4a18-8711-80b95328162b', '24bd4797-1765-4498-a8c0-4194569208a8', '688d42c4-d760-476f-85b8-3632d08ed303', '2600000018', 'payment', '2026-12-06', '2026-12-06 20:37:08.954914+00', 'Zahlungseingang epaybl DEMO-137ec3735784');
INSERT INTO public.journal_entries VALUES ('bd45ba89-61de-4bc5-8922-ffc2e757a0c6', 'ca567ebf-f158-4a8e-8772-b7e5930f705b', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', '2600000042', 'payment', '2026-12-06', '2026-12-06 20:37:09.050924+00', 'Zahlungseingang epaybl DEMO-ad7481a11cbc');
INSERT INTO public.journal_entries VALUES ('52817832-d652-4814-81bb-1d97e03678e4', 'e26d74e3-db87-4e01-93db-7a041c402891', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', '2600000059', 'payment', '2026-12-06', '2026-12-06 20:37:09.119016+00', 'Zahlungseingang epaybl DEMO-cc4d20cdccb4');
INSERT INTO public.journal_entries VALUES ('4cec486e-1dd0-4528-9ccd-171618a4c809', 'cb594ca7-67fb-497b-b580-6612d25ba81c', '3a09f592-87f2-4da9-ae2d-c43842d4525c', '2600000091', 'payment', '2026-12-06', '2026-12-06 20:37:09.145124+00', 'Zahlungseingang epaybl DEMO-eb8824efd038');
INSERT INTO public.journal_entries VALUES ('b00b34f2-3df1-46e4-bebf-1e28b37bd955', 'bfd056af-7476-421b-aa95-cf1136fdf78d', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', '2600000026', 'payment', '2026-12-06', '2026-12-06 20:37:09.215782+00', 'Zahlungseingang epaybl DEMO-7ce060723baf');
INSERT INTO public.journal_entries VALUES ('3cc558b9-6a61-472f-92cd-33ec123b3fe9', '1819ee27-dc1d-4802-93d9-84145bab15ce', 'be46ab3c-764c-41bc-b211-79628df65484', '2600000067', 'payment', '2026-12-06', '2026-12-06 20:37:09.283872+00', 'Zahlungseingang epaybl DEMO-b756a1aab385');
INSERT INTO public.journal_entries VALUES ('30824dfb-4ad8-4a35-9091-397deeb918c4', 'af14886e-e2bc-4d0b-87aa-c8f07fe2d074', '360ca019-46cd-4134-a9ee-4a77b331cc63', '2600000117', 'payment', '2026-12-06', '2026-12-06 20:37:09.460641+00', 'Zahlungseingang epaybl DEMO-539757191965');
INSERT INTO public.journal_entries VALUES ('69e9f60a-d4c2-484b-bc9d-c8aa52bfba29', 'cb4c676c-09c8-4cb4-ade1-88d231aedf4a', 'bffdce7f-6051-408d-864c-c217eab382d2', '2600000083', 'payment', '2026-12-06', '2026-12-06 20:37:09.497018+00', 'Zahlungseingang epaybl DEMO-e4e8f2f75dec');


--
-- Data for Name: journal_lines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_lines VALUES ('a1ae61fd-3e43-4798-8d09-da9e59873bec', 1, '1611', '2600000018', 2600);
INSERT INTO public.journal_lines VALUES ('a1ae61fd-3e43-4798-8d09-da9e59873bec', 2, '4313', NULL, -2600);
INSERT INTO public.journal_lines VALUES ('fe7c40fa-d577-48d1-86e9-e48c01b861fa', 1, '1611', '2600000026', 2600);
INSERT INTO public.journal_lines VALUES ('fe7c40fa-d577-48d1-86e9-e48c01b861fa', 2, '4313', NULL, -2600);
INSERT INTO public.journal_lines VALUES ('9d6cbe8a-2903-4f71-8088-bbf3ceca4868', 1, '1611', '2600000034', 2000);
INSERT INTO public.journal_lines VALUES ('9d6cbe8a-2903-4f71-8088-bbf3ceca4868', 2, '4312', NULL, -2000);
INSERT INTO public.journal_lines VALUES ('d076da21-fd98-43d5-bf9a-ad20a5e7efcb', 1, '1611', '2600000042', 2600);
INSERT INTO public.journal_lines VALUES ('d076da21-fd98-43d5-bf9a-ad20a5e7efcb', 2, '4313', NULL, -2600);
INSERT INTO public.journal_lines VALUES ('fb243242-1b2c-4d55-909b-7dd614340edd', 1, '1611', '2600000059', 2000);
INSERT INTO public.journal_lines VALUES ('fb243242-1b2c-4d55-909b-7dd614340edd', 2, '4311', NULL, -2000);
INSERT INTO public.journal_lines VALUES ('686fcbcc-455e-4742-ab7e-f93b8f46d38d', 1, '1611', '2600000067', 2600);
INSERT INTO public.journal_lines VALUES ('686fcbcc-455e-4742-ab7e-f93b8f46d38d', 2, '4313', NULL, -2600);
INSERT INTO public.journal_lines VALUES ('04807cb5-0d8f-4734-bc65-d27fee2eb75d', 1, '1611', '2600000075', 2000);
INSERT INTO public.journal_lines VALUES ('04807cb5-0d8f-4734-bc65-d27fee2eb75d', 2, '4311', NULL, -2000);
INSERT INTO public.journal_lines VALUES ('28dc0e4b-b6f1-40c2-bdbd-d86902c97573', 1, '1611', '2600000083', 2600);
INSERT INTO public.journal_lines VALUES ('28dc0e4b-b6f1-40c2-bdbd-d86902c97573', 2, '4313', NULL, -2600);
INSERT INTO public.journal_lines VALUES ('1a6a308f-19ca-4344-ab59-4729bb63e4db', 1, '1611', '2600000091', 2600);
INSERT INTO public.journal_lines VALUES ('1a6a308f-19ca-4344-ab59-4729bb63e4db', 2, '4313', NULL, -2600);
INSERT INTO public.journal_lines VALUES ('adf73109-1aad-4c5a-b7a8-6a5532514068', 1, '1611', '2600000109', 1300);
INSERT INTO public.journal_lines VALUES ('adf73109-1aad-4c5a-b7a8-6a5532514068', 2, '4311', NULL, -520);
INSERT INTO public.journal_lines VALUES ('adf73109-1aad-4c5a-b7a8-6a5532514068', 3, '3520', NULL, -780);
INSERT INTO public.journal_lines VALUES ('9dc739dc-02bc-4e8e-8ab4-dadbb993050e', 1, '1611', '2600000117', 2600);
INSERT INTO public.journal_lines VALUES ('9dc739dc-02bc-4e8e-8ab4-dadbb993050e', 2, '4313', NULL, -2600);
INSERT INTO public.journal_lines VALUES ('18bee624-9f0a-4a18-8711-80b95328162b', 1, '1810', NULL, 2600);
INSERT INTO public.journal_lines VALUES ('18bee624-9f0a-4a18-8711-80b95328162b', 2, '1611', '2600000018', -2600);
INSERT INTO public.journal_lines VALUES ('bd45ba89-61de-4bc5-8922-ffc2e757a0c6', 1, '1810', NULL, 2600);
INSERT INTO public.journal_lines VALUES ('bd45ba89-61de-4bc5-8922-ffc2e757a0c6', 2, '1611', '2600000042', -2600);
INSERT INTO public.journal_lines VALUES ('52817832-d652-4814-81bb-1d97e03678e4', 1, '1810', NULL, 2000);
INSERT INTO public.journal_lines VALUES ('52817832-d652-4814-81bb-1d97e03678e4', 2, '1611', '2600000059', -2000);
INSERT INTO public.journal_lines VALUES ('4cec486e-1dd0-4528-9ccd-171618a4c809', 1, '1810', NULL, 2600);
INSERT INTO public.journal_lines VALUES ('4cec486e-1dd0-4528-9ccd-171618a4c809', 2, '1611', '2600000091', -2600);
INSERT INTO public.journal_lines VALUES ('b00b34f2-3df1-46e4-bebf-1e28b37bd955', 1, '1810', NULL, 2600);
INSERT INTO public.journal_lines VALUES ('b00b34f2-3df1-46e4-bebf-1e28b37bd955', 2, '1611', '2600000026', -2600);
INSERT INTO public.journal_lines VALUES ('3cc558b9-6a61-472f-92cd-33ec123b3fe9', 1, '1810', NULL, 2600);
INSERT INTO public.journal_lines VALUES ('3cc558b9-6a61-472f-92cd-33ec123b3fe9', 2, '1611', '2600000067', -2600);
INSERT INTO public.journal_lines VALUES ('30824dfb-4ad8-4a35-9091-397deeb918c4', 1, '1810', NULL, 2600);
INSERT INTO public.journal_lines VALUES ('30824dfb-4ad8-4a35-9091-397deeb918c4', 2, '1611', '2600000117', -2600);
INSERT INTO public.journal_lines VALUES ('69e9f60a-d4c2-484b-bc9d-c8aa52bfba29', 1, '1810', NULL, 2600);
INSERT INTO public.journal_lines VALUES ('69e9f60a-d4c2-484b-bc9d-c8aa52bfba29', 2, '1611', '2600000083', -2600);


--
-- Data for Name: kassenzeichen_counters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.kassenzeichen_counters VALUES (2026, 11);


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, 1, 'cases.fees', '2026-12-06 20:37:08.604238+00');
INSERT INTO public.outbox VALUES (2, 2, 'cases.fees', '2026-12-06 20:37:08.604238+00');
INSERT INTO public.outbox VALUES (3, 3, 'cases.fees', '2026-12-06 20:37:08.604238+00');
INSERT INTO public.outbox VALUES (4, 4, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (5, 5, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (6, 6, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (7, 7, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (8, 8, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (9, 9, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (10, 10, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (11, 11, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (12, 12, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (13, 13, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (14, 14, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (15, 15, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (16, 16, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (17, 17, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (18, 18, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (19, 19, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (20, 20, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (21, 21, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (22, 22, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (23, 23, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (24, 24, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (25, 25, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (26, 26, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (27, 27, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (28, 28, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (29, 29, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (30, 30, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (31, 31, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (32, 32, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (33, 33, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (34, 34, 'cases.fees', '2026-12-06 20:37:08.680039+00');
INSERT INTO public.outbox VALUES (35, 35, 'cases.fees', '2026-12-06 20:37:09.119142+00');
INSERT INTO public.outbox VALUES (36, 36, 'cases.fees', '2026-12-06 20:37:09.119142+00');
INSERT INTO public.outbox VALUES (37, 37, 'cases.fees', '2026-12-06 20:37:09.127996+00');
INSERT INTO public.outbox VALUES (38, 38, 'cases.fees', '2026-12-06 20:37:09.127996+00');
INSERT INTO public.outbox VALUES (39, 39, 'cases.fees', '2026-12-06 20:37:09.138325+00');
INSERT INTO public.outbox VALUES (40, 40, 'cases.fees', '2026-12-06 20:37:09.138325+00');
INSERT INTO public.outbox VALUES (41, 41, 'cases.fees', '2026-12-06 20:37:09.271744+00');
INSERT INTO public.outbox VALUES (42, 42, 'cases.fees', '2026-12-06 20:37:09.271744+00');
INSERT INTO public.outbox VALUES (43, 43, 'cases.fees', '2026-12-06 20:37:09.271744+00');
INSERT INTO public.outbox VALUES (44, 44, 'cases.fees', '2026-12-06 20:37:09.271744+00');
INSERT INTO public.outbox VALUES (45, 45, 'cases.fees', '2026-12-06 20:37:09.429774+00');
INSERT INTO public.outbox VALUES (46, 46, 'cases.fees', '2026-12-06 20:37:09.429774+00');
INSERT INTO public.outbox VALUES (47, 47, 'cases.fees', '2026-12-06 20:37:09.564738+00');
INSERT INTO public.outbox VALUES (48, 48, 'cases.fees', '2026-12-06 20:37:09.564738+00');
INSERT INTO public.outbox VALUES (49, 49, 'cases.fees', '2026-12-06 20:37:09.564738+00');
INSERT INTO public.outbox VALUES (50, 50, 'cases.fees', '2026-12-06 20:37:09.564738+00');


--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('fees', '052f564f-be9e-4f54-b1b1-098b4c9f37bb', '2026-12-06 20:37:08.280729+00');
INSERT INTO public.processed_events VALUES ('fees', '83f589e2-2353-4d67-a016-16429ec16668', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', 'd860b0ed-7ee1-4790-b9b9-bc292edabe35', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', '1c4fe492-40cf-4397-a5b8-3c2b06b7ad38', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', 'fbb177f0-6648-4c03-a467-b6f383ba9ea4', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', '0bfdfa03-a529-4928-9fc5-7c746ea69c91', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', '168acc99-20dc-4f93-8871-04fed7f6aac5', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', 'fa517c18-f32a-4a22-8565-aa3d59b1c637', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', '40cd084f-f7b6-4739-8490-21bc6011f979', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', 'ffb52a5f-1518-4402-9630-25086b3d2aa0', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', '2feadc84-60c7-4bb7-96ab-f0cbc96c6b2d', '2026-12-06 20:37:08.480831+00');
INSERT INTO public.processed_events VALUES ('fees', 'f72c4c95-37cb-441e-aa34-6a4aef28ca4b', '2026-12-06 20:37:08.480831+00');


--
-- Data for Name: provider_payments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-137ec3735784', '3816fa43-6289-4752-9fcb-400ea5aec4b5', '2600000018', 2600, 'settled');
INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-ad7481a11cbc', '9a910bd4-c997-4e5a-8c52-080f36422c60', '2600000042', 2600, 'settled');
INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-cc4d20cdccb4', '1467c00a-3679-4562-b970-a17bf8dd1311', '2600000059', 2000, 'settled');
INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-eb8824efd038', '1ed95a5c-fedb-4e56-9cd1-9158dac03322', '2600000091', 2600, 'settled');
INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-7ce060723baf', 'b03bc565-f6d5-40d9-8810-1458bab3a4aa', '2600000026', 2600, 'settled');
INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-b756a1aab385', '473b8690-ae03-4b48-b034-61f3f82c8cd4', '2600000067', 2600, 'settled');
INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-539757191965', '46fdfdc2-b6c9-4e37-9498-5011b6526a7d', '2600000117', 2600, 'settled');
INSERT INTO public.provider_payments VALUES ('epaybl', 'DEMO-e4e8f2f75dec', '67ba0e4b-572c-4618-8aaf-756c881073b4', '2600000083', 2600, 'settled');


--
-- Data for Name: receivables; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.receivables VALUES ('2600000034', '4673831b-1493-4ea8-8f0c-bdf4d0327fdf', 'geburtsurkunde', 2000, 0, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000075', '07da1392-91d3-4d7a-847f-104a1a3b4308', 'meldebescheinigung', 2000, 0, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000109', 'b6db4739-02a0-4eb1-9e81-2f57843a3196', 'fuehrungszeugnis', 1300, 0, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000018', '688d42c4-d760-476f-85b8-3632d08ed303', 'gewerbeanmeldung', 2600, 2600, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000042', '1dba7ec6-364a-4cde-8802-d2d3e3db30b0', 'gewerbeanmeldung', 2600, 2600, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000059', '14cc0b0e-e0c3-42f6-96ea-0b0315b53be1', 'meldebescheinigung', 2000, 2000, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000091', '3a09f592-87f2-4da9-ae2d-c43842d4525c', 'gewerbeanmeldung', 2600, 2600, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000026', '4ce2fda0-ef6f-4759-8457-a3f6df0a977d', 'gewerbeanmeldung', 2600, 2600, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000067', 'be46ab3c-764c-41bc-b211-79628df65484', 'gewerbeanmeldung', 2600, 2600, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000117', '360ca019-46cd-4134-a9ee-4a77b331cc63', 'gewerbeanmeldung', 2600, 2600, 0, 0, 0, '2026-12-20');
INSERT INTO public.receivables VALUES ('2600000083', 'bffdce7f-6051-408d-864c-c217eab382d2', 'gewerbeanmeldung', 2600, 2600, 0, 0, 0, '2026-12-20');


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 50, true);


--
-- Name: kassenzeichen_counters_year_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.kassenzeichen_counters_year_seq', 1, false);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 50, true);


--
-- Name: assessments assessments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessments
    ADD CONSTRAINT assessments_pkey PRIMARY KEY (case_id);


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
-- Name: journal_entries journal_entries_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entries
    ADD CONSTRAINT journal_entries_event_id_key UNIQUE (event_id);


--
-- Name: journal_entries journal_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entries
    ADD CONSTRAINT journal_entries_pkey PRIMARY KEY (entry_id);


--
-- Name: journal_lines journal_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_lines
    ADD CONSTRAINT journal_lines_pkey PRIMARY KEY (entry_id, line_no);


--
-- Name: kassenzeichen_counters kassenzeichen_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kassenzeichen_counters
    ADD CONSTRAINT kassenzeichen_counters_pkey PRIMARY KEY (year);


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
-- Name: provider_payments provider_payments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provider_payments
    ADD CONSTRAINT provider_payments_pkey PRIMARY KEY (provider, payment_id);


--
-- Name: receivables receivables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receivables
    ADD CONSTRAINT receivables_pkey PRIMARY KEY (kassenzeichen);


--
-- Name: events uq_events_case_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_case_version UNIQUE (case_id, stream_version);


--
-- Name: ix_assessments_chip_number; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_assessments_chip_number ON public.assessments USING btree (chip_number);


--
-- Name: ix_journal_entries_booked_on; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_entries_booked_on ON public.journal_entries USING btree (booked_on);


--
-- Name: ix_journal_entries_kassenzeichen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_entries_kassenzeichen ON public.journal_entries USING btree (kassenzeichen);


--
-- Name: ix_journal_lines_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_lines_account ON public.journal_lines USING btree (account);


--
-- Name: ix_outbox_published_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbox_published_at ON public.outbox USING btree (published_at);


--
-- Name: ix_receivables_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_receivables_case_id ON public.receivables USING btree (case_id);


--
-- Name: journal_lines journal_lines_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_lines
    ADD CONSTRAINT journal_lines_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.journal_entries(entry_id);


--
-- Name: outbox outbox_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_position_fkey FOREIGN KEY ("position") REFERENCES public.events("position");


--
-- PostgreSQL database dump complete
--


