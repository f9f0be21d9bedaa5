-- The text of a document composed from its template, one item per line, so an approver edits it instead
-- of retyping it; null when the current version is a file written elsewhere (uploaded PDF or DOCX).
alter table documents_outgoing
    add column addressees text,
    add column body text,
    add column places_of_receipt text;
