-- A paper incoming document is the data message the conversion module made of its scan (NĐ137 Đ4; NĐ30 Đ21 k2):
-- the code of that conversion (sổ chuyển đổi) is kept with the incoming document.
alter table documents_incoming add column conversion_code text;
