/// The tables and triggers behind the naming keys (migration v4).
///
/// The keys themselves need the pinyin tables and road generics, which live
/// in the gazetteer folder and not in SQL, so SQLite cannot compute them.
/// What SQLite can do is notice every change: the triggers put the id of any
/// road or place that is added, renamed, moved to another division, given
/// another kind, retired or deleted into `naming_key_stale`, whichever code
/// path made the change (import, renumber, alias review, estates, or a path
/// written later). The next naming command recomputes the keys of exactly
/// those rows before it looks anything up.
enum NamingKeySchema {
    static let version4: [String] = [
        // One row per (key, name). `owner` is the road id, or minus the
        // place id; WITHOUT ROWID so the lookup index is the table itself.
        """
        CREATE TABLE naming_key (
          key INTEGER NOT NULL,
          division_code TEXT NOT NULL,
          owner INTEGER NOT NULL,
          PRIMARY KEY (key, division_code, owner)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX naming_key_by_owner ON naming_key(owner)",
        "CREATE TABLE naming_key_stale (owner INTEGER PRIMARY KEY) WITHOUT ROWID",
        // `fingerprint`: the key version and the gazetteer tables the keys
        // were computed with; absent until the keys are first built, which
        // is how the rows of a registry that predates v4 get theirs.
        "CREATE TABLE naming_key_state (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
        "CREATE TRIGGER naming_key_road_ai AFTER INSERT ON road BEGIN INSERT OR IGNORE INTO naming_key_stale(owner) VALUES (new.id); END",
        """
        CREATE TRIGGER naming_key_road_au AFTER UPDATE OF id, name, division_code, status ON road
        WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.division_code IS NOT new.division_code OR old.status IS NOT new.status
        BEGIN INSERT OR IGNORE INTO naming_key_stale(owner) VALUES (old.id), (new.id); END
        """,
        "CREATE TRIGGER naming_key_road_ad AFTER DELETE ON road BEGIN INSERT OR IGNORE INTO naming_key_stale(owner) VALUES (old.id); END",
        "CREATE TRIGGER naming_key_place_ai AFTER INSERT ON place BEGIN INSERT OR IGNORE INTO naming_key_stale(owner) VALUES (-new.id); END",
        """
        CREATE TRIGGER naming_key_place_au AFTER UPDATE OF id, name, kind, division_code, status ON place
        WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.kind IS NOT new.kind OR old.division_code IS NOT new.division_code OR old.status IS NOT new.status
        BEGIN INSERT OR IGNORE INTO naming_key_stale(owner) VALUES (-old.id), (-new.id); END
        """,
        "CREATE TRIGGER naming_key_place_ad AFTER DELETE ON place BEGIN INSERT OR IGNORE INTO naming_key_stale(owner) VALUES (-old.id); END",
    ]
}
