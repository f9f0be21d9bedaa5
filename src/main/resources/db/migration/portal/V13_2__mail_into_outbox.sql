-- The portal's mail queue became the shared outbox (mail_outbox, V6_1): what was still waiting is
-- moved there with its attempts and next attempt; sent and given-up rows are not kept.
insert into mail_outbox (recipient, subject, body, unsubscribe_url, attempts, next_attempt_at, last_error, created_at)
select recipient, subject, body, unsubscribe_url, attempts, next_attempt_at, last_error, created_at
from portal_channel_mail where state = 'PENDING' order by id;

drop table portal_channel_mail;
