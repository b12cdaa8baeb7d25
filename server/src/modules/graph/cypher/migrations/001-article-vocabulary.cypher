// The source article's words replace the approximations earlier versions stored
// (docs/domain.md). Every statement changes only data still in the old words, so running
// them again changes nothing; each bumps the graph version when it changed something.

// Relationship stages on the article's ladder: contact, acquaintance, loyalty, near-friendly.
MATCH ()-[r:RELATES]->()
WHERE r.stage IN ['introduced', 'acquainted', 'loyal', 'advocate']
SET r.stage = CASE r.stage WHEN 'introduced' THEN 'contact' WHEN 'acquainted' THEN 'acquaintance'
                           WHEN 'loyal' THEN 'loyalty' ELSE 'near_friendly' END
WITH count(r) AS changed WHERE changed > 0
MERGE (m:GraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime();

// `unknown` was no relationship at all: nothing remains to record.
MATCH ()-[r:RELATES {stage: 'unknown'}]->()
DELETE r
WITH count(*) AS changed WHERE changed > 0
MERGE (m:GraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime();

// Plans' start and target stages, in the same words.
MATCH (p:Plan)
WHERE p.startStage IN ['unknown', 'introduced', 'acquainted', 'loyal', 'advocate']
   OR p.targetStage IN ['unknown', 'introduced', 'acquainted', 'loyal', 'advocate']
WITH p, {introduced: 'contact', acquainted: 'acquaintance', loyal: 'loyalty', advocate: 'near_friendly'} AS words
SET p.startStage = words[p.startStage], p.targetStage = coalesce(words[p.targetStage], p.targetStage)
WITH count(p) AS changed WHERE changed > 0
MERGE (m:GraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime();

// D1-D4 is the KAM's development level on the relationship, not a delegation.
MATCH (p:Plan)
WHERE p.delegation IS NOT NULL
SET p.developmentLevel = coalesce(p.developmentLevel, p.delegation)
REMOVE p.delegation
WITH count(p) AS changed WHERE changed > 0
MERGE (m:GraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime();

// Nobody is recorded as swayed by money (docs/domain.md#informal-influence): such ties
// were distributor and purchasing relationships, which the industry codes allow as such.
MATCH ()-[r:INFLUENCES {basis: 'money'}]->()
SET r.basis = 'commercial'
WITH count(r) AS changed WHERE changed > 0
MERGE (m:GraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime();
