-- Searches keep their results until the first hold in force lapses (MIN(held_until) above now):
-- an index range scan over the few slots held now instead of a scan of every slot.
CREATE INDEX slot_held_until ON slot (held_until);
