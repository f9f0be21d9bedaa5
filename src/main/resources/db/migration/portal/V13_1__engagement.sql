-- Citizen engagement of the portal (NĐ42 Đ8 k1 a, d, đ; Đ5 k2, k3 b): questions and answers,
-- ratings, and the channels announcements go out on (e-mail, webhooks).

-- NĐ42 Đ8 k1 a: questions and comments sent online, followed by a tracking code.
create table portal_qa_question (
  id              bigint generated always as identity primary key,
  tracking_code   text not null unique,
  asker_name      text not null,
  asker_email     text not null,
  account_name    text,
  topic           text not null,
  content         text not null,
  consent_at      timestamptz not null,
  status          text not null check (status in ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'PUBLISHED', 'DECLINED')),
  department_code text,
  assignee        text,
  answer          text,
  answered_by     text,
  answered_at     timestamptz,
  -- the question as published: staff may strip personal details the asker wrote into it
  public_content  text,
  published_at    timestamptz,
  decline_reason  text,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create index portal_qa_question_status on portal_qa_question (status, created_at);

-- NĐ42 Đ5 k3 b: votes carry no account, address, session or exact time: only the day.
create table portal_rating_vote (
  id          bigint generated always as identity primary key,
  item        text not null,
  interface   smallint not null check (interface between 1 and 5),
  content     smallint not null check (content between 1 and 5),
  quality     smallint not null check (quality between 1 and 5),
  support     smallint not null check (support between 1 and 5),
  comment     text,
  rated_on    date not null
);
create index portal_rating_vote_item on portal_rating_vote (item);

-- One random salt per day; deleted with the day's guards, after which no guard can be recomputed.
create table portal_rating_salt (
  day   date primary key,
  salt  bytea not null
);

-- HMAC(day's salt, address + item): refuses a second vote the same day; not linked to any vote.
create table portal_rating_guard (
  day          date not null,
  fingerprint  bytea not null,
  primary key (day, fingerprint)
);

create table portal_channel_announcement (
  id          bigint generated always as identity primary key,
  category    text not null,
  title       text not null,
  url         text not null,
  summary     text,
  created_at  timestamptz not null default now()
);

-- NĐ42 Đ5 k2 c: e-mail subscribers per category, with double opt-in.
create table portal_channel_subscriber (
  id              bigint generated always as identity primary key,
  email           text not null,
  category        text not null,
  token           text not null unique,
  status          text not null check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
  created_at      timestamptz not null default now(),
  confirmed_at    timestamptz,
  unsubscribed_at timestamptz,
  unique (email, category)
);

-- Outgoing mail, sent by a dispatcher that locks rows with "for update skip locked".
create table portal_channel_mail (
  id              bigint generated always as identity primary key,
  recipient       text not null,
  subject         text not null,
  body            text not null,
  unsubscribe_url text,
  state           text not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at         timestamptz,
  last_error      text,
  created_at      timestamptz not null default now()
);
create index portal_channel_mail_due on portal_channel_mail (next_attempt_at) where state = 'PENDING';

create table portal_channel_webhook (
  id          bigint generated always as identity primary key,
  url         text not null,
  secret      text not null,
  categories  text[] not null default '{}',
  active      boolean not null default true,
  created_at  timestamptz not null default now()
);

create table portal_channel_delivery (
  id              bigint generated always as identity primary key,
  webhook_id      bigint not null references portal_channel_webhook (id) on delete cascade,
  announcement_id bigint not null references portal_channel_announcement (id),
  payload         text not null,
  state           text not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  created_at      timestamptz not null default now(),
  unique (webhook_id, announcement_id)
);
create index portal_channel_delivery_due on portal_channel_delivery (next_attempt_at) where state = 'PENDING';

create table portal_channel_attempt (
  id           bigint generated always as identity primary key,
  delivery_id  bigint not null references portal_channel_delivery (id) on delete cascade,
  attempted_at timestamptz not null,
  http_status  integer,
  error        text,
  succeeded    boolean not null
);
