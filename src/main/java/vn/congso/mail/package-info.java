/**
 * Outgoing e-mail (thư điện tử): one durable outbox for every message the platform sends (subscription
 * confirmations and announcements of the portal, Q&amp;A answers, dossier notifications). A caller
 * queues an {@link vn.congso.mail.OutgoingMail} through {@link vn.congso.mail.MailOutbox} inside its
 * own transaction, so a message exists exactly when the change it reports was committed; the
 * internals in {@code mail.outbox} send it over SMTP after the commit, in batches over one
 * connection, and retry what the server did not take ({@code congso.mail.*},
 * {@link vn.congso.mail.MailProperties}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package vn.congso.mail;
