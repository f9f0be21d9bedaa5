-- Portal content (tin bài): categories covering NĐ42 Đ4 k1 a–i, articles with every version kept
-- (NĐ42 Đ17 editorial work), attachments in the blob store, bilingual pages (NĐ42 Đ7 k2) and
-- related agencies' links (NĐ42 Đ7 k1 b).

create table portal_content_category (
  code                 text primary key,
  name_vi              text not null,
  name_en              text not null,
  -- the clause of NĐ42 the category implements, e.g. 'NĐ42 Đ4 k1 a'
  clause               text not null,
  -- how the information is published (NĐ42 Đ4 k1 h: hình thức): WEB_PAGE, FILE or DATASET
  form                 text not null check (form in ('WEB_PAGE', 'FILE', 'DATASET')),
  -- NĐ42 Đ4 k1 h: thời hạn công khai
  disclosure_period_vi text not null,
  disclosure_period_en text not null,
  position             int not null
);

insert into portal_content_category (code, name_vi, name_en, clause, form, disclosure_period_vi, disclosure_period_en, position) values
 ('van-ban-phap-luat', 'Văn bản quy phạm pháp luật và văn bản quản lý hành chính', 'Legal and administrative documents', 'NĐ42 Đ4 k1 a', 'FILE',
  'Chậm nhất 05 ngày làm việc kể từ ngày ban hành; công khai trong suốt thời gian văn bản còn hiệu lực', 'Within 5 working days of issue; kept while the document is in force', 10),
 ('dieu-uoc-quoc-te', 'Điều ước quốc tế, thỏa thuận quốc tế', 'International treaties and agreements', 'NĐ42 Đ4 k1 b', 'FILE',
  'Sau khi điều ước, thỏa thuận có hiệu lực đối với Việt Nam; công khai trong suốt thời gian còn hiệu lực', 'Once in force for Viet Nam; kept while in force', 20),
 ('thu-tuc-hanh-chinh', 'Thủ tục hành chính, dịch vụ công trực tuyến, quy trình giải quyết công việc', 'Administrative procedures, online public services and work processes', 'NĐ42 Đ4 k1 c', 'WEB_PAGE',
  'Ngay khi được công bố; cập nhật khi có thay đổi', 'As soon as announced; updated on every change', 30),
 ('pho-bien-phap-luat', 'Phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách', 'Law dissemination and guidance on laws and policies', 'NĐ42 Đ4 k1 d', 'WEB_PAGE',
  'Thường xuyên', 'Continuously', 40),
 ('chien-luoc-ke-hoach', 'Chiến lược, quy hoạch, kế hoạch, dự án; đầu tư công, mua sắm công', 'Strategies, plans, programmes and projects; public investment and procurement', 'NĐ42 Đ4 k1 đ', 'FILE',
  'Chậm nhất 05 ngày làm việc kể từ ngày được phê duyệt; công khai trong suốt thời gian thực hiện', 'Within 5 working days of approval; kept while being carried out', 50),
 ('to-chuc-bo-may', 'Chức năng, nhiệm vụ, cơ cấu tổ chức, thông tin liên hệ, tiểu sử lãnh đạo', 'Organisation, functions, contacts and leaders'' biographies', 'NĐ42 Đ4 k1 e', 'WEB_PAGE',
  'Thường xuyên; cập nhật ngay khi có thay đổi', 'Continuously; updated as soon as anything changes', 60),
 ('tai-chinh-thong-ke', 'Báo cáo tài chính, thống kê, chương trình khoa học, thông tin về dịch', 'Budget reports, statistics, science programmes and epidemics', 'NĐ42 Đ4 k1 g', 'DATASET',
  'Theo thời hạn của Luật Kế toán, Luật Thống kê, Luật Khoa học và Công nghệ, Luật Phòng, chống bệnh truyền nhiễm', 'As the laws on accounting, statistics, science and technology and infectious diseases require', 70),
 ('danh-muc-cong-khai', 'Danh mục thông tin phải công khai', 'Catalogue of information to be published', 'NĐ42 Đ4 k1 h', 'WEB_PAGE',
  'Thường xuyên; cập nhật khi có thay đổi', 'Continuously; updated on every change', 80),
 ('thong-tin-khac', 'Thông tin khác phải công bố công khai theo quy định', 'Other information the law requires to be published', 'NĐ42 Đ4 k1 i', 'WEB_PAGE',
  'Theo thời hạn của văn bản quy định', 'As the governing law requires', 90),
 ('tin-hoat-dong', 'Tin hoạt động', 'News and activities', 'NĐ42 Đ4 k2', 'WEB_PAGE',
  'Thường xuyên', 'Continuously', 100);

create table portal_content_article (
  id                 bigint generated always as identity primary key,
  slug               text not null unique,
  status             text not null check (status in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
  current_version    int not null,
  -- the version the public sees; later versions wait for approval (NĐ42 Đ17)
  published_version  int,
  created_at         timestamptz not null,
  created_by         text not null,
  first_published_at timestamptz,
  published_at       timestamptz,
  published_by       text
);

create table portal_content_article_version (
  article_id    bigint not null references portal_content_article (id),
  version       int not null,
  category_code text not null references portal_content_category (code),
  title         text not null,
  summary       text,
  body          text not null,
  edited_at     timestamptz not null,
  edited_by     text not null,
  primary key (article_id, version)
);

create table portal_content_attachment (
  id           bigint generated always as identity primary key,
  article_id   bigint not null references portal_content_article (id),
  sha256       text not null,
  file_name    text not null,
  content_type text not null,
  size_bytes   bigint not null,
  added_at     timestamptz not null,
  added_by     text not null,
  unique (article_id, sha256)
);

-- NĐ42 Đ7 k2: the same page in Vietnamese and in English, each side with its own update time.
create table portal_content_bilingual_page (
  code          text primary key,
  position      int not null,
  title_vi      text not null,
  body_vi       text not null,
  updated_vi_at timestamptz not null,
  updated_vi_by text not null,
  title_en      text not null,
  body_en       text not null,
  updated_en_at timestamptz not null,
  updated_en_by text not null
);

insert into portal_content_bilingual_page values
 ('co-cau-to-chuc', 10, 'Cơ cấu tổ chức', 'Cơ cấu tổ chức của cơ quan và các đơn vị trực thuộc.', now(), 'system',
  'Organisation structure', 'The organisation of the agency and its units.', now(), 'system'),
 ('chuc-nang-nhiem-vu', 20, 'Chức năng, nhiệm vụ, quyền hạn', 'Chức năng, nhiệm vụ và quyền hạn của cơ quan.', now(), 'system',
  'Functions, tasks and powers', 'The functions, tasks and powers of the agency.', now(), 'system'),
 ('don-vi-truc-thuoc', 30, 'Đơn vị trực thuộc', 'Các đơn vị trực thuộc và chức năng của từng đơn vị.', now(), 'system',
  'Units', 'The units of the agency and what each does.', now(), 'system'),
 ('lien-he', 40, 'Thông tin liên hệ', 'Họ tên, chức vụ, đơn vị, điện thoại, thư điện tử của cán bộ, công chức có thẩm quyền.', now(), 'system',
  'Official contacts', 'Name, position, unit, telephone and official e-mail of the competent officials.', now(), 'system');

-- NĐ42 Đ7 k1 b: links to related agencies' portals.
create table portal_content_related_link (
  id         bigint generated always as identity primary key,
  name_vi    text not null,
  name_en    text not null,
  url        text not null unique,
  position   int not null,
  added_at   timestamptz not null,
  added_by   text not null
);

insert into portal_content_related_link (name_vi, name_en, url, position, added_at, added_by) values
 ('Cổng Thông tin điện tử Chính phủ', 'Government Portal', 'https://chinhphu.vn', 10, now(), 'system'),
 ('Cổng Dịch vụ công quốc gia', 'National Public Service Portal', 'https://dichvucong.gov.vn', 20, now(), 'system'),
 ('Cơ sở dữ liệu quốc gia về văn bản pháp luật', 'National Legal Documents Database', 'https://vbpl.vn', 30, now(), 'system');
