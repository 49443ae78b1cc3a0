-- A deal's parties move into its row (a JSON array of [role, name key, name]
-- triples, by role then name). The parties table cost two random-key index
-- inserts per party on every new deal; lookups by party now use the read
-- model, which every store instance keeps.
ALTER TABLE deals ADD COLUMN parties TEXT NOT NULL DEFAULT '[]';

UPDATE deals SET parties = COALESCE((
    SELECT json_group_array(json_array(p.role, p.name_key, p.name))
    FROM (
        SELECT role, name_key, name FROM key_parties kp
        WHERE kp.merge_key = deals.merge_key
        ORDER BY role, name
    ) p
), '[]');

DROP TABLE key_parties;
