-- The writer finds a merge key's deals through their reports (sources are
-- indexed by merge key, and every deal has at least one), so this index
-- only cost a random-key insert for every new deal.
DROP INDEX deals_merge_key;
