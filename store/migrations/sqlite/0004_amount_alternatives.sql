-- An amount's value converted into other currencies, as the article gives it
-- in brackets ("JPY 19.4 billion (USD 228 million)"): "CODE value" pairs
-- separated by ";", NULL when it gives none. Older rows have none.
ALTER TABLE sources ADD COLUMN alternatives TEXT;
ALTER TABLE deals ADD COLUMN alternatives TEXT;
