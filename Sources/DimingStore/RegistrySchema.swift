import GRDB

/// The registry's versioned schema.
///
/// Version 1 lays out the whole domain at once — divisions, roads and their
/// names, places, addresses, cleanup batches, naming reviews, boundary markers
/// and inspections, doorplate policy and certificates, and the audit log — so
/// that later features add rows and code, not upheavals. A migration, once
/// released, is never edited: changes go into a new, later migration.
enum RegistrySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-domain") { db in
            for statement in version1 {
                try db.execute(sql: statement)
            }
            try createAddressIndexes(db)
        }
        // Cleanup lines keep what the matcher found in words as well as ids:
        // the level reached (address, road, estate) and the standard text shown
        // to the reviewer, so a review queue and an export read one table.
        migrator.registerMigration("v2-cleanup-match") { db in
            try db.execute(sql: "ALTER TABLE cleanup_line ADD COLUMN match_level TEXT NOT NULL DEFAULT 'none'")
            try db.execute(sql: "ALTER TABLE cleanup_line ADD COLUMN match_text TEXT NOT NULL DEFAULT ''")
        }
        // A road's general direction, which the numbering rules are written
        // in terms of: where numbering starts and which side is odd differ for
        // east–west and north–south roads. NULL until an office records it.
        migrator.registerMigration("v3-road-orientation") { db in
            try db.execute(sql: """
                ALTER TABLE road ADD COLUMN orientation TEXT
                  CHECK (orientation IS NULL OR orientation IN ('east-west', 'north-south'))
                """)
        }
        // The duplicate and homophone keys of every current road and place
        // name, so that a naming check is a few indexed lookups at any scope
        // (see Registry+NamingKeys.swift for why they are kept this way).
        migrator.registerMigration("v4-naming-keys") { db in
            for statement in NamingKeySchema.version4 { try db.execute(sql: statement) }
        }
        return migrator
    }

    /// Creates the indexes on `address` (kept in one list so that a bulk load
    /// can drop and rebuild exactly the same set).
    static func createAddressIndexes(_ db: Database) throws {
        for index in addressIndexes { try db.execute(sql: index.sql) }
    }

    /// The indexes on `address`. A bulk load into an empty table drops them
    /// and builds them once at the end: building an index once is several
    /// times cheaper than maintaining it row by row.
    static let addressIndexes: [(name: String, sql: String)] = [
        ("address_by_key", "CREATE INDEX address_by_key ON address(key_hash)"),
        ("address_by_road", "CREATE INDEX address_by_road ON address(road_id, number_base)"),
        ("address_by_estate", "CREATE INDEX address_by_estate ON address(estate_id) WHERE estate_id IS NOT NULL"),
        ("address_by_community", "CREATE INDEX address_by_community ON address(community_id) WHERE community_id IS NOT NULL"),
        ("address_by_code", "CREATE UNIQUE INDEX address_by_code ON address(permanent_code) WHERE permanent_code IS NOT NULL"),
    ]

    private static let version1: [String] = [
        // MARK: Audit log. Append-only: every change to the registry writes one
        // entry in the same transaction as the change itself.
        """
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          entity TEXT NOT NULL,
          entity_id TEXT,
          before TEXT,
          after TEXT,
          note TEXT
        )
        """,
        """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
        """,
        """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
        """,

        // MARK: Administrative divisions (GB/T 2260 codes), with their history.
        """
        CREATE TABLE division (
          code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 6),
          name TEXT NOT NULL,
          level TEXT NOT NULL CHECK (level IN ('province', 'city', 'county')),
          parent_code TEXT REFERENCES division(code) DEFERRABLE INITIALLY DEFERRED,
          short_name TEXT NOT NULL DEFAULT '',
          kind TEXT NOT NULL DEFAULT 'gbt2260',
          status TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'superseded')),
          valid_from TEXT,
          valid_to TEXT,
          successor_code TEXT REFERENCES division(code) DEFERRABLE INITIALLY DEFERRED,
          successor_basis TEXT
        )
        """,
        "CREATE INDEX division_by_parent ON division(parent_code)",
        "CREATE INDEX division_by_name ON division(name)",
        "CREATE INDEX division_by_short_name ON division(short_name)",
        """
        CREATE TABLE division_change (
          id INTEGER PRIMARY KEY,
          date TEXT NOT NULL,
          approval TEXT NOT NULL DEFAULT '',
          relation TEXT NOT NULL CHECK (relation IN ('renamed', 'reparented', 'merged', 'split', 'abolished', 'created')),
          old_path TEXT NOT NULL,
          new_path TEXT NOT NULL,
          old_code TEXT REFERENCES division(code),
          new_code TEXT REFERENCES division(code),
          source TEXT NOT NULL DEFAULT ''
        )
        """,
        // Township-level divisions (街道, 镇, 乡). The gazetteer ships names only:
        // towns have no GB/T 2260 codes, so the registry gives them its own ids.
        """
        CREATE TABLE town (
          id INTEGER PRIMARY KEY,
          county_code TEXT NOT NULL REFERENCES division(code),
          name TEXT NOT NULL,
          source TEXT NOT NULL DEFAULT 'gazetteer',
          UNIQUE (county_code, name)
        )
        """,
        "CREATE INDEX town_by_name ON town(name)",
        // Residents' committees (社区) and villages (村) under a town.
        """
        CREATE TABLE community (
          id INTEGER PRIMARY KEY,
          county_code TEXT NOT NULL REFERENCES division(code),
          town_id INTEGER REFERENCES town(id),
          name TEXT NOT NULL,
          kind TEXT NOT NULL DEFAULT 'community' CHECK (kind IN ('community', 'village'))
        )
        """,
        "CREATE UNIQUE INDEX community_key ON community(county_code, ifnull(town_id, 0), name)",

        // MARK: Roads and their names.
        // The standard name is split into 专名 (proper_name), 方位 (direction),
        // 序数 (ordinal) and 通名 (generic), filled by the parsing engine.
        """
        CREATE TABLE road (
          id INTEGER PRIMARY KEY,
          division_code TEXT NOT NULL REFERENCES division(code),
          name TEXT NOT NULL,
          proper_name TEXT,
          direction TEXT,
          ordinal TEXT,
          generic TEXT,
          status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'retired')),
          start_description TEXT,
          end_description TEXT,
          geometry TEXT,
          created_change_id INTEGER REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
        )
        """,
        "CREATE UNIQUE INDEX road_key ON road(division_code, name) WHERE status <> 'retired'",
        // Every name a road has or had: the standard one, former names,
        // colloquial names, variant spellings; each with its dates and source.
        """
        CREATE TABLE road_name (
          id INTEGER PRIMARY KEY,
          road_id INTEGER NOT NULL REFERENCES road(id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('standard', 'former', 'colloquial', 'variant')),
          valid_from TEXT,
          valid_to TEXT,
          source TEXT NOT NULL DEFAULT '',
          UNIQUE (road_id, name, kind)
        )
        """,
        "CREATE INDEX road_name_by_name ON road_name(name)",

        // MARK: Named places: residential estates, buildings, villages, others.
        """
        CREATE TABLE place (
          id INTEGER PRIMARY KEY,
          division_code TEXT NOT NULL REFERENCES division(code),
          town_id INTEGER REFERENCES town(id),
          kind TEXT NOT NULL CHECK (kind IN ('residential', 'building', 'village', 'other')),
          name TEXT NOT NULL,
          parent_id INTEGER REFERENCES place(id),
          road_id INTEGER REFERENCES road(id),
          status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'retired')),
          lat REAL,
          lon REAL,
          created_change_id INTEGER REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
        )
        """,
        "CREATE UNIQUE INDEX place_key ON place(division_code, kind, name) WHERE status <> 'retired'",

        // MARK: Addresses and doorplates.
        // `number` is the designation as issued (118-1号); group, base and suffix
        // are derived from it for sorting and for the odd/even side rules.
        // `key_hash` is the stable digest of the locating fields (AddressKey).
        """
        CREATE TABLE address (
          id INTEGER PRIMARY KEY,
          division_code TEXT NOT NULL REFERENCES division(code),
          town_id INTEGER REFERENCES town(id),
          community_id INTEGER REFERENCES community(id),
          road_id INTEGER REFERENCES road(id),
          number TEXT NOT NULL DEFAULT '',
          number_group INTEGER,
          number_base INTEGER,
          number_suffix TEXT NOT NULL DEFAULT '',
          estate_id INTEGER REFERENCES place(id),
          building TEXT NOT NULL DEFAULT '',
          unit TEXT NOT NULL DEFAULT '',
          room TEXT NOT NULL DEFAULT '',
          lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
          lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
          status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
          permanent_code TEXT,
          issued_on TEXT,
          retired_on TEXT,
          key_hash INTEGER NOT NULL,
          change_id INTEGER REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
        )
        """,
        // Permanent address codes are division code + type + sequence and are
        // never reused: the next value per (division, type) lives here.
        """
        CREATE TABLE address_code_sequence (
          division_code TEXT NOT NULL REFERENCES division(code),
          type TEXT NOT NULL,
          next_value INTEGER NOT NULL DEFAULT 1,
          PRIMARY KEY (division_code, type)
        )
        """,
        // Numbering rules per jurisdiction: a preset name from the gazetteer
        // plus local overrides, as JSON.
        """
        CREATE TABLE numbering_policy (
          division_code TEXT PRIMARY KEY REFERENCES division(code),
          preset TEXT NOT NULL,
          overrides TEXT NOT NULL DEFAULT '{}'
        )
        """,
        """
        CREATE TABLE doorplate_certificate (
          id INTEGER PRIMARY KEY,
          address_id INTEGER NOT NULL REFERENCES address(id),
          certificate_number TEXT NOT NULL UNIQUE,
          standard_address TEXT NOT NULL,
          applicant TEXT NOT NULL DEFAULT '',
          issuing_office TEXT NOT NULL DEFAULT '',
          issued_on TEXT NOT NULL,
          change_id INTEGER REFERENCES audit_log(id)
        )
        """,

        // MARK: Cleanup of legacy addresses: one batch per sheet handed over.
        """
        CREATE TABLE cleanup_batch (
          id INTEGER PRIMARY KEY,
          created_at TEXT NOT NULL,
          actor TEXT NOT NULL,
          source_name TEXT NOT NULL,
          address_column TEXT NOT NULL,
          encoding TEXT NOT NULL DEFAULT 'utf-8',
          header TEXT NOT NULL DEFAULT '[]',
          settings TEXT NOT NULL DEFAULT '{}',
          status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
        )
        """,
        """
        CREATE TABLE cleanup_line (
          id INTEGER PRIMARY KEY,
          batch_id INTEGER NOT NULL REFERENCES cleanup_batch(id) ON DELETE CASCADE,
          line_number INTEGER NOT NULL,
          row TEXT NOT NULL,
          input TEXT NOT NULL,
          match_address_id INTEGER REFERENCES address(id),
          match_road_id INTEGER REFERENCES road(id),
          match_place_id INTEGER REFERENCES place(id),
          confidence REAL CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
          verdict TEXT CHECK (verdict IN ('matched', 'review', 'unmatched')),
          reasons TEXT NOT NULL DEFAULT '[]',
          review_status TEXT NOT NULL DEFAULT 'pending' CHECK (review_status IN ('pending', 'accepted', 'corrected', 'rejected')),
          reviewed_by TEXT,
          reviewed_at TEXT,
          corrected_address_id INTEGER REFERENCES address(id),
          UNIQUE (batch_id, line_number)
        )
        """,
        "CREATE INDEX cleanup_line_queue ON cleanup_line(batch_id, verdict, review_status)",

        // MARK: Naming reviews (命名意见) for proposed names.
        """
        CREATE TABLE naming_review (
          id INTEGER PRIMARY KEY,
          created_at TEXT NOT NULL,
          actor TEXT NOT NULL,
          name TEXT NOT NULL,
          class TEXT NOT NULL CHECK (class IN ('road', 'residential', 'building', 'village', 'township', 'other')),
          division_code TEXT NOT NULL REFERENCES division(code),
          verdict TEXT NOT NULL CHECK (verdict IN ('ok', 'revise', 'reject')),
          findings TEXT NOT NULL DEFAULT '[]',
          opinion TEXT,
          status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'withdrawn')),
          decided_at TEXT
        )
        """,

        // MARK: Roads with several names (一路多名): groups once decided are remembered.
        """
        CREATE TABLE road_alias_decision (
          id INTEGER PRIMARY KEY,
          road_ids TEXT NOT NULL,
          names TEXT NOT NULL,
          decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
          standard_road_id INTEGER REFERENCES road(id),
          decided_at TEXT NOT NULL,
          actor TEXT NOT NULL,
          change_id INTEGER REFERENCES audit_log(id)
        )
        """,

        // MARK: Boundary lines, markers and joint inspections (界桩联检).
        """
        CREATE TABLE boundary_line (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          side_a_code TEXT NOT NULL REFERENCES division(code),
          side_b_code TEXT NOT NULL REFERENCES division(code),
          description TEXT NOT NULL DEFAULT '',
          agreement_record TEXT NOT NULL DEFAULT '',
          CHECK (side_a_code <> side_b_code)
        )
        """,
        """
        CREATE TABLE boundary_tripoint (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          side_a_code TEXT NOT NULL REFERENCES division(code),
          side_b_code TEXT NOT NULL REFERENCES division(code),
          side_c_code TEXT NOT NULL REFERENCES division(code)
        )
        """,
        """
        CREATE TABLE boundary_marker (
          id INTEGER PRIMARY KEY,
          line_id INTEGER REFERENCES boundary_line(id),
          tripoint_id INTEGER REFERENCES boundary_tripoint(id),
          number TEXT NOT NULL,
          part TEXT NOT NULL DEFAULT '' CHECK (part IN ('', 'A', 'B', 'C', 'D', 'E')),
          type TEXT NOT NULL CHECK (type IN ('single', 'double', 'triple')),
          lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
          lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
          managing_code TEXT REFERENCES division(code),
          status TEXT NOT NULL DEFAULT 'standing' CHECK (status IN ('standing', 'removed')),
          CHECK ((line_id IS NULL) <> (tripoint_id IS NULL))
        )
        """,
        "CREATE UNIQUE INDEX boundary_marker_key ON boundary_marker(ifnull(line_id, 0), ifnull(tripoint_id, 0), number, part)",
        """
        CREATE TABLE marker_reference (
          id INTEGER PRIMARY KEY,
          marker_id INTEGER NOT NULL REFERENCES boundary_marker(id) ON DELETE CASCADE,
          description TEXT NOT NULL,
          bearing_deg REAL CHECK (bearing_deg IS NULL OR bearing_deg BETWEEN 0 AND 360),
          distance_m REAL CHECK (distance_m IS NULL OR distance_m >= 0)
        )
        """,
        """
        CREATE TABLE inspection_round (
          id INTEGER PRIMARY KEY,
          number INTEGER,
          kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'ad_hoc')),
          title TEXT NOT NULL DEFAULT '',
          started_on TEXT,
          ended_on TEXT,
          UNIQUE (kind, number)
        )
        """,
        """
        CREATE TABLE line_inspection (
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES inspection_round(id),
          line_id INTEGER NOT NULL REFERENCES boundary_line(id),
          direction_notes TEXT NOT NULL DEFAULT '',
          clarity_notes TEXT NOT NULL DEFAULT '',
          landform_changes TEXT NOT NULL DEFAULT '',
          disputes TEXT NOT NULL DEFAULT '',
          agreement_record TEXT NOT NULL DEFAULT '',
          UNIQUE (round_id, line_id)
        )
        """,
        // `conditions` is a comma-separated subset of intact, damaged, lost,
        // displaced, illegible, reference-missing. An amendment points at the
        // inspection it corrects; only one unamended inspection per marker and round.
        """
        CREATE TABLE marker_inspection (
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES inspection_round(id),
          marker_id INTEGER NOT NULL REFERENCES boundary_marker(id),
          inspected_on TEXT NOT NULL,
          conditions TEXT NOT NULL,
          lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
          lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
          displacement_m REAL,
          inspectors TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          action TEXT CHECK (action IS NULL OR action IN ('rebuild', 'restore', 'repaint', 'new-references', 'none')),
          action_status TEXT CHECK (action_status IS NULL OR action_status IN ('planned', 'in-progress', 'done')),
          amends_id INTEGER REFERENCES marker_inspection(id),
          change_id INTEGER REFERENCES audit_log(id)
        )
        """,
        "CREATE UNIQUE INDEX marker_inspection_once ON marker_inspection(round_id, marker_id) WHERE amends_id IS NULL",
        """
        CREATE TABLE inspection_photo (
          id INTEGER PRIMARY KEY,
          inspection_id INTEGER NOT NULL REFERENCES marker_inspection(id) ON DELETE CASCADE,
          path TEXT NOT NULL,
          sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
        )
        """,

        // MARK: Name search.
        // Trigram FTS5 serves queries of three or more characters. SQLite's
        // trigram tokenizer cannot answer one- or two-character Han queries (and
        // its LIKE shortcut returns nothing for them in 3.40), so those go to the
        // base tables instead (see Registry.searchNames).
        """
        CREATE VIRTUAL TABLE road_name_search USING fts5(
          name, content='road_name', content_rowid='id', tokenize='trigram')
        """,
        "CREATE TRIGGER road_name_search_ai AFTER INSERT ON road_name BEGIN INSERT INTO road_name_search(rowid, name) VALUES (new.id, new.name); END",
        "CREATE TRIGGER road_name_search_ad AFTER DELETE ON road_name BEGIN INSERT INTO road_name_search(road_name_search, rowid, name) VALUES ('delete', old.id, old.name); END",
        "CREATE TRIGGER road_name_search_au AFTER UPDATE OF name ON road_name BEGIN INSERT INTO road_name_search(road_name_search, rowid, name) VALUES ('delete', old.id, old.name); INSERT INTO road_name_search(rowid, name) VALUES (new.id, new.name); END",
        """
        CREATE VIRTUAL TABLE place_search USING fts5(
          name, content='place', content_rowid='id', tokenize='trigram')
        """,
        "CREATE TRIGGER place_search_ai AFTER INSERT ON place BEGIN INSERT INTO place_search(rowid, name) VALUES (new.id, new.name); END",
        "CREATE TRIGGER place_search_ad AFTER DELETE ON place BEGIN INSERT INTO place_search(place_search, rowid, name) VALUES ('delete', old.id, old.name); END",
        "CREATE TRIGGER place_search_au AFTER UPDATE OF name ON place BEGIN INSERT INTO place_search(place_search, rowid, name) VALUES ('delete', old.id, old.name); INSERT INTO place_search(rowid, name) VALUES (new.id, new.name); END",
    ]
}
