-- Accounts linked to an external identity provider (VNeID) by the provider's issuer and subject.
alter table identity_account add column oidc_issuer text;
alter table identity_account add column oidc_subject text;
alter table identity_account add constraint identity_account_oidc_unique unique (oidc_issuer, oidc_subject);
create index identity_account_kind on identity_account (kind);
