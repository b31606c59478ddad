-- The newest comments on each article (and on the whole draft) are read per target through this index, and
-- the comments per target are counted from it alone: at half a million comments on one consultation the
-- window over all of them took 645 ms, a walk per target takes a few.
CREATE INDEX consultation_comment_target ON consultation_comment (consultation_id, article_id, id);
