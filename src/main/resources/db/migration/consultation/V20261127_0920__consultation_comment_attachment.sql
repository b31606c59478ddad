-- A comment may carry one attachment (a file kept by the files module; its id, no foreign key across modules).
ALTER TABLE consultation_comment ADD COLUMN attachment_file_id BIGINT;
